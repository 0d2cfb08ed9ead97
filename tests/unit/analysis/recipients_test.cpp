#include "analysis/recipients_parser.hpp"

#include <gtest/gtest.h>

namespace vanban::analysis {
namespace {

TEST(Recipients, CleansItems) {
  EXPECT_EQ(clean_list_item("- Như trên;"), "Như trên");
  EXPECT_EQ(clean_list_item("- Ban Thường vụ Huyện ủy,"), "Ban Thường vụ Huyện ủy");
  EXPECT_EQ(clean_list_item("- Lưu: VT, NC.Hà."), "Lưu: VT, NC.Hà");
  EXPECT_EQ(clean_list_item("+   Công  an tỉnh;"), "Công an tỉnh");
  EXPECT_EQ(clean_list_item("-"), "");
}

TEST(Recipients, CapitalsTailOfJoinedColumns) {
  auto [item, tail] = split_capitals_tail("- Như trên; KT. GIÁM ĐỐC");
  EXPECT_EQ(item, "- Như trên;");
  EXPECT_EQ(tail, "KT. GIÁM ĐỐC");
  auto [item2, tail2] = split_capitals_tail("- Lưu: VT, KT, NCKSTTHC.");
  EXPECT_EQ(item2, "- Lưu: VT, KT, NCKSTTHC.");
  EXPECT_TRUE(tail2.empty());
}

TEST(Recipients, ItemsRunIntoOneParagraphAreSplitAtTheNextBullet) {
  std::vector<Line> lines(1);
  lines[0].text = "Nơi nhận: - Như Điều 3; - Sở Tư pháp (b/c); - Cục Kiểm tra văn bản QPPL - Bộ Tư pháp; - Lưu: VT, NC.";
  std::vector<std::size_t> used;
  std::vector<std::pair<std::size_t, std::string>> spill;
  const auto items = read_recipient_items(
      lines, 0, "- Như Điều 3; - Sở Tư pháp (b/c); - Cục Kiểm tra văn bản QPPL - Bộ Tư pháp; - Lưu: VT, NC.", 1, used,
      spill);
  EXPECT_EQ(items, (std::vector<std::string>{"Như Điều 3", "Sở Tư pháp (b/c)", "Cục Kiểm tra văn bản QPPL - Bộ Tư pháp",
                                             "Lưu: VT, NC"}));
}

namespace {
std::vector<Line> cell_lines(std::initializer_list<const char*> texts) {
  std::vector<Line> out;
  for (const char* t : texts) out.push_back(Line{t, 4, true, 0, nullptr});
  return out;
}
}  // namespace

// Drafter initials stay as typed: "TCHC.Hòa" is not rewritten "TCHC. Hòa".
TEST(Recipients, DrafterInitialsAreKeptAsTyped) {
  EXPECT_EQ(clean_list_item("- Lưu: VT, TCHC.Hòa."), "Lưu: VT, TCHC.Hòa");
  EXPECT_EQ(clean_list_item("- Lưu: VT, VHXH.Tuấn"), "Lưu: VT, VHXH.Tuấn");
}

// The signature typed in the same cell under the list ends the list.
TEST(Recipients, SignatureUnderTheListInTheSameCellIsNoItem) {
  const auto lines = cell_lines({"Nơi nhận:", "- Sở Y tế;", "- Lưu: VT, NC.Hòa", "TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN",
                                 "Trịnh Văn Lộc"});
  std::vector<std::size_t> used{0};
  std::vector<std::pair<std::size_t, std::string>> spill;
  const auto items = read_recipient_items(lines, 0, "", lines.size(), used, spill);
  EXPECT_EQ(items, (std::vector<std::string>{"Sở Y tế", "Lưu: VT, NC.Hòa"}));
  EXPECT_EQ(used, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Recipients, CapitalsItemEndedByASemicolonStaysAnItem) {  // near miss
  const auto lines = cell_lines({"Nơi nhận:", "- Như trên;", "UBND CÁC XÃ, PHƯỜNG;", "- Lưu: VT."});
  std::vector<std::size_t> used{0};
  std::vector<std::pair<std::size_t, std::string>> spill;
  const auto items = read_recipient_items(lines, 0, "", lines.size(), used, spill);
  EXPECT_EQ(items, (std::vector<std::string>{"Như trên", "UBND CÁC XÃ, PHƯỜNG", "Lưu: VT"}));
}

}  // namespace
}  // namespace vanban::analysis
