#pragma once
#include "analysis/deadline_assignee.hpp"
#include "model/document.hpp"
#include "text/match_text.hpp"

namespace vanban {

/// Turns the items of a "Tổ chức thực hiện" part into doc.tasks: one task per item whose heading
/// names a unit ("1. Sở Nội vụ chủ trì …", "4. Ủy ban nhân dân các tỉnh, thành phố"), linked to the
/// first deadline found under that item. Runs after the deadlines are known.
class TaskExtractor {
 public:
  TaskExtractor(const text::Folder& folder, const AssigneeFinder& assignees);
  void run(Document& doc) const;

 private:
  const text::Folder& folder_;
  const AssigneeFinder& assignees_;
};

}  // namespace vanban
