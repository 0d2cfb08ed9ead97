#pragma once
#include <cstdio>
#include <mutex>
#include <string>
#include <unordered_map>

namespace vanban::batch {

/// What a batch has written under its output folder: one JSON line per document whose outputs were
/// renamed into place, `{"path": relative, "hash": content hash, "config": options}`. Appended after the
/// outputs exist, so a kill leaves at worst a torn last line (ignored when read). `--resume` skips a file
/// whose path, hash and config are recorded and whose outputs are there.
class Manifest {
 public:
  ~Manifest();

  /// Reads the entries of an earlier run (the last entry of a path wins). A missing file is no error.
  void load(const std::string& file);
  /// Opens the file for appending (truncating it first unless `keep`). False with `error` when it cannot.
  bool open(const std::string& file, bool keep, std::string& error);

  bool up_to_date(const std::string& relative, const std::string& hash, const std::string& config) const;
  /// Thread-safe; flushed at once, so that a kill right after loses nothing recorded.
  void record(const std::string& relative, const std::string& hash, const std::string& config);

 private:
  struct Entry {
    std::string hash, config;
  };
  std::unordered_map<std::string, Entry> entries_;
  std::FILE* out_ = nullptr;
  std::mutex mutex_;
};

}  // namespace vanban::batch
