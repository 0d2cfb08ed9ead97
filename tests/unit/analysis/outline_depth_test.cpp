#include <gtest/gtest.h>

#include "analysis/outline_depth.hpp"

namespace vanban {
namespace {

// A chain of sections 1 > 1.1 > 1.1.1 > …, each heading at block i with no content of its own.
Document chain(int depth) {
  Document doc;
  for (int i = 0; i < depth; ++i) {
    Paragraph p;
    p.text = "mục " + std::to_string(i + 1);
    doc.blocks.emplace_back(p);
  }
  std::vector<Section>* level = &doc.sections;
  for (int i = 0; i < depth; ++i) {
    Section s;
    s.label = std::to_string(i + 1) + ".";
    s.level = i + 1;
    s.heading_block = static_cast<std::size_t>(i);
    s.blocks = {static_cast<std::size_t>(i) + 1, static_cast<std::size_t>(i) + 1};
    s.location.line = static_cast<std::uint32_t>(i + 1);
    level->push_back(s);
    level = &level->back().children;
  }
  doc.body = {0, doc.blocks.size()};
  return doc;
}

TEST(OutlineDepth, LeavesAnOutlineWithinTheLimit) {
  Document doc = chain(3);
  limit_outline_depth(doc, 3);
  EXPECT_TRUE(doc.diagnostics.items().empty());
  EXPECT_EQ(doc.sections[0].children[0].children.size(), 1u);
}

TEST(OutlineDepth, DeeperSectionsBecomeTheContentOfTheLastLevelKept) {
  Document doc = chain(6);
  limit_outline_depth(doc, 2);
  const Section& kept = doc.sections[0].children[0];
  EXPECT_TRUE(kept.children.empty());
  EXPECT_EQ(kept.blocks.begin, 2u);  // its own content now runs over the dropped headings
  EXPECT_EQ(kept.blocks.end, 6u);
  ASSERT_EQ(doc.diagnostics.items().size(), 1u);
  const Diagnostic& d = doc.diagnostics.items().front();
  EXPECT_EQ(d.code, "outline.limit-depth");
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.message, "4 section(s) nested deeper than the limit of 2 levels, the first labelled \"3.\", were kept as "
                       "text of the section above them (raise the limit with --max-outline-depth)");
  EXPECT_EQ(d.location.line, 3u);
}

}  // namespace
}  // namespace vanban
