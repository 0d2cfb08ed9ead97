#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/front_matter_text.hpp"
#include "model/section.hpp"
#include "text/text_kit.hpp"

namespace vanban::analysis {

/// An outline label at the start of a paragraph: "II.", "1.", "1.2.", "a)", "Điều 5.", "Chương I".
struct Label {
  SectionKind kind = SectionKind::Numbered;
  std::string text;          ///< as written, trimmed: "II.", "Điều 5.", "Chương I", "a)"
  std::string key;           ///< "II", "5", "I", "a", "1.2"
  std::vector<int> numbers;  ///< Arabic components: "2.3.1." -> {2, 3, 1}; "Điều 5" -> {5}
  std::string rest;          ///< the paragraph's text after the label, spaces collapsed
  /// A lettered point written "a." or "a-" (not "a)"): a label only in sequence — the first point
  /// "a.", or the letter after the previous point's — which the caller checks (follows_point_letter).
  bool loose_letter = false;
  /// A capital letter part "A. KẾT QUẢ …", "B- NHIỆM VỤ …" (kind Part, key "A"): a label only in
  /// sequence — "A", or the letter after the previous part's — which the caller checks.
  bool letter_part = false;
};

/// True when point letter `key` comes right after `previous` in the Vietnamese alphabet (a b c d đ
/// e g h i k l m n o p q r s t u v x y) or the Latin one (f, j, w, z in some documents).
bool follows_point_letter(std::string_view previous, std::string_view key);

/// Recognizes outline labels (patterns compiled once). A label must be followed by a space and
/// text, except the normative words (Phần, Chương, Mục, Điều) which may stand alone with their
/// title on the next paragraph. Numbers inside sentences, "1.000 người", "(1)" and paragraphs
/// opening with a quotation mark are not labels. Lettered points are one lowercase letter a–z or
/// đ: "a)", or "a." / "a-" followed by a space (Label::loose_letter); "A. Lincoln", "v.v." are not.
/// Parts lettered with a capital A–H ("A. KẾT QUẢ NĂM 2017") are labels when their title is in
/// capitals (Label::letter_part). "Phần thứ nhất" keys are lower case whatever the writing
/// ("PHẦN THỨ NHẤT" -> "thứ nhất"), so paths read alike.
class LabelMatcher {
 public:
  explicit LabelMatcher(const text::TextKit& kit);

  /// `emphasized`: the paragraph is bold or a heading, so a letter part may have a sentence-case
  /// title ("A. Kết quả năm 2023"); otherwise its title must be in capitals ("A. KẾT QUẢ").
  std::optional<Label> match(std::string_view paragraph_text, bool emphasized = false) const;

 private:
  const text::TextKit& kit_;
  Regex part_, chapter_, division_, article_, roman_, letter_part_, dotted_, numbered_, lettered_, loose_lettered_;
};

/// The title of a section from the text after its label: the heading line as written when it is
/// short; for a long paragraph its opening words up to the first ':' or sentence end, at most
/// `max_words` words. Trailing ':' '.' ';' are removed.
std::string section_title(std::string_view rest, bool heading_style, int max_words = 20);

/// True when the paragraph opens with a quotation mark (a quoted provision of an amending text).
bool opens_with_quote(std::string_view text);
/// Opening minus closing quotation marks in `text` (curly quotes; straight quotes count as opening
/// when their number is odd and the text starts with one).
int quote_balance(std::string_view text);

}  // namespace vanban::analysis
