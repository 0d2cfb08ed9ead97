// Cost of each stage of the pipeline on one of our own sample documents (tests/golden), so that a
// slowdown points at its stage: the readers, each analysis pass, the validator and the writers. Run:
//   build/bench/vanban_stage_bench --benchmark_min_time=0.2
// "bytes_per_second" is the input document's bytes per second. Each pass runs on a copy of the document
// as the passes before it left it (copying is outside the timing).
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "analysis/deadline_pass.hpp"
#include "analysis/front_matter.hpp"
#include "analysis/outline.hpp"
#include "analysis/reference_pass.hpp"
#include "api/converter.hpp"
#include "ingest/docx_reader.hpp"
#include "ingest/markdown_reader.hpp"
#include "text/text_kit.hpp"
#include "validate/validator.hpp"
#include "write/json_writer.hpp"
#include "write/xml_writer.hpp"

namespace {

using namespace vanban;

std::string sample(const char* name) {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/tests/golden/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Our largest DOCX (a decision with its regulation attached) and a plan in Markdown.
const std::string& docx_bytes() {
  static const std::string bytes = sample("quyet-dinh-docx-pandoc-quy-che-kem-theo.docx");
  return bytes;
}
const std::string& markdown_bytes() {
  static const std::string bytes = sample("ke-hoach-xa-tieu-de-lech.md");
  return bytes;
}
const std::string& input(bool docx) { return docx ? docx_bytes() : markdown_bytes(); }

const text::TextKit& kit() {
  static const text::TextKit k;
  return k;
}

Document read(bool docx) {
  Document doc;
  if (docx) {
    read_docx(docx_bytes(), ReadOptions{}, kit(), doc);
  } else {
    read_markdown(markdown_bytes(), ReadOptions{}, kit(), doc);
  }
  return doc;
}

void BM_ReadDocx(benchmark::State& state) {
  for (auto _ : state) {
    Document doc;
    read_docx(docx_bytes(), ReadOptions{}, kit(), doc);
    benchmark::DoNotOptimize(doc.blocks.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(docx_bytes().size()));
}
BENCHMARK(BM_ReadDocx);

void BM_ReadMarkdown(benchmark::State& state) {
  for (auto _ : state) {
    Document doc;
    read_markdown(markdown_bytes(), ReadOptions{}, kit(), doc);
    benchmark::DoNotOptimize(doc.blocks.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(markdown_bytes().size()));
}
BENCHMARK(BM_ReadMarkdown);

// One analysis pass, on a document the passes before it (`stage` of them) have run over.
template <class Pass>
void run_pass(benchmark::State& state, int stage) {
  const bool docx = state.range(0) == 1;
  static const FrontMatterPass front(kit());
  static const OutlinePass outline(kit());
  static const ReferencePass references(kit());
  const Pass pass(kit());
  Document prepared = read(docx);
  if (stage > 0) front.run(prepared);
  if (stage > 1) outline.run(prepared);
  if (stage > 2) references.run(prepared);
  for (auto _ : state) {
    state.PauseTiming();
    Document doc = prepared;
    state.ResumeTiming();
    pass.run(doc);
    benchmark::DoNotOptimize(doc.blocks.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input(docx).size()));
}

void BM_FrontMatterPass(benchmark::State& state) { run_pass<FrontMatterPass>(state, 0); }
void BM_OutlinePass(benchmark::State& state) { run_pass<OutlinePass>(state, 1); }
void BM_ReferencePass(benchmark::State& state) { run_pass<ReferencePass>(state, 2); }
void BM_DeadlinePass(benchmark::State& state) { run_pass<DeadlinePass>(state, 3); }
BENCHMARK(BM_FrontMatterPass)->ArgName("docx")->Arg(0)->Arg(1);
BENCHMARK(BM_OutlinePass)->ArgName("docx")->Arg(0)->Arg(1);
BENCHMARK(BM_ReferencePass)->ArgName("docx")->Arg(0)->Arg(1);
BENCHMARK(BM_DeadlinePass)->ArgName("docx")->Arg(0)->Arg(1);

const Converter& converter() {
  static const Converter c;
  return c;
}

Document converted(bool docx) { return converter().convert(input(docx), ConvertOptions{}); }

void BM_Validate(benchmark::State& state) {
  const bool docx = state.range(0) == 1;
  const Document doc = converted(docx);
  const validate::Validator validator(converter());
  for (auto _ : state) benchmark::DoNotOptimize(validator.validate(doc, validate::ValidateOptions{}).findings.size());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input(docx).size()));
}
BENCHMARK(BM_Validate)->ArgName("docx")->Arg(0)->Arg(1);

void BM_WriteJson(benchmark::State& state) {
  const bool docx = state.range(0) == 1;
  const Document doc = converted(docx);
  for (auto _ : state) benchmark::DoNotOptimize(to_json(doc).size());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input(docx).size()));
}
BENCHMARK(BM_WriteJson)->ArgName("docx")->Arg(0)->Arg(1);

void BM_WriteXml(benchmark::State& state) {
  const bool docx = state.range(0) == 1;
  const Document doc = converted(docx);
  for (auto _ : state) benchmark::DoNotOptimize(to_xml(doc).size());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input(docx).size()));
}
BENCHMARK(BM_WriteXml)->ArgName("docx")->Arg(0)->Arg(1);

// The whole conversion (readers and passes), and building a Converter (what a one-shot run pays first).
void BM_Convert(benchmark::State& state) {
  const bool docx = state.range(0) == 1;
  for (auto _ : state) benchmark::DoNotOptimize(converter().convert(input(docx), ConvertOptions{}).blocks.size());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input(docx).size()));
}
BENCHMARK(BM_Convert)->ArgName("docx")->Arg(0)->Arg(1);

void BM_ConverterSetup(benchmark::State& state) {
  for (auto _ : state) {
    Converter c;
    benchmark::DoNotOptimize(&c);
  }
}
BENCHMARK(BM_ConverterSetup);

}  // namespace
