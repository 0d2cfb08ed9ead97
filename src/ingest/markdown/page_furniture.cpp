#include "ingest/markdown/page_furniture.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "ingest/markdown/line_shape.hpp"

namespace vanban::md {
namespace {

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // without "\r\n"
  std::string_view trimmed;
};

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  const char* base = text.data();
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const void* nl = std::memchr(base + pos, '\n', text.size() - pos);
    std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : text.size();
    std::size_t e = end;
    if (e > pos && text[e - 1] == '\r') --e;
    lines.push_back({pos, e, trim(std::string_view(base + pos, e - pos))});
    if (!nl) break;
    pos = end + 1;
  }
  return lines;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// "12", "- 12 -", "Trang 12", "Trang 12/30": returns the page number or -1.
long page_number_of(std::string_view t) {
  if (t.substr(0, 6) == "Trang ") t = trim(t.substr(6));
  while (!t.empty() && (t.front() == '-' || t.front() == ' ')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == '-' || t.back() == ' ')) t.remove_suffix(1);
  if (auto slash = t.find('/'); slash != std::string_view::npos) {
    const auto total = t.substr(slash + 1);
    if (total.empty() || !std::all_of(total.begin(), total.end(), is_digit)) return -1;
    t = t.substr(0, slash);
  }
  if (t.empty() || t.size() > 4 || !std::all_of(t.begin(), t.end(), is_digit)) return -1;
  return std::stol(std::string(t));
}

/// A running header's identity: the line without a page number glued to its start or end
/// ("CÔNG BÁO/Số 242/Ngày 22-04-2026 5" and "4 CÔNG BÁO/…" share one key).
std::string_view header_key(std::string_view t, long& embedded_number) {
  embedded_number = -1;
  std::size_t b = 0;
  while (b < t.size() && is_digit(t[b])) ++b;
  if (b > 0 && b <= 4 && b < t.size() && t[b] == ' ') {
    embedded_number = std::stol(std::string(t.substr(0, b)));
    return trim(t.substr(b));
  }
  std::size_t e = t.size();
  while (e > 0 && is_digit(t[e - 1])) --e;
  if (e < t.size() && t.size() - e <= 4 && e > 0 && t[e - 1] == ' ') {
    embedded_number = std::stol(std::string(t.substr(e)));
    return trim(t.substr(0, e));
  }
  return t;
}

bool has_letter(std::string_view s) {
  for (char c : s)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC0) return true;
  return false;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

/// The official gazette's running header ("CÔNG BÁO/Số 242/Ngày 22-04-2026", "CÔNG BÁO Số 17 + 18")
/// is furniture even on a one-page document.
bool is_gazette_header(std::string_view t) {
  return starts_with(t, "CÔNG BÁO/") || starts_with(t, "CÔNG BÁO Số") || starts_with(t, "CÔNG BÁO số");
}

/// "#### Mục 2", "Chương 3", "PHỤ LỤC 2": a structure label whose number changes from one
/// occurrence to the next, like a page number glued to a header; it is text, not furniture.
bool is_structure_label(std::string_view key) {
  while (!key.empty() && (key.front() == '#' || key.front() == '*' || key.front() == '_' || key.front() == ' '))
    key.remove_prefix(1);
  while (!key.empty() && (key.back() == '*' || key.back() == '_' || key.back() == ' ')) key.remove_suffix(1);
  static constexpr std::string_view kWords[] = {"Phần", "PHẦN", "Chương", "CHƯƠNG", "Mục", "MỤC", "Tiểu mục",
                                                "TIỂU MỤC", "Điều", "ĐIỀU", "Phụ lục", "PHỤ LỤC", "Mẫu số",
                                                "MẪU SỐ", "Biểu", "BIỂU", "Biểu số", "BIỂU SỐ", "Khoản", "KHOẢN"};
  for (auto w : kWords)
    if (key == w) return true;
  return false;
}

bool is_stamp_field(std::string_view t) {
  static constexpr std::string_view kFields[] = {"Cơ quan:", "Ngày ký:", "Thời gian ký:", "Email:", "Chức vụ:",
                                                 "Tổ chức:", "Ký ngày:", "Người ký:"};
  for (auto f : kFields)
    if (starts_with(t, f)) return true;
  return false;
}

/// Rule characters that Markdown does not read as a thematic break.
std::size_t rule_char_length(std::string_view s, std::size_t i) {
  static constexpr std::string_view kRules[] = {"—", "–", "―", "─", "━", "═", "‒"};
  for (auto r : kRules)
    if (s.substr(i, r.size()) == r) return r.size();
  return 0;
}

}  // namespace

std::size_t blank_decorative_rules(std::string& text) {
  std::size_t blanked = 0;
  for (const Line& line : split_lines(text)) {
    const std::string_view t = line.trimmed;
    if (t.empty()) continue;
    std::size_t i = 0, count = 0;
    while (i < t.size()) {
      if (t[i] == ' ') {
        ++i;
        continue;
      }
      const std::size_t n = rule_char_length(t, i);
      if (n == 0) break;
      i += n;
      ++count;
    }
    if (i < t.size() || count < 3) continue;
    std::fill(text.begin() + static_cast<std::ptrdiff_t>(line.begin), text.begin() + static_cast<std::ptrdiff_t>(line.end), ' ');
    ++blanked;
  }
  return blanked;
}

