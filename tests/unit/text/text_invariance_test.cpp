// The text layer's promise, end to end: the same document written in NFD, or with the other
// tone-mark convention, or in a legacy encoding, analyses to the same result.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>

#include "api/converter.hpp"
#include "text/legacy_encoding.hpp"
#include "text/tone_style.hpp"
#include "write/json_writer.hpp"

namespace vanban {
namespace {

std::string read_sample() {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/samples/ke-hoach-chuyen-doi-so-2025.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string json_of(const Converter& converter, const std::string& bytes, bool diagnostics = true) {
  ConvertOptions options;
  options.from = InputFormat::Markdown;
  options.read.source_name = "plan.md";
  JsonOptions json;
  json.include_diagnostics = diagnostics;
  return to_json(converter.convert(bytes, options), json);
}

std::string nfd(const std::string& s) {
  UErrorCode st = U_ZERO_ERROR;
  std::string out;
  icu::Normalizer2::getNFDInstance(st)->normalize(icu::UnicodeString::fromUTF8(s), st).toUTF8String(out);
  return out;
}

TEST(TextInvariance, NfdCopyGivesByteIdenticalJson) {
  const std::string plan = read_sample();
  ASSERT_FALSE(plan.empty());
  Converter converter;
  const std::string decomposed = nfd(plan);
  ASSERT_NE(decomposed, plan);
  EXPECT_EQ(json_of(converter, decomposed), json_of(converter, plan));
}

TEST(TextInvariance, OtherToneConventionGivesTheSameAnalysis) {
  const std::string plan = read_sample();
  Converter converter;
  // The output keeps the text as written, so compare both results in one convention.
  const std::string expected = text::retone(json_of(converter, plan), text::ToneStyle::Old);
  for (auto style : {text::ToneStyle::Old, text::ToneStyle::New}) {
    const std::string copy = text::retone(plan, style);
    EXPECT_EQ(text::retone(json_of(converter, copy), text::ToneStyle::Old), expected);
  }
}

}  // namespace
}  // namespace vanban
