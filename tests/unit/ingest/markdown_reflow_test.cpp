#include <gtest/gtest.h>

#include "ingest/markdown/line_shape.hpp"
#include "ingest/markdown/reflow.hpp"

namespace vanban::md {
namespace {

RawParagraph block_of(std::initializer_list<const char*> lines) {
  RawParagraph p;
  std::size_t offset = 0;
  for (const char* l : lines) {
    p.lines.push_back({l, offset});
    offset += std::string_view(l).size() + 1;
  }
  return p;
}

std::vector<std::string> texts(const std::vector<ReflowedParagraph>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(p.text);
  return out;
}

TEST(MarkdownLineShape, RecognizesOutlineLabels) {
  for (const char* line : {"I. NGUYÊN TẮC", "II- TỔ CHỨC", "1. Việc sắp xếp", "1.1. Mục tiêu", "2.3.1 Nội dung",
                           "a) Khẩn trương", "đ) Định kỳ", "(1) Tên cơ quan", "Điều 5. Hiệu lực", "Điều 12a. Bổ sung",
                           "Chương II", "Chương III QUY ĐỊNH CHUNG", "Mục 1. Phạm vi", "Phần thứ nhất", "Phụ lục I",
                           "7) Báo cáo"}) {
    EXPECT_EQ(leading_label(line).kind, LabelKind::Outline) << line;
  }
}

TEST(MarkdownLineShape, NumbersAndWordsAreNotLabels) {
  for (const char* line : {"2025 của Chính phủ", "1 Điều 9 của Nghị định này", "1.000.000 đồng", "Điều này quy định",
                           "Điều 9 của Nghị định", "Mục tiêu của kế hoạch", "Phụ lục kèm theo", "10.5.2024 là ngày",
                           "Chương trình mục tiêu", "I am", "ab) không"}) {
    EXPECT_EQ(leading_label(line).kind, LabelKind::None) << line;
  }
}

TEST(MarkdownLineShape, RecognizesBulletsAndQuotedProvisions) {
  EXPECT_EQ(leading_label("- Như trên;").kind, LabelKind::Bullet);
  EXPECT_EQ(leading_label("+ Phòng Nội vụ").kind, LabelKind::Bullet);
  EXPECT_EQ(leading_label("• Tăng cường").kind, LabelKind::Bullet);
  EXPECT_TRUE(leading_label("- xã hội của địa phương").lowercase_after);
  EXPECT_EQ(leading_label("“c) Đối với hàng hóa").kind, LabelKind::QuotedProvision);
  EXPECT_EQ(leading_label("\"5. Tổ chức, cá nhân").kind, LabelKind::QuotedProvision);
  EXPECT_EQ(leading_label("“Cả nước chung sức”").kind, LabelKind::None);
}

TEST(MarkdownLineShape, SentenceEndsAndCaps) {
  EXPECT_TRUE(ends_with_terminal("lập phương án giá;”;"));
  EXPECT_TRUE(ends_with_terminal("thực hiện./."));
  EXPECT_TRUE(ends_with_terminal("như sau: "));
  EXPECT_FALSE(ends_with_terminal("như: \"Dân vận khéo\","));
  EXPECT_FALSE(ends_with_terminal("Trung ương Đảng (khóa IX)"));
  EXPECT_FALSE(ends_with_terminal("tái định cư..."));
  EXPECT_TRUE(ends_with_terminal("tái định cư...", true));
  EXPECT_TRUE(is_all_caps("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  EXPECT_TRUE(is_all_caps("KT. THỦ TƯỚNG"));
  EXPECT_FALSE(is_all_caps("UBND huyện"));
  EXPECT_FALSE(is_all_caps("12/KH"));
  EXPECT_TRUE(starts_lowercase("đường lối của Đảng"));
  EXPECT_TRUE(starts_lowercase("(qua Phòng Nội vụ)"));
  EXPECT_FALSE(starts_lowercase("Ủy ban nhân dân"));
}

TEST(MarkdownLineShape, StandaloneHeaderLines) {
  EXPECT_TRUE(is_standalone_header_line("Số: 45/KH-UBND"));
  EXPECT_TRUE(is_standalone_header_line("Số ......(2)......"));
  EXPECT_TRUE(is_standalone_header_line("Độc lập - Tự do - Hạnh phúc"));
  EXPECT_TRUE(is_standalone_header_line("Đà Lạt, ngày 12 tháng 3 năm 2025"));
  EXPECT_TRUE(is_standalone_header_line("(Ký tên, đóng dấu)"));
  EXPECT_FALSE(is_standalone_header_line("Số lượng thôn, tổ dân phố giảm dần"));
  EXPECT_FALSE(is_standalone_header_line("Thực hiện Kết luận ngày 18 tháng 5 năm 2026 của Bộ Chính trị về sắp xếp"));
}

class MarkdownReflow : public ::testing::Test {
 protected:
  Reflower reflower{60};  // a file whose wrapped lines hold about 60 characters
};

TEST_F(MarkdownReflow, JoinsHardWrappedLinesWithOneSpace) {
  const auto out = reflower.reflow(block_of({"Ủy ban nhân dân xã tổ chức rà soát toàn bộ thôn, tổ dân phố",
                                             "trên địa bàn; xây dựng phương án sắp xếp phù hợp với kinh tế -",
                                             "xã hội của địa phương."}));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text,
            "Ủy ban nhân dân xã tổ chức rà soát toàn bộ thôn, tổ dân phố trên địa bàn; xây dựng phương án sắp xếp "
            "phù hợp với kinh tế - xã hội của địa phương.");
  EXPECT_EQ(out[0].offset, 0u);
}

TEST_F(MarkdownReflow, LabelsStartNewParagraphs) {
  const auto out = reflower.reflow(block_of({"4. Ủy ban nhân dân các tỉnh, thành phố", "a) Khẩn trương rà soát toàn bộ thôn,",
                                             "tổ dân phố trên địa bàn;", "“c) Đối với hàng hóa thuộc diện bình ổn",
                                             "giá;”;", "Điều 6. Hiệu lực thi hành", "- Như trên;", "+ Lưu: VT."}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{"4. Ủy ban nhân dân các tỉnh, thành phố",
                                                  "a) Khẩn trương rà soát toàn bộ thôn, tổ dân phố trên địa bàn;",
                                                  "“c) Đối với hàng hóa thuộc diện bình ổn giá;”;",
                                                  "Điều 6. Hiệu lực thi hành", "- Như trên;", "+ Lưu: VT."}));
  EXPECT_GT(out[1].offset, out[0].offset);
}

TEST_F(MarkdownReflow, AWrappedDashBeforeALowercaseWordIsNotABullet) {
  const auto out = reflower.reflow(block_of({"gắn với yêu cầu phát triển kinh tế", "- xã hội của địa phương."}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{"gắn với yêu cầu phát triển kinh tế - xã hội của địa phương."}));
}

TEST_F(MarkdownReflow, ShortLinesEndingASentenceEndTheParagraph) {
  const auto out = reflower.reflow(block_of({"Căn cứ Luật Tổ chức chính quyền địa phương;",
                                             "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của",
                                             "Chính phủ về công tác văn thư;", "Xét đề nghị của Trưởng phòng Nội vụ.",
                                             "Phương án sắp xếp phải gắn với yêu cầu cơ cấu lại đội ngũ",
                                             "cán bộ cấp xã."}));
  EXPECT_EQ(texts(out),
            (std::vector<std::string>{"Căn cứ Luật Tổ chức chính quyền địa phương;",
                                      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác "
                                      "văn thư;",
                                      "Xét đề nghị của Trưởng phòng Nội vụ.",
                                      "Phương án sắp xếp phải gắn với yêu cầu cơ cấu lại đội ngũ cán bộ cấp xã."}));
}

TEST_F(MarkdownReflow, CanCuAfterTheShortLastLineOfATitleStartsAParagraph) {
  const auto out = reflower.reflow(block_of({"Quy định tiêu chuẩn cơ sở vật chất của các trường mầm non",
                                             "thuộc phạm vi quản lý của Sở Giáo dục",
                                             "Căn cứ Luật Giáo dục số 43/2019/QH14;"}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{
                            "Quy định tiêu chuẩn cơ sở vật chất của các trường mầm non thuộc phạm vi quản lý của Sở "
                            "Giáo dục",
                            "Căn cứ Luật Giáo dục số 43/2019/QH14;"}));
}

TEST_F(MarkdownReflow, CanCuAfterALineThatRunsOnContinuesIt) {
  const auto out = reflower.reflow(block_of({"Hồ sơ được lập và lưu giữ theo", "Căn cứ pháp lý đã nêu tại Điều 3."}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{"Hồ sơ được lập và lưu giữ theo Căn cứ pháp lý đã nêu tại Điều 3."}));
}

// A short line ending with ';' goes on when the next line continues in lower case (a title or a
// list of clauses wrapped at its ';'); before a capital or a label it ends the paragraph.
TEST_F(MarkdownReflow, AShortLineEndingWithASemicolonGoesOnInLowerCase) {
  const auto out = reflower.reflow(block_of({"Quy định chức danh nghề nghiệp;", "tiêu chuẩn xét thăng hạng viên chức.",
                                             "Căn cứ Luật Viên chức;", "Căn cứ Luật Lao động;", "a) Lập hồ sơ;",
                                             "b) Gửi hồ sơ."}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{"Quy định chức danh nghề nghiệp; tiêu chuẩn xét thăng hạng viên chức.",
                                                  "Căn cứ Luật Viên chức;", "Căn cứ Luật Lao động;", "a) Lập hồ sơ;",
                                                  "b) Gửi hồ sơ."}));
}

TEST_F(MarkdownReflow, HeaderAndCapsLinesStandAlone) {
  const auto out = reflower.reflow(block_of({"ỦY BAN NHÂN DÂN", "HUYỆN SƠN HÀ", "Số: 45/KH-UBND",
                                             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                             "Sơn Hà, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH",
                                             "Kiểm tra công tác cải cách hành chính", "năm 2025"}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "HUYỆN SƠN HÀ", "Số: 45/KH-UBND",
                                                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                                  "Sơn Hà, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH",
                                                  "Kiểm tra công tác cải cách hành chính năm 2025"}));
}

TEST_F(MarkdownReflow, RecipientsAndSignatureLinesStaySeparate) {
  const auto out = reflower.reflow(block_of({"Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, NV.", "KT. CHỦ TỊCH",
                                             "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Thị Mai"}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{"Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, NV.", "KT. CHỦ TỊCH",
                                                  "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Thị Mai"}));
}

TEST_F(MarkdownReflow, AWrappedSubjectInParenthesesGoesOn) {
  const auto out = reflower.reflow(block_of({"V/v đề nghị định giá", "(hoặc điều chỉnh giá)", "hàng hóa, dịch vụ"}));
  EXPECT_EQ(texts(out), (std::vector<std::string>{"V/v đề nghị định giá (hoặc điều chỉnh giá) hàng hóa, dịch vụ"}));
}

TEST_F(MarkdownReflow, MarkIdsFollowTheirParagraphs) {
  RawParagraph p = block_of({"a) Rà soát văn bản\x1F;", "b) Báo cáo kết quả\x1F và đề xuất\x1F."});
  p.mark_ids = {"1", "2", "3"};
  const auto out = reflower.reflow(p);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].mark_ids, (std::vector<std::string>{"1"}));
  EXPECT_EQ(out[1].mark_ids, (std::vector<std::string>{"2", "3"}));
}

