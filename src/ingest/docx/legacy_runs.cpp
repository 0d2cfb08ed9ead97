#include "ingest/docx/legacy_runs.hpp"

#include "text/legacy_detector.hpp"

namespace vanban::docx {

void LegacyRuns::add_paragraph_text(std::string_view run_text, std::string_view font) {
  if (run_text.empty() || text::encoding_for_font(font) == text::LegacyEncoding::None) return;
  auto& text = pending_[std::string(font)];
  text += run_text;
}

void LegacyRuns::judge_paragraph() {
  verdict_.clear();
  for (const auto& [font, text] : pending_)
    verdict_[font] = text::detect_legacy(text, text::encoding_for_font(font)).encoding;
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
