#include "analysis/signature_parser.hpp"

#include <unicode/uchar.h>

namespace vanban::analysis {
namespace {

bool is_authority_token(std::string_view t) {
  return t == "TM." || t == "KT." || t == "TL." || t == "TUQ." || t == "Q." || t == "T/M" || t == "K/T" ||
         t == "T/L";
}

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

/// Where a signer's own post starts inside one authority chunk ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" → the
/// "PHÓ"; "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" → the "CHỦ"), or 0 when the chunk names no post of its own.
std::size_t post_start(const std::vector<std::string>& w, std::size_t from, std::size_t to, bool last) {
  // A deputy signs for the head ("ký thay") or for the body: his post starts with "PHÓ" ("THỨ
  // TRƯỞNG" under "KT. BỘ TRƯỞNG").
  const bool for_head = w[from] == "KT." || w[from] == "K/T";
  for (std::size_t i = from + 2; i < to; ++i)
    if (w[i] == "PHÓ" || (for_head && w[i] == "THỨ" && i + 1 < to && w[i + 1] == "TRƯỞNG")) return i;
  // "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG", "TUQ. GIÁM ĐỐC TRƯỞNG PHÒNG …": the head's post, then the signer's.
  const bool by_order = w[from] == "TL." || w[from] == "T/L" || w[from] == "TUQ.";
  if (by_order && to - from >= 4) {
    static const std::vector<std::vector<std::string>> heads = {
        {"CHỦ", "TỊCH"}, {"GIÁM", "ĐỐC"}, {"BỘ", "TRƯỞNG"}, {"THỦ", "TƯỚNG"}, {"BÍ", "THƯ"}, {"HIỆU", "TRƯỞNG"},
        {"CỤC", "TRƯỞNG"}, {"TỔNG", "GIÁM", "ĐỐC"}, {"BAN", "THƯỜNG", "VỤ"}};
    for (const auto& head : heads) {
      if (from + 1 + head.size() >= to) continue;
      bool same = true;
      for (std::size_t k = 0; k < head.size(); ++k) same = same && w[from + 1 + k] == head[k];
      if (!same) continue;
      // The signer's post opens with an office word ("TL. CHỦ TỊCH UBND TỈNH" is one post).
      static const std::vector<std::string> openers = {"CHÁNH", "PHÓ", "TRƯỞNG", "GIÁM", "CỤC", "VỤ", "KẾ", "THƯ", "TỔNG", "ỦY", "UỶ"};
      const std::string& next = w[from + 1 + head.size()];
      for (const auto& o : openers)
        if (next == o) return from + 1 + head.size();
      return 0;
    }
  }
  // "TM. <body> CHỦ TỊCH" with nothing after: a head's post closing the line (the body keeps 2+ words,
  // so "TM. ĐOÀN CHỦ TỊCH" stays whole).
  const bool on_behalf = w[from] == "TM." || w[from] == "T/M";
  if (!last || !on_behalf) return 0;
  static const std::vector<std::vector<std::string>> posts = {
      {"CHỦ", "TỊCH"}, {"BÍ", "THƯ"}, {"THỦ", "TƯỚNG"}, {"GIÁM", "ĐỐC"}, {"TRƯỞNG", "BAN"}, {"HIỆU", "TRƯỞNG"}};
  for (const auto& post : posts) {
    if (to - from < post.size() + 3) continue;
    const std::size_t at = to - post.size();
    bool same = true;
    for (std::size_t k = 0; k < post.size(); ++k) same = same && w[at + k] == post[k];
    if (same) return at;
  }
  return 0;
}

std::vector<std::string> words_of(const std::string& flat) {
  std::vector<std::string> w;
  for (std::size_t i = 0; i < flat.size();) {
    const std::size_t sp = flat.find(' ', i);
    const std::size_t end = sp == std::string::npos ? flat.size() : sp;
    if (end > i) w.push_back(flat.substr(i, end - i));
    i = end + 1;
  }
  return w;
}

bool has_lowercase(std::string_view utf8) {
  const auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_islower(c)) return true;
  }
  return false;
}

std::vector<std::string> split_caps_run(const std::vector<std::string>& w);

/// A DOCX cell often runs the signature lines into one paragraph ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
/// PHÓ CHỦ TỊCH"): cut it back into its lines — before each inner authority prefix and before the post.
/// A whole block flattened into one line keeps its markers and the name after the capitals
/// ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Lò Văn Sinh"): they are cut off as lines of their own.
std::vector<std::string> split_run_together(const std::string& text) {
  const std::string flat = collapse_spaces(text);
  const std::vector<std::string> w = words_of(flat);
  if (w.size() < 3 || !is_authority_token(w[0])) return {text};
  std::size_t caps_end = 0;
  while (caps_end < w.size() && !has_lowercase(w[caps_end]) && w[caps_end].front() != '(' && w[caps_end].front() != '[')
    ++caps_end;
  if (caps_end == w.size()) return is_caps_text(flat) ? split_caps_run(w) : std::vector<std::string>{text};
  if (caps_end < 3) return {text};
  std::vector<std::string> out = split_caps_run(std::vector<std::string>(w.begin(), w.begin() + caps_end));
  // The tail: bracketed markers ("(Đã ký)", "[chữ ký]") and the name, in their order.
  std::string tail = join_words(w, caps_end, w.size());
  while (!tail.empty()) {
    if (tail.front() == '(' || tail.front() == '[') {
      const std::size_t close = tail.find(tail.front() == '(' ? ')' : ']');
      if (close == std::string::npos) break;
      out.push_back(tail.substr(0, close + 1));
      tail = trim_spaces(std::string_view(tail).substr(close + 1));
      continue;
    }
    const std::size_t open = tail.find_first_of("([");
    out.push_back(trim_spaces(std::string_view(tail).substr(0, open)));
    tail = open == std::string::npos ? std::string() : tail.substr(open);
  }
  if (!tail.empty()) out.push_back(tail);
  return out;
}

