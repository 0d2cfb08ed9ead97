// vanban's own work per document, measured like bench/floor measures the floor: the files are read
// first, then each goes through what `vanban batch` does to it (Converter::convert, then the JSON
// writer), timed document by document in one process with one Converter. scripts/bench divides these
// times by the floor's to print vanban/floor.
//
//   bench/vanban_inprocess FILE...      (or: bench/vanban_inprocess - < list of paths)
// prints one JSON object: {"docx": {"documents", "bytes", "seconds"}, "markdown": {…}, "setup_seconds": S}
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "api/converter.hpp"
#include "write/json_writer.hpp"

namespace {

struct Tally {
  long documents = 0;
  long bytes = 0;
  double seconds = 0;
  long output_bytes = 0;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void print(const char* name, const Tally& t) {
  std::printf("\"%s\": {\"documents\": %ld, \"bytes\": %ld, \"seconds\": %.6f, \"output_bytes\": %ld}, ", name,
              t.documents, t.bytes, t.seconds, t.output_bytes);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.size() == 1 && paths[0] == "-") {
    paths.clear();
    for (std::string line; std::getline(std::cin, line);)
      if (!line.empty()) paths.push_back(line);
  }
  const auto setup_start = std::chrono::steady_clock::now();
  const vanban::Converter converter;
  const double setup = std::chrono::duration<double>(std::chrono::steady_clock::now() - setup_start).count();
  const vanban::ConvertOptions options;
  Tally docx, markdown;
  for (const std::string& path : paths) {
    const std::string bytes = read_file(path);
    const auto start = std::chrono::steady_clock::now();
    const vanban::Document doc = converter.convert(bytes, options);
    const std::string json = vanban::to_json(doc);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    Tally& t = bytes.compare(0, 4, "PK\x03\x04") == 0 ? docx : markdown;
    ++t.documents;
    t.bytes += static_cast<long>(bytes.size());
    t.seconds += seconds;
    t.output_bytes += static_cast<long>(json.size());
  }
  std::printf("{");
  print("docx", docx);
  print("markdown", markdown);
  std::printf("\"setup_seconds\": %.6f}\n", setup);
  return 0;
}
