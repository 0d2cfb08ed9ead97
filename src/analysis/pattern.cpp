#include "analysis/pattern.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include <unicode/uchar.h>

namespace vanban {
namespace {

// ICU builds the set of a property escape from the whole character database each time the escape
// appears: "\d" (every Unicode decimal digit) and "\p{L}" (every letter) made two thirds of the converter's
// start-up, with ~350 and ~90 of them. Documents write their numbers, dates and symbols with ASCII digits
// (NFC keeps fullwidth digits apart, and no reader makes them), so "\d" is [0-9]; and the letters that stand
// next to the words we match are Latin (Vietnamese included), Greek or Cyrillic, so "\p{L}" is the letters of
// those blocks, listed range by range (the same code points ICU would put there), which ICU parses quickly.
constexpr std::string_view kLetters =
    "[A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4"
    "\\u02EC\\u02EE\\u0370-\\u0374\\u0376-\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1"
    "\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u1C80-\\u1C88\\u1D00-\\u1DBF\\u1E00-\\u1F15\\u1F18-\\u1F1D"
    "\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC"
    "\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC"
    "]";
constexpr std::string_view kMarks =
    "[\\u0300-\\u036F\\u0483-\\u0489\\u1AB0-\\u1ACE\\u1DC0-\\u1DFF\\u20D0-\\u20F0\\uFE20-\\uFE2F]";

std::string cheap_sets(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\\' && i + 1 < utf8.size()) {
      if (utf8[i + 1] == 'd') {
        out += "[0-9]";
      } else if (utf8.substr(i, 5) == "\\p{L}") {
        out += kLetters;
        i += 3;
      } else if (utf8.substr(i, 5) == "\\p{M}") {
        out += kMarks;
        i += 3;
      } else {
        out += utf8[i];
        out += utf8[i + 1];  // any other escape pair as it is ("\\d" stays a backslash and a d)
      }
      ++i;
      continue;
    }
    out += utf8[i];
  }
  return out;
}

}  // namespace

Pattern::Pattern(std::string_view utf8, uint32_t flags) : source_(cheap_sets(utf8)), flags_(flags) {
#ifndef NDEBUG
  compiled();  // debug builds find a bad pattern at once, not when a document first needs it
#endif
}

Pattern::Pattern(std::string_view utf8, Lead lead, uint32_t flags) : Pattern(utf8, flags) {
  if (flags & UREGEX_CASE_INSENSITIVE) throw std::logic_error("a Lead is matched exactly: " + source_);
  auto table = std::make_unique<LeadTable>();
  table->after_word = lead.after_word;
  std::string_view rest = lead.words;
  while (!rest.empty()) {
    const std::size_t bar = rest.find('|');
    const std::string_view word = rest.substr(0, bar);
    auto w = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    if (w.isEmpty() || w.charAt(0) >= table->begin.size()) throw std::logic_error("bad lead word in " + source_);
    table->words.emplace_back(w.getBuffer(), static_cast<std::size_t>(w.length()));
    rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
  }
  std::stable_sort(table->words.begin(), table->words.end(),
                   [](const std::u16string& x, const std::u16string& y) { return x[0] < y[0]; });
  for (std::size_t k = 0; k < table->words.size(); ++k) {
    const char16_t c = table->words[k][0];
    if (table->end[c] == 0) table->begin[c] = static_cast<uint16_t>(k);
    table->end[c] = static_cast<uint16_t>(k + 1);
  }
  lead_ = std::move(table);
}

const icu::RegexPattern& Pattern::compiled() const {
  std::call_once(compiled_once_, [this] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr{};
    auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(source_.data(), static_cast<int32_t>(source_.size())));
    pattern_.reset(icu::RegexPattern::compile(source, flags_, perr, status));
    if (U_FAILURE(status) || !pattern_) {
      pattern_.reset();
      throw std::logic_error("bad ICU pattern at offset " + std::to_string(perr.offset) + ": " + source_);
    }
  });
  return *pattern_;
}

std::unique_ptr<icu::RegexMatcher> Pattern::matcher(const icu::UnicodeString& text) const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(compiled().matcher(text, status));
  if (U_FAILURE(status)) throw std::logic_error("cannot create an ICU matcher");
  m->useTransparentBounds(true);
  m->useAnchoringBounds(false);
  return m;
}

bool Pattern::starts(const icu::UnicodeString& text) const {
  UErrorCode status = U_ZERO_ERROR;
  auto m = matcher(text);
  return m->lookingAt(status) && U_SUCCESS(status);
}

