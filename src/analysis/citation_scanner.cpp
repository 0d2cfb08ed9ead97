#include "analysis/citation_scanner.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "analysis/number_symbol.hpp"

namespace vanban {
namespace {

// Type words as they fold; longer alternatives first so "thong tu lien tich" wins over "thong tu".
constexpr const char* kTypes =
    "thong bao ket luan|thong tu lien tich|nghi quyet lien tich|van ban hop nhat|van ban|chuong trinh|ke hoach|quyet đinh|"
    "nghi quyet|nghi đinh|chi thi|ket luan|quy đinh|quy che|cong van|thong bao|thong tri|thong tu|thong cao|"
    "huong dan|bo luat|phap lenh|luat|bao cao|to trinh|phieu trinh|đe an|du an|phuong an|cong đien|bien ban|"
    "giay moi|đieu le|tham luan|đon đe nghi|đon";

// number / symbol: "69/KH-UBND", "59/2023/NĐ-CP", "111-KH/ĐU", "177 /BC-CAT-PC06" (two groups).
// A group may join two units with "&": "BTP-KTVB&QLXLVPHC". A number may have a dotted sub-number: the
// Government numbers resolutions of one series "66.7/2025/NQ-CP", "66.13/2026/NQ-CP".
#define VANBAN_SYMBOL_GROUP "[\\p{L}\\d]+(?:&[\\p{L}\\d]+)*"
// Every citation pattern that opens with a type word.
constexpr Lead kTypeLead{kTypes, true};

constexpr const char* kNumberSymbol =
    "(\\d{1,5}(?:\\.\\d{1,3})?[a-z]?)(?:[ ]?/[ ]?|-(?=\\p{L}+/))((?:\\d{4}/)?" VANBAN_SYMBOL_GROUP "(?:[-/]" VANBAN_SYMBOL_GROUP ")*)";

/// A symbol has letters and is written in capitals ("KH-UBND", "QĐi/TW", "2023/NĐ-CP"): its first letter
/// is a capital. Rejects "12/ ngày", where a number is followed by an ordinary word.
bool symbol_ok(const icu::UnicodeString& original, int32_t start, int32_t end) {
  for (int32_t i = start; i < end; ++i) {
    const char16_t c = original.charAt(i);
    if (u_isalpha(c)) return u_isupper(c);
  }
  return false;
}

/// "15/2021/QĐ- UBND": a symbol cut at its hyphen by a line wrap goes on with the capitals of the next
/// line. Returns the end of the symbol (past the capitals) or `end` when nothing follows that way.
int32_t rejoin_wrapped_symbol(const icu::UnicodeString& original, int32_t end) {
  const int32_t n = original.length();
  if (end + 2 >= n || original.charAt(end) != u'-' || !(original.charAt(end + 1) == u' ' || original.charAt(end + 1) == u'\n'))
    return end;
  int32_t i = end + 2;
  int letters = 0;
  while (i < n && (u_isalnum(original.charAt(i)) || original.charAt(i) == u'-')) {
    const char16_t c = original.charAt(i);
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return end;
      ++letters;
    }
    ++i;
  }
  return letters >= 2 ? i : end;
}

bool is_space16(char16_t c) { return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == 0x00A0; }

}  // namespace

struct CitationScanner::Scan {
  const text::MatchText& text;
  icu::UnicodeString folded;  // folded, line breaks as spaces
  icu::UnicodeString lower;   // lowercase with diacritics, typography as folded
  std::vector<Citation> out;
  int group = 0;

  explicit Scan(const text::MatchText& t)
      : text(t), folded(single_line(t.folded)), lower(lowercase_for_matching(t.original, t.folded)) {}
  int32_t size() const { return folded.length(); }
  std::string utf8(int32_t a, int32_t b) const { return text.utf8(a, b); }
  int32_t skip_spaces_back(int32_t end, int32_t floor) const {
    while (end > floor && (is_space16(folded.charAt(end - 1)) || folded.charAt(end - 1) == u',')) --end;
    return end;
  }
};

struct CitationScanner::RangeMatch {
  int32_t start = 0, end = 0;  // type word … end of the last symbol
  int32_t type_start = 0, type_end = 0;
  int32_t first_start = 0, first_end = 0;  // the first number as written: "01"
  int32_t last_start = 0, last_end = 0;    // the last number: "13"
  int32_t symbol_start = 0, symbol_end = 0;  // the shared symbol, after the last number
};

/// Drops words that link to the next citation from the end of [start, end): "… và các", "…, cùng".
int32_t CitationScanner::trim_link_words(const Scan& s, int32_t start, int32_t end) {
  static constexpr const char16_t* kLinks[] = {u"và", u"các", u"cùng", u"tại", u"theo", u"hoặc", u"với"};
  bool again = true;
  while (again && end > start) {
    again = false;
    end = s.skip_spaces_back(end, start);
    for (const char16_t* w : kLinks) {
      const int32_t len = icu::UnicodeString(w).length();
      if (end - start > len && s.lower.tempSubStringBetween(end - len, end) == icu::UnicodeString(w) &&
          s.lower.charAt(end - len - 1) == u' ') {
        end -= len;
        again = true;
        break;
      }
    }
  }
  return s.skip_spaces_back(end, start);
}

