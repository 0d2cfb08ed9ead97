#include "cli/progress_line.hpp"

#include <string>

namespace vanban::cli {

ProgressLine::ProgressLine(std::FILE* out, std::size_t total)
    : out_(out), total_(total), start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressLine::update(std::size_t done, std::size_t failed) {
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100) && done != total_) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  constexpr int kWidth = 24;
  const int filled = total_ ? static_cast<int>(kWidth * done / total_) : 0;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '.');
  std::string eta = "--";
  if (rate > 0 && total_ >= done) eta = std::to_string(static_cast<long long>((total_ - done) / rate + 0.5)) + "s";
  if (total_) {
    std::fprintf(out_, "\r[%s] %zu/%zu  %.1f files/s  ETA %s  %zu failed\x1b[K", bar.c_str(), done, total_, rate,
                 eta.c_str(), failed);
  } else {
    std::fprintf(out_, "\r%zu files  %.1f files/s  %zu failed\x1b[K", done, rate, failed);
  }
  std::fflush(out_);
  drawn_ = true;
}

void ProgressLine::finish() {
  if (drawn_) std::fputs("\r\x1b[K", out_);
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace vanban::cli
