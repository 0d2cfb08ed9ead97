#pragma once
#include <array>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "api/converter.hpp"
#include "batch/input_walk.hpp"
#include "validate/validator.hpp"

namespace vanban::batch {

/// `--shard K/N`: this run takes the files whose relative path hashes to K-1 modulo N, so that N machines
/// split one archive without talking to each other.
struct Shard {
  unsigned index = 0;  ///< 0-based (K-1)
  unsigned count = 1;
  bool takes(const std::string& relative) const;
};

struct BatchOptions {
  WalkOptions inputs;
  std::string out_dir;               ///< outputs go to out_dir/<relative>.json|.xml; empty: none written
  bool json = true;
  bool xml = false;
  bool pretty = false;
  bool durable = false;              ///< fsync each output before its rename (power cuts; kills are safe anyway)
  unsigned jobs = 1;
  bool resume = false;
  std::optional<Shard> shard;
  ConvertOptions convert;            ///< read.source_name is set per file
  std::size_t max_input_bytes = 64u << 20;
  std::string db_path;               ///< SQLite store; empty: none
  std::string report_path;           ///< JSON report; empty: out_dir/vanban-report.json (none without out_dir)
  std::ostream* ndjson = nullptr;    ///< one compact JSON document per line, in input order
  /// `--validate`: run the linter (one Validator per worker) and write its findings ("validation") in the
  /// outputs, the NDJSON, the report's counts and the database's findings table. std::nullopt: no linter.
  std::optional<validate::ValidateOptions> validate;
};

/// What happened to one input, in the report and for the progress display.
struct FileResult {
  /// Scan: a PDF without a text layer, not read without --ocr (counted apart from failures: the archive
  /// needs OCR, not repair).
  enum class Status { Converted, UpToDate, Failed, Skipped, Scan };
  std::size_t index = 0;  ///< position in the walk: the report's order
  std::string path;       ///< as found (for messages)
  std::string relative;   ///< under OUT
  Status status = Status::Converted;
  std::string error;      ///< Failed, Scan: the message; Skipped: why
  double milliseconds = 0;
  std::size_t sections = 0, references = 0, deadlines = 0;
  std::array<std::size_t, 4> diagnostics{};  ///< by Severity: info, warning, error, fatal
  bool validated = false;                    ///< the linter ran (--validate)
  std::array<std::size_t, 3> findings{};     ///< the linter's, by Severity: info, warning, error
};

struct BatchSummary {
  std::size_t converted = 0, up_to_date = 0, failed = 0, skipped = 0;
  std::size_t scans = 0;                  ///< PDFs without a text layer, left for --ocr (not in `failed`)
  std::string doc_note;                   ///< what the one-LibreOffice conversion of the .doc files did
  bool validated = false;                 ///< --validate: the report's summary carries the findings' totals
  std::array<std::size_t, 3> findings{};  ///< the linter's findings over the converted files: info, warning, error
  double seconds = 0;
  std::string report_path;  ///< where the report went ("" when none)
};

/// Called in input order, from whichever thread finishes a file (never two at once).
using ResultCallback = std::function<void(const FileResult&)>;

/// Converts every document under the inputs with `jobs` workers in this process (one Converter each),
/// writing each output atomically (temporary file in OUT/.vanban-tmp, then renamed), so that a kill leaves
/// only complete outputs. A file that fails is recorded and the batch goes on. Outputs, report, NDJSON and
/// database rows come out in input order whatever `jobs` is. Memory stays flat: the file list is streamed
/// and at most a small window of finished documents waits for its turn. Word 97-2003 files (.doc) under the
/// inputs are first converted together, by one LibreOffice run per chunk (not for paths read from standard
/// input, which can be walked only once: those are converted one by one). Throws std::runtime_error when the
/// batch cannot run at all (OUT not creatable, database not openable).
BatchSummary run_batch(const BatchOptions& options, std::istream& stdin_paths, const ResultCallback& on_result);

/// Counts the documents the inputs hold (for a progress display's total), without reading them.
std::size_t count_documents(const BatchOptions& options);

std::string_view to_string(FileResult::Status status);

}  // namespace vanban::batch
