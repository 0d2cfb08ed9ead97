#include "analysis/labels.hpp"

#include <iterator>

#include <unicode/uchar.h>

namespace vanban::analysis {

LabelMatcher::LabelMatcher(const text::TextKit& kit)
    : kit_(kit),
      part_("^(phan)\\s+(thu\\s+[^\\s.:,]+|[ivxlc]+|[0-9]{1,2})\\b\\s*[.:\\-]?\\s*"),
      chapter_("^(chuong)\\s+([ivxlc]+|[0-9]{1,3})\\b\\s*[.:\\-]?\\s*"),
      division_("^(muc)\\s+([0-9]{1,3}|[ivxlc]+)\\b\\s*[.:\\-]?\\s*"),
      article_("^(đieu)\\s+([0-9]{1,3}[a-z]?)\\s*(?:[.:]\\s*|$)"),
      // "I/ MỤC ĐÍCH", "1/ Mục đích" (a slash and a space; "1/2 số hộ", "15/3" are not labels).
      roman_("^((?:xl|l?x{0,3})(?:ix|iv|v?i{0,3}))(?:\\s*[.\\-)]\\s*|/ +)(?=\\S)"),
      letter_part_("^([a-h])\\s*[.\\-] +(?=\\S)"),
      // "1.2." / "1.2" and the Party's "1.2-" (a dash then a space).
      dotted_("^([0-9]{1,2}(?:\\.[0-9]{1,2})+)(\\.|\\s*-(?=\\s))?\\s*(?=\\S)"),
      numbered_("^([0-9]{1,3})(?:\\s*[.\\-]\\s*|/ +)(?=\\S)"),
      lettered_("^([a-zđ])\\s*\\)\\s+(?=\\S)"),
      loose_lettered_("^([a-zđ])[.\\-] +(?=\\S)") {}

namespace {

std::vector<int> numbers_of(std::string_view s) {
  std::vector<int> out;
  int cur = -1;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      cur = (cur < 0 ? 0 : cur * 10) + (c - '0');
    } else if (cur >= 0) {
      out.push_back(cur);
      cur = -1;
    }
  }
  if (cur >= 0) out.push_back(cur);
  return out;
}

/// Position in the Vietnamese alphabet, -1 for the Latin-only letters f, j, w, z.
int vietnamese_index(std::string_view key) {
  static constexpr std::string_view kAlphabet[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                   "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  for (int i = 0; i < static_cast<int>(std::size(kAlphabet)); ++i)
    if (kAlphabet[i] == key) return i;
  return -1;
}

bool starts_upper_or_quote(const icu::UnicodeString& s, int32_t at) {
  if (at >= s.length()) return false;
  const UChar32 c = s.char32At(at);
  return u_isupper(c) || c == u'"' || c == 0x201C || c == '(';
}

}  // namespace

bool follows_point_letter(std::string_view previous, std::string_view key) {
  const int p = vietnamese_index(previous), k = vietnamese_index(key);
  if (p >= 0 && k >= 0 && k == p + 1) return true;
  auto ascii = [](std::string_view s) { return s.size() == 1 && s[0] >= 'a' && s[0] <= 'z'; };
  return ascii(previous) && ascii(key) && key[0] == previous[0] + 1;
}

