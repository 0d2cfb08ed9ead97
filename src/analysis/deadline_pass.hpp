#pragma once
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Finds deadlines (and tasks) into doc.deadlines / doc.tasks.
class DeadlinePass {
 public:
  explicit DeadlinePass(const text::TextKit& kit);
  void run(Document& doc) const;

 private:
  const text::TextKit& kit_;
};

}  // namespace vanban
