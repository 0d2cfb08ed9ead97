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
    "giay moi|đieu le|tham luan";

// number / symbol: "69/KH-UBND", "59/2023/NĐ-CP", "111-KH/ĐU", "177 /BC-CAT-PC06" (two groups).
constexpr const char* kNumberSymbol =
    "(\\d{1,5}[a-z]?)(?:[ ]?/[ ]?|-(?=\\p{L}+/))((?:\\d{4}/)?[\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)*)";

/// A symbol has letters and is written in capitals ("KH-UBND", "QĐi/TW", "2023/NĐ-CP"): its first letter
/// is a capital. Rejects "12/ ngày", where a number is followed by an ordinary word.
bool symbol_ok(const icu::UnicodeString& original, int32_t start, int32_t end) {
  for (int32_t i = start; i < end; ++i) {
    const char16_t c = original.charAt(i);
    if (u_isalpha(c)) return u_isupper(c);
  }
  return false;
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
      head_(std::string("(?<![\\p{L}\\d])((?:") + kTypes + ")(?:[ ]+(?:lien tich|phoi hop|hanh đong|ket luan|lien nganh))?)[ ]+(?:so[ ]*:?[ ]*)?" + kNumberSymbol),
      continuation_(std::string("[ ]*(?:,[ ]*va|,|;|va|hoac)[ ]*(?:so[ ]+)?") + kNumberSymbol),
      of_("[ ]*,?[ ]*của[ ]+"),
      issuer_end_(
          "[ ]*[;,.:()\\[\\]\"'!?]|[ ]+(?:về|ban hành|phê duyệt|quy định|hướng dẫn|tại|triển khai|thực hiện|tiếp tục|"
          "đã|để|nhằm|theo|ngày|năm [0-9]{4}|số [0-9]|v/v|trong|gửi|kế hoạch|yêu cầu|đề nghị|với|khi|sau|nêu|là|"
          "trình|thông qua|ký|khóa|khoá)(?![\\p{L}])"),
      subject_lead_("[ ]*,?[ ]*(về|v/v|ban hành|phê duyệt|quy định|hướng dẫn)(?![\\p{L}])"),
      law_head_("(?<![\\p{L}\\d])(bo luat|phap lenh|hien phap|luat)(?![\\p{L}\\d])"),
      law_name_end_(
          "[ ]*[;,.:()\\[\\]\"'!?]|[ ]+(?:năm|ngày|số|và|hoặc|được|quy định|về|thì|đã|có|tại|này|theo|do|của|ban hành|"
          "hiện hành|sửa đổi|để|nhằm|trong|với|đối với|như|trên|gồm|cùng|phải|không|là|bằng|đến|sẽ|đang|mà|hoặc|"
          "đảm bảo|bảo đảm|góp phần|gắn với|cho|vào|từ|tới|khi|sau|trước|nêu|được|qua|thông qua|tiếp tục|[0-9]{4})"
          "(?![\\p{L}])"),
      amending_name_end_("[ ]+(?:ngày|năm [0-9]{4}|số [0-9])|[ ]*[;(]|\\.(?: |$)"),
      law_number_(std::string("[ ]*,?[ ]*số[ ]*:?[ ]*") + kNumberSymbol),
      year_after_("[ ]+(?:năm[ ]+)?(\\d{4})(?!\\d)"),
      not_a_law_before_("(?:học|khoa|trường|viện|vụ|hội|đoàn|tạp chí|báo|nhà xuất bản|ngành)[ ]+$") {}

std::vector<Citation> CitationScanner::scan(const text::MatchText& text) const {
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
    while (find_in(*m, pos, n)) {
      Span all = group_span(*m, 0), type = group_span(*m, 1), num = group_span(*m, 2), sym = group_span(*m, 3);
      pos = all.end;
      if (!symbol_ok(s.text.original, sym.start, sym.end)) continue;
      heads.push_back({all.start, false, type.start, type.end, num.start, num.end, sym.end});
    }
    auto l = law_head_.matcher(s.folded);
    pos = 0;
    while (find_in(*l, pos, n)) {
      Span all = group_span(*l, 0);
      pos = all.end;
      heads.push_back({all.start, true, all.start, all.end, 0, 0, 0});
    }
  }
  std::stable_sort(heads.begin(), heads.end(), [](const Head& x, const Head& y) {
    if (x.start != y.start) return x.start < y.start;
    return !x.law && y.law;
  });
  int32_t consumed = 0;
  for (std::size_t i = 0; i < heads.size(); ++i) {
    const Head& h = heads[i];
    if (h.start < consumed) continue;
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
  // "Nghị định số A và Nghị định số B của Chính phủ": neighbours joined by "và"/"," share an issuer.
  for (std::size_t k = 0; k + 1 < s.out.size(); ++k) {
    Citation& a = s.out[k];
    Citation& b = s.out[k + 1];
    if (a.number_symbol.empty() || b.number_symbol.empty() || a.type != b.type) continue;
    icu::UnicodeString gap = s.lower.tempSubStringBetween(a.end, b.start);
    gap.trim();
    if (!(gap == u"và" || gap == u"," || gap == u", và")) continue;
    if (a.issuer.empty()) a.issuer = b.issuer;
    if (b.issuer.empty()) b.issuer = a.issuer;
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

  auto cont = continuation_.matcher(s.folded);
  int32_t pos = s.out.back().end;
  while (looking_at(*cont, pos, limit)) {
    Span num = group_span(*cont, 1), sym = group_span(*cont, 2);
    if (!symbol_ok(s.text.original, sym.start, sym.end)) break;
    s.out.push_back(make(num.start, num.start, num.end, sym.end));
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
    int32_t issuer_end = limit;
    auto e = issuer_end_.matcher(s.lower);
    if (find_in(*e, issuer_start, limit)) issuer_end = group_span(*e, 0).start;
    // at most 24 words
    int words = 0;
    for (int32_t i = issuer_start; i < issuer_end; ++i) {
      if (s.folded.charAt(i) == u' ' && ++words >= 24) {
        issuer_end = i;
        break;
      }
    }
    issuer_end = s.skip_spaces_back(issuer_end, issuer_start);
    issuer_end = trim_link_words(s, issuer_start, issuer_end);
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
    if (!amending && !u_isupper(orig.charAt(name_start))) return false;
    // "Luật Luật", "Luật Số": a repeated type word or a number label is no name
    if (s.lower.tempSubStringBetween(name_start, name_start + 4) == u"luật" ||
        s.lower.tempSubStringBetween(name_start, name_start + 3) == u"số ")
      return false;
    auto e = (amending ? amending_name_end_ : law_name_end_).matcher(s.lower);
    name_end = find_in(*e, name_start, n) ? group_span(*e, 0).start : n;
    if (!amending) {  // names are short; a run-on means we lost the end
      int words = 0;
      for (int32_t i = name_start; i < name_end; ++i)
        if (s.folded.charAt(i) == u' ' && ++words >= 14) {
          name_end = i;
          break;
        }
    }
    name_end = s.skip_spaces_back(name_end, name_start);
    if (name_end <= name_start) return false;
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
  c.text = s.utf8(c.start, c.end);
  s.out.push_back(std::move(c));
  return true;
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
    const int32_t issuer_start = i + 1;
    if (issuer_start >= issuer_end || !u_isupper(s.text.original.charAt(issuer_start))) return {};
    return s.utf8(issuer_start, issuer_end);
  }
  return {};
}

std::string CitationScanner::relation_before(const Scan& s, int32_t start) const {
  int32_t from = std::max(0, start - 120);
  for (int32_t i = start - 1; i >= from; --i) {
    char16_t ch = s.folded.charAt(i);
    if (ch == u'.' || ch == u';') {
      from = i + 1;
      break;
    }
  }
  icu::UnicodeString window = s.lower.tempSubStringBetween(from, start);
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
