#include "ingest/markdown/footnote_definitions.hpp"

#include <cstring>

namespace vanban::md {
namespace {

bool is_id_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
}

}  // namespace

std::size_t footnote_reference_at(const std::string& s, std::size_t pos, std::string* id) {
  if (pos + 4 > s.size() || s[pos] != '[' || s[pos + 1] != '^') return 0;
  std::size_t e = pos + 2;
  while (e < s.size() && e - pos < 20 && is_id_char(s[e])) ++e;
  if (e == pos + 2 || e >= s.size() || s[e] != ']') return 0;
  if (id) *id = s.substr(pos + 2, e - pos - 2);
  return e + 1 - pos;
}

FootnoteDefinitions neutralize_footnote_definitions(std::string& text) {
  FootnoteDefinitions defs;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t i = pos;
    while (i < text.size() && i - pos < 3 && text[i] == ' ') ++i;
    std::string id;
    if (std::size_t n = footnote_reference_at(text, i, &id); n > 0 && i + n < text.size() && text[i + n] == ':') {
      std::memset(text.data() + i, kDefinitionFiller, n + 1);
      defs.emplace(i, id);
    }
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    if (!nl) break;
    pos = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
  }
  return defs;
}

}  // namespace vanban::md
