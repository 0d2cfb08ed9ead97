// vanban's own work per document, measured like bench/floor measures the floor: the files are read
// first, then each goes through what `vanban batch` does to it (Converter::convert, then the JSON
// writer), timed document by document in one process with one Converter. scripts/bench divides these
// times by the floor's to print vanban/floor.
//
//   bench/vanban_inprocess FILE...      (or: bench/vanban_inprocess - < list of paths)
// prints one JSON object: {"docx": {"documents", "bytes", "seconds"}, "markdown": {…}, "setup_seconds": S}
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "api/converter.hpp"
#include "bench_inputs.hpp"
#include "write/json_writer.hpp"

namespace {

struct Tally {
  long documents = 0;
  long bytes = 0;
  double seconds = 0;
  long output_bytes = 0;
};

void print(const char* name, const Tally& t) {
  std::printf("\"%s\": {\"documents\": %ld, \"bytes\": %ld, \"seconds\": %.6f, \"output_bytes\": %ld}, ", name,
              t.documents, t.bytes, t.seconds, t.output_bytes);
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> paths = vanban::bench::input_paths(argc, argv);
  const auto setup_start = std::chrono::steady_clock::now();
  const vanban::Converter converter;
  const double setup = std::chrono::duration<double>(std::chrono::steady_clock::now() - setup_start).count();
  const vanban::ConvertOptions options;
  Tally docx, markdown;
  for (const std::string& path : paths) {
    const std::string bytes = vanban::bench::read_file(path);
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
