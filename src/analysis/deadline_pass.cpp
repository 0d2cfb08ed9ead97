#include "analysis/deadline_pass.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include <unicode/uchar.h>

#include "analysis/number_symbol.hpp"
#include "analysis/task_extractor.hpp"
#include "model/section_index.hpp"

namespace vanban {
namespace {

bool in_range(const BlockRange& r, std::size_t i) { return i >= r.begin && i < r.end; }

/// True when `value` lies before `doc_date` at the precision both share (past events of a report).
bool before_document(const PartialDate& value, const PartialDate& doc_date) {
  if (value.year == 0 || doc_date.year == 0) return false;
  if (value.year != doc_date.year) return value.year < doc_date.year;
  if (value.month == 0 || doc_date.month == 0) return false;
  if (value.month != doc_date.month) return value.month < doc_date.month;
  if (value.day == 0 || doc_date.day == 0) return false;
  return value.day < doc_date.day;
}

std::string trim(std::string s) {
  std::size_t a = 0;
  while (a < s.size() && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t')) ++a;
  std::size_t b = s.size();
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\t')) --b;
  std::string out = s.substr(a, b - a);
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

std::string cell_text(const TableCell& c) {
  std::string out;
  for (const auto& p : c.paragraphs) {
    if (!out.empty()) out += ' ';
    out += p.text;
  }
  return trim(out);
}

/// [start, end) of the sentence around [a, b) in single-line folded text.
std::pair<int32_t, int32_t> sentence_around(const icu::UnicodeString& f, int32_t a, int32_t b) {
  int32_t s = a;
  while (s > 0) {
    char16_t c = f.charAt(s - 1);
    if ((c == u'.' || c == u'!' || c == u'?') && s < f.length() && f.charAt(s) == u' ') break;
    --s;
  }
  int32_t e = b;
  while (e < f.length()) {
    char16_t c = f.charAt(e);
    if ((c == u'.' || c == u'!' || c == u'?') && (e + 1 == f.length() || f.charAt(e + 1) == u' ')) {
      ++e;
      break;
    }
    ++e;
  }
  while (s < e && f.charAt(s) == u' ') ++s;
  return {s, e};
}

}  // namespace

struct DeadlinePass::Context {
  Document& doc;
  bool flat_table = false;  // an appendix table flattened to text has shown its time column
  std::vector<const Section*> section_of;
  std::map<const Section*, const Section*> parent;
  int doc_year = 0;
  PartialDate doc_date;
  /// A normative act ("…/2022/TT-BLĐTBXH"): its rules stand for years, so a day and month it names
  /// without a year ("báo cáo trước ngày 15 tháng 12") is a day of every year.
  bool standing_rule = false;
};

DeadlinePass::DeadlinePass(const text::TextKit& kit)
    : kit_(kit),
      citations_(kit.folder),
      assignees_(kit.folder),
      trigger_("(?:^|[^\\p{L}])(han (?:chot|cuoi)(?:[ ]+\\p{L}+){1,5}[ ]*:|han (?:chot|cuoi)(?:[ ]+\\p{L}+){1,5}[ ]+la|"
               "khong muon hon|khong qua|thoi han(?:[ ]+\\p{L}+){0,5}[ ]*:|truoc|xong truoc|"
               "hoan thanh truoc|cham nhat|muon nhat|han chot|han cuoi|đen het|trong|hoan thanh trong|hoan thanh|vao|"
               "thoi gian(?: hoan thanh| thuc hien)?[ ]*:)"
               "(?:[ ]+\\d{1,2}[ ]*(?:gio|h|:)[ ]*(?:\\d{1,2}[ ]*(?:phut|p)?)?[ ]*,?)?(?:[ ]+(?:la|vao|đen|đen het))?"
               "(?:[ ]+(?:cuoi|đau|giua))?[ ]*[,:]?[ ]*$"),  // "vào cuối quý II/2024"
      item_lead_("[ ]*(?:(?:[ivxlc]+|\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ])[ ]*[.)]|[-+*•])?[ ]*(?:tu[ ]+)?"),
      item_separator_("[ ]*[:–-][ ]*\\p{L}"),
      past_("(?<![\\p{L}])(?:đã|vừa)(?![\\p{L}])"),
      window_end_("(?:^|[^\\p{L}])(?:đen|đen het|-)[ ]*$"),
      phase_gap_("^[ ]*[;,][ ]*(?:[-+][ ]*)?\\p{L}+(?:[ ]+\\p{L}+)?[ ]+\\d{1,2}[ ]*:[ ]*(?:trong[ ]+)?$"),
      bare_day_month_("[ ]*(?:(?:(?:hoan thanh|xong)[ ]+)?(?:truoc|cham nhat(?:[ ]+la)?|muon nhat(?:[ ]+la)?)[ ]+)?"
                      "(\\d{1,2})/(\\d{1,2})[ ]*[.;]?[ ]*"),
      recurring_("[ ]*,?[ ]*(?:hang nam|moi nam|cac nam|nam truoc)(?![\\p{L}])"),
      // A cue ends at a clause break: "… còn hiệu lực, xong trước ngày 30/9" is a limit again. The
      // validity of a text may run a long way: "có hiệu lực kể từ ngày ký đến hết ngày 28/02/2027".
      excluded_("(?:tính đến|tính từ|số liệu|kể từ)[^;.,]{0,24}$|hiệu lực[^;.,]{0,50}$|số liệu từ[^;.,]{0,40}$"),
      monthly_("(?<![\\p{L}])ngay[ ]+(\\d{1,2})[ ]*,?[ ]*(?:(?:hang|moi)[ ]+thang|(?:cua[ ]+)?thang[ ]+(?:lien ke|tiep theo|ke tiep|sau))"
               "(?![\\p{L}])", Lead{"ngay"}),
      bare_day_("(?<![\\p{L}])ngay[ ]+(\\d{1,2})(?![\\d/.-]|[ ]*(?:thang|nam)(?![\\p{L}]))"),
      every_month_("(?<![\\p{L}])(?:hang|moi)[ ]+thang(?![\\p{L}])", Lead{"hang|moi"}),
      yearly_("[ ]*,?[ ]*(?:hang|moi)[ ]+nam(?![\\p{L}])"),
      anchor_year_("[ ]+nam[ ]+(?:ke hoach|bao cao|thuc hien|ngan sach|đanh gia|xet)(?![\\p{L}])"),
      occasion_("(?<![\\p{L}])nhan[ ]+(?:ngay|dip)(?:[ ]+[^;.\\d]{2,60}?)?[ ]+(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])", Lead{"nhan"}),
      year_("(?<![\\p{L}\\d])nam[ ]+(\\d{4})(?!\\d)"),
      time_header_("^[ ]*(?:thoi gian|thoi han|thoi điem|tien đo|han hoan thanh)(?![\\p{L}])"),
      flat_header_("^[ ]*s?tt[ ]+(?:noi dung|nhiem vu|ten nhiem vu|cong viec|hoat đong)(?![\\p{L}])[^.;]{0,160}?"
                   "(?<![\\p{L}])(?:thoi gian|thoi han|thoi điem|tien đo)(?![\\p{L}])"),
      flat_next_("[ ]*(?:$|\\d{1,3}(?:\\.\\d{1,2})?[ ]+\\p{Lu}|[IVXL]+[ ]+\\p{Lu}|-[ ]+\\p{Lu})"),
      content_header_("^[ ]*(?:noi dung|nhiem vu|cong viec|ten nhiem vu|hoat đong)(?![\\p{L}])"),
      unit_header_("^[ ]*(?:trach nhiem|đon vi chu tri|chu tri|đon vi thuc hien|co quan chu tri|co quan thuc hien|"
                   "đon vi phu trach|nguoi thuc hien)(?![\\p{L}])"),
      relative_("(?<![\\p{L}\\d])(trong thoi han|trong vong|trong|cham nhat(?:[ ]+la)?|muon nhat(?:[ ]+la)?|truoc|"
                "khong qua|toi đa)(?:[ ]+(?:la|sau|sau khi))?[ ]+(\\d{1,3})[ ]+(ngay lam viec|ngay|tuan|thang|nam|gio)"
                "(?![\\p{L}])[ ]*,?[ ]*(ke tu|tinh tu|sau khi|sau|so voi|truoc khi|truoc)(?![\\p{L}])[ ]*",
                Lead{"trong|cham nhat|muon nhat|truoc|khong qua|toi đa", true}),
      prior_year_("[ ]*,?[ ]*(nam (?:(?:truoc|sau|ke tiep|tiep theo)(?:[ ]+lien ke)?|lien ke))(?![\\p{L}])"),
      in_force_("(?:hiệu lực|thi hành)[^;.]{0,30}$"),
      anchor_stop_("[ ]+(?:thì|để|nhằm|phải|đồng thời|và (?:chịu|báo cáo|gửi|trả lời|phản hồi|thông báo|tổng hợp))(?![\\p{L}])") {}

std::string DeadlinePass::trigger_before(const text::MatchText& text, const icu::UnicodeString& folded, int32_t start,
                                         int32_t* trigger_start) const {
  const int32_t from = std::max(0, start - 60);  // "hạn chót nhận hồ sơ đăng ký dự thi: " is long
  icu::UnicodeString tail = folded.tempSubStringBetween(from, start);
  if (excluded_before(text, folded, start)) return {};
  auto m = trigger_.matcher(tail);
  if (!find_in(*m, 0, tail.length())) return {};
  Span g = group_span(*m, 1);
  if (trigger_start) *trigger_start = from + g.start;
  std::string word;
  tail.tempSubStringBetween(g.start, g.end).toUTF8String(word);
  if (word.rfind("han chot", 0) == 0 || word.rfind("han cuoi", 0) == 0) return "by";
  if (word == "truoc" || word == "xong truoc" || word == "hoan thanh truoc") return "before";
  if (word.rfind("thoi gian", 0) == 0 && word.find("hoan thanh") == std::string::npos &&
      word.find("thuc hien") == std::string::npos) {
    // "Thời gian: 14 giờ 00, ngày 16/5/2024" gives the hour of a meeting (an event), while
    // "Thời gian: tháng 6/2026" is when a task is due.
    const Span all = group_span(*m, 0);
    for (int32_t i = g.end; i < all.end; ++i)
      if (tail.charAt(i) >= u'0' && tail.charAt(i) <= u'9') return {};
  }
  if (word == "trong" || word == "hoan thanh trong" || word.rfind("thoi gian", 0) == 0) return "during";
  if (word == "vao") return "at";  // "vào quý III năm 2023": a period; "vào ngày 14/8" is an event
  if (word.rfind("thoi han", 0) == 0) return "by";
  return "by";
}

bool DeadlinePass::excluded_before(const text::MatchText& text, const icu::UnicodeString& folded, int32_t start) const {
  // Cut-offs and periods of data, read with diacritics: "tính đến" is one, "của tỉnh đến" is not.
  const int32_t from = std::max(0, start - 60);
  const icu::UnicodeString lower = lowercase_for_matching(text.original.tempSubStringBetween(from, start),
                                                          folded.tempSubStringBetween(from, start));
  auto ex = excluded_.matcher(lower);
  return find_in(*ex, 0, lower.length());
}

bool DeadlinePass::past_tense_after(const text::MatchText& text, int32_t end) const {
  const int32_t stop = std::min(text.length(), end + 40);
  icu::UnicodeString window = lowercase_for_matching(text.original.tempSubStringBetween(end, stop),
                                                     text.folded.tempSubStringBetween(end, stop));
  for (int32_t i = 0; i < window.length(); ++i) {
    const char16_t c = window.charAt(i);
    if (c == u';' || c == u'.') {
      window.truncate(i);
      break;
    }
  }
  auto m = past_.matcher(window);
  return find_in(*m, 0, window.length());
}

bool DeadlinePass::schedule_item(const icu::UnicodeString& folded, const DateExpr& e) const {
  if (e.form == DateForm::DayMonth) return false;
  auto lead = item_lead_.matcher(folded);
  if (!looking_at(*lead, 0, e.start) || group_span(*lead, 0).end != e.start) return false;
  auto sep = item_separator_.matcher(folded);
  return looking_at(*sep, e.end, folded.length());
}

bool DeadlinePass::period_heading(const icu::UnicodeString& folded, const DateExpr& e) const {
  if (e.form != DateForm::Month && e.form != DateForm::Quarter && e.form != DateForm::Half &&
      e.form != DateForm::MonthRange)
    return false;
  auto lead = item_lead_.matcher(folded);
  if (!looking_at(*lead, 0, e.start) || group_span(*lead, 0).end != e.start) return false;
  for (int32_t i = e.end; i < folded.length(); ++i) {
    const char16_t c = folded.charAt(i);
    if (c != u' ' && c != u':' && c != u'.') return false;
  }
  return true;
}

bool DeadlinePass::window_end_before(const icu::UnicodeString& folded, int32_t start) const {
  const int32_t from = std::max(0, start - 12);
  icu::UnicodeString tail = folded.tempSubStringBetween(from, start);
  auto m = window_end_.matcher(tail);
  return find_in(*m, 0, tail.length());
}

bool DeadlinePass::flat_time_cell(const text::MatchText& text, const DateExpr& e) const {
  const UChar32 first = text.original.char32At(e.start);
  if (!u_isupper(first) && !u_isdigit(first)) return false;
  auto next = flat_next_.matcher(text.original);
  return looking_at(*next, e.end, text.original.length());
}

bool DeadlinePass::list_link(const icu::UnicodeString& folded, int32_t from, int32_t to) {
  // Only a link word between two dates: ", ", " và ", " hoặc ", "; " is a new clause.
  std::string gap;
  folded.tempSubStringBetween(from, to).toUTF8String(gap);
  std::size_t a = 0, b = gap.size();
  while (a < b && gap[a] == ' ') ++a;
  while (b > a && gap[b - 1] == ' ') --b;
  const std::string_view link = std::string_view(gap).substr(a, b - a);
  return link == "," || link == "va" || link == "hoac" || link == ", va";
}

bool DeadlinePass::yearly_before(const icu::UnicodeString& folded, int32_t start) {
  int32_t s = start;  // back to the sentence start
  while (s > 0 && !(folded.charAt(s - 1) == u'.' && s < folded.length() && folded.charAt(s) == u' ') &&
         folded.charAt(s - 1) != u';')
    --s;
  const icu::UnicodeString head = folded.tempSubStringBetween(s, start);
  // "báo cáo định kỳ 06 tháng (trước ngày 15 tháng 6)": a periodic report's day comes back every year
  return head.indexOf(u"hang nam") >= 0 || head.indexOf(u"moi nam") >= 0 || head.indexOf(u"đinh ky") >= 0;
}

int32_t DeadlinePass::recurring_after(const icu::UnicodeString& folded, int32_t end) const {
  auto m = recurring_.matcher(folded);
  return looking_at(*m, end, folded.length()) ? group_span(*m, 0).end : -1;
}

bool DeadlinePass::excluded_window(const text::MatchText& text, const DateExpr& e) const {
  // "số liệu từ tháng 1 đến tháng 6/2025", "tính từ tháng …": the cue may hold the window's own "từ".
  // Read with diacritics: "của tỉnh từ tháng 6" is no "tính từ".
  const int32_t from = std::max(0, e.start - 40);
  const int32_t to = std::min(e.end, e.start + 3);
  const icu::UnicodeString head = lowercase_for_matching(text.original.tempSubStringBetween(from, to),
                                                        single_line(text.folded.tempSubStringBetween(from, to)));
  auto ex = excluded_.matcher(head);
  return find_in(*ex, 0, head.length());
}

std::optional<std::string> DeadlinePass::assignee_for(Context& cx, const std::string& sentence, const Paragraph& p,
                                                      std::size_t block) const {
  if (auto a = assignees_.in_sentence(sentence)) return a;
  if (auto a = assignees_.in_sentence(p.text)) return a;
  const Section* s = block < cx.section_of.size() ? cx.section_of[block] : nullptr;
  while (s) {
    if (s->heading_block < cx.doc.blocks.size() && s->heading_block != block) {
      if (const auto* h = std::get_if<Paragraph>(&cx.doc.blocks[s->heading_block])) {
        if (auto a = assignees_.in_sentence(h->text)) return a;
      }
    }
    if (auto a = assignees_.in_heading(s->title)) return a;
    auto it = cx.parent.find(s);
    s = it == cx.parent.end() ? nullptr : it->second;
  }
  return std::nullopt;
}

void DeadlinePass::scan_text(Context& cx, const Paragraph& p, std::size_t block) const {
  const auto text = kit_.folder.prepare(p.text);
  const icu::UnicodeString folded = single_line(text.folded);
  const auto exprs = dates_.find_all(folded);
  const auto cited = exprs.empty() ? std::vector<Citation>{} : citations_.scan(text);
  const std::string path = block < cx.section_of.size() && cx.section_of[block] ? cx.section_of[block]->path : "";
  int32_t listed_end = -1;  // end of the last limit, for a list "trước ngày 15/9 và ngày 15/12/2025"
  std::vector<std::pair<int32_t, int32_t>> recorded;  // spans of the dates already taken as limits
  std::string listed_kind;
  icu::UnicodeString lower;  // made when a cue needs it
  auto lowered = [&]() -> const icu::UnicodeString& {
    if (lower.isEmpty() && !folded.isEmpty()) lower = lowercase_for_matching(text.original, folded);
    return lower;
  };
  const bool report = cx.doc.metadata.doc_type_code && *cx.doc.metadata.doc_type_code == "BC";
  int32_t previous_end = 0;  // end of the previous date of the text, the look-back bound of a cue
  for (const auto& e : exprs) {
    const int32_t look_back = previous_end;
    previous_end = e.end;
    bool inside_citation = false;
    for (const auto& c : cited)
      if (e.start < c.end && e.end > c.start) inside_citation = true;
    int32_t tstart = e.start;
    std::string kind = trigger_before(text, folded, e.start, &tstart);
    // A document is dated "ngày …", never "trước ngày …": a law's name that ran on into
    // "…, trình Ủy ban nhân dân tỉnh trước ngày 20/8/2027" does not own that date.
    if (inside_citation && kind != "before" && kind != "by") continue;
    if (kind.empty() && e.form != DateForm::DayMonth) {
      // "phấn đấu đến ngày 31/8/2027 giải ngân 90%": a target date is a limit.
      const int32_t to = cues_.target_to(folded, e.start, e.end);
      if (to >= 0 && !excluded_before(text, folded, e.start)) {
        kind = "by";
        tstart = to;
      }
    }
    if (!kind.empty()) {
      // "trong quý III và thời gian tới": a scope; "dự kiến khởi công trước …", "các điểm thi công
      // trong tháng 9": a plan or the sites meant; "để thực hiện … trong quý I, Sở đã …": background.
      if (cues_.open_ended_after(folded, e.end)) continue;
      if (cues_.descriptive_before(lowered(), look_back, tstart)) continue;
      auto [s, t] = sentence_around(folded, tstart, e.end);
      if (cues_.background_purpose(lowered(), s, tstart, e.end, t)) continue;
      // A report relaying a ministry's timetable: "…, Bộ X thẩm định, công nhận … vào tháng 6/2027".
      if (report && kind == "at" && cues_.central_body_subject(text.original, lowered(), s, tstart)) continue;
    }
    if (kind.empty() && listed_end >= 0 && list_link(folded, listed_end, e.start)) kind = listed_kind;
    if (kind.empty() && schedule_item(folded, e)) kind = e.form == DateForm::Full ? "on" : "during";
    if (kind.empty() && period_heading(folded, e)) kind = "during";
    // "… UBND các xã Quý IV/2027 2 Số hóa …": the time cell of a flattened appendix table.
    if (kind.empty() && cx.flat_table && flat_time_cell(text, e))
      kind = e.form == DateForm::Full || e.form == DateForm::DayMonth ? "on" : "during";
    // "Từ tháng 6 đến tháng 8/2025, các xã tổ chức …": a window of work is due by its last month.
    if (kind.empty() && e.form == DateForm::MonthRange && !excluded_window(text, e)) kind = "during";
    if (kind == "at") {  // "sơ kết vào quý III năm 2023" is due then; "họp vào ngày 14/8/2019" is an event
      if (e.form == DateForm::Full || e.form == DateForm::DayMonth) continue;
      kind = "during";
    }
    if (kind.empty()) continue;
    if (past_tense_after(text, e.end)) continue;  // "Trong tháng 9/2025, UBND xã đã tổ chức …"
    if (e.form == DateForm::DayMonth) {  // "chậm nhất là ngày 31/12 năm trước liền kề": no calendar value
      auto prior = prior_year_.matcher(folded);
      auto anchored = anchor_year_.matcher(folded);
      // "31/12 năm trước liền kề năm kế hoạch" counts from a named year: relative. Without one,
      // "trước ngày 31/01 năm liền kề" is a yearly date (handled below).
      const bool prior_year = looking_at(*prior, e.end, folded.length());
      const bool next_to = prior_year && folded.tempSubStringBetween(group_span(*prior, 1).start, group_span(*prior, 1).end)
                                             .endsWith(u"lien ke");
      if (prior_year && (!next_to || looking_at(*anchored, group_span(*prior, 0).end, folded.length()))) {
        const Span anchor = group_span(*prior, 1);
        Deadline d;
        d.text = trim(text.utf8(tstart, anchor.end));
        d.kind = "relative";
        d.anchor = trim(text.utf8(anchor.start, anchor.end));
        d.path = path;
        auto [s, t] = sentence_around(folded, tstart, anchor.end);
        d.sentence = trim(text.utf8(s, t));
        d.assignee = assignee_for(cx, d.sentence, p, block);
        d.location = p.location;
        cx.doc.deadlines.push_back(std::move(d));
        continue;
      }
    }
    int32_t recurring_end = e.form == DateForm::DayMonth ? recurring_after(folded, e.end) : -1;
    if (e.form == DateForm::DayMonth) {  // "trước ngày 31/01 năm liền kề", "31/12 năm trước liền kề"
      auto prior = prior_year_.matcher(folded);
      // Only "liền kề" with no named year gets here (above): a date of every year.
      if (looking_at(*prior, e.end, folded.length())) recurring_end = std::max(recurring_end, group_span(*prior, 0).end);
    }
    if (e.form == DateForm::Month && e.year == 0) {  // "trong tháng 01 hằng năm": XXXX-01
      auto yearly = yearly_.matcher(folded);
      if (looking_at(*yearly, e.end, folded.length())) recurring_end = group_span(*yearly, 0).end;
    }
    // "Hằng năm, trước ngày 15/11, các sở báo cáo …": the qualifier may open the sentence.
    bool recurring = recurring_end >= 0 ||
                     (e.form == DateForm::DayMonth && (cx.standing_rule || yearly_before(folded, tstart))) ||
                     (e.form == DateForm::Month && e.year == 0 && yearly_before(folded, tstart));
    if (!recurring && e.form == DateForm::DayMonth) {
      // "trước ngày 15/6 và ngày 15/12 hằng năm": the qualifier after the list covers every date of it.
      int32_t end = e.end;
      for (const auto& next : exprs) {
        if (next.start < end) continue;
        if (next.form != DateForm::DayMonth || !list_link(folded, end, next.start)) break;
        if (recurring_after(folded, next.end) >= 0) {
          recurring = true;
          break;
        }
        end = next.end;
      }
    }
    const std::string value = e.value(cx.doc_year, recurring);
    if (value.empty()) continue;
    if (!recurring && before_document(e.latest(cx.doc_year), cx.doc_date)) continue;
    listed_end = e.end;
    listed_kind = kind;
    Deadline d;
    d.text = trim(text.utf8(tstart, recurring_end >= 0 ? recurring_end : e.end));  // "trước ngày 20/12 hằng năm"
    d.value = value;
    d.kind = recurring ? "recurring" : kind;
    d.path = path;
    auto [s, t] = sentence_around(folded, tstart, e.end);
    d.sentence = trim(text.utf8(s, t));
    d.assignee = assignee_for(cx, d.sentence, p, block);
    d.location = p.location;
    cx.doc.deadlines.push_back(std::move(d));
    recorded.emplace_back(e.start, e.end);
  }
  scan_relative(cx, p, block, text, folded, path);
  scan_monthly(cx, p, block, text, folded, path);
  // "tổ chức … nhân ngày Pháp luật Việt Nam 09/11": the day of an occasion activities are asked for.
  if (occasion_.next_lead(folded, 0, folded.length()) < 0) return;
  auto occ = occasion_.matcher(folded);
  int32_t pos = 0;
  while (occasion_.find_in(*occ, pos, folded.length())) {
    Span all = group_span(*occ, 0);
    pos = all.end;
    DateExpr e;
    e.form = DateForm::Full;
    e.start = all.start;
    e.end = all.end;
    Span dd = group_span(*occ, 1), mm = group_span(*occ, 2), yy = group_span(*occ, 3);
    // "nhân dịp ngày Thương binh - Liệt sĩ trước ngày 25/7/2023": the date is a limit already recorded.
    bool already = false;
    for (const auto& [rs, re] : recorded)
      if (dd.start >= rs && dd.start < re) already = true;
    if (already) continue;
    e.day = digits_value(folded, dd.start, dd.end);
    e.month = digits_value(folded, mm.start, mm.end);
    e.year = yy.found() ? digits_value(folded, yy.start, yy.end) : 0;
    if (e.day < 1 || e.day > 31 || e.month < 1 || e.month > 12) continue;
    const std::string value = e.value(cx.doc_year);
    if (value.empty() || before_document(e.latest(cx.doc_year), cx.doc_date)) continue;
    Deadline d;
    d.text = trim(text.utf8(e.start, e.end));
    d.value = value;
    d.kind = "on";
    d.path = path;
    auto [s, t] = sentence_around(folded, e.start, e.end);
    d.sentence = trim(text.utf8(s, t));
    d.assignee = assignee_for(cx, d.sentence, p, block);
    d.location = p.location;
    cx.doc.deadlines.push_back(std::move(d));
  }
}

void DeadlinePass::scan_monthly(Context& cx, const Paragraph& p, std::size_t block, const text::MatchText& text,
                                const icu::UnicodeString& folded, const std::string& path) const {
  auto record = [&](int32_t tstart, int32_t end, int day) {
    char value[16];
    std::snprintf(value, sizeof value, "XXXX-XX-%02d", day);
    Deadline d;
    d.text = trim(text.utf8(tstart, end));
    d.value = value;
    d.kind = "recurring";
    d.path = path;
    auto [s, t] = sentence_around(folded, tstart, end);
    d.sentence = trim(text.utf8(s, t));
    d.assignee = assignee_for(cx, d.sentence, p, block);
    d.location = p.location;
    cx.doc.deadlines.push_back(std::move(d));
  };
  if (folded.indexOf(u"ngay") < 0) return;
  // "báo cáo trước ngày 05 hằng tháng", "trước ngày 05 của tháng liền kề".
  std::vector<int32_t> taken;
  auto monthly = monthly_.matcher(folded);
  int32_t at = 0;
  while (monthly_.find_in(*monthly, at, folded.length())) {
    const Span all = group_span(*monthly, 0), dd = group_span(*monthly, 1);
    at = all.end;
    taken.push_back(all.start);
    const int day = digits_value(folded, dd.start, dd.end);
    if (day < 1 || day > 31) continue;
    int32_t tstart = all.start;
    trigger_before(text, folded, all.start, &tstart);
    record(tstart, all.end, day);
  }
  // "định kỳ hằng tháng tổng hợp …, gửi Sở Tài chính trước ngày 20": the sentence names the month.
  if (!every_month_.find(folded)) return;
  auto bare = bare_day_.matcher(folded);
  at = 0;
  while (find_in(*bare, at, folded.length())) {
    const Span all = group_span(*bare, 0), dd = group_span(*bare, 1);
    at = all.end;
    if (std::find(taken.begin(), taken.end(), all.start) != taken.end()) continue;
    const int day = digits_value(folded, dd.start, dd.end);
    if (day < 1 || day > 31) continue;
    int32_t tstart = all.start;
    const std::string kind = trigger_before(text, folded, all.start, &tstart);
    if (kind != "before" && kind != "by") continue;
    auto [s, t] = sentence_around(folded, tstart, all.end);
    auto every = every_month_.matcher(folded);
    if (!every_month_.find_in(*every, s, tstart)) continue;
    record(tstart, all.end, day);
  }
}

int32_t DeadlinePass::anchor_end(const icu::UnicodeString& folded, const icu::UnicodeString& lower, int32_t start) const {
  constexpr int kMaxWords = 16;
  int32_t n = folded.length();
  auto stop = anchor_stop_.matcher(lower);
  if (find_in(*stop, start, n)) n = group_span(*stop, 0).start;
  int words = 0;
  int32_t i = start;
  for (; i < n; ++i) {
    const char16_t c = folded.charAt(i);
    if (c == u';' || c == u',' || c == u':' || c == u'(' || c == u')' || c == u'!' || c == u'?') break;
    if (c == u'.' && (i + 1 == n || folded.charAt(i + 1) == u' ')) break;
    if (c == u' ' && ++words >= kMaxWords) break;
  }
  while (i > start && folded.charAt(i - 1) == u' ') --i;
  return i;
}

void DeadlinePass::scan_relative(Context& cx, const Paragraph& p, std::size_t block, const text::MatchText& text,
                                 const icu::UnicodeString& folded, const std::string& path) const {
  if (relative_.next_lead(folded, 0, folded.length()) < 0) return;
  auto m = relative_.matcher(folded);
  const icu::UnicodeString lower = lowercase_for_matching(text.original, folded);
  int32_t pos = 0;
  while (relative_.find_in(*m, pos, folded.length())) {
    const Span all = group_span(*m, 0), trigger = group_span(*m, 1), count = group_span(*m, 2), unit = group_span(*m, 3);
    pos = all.end;
    {  // "Quyết định có hiệu lực sau 15 ngày kể từ ngày ký": an effective date, not a limit
      const int32_t from = std::max(0, trigger.start - 40);
      const icu::UnicodeString before = lowercase_for_matching(text.original.tempSubStringBetween(from, trigger.start),
                                                               folded.tempSubStringBetween(from, trigger.start));
      auto f = in_force_.matcher(before);
      if (find_in(*f, 0, before.length())) continue;
    }
    const int32_t anchor_start = all.end;
    const int32_t end = anchor_end(folded, lower, anchor_start);
    if (end <= anchor_start) continue;  // no event to count from
    const int amount = digits_value(folded, count.start, count.end);
    if (amount <= 0) continue;
    std::string unit_word;
    folded.tempSubStringBetween(unit.start, unit.end).toUTF8String(unit_word);
    // ISO 8601 duration: P15D, P2W, P1M, P1Y, PT48H.
    const bool hours = unit_word == "gio";
    const char designator = hours ? 'H' : unit_word == "tuan" ? 'W' : unit_word == "thang" ? 'M' : unit_word == "nam" ? 'Y' : 'D';
    std::string duration = hours ? "PT" : "P";
    duration += std::to_string(amount);
    duration += designator;
    Deadline d;
    d.text = trim(text.utf8(trigger.start, end));
    d.kind = "relative";
    d.duration = duration;
    d.working_days = unit_word == "ngay lam viec";
    d.anchor = trim(text.utf8(anchor_start, end));
    d.path = path;
    auto [s, t] = sentence_around(folded, trigger.start, end);
    d.sentence = trim(text.utf8(s, t));
    d.assignee = assignee_for(cx, d.sentence, p, block);
    d.location = p.location;
    cx.doc.deadlines.push_back(std::move(d));
    pos = std::max(pos, end);
  }
}

void DeadlinePass::scan_table(Context& cx, const Table& t, std::size_t block) const {
  // Logical column of each cell (merged cells span several grid columns).
  auto columns = [](const TableRow& r) {
    std::vector<int> at;
    int col = 0;
    for (const auto& c : r.cells) {
      at.push_back(col);
      col += std::max(1, c.grid_span);
    }
    return at;
  };
  int time_col = -1, unit_col = -1, content_col = -1, header_year = 0;
  std::size_t header_row = 0;
  for (std::size_t r = 0; r < t.rows.size() && r < 3 && time_col < 0; ++r) {
    const auto at = columns(t.rows[r]);
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) {
      const std::string txt = cell_text(t.rows[r].cells[c]);
      const auto m = kit_.folder.prepare(txt);
      const auto f = single_line(m.folded);
      auto th = time_header_.matcher(f);
      if (looking_at(*th, 0, f.length())) {
        time_col = at[c];
        header_row = r;
        auto y = year_.matcher(f);
        if (find_in(*y, 0, f.length())) {
          Span g = group_span(*y, 1);
          header_year = digits_value(f, g.start, g.end);
        }
      }
      auto uh = unit_header_.matcher(f);
      if (looking_at(*uh, 0, f.length())) unit_col = at[c];
      auto ch = content_header_.matcher(f);
      if (content_col < 0 && looking_at(*ch, 0, f.length())) content_col = at[c];
    }
  }
  const std::string path = block < cx.section_of.size() && cx.section_of[block] ? cx.section_of[block]->path : "";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    const auto at = columns(row);
    std::optional<std::string> unit;
    if (unit_col >= 0) {
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        if (at[c] == unit_col && !row.cells[c].vmerge_continue) {
          std::string u = cell_text(row.cells[c]);
          if (!u.empty()) unit = u;
        }
    }
    const std::size_t deadlines_before = cx.doc.deadlines.size();
    std::string content;
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      if (at[c] == content_col) content = cell_text(row.cells[c]);
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const auto& cell = row.cells[c];
      if (time_col < 0 || at[c] != time_col || r <= header_row) {
        for (const auto& p : cell.paragraphs) scan_text(cx, p, block);
        continue;
      }
      if (cell.vmerge_continue) continue;
      const std::string txt = cell_text(cell);
      const auto m = kit_.folder.prepare(txt);
      const auto f = single_line(m.folded);
      auto th = time_header_.matcher(f);
      if (looking_at(*th, 0, f.length())) continue;  // a repeated header row
      auto exprs = dates_.find_all(f);
      if (exprs.empty()) {
        // "Trước 30/6", "Hoàn thành trước 31/10": a bare day/month is a date in the time column.
        auto bare = bare_day_month_.matcher(f);
        if (!looking_at(*bare, 0, f.length()) || group_span(*bare, 0).end != f.length()) continue;
        const Span dd = group_span(*bare, 1), mm = group_span(*bare, 2);
        DateExpr e;
        e.form = DateForm::DayMonth;
        e.day = digits_value(f, dd.start, dd.end);
        e.month = digits_value(f, mm.start, mm.end);
        e.start = dd.start;
        e.end = mm.end;
        if (e.day < 1 || e.day > 31 || e.month < 1 || e.month > 12) continue;
        exprs.push_back(e);
      }
      // One deadline per row: a window ("từ ngày 01/3 đến ngày 15/3/2026") counts by its end.
      const DateExpr* pick = &exprs.front();
      for (const auto& e : exprs) {
        if (e.form == DateForm::MonthRange) pick = &e;
        // "(số liệu tính đến ngày …)" is a cut-off, not the end of the window.
        if (&e != &exprs.front() && window_end_before(f, e.start) && !excluded_before(m, f, e.start)) pick = &e;
      }
      const int year = header_year ? header_year : cx.doc_year;
      const bool recurring = pick->form == DateForm::DayMonth && recurring_after(f, pick->end) >= 0;
      const std::string value = pick->value(year, recurring);
      if (value.empty()) continue;
      if (!recurring && before_document(pick->latest(year), cx.doc_date)) continue;
      std::string kind = trigger_before(m, f, pick->start, nullptr);
      if (kind == "at") kind.clear();  // "vào …" in a time column: the column already says it is due
      if (kind.empty())
        kind = pick->form == DateForm::Full || pick->form == DateForm::DayMonth ? "on" : "during";
      Deadline d;
      d.text = txt;
      d.value = value;
      d.kind = recurring ? "recurring" : kind;
      d.path = path;
      d.sentence = txt;
      d.assignee = unit;
      if (!d.assignee && !cell.paragraphs.empty()) d.assignee = assignee_for(cx, txt, cell.paragraphs.front(), block);
      if (!cell.paragraphs.empty()) d.location = cell.paragraphs.front().location;
      // "Trước ngày 20/6/2026 và trước ngày 20/11/2026": a second limit of its own, linked to the first.
      std::vector<Deadline> more;
      if (pick == &exprs.front() && !recurring) {
        int32_t prev_end = pick->end;
        for (std::size_t i = 1; i < exprs.size(); ++i) {
          const DateExpr& e = exprs[i];
          int32_t tstart = e.start;
          std::string k = trigger_before(m, f, e.start, &tstart);
          if (k == "before" || k == "by" || k == "during") {
            if (tstart < prev_end || window_end_before(f, e.start)) break;
            std::string gap;
            f.tempSubStringBetween(prev_end, tstart).toUTF8String(gap);
            const std::string link = trim(gap);
            // "Trước ngày 20/6 và trước ngày 20/11/2026", and "Ban hành trong tháng 02/2027, tự kiểm tra
            // chậm nhất trong tháng 7/2027 và báo cáo trong tháng 9/2027": after a clause break or "và",
            // each step of the cell has a limit of its own.
            const bool clause_break = link.find_first_of(",;") != std::string::npos ||
                                      (" " + link + " ").find(" va ") != std::string::npos || link == "hoac";
            if (!clause_break) break;
          } else {
            // "Đợt 1: tháng 5/2026; Đợt 2: tháng 9/2026": each phase has its own time.
            const icu::UnicodeString gap = f.tempSubStringBetween(prev_end, e.start);
            auto phase = phase_gap_.matcher(gap);
            if (!find_in(*phase, 0, gap.length())) break;
            k = e.form == DateForm::Full || e.form == DateForm::DayMonth ? "on" : "during";
          }
          const std::string v = e.value(year, false);
          if (v.empty() || before_document(e.latest(year), cx.doc_date)) break;
          Deadline extra = d;
          extra.value = v;
          extra.kind = k;
          more.push_back(std::move(extra));
          prev_end = e.end;
        }
      }
      cx.doc.deadlines.push_back(std::move(d));
      for (auto& extra : more) cx.doc.deadlines.push_back(std::move(extra));
    }
    // A task table row: the unit in charge, what to do, and its time.
    if (unit_col >= 0 && content_col >= 0 && r > header_row && unit && !content.empty()) {
      Task task;
      task.unit = *unit;
      task.role = "lead";
      task.text = content;
      task.path = path;
      if (cx.doc.deadlines.size() > deadlines_before) task.deadline = deadlines_before;
      cx.doc.tasks.push_back(std::move(task));
    }
  }
}