TEST(MarkdownReflowWidth, TypicalWidthIsTheMedianOfWrappedLines) {
  std::vector<RawBlock> blocks;
  RawParagraph p;
  for (int i = 0; i < 10; ++i) p.lines.push_back({std::string(70 + (i % 3), 'x'), 0});
  p.lines.push_back({"ngắn.", 0});
  blocks.emplace_back(p);
  EXPECT_EQ(Reflower::typical_width(blocks), 71u);
  EXPECT_EQ(Reflower::typical_width({}), 0u);
}

}  // namespace
}  // namespace vanban::md

namespace vanban::md {
namespace {

TEST(MarkdownReflowGlue, SymbolsCutAtASlashOrGluedHyphenAreRejoined) {
  const Reflower reflower{60};
  auto one = [&](std::initializer_list<const char*> lines) {
    const auto out = reflower.reflow(block_of(lines));
    return out.size() == 1 ? out[0].text : std::string("<split>");
  };
  EXPECT_EQ(one({"Thực hiện Kế hoạch số 69/KH-", "UBND ngày 26/02/2024"}), "Thực hiện Kế hoạch số 69/KH-UBND ngày 26/02/2024");
  EXPECT_EQ(one({"theo Nghị định số 83/", "2023/NĐ-CP của Chính phủ"}), "theo Nghị định số 83/2023/NĐ-CP của Chính phủ");
  EXPECT_EQ(one({"giai đoạn 2021-", "2025 của huyện"}), "giai đoạn 2021-2025 của huyện");
  EXPECT_EQ(one({"phát triển kinh tế -", "xã hội của xã"}), "phát triển kinh tế - xã hội của xã");
}

}  // namespace
}  // namespace vanban::md