bool Pattern::whole(const icu::UnicodeString& text) const {
  UErrorCode status = U_ZERO_ERROR;
  auto m = matcher(text);
  return m->matches(status) && U_SUCCESS(status);
}

bool Pattern::find(const icu::UnicodeString& text) const {
  if (lead_ && next_lead(text, 0, text.length()) < 0) return false;
  auto m = matcher(text);
  return find_in(*m, 0, text.length());
}

int32_t Pattern::next_lead(const icu::UnicodeString& text, int32_t from, int32_t limit) const {
  if (!lead_) return from <= limit ? from : -1;
  const LeadTable& lead = *lead_;
  const char16_t* s = text.getBuffer();
  limit = std::min(limit, text.length());
  for (int32_t i = std::max(from, 0); i < limit; ++i) {
    const char16_t c = s[i];
    if (c >= lead.end.size() || lead.end[c] == 0) continue;
    if (lead.after_word && i > 0) {
      const char16_t b = s[i - 1];  // only what surely is a letter or digit: the pattern checks the rest
      if ((b >= u'a' && b <= u'z') || (b >= u'0' && b <= u'9') || (b >= u'A' && b <= u'Z') || b == u'đ') continue;
    }
    for (uint16_t k = lead.begin[c]; k < lead.end[c]; ++k) {
      const std::u16string& w = lead.words[k];
      const auto len = static_cast<int32_t>(w.size());
      if (len <= limit - i && std::char_traits<char16_t>::compare(s + i, w.data(), w.size()) == 0) return i;
    }
  }
  return -1;
}

bool Pattern::find_in(icu::RegexMatcher& m, int32_t pos, int32_t limit) const {
  if (!lead_) return vanban::find_in(m, pos, limit);
  const icu::UnicodeString& text = m.input();
  for (int32_t at = next_lead(text, pos, limit); at >= 0; at = next_lead(text, at + 1, limit))
    if (looking_at(m, at, limit)) return true;
  return false;
}

bool looking_at(icu::RegexMatcher& m, int32_t pos, int32_t limit) {
  UErrorCode status = U_ZERO_ERROR;
  if (pos < 0 || pos > limit) return false;
  m.region(pos, limit, status);
  if (U_FAILURE(status)) return false;
  bool ok = m.lookingAt(status);
  return U_SUCCESS(status) && ok;
}

bool find_in(icu::RegexMatcher& m, int32_t pos, int32_t limit) {
  UErrorCode status = U_ZERO_ERROR;
  if (pos < 0 || pos > limit) return false;
  m.region(pos, limit, status);
  if (U_FAILURE(status)) return false;
  bool ok = m.find();
  return ok;
}

Span group_span(const icu::RegexMatcher& m, int g) {
  UErrorCode status = U_ZERO_ERROR;
  Span s{m.start(g, status), m.end(g, status)};
  if (U_FAILURE(status)) return {};
  return s;
}

icu::UnicodeString lowercase_for_matching(const icu::UnicodeString& original, const icu::UnicodeString& folded) {
  icu::UnicodeString lower(original);
  const int32_t n = std::min(lower.length(), folded.length());
  for (int32_t i = 0; i < n; ++i) {
    char16_t f = folded.charAt(i);
    char16_t o = lower.charAt(i);
    if (f == u'\n' || f == u'\r' || f == u'\t') {
      lower.setCharAt(i, u' ');
    } else if (f < 0x80 && !u_isalnum(f)) {
      lower.setCharAt(i, f);
    } else if (!U16_IS_SURROGATE(o)) {
      lower.setCharAt(i, static_cast<char16_t>(u_tolower(o)));
    }
  }
  return lower;
}

icu::UnicodeString single_line(const icu::UnicodeString& folded) {
  icu::UnicodeString out(folded);
  for (int32_t i = 0; i < out.length(); ++i) {
    char16_t c = out.charAt(i);
    if (c == u'\n' || c == u'\r' || c == u'\t') out.setCharAt(i, u' ');
  }
  return out;
}

int digits_value(const icu::UnicodeString& s, int32_t start, int32_t end) {
  int v = 0;
  for (int32_t i = start; i < end && i < s.length(); ++i) {
    char16_t c = s.charAt(i);
    if (c >= u'0' && c <= u'9') v = v * 10 + (c - u'0');
  }
  return v;
}

}  // namespace vanban