void DeadlinePass::run(Document& doc) const {
  Context cx{doc, false, sections_by_block(doc), {}, 0, {}, false};
  cx.standing_rule = doc.metadata.symbol && symbol_has_year(*doc.metadata.symbol);
  auto link = [&](auto&& self, const Section& s, const Section* parent) -> void {
    if (parent) cx.parent[&s] = parent;
    for (const auto& child : s.children) self(self, child, &s);
  };
  for (const auto& s : doc.sections) link(link, s, nullptr);

  if (doc.metadata.issue_date) {
    cx.doc_date = *doc.metadata.issue_date;
    cx.doc_year = cx.doc_date.year;
  }
  if (cx.doc_year == 0 && doc.metadata.year) cx.doc_year = *doc.metadata.year;  // inferred by FrontMatterPass
  if (cx.doc_year == 0 && doc.metadata.title) {  // "Kế hoạch … năm 2026"
    const auto m = kit_.folder.prepare(*doc.metadata.title);
    const auto f = single_line(m.folded);
    auto y = year_.matcher(f);
    int32_t pos = 0;
    while (find_in(*y, pos, f.length())) {
      Span g = group_span(*y, 1);
      cx.doc_year = digits_value(f, g.start, g.end);
      pos = group_span(*y, 0).end;
    }
  }

  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (in_range(doc.front, i) || in_range(doc.preamble, i) || in_range(doc.closing, i)) continue;
    if (const auto* p = std::get_if<Paragraph>(&doc.blocks[i])) {
      if (in_range(doc.appendices, i) && !cx.flat_table) {
        const auto m = kit_.folder.prepare(p->text);
        cx.flat_table = flat_header_.starts(single_line(m.folded));
      }
      scan_text(cx, *p, i);
    } else if (const auto* t = std::get_if<Table>(&doc.blocks[i])) {
      scan_table(cx, *t, i);
    }
  }
  TaskExtractor(kit_.folder, assignees_).run(doc);
}

}  // namespace vanban
