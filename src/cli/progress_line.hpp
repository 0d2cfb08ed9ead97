#pragma once
#include <chrono>
#include <cstddef>
#include <cstdio>

namespace vanban::cli {

/// A one-line progress display on a terminal: done/total, files/s, ETA, failures. Redrawn at most ten
/// times a second; cleared by finish().
class ProgressLine {
 public:
  ProgressLine(std::FILE* out, std::size_t total);
  void update(std::size_t done, std::size_t failed);
  void finish();

 private:
  std::FILE* out_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace vanban::cli