CitationScanner::CitationScanner(const text::Folder& folder)
    : folder_(folder),
      head_(std::string("(?<![\\p{L}\\d])((?:") + kTypes + ")(?:[ ]+(?:lien tich|lien bo|phoi hop|hanh đong|ket luan|lien nganh))?)[ ]+(?:so[ ]*:?[ ]*)?" + kNumberSymbol, kTypeLead),
      qualified_head_(std::string("(?<![\\p{L}\\d])(") + kTypes + ")((?:[ ]+\\p{L}+){1,4}?)[ ]+so[ ]*:?[ ]*" + kNumberSymbol, kTypeLead),
      continuation_(std::string("[ ]*(?:,[ ]*va|,|;|va|hoac)[ ]*(?:so[ ]+)?") + kNumberSymbol),
      of_("[ ]*,?[ ]*(?:của|giữa)[ ]+"),
      issuer_end_(
          "[ ]*[;,.:()\\[\\]\"'!?]|[ ]+(?:về|ban hành|phê duyệt|quy định|hướng dẫn|tại|triển khai|thực hiện|tiếp tục|"
          "đã|để|nhằm|theo|ngày|năm [0-9]{4}|số [0-9]|v/v|trong|gửi|kế hoạch|yêu cầu|đề nghị|với|khi|sau|nêu|là|"
          "thông qua|ký|khóa|khoá|cho|đến|tới|đối với|thi hành|sửa đổi|bổ sung|bãi bỏ|thay thế|được)"
          "(?![\\p{L}])|"
          "(?<!chương|tờ|phiếu|lộ)[ ]+trình(?![\\p{L}])"),  // the verb, not "Chương trình"
      board_name_("(?:ban chỉ đạo|tổ công tác|tổ chỉ đạo)(?![\\p{L}])"),
      subject_lead_("[ ]*,?[ ]*(về|v/v|ban hành|phê duyệt|quy định|hướng dẫn)(?![\\p{L}])"),
      law_head_("(?<![\\p{L}\\d])(bo luat|phap lenh|hien phap|luat)(?![\\p{L}\\d])", Lead{"bo luat|phap lenh|hien phap|luat", true}),
      law_name_end_(
          "[ ]*[;,.:()\\[\\]\"'!?]|[ ]+(?:năm|ngày|số|và|hoặc|được|quy định|về|thì|đã|có|tại|này|theo|do|của|ban hành|"
          "hiện hành|sửa đổi|để|nhằm|trong|với|đối với|như|trên|gồm|cùng|phải|không|là|bằng|đến|sẽ|đang|mà|hoặc|"
          "đảm bảo|bảo đảm|góp phần|gắn với|cho|vào|từ|tới|khi|sau|trước|nêu|được|qua|thông qua|tiếp tục|[0-9]{4})"
          "(?![\\p{L}])"),
      name_join_stop_(
          "(?:các|những|mọi|từng|theo|trong|để|nhằm|đồng thời|nhất là|đặc biệt|cụ thể|qua|từ|tại|với|đối với|do|nên|vì|"
          "nhưng|song|tuy|khi|nếu|ngày|năm|số|được|và|hoặc|cũng|đã|sẽ|đang|phải|cần|có|là|thì|bao gồm|gồm|như|"
          "hướng dẫn|văn bản|quy định|nghị định|thông tư|quyết định|chỉ thị|nghị quyết|luật|bộ luật|kèm theo|"
          "trong đó|đây|này|đó|ban hành|sửa đổi bổ sung|người|cơ quan|tổ chức|cá nhân|doanh nghiệp|mỗi|hộ|chủ|"
          "công dân|nhân dân|địa phương|đơn vị|chính quyền|nhà nước|việc|công tác|trường hợp)(?![\\p{L}])"),
      clause_word_("(?:phải|sẽ|đang|cần|không|là|mà|thì|đều|cũng|vẫn|chỉ)(?![\\p{L}])"),
      // an amending law's name lists the laws it amends, and ends before the clause goes on: "… thì",
      // "… và các văn bản", or the next amending law of a list (", Luật sửa đổi …")
      amending_name_end_(
          "[ ]+(?:ngày|năm [0-9]{4}|số [0-9])|[ ]*[;(]|\\.(?: |$)|"
          "[ ]+(?:thì|được|đã|sẽ|phải|tại|theo|để|nhằm|cho|và các|và những|hướng dẫn|quy định|trong đó)(?![\\p{L}])|"
          "[ ]*,[ ]*(?:các|những|được|đã|thì)(?![\\p{L}])|[ ]*(?:,|và)[ ]*luật sửa đổi"),
      law_number_(std::string("[ ]*,?[ ]*số[ ]*:?[ ]*") + kNumberSymbol),
      year_after_("[ ]+(?:năm[ ]+)?(\\d{4})(?!\\d)"),
      not_a_law_before_(
          "(?:học|khoa|trường|viện|vụ|hội|đoàn|tạp chí|báo|nhà xuất bản|ngành|cử nhân|thạc sĩ|thạc sỹ|tiến sĩ|tiến sỹ)[ ]+$"),
      lowercase_name_stop_(
          "(?:chuyên ngành|liên quan|khác|mới|cũ|tương ứng|nêu trên|nói trên|hiện hành|định|sau|trên|chưa|cũng|đều|"
          "vẫn|chỉ|thì|mà|nhưng|còn|lại|nay|hiện|đó|này|kia|cho|ra|ở|các|những|đã|sẽ|đang|phải|cần|có|không|và|hoặc|"
          "về|của|được|tại|theo|số|do|năm|ngày|với|trong|để|sư)(?![\\p{L}])"),
      issued_verb_("(?:đã[ ]+)?(?:ký[ ]+)?(?:ban hành|phát hành)[ ]+(?:các[ ]+)?$"),
      part_before_(
          "(?<![\\p{L}\\d])(?:điểm[ ]+([a-zđ])[ ]*,?[ ]+)?(?:khoản[ ]+(\\d{1,3})[ ]*,?[ ]+)?điều[ ]+(\\d{1,4})[ ]*,?[ ]+"
          "(?:của[ ]+)?$"),
      body_head_(
          "(?:ủy ban|uỷ ban|ubnd|hđnd|hội đồng|bộ|sở|chính phủ|thủ tướng|quốc hội|ban|tỉnh ủy|tỉnh uỷ|thành ủy|"
          "thành uỷ|huyện ủy|huyện uỷ|đảng ủy|đảng uỷ|văn phòng|chủ tịch|cục|tổng cục|công an|phòng|trung tâm|viện|"
          "tòa án|toà án|kiểm toán|ngân hàng|liên đoàn|mặt trận|hội|đoàn|thường trực|bch|btv)(?![\\p{L}])"),
      range_(std::string("(?<![\\p{L}\\d])(") + kTypes +
             ")[ ]+(?:tu[ ]+)?so[ ]*:?[ ]*(\\d{1,5})(?:(?:[ ]?/[ ]?|-(?=\\p{L}+/))((?:\\d{4}/)?" VANBAN_SYMBOL_GROUP "(?:[-/]" VANBAN_SYMBOL_GROUP ")*))?"
             "[ ]*,?[ ]*(?:đen|toi)[ ]+(?:(?:" + kTypes + ")[ ]+)?(?:so[ ]*:?[ ]*)?" + kNumberSymbol, kTypeLead),
      bare_(std::string("(?<![\\p{L}\\d])(") + kTypes + ")[ ]+so[ ]*:?[ ]*(\\d{1,5})(?![\\d\\p{L}]|[ ]?/|-[\\p{L}\\d])", kTypeLead),
      dated_number_(std::string("(?<![\\p{L}\\d])so[ ]*:?[ ]*") + kNumberSymbol + "(?=[ ]*,?[ ]*ngay[ ]+\\d)", Lead{"so", true}) {}
#undef VANBAN_SYMBOL_GROUP

std::string CitationScanner::list_opening_relation(const text::MatchText& text) const {
  const icu::UnicodeString lower = lowercase_for_matching(text.original, text.folded);
  int32_t end = lower.length();
  while (end > 0 && (lower.charAt(end - 1) == u' ' || lower.charAt(end - 1) == u'\n')) --end;
  const bool colon = end > 0 && lower.charAt(end - 1) == u':';
  const bool sau = end >= 4 && lower.tempSubStringBetween(end - 4, end) == u" sau";
  if (!colon && !sau) return {};
  if (colon) --end;
  int32_t from = std::max(0, end - 200);
  for (int32_t j = end - 1; j >= from; --j)
    if (lower.charAt(j) == u'.' || lower.charAt(j) == u';' || lower.charAt(j) == u':') {
      if (lower.charAt(j) == u'.' && j > 0 && u_isdigit(lower.charAt(j - 1))) continue;  // "Điều 1." label
      from = j + 1;
      break;
    }
  return relation_in(lower, from, end);
}