std::vector<std::string> split_caps_run(const std::vector<std::string>& w) {
  std::string flat = join_words(w, 0, w.size());
  if (w.size() < 3) return {flat};
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 2; i < w.size(); ++i)
    if (is_authority_token(w[i])) starts.push_back(i);
  std::vector<std::string> out;
  for (std::size_t c = 0; c < starts.size(); ++c) {
    const std::size_t from = starts[c];
    const std::size_t to = c + 1 < starts.size() ? starts[c + 1] : w.size();
    const std::size_t post = post_start(w, from, to, c + 1 == starts.size());
    if (post) {
      out.push_back(join_words(w, from, post));
      out.push_back(join_words(w, post, to));
    } else {
      out.push_back(join_words(w, from, to));
    }
  }
  return out.size() > 1 ? out : std::vector<std::string>{flat};
}

/// A seal or signature image extracted from a PDF may leave a lone bracket before the name ("[ Lê
/// Văn An"): an opening bracket never closed on its line is dropped.
std::string without_stray_bracket(const std::string& text) {
  if (text.empty() || (text.front() != '[' && text.front() != '(')) return text;
  if (text.find(text.front() == '[' ? ']' : ')') != std::string::npos) return text;
  return trim_spaces(std::string_view(text).substr(1));
}

}  // namespace

SignatureParser::SignatureParser(const text::TextKit& kit)
    : kit_(kit),
      authority_("^(?:tm|kt|tl|tuq|q|t/m|k/t|t/l|t\\.m|k\\.t|t\\.l)\\s*[./:]?\\s+\\S"),
      marker_("^[(\\[].*[)\\]]\\s*$|^(?:đa ky|chu ky|ky ten|ky, ghi ro)\\b"),
      // Office words, matched on the original capitals: diacritics tell "PHÒNG" (office) from
      // "PHONG" (a given name), "VỤ" from "VŨ", "QUYỀN" from "QUYÊN", "TRƯỞNG" from "TRƯƠNG".
      position_word_(
          "(?:^|\\s)(?:CHỦ TỊCH|PHÓ|TRƯỞNG|GIÁM ĐỐC|BÍ THƯ|THỦ TƯỚNG|CHÁNH|ỦY VIÊN|UỶ VIÊN|THƯỜNG TRỰC|TỔNG|"
          "HIỆU TRƯỞNG|KẾ TOÁN|THƯ KÝ|CHỦ NHIỆM|THỦ TRƯỞNG|CỤC|VỤ|BAN|VĂN PHÒNG|PHÒNG|ỦY BAN|UỶ BAN|HỘI ĐỒNG|"
          "CHÍNH PHỦ|ĐẢNG ỦY|TỈNH ỦY|HUYỆN ỦY|NHÂN DÂN|QUYỀN|CHỈ HUY|TƯ LỆNH|CHÍNH ỦY|SỞ|ĐẠI DIỆN|THAY MẶT|"
          "BỘ TRƯỞNG|TRƯỞNG BAN|CHỦ TỊCH UBND)(?=\\s|$|[.,])",
          UREGEX_CASE_INSENSITIVE),
      // A military or police rank typed before the name ("Thiếu tướng Lê Văn A"): not part of the name.
      rank_("^(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)\\s+(?=\\p{Lu})"),
      noise_("^(?:cong bao\\b|[0-9]{1,4}\\s*$|ky boi\\s*:|co quan\\s*:|ngay ky\\s*:|thoi gian ky\\s*:|email\\s*:)") {}

bool SignatureParser::is_authority(std::string_view line) const {
  const auto m = kit_.folder.prepare(line);
  return authority_.starts(m.folded) && is_caps_text(line);
}

bool SignatureParser::is_flattened_block(std::string_view line) const {
  const std::size_t sp = line.find(' ');
  if (sp == std::string_view::npos || !is_authority_token(line.substr(0, sp))) return false;  // cheap test first
  if (word_count(line) > 24 || is_caps_text(line)) return false;
  const auto parts = split_run_together(std::string(line));
  return parts.size() >= 2 && is_authority(parts.front()) && is_person_name(parts.back(), false);
}

bool SignatureParser::is_position(std::string_view line) const {
  if (!is_caps_text(line) || word_count(line) > 14) return false;
  return position_word_.find(icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size()))));
}

