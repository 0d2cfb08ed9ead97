#include "analysis/outline.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <initializer_list>

#include "analysis/front_matter.hpp"

namespace vanban {
namespace {

Document body_of(std::initializer_list<const char*> lines) {
  Document d;
  for (const char* l : lines) {
    Paragraph p;
    p.text = l;
    d.blocks.push_back(std::move(p));
  }
  d.body = BlockRange{0, d.blocks.size()};
  return d;
}

std::vector<std::string> paths_of(const Document& d) {
  std::vector<std::string> out;
  std::function<void(const std::vector<Section>&)> walk = [&](const std::vector<Section>& ss) {
    for (const auto& s : ss) {
      out.push_back(s.path);
      walk(s.children);
    }
  };
  walk(d.sections);
  return out;
}

class OutlineTest : public ::testing::Test {
 protected:
  text::TextKit kit;
  OutlinePass outline{kit};
};

TEST_F(OutlineTest, AdministrativeRomanArabicDottedLettered) {
  Document d = body_of({"Để triển khai hiệu quả, Sở Tài chính xây dựng kế hoạch như sau:", "I. MỤC TIÊU",
                        "1. Mục tiêu chung", "1.1. Nâng cao chất lượng dịch vụ công", "1.2 Giảm thời gian xử lý hồ sơ",
                        "a) Rút ngắn 30% thời gian", "- Số hóa hồ sơ đầu vào", "b) Không để hồ sơ trễ hạn", "2. Mục tiêu cụ thể",
                        "II. NHIỆM VỤ", "1.1. Rà soát thủ tục", "Có 1.000 hồ sơ được số hóa trong năm.", "III. KINH PHÍ"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"I", "I.1", "I.1.1", "I.1.2", "I.1.2.a", "I.1.2.b", "I.2", "II", "II.1.1",
                                                   "III"}));
  const Section& one_two = d.sections[0].children[0].children[1];
  EXPECT_EQ(one_two.label, "1.2");
  EXPECT_EQ(one_two.key, "2");
  EXPECT_EQ(one_two.kind, SectionKind::Dotted);
  EXPECT_EQ(one_two.level, 3);
  const Section& a = one_two.children[0];
  EXPECT_EQ(a.kind, SectionKind::Lettered);
  EXPECT_EQ(a.heading_block, 5u);
  EXPECT_EQ(a.blocks.begin, 6u);  // the bullet is content of a)
  EXPECT_EQ(a.blocks.end, 7u);
  // Own content excludes children; "1.000 hồ sơ" is content, not a label.
  EXPECT_EQ(d.sections[1].children[0].blocks.begin, 11u);
  EXPECT_EQ(d.sections[1].children[0].blocks.end, 12u);
  EXPECT_EQ(d.sections[0].blocks.begin, 2u);
  EXPECT_EQ(d.sections[0].blocks.end, 2u);
}

TEST_F(OutlineTest, PartyDashLabelsAndGaps) {
  Document d = body_of({"I- KẾT QUẢ", "1- Công tác tuyên truyền", "2- Công tác kiểm tra", "4- Công tác dân vận",
                        "II- PHƯƠNG HƯỚNG", "1- Tiếp tục quán triệt các nghị quyết"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"I", "I.1", "I.2", "I.4", "II", "II.1"}));
  EXPECT_EQ(d.sections[0].label, "I-");
  EXPECT_EQ(d.sections[1].children[0].title, "Tiếp tục quán triệt các nghị quyết");
}

TEST_F(OutlineTest, ChapterTitleOnTheNextParagraphAndDivisions) {
  Document d = body_of({"Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc thi đua.",
                        "Chương II", "TỔ CHỨC THỰC HIỆN", "Mục 1", "HỘI ĐỒNG THI ĐUA", "Điều 2. Thành phần Hội đồng",
                        "1. Chủ tịch Hội đồng là Chủ tịch UBND tỉnh.", "2. Các Phó Chủ tịch Hội đồng gồm:",
                        "a) Giám đốc Sở Nội vụ;", "b) Chủ tịch Liên đoàn Lao động tỉnh.", "Mục 2. KHEN THƯỞNG",
                        "Điều 3. Hình thức khen thưởng"});
  outline.run(d);
  EXPECT_EQ(paths_of(d),
            (std::vector<std::string>{"Chương I", "Chương I.Điều 1", "Chương II", "Chương II.Mục 1", "Chương II.Mục 1.Điều 2",
                                      "Chương II.Mục 1.Điều 2.1", "Chương II.Mục 1.Điều 2.2", "Chương II.Mục 1.Điều 2.2.a",
                                      "Chương II.Mục 1.Điều 2.2.b", "Chương II.Mục 2", "Chương II.Mục 2.Điều 3"}));
  EXPECT_EQ(d.sections[0].title, "NHỮNG QUY ĐỊNH CHUNG");
  EXPECT_EQ(d.sections[1].children[0].title, "HỘI ĐỒNG THI ĐUA");
  EXPECT_EQ(d.sections[1].children[1].title, "KHEN THƯỞNG");
  EXPECT_EQ(d.sections[1].children[0].children[0].children[1].title, "Các Phó Chủ tịch Hội đồng gồm");
}

