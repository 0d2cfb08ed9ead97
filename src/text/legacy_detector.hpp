#pragma once
#include <string_view>

#include "text/legacy_encoding.hpp"
#include "text/syllable_validator.hpp"

namespace vanban::text {

/// What a piece of text is most likely encoded in, and how sure we are: the net share of words
/// with non-ASCII letters that read as valid Vietnamese syllables in the chosen reading (0 = no
/// such words, e.g. pure ASCII; halved when another reading scores the same).
struct Detection {
  LegacyEncoding encoding = LegacyEncoding::None;
  double confidence = 0.0;
};

/// Detects legacy encodings by text statistics, not by font name: each candidate decoding is
/// scored by how many of its words that contain non-ASCII letters are valid Vietnamese
/// syllables, minus those that are not; the best score wins, then the reading with fewer
/// non-Vietnamese characters inside words; remaining ties keep the text as it is (None), or go
/// to the font hint when the readings agree or there is no evidence.
/// Build once, reuse; all methods are const.
class LegacyDetector {
 public:
  /// Valid UTF-8 (a DOCX run, a paragraph) is compared as-is (None) against
  /// decode_legacy_run() with each encoding; other bytes against decode_legacy().
  /// `font_hint` (from encoding_for_font) only breaks ties, e.g. pure-ASCII runs.
  Detection detect(std::string_view bytes_or_run_text, LegacyEncoding font_hint = LegacyEncoding::None) const;

  /// For a whole text file that is NOT valid UTF-8: chooses among TCVN3, VNI, VISCII and
  /// Windows-1258 (looks at the first 256 KiB).
  Detection detect_file(std::string_view bytes) const;

  /// Net score of already-decoded text: valid minus invalid words that have non-ASCII letters.
  /// `words` receives the number of such words, `junk` the number of non-ASCII characters in
  /// words that are not Vietnamese letters ('©', 'µ', 'ñ'), which breaks ties between readings
  /// of word fragments (a .VnTimeH run holding only the capital 'Ế' of "KẾ").
  int score(const icu::UnicodeString& text, int* words = nullptr, int* junk = nullptr) const;

  /// The syllable checker it scores with, for other statistics of text (a PDF text layer's quality).
  const SyllableValidator& validator() const { return validator_; }

 private:
  SyllableValidator validator_;
};

/// detect() of a shared immutable detector.
///   detect_legacy("Uû ban nh©n d©n", LegacyEncoding::Tcvn3).encoding == LegacyEncoding::Tcvn3
///   detect_legacy("Ủy ban nhân dân", LegacyEncoding::Tcvn3).encoding == LegacyEncoding::None
Detection detect_legacy(std::string_view bytes_or_run_text, LegacyEncoding font_hint = LegacyEncoding::None);

/// detect_file() of a shared immutable detector; returns None only for valid UTF-8 input.
Detection detect_file_encoding(std::string_view bytes);

}  // namespace vanban::text
