#include "batch/doc_preconversion.hpp"

#include <filesystem>
#include <system_error>

#include "batch/content_hash.hpp"
#include "ingest/doc/libreoffice.hpp"
#include "ingest/ole/compound_file.hpp"
#include "io/file_io.hpp"
#include "io/process.hpp"

namespace vanban::batch {
namespace fs = std::filesystem;

DocPreconversion::DocPreconversion(const std::vector<std::string>& paths, std::size_t max_input_bytes,
                                   const EngineOptions& engines, std::string& note) {
  if (paths.empty()) return;
  const std::string program = doc::soffice_program(engines);
  if (!io::program_available(program)) {
    note = doc::missing_libreoffice_message(program);
    return;
  }
  if (!temp_.ok()) {
    note = temp_.error();
    return;
  }
  const fs::path in = temp_.path() / "in", out = temp_.path() / "out";
  std::error_code ec;
  fs::create_directories(in, ec);
  fs::create_directories(out, ec);
  // Each file is linked under a number: LibreOffice names its output after the input's stem, and two
  // folders of an archive often hold the same name ("to-trinh.doc").
  struct Pending {
    std::string hash;
    fs::path docx;
  };
  std::vector<std::string> chunk;
  std::vector<Pending> pending;
  std::size_t failed_runs = 0, ready = 0;
  auto run_chunk = [&] {
    if (chunk.empty()) return;
    std::string error;
    if (doc::convert_to_docx(chunk, out.string(), engines, error)) {
      for (const auto& p : pending) {
        if (!fs::exists(p.docx, ec)) continue;
        docx_by_hash_.emplace(p.hash, p.docx.string());  // identical copies share one conversion
        ++ready;
      }
    } else {
      ++failed_runs;
      note = error;
    }
    chunk.clear();
    pending.clear();
  };
  std::size_t n = 0;
  for (const auto& path : paths) {
    std::string bytes, error;
    if (io::read_input(path, max_input_bytes, bytes, error) != io::ReadStatus::Ok) continue;
    std::string cfb_error;
    const auto cfb = ole::read_compound_file(bytes, cfb_error);
    if (!cfb || ole::classify(*cfb) != ole::OleKind::WordDocument) continue;
    const std::string stem = std::to_string(++n);
    const fs::path link = in / (stem + ".doc");
    fs::create_symlink(fs::absolute(path, ec), link, ec);
    if (ec) continue;
    chunk.push_back(link.string());
    pending.push_back({content_hash(bytes), out / (stem + ".docx")});
    if (chunk.size() == kChunk) run_chunk();
  }
  run_chunk();
  if (note.empty() || failed_runs == 0)
    note = "converted " + std::to_string(ready) + " of " + std::to_string(n) +
           " Word 97-2003 files with one LibreOffice run per " + std::to_string(kChunk);
}

std::optional<std::string> DocPreconversion::docx_for(std::string_view doc_bytes) const {
  const auto found = docx_by_hash_.find(content_hash(doc_bytes));
  if (found == docx_by_hash_.end()) return std::nullopt;
  std::string docx, error;
  if (io::read_input(found->second, std::size_t{1} << 30, docx, error) != io::ReadStatus::Ok) return std::nullopt;
  return docx;
}

}  // namespace vanban::batch
