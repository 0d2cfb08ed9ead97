// Lettered points written "a." / "a-" are labels (never the rest of the paragraph before them),
// but only in sequence; reflowed paragraphs say that they were hard-wrapped.
#include <gtest/gtest.h>

#include "api/converter.hpp"
#include "ingest/markdown/point_letters.hpp"
#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using Texts = std::vector<std::string>;
using testing::find_diagnostic;
using testing::paragraph_at;
using testing::paragraph_texts;
using testing::read_md;

TEST(MarkdownPointLetters, RecognizesPointLabels) {
  using md::leading_point_letter;
  EXPECT_EQ(leading_point_letter("a. Tổ chức ra quân").letter, U'a');
  EXPECT_TRUE(leading_point_letter("a. Tổ chức ra quân").loose);
  EXPECT_EQ(leading_point_letter("đ- Các chi bộ").letter, U'đ');
  EXPECT_EQ(leading_point_letter("  b) Thu gom rác").letter, U'b');
  EXPECT_FALSE(leading_point_letter("b) Thu gom rác").loose);
  for (const char* not_point : {"A. Nguyễn Văn", "v.v. các nội dung", "a.", "a. ", "ab. xyz", "ă. Không", "1. Mục tiêu",
                                "a,b và c"}) {
    EXPECT_EQ(leading_point_letter(not_point).letter, 0u) << not_point;
  }
}

TEST(MarkdownPointLetters, LoosePointsCountOnlyInSequence) {
  md::PointSequence points;
  EXPECT_FALSE(points.opens_point("c. Không phải điểm"));
  EXPECT_FALSE(points.opens_point("đ. Tổng cộng"));
  EXPECT_TRUE(points.opens_point("a. Tổ chức"));
  EXPECT_TRUE(points.opens_point("c) Phun thuốc"));  // "c)" is a label anywhere
  points.see("a. Tổ chức");
  EXPECT_TRUE(points.opens_point("b. Thu gom"));
  EXPECT_FALSE(points.opens_point("c. Phun thuốc"));
  points.see("b. Thu gom");
  points.see("Các hộ gia đình thực hiện.");  // text between points keeps the sequence
  EXPECT_TRUE(points.opens_point("c. Phun thuốc"));
  EXPECT_TRUE(md::follows_letter(U'd', U'đ'));
  EXPECT_TRUE(md::follows_letter(U'đ', U'e'));
  EXPECT_TRUE(md::follows_letter(U'e', U'g'));
  EXPECT_FALSE(md::follows_letter(U'a', U'c'));
}

TEST(MarkdownPoints, LetteredPointsAfterATitleAreNotJoinedToIt) {
  const Document doc = read_md("1\\. Ra quân tổng vệ sinh\n\na. Tổ chức ra quân\n\nb. Thu gom rác\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"1. Ra quân tổng vệ sinh", "a. Tổ chức ra quân", "b. Thu gom rác"}));
  EXPECT_EQ(find_diagnostic(doc, "md.paragraphs-joined"), nullptr);
}

TEST(MarkdownPoints, PointsWithAPeriodBecomeLetteredSectionsOfTheOutline) {
  // The bug report: I.1 used to get the title "Ra quân tổng vệ sinh a. Tổ chức ra quân b. Thu gom rác".
  Converter converter;
  ConvertOptions options;
  options.from = InputFormat::Markdown;
  const Document doc = converter.convert(
      "I. NHIỆM VỤ\n\n1\\. Ra quân tổng vệ sinh\n\na. Tổ chức ra quân\n\nb. Thu gom rác\n", options);
  ASSERT_EQ(doc.sections.size(), 1u);
  ASSERT_EQ(doc.sections[0].children.size(), 1u);
  const Section& one = doc.sections[0].children[0];
  EXPECT_EQ(one.path, "I.1");
  EXPECT_EQ(one.title, "Ra quân tổng vệ sinh");
  ASSERT_EQ(one.children.size(), 2u);
  EXPECT_EQ(one.children[0].path, "I.1.a");
  EXPECT_EQ(one.children[0].kind, SectionKind::Lettered);
  EXPECT_EQ(one.children[0].title, "Tổ chức ra quân");
  EXPECT_EQ(one.children[1].path, "I.1.b");
  EXPECT_EQ(one.children[1].title, "Thu gom rác");
}

TEST(MarkdownPoints, PartyDashPointsAndTextBetweenPoints) {
  const Document doc = read_md("2- Kiểm tra việc thực hiện\n\na- Thành lập đoàn kiểm tra của Đảng ủy\n\n"
                               "gồm đồng chí Bí thư và các ủy viên\n\nb- Báo cáo kết quả kiểm tra\n");
  // "gồm…" continues point a-, "b-" follows "a-".
  EXPECT_EQ(paragraph_texts(doc),
            (Texts{"2- Kiểm tra việc thực hiện", "a- Thành lập đoàn kiểm tra của Đảng ủy gồm đồng chí Bí thư và các ủy viên",
                   "b- Báo cáo kết quả kiểm tra"}));
}

TEST(MarkdownPoints, HardWrappedPointsStartTheirOwnParagraphs) {
  const Document doc = read_md("1. Ra quân tổng vệ sinh môi trường\na. Tổ chức ra quân tại các thôn, tổ dân phố\n"
                               "b. Thu gom rác thải ở khu vực chợ\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"1. Ra quân tổng vệ sinh môi trường", "a. Tổ chức ra quân tại các thôn, tổ dân phố",
                                         "b. Thu gom rác thải ở khu vực chợ"}));
}

TEST(MarkdownPoints, AnAbbreviationOutOfSequenceIsStillJoined) {
  // "đ." for "đồng" after a wrap, and a lone "c." with no "b." before it, are text.
  Document doc = read_md("Tổng kinh phí hỗ trợ là 500.000\nđ. Số còn lại chuyển sang năm sau.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"Tổng kinh phí hỗ trợ là 500.000 đ. Số còn lại chuyển sang năm sau."}));
  doc = read_md("Phần kinh phí còn lại của thôn\n\nc. và thôn d. được chuyển sang năm sau.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"Phần kinh phí còn lại của thôn c. và thôn d. được chuyển sang năm sau."}));
}

TEST(MarkdownHardWrapped, ReflowedParagraphsAreMarked) {
  const Document doc = read_md("Ủy ban nhân dân xã xây dựng kế hoạch tổng vệ sinh\nmôi trường năm 2026 như sau:\n\n"
                               "I. MỤC ĐÍCH, YÊU CẦU\n\n- Nâng cao nhận thức của người dân.\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(paragraph_at(doc, 0).text, "Ủy ban nhân dân xã xây dựng kế hoạch tổng vệ sinh môi trường năm 2026 như sau:");
  EXPECT_TRUE(paragraph_at(doc, 0).style.hard_wrapped);
  EXPECT_FALSE(paragraph_at(doc, 1).style.hard_wrapped);
  EXPECT_FALSE(paragraph_at(doc, 2).style.hard_wrapped);
}

TEST(MarkdownHardWrapped, AParagraphJoinedAcrossAPageBreakIsMarked) {
  const Document doc = read_md("- Tăng cường kiểm tra việc thu gom, vận chuyển và xử lý rác thải của\n\n"
                               "các thôn, tổ dân phố trên địa bàn xã.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(paragraph_at(doc, 0).style.hard_wrapped);
}

}  // namespace
}  // namespace vanban
