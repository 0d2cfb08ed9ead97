// Cost of the text layer per MB of Vietnamese text. Run:
//   build/bench/vanban_text_bench --benchmark_min_time=0.5
// "bytes_per_second" is input UTF-8 (or legacy) bytes per second.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/stsearch.h>
#include <unicode/tblcoll.h>
#include <unicode/unistr.h>

#include "api/converter.hpp"
#include "text/clean_text.hpp"
#include "text/legacy_detector.hpp"
#include "text/legacy_encoding.hpp"
#include "text/match_text.hpp"
#include "text/normalizer.hpp"
#include "text/tone_style.hpp"
#include "text/vietnamese_case.hpp"

namespace {

using namespace vanban::text;

// Invented paragraphs in the register of administrative documents.
const std::vector<std::string>& paragraphs() {
  static const std::vector<std::string> p = {
      "Thực hiện Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2025 của Ủy ban nhân dân huyện Đông Sơn về "
      "công tác cải cách hành chính, Ủy ban nhân dân xã xây dựng kế hoạch triển khai thực hiện như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Nâng cao chất lượng phục vụ người dân, doanh nghiệp; đẩy mạnh chuyển đổi số trong hoạt động "
      "của cơ quan hành chính nhà nước, bảo đảm công khai, minh bạch, đúng quy định của pháp luật.",
      "2. Các cơ quan, đơn vị chủ động phối hợp, tổ chức thực hiện có hiệu quả các nhiệm vụ được giao; "
      "báo cáo kết quả về Văn phòng Ủy ban nhân dân xã trước ngày 15 tháng 12 năm 2025 để tổng hợp.",
      "- Tăng cường kiểm tra, giám sát việc giải quyết thủ tục hành chính tại Bộ phận một cửa; xử lý "
      "nghiêm các trường hợp sai phạm, nhũng nhiễu, gây phiền hà cho tổ chức, công dân.",
      "+ Thời gian thực hiện: từ tháng 01 đến hết tháng 6 năm 2026; kinh phí bố trí từ nguồn ngân sách xã.",
  };
  return p;
}

std::vector<std::string> corpus_paragraphs(std::size_t target_bytes) {
  std::vector<std::string> out;
  std::size_t total = 0;
  while (total < target_bytes) {
    for (const auto& p : paragraphs()) {
      out.push_back(p);
      total += p.size() + 1;
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    out += p;
    out += '\n';
  }
  return out;
}

constexpr std::size_t kMiB = 1 << 20;

const std::string& nfc_text() {
  static const std::string t = join(corpus_paragraphs(kMiB));
  return t;
}

const std::string& nfd_text() {
  static const std::string t = [] {
    UErrorCode st = U_ZERO_ERROR;
    auto s = icu::UnicodeString::fromUTF8(nfc_text());
    std::string out;
    icu::Normalizer2::getNFDInstance(st)->normalize(s, st).toUTF8String(out);
    return out;
  }();
  return t;
}

const std::string& tcvn3_bytes() {
  static const std::string t = *encode_legacy(to_lower_vi(nfc_text()), LegacyEncoding::Tcvn3);
  return t;
}

void BM_NfcOnNfcText(benchmark::State& state) {
  Normalizer n;
  for (auto _ : state) benchmark::DoNotOptimize(n.nfc(nfc_text()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * nfc_text().size()));
}
BENCHMARK(BM_NfcOnNfcText);

void BM_NfcOnNfdText(benchmark::State& state) {
  Normalizer n;
  for (auto _ : state) benchmark::DoNotOptimize(n.nfc(nfd_text()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * nfd_text().size()));
}
BENCHMARK(BM_NfcOnNfdText);

void BM_NfcPerParagraph(benchmark::State& state) {
  Normalizer n;
  const auto paras = corpus_paragraphs(kMiB);
  std::size_t bytes = 0;
  for (const auto& p : paras) bytes += p.size();
  for (auto _ : state) {
    for (const auto& p : paras) benchmark::DoNotOptimize(n.nfc(p));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_NfcPerParagraph);

void BM_FolderPreparePerParagraph(benchmark::State& state) {
  Folder f;
  const auto paras = corpus_paragraphs(kMiB);
  std::size_t bytes = 0;
  for (const auto& p : paras) bytes += p.size();
  for (auto _ : state) {
    for (const auto& p : paras) benchmark::DoNotOptimize(f.prepare(p));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_FolderPreparePerParagraph);

void BM_CleanText(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(clean_text(nfc_text()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * nfc_text().size()));
}
BENCHMARK(BM_CleanText);

void BM_DetectLegacyPerParagraph(benchmark::State& state) {
  LegacyDetector d;
  const auto paras = corpus_paragraphs(kMiB / 4);
  std::size_t bytes = 0;
  for (const auto& p : paras) bytes += p.size();
  for (auto _ : state) {
    for (const auto& p : paras) benchmark::DoNotOptimize(d.detect(p, LegacyEncoding::Tcvn3));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_DetectLegacyPerParagraph);

void BM_DetectFileEncodingTcvn3(benchmark::State& state) {
  LegacyDetector d;
  const std::string sample = tcvn3_bytes().substr(0, 256 * 1024);
  for (auto _ : state) benchmark::DoNotOptimize(d.detect_file(sample));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * sample.size()));
}
BENCHMARK(BM_DetectFileEncodingTcvn3);

void BM_DecodeTcvn3(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(decode_legacy(tcvn3_bytes(), LegacyEncoding::Tcvn3));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * tcvn3_bytes().size()));
}
BENCHMARK(BM_DecodeTcvn3);

void BM_RetoneOld(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(retone(nfc_text(), ToneStyle::Old));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * nfc_text().size()));
}
BENCHMARK(BM_RetoneOld);

