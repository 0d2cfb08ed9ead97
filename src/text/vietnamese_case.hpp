#pragma once
#include <string>
#include <string_view>

#include "text/syllable_validator.hpp"

namespace vanban::text {

/// Vietnamese-correct case mapping (ICU, locale "vi"): Đ/đ, Ư/ư, Ơ/ơ and all toned letters map
/// one to one; text stays NFC. Build once, reuse; all methods are const.
class VietnameseCase {
 public:
  /// "Kế hoạch" -> "KẾ HOẠCH"
  std::string upper(std::string_view utf8) const;
  /// "KẾ HOẠCH" -> "kế hoạch"
  std::string lower(std::string_view utf8) const;
  /// Every word capitalised: "ủy ban nhân dân" -> "Ủy Ban Nhân Dân"
  std::string title(std::string_view utf8) const;
  /// A heading in capitals as a sentence: "KẾ HOẠCH TRIỂN KHAI" -> "Kế hoạch triển khai".
  /// Words that are not Vietnamese syllables (UBND, HĐND, NĐ-CP, CCHC) and Roman numerals
  /// (II, IV) keep their capitals, words with small letters ("Hà Nội") stay as written; a
  /// letter after '.', '!', '?', ':' or a line break starts a sentence.
  std::string sentence(std::string_view utf8) const;

 private:
  SyllableValidator validator_;
};

/// Shared-instance shortcuts.
std::string to_upper_vi(std::string_view utf8);
std::string to_lower_vi(std::string_view utf8);
std::string title_case(std::string_view utf8);
std::string sentence_case(std::string_view utf8);

}  // namespace vanban::text
