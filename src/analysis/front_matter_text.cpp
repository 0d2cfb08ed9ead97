#include "analysis/front_matter_text.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vanban::analysis {

namespace {

bool is_space_at(std::string_view s, std::size_t i, std::size_t& len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') { len = 1; return true; }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { len = 2; return true; }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) { len = 3; return true; }  // U+2000..200B, U+202F
  }
  return false;
}

bool ends_with_space(std::string_view s, std::size_t& len) {
  if (s.empty()) return false;
  for (std::size_t l : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
    if (s.size() >= l) {
      std::size_t got = 0;
      if (is_space_at(s, s.size() - l, got) && got == l) { len = l; return true; }
    }
  }
  return false;
}

}  // namespace

std::string trim_spaces(std::string_view s) {
  std::size_t len = 0;
  while (!s.empty() && is_space_at(s, 0, len)) s.remove_prefix(len);
  while (!s.empty() && ends_with_space(s, len)) s.remove_suffix(len);
  return std::string(s);
}

std::string clean_line(std::string_view s) {
  std::string t = trim_spaces(s);
  std::string_view v = t;
  bool changed = true;
  while (changed && !v.empty()) {
    changed = false;
    while (!v.empty() && (v.front() == '#' || v.front() == '*' || v.front() == '_' || v.front() == '>')) {
      if (v.front() == '_' && v.size() > 1 && v[1] == '_' && v.find_first_not_of('_') == std::string_view::npos) break;
      v.remove_prefix(1);
      changed = true;
    }
    while (!v.empty() && (v.back() == '*' || (v.back() == '_' && v.find_first_not_of('_') != std::string_view::npos))) {
      v.remove_suffix(1);
      changed = true;
    }
    std::string again = trim_spaces(v);
    if (again.size() != v.size()) changed = true;
    t = again;
    v = t;
  }
  return std::string(v);
}

int word_count(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    if (is_space_at(s, i, len)) {
      in_word = false;
      i += len;
    } else {
      if (!in_word) ++n;
      in_word = true;
      ++i;
    }
  }
  return n;
}

bool is_caps_text(std::string_view utf8) {
  const auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  int letters = 0;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) continue;
    if (u_islower(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool starts_lowercase(std::string_view s) {
  int32_t k = 0;
  UChar32 c = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (k < n) {
    U8_NEXT(s.data(), k, n, c);
    if (u_isalpha(c)) return u_islower(c);
    if (c > 0 && !u_isspace(c)) return false;
  }
  return false;
}

std::string capitalize_first(std::string_view utf8) {
  auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    const int32_t len = U16_LENGTH(c);
    if (u_isalpha(c)) {
      u.replace(i, len, icu::UnicodeString(u_toupper(c)));
      break;
    }
    i += len;
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    if (is_space_at(s, i, len)) {
      pending = !out.empty();
      i += len;
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(s[i]);
      ++i;
    }
  }
  return out;
}

std::string strip_trailing(std::string_view s, std::string_view chars) {
  std::string t = trim_spaces(s);
  while (!t.empty() && (chars.find(t.back()) != std::string_view::npos)) {
    t.pop_back();
    t = trim_spaces(t);
  }
  return t;
}

namespace {

// Where a line laid out in columns breaks: a tab, or a run of 3+ spaces before a capital letter
// ("UBND TỈNH X      CỘNG HÒA …" from a PDF). Not before '/' or lower case: "Số:      /KH-UBND",
// "ngày      tháng 3" stay whole. Returns the end of this segment and sets `next` to the next one's start.
std::size_t column_break(std::string_view line, std::size_t from, std::size_t& next) {
  for (std::size_t i = from; i < line.size(); ++i) {
    if (line[i] == '\t') {
      next = i + 1;
      return i;
    }
    if (line[i] != ' ') continue;
    std::size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    if (j - i >= 3 && j < line.size()) {
      int32_t k = static_cast<int32_t>(j);
      UChar32 c = 0;
      U8_NEXT(line.data(), k, static_cast<int32_t>(line.size()), c);
      if (c > 0 && u_isupper(c)) {
        next = j;
        return i;
      }
    }
    i = j - 1;
  }
  next = line.size() + 1;
  return line.size();
}

void add_paragraph_lines(const Paragraph& p, std::size_t block, bool in_table, int cell, bool split_tabs,
                         std::vector<Line>& out) {
  std::string_view text = p.text;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    std::size_t seg_start = 0;
    while (seg_start <= line.size()) {
      std::size_t next = line.size() + 1;
      const std::size_t cut = split_tabs ? column_break(line, seg_start, next) : line.size();
      std::string piece = clean_line(line.substr(seg_start, cut - seg_start));
      if (!piece.empty()) out.push_back(Line{std::move(piece), block, in_table, cell, &p});
      seg_start = next;
    }
    start = nl + 1;
  }
}

}  // namespace

std::vector<Line> lines_of(const std::vector<Block>& blocks, BlockRange range, bool split_tabs) {
  std::vector<Line> out;
  const std::size_t end = std::min(range.end, blocks.size());
  for (std::size_t i = range.begin; i < end; ++i) {
    if (const auto* p = std::get_if<Paragraph>(&blocks[i])) {
      add_paragraph_lines(*p, i, false, -1, split_tabs, out);
    } else if (const auto* t = std::get_if<Table>(&blocks[i])) {
      // Cell by cell: a layout table's left column is one text, its right column another.
      int cell_no = 0;
      std::size_t max_cols = 0;
      for (const auto& row : t->rows) max_cols = std::max(max_cols, row.cells.size());
      const bool column_major = t->borderless && t->rows.size() > 1 && max_cols > 1 && t->rows.size() <= 4;
      if (column_major) {
        for (std::size_t c = 0; c < max_cols; ++c) {
          for (const auto& row : t->rows) {
            if (c >= row.cells.size() || row.cells[c].vmerge_continue) continue;
            // A column of a layout table reads as one cell ("Nơi nhận:" over its items in the next row).
            for (const auto& para : row.cells[c].paragraphs) add_paragraph_lines(para, i, true, static_cast<int>(c), split_tabs, out);
          }
        }
      } else {
        for (const auto& row : t->rows) {
          for (const auto& cell : row.cells) {
            for (const auto& para : cell.paragraphs) add_paragraph_lines(para, i, true, cell_no, split_tabs, out);
            ++cell_no;
          }
        }
      }
    }
  }
  return out;
}

}  // namespace vanban::analysis
