#include "analysis/task_extractor.hpp"

#include <string_view>

namespace vanban {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool under(const std::string& path, const std::string& root) {
  return path == root || (path.size() > root.size() && starts_with(path, root) && path[root.size()] == '.');
}

}  // namespace

TaskExtractor::TaskExtractor(const text::Folder& folder, const AssigneeFinder& assignees)
    : folder_(folder), assignees_(assignees) {}

void TaskExtractor::run(Document& doc) const {
  auto is_organisation_part = [&](const Section& s) {
    const std::string t = folder_.fold_utf8(s.title);
    return starts_with(t, "to chuc thuc hien") || starts_with(t, "trach nhiem thuc hien") ||
           starts_with(t, "phan cong nhiem vu") || starts_with(t, "phan cong thuc hien");
  };
  auto visit = [&](auto&& self, const Section& s) -> void {
    if (!is_organisation_part(s)) {
      for (const auto& c : s.children) self(self, c);
      return;
    }
    for (const auto& item : s.children) {
      std::string heading;
      if (item.heading_block < doc.blocks.size())
        if (const auto* p = std::get_if<Paragraph>(&doc.blocks[item.heading_block])) heading = p->text;
      auto unit = assignees_.in_heading(item.title);
      if (!unit && !heading.empty()) unit = assignees_.in_sentence(heading);
      if (!unit) continue;
      Task t;
      t.unit = *unit;
      t.role = "lead";
      t.text = heading.empty() ? item.title : heading;
      t.path = item.path;
      for (std::size_t i = 0; i < doc.deadlines.size(); ++i)
        if (under(doc.deadlines[i].path, item.path)) {
          t.deadline = i;
          break;
        }
      doc.tasks.push_back(std::move(t));
    }
  };
  for (const auto& s : doc.sections) visit(visit, s);
}

}  // namespace vanban
