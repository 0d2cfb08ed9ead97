#include "ingest/pdf/page_lines.hpp"

#include <gtest/gtest.h>

namespace vanban::pdf {
namespace {

TEST(PageLines, JoinsPagesWithFormFeedsAsPdftotextDoes) {
  PageLines pages;
  pages.add_page("KẾ HOẠCH\nI. MỤC ĐÍCH\n");
  pages.add_page("II. NỘI DUNG\n");
  EXPECT_EQ(pages.text(), "KẾ HOẠCH\nI. MỤC ĐÍCH\n\fII. NỘI DUNG\n\f");
  EXPECT_EQ(pages.pages(), 2u);
}

TEST(PageLines, TurnsLinesOfTheWholeTextIntoPageAndLine) {
  PageLines pages;
  pages.add_page("a\nb\nc\n");  // lines 1-3
  pages.add_page("");           // an empty page: no line of its own
  pages.add_page("d\ne");       // lines 4-5 (no final newline: one is added)
  const auto at = [&](std::uint32_t line) { return pages.to_page(SourceLocation{.line = line, .column = 2}); };
  EXPECT_EQ(at(1).page, 1u);
  EXPECT_EQ(at(3).line, 3u);
  EXPECT_EQ(at(4).page, 3u);
  EXPECT_EQ(at(4).line, 1u);
  EXPECT_EQ(at(5).line, 2u);
  EXPECT_EQ(at(5).column, 2u);
  EXPECT_EQ(pages.to_page(SourceLocation{}).page, 0u);  // unknown stays unknown
}

}  // namespace
}  // namespace vanban::pdf
