#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "text/legacy_encoding.hpp"

namespace vanban::docx {

/// Turns the text of runs set in TCVN3 (.VnTime…), VNI (VNI-Times…) or VISCII fonts back into
/// Unicode when the text really is legacy-encoded — decided by the text (text::detect_legacy),
/// because many Unicode documents still name those fonts. The decision is taken per paragraph and
/// font, on all the paragraph's text in that font: runs are split anywhere, and one syllable is
/// too little to judge. One per document.
class LegacyRuns {
 public:
  /// Collects the text of one run of the paragraph being judged.
  void add_paragraph_text(std::string_view run_text, std::string_view font);
  /// Decides the encoding of each legacy font seen since the last call; then to_unicode() applies it.
  void judge_paragraph();

  /// The run's text in Unicode (unchanged for Unicode fonts and Unicode text).
  std::string to_unicode(std::string_view run_text, std::string_view font);

  /// Number of runs converted so far (for an Info diagnostic).
  std::size_t converted_runs() const { return converted_; }

 private:
  std::map<std::string, std::string, std::less<>> pending_;                 ///< font -> paragraph text in it
  std::map<std::string, text::LegacyEncoding, std::less<>> verdict_;       ///< font -> decided encoding
  std::size_t converted_ = 0;
};

}  // namespace vanban::docx
