#include "ingest/markdown/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace vanban::md {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  const char* base = text.data();
  const char* end = base + text.size();
  for (const char* p = base; p < end;) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (!nl) break;
    p = static_cast<const char*>(nl) + 1;
    starts_.push_back(static_cast<std::size_t>(p - base));
  }
}

SourceLocation LineIndex::locate(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - starts_.begin());  // 1-based
  const std::size_t start = starts_[line - 1];
  std::uint32_t column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte starts one.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  SourceLocation loc;
  loc.line = static_cast<std::uint32_t>(line);
  loc.column = column;
  return loc;
}

}  // namespace vanban::md
