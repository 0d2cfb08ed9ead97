#pragma once
#include <cstdio>
#include <string>

#include "batch/batch_runner.hpp"

namespace vanban::batch {

/// The JSON report of a batch: every file's status, time, counts of sections/references/deadlines and
/// diagnostics by severity, then the totals. Streamed to a temporary file as files finish (memory does not
/// grow with their number) and renamed into place by finish(), so a report is complete or absent.
class BatchReport {
 public:
  /// Starts the report; `temp_dir` holds it until finish(). False with `error` when it cannot.
  bool open(const std::string& path, const std::string& temp_dir, std::string& error);
  ~BatchReport();

  void add(const FileResult& result);
  /// One file's record as JSON text already in the report's form (merging shards' reports).
  void add_record(std::string_view json_object);
  bool finish(const BatchSummary& summary, std::string& error);

 private:
  std::string path_, temp_;
  std::FILE* out_ = nullptr;
  bool first_ = true;
};

}  // namespace vanban::batch
