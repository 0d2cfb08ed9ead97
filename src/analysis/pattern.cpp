#include "analysis/pattern.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include <unicode/uchar.h>

namespace vanban {
namespace {

// ICU compiles "\d" as the set of every Unicode decimal digit, built from the character database each
// time it appears (a third of the converter's start-up, with ~350 of them). Documents write their
// numbers, dates and symbols with ASCII digits (NFC keeps fullwidth digits apart, and no reader makes them),
// so the patterns say [0-9].
std::string ascii_digits(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\\' && i + 1 < utf8.size()) {
      if (utf8[i + 1] == 'd') {
        out += "[0-9]";
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

Pattern::Pattern(std::string_view pattern_utf8, uint32_t flags) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr{};
  const std::string utf8 = ascii_digits(pattern_utf8);
  auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  pattern_.reset(icu::RegexPattern::compile(source, flags, perr, status));
  if (U_FAILURE(status) || !pattern_) {
    throw std::logic_error("bad ICU pattern at offset " + std::to_string(perr.offset) + ": " + std::string(utf8));
  }
}

std::unique_ptr<icu::RegexMatcher> Pattern::matcher(const icu::UnicodeString& text) const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(text, status));
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
  UErrorCode status = U_ZERO_ERROR;
  auto m = matcher(text);
  return m->find(status) && U_SUCCESS(status);
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
