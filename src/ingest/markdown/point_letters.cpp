#include "ingest/markdown/point_letters.hpp"

#include <iterator>

namespace vanban::md {
namespace {

constexpr char32_t kDd = 0x0111;  // đ

/// Position in the Vietnamese alphabet (0-based), -1 for f, j, w, z.
int vietnamese_index(char32_t c) {
  static constexpr char32_t kAlphabet[] = {'a', 'b', 'c', 'd', kDd, 'e', 'g', 'h', 'i', 'k', 'l', 'm',
                                           'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'};
  for (int i = 0; i < static_cast<int>(std::size(kAlphabet)); ++i)
    if (kAlphabet[i] == c) return i;
  return -1;
}

}  // namespace

PointLetter leading_point_letter(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  char32_t letter = 0;
  if (i < line.size() && line[i] >= 'a' && line[i] <= 'z') {
    letter = static_cast<char32_t>(line[i]);
    i += 1;
  } else if (line.substr(i, 2) == "\xC4\x91") {
    letter = kDd;
    i += 2;
  } else {
    return {};
  }
  if (i >= line.size() || (line[i] != ')' && line[i] != '.' && line[i] != '-')) return {};
  const bool loose = line[i] != ')';
  ++i;
  // A space, then text: "a. Tổ chức", never "a.b" or a lone "a.".
  if (i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return {};
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i >= line.size()) return {};
  return {letter, loose};
}

bool follows_letter(char32_t previous, char32_t next) {
  const int p = vietnamese_index(previous), n = vietnamese_index(next);
  if (p >= 0 && n >= 0 && n == p + 1) return true;
  return previous != kDd && next != kDd && previous >= 'a' && next <= 'z' && next == previous + 1;
}

bool PointSequence::opens_point(std::string_view line) const {
  const PointLetter p = leading_point_letter(line);
  if (p.letter == 0) return false;
  return !p.loose || p.letter == 'a' || (last_ != 0 && follows_letter(last_, p.letter));
}

void PointSequence::see(std::string_view line) {
  if (opens_point(line)) last_ = leading_point_letter(line).letter;
}

}  // namespace vanban::md
