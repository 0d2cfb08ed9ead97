// Every block a reader gives is written somewhere, exactly once: front, preamble, lead, section
// headings and contents, closing, appendices. Invented documents, run through the whole pipeline.
#include <gtest/gtest.h>
#include <pugixml.hpp>
#include <rapidjson/document.h>

#include <map>
#include <string>

#include "api/converter.hpp"
#include "write/json_writer.hpp"
#include "write/xml_writer.hpp"

namespace vanban {
namespace {

std::string s(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// Counts the texts of paragraph objects (not descending into tables: a table is counted by its first
// cell) and the preamble strings.
void count_json(const rapidjson::Value& v, std::map<std::string, int>& seen) {
  if (v.IsArray()) {
    for (const auto& x : v.GetArray()) count_json(x, seen);
    return;
  }
  if (!v.IsObject()) return;
  if (v.HasMember("type") && v["type"].IsString()) {
    if (s(v["type"]) == "paragraph") ++seen[s(v["text"])];
    if (s(v["type"]) == "table") ++seen["table:" + s(v["rows"][0]["cells"][0]["text"])];
    return;
  }
  for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
    if (s(it->name) == "references" || s(it->name) == "deadlines" || s(it->name) == "tasks") continue;
    count_json(it->value, seen);
  }
}

void count_xml(pugi::xml_node n, std::map<std::string, int>& seen) {
  for (auto c : n.children()) {
    const std::string name = c.name();
    if (name == "paragraph") ++seen[c.child("text").text().get()];
    else if (name == "table")
      ++seen[std::string("table:") + c.child("rows").child("row").child("cells").child("cell").child("text").text().get()];
    else if (name != "references" && name != "deadlines" && name != "tasks") count_xml(c, seen);
  }
}

std::string key_of(const Block& b) {
  if (const auto* p = std::get_if<Paragraph>(&b)) return p->text;
  const auto& cell = std::get<Table>(b).rows.at(0).cells.at(0);
  std::string text;
  for (std::size_t i = 0; i < cell.paragraphs.size(); ++i) text += (i ? "\n" : "") + cell.paragraphs[i].text;
  return "table:" + text;
}

// Returns the JSON so that callers can check where a block went.
rapidjson::Document expect_each_block_once(const std::string& markdown) {
  Converter converter;
  ConvertOptions options;
  options.from = InputFormat::Markdown;
  const Document doc = converter.convert(markdown, options);
  rapidjson::Document json;
  EXPECT_FALSE(doc.blocks.empty());
  const std::string text = to_json(doc);
  json.Parse(text.c_str(), text.size());
  if (json.HasParseError()) {
    ADD_FAILURE() << text;
    return json;
  }
  std::map<std::string, int> in_json;
  count_json(json, in_json);
  for (const auto& p : json["preamble"].GetArray()) ++in_json[s(p)];

  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_string(to_xml(doc).c_str()));
  std::map<std::string, int> in_xml;
  count_xml(xml.child("document"), in_xml);
  for (auto t : xml.child("document").child("preamble").children("text")) ++in_xml[t.text().get()];

  for (const auto& b : doc.blocks) {
    const std::string k = key_of(b);
    if (k.empty()) continue;
    EXPECT_EQ(in_json[k], 1) << "JSON: " << k;
    EXPECT_EQ(in_xml[k], 1) << "XML: " << k;
  }
  return json;
}

TEST(DocumentCoverage, PlanWithLeadParagraphSectionsClosingAndAppendix) {
  const auto json = expect_each_block_once(
      "| ỦY BAN NHÂN DÂN<br>XÃ BÌNH MINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n"
      "|---|---|\n"
      "| Số: 41/KH-UBND | Bình Minh, ngày 03 tháng 2 năm 2026 |\n\n"
      "**KẾ HOẠCH**\n\n**Tổng vệ sinh môi trường đón Tết năm 2026**\n\n"
      "Thực hiện Công văn số 88/UBND-TNMT ngày 20/01/2026 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã "
      "xây dựng kế hoạch như sau:\n\n"
      "**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
      "1. Huy động các thôn, đoàn thể và người dân cùng ra quân dọn dẹp đường làng, ngõ xóm, kênh mương; "
      "thu gom rác thải về đúng nơi quy định, bảo đảm cảnh quan sạch đẹp trong dịp Tết Nguyên đán.\n\n"
      "**II. TỔ CHỨC THỰC HIỆN**\n\n"
      "Các thôn báo cáo kết quả trước ngày 12/02/2026.\n\n"
      "| Nơi nhận:<br>- UBND huyện (b/c);<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>Lê Văn Hòa |\n"
      "|---|---|\n\n"
      "**PHỤ LỤC**\n\n"
      "Danh sách tuyến đường ra quân\n");
  ASSERT_EQ(json["lead"].Size(), 1u);
  EXPECT_EQ(s(json["lead"][0]["text"]).rfind("Thực hiện Công văn số 88/UBND-TNMT", 0), 0u);
  const auto& item = json["sections"][0]["children"][0];
  ASSERT_EQ(item["heading"].Size(), 1u);
  EXPECT_EQ(s(item["heading"][0]["text"]).rfind("1. Huy động các thôn", 0), 0u) << "the whole paragraph, not the title";
}

TEST(DocumentCoverage, OfficialLetterWithoutSections) {
  const auto json = expect_each_block_once(
      "UBND HUYỆN ĐỒNG XUÂN\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 215/PGDĐT-TH\n\n"
      "V/v rà soát cơ sở vật chất năm học 2026 - 2027\n\n"
      "Đồng Xuân, ngày 14 tháng 5 năm 2026\n\n"
      "Kính gửi: Hiệu trưởng các trường tiểu học trên địa bàn huyện.\n\n"
      "Để chuẩn bị cho năm học mới, Phòng Giáo dục và Đào tạo đề nghị các trường rà soát phòng học, "
      "bàn ghế và thiết bị dạy học.\n\n"
      "Báo cáo gửi về Phòng trước ngày 30/5/2026 để tổng hợp.\n\n"
      "Nơi nhận:\n\n- Như trên;\n\n- Lưu: VT.\n\n"
      "TRƯỞNG PHÒNG\n\nĐinh Thị Mai\n");
  ASSERT_EQ(json["lead"].Size(), 2u) << "the body of a letter without sections";
  EXPECT_EQ(s(json["lead"][1]["text"]), "Báo cáo gửi về Phòng trước ngày 30/5/2026 để tổng hợp.");
}

}  // namespace
}  // namespace vanban
