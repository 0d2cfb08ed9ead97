#pragma once
#include <optional>
#include <string>
#include <vector>

#include "analysis/citation_scanner.hpp"
#include "analysis/date_grammar.hpp"
#include "analysis/deadline_cues.hpp"
#include "analysis/deadline_assignee.hpp"
#include "analysis/pattern.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Finds deadlines into doc.deadlines: a date, month, quarter or half-year introduced by
/// "trước", "chậm nhất", "trong", "hoàn thành trong" …, a target "phấn đấu đến ngày …", recurring
/// days and months ("trước ngày 10 hằng tháng", "trong tháng 01 hằng năm"), and the "Thời gian"
/// column of task and schedule tables (also when a gazette flattened an appendix table to text).
/// Dates of cited documents, past dates, cut-offs, periods, open-ended scopes, plans and the
/// background of a report are not deadlines (see DeadlineCues).
class DeadlinePass {
 public:
  explicit DeadlinePass(const text::TextKit& kit);
  void run(Document& doc) const;

 private:
  struct Context;
  void scan_text(Context& cx, const Paragraph& p, std::size_t block) const;
  void scan_table(Context& cx, const Table& t, std::size_t block) const;
  std::optional<std::string> assignee_for(Context& cx, const std::string& sentence, const Paragraph& p,
                                          std::size_t block) const;
  /// Kind of the trigger that ends right before `start` ("before", "by", "during"), "" when none.
  /// `folded` is `text`'s folded form on one line.
  std::string trigger_before(const text::MatchText& text, const icu::UnicodeString& folded, int32_t start,
                             int32_t* trigger_start) const;
  /// True when a cut-off or data-period cue ("tính đến", "số liệu", "hiệu lực …") ends right before `start`.
  bool excluded_before(const text::MatchText& text, const icu::UnicodeString& folded, int32_t start) const;
  /// "trước ngày 25" with "hằng tháng" earlier in its sentence, "ngày 05 hằng tháng", "ngày 05 của
  /// tháng liền kề": a day of every month, "XXXX-XX-05".
  void scan_monthly(Context& cx, const Paragraph& p, std::size_t block, const text::MatchText& text,
                    const icu::UnicodeString& folded, const std::string& path) const;
  /// End of "hằng năm" right after `end` (a yearly date), -1 when absent.
  int32_t recurring_after(const icu::UnicodeString& folded, int32_t end) const;
  /// True when folded[from, to) holds only a list link (",", "và", "hoặc") between two dates.
  static bool list_link(const icu::UnicodeString& folded, int32_t from, int32_t to);
  /// True when the sentence before `start` says "hằng năm" / "mỗi năm" ("Hằng năm, trước ngày 15/11").
  static bool yearly_before(const icu::UnicodeString& folded, int32_t start);
  /// True when a cue like "số liệu", "tính từ" frames the window `e` (a period of data, not work).
  bool excluded_window(const text::MatchText& text, const DateExpr& e) const;
  /// "- Quý II/2026: tổ chức …": a schedule line that opens with its time.
  /// "… đã …" in the clause right after a date: a past event, not a time limit.
  bool past_tense_after(const text::MatchText& text, int32_t end) const;
  bool schedule_item(const icu::UnicodeString& folded, const DateExpr& e) const;
  /// "1. Tháng 01/2024" alone on its line: the heading of what a work programme lists for that period.
  bool period_heading(const icu::UnicodeString& folded, const DateExpr& e) const;
  /// True when "đến"/"-" stands right before `start` (the end of a window).
  bool window_end_before(const icu::UnicodeString& folded, int32_t start) const;
  /// In an appendix table flattened to text, a date that fills the time cell: it opens with a capital or
  /// a digit and the next row's number (or the paragraph's end) follows it.
  bool flat_time_cell(const text::MatchText& text, const DateExpr& e) const;
  /// "trong thời hạn 15 ngày kể từ ngày nhận được văn bản": limits counted from an event, with no
  /// calendar value (kind "relative", a duration and an anchor).
  void scan_relative(Context& cx, const Paragraph& p, std::size_t block, const text::MatchText& text,
                     const icu::UnicodeString& folded, const std::string& path) const;
  /// End of a relative limit's anchor that starts at `start`: at a mark, a word that opens the next
  /// clause ("thì", "để", "và chịu …" in `lower`, lowercase with diacritics) or after a few words.
  int32_t anchor_end(const icu::UnicodeString& folded, const icu::UnicodeString& lower, int32_t start) const;

  const text::TextKit& kit_;
  DateGrammar dates_;
  DeadlineCues cues_;
  CitationScanner citations_;
  AssigneeFinder assignees_;
  Pattern trigger_;
  Pattern item_lead_;
  Pattern item_separator_;
  Pattern past_;
  Pattern window_end_;
  Pattern phase_gap_;       // "; Đợt 2: " between the times of two phases in one cell
  Pattern bare_day_month_;  // "Trước 30/6" alone in a table's time column
  Pattern recurring_;
  Pattern excluded_;  // cut-offs and data periods, on lowercase text with diacritics
  Pattern monthly_;  // "ngày 05 hằng tháng", "ngày 05 của tháng liền kề"
  Pattern bare_day_;  // "trước ngày 25": a day with no month, monthly when the sentence says so
  Pattern every_month_;  // "hằng tháng", "định kỳ mỗi tháng"
  Pattern yearly_;   // "hằng năm" after a month with no year
  Pattern anchor_year_;  // "năm kế hoạch": the year a prior-year date counts from
  Pattern occasion_;
  Pattern year_;
  Pattern time_header_;
  Pattern flat_header_;  // "TT Nhiệm vụ … Thời gian hoàn thành": a gazette table flattened into text
  Pattern flat_next_;    // what follows a flattened time cell: the next row's number, or the end
  Pattern content_header_;
  Pattern unit_header_;
  Pattern relative_;    // trigger + "<n> ngày|tuần|tháng|năm|giờ" + "kể từ|sau khi|so với|trước" + anchor
  Pattern prior_year_;  // "31/12 năm trước liền kề": a date of a year counted from another
  Pattern in_force_;    // "có hiệu lực sau 15 ngày kể từ …" states an effective date, not a limit
  Pattern anchor_stop_;  // words that end an anchor's event: "… kể từ ngày nhận hồ sơ và chịu trách nhiệm …"
};

}  // namespace vanban
