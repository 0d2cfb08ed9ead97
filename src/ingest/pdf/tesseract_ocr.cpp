#include "ingest/pdf/tesseract_ocr.hpp"

#include <charconv>
#include <fstream>
#include <sstream>
#include <vector>

#include "io/process.hpp"

namespace vanban::pdf {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    const std::size_t tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return fields;
}

long to_long(std::string_view s) {
  long v = -1;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

double to_double(std::string_view s) {
  // std::from_chars for double is in GCC 12's library; the TSV writes plain decimals ("96.315010").
  double v = -1;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

std::string tesseract_program(const EngineOptions& engines) {
  return io::engine_program(engines.tesseract, "VANBAN_TESSERACT", "tesseract");
}

OcrPage parse_tesseract_tsv(std::string_view tsv) {
  // Columns: level page_num block_num par_num line_num word_num left top width height conf text
  OcrPage page;
  double sum = 0;
  long block = -1, par = -1, line_no = -1;
  std::string line;
  auto flush = [&] {
    if (!line.empty()) page.text += line + '\n';
    line.clear();
  };
  bool header = true;
  while (!tsv.empty()) {
    const std::size_t nl = tsv.find('\n');
    std::string_view row = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (header) {  // the column names
      header = false;
      if (row.rfind("level", 0) == 0) continue;
    }
    const auto f = split_tabs(row);
    if (f.size() < 12 || to_long(f[0]) != 5) continue;
    const long b = to_long(f[2]), p = to_long(f[3]), l = to_long(f[4]);
    if (b != block || p != par || l != line_no) {
      flush();
      if (b != block || p != par) {
        if (!page.text.empty()) page.text += '\n';  // a blank line between Tesseract's paragraphs
      }
      block = b, par = p, line_no = l;
    }
    const std::string_view word = f[11];
    if (word.find_first_not_of(' ') == std::string_view::npos) continue;
    if (!line.empty()) line += ' ';
    line += word;
    if (const double conf = to_double(f[10]); conf >= 0) {
      sum += conf;
      ++page.words;
    }
  }
  flush();
  page.confidence = page.words == 0 ? 0 : sum / static_cast<double>(page.words);
  return page;
}

bool ocr_page(const std::string& image_path, const std::string& output_base, const EngineOptions& engines,
              OcrPage& page, std::string& error) {
  const std::string program = tesseract_program(engines);
  io::ProcessOptions run;
  run.stderr_path = output_base + ".log";
  run.extra_env = {"OMP_THREAD_LIMIT=1"};
  run.timeout = engines.timeout;
  const io::ProcessResult result =
      io::run_process({program, image_path, output_base, "-l", engines.ocr_languages, "tsv"}, run);
  if (!result.ok()) {
    std::ifstream in(run.stderr_path);
    std::ostringstream log;
    log << in.rdbuf();
    const std::string text = log.str();
    const std::string first = text.substr(0, text.find('\n'));
    error = program + " " + result.describe() + (first.empty() ? "" : " (" + first + ")");
    if (text.find("Failed loading language") != std::string::npos)
      error += ": the language data '" + engines.ocr_languages + "' is missing (Debian: tesseract-ocr-vie)";
    return false;
  }
  std::ifstream in(output_base + ".tsv", std::ios::binary);
  if (!in) {
    error = program + " wrote no " + output_base + ".tsv";
    return false;
  }
  std::ostringstream tsv;
  tsv << in.rdbuf();
  page = parse_tesseract_tsv(tsv.str());
  return true;
}

}  // namespace vanban::pdf