std::vector<Citation> CitationScanner::scan(const text::MatchText& text, bool bare_mentions) const {
  Scan s(text);
  const int32_t n = s.size();
  struct Head {
    int32_t start;
    bool law;
    int32_t a, b, c, d, e;  // numbered: type start/end, number start, number end, ns end; law: head end
  };
  std::vector<Head> heads;
  {
    auto m = head_.matcher(s.folded);
    int32_t pos = 0;
    while (head_.find_in(*m, pos, n)) {
      Span all = group_span(*m, 0), type = group_span(*m, 1), num = group_span(*m, 2), sym = group_span(*m, 3);
      pos = all.end;
      if (!symbol_ok(s.text.original, sym.start, sym.end)) continue;
      sym.end = rejoin_wrapped_symbol(s.text.original, sym.end);
      pos = std::max(pos, sym.end);
      heads.push_back({all.start, false, type.start, type.end, num.start, num.end, sym.end});
    }
    // "Báo cáo thẩm tra số 12/BC-HĐND", "Quyết định phê duyệt số 15/QĐ-UBND": a type word, a lowercase
    // qualifier, then the number; taken only when the symbol's type code is the type word's.
    auto q = qualified_head_.matcher(s.folded);
    pos = 0;
    const std::size_t plain = heads.size();
    while (qualified_head_.find_in(*q, pos, n)) {
      Span all = group_span(*q, 0), type = group_span(*q, 1), qual = group_span(*q, 2), num = group_span(*q, 3),
           sym = group_span(*q, 4);
      pos = type.end;
      if (!symbol_ok(s.text.original, sym.start, sym.end) || !qualifier_ok(s, qual.start, qual.end)) continue;
      std::string folded_type;
      s.folded.tempSubStringBetween(type.start, type.end).toUTF8String(folded_type);
      const auto word_code = type_code_for_word(folded_type);
      const auto symbol_code = type_code_from_symbol(folder_, s.utf8(num.start, sym.end));
      if (!word_code || !symbol_code || folder_.fold_utf8(*word_code) != folder_.fold_utf8(*symbol_code)) continue;
      sym.end = rejoin_wrapped_symbol(s.text.original, sym.end);
      bool known = false;  // the number may already head a citation of its own
      for (std::size_t k = 0; k < plain; ++k) known = known || heads[k].e == sym.end;
      if (known) continue;
      heads.push_back({all.start, false, type.start, type.end, num.start, num.end, sym.end});
      pos = std::max(all.end, sym.end);
    }
    // "…: tỉnh A số 421/NQ-HĐND ngày 24/6/2026, tỉnh B số 29/NQ-HĐND ngày …", a task table's "Số 23/NQ-CP
    // ngày 07/02/2026": a dated number whose symbol names a type of document, with the type word given once
    // before a list or in a column heading. Its type stays unnamed (the text names none); the code says it.
    auto dn = dated_number_.matcher(s.folded);
    pos = 0;
    const std::size_t typed = heads.size();
    while (dated_number_.find_in(*dn, pos, n)) {
      Span all = group_span(*dn, 0), num = group_span(*dn, 1), sym = group_span(*dn, 2);
      pos = all.end;
      if (!symbol_ok(s.text.original, sym.start, sym.end)) continue;
      const auto code = type_code_from_symbol(folder_, s.utf8(num.start, sym.end));
      if (!code) continue;
      bool known = false;
      for (std::size_t k = 0; k < typed; ++k) known = known || heads[k].c == num.start;
      if (known) continue;
      heads.push_back({all.start, false, all.start, all.start, num.start, num.end, sym.end});
    }
    auto l = law_head_.matcher(s.folded);
    pos = 0;
    while (law_head_.find_in(*l, pos, n)) {
      Span all = group_span(*l, 0);
      pos = all.end;
      heads.push_back({all.start, true, all.start, all.end, 0, 0, 0});
    }
  }
  std::stable_sort(heads.begin(), heads.end(), [](const Head& x, const Head& y) {
    if (x.start != y.start) return x.start < y.start;
    return !x.law && y.law;
  });
  const auto ranges = find_ranges(s);
  auto in_a_range = [&](int32_t at) {
    for (const auto& r : ranges)
      if (at >= r.start && at < r.end) return true;
    return false;
  };
  int32_t consumed = 0;
  for (std::size_t i = 0; i < heads.size(); ++i) {
    const Head& h = heads[i];
    if (h.start < consumed || in_a_range(h.start)) continue;
    const int32_t own_end = h.law ? h.b : h.e;
    int32_t limit = n;
    for (std::size_t j = i + 1; j < heads.size(); ++j) {
      if (heads[j].start >= own_end) {
        limit = heads[j].start;
        break;
      }
    }
    const std::size_t before = s.out.size();
    if (h.law) {
      if (!parse_law(s, h.start, h.b, limit)) continue;
    } else {
      parse_numbered(s, h.start, h.a, h.b, h.c, h.d, h.e, limit);
    }
    for (std::size_t k = before; k < s.out.size(); ++k) consumed = std::max(consumed, s.out[k].end);
  }
  for (const auto& r : ranges) {
    int32_t limit = n;
    for (const auto& h : heads)
      if (h.start >= r.end && !in_a_range(h.start)) {
        limit = std::min(limit, h.start);
      }
    emit_range(s, r, limit);
  }
  if (bare_mentions) {
    std::vector<std::pair<int32_t, int32_t>> taken;
    for (const auto& c : s.out) taken.emplace_back(c.start, c.end);
    for (const auto& r : ranges) taken.emplace_back(r.start, r.end);
    scan_bare(s, taken, n);
  }
  s.out.erase(std::remove_if(s.out.begin(), s.out.end(), [](const Citation& c) { return c.draft; }), s.out.end());
  for (auto& c : s.out) c.part = part_before(s, c.start);
  std::stable_sort(s.out.begin(), s.out.end(), [](const Citation& x, const Citation& y) { return x.start < y.start; });
  // "Nghị định số A và Nghị định số B của Chính phủ": neighbours joined by "và"/"," share an issuer.
  for (std::size_t k = 0; k + 1 < s.out.size(); ++k) {
    Citation& a = s.out[k];
    Citation& b = s.out[k + 1];
    if (a.number_symbol.empty() || b.number_symbol.empty() || b.start < a.end) continue;  // range items share a span
    icu::UnicodeString gap = s.lower.tempSubStringBetween(a.end, b.start);
    gap.trim();
    if (!(gap == u"và" || gap == u"," || gap == u", và")) continue;
    // "của Chính phủ tại Nghị định số A ngày … và Nghị định số B ngày …" names the issuer of both (of any
    // type: "của Sở Tư pháp tại Tờ trình số A và Báo cáo thẩm định số B"); an issuer written after A
    // ("Báo cáo số A ngày … của Ban X và Báo cáo số B ngày …") is A's own when B is dated.
    const bool issuer_before_list = !a.issuer.empty() && a.text.find(a.issuer) == std::string::npos;
    if (a.type != b.type && !issuer_before_list) continue;
    if (a.issuer.empty()) a.issuer = b.issuer;
    if (b.issuer.empty() && (!b.date || issuer_before_list)) b.issuer = a.issuer;
  }
  // "Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 08/01/2026": items of one series (same type,
  // same symbol after the number) with no date of their own share the date written after the last one.
  for (std::size_t k = s.out.size(); k-- > 1;) {
    Citation& a = s.out[k - 1];
    const Citation& b = s.out[k];
    if (a.date || !b.date || a.type != b.type || a.number_symbol.size() <= a.number.size() ||
        b.number_symbol.size() <= b.number.size() || b.start < a.end)
      continue;
    icu::UnicodeString gap = s.lower.tempSubStringBetween(a.end, b.start);
    gap.trim();
    if (!(gap == u"và" || gap == u"," || gap == u", và")) continue;
    if (folder_.fold_utf8(a.number_symbol.substr(a.number.size())) != folder_.fold_utf8(b.number_symbol.substr(b.number.size())))
      continue;
    a.date = b.date;
    a.year = b.year;
  }
  return std::move(s.out);
}

