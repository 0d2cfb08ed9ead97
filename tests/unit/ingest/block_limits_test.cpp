#include <gtest/gtest.h>

#include "ingest/block_limits.hpp"

namespace vanban {
namespace {

Paragraph para(std::string text, std::uint32_t line) {
  Paragraph p;
  p.text = std::move(text);
  p.location.line = line;
  p.location.column = 1;
  return p;
}

TEST(BlockLimits, AcceptsADocumentWithinTheLimits) {
  Document doc;
  doc.blocks.emplace_back(para("Kế hoạch", 1));
  EXPECT_TRUE(check_block_limits(doc, InputLimits{}));
  EXPECT_FALSE(doc.diagnostics.has_fatal());
}

TEST(BlockLimits, RefusesAParagraphOverTheLimitAtItsPlace) {
  Document doc;
  doc.blocks.emplace_back(para("Kế hoạch", 1));
  doc.blocks.emplace_back(para(std::string(101, 'a'), 3));
  InputLimits limits;
  limits.max_paragraph_bytes = 100;
  EXPECT_FALSE(check_block_limits(doc, limits));
  ASSERT_EQ(doc.diagnostics.items().size(), 1u);
  const Diagnostic& d = doc.diagnostics.items().front();
  EXPECT_EQ(d.code, "input.limit-paragraph");
  EXPECT_EQ(d.severity, Severity::Fatal);
  EXPECT_EQ(d.message, "a paragraph holds 101 bytes of text, over the limit of 100 bytes per paragraph (raise it with "
                       "--max-paragraph-bytes)");
  EXPECT_EQ(d.location.line, 3u);
}

TEST(BlockLimits, RefusesATableWithTooManyCells) {
  Document doc;
  Table t;
  t.location.paragraph = 4;
  for (int r = 0; r < 3; ++r) t.rows.push_back(TableRow{{TableCell{}, TableCell{}}});
  doc.blocks.emplace_back(t);
  InputLimits limits;
  limits.max_table_cells = 5;
  EXPECT_FALSE(check_block_limits(doc, limits));
  EXPECT_EQ(doc.diagnostics.items().front().message,
            "a table has 6 cells (3 rows), over the limit of 5 cells per table (raise it with --max-table-cells)");
  EXPECT_EQ(doc.diagnostics.items().front().location.paragraph, 4u);
}

TEST(BlockLimits, ChecksCellParagraphsAndFootnotes) {
  Document doc;
  Table t;
  TableCell cell;
  cell.paragraphs.push_back(para(std::string(20, 'b'), 2));
  t.rows.push_back(TableRow{{cell}});
  doc.blocks.emplace_back(t);
  InputLimits limits;
  limits.max_paragraph_bytes = 10;
  EXPECT_FALSE(check_block_limits(doc, limits));
  EXPECT_NE(doc.diagnostics.items().front().message.find("a paragraph of a table cell holds 20 bytes"), std::string::npos);

  Document notes;
  notes.footnotes.push_back(Footnote{"3", std::string(11, 'c'), {}});
  EXPECT_FALSE(check_block_limits(notes, limits));
  EXPECT_NE(notes.diagnostics.items().front().message.find("footnote 3 holds 11 bytes"), std::string::npos);
}

}  // namespace
}  // namespace vanban
