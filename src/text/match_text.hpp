#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

namespace vanban::text {

/// A piece of text prepared for matching: `original` is the NFC text in UTF-16, `folded` has the
/// same length, code unit for code unit, with case, diacritics and typographic variants removed
/// (so "KẾ HOẠCH", "Kế Hoạch", "ke hoach", "hoà"/"hòa" all fold alike) — except that Đ/đ folds
/// to 'đ', never to 'd' (QĐ ≠ QD). Match patterns on `folded`, cut results out of `original`
/// with the same offsets. Also folded: no-break/thin/ideographic spaces and tabs -> ' ',
/// zero-width characters, BOM and soft hyphen -> ' ' (readers should drop them: clean_text),
/// dashes -> '-', smart quotes -> '"' / '\'', '…' -> '.', full-width ASCII -> ASCII, and the
/// spelling rule syllable-final "qui" -> "quy" (quí = quý, qui định = quy định).
struct MatchText {
  icu::UnicodeString original;
  icu::UnicodeString folded;

  /// UTF-8 of original[start, end).
  std::string utf8(int32_t start, int32_t end) const;
  int32_t length() const { return original.length(); }
};

/// Builds MatchText. Holds its tables; build once, reuse. It belongs to one thread (the Converter that
/// owns it): prepare() remembers the texts it folded lately, since every pass prepares the same paragraphs.
class Folder {
 public:
  Folder();

  /// Folds NFC UTF-8 text (callers normalize first; see Normalizer). A text prepared lately comes from a
  /// cache (ICU strings share their buffers: the copy is cheap).
  MatchText prepare(std::string_view nfc_utf8) const;

  /// In-place, length-preserving fold of a UTF-16 string.
  void fold(icu::UnicodeString& s) const;

  /// Convenience: folded form as UTF-8 ("Kế Hoạch" -> "ke hoach"), for keys and keyword tables.
  std::string fold_utf8(std::string_view nfc_utf8) const;

  /// Fold of one code unit (the table only: the qui/quy rule needs context, see fold()).
  char16_t fold_unit(char16_t c) const { return table_[c]; }

 private:
  MatchText prepare_uncached(std::string_view nfc_utf8) const;

  std::vector<char16_t> table_;  // one entry per BMP code unit
  // Direct-mapped by hash: enough for the paragraphs of a long document between two passes.
  static constexpr std::size_t kCacheSize = 2048;
  struct Cached {
    std::string key;
    MatchText text;
  };
  mutable std::vector<Cached> cache_;
};

}  // namespace vanban::text