void CitationScanner::parse_numbered(Scan& s, int32_t head_start, int32_t type_start, int32_t type_end,
                                     int32_t ns_start, int32_t number_end, int32_t ns_end, int32_t limit) const {
  const std::string type = s.utf8(type_start, type_end);
  std::string folded_type;
  s.folded.tempSubStringBetween(type_start, type_end).toUTF8String(folded_type);
  const std::string relation = relation_before(s, head_start);
  const int group = ++s.group;
  const std::size_t first = s.out.size();

  auto make = [&](int32_t start, int32_t nstart, int32_t nend, int32_t send) {
    Citation c;
    c.start = start;
    c.type = type;
    c.number = s.utf8(nstart, nend);
    c.number_symbol = compact_number_symbol(s.utf8(nstart, send));
    c.type_code = type_code_from_symbol(folder_, c.number_symbol);
    if (!c.type_code) c.type_code = type_code_for_word(folded_type);
    c.relation = relation;
    c.group = group;
    c.end = send;
    parse_tail(s, c, send, limit);
    c.text = s.utf8(c.start, c.end);
    return c;
  };
  s.out.push_back(make(head_start, ns_start, number_end, ns_end));
  if (s.out.back().issuer.empty()) s.out.back().issuer = issuer_before(s, head_start);
  issued_before(s, head_start, s.out.back());

  auto cont = continuation_.matcher(s.folded);
  int32_t pos = s.out.back().end;
  while (looking_at(*cont, pos, limit)) {
    Span num = group_span(*cont, 1), sym = group_span(*cont, 2);
    if (!symbol_ok(s.text.original, sym.start, sym.end)) break;
    s.out.push_back(make(num.start, num.start, num.end, rejoin_wrapped_symbol(s.text.original, sym.end)));
    pos = s.out.back().end;
  }
  // A list shares its issuer and subject: "các Nghị định số A ngày … và B ngày … của Chính phủ",
  // and a date given only after the last number: "Quyết định số 11/QĐ-UBND, 12/QĐ-UBND ngày …".
  for (std::size_t k = s.out.size(); k-- > first + 1;) {
    if (!s.out[k - 1].date && s.out[k].date) {
      s.out[k - 1].date = s.out[k].date;
      s.out[k - 1].year = s.out[k].year;
    }
    if (s.out[k - 1].issuer.empty()) s.out[k - 1].issuer = s.out[k].issuer;
    if (s.out[k - 1].subject.empty()) s.out[k - 1].subject = s.out[k].subject;
  }
}

std::vector<CitationScanner::RangeMatch> CitationScanner::find_ranges(const Scan& s) const {
  std::vector<RangeMatch> out;
  const int32_t n = s.size();
  auto m = range_.matcher(s.folded);
  int32_t pos = 0;
  while (range_.find_in(*m, pos, n)) {
    const Span all = group_span(*m, 0), type = group_span(*m, 1), a = group_span(*m, 2), a_sym = group_span(*m, 3),
               b = group_span(*m, 4), b_sym = group_span(*m, 5);
    pos = all.end;
    if (!symbol_ok(s.text.original, b_sym.start, b_sym.end)) continue;
    // Only plain numbers count, and a symbol written after the first number must be the last one's.
    bool digits = true;
    for (int32_t i = a.start; i < a.end; ++i) digits = digits && u_isdigit(s.folded.charAt(i));
    for (int32_t i = b.start; i < b.end; ++i) digits = digits && u_isdigit(s.folded.charAt(i));
    if (!digits) continue;
    const int first = digits_value(s.folded, a.start, a.end), last = digits_value(s.folded, b.start, b.end);
    if (first >= last) continue;
    if (a_sym.found()) {
      if (!symbol_ok(s.text.original, a_sym.start, a_sym.end)) continue;
      if (folder_.fold_utf8(compact_number_symbol(s.utf8(a_sym.start, a_sym.end))) !=
          folder_.fold_utf8(compact_number_symbol(s.utf8(b_sym.start, b_sym.end))))
        continue;
    }
    RangeMatch r;
    r.start = all.start;
    r.end = rejoin_wrapped_symbol(s.text.original, b_sym.end);
    r.type_start = type.start;
    r.type_end = type.end;
    r.first_start = a.start;
    r.first_end = a.end;
    r.last_start = b.start;
    r.last_end = b.end;
    r.symbol_start = b_sym.start;
    r.symbol_end = r.end;
    pos = r.end;
    out.push_back(r);
  }
  return out;
}

void CitationScanner::emit_range(Scan& s, const RangeMatch& r, int32_t limit) const {
  std::string folded_type;
  s.folded.tempSubStringBetween(r.type_start, r.type_end).toUTF8String(folded_type);
  Citation shared;
  shared.start = r.start;
  shared.end = r.end;
  shared.type = s.utf8(r.type_start, r.type_end);
  shared.relation = relation_before(s, r.start);
  shared.group = ++s.group;
  parse_tail(s, shared, r.end, std::max(limit, r.end));
  shared.text = s.utf8(shared.start, shared.end);
  if (shared.issuer.empty()) shared.issuer = issuer_before(s, r.start);
  // The separator the text uses between number and symbol ("/" or Party "-"), as written after the last number.
  const std::string joint = s.folded.charAt(r.last_end) == u'-' ? "-" : "/";
  const std::string symbol = compact_number_symbol(s.utf8(r.symbol_start, r.symbol_end));
  const int first = digits_value(s.folded, r.first_start, r.first_end);
  const int last = digits_value(s.folded, r.last_start, r.last_end);
  // "01 … 13" keeps the written width; "1 … 13" has none.
  const int width = s.folded.charAt(r.first_start) == u'0' ? r.first_end - r.first_start : 0;
  const bool capped = last - first + 1 > kMaxRangeItems;
  const std::string written = s.utf8(r.first_start, r.first_end) + ".." + s.utf8(r.last_start, r.last_end);
  for (int k = first; k <= last; ++k) {
    if (capped && k != first && k != last) continue;
    std::string number = std::to_string(k);
    if (static_cast<int>(number.size()) < width) number.insert(0, static_cast<std::size_t>(width) - number.size(), '0');
    Citation c = shared;
    c.number = number;
    c.number_symbol = number + joint + symbol;
    c.type_code = type_code_from_symbol(folder_, c.number_symbol);
    if (!c.type_code) c.type_code = type_code_for_word(folded_type);
    if (capped) c.capped_range = written;
    s.out.push_back(std::move(c));
  }
}

void CitationScanner::scan_bare(Scan& s, const std::vector<std::pair<int32_t, int32_t>>& taken, int32_t n) const {
  auto m = bare_.matcher(s.folded);
  int32_t pos = 0;
  while (bare_.find_in(*m, pos, n)) {
    const Span all = group_span(*m, 0), type = group_span(*m, 1), num = group_span(*m, 2);
    pos = all.end;
    bool overlaps = false;
    for (const auto& t : taken) overlaps = overlaps || (all.start < t.second && all.end > t.first);
    if (overlaps || !u_isupper(s.text.original.charAt(type.start))) continue;  // "quyết định số 5" is prose
    std::string folded_type;
    s.folded.tempSubStringBetween(type.start, type.end).toUTF8String(folded_type);
    Citation c;
    c.start = all.start;
    c.end = all.end;
    c.type = s.utf8(type.start, type.end);
    c.type_code = type_code_for_word(folded_type);
    c.number = s.utf8(num.start, num.end);
    c.bare = true;
    c.group = ++s.group;
    if (auto d = dates_.full_date_at(s.folded, all.end, n)) {
      c.date = PartialDate{d->year, d->month, d->day};
      c.year = d->year;
      c.end = d->end;
    }
    c.text = s.utf8(c.start, c.end);
    s.out.push_back(std::move(c));
  }
}

void CitationScanner::parse_tail(Scan& s, Citation& c, int32_t pos, int32_t limit) const {
  auto take_date = [&](int32_t at) {
    if (auto d = dates_.full_date_at(s.folded, at, limit)) {
      c.date = PartialDate{d->year, d->month, d->day};
      c.year = d->year;
      c.end = d->end;
      return true;
    }
    return false;
  };
  take_date(pos);
  auto of = of_.matcher(s.lower);
  if (looking_at(*of, c.end, limit)) {
    const int32_t issuer_start = group_span(*of, 0).end;
    const int32_t issuer_end = issuer_end_at(s, issuer_start, limit);
    if (issuer_end > issuer_start) {
      c.issuer = s.utf8(issuer_start, issuer_end);
      c.end = issuer_end;
      if (!c.date) take_date(c.end);  // "… của Chính phủ ngày …"
    }
  }
  auto lead = subject_lead_.matcher(s.lower);
  if (looking_at(*lead, c.end, limit)) {
    const int32_t start = group_span(*lead, 1).start;
    int32_t end = limit;
    for (int32_t i = start; i < limit; ++i) {
      char16_t ch = s.folded.charAt(i);
      if (ch == u';' || (ch == u'.' && (i + 1 >= s.size() || s.folded.charAt(i + 1) == u' '))) {
        end = i;
        break;
      }
    }
    end = s.skip_spaces_back(end, start);
    end = trim_link_words(s, start, end);
    if (end > start) c.subject = s.utf8(start, end);
  }
}

bool CitationScanner::parse_law(Scan& s, int32_t head_start, int32_t head_end, int32_t limit) const {
  const icu::UnicodeString& orig = s.text.original;
  const int32_t n = s.size();
  if (!u_isupper(orig.charAt(head_start))) return false;  // "pháp luật", "luật pháp" are not names
  {  // "Trường Đại học Luật Hà Nội", "Vụ Pháp luật" name bodies, not laws
    const int32_t from = std::max(0, head_start - 16);
    icu::UnicodeString before = s.lower.tempSubStringBetween(from, head_start);
    auto m = not_a_law_before_.matcher(before);
    if (find_in(*m, 0, before.length())) return false;
  }
  int32_t name_start = head_end;
  while (name_start < n && s.folded.charAt(name_start) == u' ') ++name_start;
  const bool heading_caps = [&] {  // "LUẬT ĐẤT ĐAI" as a type line, not a citation
    for (int32_t i = head_start; i < std::min(n, name_start + 4); ++i)
      if (u_islower(orig.charAt(i))) return false;
    return true;
  }();
  if (heading_caps) return false;

  Citation c;
  c.start = head_start;
  c.type = s.utf8(head_start, head_end);
  std::string folded_type;
  s.folded.tempSubStringBetween(head_start, head_end).toUTF8String(folded_type);
  c.type_code = type_code_for_word(folded_type);
  c.relation = relation_before(s, head_start);
  c.group = ++s.group;

  int32_t name_end = head_end;
  if (folded_type == "hien phap") {
    name_end = head_end;
  } else {
    if (name_start >= n || name_start == head_end) return false;
    const bool amending = s.lower.tempSubStringBetween(name_start, name_start + 7) == u"sửa đổi" ||
                          s.lower.tempSubStringBetween(name_start, name_start + 7) == u"bổ sung";
    // "theo Luật thống kê": a name may open in lower case, but not with a word that says which law
    // without naming it ("Luật chuyên ngành", "Luật này", "Luật hiện hành").
    const bool lower_name = !amending && !u_isupper(orig.charAt(name_start));
    if (lower_name) {
      auto stop = lowercase_name_stop_.matcher(s.lower);
      if (!u_isalpha(orig.charAt(name_start)) || looking_at(*stop, name_start, n)) return false;
    }
    // "Luật Luật", "Luật Số": a repeated type word or a number label is no name
    if (s.lower.tempSubStringBetween(name_start, name_start + 4) == u"luật" ||
        s.lower.tempSubStringBetween(name_start, name_start + 3) == u"số ")
      return false;
    if (amending) {
      auto e = amending_name_end_.matcher(s.lower);
      name_end = find_in(*e, name_start, n) ? group_span(*e, 0).start : n;
    } else {
      name_end = law_name_end(s, name_start, n);
    }
    name_end = s.skip_spaces_back(name_end, name_start);
    if (name_end <= name_start) return false;
    if (lower_name && !lower_name_ok(s, name_start, name_end, limit)) return false;
    if (!amending) {
      const int32_t ahead = law_number_ahead(s, name_end, limit);
      if (ahead >= 0) name_end = ahead;
    }
  }
  c.name = s.utf8(head_start, name_end);
  c.end = name_end;

  auto num = law_number_.matcher(s.lower);
  if (looking_at(*num, name_end, n)) {
    Span nstart = group_span(*num, 1), sym = group_span(*num, 2);
    if (symbol_ok(s.text.original, sym.start, sym.end)) {
      c.number = s.utf8(nstart.start, nstart.end);
      c.number_symbol = compact_number_symbol(s.utf8(nstart.start, sym.end));
      if (auto code = type_code_from_symbol(folder_, c.number_symbol)) c.type_code = code;
      c.end = sym.end;
      parse_tail(s, c, sym.end, std::max(limit, sym.end));
      c.text = s.utf8(c.start, c.end);
      s.out.push_back(std::move(c));
      return true;
    }
  }
  if (auto d = dates_.full_date_at(s.folded, name_end, n)) {
    c.date = PartialDate{d->year, d->month, d->day};
    c.year = d->year;
    c.end = d->end;
  } else {
    auto y = year_after_.matcher(s.lower);
    if (looking_at(*y, name_end, n)) {
      Span ys = group_span(*y, 1);
      c.year = digits_value(s.folded, ys.start, ys.end);
      c.end = ys.end;
    }
  }
  // A law with neither number nor year may be one being drafted.
  c.draft = !c.year && is_draft_law(s, head_start, name_end);
  c.text = s.utf8(c.start, c.end);
  s.out.push_back(std::move(c));
  return true;
}

