#pragma once
#include <filesystem>
#include <string>

namespace vanban::io {

/// A private temporary folder (mkdtemp under $TMPDIR or /tmp, mode 0700) removed with everything in it
/// when the object goes: engine inputs, outputs and LibreOffice's profile never outlive a conversion.
class TempDir {
 public:
  /// `prefix` names the folder ("vanban-doc-XXXXXX"); path() is empty when it could not be made, and
  /// error() says why.
  explicit TempDir(const std::string& prefix);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  const std::string& error() const { return error_; }
  bool ok() const { return !path_.empty(); }

 private:
  std::filesystem::path path_;
  std::string error_;
};

}  // namespace vanban::io