namespace vanban::md {
namespace {

TEST(MarkdownReflowHeadings, AShortHeadingEndsBeforeACapitalizedLine) {
  const Reflower reflower{60};
  EXPECT_EQ(texts(reflower.reflow(block_of({"Điều 2. Bãi bỏ một phần", "Bãi bỏ khoản 4 Điều 7 của Quy chế ban hành kèm",
                                            "theo Quyết định này."}))),
            (std::vector<std::string>{"Điều 2. Bãi bỏ một phần",
                                      "Bãi bỏ khoản 4 Điều 7 của Quy chế ban hành kèm theo Quyết định này."}));
  EXPECT_EQ(texts(reflower.reflow(block_of({"1. Kết quả đạt được", "Đến hết tháng 5, toàn huyện có 14 xã hoàn thành"}))),
            (std::vector<std::string>{"1. Kết quả đạt được", "Đến hết tháng 5, toàn huyện có 14 xã hoàn thành"}));
}

TEST(MarkdownReflowHeadings, AWrappedHeadingOrAFullLineGoesOn) {
  const Reflower reflower{60};
  // The title goes on in lowercase.
  EXPECT_EQ(texts(reflower.reflow(block_of({"Điều 7. Sửa đổi một số điểm của Nghị định", "số 45/2023/NĐ-CP"}))),
            (std::vector<std::string>{"Điều 7. Sửa đổi một số điểm của Nghị định số 45/2023/NĐ-CP"}));
  // The line ran to the width of the file: the capital is a name inside the sentence.
  EXPECT_EQ(texts(reflower.reflow(block_of({"2. Giao Phòng Tài chính - Kế hoạch huyện chủ trì rà soát nhu",
                                            "Ủy ban nhân dân các xã phối hợp thực hiện."}))).size(),
            1u);
  // A heading that ends on a connective word goes on whatever the next word.
  EXPECT_EQ(texts(reflower.reflow(block_of({"3. Trách nhiệm của", "Ủy ban nhân dân các xã"}))),
            (std::vector<std::string>{"3. Trách nhiệm của Ủy ban nhân dân các xã"}));
}

TEST(MarkdownReflowWidth, HeaderAndHeadingLinesOfAnUnwrappedFileDoNotSetTheWidth) {
  // Every paragraph is one long line; only header, heading and signature blocks have several lines.
  const std::string long_line(170, 'x');
  std::vector<RawBlock> blocks;
  blocks.emplace_back(block_of({"UBND HUYỆN ĐĂK HÀ", "PHÒNG NỘI VỤ"}));
  for (int i = 0; i < 6; ++i) blocks.emplace_back(block_of({"1. Kết quả đạt được", long_line.c_str()}));
  blocks.emplace_back(block_of({"KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"}));
  EXPECT_EQ(Reflower::typical_width(blocks), 0u);
  const Reflower reflower(Reflower::typical_width(blocks));
  EXPECT_EQ(texts(reflower.reflow(block_of({"UBND HUYỆN ĐĂK HÀ", "PHÒNG NỘI VỤ"}))),
            (std::vector<std::string>{"UBND HUYỆN ĐĂK HÀ", "PHÒNG NỘI VỤ"}));
  EXPECT_EQ(texts(reflower.reflow(block_of({"KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"}))),
            (std::vector<std::string>{"KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"}));
  EXPECT_EQ(texts(reflower.reflow(block_of({"II. NHIỆM VỤ", "Tiếp tục rà soát hồ sơ cán bộ"}))),
            (std::vector<std::string>{"II. NHIỆM VỤ", "Tiếp tục rà soát hồ sơ cán bộ"}));
  // A wrapped all-caps title that ends on a connective word goes on.
  EXPECT_EQ(texts(reflower.reflow(block_of({"TỔNG KẾT CÔNG TÁC THI ĐUA VÀ", "KHEN THƯỞNG NĂM 2026"}))),
            (std::vector<std::string>{"TỔNG KẾT CÔNG TÁC THI ĐUA VÀ KHEN THƯỞNG NĂM 2026"}));
}

TEST(MarkdownReflowGlue, ASymbolCutAfterACapitalAndItsHyphenIsRejoined) {
  const Reflower reflower{60};
  auto one = [&](std::initializer_list<const char*> lines) {
    const auto out = reflower.reflow(block_of(lines));
    return out.size() == 1 ? out[0].text : std::string("<split>");
  };
  EXPECT_EQ(one({"Sửa đổi Điều 5 của Quy định kèm theo Quyết định số 27/2022/QĐ-", "UBND ngày 14/6/2022 của tỉnh."}),
            "Sửa đổi Điều 5 của Quy định kèm theo Quyết định số 27/2022/QĐ-UBND ngày 14/6/2022 của tỉnh.");
  EXPECT_EQ(one({"Thực hiện Chỉ thị số 08/CT-", "TTg ngày 03/4/2025"}), "Thực hiện Chỉ thị số 08/CT-TTg ngày 03/4/2025");
  EXPECT_EQ(one({"Nghị quyết số 12/NQ-", "HĐND ngày 9/12/2024"}), "Nghị quyết số 12/NQ-HĐND ngày 9/12/2024");
}

}  // namespace
}  // namespace vanban::md
