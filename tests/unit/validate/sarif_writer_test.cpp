#include "validate/sarif_writer.hpp"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace vanban::validate {
namespace {

TEST(SarifWriter, PathsBecomeUriReferences) {
  EXPECT_EQ(path_to_uri("docs/ke-hoach_1.md"), "docs/ke-hoach_1.md");
  EXPECT_EQ(path_to_uri("kế hoạch.md"), "k%E1%BA%BF%20ho%E1%BA%A1ch.md");
  EXPECT_EQ(path_to_uri("a#b?.md"), "a%23b%3F.md");
}

TEST(SarifWriter, TextFindingHasLineColumnAndSnippet) {
  Finding f;
  f.code = "VB201";
  f.severity = Severity::Error;
  f.message = "type code mismatch";
  f.location.line = 3;
  f.location.column = 10;
  f.excerpt = "Số: 15/QĐ-UBND";
  rapidjson::Document d;
  d.Parse(sarif_log({{"plan.md", false, {f}, {}}}).c_str());
  ASSERT_FALSE(d.HasParseError());
  const auto& result = d["runs"][0]["results"][0];
  EXPECT_STREQ(result["ruleId"].GetString(), "VB201");
  EXPECT_STREQ(result["level"].GetString(), "error");
  const auto& region = result["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"].GetInt(), 3);
  EXPECT_EQ(region["startColumn"].GetInt(), 10);
  EXPECT_STREQ(region["snippet"]["text"].GetString(), "Số: 15/QĐ-UBND");
  EXPECT_TRUE(d["runs"][0]["invocations"][0]["executionSuccessful"].GetBool());
}

TEST(SarifWriter, DocxFindingIsAParagraphWithoutLine) {
  Finding f;
  f.code = "VB801";
  f.severity = Severity::Info;
  f.message = "blank number";
  f.location.paragraph = 7;
  f.excerpt = "Số:      /KH-UBND";
  rapidjson::Document d;
  d.Parse(sarif_log({{"plan.docx", true, {f}, {}}}).c_str());
  ASSERT_FALSE(d.HasParseError());
  const auto& loc = d["runs"][0]["results"][0]["locations"][0];
  EXPECT_STREQ(d["runs"][0]["results"][0]["level"].GetString(), "note");
  EXPECT_FALSE(loc["physicalLocation"]["region"].HasMember("startLine"));
  EXPECT_STREQ(loc["logicalLocations"][0]["fullyQualifiedName"].GetString(), "body/paragraph[7]");
  EXPECT_EQ(loc["properties"]["paragraph"].GetInt(), 7);
}

TEST(SarifWriter, UnreadableInputIsANotificationNotAResult) {
  rapidjson::Document d;
  d.Parse(sarif_log({{"missing.md", false, {}, "no such file"}}).c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["runs"][0]["results"].Size(), 0u);
  const auto& inv = d["runs"][0]["invocations"][0];
  EXPECT_FALSE(inv["executionSuccessful"].GetBool());
  EXPECT_STREQ(inv["toolExecutionNotifications"][0]["message"]["text"].GetString(), "no such file");
}

}  // namespace
}  // namespace vanban::validate