std::string_view SignatureParser::without_rank(std::string_view line) const {
  const auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  auto m = rank_.matcher(u);  // u outlives the matcher
  UErrorCode st = U_ZERO_ERROR;
  if (!m->lookingAt(st) || U_FAILURE(st)) return line;
  std::string prefix;
  m->group(st).toUTF8String(prefix);
  return line.substr(std::min(prefix.size(), line.size()));
}

std::string SignatureParser::name_beside_marker(const std::string& text) const {
  if (text.size() < 4) return {};
  std::string rest;
  if (text.front() == '[' || text.front() == '(') {
    const std::size_t close = text.find(text.front() == '[' ? ']' : ')');
    if (close == std::string::npos || close + 1 >= text.size()) return {};
    rest = trim_spaces(std::string_view(text).substr(close + 1));
  } else if (text.back() == ']' || text.back() == ')') {
    const std::size_t open = text.rfind(text.back() == ']' ? '[' : '(');
    if (open == std::string::npos || open == 0) return {};
    rest = trim_spaces(std::string_view(text).substr(0, open));
  } else {
    return {};
  }
  return is_person_name(rest, false) ? rest : std::string();
}

bool SignatureParser::is_person_name(std::string_view full_line, bool allow_caps) const {
  const std::string_view line = without_rank(full_line);
  const int words = word_count(line);
  if (words < 2 || words > 6) return false;
  const auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  bool word_start = true;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (u_isdigit(c)) return false;
    if (!u_isalpha(c) && c != '.' && c != '-' && c != '\'') return false;
    if (word_start && u_isalpha(c) && !u_isupper(c)) return false;
    word_start = false;
  }
  if (is_caps_text(line)) {
    if (!allow_caps) return false;
    if (position_word_.find(u)) return false;
  }
  return true;
}

Signer SignatureParser::parse(const std::vector<Line>& lines) const {
  Signer signer;
  // Drop noise (page headers, stamps) and signature-space markers.
  std::vector<Line> split;
  split.reserve(lines.size());
  for (const auto& l : lines)
    for (auto& part : split_run_together(without_stray_bracket(l.text))) {
      part = without_stray_bracket(part);
      // A marker a reader joined to the name ("[đã ký] Lê Văn An", "Lê Văn An (Đã ký)") is cut off.
      if (auto name = name_beside_marker(part); !name.empty()) part = std::move(name);
      if (!part.empty()) split.push_back(Line{std::move(part), l.block, l.in_table, l.cell, l.paragraph});
    }
  std::vector<const Line*> kept;
  for (const auto& l : split) {
    const auto m = kit_.folder.prepare(l.text);
    if (noise_.starts(m.folded)) continue;
    if (marker_.starts(m.folded)) continue;
    kept.push_back(&l);
  }
  // The name: the last personal-name line; capitals names only when no other is found.
  std::optional<std::size_t> name_at;
  for (std::size_t i = kept.size(); i-- > 0;) {
    if (is_person_name(kept[i]->text, false)) { name_at = i; break; }
  }
  if (!name_at) {
    for (std::size_t i = kept.size(); i-- > 0;) {
      if (is_person_name(kept[i]->text, true) && i > 0 && is_caps_text(kept[i - 1]->text)) { name_at = i; break; }
    }
  }
  const std::size_t limit = name_at ? *name_at : kept.size();
  // Authority lines, stacked.
  std::string authority;
  std::optional<std::size_t> last_authority;
  for (std::size_t i = 0; i < limit; ++i) {
    if (is_authority(kept[i]->text)) {
      if (!authority.empty()) authority += " / ";
      authority += collapse_spaces(kept[i]->text);
      last_authority = i;
    }
  }
  if (!authority.empty()) signer.authority = authority;
  // Position.
  if (last_authority) {
    for (std::size_t i = *last_authority + 1; i < limit; ++i) {
      if (is_caps_text(kept[i]->text) && !is_authority(kept[i]->text)) {
        signer.position = collapse_spaces(kept[i]->text);
        break;
      }
    }
    // "Q. GIÁM ĐỐC" (acting) right above the name: the only line, so it is the position as well.
    if (!signer.position && name_at && *last_authority + 1 == *name_at)
      signer.position = collapse_spaces(kept[*last_authority]->text);
  } else if (name_at && *name_at > 0) {
    const std::string& above = kept[*name_at - 1]->text;
    if (is_caps_text(above) && word_count(above) <= 14) signer.position = collapse_spaces(above);
  } else if (!name_at) {
    // A draft's unsigned block ("CHỦ TỊCH" over "(Ký, ghi rõ họ tên)"): the last post line.
    for (std::size_t i = kept.size(); i-- > 0;) {
      if (is_position(kept[i]->text)) {
        signer.position = collapse_spaces(kept[i]->text);
        break;
      }
    }
  }
  if (name_at) {
    signer.name = collapse_spaces(std::string(without_rank(kept[*name_at]->text)));
    if (kept[*name_at]->paragraph) signer.location = kept[*name_at]->paragraph->location;
  }
  return signer;
}

}  // namespace vanban::analysis
