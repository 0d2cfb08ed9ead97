#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace vanban {

/// What every match of a pattern begins with: one of `words` ('|'-separated, exactly as the text has them,
/// e.g. "ke hoach|quyet đinh|0|1|2"), and, with `after_word`, a place no letter or digit precedes (the
/// pattern opens with "(?<![\\p{L}\\d])"). ICU's own search tries the whole pattern at every position of the
/// text; Pattern::find_in asks ICU only where a lead word starts, which is most of the analysis' speed.
struct Lead {
  std::string_view words;
  bool after_word = false;
};

/// An ICU pattern matched many times; every analysis pass uses it. It is compiled the first time it is
/// used (thread-safely), so that a small document does not pay for the patterns it never needs. Patterns
/// are mostly written against folded text (lowercase, no diacritics, 'đ' kept; see text::Folder).
class Pattern {
 public:
  /// Keeps `utf8` to compile on first use; a bad pattern is a programming error and throws
  /// std::logic_error then. "\\d" means an ASCII digit ([0-9]) and "\\p{L}" a letter of the Latin, Greek
  /// and Cyrillic blocks: ICU would build the sets of every Unicode digit and letter for each one.
  explicit Pattern(std::string_view utf8, uint32_t flags = 0);
  /// A pattern whose every match begins with `lead` (see Lead): find_in skips the text between lead words.
  Pattern(std::string_view utf8, Lead lead, uint32_t flags = 0);

  /// A matcher over `text` (which must outlive it), with transparent bounds so that look-behind
  /// and \b see outside a region.
  std::unique_ptr<icu::RegexMatcher> matcher(const icu::UnicodeString& text) const;

  /// True when the pattern matches at the start of `text` (lookingAt).
  bool starts(const icu::UnicodeString& text) const;
  /// True when the pattern matches the whole of `text`.
  bool whole(const icu::UnicodeString& text) const;
  /// True when the pattern matches anywhere in `text`.
  bool find(const icu::UnicodeString& text) const;

  /// Finds the first match of `m` (a matcher of this pattern) in [pos, limit), asking ICU only where a
  /// lead word starts when the pattern has a Lead; the same match as vanban::find_in.
  bool find_in(icu::RegexMatcher& m, int32_t pos, int32_t limit) const;
  /// The first place in [from, limit) where a lead word starts (and fits before `limit`), or -1; `from`
  /// itself when the pattern has no Lead.
  int32_t next_lead(const icu::UnicodeString& text, int32_t from, int32_t limit) const;

 private:
  const icu::RegexPattern& compiled() const;

  std::string source_;
  uint32_t flags_ = 0;
  mutable std::once_flag compiled_once_;
  mutable std::unique_ptr<icu::RegexPattern> pattern_;
  // The lead, when there is one: its words grouped by first UTF-16 unit (all below U+0180: ASCII and 'đ').
  struct LeadTable {
    std::vector<std::u16string> words;  // sorted by first unit
    std::array<uint16_t, 0x180> begin{}, end{};
    bool after_word = false;
  };
  std::unique_ptr<const LeadTable> lead_;
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