TEST_F(OutlineTest, QuotedProvisionsOfAnAmendingTextAreContent) {
  Document d = body_of({"Điều 1. Sửa đổi, bổ sung Điều 9", "1. Sửa đổi điểm c khoản 1 Điều 9 như sau:",
                        "“c) Đối với hàng hóa dự trữ quốc gia: đơn vị dự trữ lập phương án giá;”;",
                        "2. Sửa đổi khoản 5 Điều 9 như sau:", "“5. Tổ chức, cá nhân lập phương án giá gồm:",
                        "a) Bộ Tài chính cung cấp thông tin giá;", "b) Bộ Công Thương cung cấp thông tin thị trường.”.",
                        "3. Bãi bỏ khoản 6 Điều 9.", "Điều 2. Hiệu lực thi hành"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"Điều 1", "Điều 1.1", "Điều 1.2", "Điều 1.3", "Điều 2"}));
  EXPECT_EQ(d.sections[0].children[1].blocks.begin, 4u);
  EXPECT_EQ(d.sections[0].children[1].blocks.end, 7u);
}

TEST_F(OutlineTest, ProvisionsQuotedWithReversedQuotesAreContent) {
  Document d = body_of({"Điều 1. Sửa đổi, bổ sung một số điều", "1. Sửa đổi khoản 3 Điều 2 như sau:",
                        "‟3. Định mức giờ giảng được xác định theo năm học.”", "2. Sửa đổi khoản 12 Điều 3 như sau:",
                        "‟12. Thực hiện các nhiệm vụ khác do Hiệu trưởng giao.”", "Điều 2. Hiệu lực thi hành"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"Điều 1", "Điều 1.1", "Điều 1.2", "Điều 2"}));
}

TEST_F(OutlineTest, LongNumberedParagraphTitleIsItsOpeningWords) {
  Document d = body_of({"II. TỔ CHỨC THỰC HIỆN",
                        "1. Phòng Văn hóa - Xã hội chủ trì, phối hợp với các đơn vị tổ chức tuyên truyền: xây dựng tin, bài "
                        "trên trang thông tin điện tử của xã; báo cáo kết quả trước ngày 20/12/2025."});
  outline.run(d);
  ASSERT_EQ(d.sections.size(), 1u);
  ASSERT_EQ(d.sections[0].children.size(), 1u);
  EXPECT_EQ(d.sections[0].children[0].title,
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp với các đơn vị tổ chức tuyên truyền");
}

TEST_F(OutlineTest, TablesAndBulletsAreNeverSections) {
  Document d = body_of({"I. LỊCH TRÌNH", "- 1. Không phải nhãn", "+ Tuần 1"});
  Table t;
  TableRow row;
  TableCell c;
  Paragraph p;
  p.text = "1. Kiểm tra Sở Y tế";
  c.paragraphs.push_back(p);
  row.cells.push_back(c);
  t.rows.push_back(row);
  d.blocks.push_back(t);
  d.body.end = d.blocks.size();
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"I"}));
  EXPECT_EQ(d.sections[0].blocks.end, 4u);
}

TEST_F(OutlineTest, MucOutsideANormativeTextIsNotALabel) {
  Document d = body_of({"I. NỘI DUNG", "Mục 1 Phụ lục kèm theo liệt kê các đơn vị.", "1. Rà soát"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"I", "I.1"}));
}

TEST_F(OutlineTest, LetteredPointsWithAPeriodAreLabels) {
  Document d = body_of({"I. NHIỆM VỤ", "1. Ra quân tổng vệ sinh", "a. Tổ chức ra quân tại các thôn", "b. Thu gom rác thải",
                        "Các hộ gia đình để rác đúng nơi quy định.", "c. Phun thuốc khử khuẩn", "2. Kiểm tra, đôn đốc",
                        "a- Thành lập tổ kiểm tra", "b- Báo cáo kết quả"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"I", "I.1", "I.1.a", "I.1.b", "I.1.c", "I.2", "I.2.a", "I.2.b"}));
  const Section& one = d.sections[0].children[0];
  EXPECT_EQ(one.title, "Ra quân tổng vệ sinh");
  ASSERT_EQ(one.children.size(), 3u);
  EXPECT_EQ(one.children[0].kind, SectionKind::Lettered);
  EXPECT_EQ(one.children[0].label, "a.");
  EXPECT_EQ(one.children[0].title, "Tổ chức ra quân tại các thôn");
  EXPECT_EQ(one.children[1].blocks.begin, 4u);  // the sentence after "b." is its content
  EXPECT_EQ(one.children[1].blocks.end, 5u);
  EXPECT_EQ(d.sections[0].children[1].children[0].label, "a-");
}

TEST_F(OutlineTest, LetteredPeriodOutOfSequenceIsText) {
  // "c." with no "b." before it, "x." after "a.": abbreviations or initials, not points.
  Document d = body_of({"1. Thu gom rác", "c. Không phải điểm của mục này", "a. Tổ chức ra quân", "x. Không phải điểm"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"1", "1.a"}));
  EXPECT_EQ(d.sections[0].blocks.end, 2u);
  EXPECT_EQ(d.sections[0].children[0].blocks.end, 4u);
}

TEST_F(OutlineTest, HeadingWithALineBreakTakesItsFirstLineAsTitle) {
  Document d = body_of({"I. KẾT QUẢ ĐẠT ĐƯỢC\nTrong 6 tháng đầu năm, các đơn vị đã hoàn thành 95% kế hoạch."});
  outline.run(d);
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].title, "KẾT QUẢ ĐẠT ĐƯỢC");
}

// A5: the attached regulation is a tree of its own after the body's sections; its type line and
// subject (outside doc.attached) are not sections, and "Mục" counts there as in any normative text.
TEST_F(OutlineTest, AttachedRegulationIsOutlinedAfterTheBody) {
  Document d = body_of({"Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho lưu trữ.",    // 0
                        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",                      // 1
                        "CHỦ TỊCH", "Hồ Văn Nam",                                                   // 2-3 closing
                        "QUY CHẾ", "Quản lý kho lưu trữ huyện",                                     // 4-5
                        "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",                // 6-8
                        "Mục 1", "LƯU TRỮ HỒ SƠ", "Điều 2. Thời hạn nộp lưu",                        // 9-11
                        "1. Hồ sơ nộp lưu trước ngày 30/6 hằng năm."});                             // 12
  d.body = BlockRange{0, 2};
  d.closing = BlockRange{2, 4};
  d.appendices = BlockRange{4, d.blocks.size()};
  d.attached = BlockRange{6, d.blocks.size()};
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"Điều 1", "Điều 2", "Chương I", "Chương I.Điều 1", "Chương I.Mục 1",
                                                   "Chương I.Mục 1.Điều 2", "Chương I.Mục 1.Điều 2.1"}));
  EXPECT_EQ(d.sections[1].blocks.end, 2u) << "the body's last article ends with the body";
  EXPECT_EQ(d.sections[2].title, "QUY ĐỊNH CHUNG");
}

TEST_F(OutlineTest, CapitalLetterPartsHoldRomanParts) {
  Document d = body_of({"A. KẾT QUẢ THỰC HIỆN NĂM 2019", "I. Tình hình chung", "Năm 2019 ghi nhận 410 ca bệnh.",
                        "B. KẾ HOẠCH NĂM 2020", "I. MỤC TIÊU", "1. Giảm 5% số ca mắc.", "II. GIẢI PHÁP",
                        "C. TỔ CHỨC THỰC HIỆN", "1. Trung tâm Y tế huyện là đầu mối.",
                        "E. GHI CHÚ NGOÀI TRÌNH TỰ"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"A", "A.I", "B", "B.I", "B.I.1", "B.II", "C", "C.1"}));
  EXPECT_EQ(d.sections[1].title, "KẾ HOẠCH NĂM 2020");
}

TEST_F(OutlineTest, OrdinalPartsInCapitalsReadLikeSentenceCase) {
  Document d = body_of({"PHẦN THỨ NHẤT", "ĐÁNH GIÁ TÌNH HÌNH", "I. KẾT QUẢ", "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG NĂM 2021"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"Phần thứ nhất", "Phần thứ nhất.I", "Phần thứ hai"}));
  EXPECT_EQ(d.sections[1].title, "PHƯƠNG HƯỚNG NĂM 2021");
}

TEST_F(OutlineTest, SentenceCaseLetterPartsOnlyWhenBold) {
  Document d = body_of({"A. Đánh giá kết quả năm 2018", "I. Mục tiêu", "B. Nhiệm vụ năm 2019", "II. Giải pháp"});
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"I", "II"}));
  for (std::size_t i : {0u, 2u}) std::get<Paragraph>(d.blocks[i]).style.bold = true;
  outline.run(d);
  EXPECT_EQ(paths_of(d), (std::vector<std::string>{"A", "A.I", "B", "B.II"}));
}

}  // namespace
}  // namespace vanban
