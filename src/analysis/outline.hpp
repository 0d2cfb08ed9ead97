#pragma once
#include <memory>

#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Builds doc.sections over doc.body, then over doc.attached (a regulation attached after the
/// closing), from the labels in the text (never from heading levels).
/// Ranks: Phần > Chương > Mục > Điều > Roman > Arabic ("1.", khoản) > dotted ("1.1.") > lettered
/// ("a)", điểm; "a." / "a-" only in sequence: the first point "a.", or the letter after the
/// previous point's). Bullets, table lines and quoted provisions of amending texts are content.
/// Paths join keys from the top ("II.3", "I.1.2"); normative levels keep their word ("Chương I.Điều 3").
class OutlinePass {
 public:
  explicit OutlinePass(const text::TextKit& kit);
  ~OutlinePass();
  OutlinePass(OutlinePass&&) noexcept;
  void run(Document& doc) const;

 private:
  /// Appends the sections found in doc.blocks[range] to doc.sections (a tree of its own).
  void outline(Document& doc, BlockRange range) const;
  struct Impl;  // the label matcher
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban
