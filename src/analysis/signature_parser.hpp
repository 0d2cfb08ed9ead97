#pragma once
#include <optional>
#include <vector>

#include "analysis/front_matter_text.hpp"
#include "model/metadata.hpp"
#include "text/text_kit.hpp"

namespace vanban::analysis {

/// Reads a signature block: authority prefix lines (TM./KT./TL./TUQ./Q., Party T/M, K/T, T/L, which
/// may stack), the position, the signer's name. Stacked authority lines are joined with " / "
/// ("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG").
class SignatureParser {
 public:
  explicit SignatureParser(const text::TextKit& kit);

  /// True for an authority prefix line: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ".
  bool is_authority(std::string_view line) const;
  /// True for a whole signature block flattened into one line: authority, post, markers, name
  /// ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Lò Văn Sinh").
  bool is_flattened_block(std::string_view line) const;
  /// True for a line that reads like a Vietnamese personal name: 2–6 capitalised words, no digits,
  /// not an office title ("Nguyễn Thị Thanh Hà"). All-caps names are accepted when `allow_caps`.
  bool is_person_name(std::string_view line, bool allow_caps) const;
  /// True for a capitals line naming a post ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC").
  bool is_position(std::string_view line) const;

  /// The signer found in `lines` (signature lines, in reading order; Nơi nhận lines excluded).
  /// Position: the first post line after the authority lines (the post the signer signs in; a
  /// second post typed under the signature space is ignored); without authority lines, the post
  /// line just above the name.
  Signer parse(const std::vector<Line>& lines) const;

 private:
  const text::TextKit& kit_;
  /// The name of a line that joins a bracketed marker and a name ("[đã ký] Lê Văn An"); else empty.
  std::string name_beside_marker(const std::string& text) const;
  /// The line without a rank typed before the name ("Đại tá Lê Văn A" → "Lê Văn A").
  std::string_view without_rank(std::string_view line) const;

  Regex authority_, marker_, position_word_, rank_, noise_;
};

}  // namespace vanban::analysis
