#include "analysis/signature_parser.hpp"

#include <unicode/uchar.h>

namespace vanban::analysis {

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
      noise_("^(?:cong bao\\b|[0-9]{1,4}\\s*$|ky boi\\s*:|co quan\\s*:|ngay ky\\s*:|thoi gian ky\\s*:|email\\s*:)") {}

bool SignatureParser::is_authority(std::string_view line) const {
  const auto m = kit_.folder.prepare(line);
  return authority_.starts(m.folded) && is_caps_text(line);
}

bool SignatureParser::is_position(std::string_view line) const {
  if (!is_caps_text(line) || word_count(line) > 14) return false;
  return position_word_.find(icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size()))));
}

bool SignatureParser::is_person_name(std::string_view line, bool allow_caps) const {
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
  std::vector<const Line*> kept;
  for (const auto& l : lines) {
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
  }
  if (name_at) {
    signer.name = collapse_spaces(kept[*name_at]->text);
    if (kept[*name_at]->paragraph) signer.location = kept[*name_at]->paragraph->location;
  }
  return signer;
}

}  // namespace vanban::analysis
