#pragma once
#include <cstdint>
#include <memory>
#include <string_view>

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace vanban {

/// An ICU pattern compiled once (in a pass constructor) and matched many times; every analysis pass
/// uses it. Patterns are mostly written against folded text (lowercase, no diacritics, 'đ' kept;
/// see text::Folder).
class Pattern {
 public:
  /// Compiles `utf8`; a bad pattern is a programming error and throws std::logic_error. "\\d" means an
  /// ASCII digit ([0-9]): ICU would build the set of every Unicode digit for each one.
  explicit Pattern(std::string_view utf8, uint32_t flags = 0);

  /// A matcher over `text` (which must outlive it), with transparent bounds so that look-behind
  /// and \b see outside a region.
  std::unique_ptr<icu::RegexMatcher> matcher(const icu::UnicodeString& text) const;

  /// True when the pattern matches at the start of `text` (lookingAt).
  bool starts(const icu::UnicodeString& text) const;
  /// True when the pattern matches the whole of `text`.
  bool whole(const icu::UnicodeString& text) const;
  /// True when the pattern matches anywhere in `text`.
  bool find(const icu::UnicodeString& text) const;

 private:
  std::unique_ptr<icu::RegexPattern> pattern_;
};

/// Tries `m` anchored at `pos` (searching no further than `limit`); true on a match.
bool looking_at(icu::RegexMatcher& m, int32_t pos, int32_t limit);

/// Finds the first match of `m` in [pos, limit); true on a match.
bool find_in(icu::RegexMatcher& m, int32_t pos, int32_t limit);

/// Group `g` of the last match as an offset pair; {-1,-1} when the group did not take part.
struct Span {
  int32_t start = -1;
  int32_t end = -1;
  bool found() const { return start >= 0; }
};
Span group_span(const icu::RegexMatcher& m, int g);

/// Lowercase of `original` with diacritics kept, but with spaces, dashes and quotes as `folded`
/// has them and line breaks as spaces; same length, for patterns where "về" ≠ "vệ", "số" ≠ "sở".
icu::UnicodeString lowercase_for_matching(const icu::UnicodeString& original, const icu::UnicodeString& folded);

/// `folded` with line breaks and tabs as spaces.
icu::UnicodeString single_line(const icu::UnicodeString& folded);

/// Integer value of ASCII digits in s[start, end); 0 when none.
int digits_value(const icu::UnicodeString& s, int32_t start, int32_t end);

}  // namespace vanban
