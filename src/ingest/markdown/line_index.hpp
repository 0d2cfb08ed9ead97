#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "model/location.hpp"

namespace vanban::md {

/// Maps byte offsets of a text to 1-based line/column (column in code points), built once in O(n)
/// and answered by binary search, so locating every paragraph of a 50 MB input stays cheap.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  /// Line and column of the byte at `offset` (offsets past the end map to the end).
  SourceLocation locate(std::size_t offset) const;

  std::size_t line_count() const { return starts_.size(); }
  /// Byte offset where 0-based line `i` starts.
  std::size_t line_start(std::size_t i) const { return starts_[i]; }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace vanban::md
