#include "analysis/recipients_parser.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vanban::analysis {

bool starts_with_bullet(std::string_view line) {
  if (line.size() < 2) return false;
  if ((line[0] == '-' || line[0] == '+' || line[0] == '*') && (line[1] == ' ' || line[1] == '\t')) return true;
  if (line.rfind("\xE2\x80\xA2", 0) == 0 || line.rfind("\xE2\x80\x93 ", 0) == 0 ||  // • and – bullets
      line.rfind("\xEF\x82\xA7", 0) == 0)                                           // Wingdings square
    return true;
  return false;
}

std::string clean_list_item(std::string_view item) {
  std::string s = trim_spaces(item);
  // Leading bullet characters.
  for (;;) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == '*')) {
      s = trim_spaces(std::string_view(s).substr(1));
    } else if (s.rfind("\xE2\x80\xA2", 0) == 0 || s.rfind("\xE2\x80\x93", 0) == 0 || s.rfind("\xEF\x82\xA7", 0) == 0) {
      s = trim_spaces(std::string_view(s).substr(3));
    } else {
      break;
    }
  }
  s = strip_trailing(s, ";,.");
  if (s.size() >= 3 && s.compare(s.size() - 3, 3, "./.") == 0) s = strip_trailing(s.substr(0, s.size() - 3), ";,.");
  return collapse_spaces(s);
}

std::pair<std::string, std::string> split_capitals_tail(std::string_view line) {
  const std::size_t cut = line.find_first_of(";,.");
  if (cut == std::string_view::npos) return {std::string(line), {}};
  const std::string tail = trim_spaces(line.substr(cut + 1));
  if (tail.empty() || tail.find_first_of(";,") != std::string::npos || word_count(tail) < 2 || !is_caps_text(tail))
    return {std::string(line), {}};
  return {trim_spaces(line.substr(0, cut + 1)), tail};
}

std::vector<std::string> read_recipient_items(const std::vector<Line>& lines, std::size_t first,
                                              std::string_view rest_of_first, std::size_t end,
                                              std::vector<std::size_t>& used,
                                              std::vector<std::pair<std::size_t, std::string>>& spill) {
  std::vector<std::string> items;
  std::string current;
  bool current_closed = true;  // the last item ended with ";" "," or "."
  auto flush = [&]() {
    // Items run into one paragraph ("- Như trên; - Bộ Nội vụ (b/c); - Lưu: VT") are split where an
    // item's ';' or ',' is followed by the next bullet; "QPPL - Bộ Tư pháp" has no separator before.
    std::size_t from = 0;
    for (std::size_t i = 0; i + 3 < current.size(); ++i) {
      if ((current[i] == ';' || current[i] == ',') && current[i + 1] == ' ' &&
          (current[i + 2] == '-' || current[i + 2] == '+') && current[i + 3] == ' ') {
        std::string c = clean_list_item(std::string_view(current).substr(from, i + 1 - from));
        if (!c.empty()) items.push_back(std::move(c));
        from = i + 2;
      }
    }
    std::string c = clean_list_item(std::string_view(current).substr(from));
    if (!c.empty()) items.push_back(std::move(c));
    current.clear();
  };
  auto ends_item = [](std::string_view t) {
    const char last = t.empty() ? ' ' : t.back();
    return last == ';' || last == ',' || last == '.';
  };
  auto take = [&](std::string_view text, bool continuation) {
    const std::string t = trim_spaces(text);
    if (t.empty()) return;
    if (continuation && !current.empty()) {
      current += " " + t;  // an item wrapped over two lines
    } else {
      flush();
      current = t;
    }
    current_closed = ends_item(t);
  };
  if (is_caps_text(rest_of_first) && word_count(rest_of_first) >= 2) {
    spill.emplace_back(first, trim_spaces(rest_of_first));  // "Nơi nhận: KT. CHỦ TỊCH"
  } else {
    take(rest_of_first, false);
  }
  const Line& head = lines[first];
  end = std::min(end, lines.size());
  // Plain text laid out side by side (Nơi nhận left, signature right) may come out of a reader as
  // a layout table for the first rows, loose lines, then another table: the list goes on after the
  // head's table while its last item is left open (",", ";", no final ".").
  bool past_head_table = false;
  bool signature_in_head_cell = false;  // the signature typed under the list in the same cell
  auto list_left_open = [&]() { return !current.empty() && current.back() != '.'; };
  for (std::size_t i = first + 1; i < end; ++i) {
    const Line& l = lines[i];
    if (head.in_table && !past_head_table) {
      if (l.in_table && l.block == head.block) {
        if (l.cell != head.cell) continue;  // the signature column of the closing table
        // A capitals line that is no item ("TM. BAN CHỈ ĐẠO" under "- Lưu: VT, NC.Hà") starts the
        // signature typed in the list's own cell: it and the lines under it are not recipients.
        if (signature_in_head_cell ||
            (!current.empty() && is_caps_text(l.text) && !starts_with_bullet(l.text) && !ends_item(l.text))) {
          signature_in_head_cell = true;
          continue;
        }
        take(l.text, !starts_with_bullet(l.text) && !current_closed);
        used.push_back(i);
        continue;
      }
      if (!list_left_open() || !starts_with_bullet(l.text)) break;
      past_head_table = true;
    }
    if (l.in_table) {
      // The left column of a later layout table still carrying bullets of the list.
      if (!past_head_table || !starts_with_bullet(l.text) || !list_left_open()) {
        if (past_head_table && !starts_with_bullet(l.text)) continue;  // its right column: the signature
        break;
      }
      take(l.text, false);
      used.push_back(i);
      continue;
    }
    if (starts_with_bullet(l.text)) {
      auto [item, tail] = split_capitals_tail(l.text);
      if (!tail.empty()) spill.emplace_back(i, tail);
      take(item, false);
      used.push_back(i);
      continue;
    }
    const bool is_luu = l.text.rfind("L\xC6\xB0u", 0) == 0 || l.text.rfind("L\xC6\xAFU", 0) == 0;
    const bool caps = is_caps_text(l.text);
    const bool continuation = !current.empty() && !current_closed && !caps && starts_lowercase(l.text);
    if (continuation || is_luu || (ends_item(l.text) && !caps && word_count(l.text) <= 25)) {
      take(l.text, continuation);
      used.push_back(i);
      continue;
    }
    // Signature lines (post, name, "(Đã ký)") may stand between items; anything longer ends the list.
    if (caps || word_count(l.text) <= 6 || l.text.front() == '(' || l.text.front() == '[') continue;
    break;
  }
  flush();
  return items;
}

}  // namespace vanban::analysis
