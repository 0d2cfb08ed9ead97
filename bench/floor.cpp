// The floor: the least any converter of these files must do, with the same libraries vanban uses and
// nothing else. DOCX: libzip inflates word/document.xml, pugixml parses it (in place), and every
// paragraph's text (w:t) is collected. Markdown / text: md4c parses it and its text is collected.
// scripts/bench runs it on the same files as vanban, in the same run, and prints vanban/floor.
//
//   bench/vanban_floor FILE...      (or: bench/vanban_floor - < list of paths)
// prints one JSON object: {"docx": {"documents", "bytes", "seconds"}, "markdown": {…}}
#include <md4c.h>
#include <pugixml.hpp>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench_inputs.hpp"

namespace {

struct Tally {
  long documents = 0;
  long bytes = 0;
  double seconds = 0;
  long text_bytes = 0;  // what was collected, so that no step can be optimized away
};

bool is_zip(const std::string& bytes) { return bytes.size() >= 4 && bytes.compare(0, 4, "PK\x03\x04") == 0; }

void collect_runs(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (std::strcmp(child.name(), "w:t") == 0) {
      out += child.child_value();
    } else if (child.first_child()) {
      collect_runs(child, out);
    }
  }
}

void collect_paragraphs(pugi::xml_node node, std::string& paragraph, long& collected) {
  for (pugi::xml_node child : node.children()) {
    if (std::strcmp(child.name(), "w:p") == 0) {
      paragraph.clear();
      collect_runs(child, paragraph);
      collected += static_cast<long>(paragraph.size());
    } else if (child.first_child()) {
      collect_paragraphs(child, paragraph, collected);
    }
  }
}

long docx_text(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) {
    if (source) zip_source_free(source);
    return -1;
  }
  long collected = -1;
  zip_stat_t stat;
  if (zip_stat(archive, "word/document.xml", 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
    std::vector<char> xml(stat.size);
    zip_file_t* file = zip_fopen_index(archive, stat.index, 0);
    if (file && zip_fread(file, xml.data(), stat.size) == static_cast<zip_int64_t>(stat.size)) {
      pugi::xml_document doc;
      if (doc.load_buffer_inplace(xml.data(), xml.size())) {
        collected = 0;
        std::string paragraph;
        collect_paragraphs(doc.document_element(), paragraph, collected);
      }
    }
    if (file) zip_fclose(file);
  }
  zip_close(archive);  // frees the source too
  return collected;
}

long markdown_text(const std::string& bytes) {
  std::string text;
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = [](MD_BLOCKTYPE, void*, void*) { return 0; };
  parser.leave_block = [](MD_BLOCKTYPE, void*, void* out) {
    static_cast<std::string*>(out)->push_back('\n');
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE, void*, void*) { return 0; };
  parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
  parser.text = [](MD_TEXTTYPE, const MD_CHAR* s, MD_SIZE n, void* out) {
    static_cast<std::string*>(out)->append(s, n);
    return 0;
  };
  if (md_parse(bytes.data(), static_cast<MD_SIZE>(bytes.size()), &parser, &text) != 0) return -1;
  return static_cast<long>(text.size());
}

void print(const char* name, const Tally& t, bool last) {
  std::printf("\"%s\": {\"documents\": %ld, \"bytes\": %ld, \"seconds\": %.6f, \"text_bytes\": %ld}%s", name, t.documents,
              t.bytes, t.seconds, t.text_bytes, last ? "" : ", ");
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> paths = vanban::bench::input_paths(argc, argv);
  Tally docx, markdown;
  for (const std::string& path : paths) {
    const std::string bytes = vanban::bench::read_file(path);  // reading is outside the timing, as for vanban_inprocess
    const auto start = std::chrono::steady_clock::now();
    const bool zip = is_zip(bytes);
    const long text = zip ? docx_text(bytes) : markdown_text(bytes);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    Tally& t = zip ? docx : markdown;
    ++t.documents;
    t.bytes += static_cast<long>(bytes.size());
    t.seconds += seconds;
    t.text_bytes += text;
  }
  std::printf("{");
  print("docx", docx, false);
  print("markdown", markdown, true);
  std::printf("}\n");
  return 0;
}