int32_t CitationScanner::law_number_ahead(const Scan& s, int32_t name_end, int32_t limit) const {
  constexpr int kMaxWords = 8;
  int words = 0;
  static const icu::UnicodeString kAmended(u"(sửa đổi)");
  for (int32_t i = name_end; i < limit; ++i) {
    const char16_t ch = s.folded.charAt(i);
    // "Luật Phòng, chống mua bán người (sửa đổi) số 53/2024/QH15": an enacted amendment, numbered
    if (ch == u'(' && s.lower.tempSubStringBetween(i, i + kAmended.length()) == kAmended) {
      i += kAmended.length() - 1;
      continue;
    }
    if (ch == u';' || ch == u',' || ch == u'.' || ch == u':' || ch == u'(' || ch == u')') return -1;
    if (ch != u' ' || i + 1 >= limit || s.folded.charAt(i + 1) == u' ') continue;
    if (s.lower.tempSubStringBetween(i + 1, i + 4) == u"số ") {
      auto num = law_number_.matcher(s.lower);
      // "Luật Tần số vô tuyến điện số 42/…": "số" without a number is a word of the name
      if (!looking_at(*num, i, limit)) {
        if (++words > kMaxWords) return -1;
        continue;
      }
      const Span sym = group_span(*num, 2);
      // only a law's own symbol ("…/QH15"): "… Nghị quyết số 5/NQ-CP" belongs to another document
      icu::UnicodeString symbol = s.folded.tempSubStringBetween(sym.start, sym.end);
      symbol.toUpper();
      return symbol.indexOf(u"QH") >= 0 && symbol_ok(s.text.original, sym.start, sym.end) ? i : -1;
    }
    if (++words > kMaxWords) return -1;
  }
  return -1;
}

/// A lower-case name has at least two words ("Luật thống kê", not "Luật mới") and ends where a name
/// surely ends: at a mark other than a comma, the end of the text, its year, date or number ("Pháp lệnh ưu đãi người có
/// công" stopped at "có" is cut short, and so not taken).
bool CitationScanner::lower_name_ok(const Scan& s, int32_t name_start, int32_t name_end, int32_t limit) const {
  bool two = false;
  for (int32_t i = name_start; i < name_end; ++i) {
    if (s.folded.charAt(i) == u',') return false;  // no capital tells whether the name goes on past a comma
    two = two || s.folded.charAt(i) == u' ';
  }
  if (!two) return false;
  int32_t k = name_end;
  while (k < s.size() && s.folded.charAt(k) == u' ') ++k;
  if (k >= s.size()) return true;
  const char16_t ch = s.folded.charAt(k);
  // not at a comma: "Luật quản lý, sử dụng tài sản công" goes on past it
  if (ch == u';' || ch == u'.' || ch == u':' || ch == u'(' || ch == u')' || ch == u'"') return true;
  for (const char16_t* w : {u"năm ", u"ngày ", u"số "}) {  // followed by a figure: "năm 2022", "số 10/…"
    const icu::UnicodeString word(w);
    const int32_t after = k + word.length();
    if (after < s.size() && s.lower.tempSubStringBetween(k, after) == word && u_isdigit(s.folded.charAt(after))) return true;
  }
  return law_number_ahead(s, name_end, limit) >= 0;
}

/// "dự thảo: Luật A, Luật B", "dự thảo Luật C", "dự án Luật E", "Luật D (sửa đổi)": laws being prepared, not in force.
bool CitationScanner::is_draft_law(const Scan& s, int32_t head_start, int32_t name_end) const {
  int32_t k = name_end;
  while (k < s.size() && s.folded.charAt(k) == u' ') ++k;
  for (const char16_t* mark : {u"(sửa đổi", u"(dự thảo"}) {
    const icu::UnicodeString m(mark);
    if (s.lower.tempSubStringBetween(k, k + m.length()) == m) return true;
  }
  // the latest "dự thảo" of the sentence, right before the law or opening a list ("dự thảo: …") it stands in
  const int32_t floor = std::max(0, head_start - 600);
  int32_t from = floor;
  for (int32_t i = head_start - 1; i > floor; --i)
    if (s.folded.charAt(i) == u'.' && (i + 1 < s.size() && s.folded.charAt(i + 1) == u' ') && !u_isdigit(s.folded.charAt(i - 1))) {
      from = i + 1;
      break;
    }
  // "dự án Luật" is a bill: the law it would make is not yet one
  for (const char16_t* cue : {u"dự thảo", u"dự án"}) {
    const icu::UnicodeString word(cue);
    const int32_t at = s.lower.tempSubStringBetween(from, head_start).lastIndexOf(word);
    if (at < 0) continue;
    int32_t g = from + at + word.length();
    while (g < head_start && s.folded.charAt(g) == u' ') ++g;
    if (g == head_start || s.folded.charAt(g) == u':') return true;
  }
  return false;
}