// Keyword search, the way recognizers match cue phrases: Folder (fold once, then plain
// indexOf on the folded text) against ICU StringSearch with a root collator at primary strength.
void BM_FindKeywordFolder(benchmark::State& state) {
  Folder f;
  const auto paras = corpus_paragraphs(kMiB / 4);
  std::size_t bytes = 0;
  for (const auto& p : paras) bytes += p.size();
  const icu::UnicodeString key = icu::UnicodeString::fromUTF8(f.fold_utf8("KẾ HOẠCH"));
  int64_t hits = 0;
  for (auto _ : state) {
    for (const auto& p : paras) hits += f.prepare(p).folded.indexOf(key) >= 0;
  }
  benchmark::DoNotOptimize(hits);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_FindKeywordFolder);

void BM_FindKeywordIcuStringSearch(benchmark::State& state) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> coll(icu::Collator::createInstance(icu::Locale::getRoot(), st));
  coll->setStrength(icu::Collator::PRIMARY);
  const auto paras = corpus_paragraphs(kMiB / 4);
  std::size_t bytes = 0;
  for (const auto& p : paras) bytes += p.size();
  icu::StringSearch search(icu::UnicodeString(u"KẾ HOẠCH"), icu::UnicodeString(u"x"),
                           static_cast<icu::RuleBasedCollator*>(coll.get()), nullptr, st);
  int64_t hits = 0;
  for (auto _ : state) {
    for (const auto& p : paras) {
      st = U_ZERO_ERROR;
      search.setText(icu::UnicodeString::fromUTF8(p), st);
      hits += search.first(st) != USEARCH_DONE;
    }
  }
  benchmark::DoNotOptimize(hits);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_FindKeywordIcuStringSearch);

// The whole pipeline on the seed plan, for the text layer's share of a conversion.
void BM_ConvertSamplePlan(benchmark::State& state) {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/samples/ke-hoach-chuyen-doi-so-2025.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string plan = ss.str();
  vanban::Converter converter;
  vanban::ConvertOptions options;
  options.from = vanban::InputFormat::Markdown;
  for (auto _ : state) benchmark::DoNotOptimize(converter.convert(plan, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * plan.size()));
}
BENCHMARK(BM_ConvertSamplePlan);

}  // namespace
