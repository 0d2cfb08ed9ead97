#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/location.hpp"

namespace vanban::docx {

/// C0 control characters in run text. XML 1.0 allows none but tab, LF and CR, yet pugixml lets them
/// through, raw or as references (&#x2;). Each becomes a space (or nothing next to a space), and all
/// of a document's are told in one warning, by value and by paragraph. One per document, shared by the
/// model builders of its parts. (NUL is handled before the parse: nul_characters.hpp.)
class ControlChars {
 public:
  /// Cleans the text of one run in place, charging what it finds to the paragraph at `where`.
  void clean(std::string& text, const SourceLocation& where);

  /// The warning "docx.control-chars", located at the first paragraph; nothing when none was found.
  void report(Diagnostics& diags) const;

  static constexpr std::size_t kShownParagraphs = 3;

 private:
  void charge(const SourceLocation& where);

  std::size_t count_ = 0;
  std::array<std::size_t, 32> by_value_{};
  std::vector<SourceLocation> paragraphs_;  ///< the first few paragraphs with one
  std::size_t more_paragraphs_ = 0;
  SourceLocation last_;
};

}  // namespace vanban::docx
