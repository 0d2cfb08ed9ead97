#include "ingest/docx/legacy_runs.hpp"

#include "text/legacy_detector.hpp"

namespace vanban::docx {

void LegacyRuns::survey_paragraph() {
  for (const auto& [font, text] : pending_) {
    auto& all = document_text_[font];
    if (!all.empty()) all.push_back(' ');  // the last word of a paragraph must not fuse with the next one
    all += text;
  }
  pending_.clear();
}

void LegacyRuns::judge_document() {
  for (const auto& [font, text] : document_text_)
    document_verdict_[font] = text::detect_legacy(text, text::encoding_for_font(font)).encoding;
  document_text_.clear();
}

void LegacyRuns::add_paragraph_text(std::string_view run_text, std::string_view font) {
  if (run_text.empty() || text::encoding_for_font(font) == text::LegacyEncoding::None) return;
  auto& text = pending_[std::string(font)];
  text += run_text;
}

void LegacyRuns::judge_paragraph() {
  verdict_.clear();
  for (const auto& [font, text] : pending_) {
    const text::Detection own = text::detect_legacy(text, text::encoding_for_font(font));
    const auto document = document_verdict_.find(font);
    const bool follow_document = document != document_verdict_.end() && own.encoding != document->second &&
                                 own.confidence <= kAmbiguousParagraph;
    verdict_[font] = follow_document ? document->second : own.encoding;
  }
  pending_.clear();
}

std::string LegacyRuns::to_unicode(std::string_view run_text, std::string_view font) {
  const auto it = verdict_.find(font);
  if (it == verdict_.end() || it->second == text::LegacyEncoding::None || run_text.empty())
    return std::string(run_text);
  ++converted_;
  return text::decode_legacy_run(run_text, it->second, text::is_uppercase_font(font));
}

}  // namespace vanban::docx
