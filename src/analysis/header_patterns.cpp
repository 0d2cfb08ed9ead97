#include "analysis/header_patterns.hpp"

#include <unicode/uchar.h>

namespace vanban::analysis {

namespace {
// Words that open the name of an issuing body (folded forms).
constexpr const char* kBodyWords =
    "(?:ubnd|uy ban|hđnd|hoi đong|bo|so|ban|phong|van phong|cuc|chi cuc|tong cuc|vu|thanh tra|truong|"
    "benh vien|trung tam|vien|chinh phu|thu tuong|quoc hoi|chu tich|tinh uy|thanh uy|huyen uy|quan uy|"
    "thi uy|đang uy|đang bo|đang đoan|ban can su|chi bo|ban chap hanh|bch|mat tran|hoi|lien đoan|đoan|"
    // Youth Union and mass-organisation committees: "TỈNH ĐOÀN …", "HUYỆN HỘI …".
    "(?:tinh|thanh|huyen|quan|thi) (?:đoan|hoi)|"
    "cong an|bo chi huy|bo tu lenh|toa an|kho bac|chi nhanh|cong ty|tap đoan|ngan hang|hoc vien|đai hoc|"
    "ban quan ly|ban chi đao|to cong tac|hđqt|hoi đong quan tri)\\b";
}  // namespace

HeaderPatterns::HeaderPatterns()
    : national_("^cong hoa xa hoi chu nghia viet nam\\b"),
      motto_("^đoc lap\\s*[-,]\\s*tu do\\s*[-,]\\s*hanh phuc"),
      party_("^đang cong san viet nam\\s*$"),
      separator_("^[-_=*.·~\\s]+$"),
      number_("^so\\s*:?\\s*([0-9]{1,6}(?:\\.[0-9]{1,3}(?=/))?[a-z]?)?[\\s._]*([/-])\\s*([^\\s,;]*[a-zđ][^\\s,;]*)"),
      // Blanks left for the day and month are spaces, dots, underscores or an ellipsis; a draft may drop
      // "ngày" with its blank ("Hà Nội, tháng 12 năm 2027"), then the place is required.
      date_("^(?:(?:(.{2,60}?)\\s*,\\s*)?ngay\\s*([0-9]{1,2})?[\\s._/\\u2026]*|(.{2,60}?)\\s*,\\s*(?=thang\\s*[0-9]))"
            "thang\\s*([0-9]{1,2})?[\\s._/\\u2026]*nam\\s*([0-9]{4})\\b"),
      // "Buôn Ma Thuột, ngày 5/3/2024": a numeric date, the whole line (a body sentence may open "Ngày 5/3/2024, …").
      numeric_date_("^(?:(.{2,60}?)\\s*,\\s*)?ngay\\s*([0-9]{1,2})\\s*[/.-]\\s*([0-9]{1,2})\\s*[/.-]\\s*([0-9]{4})\\s*$"),
      draft_("^[(\\[]?\\s*du thao\\b"),
      secrecy_("^(tuyet mat|toi mat|mat)\\s*$"),
      urgency_("^(thuong khan|khan|hoa toc(?: hen gio)?)\\s*$"),
      subject_("^(?:v/v|v/\\s*v|ve viec)\\s*:?\\s*"),
      addressee_("^kinh gui\\s*:?\\s*"),
      noise_("^(?:cong bao\\b|[0-9]{1,4}\\s*$|ky boi\\s*:|co quan\\s*:|ngay ky\\s*:|thoi gian ky\\s*:|email\\s*:)"),
      body_word_(std::string("^") + kBodyWords),
      place_word_("^(?:tinh|huyen|xa|phuong|thi tran|thi xa|thanh pho|quan)\\s+\\S"),
      caps_then_number_("(?<=[\\p{Lu}\\p{M}])\\s+(?=Số\\s*:\\s*[0-9]*(?:\\.[0-9]+)?[\\s._]*/)"),
      column_cut_("\\s+(?=cong hoa xa hoi chu nghia viet nam|đoc lap\\s*-\\s*tu do|đang cong san viet nam)|"
                  "(?<=hanh phuc|chu nghia viet nam|cong san viet nam)\\s+(?=\\S)"),
      number_cut_("so\\s*:?\\s*[0-9]*(?:\\.[0-9]+)?[\\s._]*[/-]\\s*[^\\s,;]*[a-zđ][^\\s,;]*(?=\\s+\\S)"),
      joined_body_("(?<=\\S)\\s+(?=(?:SỞ|UBND|ĐẢNG ỦY|ĐẢNG UỶ|PHÒNG|CHI CỤC)\\s)") {}

namespace {

// numeric_date_ ends with the year's digits (and spaces): a cheap test before asking ICU.
bool ends_with_digit(const icu::UnicodeString& s) {
  int32_t i = s.length();
  while (i > 0 && u_hasBinaryProperty(s.charAt(i - 1), UCHAR_WHITE_SPACE)) --i;  // what "\s" is
  return i > 0 && s.charAt(i - 1) >= u'0' && s.charAt(i - 1) <= u'9';
}

}  // namespace

bool HeaderPatterns::is_national(const text::MatchText& line) const { return national_.starts(line.folded); }

HeaderLineKind HeaderPatterns::classify(const text::MatchText& line) const {
  const auto& f = line.folded;
  if (national_.starts(f)) return HeaderLineKind::National;
  if (motto_.starts(f)) return HeaderLineKind::Motto;
  if (party_.starts(f)) return HeaderLineKind::Party;
  if (separator_.whole(f)) return HeaderLineKind::Separator;
  // "Số: 69/KH-UBND" opens with a capital; "số 1234/VPCP-KSTT" continues a wrapped subject.
  if (number_.starts(f) && line.length() > 0 && line.original[0] == u'S') return HeaderLineKind::Number;
  // Both date forms name the month ("tháng") or the day ("ngày"): most lines say neither.
  if ((f.indexOf(u"thang") >= 0 && date_.starts(f)) || (ends_with_digit(f) && numeric_date_.whole(f)))
    return HeaderLineKind::PlaceDate;
  if (draft_.starts(f)) return HeaderLineKind::Draft;
  if (secrecy_.whole(f)) return HeaderLineKind::Secrecy;
  if (urgency_.whole(f)) return HeaderLineKind::Urgency;
  if (subject_.starts(f)) return HeaderLineKind::Subject;
  if (addressee_.starts(f)) return HeaderLineKind::Addressee;
  if (noise_.starts(f)) return HeaderLineKind::Noise;
  return HeaderLineKind::Other;
}

std::optional<NumberSymbol> HeaderPatterns::number_symbol(const text::MatchText& line) const {
  auto m = number_.matcher(line.folded);
  UErrorCode st = U_ZERO_ERROR;
  if (!m->lookingAt(st) || U_FAILURE(st)) return std::nullopt;
  NumberSymbol ns;
  const int32_t ns_start = m->start(1, st);
  if (ns_start >= 0 && m->end(1, st) > ns_start) ns.number = line.utf8(ns_start, m->end(1, st));
  ns.symbol = strip_trailing(line.utf8(m->start(3, st), m->end(3, st)), ".");
  const std::string sep = line.utf8(m->start(2, st), m->end(2, st));
  ns.number_symbol = ns.number.value_or("") + (sep == "-" ? "-" : "/") + ns.symbol;
  return ns;
}

std::optional<PlaceDate> HeaderPatterns::place_date(const text::MatchText& line) const {
  auto m = date_.matcher(line.folded);
  UErrorCode st = U_ZERO_ERROR;
  if (!m->lookingAt(st) || U_FAILURE(st)) {
    st = U_ZERO_ERROR;
    m = numeric_date_.matcher(line.folded);
    if (!m->matches(st) || U_FAILURE(st)) return std::nullopt;
  }
  PlaceDate pd;
  const bool numeric = m->groupCount() == 4;  // numeric_date_: place, day, month, year
  const int place_group = !numeric && m->start(1, st) < 0 ? 3 : 1;
  if (m->start(place_group, st) >= 0) {
    std::string place = trim_spaces(line.utf8(m->start(place_group, st), m->end(place_group, st)));
    if (!place.empty()) pd.place = place;
  }
  auto number = [&](int g) {
    const int32_t s = m->start(g, st);
    if (s < 0) return 0;
    return std::stoi(line.utf8(s, m->end(g, st)));
  };
  pd.date.day = number(2);
  pd.date.month = number(numeric ? 3 : 4);
  pd.date.year = number(numeric ? 4 : 5);
  if (pd.date.month < 1 || pd.date.month > 12) pd.date.month = 0;
  if (pd.date.day < 1 || pd.date.day > 31 || pd.date.month == 0) pd.date.day = 0;
  pd.blank = pd.date.day == 0 || pd.date.month == 0;
  return pd;
}

std::optional<int32_t> HeaderPatterns::subject_start(const text::MatchText& line) const {
  auto m = subject_.matcher(line.folded);
  UErrorCode st = U_ZERO_ERROR;
  if (!m->lookingAt(st) || U_FAILURE(st)) return std::nullopt;
  return m->end(st);
}

std::optional<int32_t> HeaderPatterns::addressee_start(const text::MatchText& line) const {
  auto m = addressee_.matcher(line.folded);
  UErrorCode st = U_ZERO_ERROR;
  if (!m->lookingAt(st) || U_FAILURE(st)) return std::nullopt;
  return m->end(st);
}

std::vector<std::string> HeaderPatterns::split_joined_columns(const text::MatchText& line) const {
  std::vector<std::string> parts;
  UErrorCode st = U_ZERO_ERROR;
  int32_t from = 0;
  // "ỦY BAN NHÂN DÂN HUYỆN X Số: 12/KH-UBND": the lines of a header cell run into one paragraph.
  if (line.original.indexOf(u"Số") >= 0) {  // what the pattern cuts before; most lines have none
    auto c = caps_then_number_.matcher(line.original);
    if (c->find(st) && U_SUCCESS(st)) {
      parts.push_back(trim_spaces(line.utf8(0, c->start(st))));
      from = c->end(st);
    }
  }
  if (auto n = number_cut_.matcher(line.folded); n->region(from, line.length(), st), n->lookingAt(st) && U_SUCCESS(st)) {
    parts.push_back(trim_spaces(line.utf8(from, n->end(st))));  // "Số: 12/KH-SNV" | "Phú An, ngày …"
    from = n->end(st);
  }
  auto m = column_cut_.matcher(line.folded);
  m->region(from, line.length(), st);
  // Every cut stands by the motto's or the Party's name: most lines have neither.
  const bool may_cut = line.folded.indexOf(u"viet nam") >= 0 || line.folded.indexOf(u"đoc lap") >= 0 ||
                       line.folded.indexOf(u"hanh phuc") >= 0;
  while (may_cut && m->find()) {
    const int32_t cut = m->start(st), next = m->end(st);
    if (cut <= from) continue;
    std::string piece = trim_spaces(line.utf8(from, cut));
    if (!piece.empty()) parts.push_back(std::move(piece));
    from = next;
  }
  std::string rest = trim_spaces(line.utf8(from, line.length()));
  if (!rest.empty()) parts.push_back(std::move(rest));
  return parts;
}

std::vector<std::string> HeaderPatterns::split_joined_bodies(const std::string& caps_line) const {
  std::vector<std::string> parts;
  const auto u = icu::UnicodeString::fromUTF8(caps_line);
  auto m = joined_body_.matcher(u);
  UErrorCode st = U_ZERO_ERROR;
  int32_t from = 0;
  while (m->find() ) {
    const int32_t cut = m->start(st), next = m->end(st);
    // The word before the cut must not make the starter part of a longer word: "CƠ SỞ", "QUỐC PHÒNG".
    const icu::UnicodeString before = u.tempSubStringBetween(from, cut);
    const int32_t sp = before.lastIndexOf(u' ');
    const icu::UnicodeString last_word = before.tempSubString(sp < 0 ? 0 : sp + 1);
    static const char16_t* const kGlued[] = {u"CƠ", u"TRỤ", u"VĂN", u"QUỐC", u"DỰ", u"VỤ", u"HÀNH"};
    bool glued = false;
    for (const char16_t* g : kGlued) glued = glued || last_word == icu::UnicodeString(g);
    if (glued || before.countChar32() < 2 || before.indexOf(u' ') < 0) continue;
    std::string piece;
    before.toUTF8String(piece);
    parts.push_back(piece);
    from = next;
  }
  std::string rest;
  u.tempSubString(from).toUTF8String(rest);
  parts.push_back(rest);
  return parts;
}

bool HeaderPatterns::starts_body_name(const text::MatchText& line) const { return body_word_.starts(line.folded); }

bool HeaderPatterns::starts_place_name(const text::MatchText& line) const {
  return place_word_.starts(line.folded) && !body_word_.starts(line.folded);
}

}  // namespace vanban::analysis
