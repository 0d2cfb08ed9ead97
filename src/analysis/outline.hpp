#pragma once
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Builds doc.sections over doc.body from the labels in the text (never from heading levels).
class OutlinePass {
 public:
  explicit OutlinePass(const text::TextKit& kit);
  void run(Document& doc) const;

 private:
  const text::TextKit& kit_;
};

}  // namespace vanban
