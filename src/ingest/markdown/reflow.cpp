#include "ingest/markdown/reflow.hpp"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ingest/markdown/line_shape.hpp"

namespace vanban::md {
namespace {

constexpr std::size_t kFallbackWidth = 80;
constexpr std::size_t kMinSamples = 8;

bool starts_with_uppercase_letter(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(t.data());
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(bytes, k, static_cast<int32_t>(t.size()), c);
  return c > 0 && u_isupper(c);
}

bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/// A symbol or number cut at a '/' or a glued '-' ("85/" + "2024/NĐ-CP", "KH-" + "UBND",
/// "2021-" + "2025") is joined back without a space; "kinh tế -" + "xã hội" keeps its space.
/// "QĐ-" + "UBND ngày…": the tail of a symbol is a code ("UBND", "TTg") or a number.
bool glued_at_wrap(std::string_view prev, std::string_view next) {
  if (prev.size() < 2 || next.empty()) return false;
  const char last = prev.back();
  const char before = prev[prev.size() - 2];
  const auto first = static_cast<unsigned char>(next.front());
  const bool next_is_symbolic = (first >= '0' && first <= '9') || (first >= 'A' && first <= 'Z') ||
                                next.substr(0, 2) == "Đ";  // Đ (NĐ, QĐ)
  if (last == '/') return is_ascii_alnum(before) && next_is_symbolic;
  if (last != '-') return false;
  // The code point before the hyphen: an ASCII letter or digit, or a capital such as the Đ of "QĐ-".
  std::size_t i = prev.size() - 1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(prev.data());
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(bytes, 0, k, c);
  const bool code_before = is_ascii_alnum(before) || (c > 0x7F && u_isupper(c));
  if (!code_before) return false;
  if (starts_with_code(next)) return true;
  return is_ascii_alnum(before) && next_is_symbolic && !starts_lowercase(next);
}

}  // namespace

Reflower::Reflower(std::size_t typical_width) : width_(typical_width == 0 ? kFallbackWidth : typical_width) {}

std::size_t Reflower::typical_width(const std::vector<RawBlock>& blocks) {
  std::vector<std::size_t> widths;
  for (const auto& b : blocks) {
    const auto* p = std::get_if<RawParagraph>(&b);
    if (!p || p->lines.size() < 2) continue;
    // Only real wraps measure the width: a line whose sentence goes on in lowercase on the next
    // one. Header, signature and heading lines of an unwrapped file would make it look narrow.
    for (std::size_t i = 0; i + 1 < p->lines.size(); ++i)
      if (starts_lowercase(p->lines[i + 1].text) && !is_all_caps(p->lines[i].text))
        widths.push_back(code_points(p->lines[i].text));
  }
  if (widths.size() < kMinSamples) return 0;
  auto mid = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() / 2);
  std::nth_element(widths.begin(), mid, widths.end());
  return *mid;
}

bool Reflower::is_short(std::string_view line, double ratio) const { return is_short(code_points(line), ratio); }

bool Reflower::is_short(std::size_t length, double ratio) const {
  return static_cast<double>(length) < ratio * static_cast<double>(width_);
}

bool Reflower::is_complete_line(std::string_view prev, std::string_view line) const {
  const std::string_view t = trim(prev);
  if (t.size() >= 3 && t.substr(t.size() - 3) == "./.") return true;
  if (is_all_caps(t) && (!is_all_caps(line) || (is_short(t, 0.6) && !ends_with_connective(t)))) return true;
  if (is_short_heading(t, line)) return true;
  // "(hoặc điều chỉnh giá)\nhàng hóa, dịch vụ": a wrapped subject goes on in lowercase.
  if (is_standalone_header_line(t) && !(t.front() == '(' && starts_lowercase(line))) return true;
  if (is_label_only(t)) return true;
  // "… chức danh nghề nghiệp;\ntiêu chuẩn, điều kiện …": after a ';' an enumeration that goes on in
  // lower case without a label is the same sentence (a title wrapped at its ';', a list of clauses).
  if (t.back() == ';' && starts_lowercase(line)) return false;
  if (ends_with_terminal(t, /*ellipsis_ends=*/false) && is_short(t, 0.8)) return true;
  return false;
}

bool Reflower::is_short_heading(std::string_view prev, std::string_view line) const {
  // "Điều 2. Bãi bỏ một phần" / "Bãi bỏ Điều 3 của …": the next word would have fitted on the
  // heading's line, so the line ended there on purpose. The slack allows for a first-line indent.
  if (leading_label(prev).kind != LabelKind::Outline || is_label_only(prev)) return false;
  if (starts_lowercase(line) || !starts_with_uppercase_letter(line) || ends_with_connective(prev)) return false;
  const std::size_t slack = std::max<std::size_t>(8, width_ / 8);
  return code_points(prev) + 1 + first_word_length(line) + slack <= width_;
}

bool Reflower::starts_new_paragraph(std::string_view prev, std::string_view line) const {
  const LineLabel label = leading_label(line);
  switch (label.kind) {
    case LabelKind::Outline:
    case LabelKind::QuotedProvision:
      return true;
    case LabelKind::Bullet:
      // "kinh tế\n- xã hội" is a wrapped compound, not a bullet.
      if (!label.lowercase_after || ends_with_terminal(prev, true)) return true;
      break;
    case LabelKind::None:
      break;
  }
  // "Căn cứ …" after a sentence, or after a short line that does not run on (the last line of a title
  // above the căn cứ): a capital "Căn cứ" never goes on a line that ended on purpose.
  if (starts_preamble_phrase(line) &&
      (ends_with_terminal(prev, true) || (is_short(prev, 0.8) && !ends_with_connective(prev)))) {
    return true;
  }
  if (is_complete_line(prev, line)) return true;
  if (is_all_caps(line) && (!is_all_caps(prev) || (is_short(prev, 0.6) && !ends_with_connective(prev)))) return true;
  return false;
}

std::vector<ReflowedParagraph> Reflower::reflow(const RawParagraph& block, PointSequence* points) const {
  std::vector<ReflowedParagraph> out;
  PointSequence own;
  PointSequence& sequence = points != nullptr ? *points : own;
  const RawLine* prev = nullptr;
  for (const auto& line : block.lines) {
    const bool point = sequence.opens_point(line.text);
    if (!prev || line.break_before || point || starts_new_paragraph(prev->text, line.text)) {
      ReflowedParagraph p;
      p.text = line.text;
      p.offset = line.offset;
      p.opens_point = point;
      sequence.see(line.text);
      out.push_back(std::move(p));
    } else {
      if (!glued_at_wrap(prev->text, line.text)) out.back().text.push_back(' ');
      out.back().text += line.text;
    }
    out.back().last_line_width = code_points(line.text);
    ++out.back().line_count;
    prev = &line;
  }
  std::size_t next_id = 0;
  for (auto& p : out) {
    const auto n = static_cast<std::size_t>(std::count(p.text.begin(), p.text.end(), kMarkPlaceholder));
    for (std::size_t k = 0; k < n && next_id < block.mark_ids.size(); ++k) p.mark_ids.push_back(block.mark_ids[next_id++]);
  }
  return out;
}

}  // namespace vanban::md
