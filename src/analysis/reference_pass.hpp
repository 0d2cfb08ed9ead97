#pragma once
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Finds every cited document in all text (body, tables, footnotes, front matter) into doc.references.
class ReferencePass {
 public:
  explicit ReferencePass(const text::TextKit& kit);
  void run(Document& doc) const;

 private:
  const text::TextKit& kit_;
};

}  // namespace vanban
