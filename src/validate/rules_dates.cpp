// Dates: ones the calendar does not have, the header's zero-padding (NĐ 30 Phụ lục I: days 1-9 and months
// 1-2 take a leading 0), a date in the future, citations and deadlines later/earlier than the document.
#include <algorithm>
#include <tuple>

#include "validate/context.hpp"

namespace vanban::validate {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int month, int year) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

bool exists(int d, int m, int y) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in(m, y); }

std::tuple<int, int, int> key(const PartialDate& d) { return {d.year, d.month, d.day}; }

std::string dmy(const PartialDate& d) {
  std::string out;
  if (d.day) out += std::to_string(d.day) + "/";
  if (d.month) out += std::to_string(d.month) + "/";
  return out + std::to_string(d.year);
}

std::size_t byte_offset(const text::MatchText& t, int32_t start) { return t.utf8(0, start).size(); }

/// VB301 in one paragraph: every numeric or worded date checked against the calendar.
void impossible_dates(Context& ctx, const Paragraph& p) {
  if (p.text.find_first_of("0123456789") == std::string::npos) return;
  const text::MatchText t = ctx.tools.folder.prepare(p.text);
  auto check = [&](const Pattern& pattern, int gd, int gm, int gy) {
    auto m = pattern.matcher(t.folded);
    UErrorCode status = U_ZERO_ERROR;
    while (m->find(status) && U_SUCCESS(status)) {
      const int d = digits_value(t.folded, m->start(gd, status), m->end(gd, status));
      const int mo = digits_value(t.folded, m->start(gm, status), m->end(gm, status));
      const int y = digits_value(t.folded, m->start(gy, status), m->end(gy, status));
      if (y < 1900 || exists(d, mo, y)) continue;
      const int32_t start = m->start(status);
      ctx.report_at("VB301", "the date \"" + t.utf8(start, m->end(status)) + "\" does not exist", p, byte_offset(t, start));
    }
  };
  check(ctx.tools.numeric_date, 1, 3, 4);
  check(ctx.tools.worded_date, 1, 2, 3);
}

/// VB302: the header's date line as written.
void header_padding(Context& ctx) {
  const auto& issue = ctx.doc.metadata.issue_date;
  if (!issue || issue->year == 0) return;
  BlockRange range = ctx.doc.front;
  if (range.empty()) range = {0, std::min<std::size_t>(ctx.doc.blocks.size(), 12)};
  bool done = false;
  for_each_paragraph(ctx.doc, range, [&](const Paragraph& p) {
    if (done) return;
    const text::MatchText t = ctx.tools.folder.prepare(p.text);
    auto m = ctx.tools.header_date.matcher(t.folded);
    UErrorCode status = U_ZERO_ERROR;
    while (!done && m->find(status) && U_SUCCESS(status)) {
      if (digits_value(t.folded, m->start(3, status), m->end(3, status)) != issue->year) continue;
      done = true;
      for (int g : {1, 2}) {
        const int32_t s = m->start(g, status), e = m->end(g, status);
        if (e - s != 1) continue;  // blank (draft) or already two digits
        const int value = digits_value(t.folded, s, e);
        if (g == 1 && value >= 1 && value <= 9) {
          ctx.report_at("VB302", "the day of the date (ngày) is written \"" + t.utf8(s, e) + "\": days 1-9 take a leading zero (\"0" +
                                     t.utf8(s, e) + "\")",
                        p, byte_offset(t, s));
        } else if (g == 2 && (value == 1 || value == 2)) {
          ctx.report_at("VB302", "the month of the date (tháng) is written \"" + t.utf8(s, e) +
                                     "\": months 1 and 2 take a leading zero (\"0" + t.utf8(s, e) + "\")",
                        p, byte_offset(t, s));
        }
      }
    }
  });
}

/// a < b, comparing only what b knows (a blank day in the document's date compares months).
bool before(const PartialDate& a, const PartialDate& b) {
  if (b.month == 0) return a.year < b.year;
  if (b.day == 0) return std::tuple(a.year, a.month) < std::tuple(b.year, b.month);
  return key(a) < key(b);
}

void future_date(Context& ctx) {
  const auto& issue = ctx.doc.metadata.issue_date;
  if (!issue || issue->year == 0 || ctx.today.year == 0) return;
  PartialDate probe = *issue;  // the earliest day the written date can mean
  if (probe.month == 0) probe.month = 1;
  if (probe.day == 0) probe.day = 1;
  if (key(probe) > key(ctx.today)) {
    report_in_front(ctx, "VB303",
                    "the document's date (" + dmy(*issue) + ") is after today (" + dmy(ctx.today) + ")",
                    ctx.doc.metadata.place ? std::string_view(*ctx.doc.metadata.place) : std::string_view("ngày"));
  }
}

/// "134/2016/NĐ-CP" dated 2026: the date was read from elsewhere in the sentence (or is a typo the
/// symbol contradicts); either way not a later document.
bool date_fits_symbol(std::string_view ns, const PartialDate& date) {
  const auto slash = ns.find('/');
  if (slash == std::string_view::npos || ns.size() < slash + 6 || ns[slash + 5] != '/') return true;
  const std::string_view year = ns.substr(slash + 1, 4);
  if (year.find_first_not_of("0123456789") != std::string_view::npos) return true;
  return std::stoi(std::string(year)) == date.year;
}

