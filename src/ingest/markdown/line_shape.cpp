#include "ingest/markdown/line_shape.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vanban::md {
namespace {

/// Decodes the code point at byte `i` and advances `i`; U+FFFD for a bad sequence.
UChar32 next_cp(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(k);
  return c < 0 ? 0xFFFD : c;
}

/// Decodes the code point ending at byte `i` (exclusive) and moves `i` back to its start.
UChar32 prev_cp(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(p, 0, k, c);
  i = static_cast<std::size_t>(k);
  return c < 0 ? 0xFFFD : c;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_roman(char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; }
bool is_opening_quote(UChar32 c) {
  return c == 0x201C || c == '"' || c == 0x2018 || c == 0xAB || c == '\'' || c == 0x201E || c == 0x201F;
}
bool is_closing(UChar32 c) {
  return c == 0x201D || c == '"' || c == 0x2019 || c == '\'' || c == ')' || c == ']' || c == 0xBB || c == '*' || c == '_';
}
bool is_terminal(UChar32 c) { return c == '.' || c == ';' || c == ':' || c == '!' || c == '?'; }

/// True when `s[i]` is the end, a space or a tab: what must follow a label.
bool label_ends_at(std::string_view s, std::size_t i) { return i >= s.size() || s[i] == ' ' || s[i] == '\t'; }

/// The first code point after spaces at `i` is an uppercase letter or a digit or the line ends there.
bool followed_by_heading_text(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i >= s.size()) return true;
  std::size_t k = i;
  const UChar32 c = next_cp(s, k);
  return u_isupper(c) || c == '.' || c == ':' || c == '-' || c == 0x2013 || is_opening_quote(c) || c == '(';
}

/// Lowercase Vietnamese letter used for points: a..z and đ.
std::size_t point_letter_length(std::string_view s, std::size_t i) {
  if (i < s.size() && s[i] >= 'a' && s[i] <= 'z') return 1;
  if (starts_with(s.substr(i), "\xC4\x91")) return 2;  // đ
  return 0;
}

/// "Điều 5.", "Chương II", "Mục 1", "Phần thứ nhất", "Phụ lục I" at `i`; returns label length or 0.
std::size_t word_label(std::string_view s, std::size_t i) {
  struct Word {
    std::string_view text;
    int kind;  // 0 Điều, 1 Chương/Mục/Phần, 2 Phụ lục
  };
  static constexpr Word kWords[] = {
      {"Điều ", 0}, {"ĐIỀU ", 0}, {"Chương ", 1}, {"CHƯƠNG ", 1}, {"Mục ", 1}, {"MỤC ", 1},
      {"Phần ", 1}, {"PHẦN ", 1}, {"Phụ lục", 2}, {"PHỤ LỤC", 2},
  };
  const std::string_view rest = s.substr(i);
  for (const auto& w : kWords) {
    if (!starts_with(rest, w.text)) continue;
    std::size_t k = i + w.text.size();
    if (w.kind == 2) {
      // "Phụ lục" alone or followed by a number / roman numeral / capital letter.
      if (k >= s.size()) return k - i;
      if (s[k] != ' ') return 0;
      while (k < s.size() && s[k] == ' ') ++k;
      std::size_t e = k;
      while (e < s.size() && (is_digit(s[e]) || is_roman(s[e]) || (s[e] >= 'A' && s[e] <= 'Z'))) ++e;
      if (e == k) return 0;
      if (e < s.size() && s[e] != ' ' && s[e] != '.' && s[e] != ':' && s[e] != '-') return 0;
      return e - i;
    }
    if (w.kind == 1 && starts_with(s.substr(k), "thứ ")) return k + 4 - i;  // "Phần thứ nhất"
    std::size_t e = k;
    if (w.kind == 0) {
      while (e < s.size() && is_digit(s[e]) && e - k < 3) ++e;
      if (e == k) return 0;
      e += point_letter_length(s, e);  // "Điều 5a."
      if (e < s.size() && (s[e] == '.' || s[e] == ':')) return e + 1 - i;
      return 0;
    }
    while (e < s.size() && (is_digit(s[e]) || is_roman(s[e])) && e - k < 6) ++e;
    if (e == k) return 0;
    if (!followed_by_heading_text(s, e)) return 0;
    if (e < s.size() && (s[e] == '.' || s[e] == ':')) ++e;
    return e - i;
  }
  return 0;
}

/// "I.", "II-", "1.", "1.1.", "2.3.1", "1)", "a)", "đ)", "(1)", "(a)" at `i`; returns label length or 0.
std::size_t outline_label(std::string_view s, std::size_t i) {
  if (std::size_t w = word_label(s, i)) return w;
  if (i >= s.size()) return 0;
  // Roman numeral followed by . - ) and a space.
  if (is_roman(s[i])) {
    std::size_t e = i;
    while (e < s.size() && is_roman(s[e]) && e - i < 7) ++e;
    if (e < s.size() && (s[e] == '.' || s[e] == '-' || s[e] == ')') && label_ends_at(s, e + 1)) return e + 1 - i;
    return 0;
  }
  if (is_digit(s[i])) {
    std::size_t e = i;
    while (e < s.size() && is_digit(s[e]) && e - i < 3) ++e;
    if (e < s.size() && is_digit(s[e])) return 0;  // "2025 …": a number, not a label
    bool dotted = false;
    while (e + 1 < s.size() && s[e] == '.' && is_digit(s[e + 1])) {
      std::size_t d = e + 1;
      while (d < s.size() && is_digit(s[d]) && d - e <= 2) ++d;
      if (d < s.size() && is_digit(s[d])) return 0;  // "1.000": an amount
      e = d;
      dotted = true;
    }
    if (e < s.size() && (s[e] == '.' || s[e] == ')' || s[e] == '-') && label_ends_at(s, e + 1)) return e + 1 - i;
    if (dotted && label_ends_at(s, e)) return e - i;  // "1.1 Tên mục"
    return 0;
  }
  if (std::size_t l = point_letter_length(s, i)) {
    if (i + l < s.size() && s[i + l] == ')' && label_ends_at(s, i + l + 1)) return l + 1;
    return 0;
  }
  if (s[i] == '(') {
    std::size_t e = i + 1;
    while (e < s.size() && (is_digit(s[e]) || (s[e] >= 'a' && s[e] <= 'z')) && e - i <= 3) ++e;
    if (e > i + 1 && e < s.size() && s[e] == ')' && label_ends_at(s, e + 1)) return e + 1 - i;
    return 0;
  }
  return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t i = 0) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

}  // namespace

