#include "ingest/markdown/bracket_guard.hpp"

#include <cstring>

namespace vanban::md {
namespace {

bool blank(const std::string& text, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') return false;
  return true;
}

}  // namespace

std::size_t neutralize_dense_brackets(std::string& text, std::size_t max_per_paragraph) {
  std::size_t guarded = 0;
  std::size_t para_begin = 0, brackets = 0, pos = 0;
  auto close_paragraph = [&](std::size_t end) {
    if (brackets > max_per_paragraph) {
      for (std::size_t i = para_begin; i < end; ++i) {
        if (text[i] == '[') text[i] = kOpenBracketFiller;
        else if (text[i] == ']') text[i] = kCloseBracketFiller;
      }
      ++guarded;
    }
    brackets = 0;
  };
  while (pos < text.size()) {
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    if (blank(text, pos, end)) {
      close_paragraph(pos);
      para_begin = end + 1;
    } else {
      for (std::size_t i = pos; i < end; ++i) brackets += text[i] == '[';
    }
    pos = end + 1;
  }
  close_paragraph(text.size());
  return guarded;
}

}  // namespace vanban::md
