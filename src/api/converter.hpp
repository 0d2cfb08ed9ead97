#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "ingest/read_options.hpp"
#include "model/document.hpp"
#include "text/match_text.hpp"
#include "text/tone_style.hpp"

namespace vanban {

struct ConvertOptions {
  InputFormat from = InputFormat::Auto;  ///< Auto sniffs the bytes
  ReadOptions read;
  /// Rewrites all text into one tone-mark convention (hoà/hòa) before analysis; Keep = as written.
  text::ToneStyle tone = text::ToneStyle::Keep;
  /// Time allowed for one document, in seconds (0: no limit), checked between the reader and the
  /// analysis passes (cooperative: a stage is never interrupted). Over it, the document fails with a
  /// Fatal "input.timeout" naming the time taken and --max-seconds-per-document.
  double max_seconds = 0;
};

/// The library's entry point: bytes in, analysed Document out. Holds the ICU objects and compiled
/// patterns, so build one and reuse it; not safe to share between threads (build one per thread).
/// Never throws for bad input: problems are diagnostics, and a Fatal one means nothing was read.
class Converter {
 public:
  Converter();
  ~Converter();
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  Document convert(std::string_view bytes, const ConvertOptions& options) const;
  /// The fold tables (ICU objects, costly to build): other stages that match text, the validator, share
  /// them instead of building their own.
  const text::Folder& folder() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban
