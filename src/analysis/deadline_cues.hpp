#pragma once
#include <cstdint>

#include <unicode/unistr.h>

#include "analysis/pattern.hpp"

namespace vanban {

/// Words around a date that decide whether it limits the work asked, beyond its trigger word:
/// scopes and plans that only name a time, and "đến (ngày) …" targets that do set one.
/// `folded` is single-line folded text; `lower` the same text lowercase with diacritics
/// (lowercase_for_matching), for cues where the diacritics matter ("để" ≠ "đề", "đã" ≠ "đa").
class DeadlineCues {
 public:
  DeadlineCues();

  /// "trong quý III/2027 và thời gian tới", "… và các tháng tiếp theo": an open-ended scope.
  bool open_ended_after(const icu::UnicodeString& folded, int32_t end) const;

  /// True when the words before the trigger at `trigger_start` make the date a description, not a
  /// limit: someone's plan ("các gói thầu dự kiến khởi công trước ngày …", "Bộ X dự kiến công bố vào tháng …") or the
  /// sites a month picks out ("lưu ý các điểm thi công trong tháng 9/2027"). `from` bounds the look-back
  /// (the end of the previous date of the text).
  bool descriptive_before(const icu::UnicodeString& lower, int32_t from, int32_t trigger_start) const;

  /// "Để thực hiện nhiệm vụ trong 6 tháng đầu năm 2027, Sở đã …": the period of a purpose clause in
  /// an account of what was done. [s, t) is the sentence.
  bool background_purpose(const icu::UnicodeString& lower, int32_t s, int32_t trigger_start, int32_t date_end,
                          int32_t t) const;

  /// "…, Bộ Văn hóa thẩm định, công nhận danh hiệu vào tháng 6/2027": the subject of the clause
  /// holding the trigger (the nearest comma-separated piece that opens with a capital) is a central
  /// body, whose own timetable a report relays. `original` is the text as written.
  bool central_body_subject(const icu::UnicodeString& original, const icu::UnicodeString& lower, int32_t s,
                            int32_t trigger_start) const;

  /// Start of a target "đến (hết) (ngày)" right before the date at `start` that makes a limit:
  /// "phấn đấu đến ngày 31/8/2027 giải ngân 90%", "yêu cầu đến 15/7/2027 phải bàn giao …",
  /// "đến ngày 30/9/2027 phải hoàn thành"; -1 otherwise. `end` is the date's end.
  int32_t target_to(const icu::UnicodeString& folded, int32_t start, int32_t end) const;

 private:
  Pattern open_ended_;
  Pattern planned_;
  Pattern sites_;
  Pattern purpose_;
  Pattern past_;
  Pattern central_body_;
  Pattern target_lead_;  // "phấn đấu đến (ngày)": the goal word says it is a limit
  Pattern to_;           // "đến (hết) (ngày)" alone
  Pattern must_after_;   // "… phải", "… hoàn thành": the verb after the date says it is a limit
};

}  // namespace vanban
