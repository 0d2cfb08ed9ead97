#pragma once
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Finds the header, type line, subject, preamble, signature block, Nơi nhận and appendices; sets doc.front/preamble/body/closing/appendices and doc.metadata.
class FrontMatterPass {
 public:
  explicit FrontMatterPass(const text::TextKit& kit);
  void run(Document& doc) const;

 private:
  const text::TextKit& kit_;
};

}  // namespace vanban
