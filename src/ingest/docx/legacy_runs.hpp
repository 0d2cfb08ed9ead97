#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "text/legacy_encoding.hpp"

namespace vanban::docx {

/// Turns the text of runs set in TCVN3 (.VnTime…), VNI (VNI-Times…) or VISCII fonts back into
/// Unicode when the text really is legacy-encoded — decided by the text (text::detect_legacy),
/// because many Unicode documents still name those fonts. The decision is taken per FONT over the
/// whole document (all the text of the runs in that font): a short run such as "Sè:" reads as valid
/// Unicode and as TCVN3 "Số:", and only the rest of the document can tell. A paragraph overrides
/// the document's verdict for a font only when its own text clearly reads otherwise (a Unicode
/// paragraph pasted into a legacy document). Fonts the survey did not see (notes only) are judged
/// per paragraph. One per document.
class LegacyRuns {
 public:
  /// Survey: adds the paragraph text collected by add_paragraph_text() to the document's text.
  void survey_paragraph();
  /// Decides each surveyed legacy font's encoding over the whole document.
  void judge_document();

  /// Collects the text of one run of the paragraph being judged.
  void add_paragraph_text(std::string_view run_text, std::string_view font);
  /// Decides the encoding of each legacy font seen since the last call; then to_unicode() applies it.
  void judge_paragraph();

  /// The run's text in Unicode (unchanged for Unicode fonts and Unicode text).
  std::string to_unicode(std::string_view run_text, std::string_view font);

  /// Number of runs converted so far (for an Info diagnostic).
  std::size_t converted_runs() const { return converted_; }

  /// A paragraph's own reading overrides the document's verdict above this confidence: a tie
  /// between two readings ("Sè" / "Số") scores at most 0.5.
  static constexpr double kAmbiguousParagraph = 0.5;

 private:
  std::map<std::string, std::string, std::less<>> document_text_;            ///< font -> all its text
  std::map<std::string, text::LegacyEncoding, std::less<>> document_verdict_;  ///< font -> document encoding
  std::map<std::string, std::string, std::less<>> pending_;                  ///< font -> paragraph text in it
  std::map<std::string, text::LegacyEncoding, std::less<>> verdict_;        ///< font -> decided encoding
  std::size_t converted_ = 0;
};

}  // namespace vanban::docx
