#pragma once
#include <string_view>

namespace vanban::md {

/// A lettered point label at the start of a line: "a)", "đ)", and the looser forms "a." and
/// "a-" (Party documents) that are labels only in sequence, see PointSequence.
struct PointLetter {
  char32_t letter = 0;   ///< 'a'..'z' or U+0111 'đ'; 0 when the line does not open with a point
  bool loose = false;    ///< written "a." or "a-" rather than "a)"
};

/// The point label `line` opens with (leading spaces ignored): one lowercase letter a–z or đ, then
/// ')' or '.' or '-', then a space and text. "v.v. các", "A. Lincoln", "ab) không" are none.
PointLetter leading_point_letter(std::string_view line);

/// True when `next` is the letter after `previous` in the Vietnamese alphabet (a b c d đ e g h i k
/// l m n o p q r s t u v x y) or in the Latin one (some documents use f, j, w, z).
bool follows_letter(char32_t previous, char32_t next);

/// Follows lettered points in reading order, so that "a." / "b-" count as labels only where a list
/// of points is plausible: "a." always (a list starts), another letter only right after the point
/// with the letter before it ("b." after "a)" or "a."). A lowercase letter and a period opening a
/// line is otherwise an abbreviation cut by a line break ("đ. Tổng cộng" for "đồng").
class PointSequence {
 public:
  /// Whether `line` opens with a point label: "a)" always; "a." / "a-" when in sequence (above).
  bool opens_point(std::string_view line) const;

  /// Records the point `line` opens with, when opens_point(line); call it for every paragraph
  /// start in reading order.
  void see(std::string_view line);

 private:
  char32_t last_ = 0;
};

}  // namespace vanban::md
