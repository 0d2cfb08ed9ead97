#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "batch/input_walk.hpp"
#include "ingest/read_options.hpp"
#include "io/temp_dir.hpp"

namespace vanban::batch {

/// A batch's Word 97-2003 files converted to DOCX before the workers start, by one LibreOffice run per
/// chunk of kChunk files instead of one start (seconds each) per file. The workers' .doc reader asks here
/// first (EngineOptions::preconverted) and converts a file alone only when it is not here (changed since,
/// or LibreOffice failed on its chunk). Keyed by the content hash, so a file is matched by what it holds.
/// Read-only once built: worker threads share it.
class DocPreconversion : public PreconvertedDocs {
 public:
  static constexpr std::size_t kChunk = 40;  ///< files per LibreOffice run: bounded command line and damage

  /// Converts the files (paths of .doc files with an OLE "WordDocument" stream; others are left to the
  /// reader, which explains them). Problems only mean fewer files here: `note` says what happened, for -v.
  DocPreconversion(const std::vector<std::string>& paths, std::size_t max_input_bytes, const EngineOptions& engines,
                   std::string& note);

  std::optional<std::string> docx_for(std::string_view doc_bytes) const override;
  std::size_t converted() const { return docx_by_hash_.size(); }

 private:
  io::TempDir temp_{"vanban-batch-doc"};
  std::unordered_map<std::string, std::string> docx_by_hash_;  ///< content hash -> DOCX path under temp_
};

}  // namespace vanban::batch