std::string_view trim(std::string_view line) {
  std::size_t b = 0, e = line.size();
  while (b < e && (line[b] == ' ' || line[b] == '\t')) ++b;
  while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
  return line.substr(b, e - b);
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

LineLabel leading_label(std::string_view line) {
  LineLabel label;
  const std::size_t start = skip_spaces(line);
  if (start >= line.size()) return label;
  if (std::size_t n = outline_label(line, start)) {
    label.kind = LabelKind::Outline;
    label.length = n;
    return label;
  }
  std::size_t k = start;
  const UChar32 first = next_cp(line, k);
  // Bullets: - + * • – — ● ▪ ◦ ‣ followed by a space.
  const bool bullet = first == '-' || first == '+' || first == '*' || first == 0x2022 || first == 0x2013 ||
                      first == 0x2014 || first == 0x25CF || first == 0x25AA || first == 0x25E6 || first == 0x2023 ||
                      first == 0xF0B7 || first == 0x00B7;
  if (bullet && k < line.size() && (line[k] == ' ' || line[k] == '\t')) {
    label.kind = LabelKind::Bullet;
    label.length = k - start;
    std::size_t w = skip_spaces(line, k);
    if (w < line.size()) {
      const UChar32 next = next_cp(line, w);
      label.lowercase_after = u_islower(next);
    }
    return label;
  }
  if (is_opening_quote(first)) {
    if (std::size_t n = outline_label(line, k)) {
      label.kind = LabelKind::QuotedProvision;
      label.length = k - start + n;
    }
  }
  return label;
}

bool is_label_only(std::string_view line) {
  const std::string_view t = trim(line);
  const LineLabel l = leading_label(t);
  if (l.kind != LabelKind::Outline) return false;
  return trim(t.substr(l.length)).empty();
}

bool is_all_caps(std::string_view line) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < line.size();) {
    const UChar32 c = next_cp(line, i);
    if (u_islower(c)) return false;
    if (u_isalpha(c)) ++letters;
  }
  return letters >= 4;
}

bool ends_with_terminal(std::string_view line, bool ellipsis_ends) {
  const std::string_view t = trim(line);
  std::size_t i = t.size();
  bool terminal = false;
  while (i > 0) {
    std::size_t k = i;
    const UChar32 c = prev_cp(t, k);
    if (c == 0x2026) {  // …
      if (ellipsis_ends) terminal = true;
      i = k;
      continue;
    }
    if (is_terminal(c)) {
      if (c == '.' && k > 0 && t[k - 1] == '.' && !ellipsis_ends) {  // "..." is an ellipsis
        while (k > 0 && t[k - 1] == '.') --k;
        i = k;
        continue;
      }
      terminal = true;
      i = k;
      continue;
    }
    if (is_closing(c) || c == '/') {  // "./." closes a document
      i = k;
      continue;
    }
    break;
  }
  return terminal;
}

