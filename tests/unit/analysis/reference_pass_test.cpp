#include "analysis/reference_pass.hpp"

#include <gtest/gtest.h>

#include "text/text_kit.hpp"

namespace vanban {
namespace {

Paragraph para(std::string text) {
  Paragraph p;
  p.text = std::move(text);
  return p;
}

class ReferencePassTest : public ::testing::Test {
 protected:
  void run() { ReferencePass(kit).run(doc); }
  const Reference* find(const std::string& id) {
    for (const auto& r : doc.references)
      if (r.id == id) return &r;
    return nullptr;
  }
  text::TextKit kit;
  Document doc;
};

TEST_F(ReferencePassTest, LaterShortMentionJoinsTheDatedCitation) {
  doc.blocks.push_back(para("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND huyện Bảo Lâm về du lịch."));
  doc.blocks.push_back(para("- Theo dõi việc thực hiện Kế hoạch số 45/KH-UBND."));
  run();
  ASSERT_EQ(doc.references.size(), 1u);
  const auto& r = doc.references[0];
  EXPECT_EQ(r.id, "45/KH-UBND@2025-03-12");
  EXPECT_EQ(r.issuer, "UBND huyện Bảo Lâm");
  EXPECT_EQ(r.relation, "implements");
  ASSERT_EQ(r.occurrences.size(), 2u);
  EXPECT_EQ(r.occurrences[1].text, "Kế hoạch số 45/KH-UBND");
  EXPECT_EQ(r.occurrences[1].where, "body");
}

TEST_F(ReferencePassTest, SameNumberTwoDatesAreTwoDocuments) {
  doc.blocks.push_back(para("Kết luận số 05-KL/TW ngày 10/6/2016 của Bộ Chính trị về học tập; Kết luận số 05-KL/TW ngày 3/3/2021 của Bộ Chính trị về dân vận."));
  run();
  ASSERT_EQ(doc.references.size(), 2u);
  EXPECT_NE(find("05-KL/TW@2016-06-10"), nullptr);
  EXPECT_NE(find("05-KL/TW@2021-03-03"), nullptr);
}

TEST_F(ReferencePassTest, DatedMentionFillsInAnEarlierUndatedOne) {
  doc.blocks.push_back(para("triển khai Chỉ thị số 15/CT-TTg để thực hiện"));
  doc.blocks.push_back(para("Chỉ thị số 15/CT-TTg ngày 4/7/2025 của Thủ tướng Chính phủ về chuyển đổi số."));
  run();
  ASSERT_EQ(doc.references.size(), 1u);
  EXPECT_EQ(doc.references[0].date->iso(), "2025-07-04");
  EXPECT_EQ(doc.references[0].id, "15/CT-TTg@2025-07-04");
  EXPECT_EQ(doc.references[0].issuer, "Thủ tướng Chính phủ");
}

TEST_F(ReferencePassTest, IssuerFromTheSymbolIsMarkedInferred) {
  doc.blocks.push_back(para("thực hiện Quyết định số 612/QĐ-TTg ngày 02/8/2027 về chuyển đổi số."));
  doc.blocks.push_back(para("Chỉ thị số 17/CT-TTg ngày 9/9/2027 của Thủ tướng Chính phủ về phòng dịch."));
  run();
  ASSERT_EQ(doc.references.size(), 2u);
  EXPECT_EQ(doc.references[0].issuer, "Thủ tướng Chính phủ");
  EXPECT_TRUE(doc.references[0].issuer_inferred);
  EXPECT_EQ(doc.references[1].issuer, "Thủ tướng Chính phủ");
  EXPECT_FALSE(doc.references[1].issuer_inferred);  // the text names it
}

TEST_F(ReferencePassTest, NearMissWrittenIssuerLaterWinsOverInference) {
  doc.blocks.push_back(para("theo Quyết định số 88/QĐ-TTg,"));
  doc.blocks.push_back(para("Quyết định số 88/QĐ-TTg ngày 1/2/2027 của Phó Thủ tướng Chính phủ về giao thông."));
  run();
  ASSERT_EQ(doc.references.size(), 1u);
  EXPECT_EQ(doc.references[0].issuer, "Phó Thủ tướng Chính phủ");
  EXPECT_FALSE(doc.references[0].issuer_inferred);
}

TEST_F(ReferencePassTest, TypeWordVariesButNumberSymbolDecides) {
  doc.blocks.push_back(para("Công văn số 812/UBND-VX ngày 9/9/2025 của UBND tỉnh"));
  doc.blocks.push_back(para("như Văn bản số 812/UBND-VX đã nêu"));
  run();
  ASSERT_EQ(doc.references.size(), 1u);
  EXPECT_EQ(doc.references[0].type, "Công văn");
}

TEST_F(ReferencePassTest, OwnNumberIsNotAReference) {
  doc.metadata.number = "12";
  doc.metadata.number_symbol = "12/KH-UBND";
  doc.metadata.issue_date = PartialDate{2025, 4, 2};
  doc.blocks.push_back(para("(Kèm theo Kế hoạch số 12/KH-UBND ngày 02/4/2025 của UBND tỉnh)"));
  run();
  EXPECT_TRUE(doc.references.empty());
}

TEST_F(ReferencePassTest, FootnotesTablesAndPreambleAreSearched) {
  doc.blocks.push_back(para("Căn cứ Luật Đất đai năm 2024;"));
  Paragraph marked = para("với trọng tâm là công tác dân vận.");
  marked.footnote_marks.push_back({"1", 10});
  doc.blocks.push_back(marked);
  Table t;
  TableRow row;
  TableCell cell;
  cell.paragraphs.push_back(para("Triển khai Kế hoạch số 7/KH-SNV ngày 2/1/2026"));
  row.cells.push_back(cell);
  t.rows.push_back(row);
  doc.blocks.push_back(t);
  doc.preamble = {0, 1};
  doc.body = {1, 3};
  Section s;
  s.path = "II.1";
  s.key = "1";
  s.blocks = {1, 3};
  doc.sections.push_back(s);
  doc.footnotes.push_back({"1", "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.", {}});
  run();
  ASSERT_EQ(doc.references.size(), 3u);
  EXPECT_EQ(doc.references[0].id, "law:luat đat đai");
  EXPECT_EQ(doc.references[0].name, "Luật Đất đai");
  EXPECT_EQ(doc.references[0].occurrences[0].where, "preamble");
  EXPECT_EQ(doc.references[0].relation, "basis");
  EXPECT_EQ(doc.references[1].occurrences[0].where, "table");
  EXPECT_EQ(doc.references[1].occurrences[0].path, "II.1");
  EXPECT_EQ(doc.references[2].occurrences[0].where, "footnote:1");
  EXPECT_EQ(doc.references[2].occurrences[0].path, "II.1");
}

TEST_F(ReferencePassTest, LawByNameJoinsTheNumberedLawOfThatName) {
  doc.blocks.push_back(para("Căn cứ Luật Giá số 16/2023/QH15;"));
  doc.blocks.push_back(para("theo quy định tại Điều 55 Luật Giá."));
  run();
  ASSERT_EQ(doc.references.size(), 1u);
  EXPECT_EQ(doc.references[0].number_symbol, "16/2023/QH15");
  EXPECT_EQ(doc.references[0].name, "Luật Giá");
  EXPECT_EQ(doc.references[0].occurrences.size(), 2u);
}

TEST_F(ReferencePassTest, LawMentionedTwiceIsOneReference) {
  doc.blocks.push_back(para("Luật Thực hiện dân chủ ở cơ sở năm 2022; Nghị định số 59/2023/NĐ-CP quy định chi tiết Luật Thực hiện dân chủ ở cơ sở."));
  run();
  ASSERT_EQ(doc.references.size(), 2u);
  EXPECT_EQ(doc.references[0].id, "law:luat thuc hien dan chu o co so");
  EXPECT_EQ(doc.references[0].year, 2022);
  EXPECT_EQ(doc.references[0].occurrences.size(), 2u);
}


TEST_F(ReferencePassTest, ItemsUnderARepealingArticleAreRepealed) {
  doc.blocks.push_back(para("Điều 1. Bãi bỏ toàn bộ các quyết định sau"));
  doc.blocks.push_back(para("1. Quyết định số 12/2015/QĐ-UBND ngày 3/4/2015 của UBND tỉnh quy định về phí chợ."));
  doc.blocks.push_back(para("2. Quyết định số 30/2019/QĐ-UBND ngày 8/9/2019 của UBND tỉnh theo Nghị định số 5/2018/NĐ-CP."));
  doc.blocks.push_back(para("Điều 2. Tổ chức thực hiện"));
  doc.blocks.push_back(para("Quyết định số 41/2021/QĐ-UBND ngày 1/2/2021 của UBND tỉnh tiếp tục có hiệu lực."));
  Section art1;
  art1.label = "Điều 1.";
  art1.key = "1";
  art1.kind = SectionKind::Article;
  art1.path = "Điều 1";
  art1.heading_block = 0;
  art1.blocks = {1, 1};
  for (std::size_t i : {1u, 2u}) {
    Section k;
    k.label = std::to_string(i) + ".";
    k.key = std::to_string(i);
    k.path = "Điều 1." + k.key;
    k.heading_block = i;
    k.blocks = {i + 1, i + 1};
    art1.children.push_back(k);
  }
  Section art2;
  art2.label = "Điều 2.";
  art2.key = "2";
  art2.kind = SectionKind::Article;
  art2.path = "Điều 2";
  art2.heading_block = 3;
  art2.blocks = {4, 5};
  doc.sections = {art1, art2};
  run();
  ASSERT_EQ(doc.references.size(), 4u);
  EXPECT_EQ(doc.references[0].relation, "repeals");
  EXPECT_EQ(doc.references[1].relation, "repeals");
  EXPECT_FALSE(doc.references[2].relation);  // the decree a repealed decision was based on
  EXPECT_FALSE(doc.references[3].relation);  // another article: the list has ended
}

TEST_F(ReferencePassTest, ListEndsAtAParagraphThatDoesNotOpenWithACitation) {
  doc.blocks.push_back(para("Thay thế các văn bản sau:"));
  doc.blocks.push_back(para("- Kế hoạch số 7/KH-UBND ngày 2/2/2024 của UBND huyện;"));
  doc.blocks.push_back(para("Các phòng, ban căn cứ nội dung trên để thực hiện."));
  doc.blocks.push_back(para("- Kế hoạch số 9/KH-UBND ngày 5/5/2024 của UBND huyện."));
  run();
  ASSERT_EQ(doc.references.size(), 2u);
  EXPECT_EQ(doc.references[0].relation, "replaces");
  EXPECT_FALSE(doc.references[1].relation);
}


TEST_F(ReferencePassTest, UnlabelledItemsFormASemicolonChain) {
  doc.blocks.push_back(para("Bãi bỏ các quyết định sau:"));
  doc.blocks.push_back(para("Quyết định số 1/2015/QĐ-UBND ngày 5/1/2015 của UBND tỉnh;"));
  doc.blocks.push_back(para("Quyết định số 2/2016/QĐ-UBND ngày 6/1/2016 của UBND tỉnh."));
  doc.blocks.push_back(para("Quyết định số 3/2017/QĐ-UBND ngày 7/1/2017 của UBND tỉnh tiếp tục có hiệu lực."));
  run();
  ASSERT_EQ(doc.references.size(), 3u);
  EXPECT_EQ(doc.references[0].relation, "repeals");
  EXPECT_EQ(doc.references[1].relation, "repeals");
  EXPECT_FALSE(doc.references[2].relation);
}

TEST_F(ReferencePassTest, TableOfRepealedDocumentsAfterTheCue) {
  doc.blocks.push_back(para("Bãi bỏ các văn bản quy phạm pháp luật sau đây:"));
  Table t;
  auto row = [](std::vector<std::string> texts) {
    TableRow r;
    for (auto& x : texts) {
      TableCell c;
      c.paragraphs.push_back(para(x));
      r.cells.push_back(c);
    }
    return r;
  };
  t.rows.push_back(row({"STT", "Tên văn bản", "Lý do"}));
  t.rows.push_back(row({"1", "Quyết định số 3/2014/QĐ-UBND ngày 2/1/2014 của UBND tỉnh", "Hết hiệu lực theo Quyết định số 8/2024/QĐ-UBND"}));
  t.rows.push_back(row({"2", "Chỉ thị số 5/2016/CT-UBND ngày 7/7/2016 của UBND tỉnh", "Hết đối tượng điều chỉnh"}));
  doc.blocks.push_back(t);
  doc.blocks.push_back(para("Quyết định số 9/2024/QĐ-UBND ngày 1/3/2024 của UBND tỉnh vẫn còn hiệu lực."));
  doc.blocks.push_back(para("Các sở rà soát văn bản."));
  doc.blocks.push_back(para("- Quyết định số 10/2024/QĐ-UBND ngày 2/3/2024 của UBND tỉnh."));
  run();
  ASSERT_EQ(doc.references.size(), 5u);
  EXPECT_EQ(doc.references[0].relation, "repeals");
  EXPECT_FALSE(doc.references[1].relation);  // in the "Lý do" cell
  EXPECT_EQ(doc.references[2].relation, "repeals");
  EXPECT_FALSE(doc.references[3].relation);  // a sentence after the table, not an item
  EXPECT_FALSE(doc.references[4].relation);
}

TEST_F(ReferencePassTest, TwoDecisionsCungNgayShareTheDate) {
  doc.blocks.push_back(para("Ủy ban nhân dân huyện ban hành Quyết định số 2417/QĐ-UBND, 2418/QĐ-UBND cùng ngày 05/3/2027 "
                            "phân bổ vốn sự nghiệp."));
  run();
  ASSERT_TRUE(find("2417/QĐ-UBND@2027-03-05"));
  ASSERT_TRUE(find("2418/QĐ-UBND@2027-03-05"));
  EXPECT_EQ(doc.references.size(), 2u);
}

}  // namespace
}  // namespace vanban