std::optional<Label> LabelMatcher::match(std::string_view paragraph_text, bool emphasized) const {
  const std::string cleaned = collapse_spaces(clean_line(paragraph_text));
  if (cleaned.empty() || opens_with_quote(cleaned)) return std::nullopt;
  const auto m = kit_.folder.prepare(cleaned);
  UErrorCode st = U_ZERO_ERROR;
  auto try_regex = [&](const Regex& re) -> Matcher {
    auto mm = re.matcher(m.folded);
    UErrorCode s2 = U_ZERO_ERROR;
    if (mm->lookingAt(s2) && U_SUCCESS(s2)) return mm;
    return nullptr;
  };
  // "1.Mục đích" (no space) is a label only before a capital: "1.000 người", "2-3 ngày" are not.
  auto spaced_or_capital = [&](const icu::RegexMatcher& mm) {
    UErrorCode s3 = U_ZERO_ERROR;
    const int32_t end = mm.end(s3);
    return (end > 0 && m.folded[end - 1] == ' ') || starts_upper_or_quote(m.original, end);
  };
  auto finish = [&](Label l, int32_t label_end, int32_t rest_start) {
    l.text = trim_spaces(m.utf8(0, label_end));
    l.rest = trim_spaces(m.utf8(rest_start, m.length()));
    return l;
  };
  struct Word { const Regex* re; SectionKind kind; };
  const Word words[] = {{&part_, SectionKind::Part}, {&chapter_, SectionKind::Chapter},
                        {&division_, SectionKind::Division}, {&article_, SectionKind::Article}};
  for (const auto& w : words) {
    if (auto mm = try_regex(*w.re)) {
      const int32_t end = mm->end(st);
      // The title (if on the same line) starts with a capital: "Mục 2 của Quyết định" is a sentence.
      if (end < m.length() && !starts_upper_or_quote(m.original, end) && w.kind != SectionKind::Article) continue;
      Label l;
      l.kind = w.kind;
      l.key = m.utf8(mm->start(2, st), mm->end(2, st));
      if (w.kind == SectionKind::Chapter || w.kind == SectionKind::Division || w.kind == SectionKind::Part) {
        auto u = icu::UnicodeString::fromUTF8(l.key);
        // Ordinals ("thứ nhất", written "THỨ NHẤT" too) in lower case; Roman numbers in capitals.
        const bool ordinal = m.folded.tempSubStringBetween(mm->start(2, st), mm->end(2, st)).startsWith(u"thu");
        if (ordinal) {
          u.toLower();
        } else if (u.length() > 0 && u_isalpha(u.char32At(0))) {
          u.toUpper();
        }
        l.key.clear();
        u.toUTF8String(l.key);
      }
      l.numbers = numbers_of(l.key);
      // Label text: the word and its number, plus the '.' when written.
      int32_t label_end = mm->end(2, st);
      if (label_end < m.length() && (m.folded[label_end] == '.' || m.folded[label_end] == ':')) ++label_end;
      return finish(std::move(l), label_end, end);
    }
  }
  if (auto mm = try_regex(roman_)) {
    const int32_t s = mm->start(1, st), e = mm->end(1, st);
    if (e > s && spaced_or_capital(*mm)) {
      const std::string original = m.utf8(s, e);
      bool upper = original.size() == static_cast<std::size_t>(e - s);
      for (char c : original) upper = upper && c >= 'A' && c <= 'Z';
      if (upper) {
        Label l;
        l.kind = SectionKind::Roman;
        l.key = original;
        return finish(std::move(l), mm->end(st), mm->end(st));
      }
    }
  }
  if (auto mm = try_regex(letter_part_)) {
    // "A. KẾT QUẢ …": a plain capital (not "Ă", "Â", "Đ") and a short heading; "A. Lincoln từng nói …."
    // is text.
    const UChar32 c = m.original.char32At(mm->start(1, st));
    Label l = finish(Label{}, mm->end(st), mm->end(st));
    const bool heading_like = !l.rest.empty() && word_count(l.rest) <= 20 && l.rest.back() != '.' &&
                              starts_upper_or_quote(m.original, mm->end(st));
    if (c >= 'A' && c <= 'H' && heading_like && (emphasized || is_caps_text(l.rest))) {
      l.kind = SectionKind::Part;
      l.key = m.utf8(mm->start(1, st), mm->end(1, st));
      l.letter_part = true;
      return l;
    }
  }
  if (auto mm = try_regex(dotted_)) {
    const bool dot = mm->end(2, st) > mm->start(2, st);
    const bool spaced = mm->end(st) > 0 && m.folded[mm->end(st) - 1] == ' ';
    if ((dot && spaced) || starts_upper_or_quote(m.original, mm->end(st))) {
      Label l;
      l.kind = SectionKind::Dotted;
      l.key = m.utf8(mm->start(1, st), mm->end(1, st));
      l.numbers = numbers_of(l.key);
      return finish(std::move(l), mm->end(st), mm->end(st));
    }
    return std::nullopt;
  }
  if (auto mm = try_regex(numbered_); mm && spaced_or_capital(*mm)) {
    Label l;
    l.kind = SectionKind::Numbered;
    l.key = m.utf8(mm->start(1, st), mm->end(1, st));
    l.numbers = numbers_of(l.key);
    return finish(std::move(l), mm->end(st), mm->end(st));
  }
  if (auto mm = try_regex(lettered_)) {
    const UChar32 c = m.original.char32At(mm->start(1, st));
    if (u_islower(c)) {
      Label l;
      l.kind = SectionKind::Lettered;
      l.key = m.utf8(mm->start(1, st), mm->end(1, st));
      return finish(std::move(l), mm->end(st), mm->end(st));
    }
  }
  if (auto mm = try_regex(loose_lettered_)) {
    // The folded 'a' may stand for 'A', 'ă', 'á'…: only a plain lowercase letter or 'đ' is a point.
    const UChar32 c = m.original.char32At(mm->start(1, st));
    if ((c >= 'a' && c <= 'z') || c == 0x0111) {
      Label l;
      l.kind = SectionKind::Lettered;
      l.key = m.utf8(mm->start(1, st), mm->end(1, st));
      l.loose_letter = true;
      return finish(std::move(l), mm->end(st), mm->end(st));
    }
  }
  return std::nullopt;
}