void CitationScanner::issued_before(const Scan& s, int32_t head_start, Citation& c) const {
  if (!c.issuer.empty() && c.date) return;
  {  // cheap test first: the word before is "hành" ("ban hành", "phát hành") or "các"
    const int32_t e = s.skip_spaces_back(head_start, 0);
    const bool verb = e >= 4 && s.lower.tempSubStringBetween(e - 4, e) == u"hành";
    const bool list = e >= 3 && s.lower.tempSubStringBetween(e - 3, e) == u"các";
    if (!verb && !list) return;
  }
  int32_t from = std::max(0, head_start - 240);
  for (int32_t i = head_start - 1; i >= from; --i) {
    const char16_t ch = s.folded.charAt(i);
    if (ch == u';' || (ch == u'.' && i + 1 < s.size() && s.folded.charAt(i + 1) == u' ' && !(i > 0 && u_isdigit(s.folded.charAt(i - 1))))) {
      from = i + 1;
      break;
    }
  }
  const icu::UnicodeString before = s.lower.tempSubStringBetween(from, head_start);
  auto verb = issued_verb_.matcher(before);
  if (!find_in(*verb, 0, before.length())) return;
  const int32_t verb_start = from + group_span(*verb, 0).start;
  // The issuer opens the clause: after a mark ("Ngày 10/9/2027, UBND tỉnh ban hành …") or after the
  // body that proposed it ("Sở Nội vụ đã tham mưu UBND tỉnh ban hành …").
  int32_t start = from;
  for (int32_t i = verb_start - 1; i >= from; --i) {
    const char16_t ch = s.folded.charAt(i);
    if (ch == u',' || ch == u':' || ch == u'(') {
      start = i + 1;
      break;
    }
  }
  const int32_t advised = s.lower.tempSubStringBetween(start, verb_start).lastIndexOf(icu::UnicodeString(u"tham mưu "));
  int32_t issuer_start = advised >= 0 ? start + advised + 9 : start;
  if (advised >= 0 && s.lower.tempSubStringBetween(issuer_start, issuer_start + 4) == u"cho ") issuer_start += 4;
  while (issuer_start < verb_start && s.folded.charAt(issuer_start) == u' ') ++issuer_start;
  const int32_t issuer_end = s.skip_spaces_back(verb_start, issuer_start);
  auto body = body_head_.matcher(s.lower);
  if (issuer_end <= issuer_start || !u_isupper(s.text.original.charAt(issuer_start)) || !looking_at(*body, issuer_start, issuer_end))
    return;
  int words = 0;
  for (int32_t i = issuer_start; i < issuer_end; ++i)
    if (s.folded.charAt(i) == u' ' && ++words > 12) return;
  if (c.issuer.empty()) c.issuer = s.utf8(issuer_start, issuer_end);
  if (c.date || advised >= 0) return;
  // "Ngày 10/9/2027, <issuer> ban hành …": the date that opens the clause is the citation's.
  const int32_t date_floor = std::max(0, start - 40);
  const int32_t at = s.lower.tempSubStringBetween(date_floor, start).lastIndexOf(icu::UnicodeString(u"ngày "));
  if (at < 0) return;
  if (auto d = dates_.full_date_at(s.folded, date_floor + at, start)) {
    int32_t k = d->end;
    while (k < start && (s.folded.charAt(k) == u' ' || s.folded.charAt(k) == u',')) ++k;
    if (k != start) return;
    c.date = PartialDate{d->year, d->month, d->day};
    c.year = d->year;
  }
}

std::optional<CitedPart> CitationScanner::part_before(const Scan& s, int32_t start) const {
  int32_t e = s.skip_spaces_back(start, 0);
  if (e >= 3 && s.lower.tempSubStringBetween(e - 3, e) == u"của") e = s.skip_spaces_back(e - 3, 0);
  if (e == 0 || !u_isdigit(s.folded.charAt(e - 1))) return std::nullopt;  // cheap test: "Điều 5" ends in a digit
  const int32_t from = std::max(0, start - 48);
  const icu::UnicodeString before = s.lower.tempSubStringBetween(from, start);
  auto m = part_before_.matcher(before);
  if (!find_in(*m, 0, before.length())) return std::nullopt;
  CitedPart part;
  const Span diem = group_span(*m, 1), khoan = group_span(*m, 2), dieu = group_span(*m, 3);
  if (diem.found()) before.tempSubStringBetween(diem.start, diem.end).toUTF8String(part.diem);
  auto value = [&](const Span& sp) {
    int v = 0;
    for (int32_t i = sp.start; i < sp.end; ++i) v = v * 10 + (before.charAt(i) - u'0');
    return v;
  };
  if (khoan.found()) part.khoan = value(khoan);
  part.dieu = value(dieu);
  return part;
}

/// End of an issuer's name that starts at `start`: at the first mark or word of `issuer_end_`, except a
/// "thực hiện"/"triển khai" that is part of a steering body's name ("Ban Chỉ đạo thực hiện Đề án 09");
/// a " và " joins a second body only when a capitalised name follows ("Ban Tổ chức và Ủy ban Kiểm tra"),
/// not "… và các nguồn khác". At most 24 words; link words at the end are dropped.
int32_t CitationScanner::issuer_end_at(const Scan& s, int32_t start, int32_t limit) const {
  auto e = issuer_end_.matcher(s.lower);
  auto board = board_name_.matcher(s.lower);
  const bool names_its_task = looking_at(*board, start, limit);
  int32_t end = limit;
  int32_t pos = start;
  while (find_in(*e, pos, limit)) {
    const Span t = group_span(*e, 0);
    end = t.start;
    int32_t k = t.start;
    while (k < limit && s.folded.charAt(k) == u' ') ++k;
    const bool task_word = s.lower.tempSubStringBetween(k, k + 9) == u"thực hiện" ||
                           s.lower.tempSubStringBetween(k, k + 10) == u"triển khai";
    if (names_its_task && task_word) {
      int32_t w = t.end;
      while (w < limit && s.folded.charAt(w) == u' ') ++w;
      // "… thực hiện Đề án 09": the name goes on; "… thực hiện Nghị quyết số 12/…" cites another document
      if (w < limit && u_isupper(s.text.original.charAt(w))) {
        pos = t.end;
        end = limit;
        continue;
      }
    }
    break;
  }
  for (int32_t i = start; i + 4 < end; ++i) {  // " và " + lowercase: the issuer ended before it
    if (s.lower.charAt(i) == u' ' && s.lower.tempSubStringBetween(i + 1, i + 4) == u"và " &&
        !u_isupper(s.text.original.charAt(i + 4))) {
      end = i;
      break;
    }
  }
  int words = 0;
  for (int32_t i = start; i < end; ++i) {
    if (s.folded.charAt(i) == u' ' && ++words >= 24) {
      end = i;
      break;
    }
  }
  end = s.skip_spaces_back(end, start);
  return trim_link_words(s, start, end);
}

/// A qualifier between a type word and "số" is a few lowercase words that are not themselves
/// links of a sentence: "thẩm tra", "công tác toàn khóa", "đề nghị" (not "của", "ngày", "số").
bool CitationScanner::qualifier_ok(const Scan& s, int32_t start, int32_t end) {
  static constexpr const char16_t* kLinks[] = {u"số", u"ngày", u"của", u"và", u"các", u"năm", u"tại", u"theo", u"về",
                                              u"hoặc", u"với", u"kèm", u"tháng", u"này", u"đó", u"trên", u"nêu"};
  int32_t i = start;
  while (i < end) {
    while (i < end && s.folded.charAt(i) == u' ') ++i;
    const int32_t w = i;
    while (i < end && s.folded.charAt(i) != u' ') ++i;
    if (w == i) continue;
    if (!u_islower(s.text.original.charAt(w))) return false;
    const icu::UnicodeString word = s.lower.tempSubStringBetween(w, i);
    for (const char16_t* link : kLinks)
      if (word == icu::UnicodeString(link)) return false;
  }
  return true;
}

/// True when the word at `at` (just after ", " or " và " inside a law's name) goes on with the name:
/// "Phòng, chống thiên tai", "Tài nguyên, môi trường biển và hải đảo". A capital ("…, Luật Đất đai"),
/// a number or a word that opens a new phrase ("…, các", "…, ngày") ends the name.
bool CitationScanner::joins_name(const Scan& s, int32_t at, int32_t n) const {
  while (at < n && s.folded.charAt(at) == u' ') ++at;
  if (at >= n || !u_islower(s.text.original.charAt(at))) return false;
  auto stop = name_join_stop_.matcher(s.lower);
  return !looking_at(*stop, at, n);
}

