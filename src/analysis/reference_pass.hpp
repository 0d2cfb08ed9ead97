#pragma once
#include "analysis/citation_scanner.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Finds every cited document in all text (body, tables, footnotes, front matter) into doc.references.
/// One Reference per distinct document: number/symbol + date, or the name of a law; every place it
/// is cited becomes an Occurrence.
class ReferencePass {
 public:
  explicit ReferencePass(const text::TextKit& kit);
  void run(Document& doc) const;

 private:
  /// True when `c` is the first thing of the paragraph, after a list label ("1.", "a)", "-") if any;
  /// `labelled` tells whether there was one.
  bool opens_with(const text::MatchText& text, const Citation& c, bool* labelled) const;

  const text::TextKit& kit_;
  CitationScanner scanner_;
  Pattern item_label_;
};

}  // namespace vanban