std::string section_title(std::string_view rest_in, bool heading_style, int max_words) {
  std::string rest = collapse_spaces(rest_in);
  const int words = word_count(rest);
  const bool ends_period = !rest.empty() && rest.back() == '.';
  const bool short_heading = (words <= 30 && !ends_period) || (heading_style && words <= 40);
  std::string title = rest;
  if (!short_heading) {
    // Opening words: up to the first ':' or sentence end.
    std::size_t cut = std::string::npos;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      const char c = rest[i];
      // A ';' right after a few words splits an enumeration ("Các sở, ban, ngành; Ủy ban nhân dân các
      // huyện …"), not the opening phrase from the rest.
      const bool clause_end = c == ';' && word_count(std::string_view(rest).substr(0, i)) >= 5;
      if (c == ':' || clause_end || (c == '.' && (i + 1 == rest.size() || rest[i + 1] == ' ') && i > 0 &&
                                   !(rest[i - 1] >= '0' && rest[i - 1] <= '9'))) {
        cut = i;
        break;
      }
    }
    if (cut != std::string::npos && cut > 0) title = rest.substr(0, cut);
  }
  // Cap the number of words.
  if (word_count(title) > max_words && !short_heading) {
    int seen = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < title.size(); ++i) {
      if (title[i] == ' ') {
        in_word = false;
        continue;
      }
      if (!in_word && ++seen > max_words) {
        title = title.substr(0, i);
        break;
      }
      in_word = true;
    }
  }
  return strip_trailing(title, ":.;,");
}

// Opening quotes: “ and, from PDF fonts of the gazette, ‟ (U+201F) and „ (U+201E) as well.
bool opens_with_quote(std::string_view text) {
  const std::string t = trim_spaces(text);
  return t.rfind("\"", 0) == 0 || t.rfind("\xE2\x80\x9C", 0) == 0 || t.rfind("\xE2\x80\x9D", 0) == 0 ||
         t.rfind("\xE2\x80\x9F", 0) == 0 || t.rfind("\xE2\x80\x9E", 0) == 0 || t.rfind("'", 0) == 0 ||
         t.rfind("\xE2\x80\x98", 0) == 0;
}

int quote_balance(std::string_view text) {
  int open = 0, close = 0, straight = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') ++straight;
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x9C || d == 0x9E || d == 0x9F) ++open;
      if (d == 0x9D) ++close;
    }
  }
  int balance = open - close;
  if (straight % 2 == 1 && trim_spaces(text).rfind("\"", 0) == 0) ++balance;
  return balance;
}

}  // namespace vanban::analysis
