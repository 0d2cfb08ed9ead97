#include "write/json_writer.hpp"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "sample_document.hpp"

namespace vanban {
namespace {

rapidjson::Document parse(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  EXPECT_FALSE(d.HasParseError()) << json;
  return d;
}

std::string s(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

TEST(JsonWriter, WritesTopLevelFieldsInContractOrder) {
  const std::string json = to_json(testing::sample_document());
  const auto d = parse(json);
  const char* expected[] = {"schema_version", "source", "format", "metadata", "preamble", "sections", "footnotes",
                            "references", "deadlines", "tasks", "front", "lead", "closing", "appendices", "diagnostics"};
  std::size_t i = 0;
  for (auto it = d.MemberBegin(); it != d.MemberEnd(); ++it, ++i) {
    ASSERT_LT(i, std::size(expected));
    EXPECT_EQ(s(it->name), expected[i]);
  }
  EXPECT_EQ(i, std::size(expected));
  EXPECT_EQ(s(d["schema_version"]), kSchemaVersion);
  EXPECT_EQ(s(d["format"]), "markdown");
  EXPECT_EQ(json.back(), '\n');
}

TEST(JsonWriter, AbsentMetadataIsNullAndPartialDateIsIso) {
  const auto d = parse(to_json(testing::sample_document()));
  const auto& m = d["metadata"];
  EXPECT_TRUE(m["number"].IsNull());
  EXPECT_TRUE(m["place"].IsNull());
  EXPECT_EQ(s(m["number_symbol"]), "/KH-UBND");
  EXPECT_EQ(s(m["issue_date"]), "2025-04");
  EXPECT_TRUE(m["signer"]["authority"].IsNull());
  EXPECT_EQ(s(m["signer"]["name"]), "Trần Văn Bình");
  EXPECT_TRUE(m["draft"].GetBool());
  EXPECT_EQ(m["recipients"].Size(), 2u);
}

TEST(JsonWriter, EmptyDateIsNull) {
  Document doc = testing::sample_document();
  doc.metadata.issue_date = PartialDate{};
  EXPECT_TRUE(parse(to_json(doc))["metadata"]["issue_date"].IsNull());
}

TEST(JsonWriter, SectionHoldsItsContentBlocksButNotItsHeading) {
  const auto d = parse(to_json(testing::sample_document()));
  const auto& sec = d["sections"][0];
  EXPECT_EQ(s(sec["kind"]), "roman");
  EXPECT_EQ(s(sec["path"]), "I");
  EXPECT_EQ(sec["level"].GetInt(), 1);
  ASSERT_EQ(sec["blocks"].Size(), 2u);
  const auto& p = sec["blocks"][0];
  EXPECT_EQ(s(p["type"]), "paragraph");
  EXPECT_EQ(s(p["text"]), "Hoàn thành trước ngày 25/5/2025 \"đúng hạn\" <đủ> & gọn.");
  EXPECT_FALSE(p.HasMember("style")) << "no hints set, so no style object";
  EXPECT_EQ(p["footnote_marks"][0]["offset"].GetUint(), 10u);
  const auto& t = sec["blocks"][1];
  EXPECT_EQ(s(t["type"]), "table");
  EXPECT_EQ(s(t["rows"][0]["cells"][0]["text"]), "Văn phòng\nUBND xã");
  EXPECT_EQ(t["rows"][0]["cells"][0]["grid_span"].GetInt(), 2);
  EXPECT_EQ(t["rows"][0]["cells"][0]["paragraphs"].Size(), 2u);
  EXPECT_EQ(sec["children"].Size(), 0u);
}

TEST(JsonWriter, PreambleFrontAndClosingComeFromTheirRanges) {
  const auto d = parse(to_json(testing::sample_document()));
  ASSERT_EQ(d["preamble"].Size(), 1u);
  EXPECT_EQ(s(d["preamble"][0]), "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;");
  EXPECT_EQ(s(d["front"][0]["text"]), "ỦY BAN NHÂN DÂN\nXÃ HƯNG ĐẠO");
  EXPECT_EQ(s(d["closing"][0]["text"]), "CHỦ TỊCH");
  EXPECT_EQ(d["appendices"].Size(), 0u);
}

TEST(JsonWriter, LocationsKeepOnlyKnownFields) {
  const auto d = parse(to_json(testing::sample_document()));
  const auto& loc = d["deadlines"][0]["location"];
  EXPECT_EQ(loc["line"].GetUint(), 8u);
  EXPECT_EQ(loc["column"].GetUint(), 12u);
  EXPECT_FALSE(loc.HasMember("paragraph"));
  EXPECT_EQ(d["footnotes"][0]["location"].MemberCount(), 0u);
}

TEST(JsonWriter, DocxLocationsNameTheirPart) {
  Document doc = testing::sample_document();
  doc.footnotes[0].location.paragraph = 3;
  doc.footnotes[0].location.part = SourceLocation::Part::Footnotes;
  const auto d = parse(to_json(doc));
  const auto& loc = d["footnotes"][0]["location"];
  EXPECT_EQ(loc["paragraph"].GetUint(), 3u);
  EXPECT_EQ(s(loc["part"]), "footnotes");
  EXPECT_FALSE(loc.HasMember("line"));
  EXPECT_FALSE(d["sections"][0]["location"].HasMember("part")) << "the body is the default part";
}

TEST(JsonWriter, ReferencesDeadlinesTasksAndDiagnostics) {
  const auto d = parse(to_json(testing::sample_document()));
  const auto& r = d["references"][0];
  EXPECT_EQ(s(r["number_symbol"]), "30/2020/NĐ-CP");
  EXPECT_EQ(s(r["date"]), "2020-03-05");
  EXPECT_EQ(r["year"].GetInt(), 2020);
  EXPECT_TRUE(r["name"].IsNull());
  EXPECT_EQ(s(r["occurrences"][0]["where"]), "preamble");
  EXPECT_EQ(s(d["deadlines"][0]["value"]), "2025-05-25");
  EXPECT_TRUE(d["deadlines"][0]["assignee"].IsNull());
  EXPECT_EQ(d["tasks"][0]["deadline"].GetUint(), 0u);
  EXPECT_EQ(s(d["diagnostics"][0]["severity"]), "warning");
  EXPECT_EQ(s(d["diagnostics"][0]["code"]), "md.heading-level");
}

TEST(JsonWriter, EmptyDeadlineValueIsNull) {
  Document doc = testing::sample_document();
  doc.deadlines[0].value.clear();
  EXPECT_TRUE(parse(to_json(doc))["deadlines"][0]["value"].IsNull());
}

TEST(JsonWriter, PrettyAndCompactCarryTheSameData) {
  const Document doc = testing::sample_document();
  const std::string compact = to_json(doc);
  const std::string pretty = to_json(doc, JsonOptions{.pretty = true});
  EXPECT_NE(compact, pretty);
  EXPECT_NE(pretty.find("\n  \"metadata\": {"), std::string::npos);
  EXPECT_TRUE(parse(compact) == parse(pretty));
}

TEST(JsonWriter, SameDocumentGivesSameBytes) {
  EXPECT_EQ(to_json(testing::sample_document()), to_json(testing::sample_document()));
}

TEST(JsonWriter, InvalidUtf8AndControlCharactersStillGiveValidJson) {
  Document doc = testing::sample_document();
  doc.footnotes[0].text = std::string("ghi\x01 ch\xFF\xC3 ú");
  const auto d = parse(to_json(doc));
  EXPECT_EQ(s(d["footnotes"][0]["text"]), "ghi\x01 ch\xEF\xBF\xBD\xEF\xBF\xBD ú");
}

TEST(JsonWriter, OptionsLeaveOutBlocksAndDiagnostics) {
  const auto d = parse(to_json(testing::sample_document(), JsonOptions{.include_blocks = false, .include_diagnostics = false}));
  EXPECT_FALSE(d["sections"][0].HasMember("blocks"));
  EXPECT_FALSE(d.HasMember("front"));
  EXPECT_FALSE(d.HasMember("diagnostics"));
  EXPECT_TRUE(d["sections"][0].HasMember("children"));
}

TEST(JsonWriter, BadBlockRangesAreClampedNotFatal) {
  Document doc = testing::sample_document();
  doc.sections[0].blocks = {4, 99};
  doc.closing = {7, 3};
  const auto d = parse(to_json(doc));
  EXPECT_EQ(d["sections"][0]["blocks"].Size(), 2u);
  EXPECT_EQ(d["closing"].Size(), 0u);
}

TEST(JsonWriter, EmptyDocumentIsStillComplete) {
  Document doc;
  const auto d = parse(to_json(doc));
  EXPECT_TRUE(d["format"].IsNull());
  EXPECT_EQ(d["sections"].Size(), 0u);
  EXPECT_TRUE(d["metadata"]["doc_type"].IsNull());
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(JsonWriter, RelativeDeadlineCarriesDurationBasisAndAnchor) {
  Document doc = testing::sample_document();
  Deadline& d = doc.deadlines[0];
  d.value.clear();
  d.kind = "relative";
  d.duration = "P5D";
  d.working_days = true;
  d.anchor = "ngày nhận đủ hồ sơ";
  const auto j = parse(to_json(doc));
  const auto& out = j["deadlines"][0];
  EXPECT_TRUE(out["value"].IsNull());
  EXPECT_EQ(s(out["duration"]), "P5D");
  EXPECT_EQ(s(out["duration_basis"]), "working_days");
  EXPECT_EQ(s(out["anchor"]), "ngày nhận đủ hồ sơ");
}

TEST(JsonWriter, RelativeDeadlineWithoutDurationWritesNulls) {
  Document doc = testing::sample_document();
  Deadline& d = doc.deadlines[0];
  d.value.clear();
  d.kind = "relative";
  d.anchor = "năm trước liền kề";
  const auto j = parse(to_json(doc));
  EXPECT_TRUE(j["deadlines"][0]["duration"].IsNull());
  EXPECT_TRUE(j["deadlines"][0]["duration_basis"].IsNull());
  EXPECT_EQ(s(j["deadlines"][0]["anchor"]), "năm trước liền kề");
}

TEST(JsonWriter, DatedDeadlineHasNoRelativeFieldsAndMetadataNoYear) {
  const auto j = parse(to_json(testing::sample_document()));
  EXPECT_FALSE(j["deadlines"][0].HasMember("duration"));
  EXPECT_FALSE(j["deadlines"][0].HasMember("anchor"));
  EXPECT_FALSE(j["metadata"].HasMember("year"));
}

TEST(JsonWriter, InferredYearIsWrittenAfterInferred) {
  Document doc = testing::sample_document();
  doc.metadata.issue_date.reset();
  doc.metadata.year = 2026;
  doc.metadata.inferred.push_back("year");
  const auto j = parse(to_json(doc));
  EXPECT_EQ(j["metadata"]["year"].GetInt(), 2026);
  EXPECT_TRUE(j["metadata"]["issue_date"].IsNull());
}

}  // namespace
}  // namespace vanban