bool PageFurniture::any_between(std::size_t begin, std::size_t end) const {
  auto it = std::lower_bound(line_offsets.begin(), line_offsets.end(), begin);
  return it != line_offsets.end() && *it < end;
}

PageFurniture remove_page_furniture(std::string& text) {
  PageFurniture report;
  const std::vector<Line> lines = split_lines(text);
  const std::size_t n = lines.size();
  std::vector<char> removed(n, 0);
  std::vector<long> number(n, -1);
  for (std::size_t i = 0; i < n; ++i) number[i] = page_number_of(lines[i].trimmed);

  // Signature stamps: "Ký bởi: …" followed by at least one stamp field.
  for (std::size_t i = 0; i < n; ++i) {
    const auto t = lines[i].trimmed;
    if (!starts_with(t, "Ký bởi:") && !starts_with(t, "Người ký:") && !starts_with(t, "Ký số bởi:")) continue;
    std::size_t j = i + 1;
    while (j < n && j <= i + 5 && is_stamp_field(lines[j].trimmed)) ++j;
    if (j == i + 1) continue;
    for (std::size_t k = i; k < j; ++k) removed[k] = 1;
    ++report.signature_stamps;
    i = j - 1;
  }

  // "[daky]": the gazette's mark of where the signature was ("đã ký"), on a line of its own; some
  // converters keep only its opening bracket.
  for (std::size_t i = 0; i < n; ++i) {
    const auto t = lines[i].trimmed;
    if (removed[i] || (t != "[daky]" && t != "[DAKY]" && t != "[đã ký]" && t != "[Đã ký]" && t != "[")) continue;
    removed[i] = 1;
    ++report.signature_stamps;
  }

  // Running headers: the same short line next to (or holding) a page number on several pages.
  struct Candidate {
    std::size_t line;
    long page;
  };
  std::unordered_map<std::string_view, std::vector<Candidate>> by_key;
  for (std::size_t i = 0; i < n; ++i) {
    const auto t = lines[i].trimmed;
    if (removed[i] || t.empty() || number[i] >= 0 || t.size() > 160 || !has_letter(t)) continue;
    long embedded = -1;
    const auto key = header_key(t, embedded);
    // A header holding its page number stands apart from the text below it; a line that goes on
    // on the next one ("8 Điều này được bãi bỏ theo …" / "BLĐTBXH ngày …") is a numbered note.
    if (embedded >= 0 && i + 1 < n && !lines[i + 1].trimmed.empty() && number[i + 1] < 0) continue;
    long page = embedded;
    if (page < 0 && i + 1 < n && number[i + 1] >= 0) page = number[i + 1];
    if (page < 0 && i > 0 && number[i - 1] >= 0) page = number[i - 1];
    if (page < 0 || code_points(key) < 6 || is_structure_label(key)) continue;
    by_key[key].push_back({i, page});
  }
  std::unordered_set<std::size_t> header_lines;
  for (std::size_t i = 0; i < n; ++i) {
    if (removed[i] || !is_gazette_header(lines[i].trimmed) || code_points(lines[i].trimmed) > 80) continue;
    header_lines.insert(i);
    removed[i] = 1;
    ++report.page_headers;
  }
  for (const auto& [key, candidates] : by_key) {
    if (candidates.size() < 2) continue;
    std::unordered_set<long> pages;
    for (const auto& c : candidates) pages.insert(c.page);
    if (pages.size() < 2) continue;  // a repeated "Tổng cộng / 5" is data, not a page header
    for (const auto& c : candidates) {
      if (removed[c.line]) continue;
      header_lines.insert(c.line);
      removed[c.line] = 1;
      ++report.page_headers;
    }
  }
  // Page numbers: next to a header, or alone between blank lines.
  auto blank_or_gone = [&](std::size_t i) { return lines[i].trimmed.empty() || removed[i]; };
  for (std::size_t i = 0; i < n; ++i) {
    if (number[i] < 0 || removed[i]) continue;
    const bool by_header = (i > 0 && header_lines.count(i - 1)) || (i + 1 < n && header_lines.count(i + 1));
    const bool alone = (i == 0 || blank_or_gone(i - 1)) && (i + 1 >= n || blank_or_gone(i + 1));
    if (by_header || alone) {
      removed[i] = 1;
      ++report.page_numbers;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!removed[i]) continue;
    std::fill(text.begin() + static_cast<std::ptrdiff_t>(lines[i].begin),
              text.begin() + static_cast<std::ptrdiff_t>(lines[i].end), ' ');
    report.line_offsets.push_back(lines[i].begin);
  }
  return report;
}

}  // namespace vanban::md
