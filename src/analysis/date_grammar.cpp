#include "analysis/date_grammar.hpp"

#include <algorithm>
#include <cstdio>

namespace vanban {
namespace {

bool valid_day_month(int day, int month) { return month >= 1 && month <= 12 && (day == 0 || (day >= 1 && day <= 31)); }
bool valid_year(int year) { return year == 0 || (year >= 1900 && year <= 2200); }

int roman_or_digit_quarter(const icu::UnicodeString& s, int32_t start, int32_t end) {
  icu::UnicodeString q = s.tempSubStringBetween(start, end);
  if (q == u"i" || q == u"1") return 1;
  if (q == u"ii" || q == u"2") return 2;
  if (q == u"iii" || q == u"3") return 3;
  if (q == u"iv" || q == u"4") return 4;
  return 0;
}

// What the date patterns open with (see Lead).
constexpr std::string_view kDigits = "0|1|2|3|4|5|6|7|8|9";
constexpr std::string_view kDayLead = "ngay|0|1|2|3|4|5|6|7|8|9";

// Digits between the separators of a date may be framed by spaces and line breaks.
constexpr const char* kSp = "[ \\t\\n\\r\\u00a0]";

}  // namespace

std::string DateExpr::value(int fallback_year, bool recurring) const {
  int y = year != 0 ? year : fallback_year;
  char buf[32];
  switch (form) {
    case DateForm::Full:
    case DateForm::DayMonth:
      if (recurring && form == DateForm::DayMonth) return PartialDate{0, month, day}.iso();
      if (y == 0) return {};
      return PartialDate{y, month, day}.iso();
    case DateForm::Month:
    case DateForm::MonthRange:
      if (recurring && form == DateForm::Month && year == 0) {  // "trong tháng 01 hằng năm"
        std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
        return buf;
      }
      if (y == 0) return {};
      return PartialDate{y, month, 0}.iso();
    case DateForm::Quarter:
      if (y == 0) return {};
      std::snprintf(buf, sizeof buf, "%04d-Q%d", y, quarter);
      return buf;
    case DateForm::Half:
      if (y == 0) return {};
      std::snprintf(buf, sizeof buf, "%04d-H%d", y, half);
      return buf;
  }
  return {};
}

PartialDate DateExpr::latest(int fallback_year) const {
  int y = year != 0 ? year : fallback_year;
  switch (form) {
    case DateForm::Full:
    case DateForm::DayMonth:
      return {y, month, day};
    case DateForm::Month:
    case DateForm::MonthRange:
      return {y, month, 0};
    case DateForm::Quarter:
      return {y, quarter * 3, 0};
    case DateForm::Half:
      return {y, half * 6, 0};
  }
  return {};
}

DateGrammar::DateGrammar()
    : full_words_(std::string("(?<![\\p{L}\\d/])(?:ngay") + kSp + "+)?(\\d{1,2})" + kSp + "+thang" + kSp + "+(\\d{1,2})" + kSp +
                  "*,?" + kSp + "*(?:nam" + kSp + "+|/" + kSp + "*)(\\d{4})(?!\\d)",
                  Lead{kDayLead, true}),
      // "từ 01/3-15/3/2026": a dash right after a day/month still opens the window's end.
      full_numeric_(std::string("(?:(?<![\\p{L}\\d/.-])|(?<=\\d/\\d{1,2}-))(?:ngay") + kSp + "+)?(\\d{1,2})" + kSp + "?([/.-])" + kSp +
                    "?(\\d{1,2})" + kSp + "?\\2" + kSp + "?(\\d{4})(?![\\d/])", Lead{kDayLead, true}),
      day_month_words_(std::string("(?<![\\p{L}\\d])ngay") + kSp + "+(\\d{1,2})" + kSp + "+thang" + kSp + "+(\\d{1,2})(?![\\d/])", Lead{"ngay", true}),
      day_month_numeric_(std::string("(?<![\\p{L}\\d])ngay") + kSp + "+(\\d{1,2})/(\\d{1,2})(?![\\d/])", Lead{"ngay", true}),
      listed_day_month_(std::string("(?<=\\d[ ]{0,2}(?:,|,[ ]{1,2}va|va|hoac)[ ]{1,2})(\\d{1,2})") + kSp + "+thang" + kSp +
                        "+(\\d{1,2})(?![\\d/])", Lead{kDigits, true}),
      month_(std::string("(?<![\\p{L}\\d])thang") + kSp + "+(\\d{1,2})(?:" + kSp + "*[/-]" + kSp + "*(\\d{4})|" + kSp +
             "+nam" + kSp + "+(\\d{4}))?(?![\\d/])", Lead{"thang", true}),
      // "tháng 3, 4/2026", "tháng 11 và 12 năm 2026": a list of months (with its year) is due by its last one.
      month_list_(std::string("(?<![\\p{L}\\d])thang") + kSp + "+(?:\\d{1,2}" + kSp + "*(?:,|va)" + kSp + "*)+(\\d{1,2})(?:" +
                  kSp + "*/" + kSp + "*(\\d{4})|" + kSp + "+nam" + kSp + "+(\\d{4}))(?![\\d/])", Lead{"thang", true}),
      // "quý I, II/2026", "quý III-IV/2026", "quý I và quý II/2026": a list of quarters is due by its last one.
      quarter_(std::string("(?<![\\p{L}\\d])quy") + kSp + "+(?:(?:iv|i{1,3}|[1-4])" + kSp + "*(?:,|-|va)" + kSp +
               "*(?:quy" + kSp + "+)?)*(iv|i{1,3}|[1-4])(?![\\p{L}\\d])(?:" + kSp + "*/" + kSp +
               "*(\\d{4})|" + kSp + "+nam" + kSp + "+(\\d{4}))?(?!\\d)", Lead{"quy", true}),
      half_(std::string("(?<![\\p{L}\\d])(?:0?6|sau)") + kSp + "+thang" + kSp + "+(đau|cuoi)" + kSp + "+nam(?:" + kSp +
            "+(\\d{4}))?(?!\\d)", Lead{"0|6|sau", true}),
      month_range_(std::string("(?<![\\p{L}\\d])(?:tu") + kSp + "+)?thang" + kSp + "+(\\d{1,2})" + kSp + "*(?:-|đen(?:" + kSp +
                   "+het)?)" + kSp + "*(?:thang" + kSp + "+)?(\\d{1,2})(?:" + kSp + "*[/-]" + kSp + "*(\\d{4})|" + kSp + "+nam" +
                   kSp + "+(\\d{4}))(?!\\d)", Lead{"tu|thang", true}),
      // "… 1418/QĐ-UBND cùng ngày 05/3/2025": two citations sharing one date.
      date_lead_(std::string(kSp) + "*,?" + kSp + "*(?:ban hanh" + kSp + "+)?(?:vao" + kSp + "+)?(?:cung" + kSp +
                 "+(?=ngay))?(?=ngay|\\d)") {}

std::vector<DateExpr> DateGrammar::find_all(const icu::UnicodeString& folded) const {
  std::vector<DateExpr> found;
  const int32_t n = folded.length();
  auto collect = [&](const Pattern& p, DateForm form) {
    // No match starts before the first lead word; with none, the pattern need not even be compiled.
    int32_t pos = p.next_lead(folded, 0, n);
    if (pos < 0) return;
    auto m = p.matcher(folded);
    while (p.find_in(*m, pos, n)) {
      Span all = group_span(*m, 0);
      pos = all.end > all.start ? all.end : all.start + 1;
      DateExpr e;
      e.start = all.start;
      e.end = all.end;
      e.form = form;
      auto num = [&](int g) {
        Span s = group_span(*m, g);
        return s.found() ? digits_value(folded, s.start, s.end) : 0;
      };
      switch (form) {
        case DateForm::Full:
          if (&p == &full_words_) {
            e.day = num(1), e.month = num(2), e.year = num(3);
          } else {
            e.day = num(1), e.month = num(3), e.year = num(4);
          }
          break;
        case DateForm::DayMonth:
          e.day = num(1), e.month = num(2);
          break;
        case DateForm::Month:
          e.month = num(1), e.year = num(2) ? num(2) : num(3);
          break;
        case DateForm::Quarter: {
          Span q = group_span(*m, 1);
          e.quarter = roman_or_digit_quarter(folded, q.start, q.end);
          e.year = num(2) ? num(2) : num(3);
          if (e.quarter == 0) continue;
          break;
        }
        case DateForm::Half: {
          Span h = group_span(*m, 1);
          e.half = folded.tempSubStringBetween(h.start, h.end) == u"đau" ? 1 : 2;
          e.year = num(2);
          break;
        }
        case DateForm::MonthRange:
          e.from_month = num(1), e.month = num(2), e.year = num(3) ? num(3) : num(4);
          if (e.from_month < 1 || e.from_month > 12) continue;
          break;
      }
      if (form != DateForm::Quarter && form != DateForm::Half && !valid_day_month(e.day, e.month)) continue;
      if (!valid_year(e.year)) continue;
      found.push_back(e);
    }
  };
  // Only "quý II" and "sáu tháng đầu năm" are written without a digit, and most paragraphs have none.
  const char16_t* units = folded.getBuffer();
  if (std::any_of(units, units + n, [](char16_t c) { return c >= u'0' && c <= u'9'; })) {
    collect(month_range_, DateForm::MonthRange);
    collect(full_words_, DateForm::Full);
    collect(full_numeric_, DateForm::Full);
    collect(day_month_words_, DateForm::DayMonth);
    collect(day_month_numeric_, DateForm::DayMonth);
    collect(listed_day_month_, DateForm::DayMonth);
    collect(month_, DateForm::Month);
    collect(month_list_, DateForm::Month);
  }
  collect(quarter_, DateForm::Quarter);
  collect(half_, DateForm::Half);

  // Leftmost-longest, then drop what overlaps a kept expression.
  std::stable_sort(found.begin(), found.end(), [](const DateExpr& a, const DateExpr& b) {
    if (a.start != b.start) return a.start < b.start;
    return (a.end - a.start) > (b.end - b.start);
  });
  std::vector<DateExpr> out;
  int32_t covered = -1;
  for (const auto& e : found) {
    if (e.start < covered) continue;
    out.push_back(e);
    covered = e.end;
  }
  return out;
}

std::optional<DateExpr> DateGrammar::full_date_at(const icu::UnicodeString& folded, int32_t pos, int32_t limit) const {
  auto lead = date_lead_.matcher(folded);
  if (!looking_at(*lead, pos, limit)) return std::nullopt;
  const int32_t at = group_span(*lead, 0).end;
  for (const Pattern* p : {&full_words_, &full_numeric_}) {
    auto m = p->matcher(folded);
    if (!looking_at(*m, at, limit)) continue;
    auto num = [&](int g) {
      Span s = group_span(*m, g);
      return s.found() ? digits_value(folded, s.start, s.end) : 0;
    };
    DateExpr e;
    e.form = DateForm::Full;
    e.start = at;
    e.end = group_span(*m, 0).end;
    if (p == &full_words_) {
      e.day = num(1), e.month = num(2), e.year = num(3);
    } else {
      e.day = num(1), e.month = num(3), e.year = num(4);
    }
    if (!valid_day_month(e.day, e.month) || !valid_year(e.year) || e.day == 0) continue;
    return e;
  }
  return std::nullopt;
}

}  // namespace vanban