bool ends_with_comma(std::string_view line) {
  const std::string_view t = trim(line);
  return !t.empty() && t.back() == ',';
}

bool ends_mid_sentence(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  std::size_t i = t.size();
  const UChar32 c = prev_cp(t, i);
  return c == ',' || u_isalnum(c);
}

bool starts_lowercase(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    const UChar32 c = next_cp(line, i);
    if (u_isalpha(c)) return u_islower(c);
    if (u_isdigit(c)) return false;
  }
  return false;
}

bool starts_with_opening_quote(std::string_view line) {
  std::size_t i = skip_spaces(line);
  if (i >= line.size()) return false;
  return is_opening_quote(next_cp(line, i));
}

bool is_standalone_header_line(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  // "Số: 47/2025/NĐ-CP", "Số 12/KH-UBND", "Số: ......(2)......"
  if (starts_with(t, "Số:") || starts_with(t, "Số ")) {
    std::size_t i = std::string_view("Số").size();
    if (t[i] == ':') ++i;
    i = skip_spaces(t, i);
    if (i < t.size() && (is_digit(t[i]) || t[i] == '.' || t[i] == '/' || t[i] == '_' || t[i] == ':'))
      return t.find('/') != std::string_view::npos || t.find("..") != std::string_view::npos;
    return false;
  }
  if (starts_with(t, "Độc lập") && t.find("Hạnh phúc") != std::string_view::npos) return true;
  // Place and date: "Hà Nội, ngày 06 tháng 4 năm 2026", "..., ngày ... tháng ... năm ...."
  if (t.find(", ngày") != std::string_view::npos && t.find("tháng") != std::string_view::npos &&
      t.find("năm") != std::string_view::npos && code_points(t) <= 60) {
    const char last = t.back();
    if (is_digit(last) || last == '.') return true;
  }
  // A whole line in parentheses: "(Ký tên, đóng dấu)", "(Kèm theo … của Chính phủ)".
  if (t.front() == '(' && t.back() == ')' && code_points(t) <= 60) return true;
  return false;
}

bool starts_preamble_phrase(std::string_view line) {
  const std::string_view t = trim(line);
  static constexpr std::string_view kPhrases[] = {"Căn cứ ", "Theo đề nghị", "Xét đề nghị", "Nơi nhận", "Kính gửi",
                                                  "Xét "};
  for (auto p : kPhrases)
    if (starts_with(t, p)) return true;
  return false;
}

bool ends_with_connective(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  if (t.back() == ',' || t.back() == '-') return true;
  const std::size_t space = t.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? t : t.substr(space + 1);
  // Lowercase and capital spellings: a wrapped all-caps title ends with "CỦA" as a sentence with "của".
  static constexpr std::string_view kWords[] = {
      "của", "và", "về", "với", "cho", "tại", "giữa", "trong", "theo", "các", "những", "số", "để", "đối", "thuộc",
      "trên", "từ", "đến", "hoặc", "là", "nhằm", "qua", "gồm", "bằng", "vào", "đã", "sẽ", "thì", "mà",
      "CỦA", "VÀ", "VỀ", "VỚI", "CHO", "TẠI", "GIỮA", "TRONG", "THEO", "CÁC", "NHỮNG", "SỐ", "ĐỂ", "ĐỐI", "THUỘC",
      "TRÊN", "TỪ", "ĐẾN", "HOẶC", "LÀ", "NHẰM", "QUA", "GỒM", "BẰNG", "VÀO"};
  for (auto w : kWords)
    if (last == w) return true;
  return false;
}

std::size_t first_word_length(std::string_view line) {
  const std::string_view t = trim(line);
  const std::size_t space = t.find(' ');
  return code_points(space == std::string_view::npos ? t : t.substr(0, space));
}

bool starts_with_code(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  if (is_digit(t.front())) return true;
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < t.size();) {
    const UChar32 c = next_cp(t, i);
    if (c == ' ' || c == ',' || c == ';' || c == ')' || c == '.') break;
    if (u_isupper(c)) ++capitals;
    else if (capitals == 0) return false;  // "Ban", "ngày": a word, not a code
  }
  return capitals >= 2;
}

}  // namespace vanban::md
