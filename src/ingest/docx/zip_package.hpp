#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/read_options.hpp"
#include "model/diagnostic.hpp"

namespace vanban::docx {

/// Read-only access to the parts of a zip package held in memory, guarded by InputLimits:
/// entry count is checked on open; each part's declared size and compression ratio are checked
/// (from zip_stat, before inflating), and the sum of inflated bytes is capped. Every refusal is a
/// diagnostic, never an exception.
class ZipPackage {
 public:
  /// Opens `bytes` (which must outlive the package). Returns nullptr after adding a Fatal
  /// diagnostic when the bytes are not a readable zip (OLE/legacy .doc, truncated, too many entries).
  static std::unique_ptr<ZipPackage> open(std::string_view bytes, const InputLimits& limits, Diagnostics& diags);

  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  /// True when the package has an entry with this name (leading '/' ignored, case-insensitive like OPC).
  bool has(std::string_view part_name) const;

  /// The inflated bytes of a part, or nullopt (with a diagnostic of `severity`) when it is missing,
  /// encrypted, damaged or over a limit. A missing optional part is not reported when `required` is false.
  std::optional<std::string> read(std::string_view part_name, Diagnostics& diags, bool required = true,
                                  Severity severity = Severity::Fatal);

  /// Names of all entries, as stored.
  const std::vector<std::string>& names() const { return names_; }

  /// Bytes inflated so far (counted against InputLimits::max_uncompressed_bytes).
  std::uint64_t inflated_bytes() const { return inflated_; }

 private:
  ZipPackage() = default;
  std::optional<std::int64_t> find(std::string_view part_name) const;

  struct ZipHandle;
  std::unique_ptr<ZipHandle> zip_;
  InputLimits limits_;
  std::vector<std::string> names_;
  std::uint64_t inflated_ = 0;
};

/// True when bytes start with the OLE2 compound-file signature (legacy .doc, or an encrypted OOXML package).
bool is_ole_compound_file(std::string_view bytes);

}  // namespace vanban::docx
