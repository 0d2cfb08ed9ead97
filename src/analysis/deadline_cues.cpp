#include "analysis/deadline_cues.hpp"

#include <algorithm>

#include <unicode/uchar.h>

namespace vanban {

DeadlineCues::DeadlineCues()
    : open_ended_("[ ]*,?[ ]*(?:va|cho)[ ]+(?:(?:cac|nhung)[ ]+(?:thang|nam|quy|tuan)[ ]+(?:tiep theo|ke tiep|sau|toi)|"
                  "thoi gian (?:toi|tiep theo|sap toi))(?![\\p{L}])"),
      planned_("(?<![\\p{L}])(?<!thời gian |thời hạn |tiến độ )dự kiến(?![\\p{L}])"),
      // The site noun, then the construction the month belongs to, right before the trigger.
      sites_("(?<![\\p{L}])các[ ]+(?:vị trí|điểm|địa điểm|đoạn tuyến|đoạn|khu vực|mũi|hạng mục|công trình)"
             "(?:[ ]+\\p{L}+){0,3}?[ ]+(?:thi công|khởi công)[ ]*$"),
      purpose_("(?<![\\p{L}])để(?![\\p{L}])[^,;.]*$"),
      past_("(?<![\\p{L}])đã(?![\\p{L}])"),
      central_body_("(?:bộ|chính phủ|thủ tướng|quốc hội|văn phòng chính phủ|trung ương)(?![\\p{L}])"),
      target_lead_("(?:^|[^\\p{L}])(?:phan đau|yeu cau|bao đam|đam bao|muc tieu(?:[ ]+la)?)[ ]+(đen)(?:[ ]+het)?(?:[ ]+ngay)?[ ]*$"),
      to_("(?:^|[^\\p{L}])(đen)(?:[ ]+het)?(?:[ ]+ngay)?[ ]*$"),
      // "đến ngày 30/9/2027 phải …", "đến ngày 30/9/2027, các xã phải hoàn thành …"
      must_after_("[ ]*,?(?:[ ]+\\p{L}+){0,4}?[ ]*(?:phai|(?:co ban[ ]+)?hoan thanh|xong)(?![\\p{L}])") {}

bool DeadlineCues::open_ended_after(const icu::UnicodeString& folded, int32_t end) const {
  auto m = open_ended_.matcher(folded);
  return looking_at(*m, end, folded.length());
}

bool DeadlineCues::descriptive_before(const icu::UnicodeString& lower, int32_t from, int32_t trigger_start) const {
  // The clause before the trigger: no further back than a sentence mark or the previous date.
  int32_t a = std::max(from, trigger_start - 80);
  for (int32_t i = trigger_start; i > a; --i) {
    const char16_t c = lower.charAt(i - 1);
    if (c == u';' || c == u':' || (c == u'.' && i < lower.length() && lower.charAt(i) == u' ')) {
      a = i;
      break;
    }
  }
  if (a >= trigger_start) return false;
  const int32_t planned = lower.indexOf(icu::UnicodeString(u"dự kiến"), a, trigger_start - a);
  if (planned >= 0) {
    auto m = planned_.matcher(lower);
    if (find_in(*m, a, trigger_start)) return true;
  }
  if (lower.indexOf(icu::UnicodeString(u" công"), a, trigger_start - a) < 0) return false;  // no "thi công", "khởi công"
  const icu::UnicodeString clause = lower.tempSubStringBetween(a, trigger_start);
  return sites_.find(clause);
}

bool DeadlineCues::background_purpose(const icu::UnicodeString& lower, int32_t s, int32_t trigger_start,
                                      int32_t date_end, int32_t t) const {
  if (trigger_start <= s || date_end >= t) return false;
  if (lower.indexOf(icu::UnicodeString(u"để"), s, trigger_start - s) < 0) return false;
  if (!purpose_.find(lower.tempSubStringBetween(s, trigger_start))) return false;
  auto m = past_.matcher(lower);
  return find_in(*m, date_end, t);
}

bool DeadlineCues::central_body_subject(const icu::UnicodeString& original, const icu::UnicodeString& lower,
                                        int32_t s, int32_t trigger_start) const {
  // Back over the comma-separated pieces of the clause to the first that opens with a capital.
  for (int32_t i = trigger_start; i >= s; --i) {
    if (i > s && lower.charAt(i - 1) != u',' && lower.charAt(i - 1) != u';') continue;
    int32_t p = i;
    while (p < trigger_start && lower.charAt(p) == u' ') ++p;
    if (p >= trigger_start) continue;
    if (!u_isupper(original.char32At(p))) {
      if (lower.charAt(i == s ? s : i - 1) == u';') return false;
      continue;
    }
    auto m = central_body_.matcher(lower);
    return looking_at(*m, p, trigger_start);
  }
  return false;
}

int32_t DeadlineCues::target_to(const icu::UnicodeString& folded, int32_t start, int32_t end) const {
  const int32_t from = std::max(0, start - 40);
  const icu::UnicodeString tail = folded.tempSubStringBetween(from, start);
  {
    auto m = target_lead_.matcher(tail);
    if (find_in(*m, 0, tail.length())) return from + group_span(*m, 1).start;
  }
  auto m = to_.matcher(tail);
  if (!find_in(*m, 0, tail.length())) return -1;
  auto after = must_after_.matcher(folded);
  return looking_at(*after, end, folded.length()) ? from + group_span(*m, 1).start : -1;
}

}  // namespace vanban