/// A citation that swallowed a deadline ("… của Chính phủ xong trước ngày 01 tháng 5 năm 2026").
bool has_deadline_cue(const Context& ctx, std::string_view citation) {
  const std::string folded = ctx.fold(citation);
  for (std::string_view cue : {"truoc ngay", "cham nhat", "han chot", "ke tu ngay", "tu ngay", "đen ngay"}) {
    if (folded.find(cue) != std::string::npos) return true;
  }
  return false;
}

void later_citations(Context& ctx) {
  const auto& issue = ctx.doc.metadata.issue_date;
  if (!issue || issue->year == 0) return;
  const auto& type = ctx.doc.metadata.doc_type;
  if (type && ctx.fold(*type) == "van ban hop nhat") return;  // a consolidation cites the later amendments
  for (const auto& r : ctx.doc.references) {
    // Only citations by number/symbol: a law by name may be one still being drafted ("dự án Luật …").
    if (!r.number_symbol || !r.date || !r.date->complete() || r.occurrences.empty()) continue;
    if (!date_fits_symbol(*r.number_symbol, *r.date) || has_deadline_cue(ctx, r.text)) continue;
    PartialDate latest = *issue;  // the last day the document's date can mean
    if (latest.month == 0) latest.month = 12;
    if (latest.day == 0) latest.day = days_in(latest.month, latest.year);
    if (key(*r.date) <= key(latest)) continue;
    const auto& o = r.occurrences.front();
    report_text_at(ctx, "VB304",
                   "the document, dated " + dmy(*issue) + ", cites \"" + r.text + "\" dated later (" + dmy(*r.date) + ")",
                   o.location, o.text);
  }
}

void early_deadlines(Context& ctx) {
  const auto& issue = ctx.doc.metadata.issue_date;
  if (!issue || issue->year == 0 || !ctx.enabled("VB305")) return;
  const BlockRange range = ctx.doc.body.empty() ? all_blocks(ctx.doc) : ctx.doc.body;
  for_each_paragraph(ctx.doc, range, [&](const Paragraph& p) {
    if (p.text.find_first_of("0123456789") == std::string::npos) return;
    const text::MatchText t = ctx.tools.folder.prepare(p.text);
    auto m = ctx.tools.deadline_date.matcher(t.folded);
    UErrorCode status = U_ZERO_ERROR;
    while (m->find(status) && U_SUCCESS(status)) {
      const int32_t start = m->start(status);
      // "đã hoàn thành trước ngày …", "giấy đã cấp trước ngày …": past events, not deadlines; "công trình" is
      // not the verb "trình".
      const int32_t from = std::max(0, start - 8);
      icu::UnicodeString preceding, matched;
      t.folded.extract(from, start - from, preceding);
      t.folded.extract(start, m->end(status) - start, matched);
      if (preceding.indexOf(u"đa ") >= 0 || matched.indexOf(u"đa ") >= 0 || matched.indexOf(u" đa") >= 0) continue;
      if (matched.startsWith(u"trinh") && preceding.endsWith(u"cong ")) continue;
      const int g = m->start(1, status) >= 0 ? 1 : 4;
      PartialDate d{digits_value(t.folded, m->start(g + 2, status), m->end(g + 2, status)),
                    digits_value(t.folded, m->start(g + 1, status), m->end(g + 1, status)),
                    digits_value(t.folded, m->start(g, status), m->end(g, status))};
      if (!exists(d.day, d.month, d.year) || !before(d, *issue)) continue;
      // A task quoted from a cited document ("Công văn số … giao Bộ X …, hoàn thành trước ngày …"): its
      // subject holds the deadline, which is that document's, not this one's.
      const std::string phrase = t.utf8(start, m->end(status));
      const bool quoted = std::any_of(ctx.doc.references.begin(), ctx.doc.references.end(), [&](const Reference& r) {
        return r.subject && r.subject->find(phrase) != std::string::npos;
      });
      if (quoted) continue;
      ctx.report_at("VB305",
                    "the deadline (thời hạn) \"" + t.utf8(start, m->end(status)) + "\" is before the document's own date (" +
                        dmy(*issue) + ")",
                    p, byte_offset(t, start));
    }
  });
}

}  // namespace

void check_dates(Context& ctx) {
  if (ctx.enabled("VB301")) {
    for_each_paragraph(ctx.doc, all_blocks(ctx.doc), [&](const Paragraph& p) { impossible_dates(ctx, p); });
    for (const auto& f : ctx.doc.footnotes) {
      Paragraph p;
      p.text = f.text;
      p.location = f.location;
      p.style.hard_wrapped = true;  // footnote texts join lines: keep the footnote's own location
      impossible_dates(ctx, p);
    }
  }
  header_padding(ctx);
  future_date(ctx);
  later_citations(ctx);
  early_deadlines(ctx);
}

}  // namespace vanban::validate
