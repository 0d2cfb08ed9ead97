#include "ingest/docx/control_chars.hpp"

#include <cstdio>

namespace vanban::docx {
namespace {

bool is_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool same_paragraph(const SourceLocation& a, const SourceLocation& b) {
  return a.paragraph == b.paragraph && a.part == b.part;
}

std::string paragraph_name(const SourceLocation& loc) {
  const char* part = loc.part == SourceLocation::Part::Footnotes  ? "footnote "
                     : loc.part == SourceLocation::Part::Endnotes ? "endnote "
                     : loc.part == SourceLocation::Part::Header   ? "header "
                                                                  : "";
  return std::string(part) + "paragraph " + std::to_string(loc.paragraph);
}

}  // namespace

void ControlChars::clean(std::string& text, const SourceLocation& where) {
  std::size_t i = 0;
  while (i < text.size() && !is_control(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) return;  // the common case: nothing to do, no copy
  charge(where);
  std::size_t out = i;
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!is_control(c)) {
      text[out++] = text[i];
      continue;
    }
    ++count_;
    ++by_value_[c];
    const bool space_before = out > 0 && is_space(text[out - 1]);
    const bool space_after = i + 1 < text.size() && is_space(text[i + 1]);
    if (!space_before && !space_after) text[out++] = ' ';
  }
  text.resize(out);
}

void ControlChars::charge(const SourceLocation& where) {
  if (!paragraphs_.empty() && same_paragraph(last_, where)) return;
  last_ = where;
  if (paragraphs_.size() < kShownParagraphs) {
    paragraphs_.push_back(where);
  } else {
    ++more_paragraphs_;
  }
}

void ControlChars::report(Diagnostics& diags) const {
  if (count_ == 0) return;
  std::string which;
  for (std::size_t c = 1; c < by_value_.size(); ++c) {
    if (by_value_[c] == 0) continue;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02zX", c);
    if (!which.empty()) which += ", ";
    which += std::string(hex) + " x" + std::to_string(by_value_[c]);
  }
  std::string where;
  for (std::size_t k = 0; k < paragraphs_.size(); ++k) {
    if (k > 0) where += k + 1 == paragraphs_.size() && more_paragraphs_ == 0 ? " and " : ", ";
    where += paragraph_name(paragraphs_[k]);
  }
  if (more_paragraphs_ > 0) where += " and " + std::to_string(more_paragraphs_) + " more paragraph(s)";
  diags.warning("docx.control-chars", std::to_string(count_) + " control character(s) (" + which +
                                          ") in the text, which XML does not allow, read as spaces, in " + where,
                paragraphs_.front());
}

}  // namespace vanban::docx