/// End of a law's name that starts at `name_start`. The name ends at the first word or mark of
/// `law_name_end_`, but reads on through ", " and " và " when a lowercase word of the name follows.
/// Words read that way must end like a name ends: at a clause word ("…, người dân phải"), or past
/// 14 words, the name is cut back to where it stood before the last join.
int32_t CitationScanner::law_name_end(const Scan& s, int32_t name_start, int32_t n) const {
  constexpr int kMaxWords = 14;
  auto e = law_name_end_.matcher(s.lower);
  auto clause = clause_word_.matcher(s.lower);
  auto words_between = [&](int32_t a, int32_t b) {
    int words = 0;
    for (int32_t i = a; i < b; ++i)
      if (s.folded.charAt(i) == u' ' && i + 1 < b && s.folded.charAt(i + 1) != u' ') ++words;
    return words;
  };
  int32_t pos = name_start;
  int32_t before_join = -1;  // the name's end before the latest ", "/" và " read through
  for (;;) {
    int32_t end = find_in(*e, pos, n) ? group_span(*e, 0).start : n;
    if (words_between(name_start, end) >= kMaxWords) {
      if (before_join >= 0) return before_join;
      int words = 0;  // names are short; a run-on means we lost the end
      for (int32_t i = name_start; i < end; ++i)
        if (s.folded.charAt(i) == u' ' && ++words >= kMaxWords) return i;
      return end;
    }
    if (end >= n) return n;
    int32_t k = end;
    while (k < n && s.folded.charAt(k) == u' ') ++k;
    int32_t next = -1;
    if (s.folded.charAt(k) == u',') {
      next = k + 1;
    } else if (k + 2 <= n && s.lower.tempSubStringBetween(k, k + 2) == u"và" && (k + 2 == n || s.folded.charAt(k + 2) == u' ')) {
      next = k + 2;
    }
    if (next >= 0 && joins_name(s, next, n)) {
      before_join = end;
      pos = next;
      continue;
    }
    if (before_join >= 0 && looking_at(*clause, k, n)) return before_join;
    return end;
  }
}

std::string CitationScanner::issuer_before(const Scan& s, int32_t start) const {
  // "theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …", "quy định của Chính phủ tại Nghị định số …"
  int32_t end = start;
  while (end > 0 && s.lower.charAt(end - 1) == u' ') --end;
  if (end >= 4 && s.lower.tempSubStringBetween(end - 4, end) == u" các") end -= 4;
  while (end > 0 && s.lower.charAt(end - 1) == u' ') --end;
  if (end < 4 || s.lower.tempSubStringBetween(end - 4, end) != u" tại") return {};
  const int32_t issuer_end = end - 4;
  const int32_t floor = std::max(0, issuer_end - 100);
  for (int32_t i = issuer_end - 1; i >= floor; --i) {
    char16_t c = s.lower.charAt(i);
    if (c == u';' || c == u'.' || c == u',' || c == u':' || c == u')') return {};
    if (c != u' ' || i < 3) continue;
    const bool of = i >= 3 && s.lower.tempSubStringBetween(i - 3, i) == u"của" && (i == 3 || s.lower.charAt(i - 4) == u' ');
    const bool and_ = i >= 2 && s.lower.tempSubStringBetween(i - 2, i) == u"và" && (i == 2 || s.lower.charAt(i - 3) == u' ');
    if (!of && !and_) continue;
    if (and_ && !of) {  // "Sở Thông tin và Truyền thông": a "của" further back opens the name
      bool of_before = false;
      for (int32_t j = i - 3; j >= floor + 3 && !of_before; --j) {
        const char16_t cj = s.lower.charAt(j);
        if (cj == u';' || cj == u'.' || cj == u',' || cj == u':' || cj == u')') break;
        of_before = cj == u' ' && s.lower.tempSubStringBetween(j - 3, j) == u"của" && (j == 3 || s.lower.charAt(j - 4) == u' ');
      }
      if (of_before) continue;
    }
    const int32_t issuer_start = i + 1;
    if (issuer_start >= issuer_end || !u_isupper(s.text.original.charAt(issuer_start))) return {};
    return s.utf8(issuer_start, issuer_end);
  }
  return {};
}

namespace {

/// True when [from, to) of `folded` holds only a list label and spaces: "", " b) ", " - ", " 2. ".
bool only_list_label(const icu::UnicodeString& folded, int32_t from, int32_t to) {
  int32_t i = from;
  while (i < to && folded.charAt(i) == u' ') ++i;
  int32_t word = i;
  while (i < to && (u_isalnum(folded.charAt(i)) || folded.charAt(i) == u'.') && i - word < 5) ++i;
  if (i < to && (folded.charAt(i) == u')' || folded.charAt(i) == u'.')) ++i;
  else if (i == word && i < to && (folded.charAt(i) == u'-' || folded.charAt(i) == u'+' || folded.charAt(i) == u'*')) ++i;
  else i = word;
  while (i < to && folded.charAt(i) == u' ') ++i;
  return i == to;
}

}  // namespace

std::string CitationScanner::relation_before(const Scan& s, int32_t start) const {
  int32_t from = std::max(0, start - 120);
  for (int32_t i = start - 1; i >= from; --i) {
    char16_t ch = s.folded.charAt(i);
    if (ch == u'.' || ch == u';') {
      // "Bãi bỏ các quyết định sau: a) Quyết định số A; b) Quyết định số B": an item of a list
      // takes the relation of the clause that opens the list.
      if (ch == u';' && only_list_label(s.folded, i + 1, start)) return list_relation_before(s, i);
      from = i + 1;
      break;
    }
  }
  return relation_in(s.lower, from, start);
}

std::string CitationScanner::list_relation_before(const Scan& s, int32_t at) const {
  const int32_t floor = std::max(0, at - 1200);
  for (int32_t i = at - 1; i >= floor; --i) {
    const char16_t ch = s.folded.charAt(i);
    if (ch == u'.' && (i + 1 < s.size() && s.folded.charAt(i + 1) == u' ') &&
        !(i > 0 && u_isdigit(s.folded.charAt(i - 1))))  // a sentence ended; "2." labels stay
      return {};
    if (ch != u':') continue;
    int32_t from = std::max(0, i - 200);
    for (int32_t j = i - 1; j >= from; --j)
      if (s.folded.charAt(j) == u'.' || s.folded.charAt(j) == u';') {
        from = j + 1;
        break;
      }
    return relation_in(s.lower, from, i);
  }
  return {};
}

std::string CitationScanner::relation_in(const icu::UnicodeString& lower, int32_t from, int32_t to) {
  icu::UnicodeString window = lower.tempSubStringBetween(from, to);
  struct Cue {
    const char16_t* words;
    const char* relation;
  };
  static constexpr Cue kCues[] = {{u"căn cứ", "basis"},    {u"thực hiện", "implements"}, {u"triển khai", "implements"},
                                  {u"sửa đổi", "amends"},  {u"thay thế", "replaces"},    {u"bãi bỏ", "repeals"}};
  int32_t best = -1;
  std::string out;
  for (const auto& cue : kCues) {
    int32_t at = window.lastIndexOf(icu::UnicodeString(cue.words));
    if (at > best) {
      best = at;
      out = cue.relation;
    }
  }
  return out;
}

}  // namespace vanban
