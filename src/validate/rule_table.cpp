#include "validate/rule_table.hpp"

#include <array>

#include "validate/finding.hpp"

namespace vanban::validate {
namespace {

constexpr unsigned kNd30 = bit(Profile::Nd30);
constexpr unsigned kParty = bit(Profile::Party);
constexpr unsigned kAll = kAllProfiles;
constexpr unsigned kAdministrative = kNd30 | kParty;

using S = Severity;

// One row per rule. Codes are stable: a retired rule keeps its number unused.
constexpr std::array kRules = {
    RuleInfo{"VB100", "no-header", "required-parts", S::Info, kAll,
             "the document has no header at all (attachment, extract): its required parts are not checked",
             "a text opening with \"KẾ HOẠCH\" with no Quốc hiệu, number or date above it"},
    RuleInfo{"VB101", "missing-national-title", "required-parts", S::Error, kStateProfiles,
             "the Quốc hiệu and Tiêu ngữ (\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" / \"Độc lập - Tự do - Hạnh phúc\") are missing",
             "a header with only \"ỦY BAN NHÂN DÂN HUYỆN A\" and \"Số: 12/KH-UBND\""},
    RuleInfo{"VB102", "missing-party-title", "required-parts", S::Error, kParty,
             "the Party title \"ĐẢNG CỘNG SẢN VIỆT NAM\" is missing from a Party document",
             "\"ĐẢNG ỦY XÃ B\" / \"Số 12-KH/ĐU\" with no \"ĐẢNG CỘNG SẢN VIỆT NAM\""},
    RuleInfo{"VB103", "missing-issuer", "required-parts", S::Error, kAll,
             "the issuing body (cơ quan ban hành) is missing from the header",
             "a header holding only \"Số: 12/KH-UBND\" under the Quốc hiệu"},
    RuleInfo{"VB104", "missing-number-symbol", "required-parts", S::Error, kAll,
             "the number and symbol (số, ký hiệu) are missing", "a header without any \"Số: …\" line"},
    RuleInfo{"VB105", "missing-place-date", "required-parts", S::Error, kAll,
             "the place and date (địa danh, ngày tháng năm) are missing", "a header without \"A, ngày 05 tháng 3 năm 2026\""},
    RuleInfo{"VB106", "missing-type", "required-parts", S::Error, kAll,
             "the document type (tên loại: KẾ HOẠCH, QUYẾT ĐỊNH …) is missing", "no type line and no \"V/v\""},
    RuleInfo{"VB107", "missing-subject", "required-parts", S::Error, kAll,
             "the subject (trích yếu nội dung) is missing", "\"KẾ HOẠCH\" followed directly by the body"},
    RuleInfo{"VB108", "missing-signature", "required-parts", S::Error, kAll,
             "the signature block (chức vụ, họ tên người ký) is missing", "a body ending \"./.\" with nothing after it"},
    RuleInfo{"VB109", "missing-recipients", "required-parts", S::Error, kAdministrative,
             "the recipients (Nơi nhận) are missing", "a signature block without \"Nơi nhận:\""},
    RuleInfo{"VB110", "plan-missing-part", "required-parts", S::Warning, kAdministrative,
             "a Kế hoạch lacks one of its parts: mục đích/yêu cầu, nội dung/nhiệm vụ, tổ chức thực hiện",
             "a Kế hoạch with \"I. MỤC ĐÍCH, YÊU CẦU\" and \"II. NHIỆM VỤ\" but no \"TỔ CHỨC THỰC HIỆN\""},
    RuleInfo{"VB201", "type-code-mismatch", "number-symbol", S::Error, kAll,
             "the type code of the number/symbol disagrees with the document type", "\"KẾ HOẠCH\" numbered \"12/QĐ-UBND\""},
    RuleInfo{"VB202", "mixed-party-state-forms", "number-symbol", S::Warning, kAll,
             "Party and state forms are mixed (Party title with a state number/symbol, or the reverse)",
             "\"ĐẢNG CỘNG SẢN VIỆT NAM\" over \"Số: 12/KH-ĐU\""},
    RuleInfo{"VB203", "malformed-number-symbol", "number-symbol", S::Warning, kAll,
             "the number/symbol (số, ký hiệu) is not written in its form: no spaces inside, a hyphen between the "
             "type and the issuer (state: 12/KH-UBND; normative: 12/2026/NĐ-CP; Party: 12-KH/ĐU)",
             "\"Số: 12 / KH - UBND\", \"Số: 12/KH/UBND\""},
    RuleInfo{"VB301", "impossible-date", "dates", S::Error, kAll, "a date that does not exist in the calendar",
             "\"ngày 30/02/2026\""},
    RuleInfo{"VB302", "date-not-padded", "dates", S::Warning, kAll,
             "in the header date, days 1-9 and months 1-2 take a leading zero (ngày 05 tháng 02)",
             "\"Hà Nội, ngày 5 tháng 3 năm 2026\""},
    RuleInfo{"VB303", "future-date", "dates", S::Error, kAll, "the document's date (ngày ban hành) is in the future",
             "a header dated next year"},
    RuleInfo{"VB304", "cites-later-document", "dates", S::Warning, kAll,
             "the document cites a document dated after its own date", "dated 05/3/2026, citing \"Kế hoạch số 9/KH-UBND ngày 10/4/2026\""},
    RuleInfo{"VB305", "deadline-before-date", "dates", S::Warning, kAll,
             "a deadline (thời hạn) falls before the document's own date", "dated 05/3/2026, \"hoàn thành trước ngày 15/01/2026\""},
    RuleInfo{"VB401", "outline-gap", "outline", S::Warning, kAdministrative, "a label is skipped in a sequence of the outline",
             "\"I.\", \"II.\", \"IV.\"; \"a)\", \"b)\", \"d)\" (đ follows d)"},
    RuleInfo{"VB402", "outline-repeat", "outline", S::Warning, kAdministrative, "a label of the outline is repeated", "\"1.\", \"2.\", \"2.\""},
    RuleInfo{"VB403", "outline-level-skipped", "outline", S::Warning, kAdministrative,
             "a level of the outline is skipped (a) directly under I., 2.1. under 1.)", "\"I. NHIỆM VỤ\" followed by \"a) …\""},
    RuleInfo{"VB404", "outline-mixed-styles", "outline", S::Warning, kAdministrative,
             "one level of the outline mixes label styles", "\"1.\" and \"b)\" as siblings"},
    RuleInfo{"VB501", "footnote-marker-without-text", "footnotes", S::Error, kAll,
             "a footnote marker (chú thích) has no footnote text", "\"…năm 2026³\" with no footnote 3"},
    RuleInfo{"VB502", "footnote-text-without-marker", "footnotes", S::Warning, kAll,
             "a footnote text is never marked in the text", "footnote 2 with no \"²\" in the body"},
    RuleInfo{"VB601", "recipients-without-luu", "closing", S::Warning, kAdministrative,
             "the recipients (Nơi nhận) do not end with the filing item \"Lưu: VT, …\"",
             "\"Nơi nhận: - Như trên; - UBND các xã.\""},
    RuleInfo{"VB602", "kt-without-deputy", "closing", S::Warning, kAll,
             "a KT. (ký thay) signature whose position is not a deputy's (PHÓ …)", "\"KT. CHỦ TỊCH\" over \"CHỦ TỊCH\""},
    RuleInfo{"VB603", "tm-without-collective", "closing", S::Warning, kAll,
             "a TM. (thay mặt) signature not followed by a collective body", "\"TM. CHỦ TỊCH\""},
    RuleInfo{"VB701", "number-symbol-two-dates", "references", S::Warning, kAll,
             "one number/symbol (số, ký hiệu) is cited with two dates of the same year",
             "\"Kế hoạch số 15/KH-UBND ngày 10/01/2026\" and later \"… số 15/KH-UBND ngày 12/01/2026\""},
    RuleInfo{"VB702", "malformed-citation", "references", S::Warning, kAdministrative,
             "a cited number/symbol is written with spaces inside it", "\"Kế hoạch số 42 /KH - UBND ngày 12/01/2026\""},
    RuleInfo{"VB703", "short-citation-never-in-full", "references", S::Warning, kAdministrative,
             "a document is cited only by type and number, never with its date and issuing body (ngày, cơ quan ban hành)",
             "\"theo Kế hoạch số 42/KH-UBND\" and nowhere \"… ngày 12/01/2026 của UBND huyện\""},
    RuleInfo{"VB801", "draft-blank-number", "drafts", S::Info, kAll,
             "the number is blank (dự thảo or unsigned copy)", "\"Số:    /KH-UBND\""},
    RuleInfo{"VB802", "draft-blank-day", "drafts", S::Info, kAll, "the day of the date is blank (dự thảo or unsigned copy)",
             "\"A, ngày    tháng 3 năm 2026\""},
};

}  // namespace

std::span<const RuleInfo> rule_table() { return kRules; }

const RuleInfo* find_rule(std::string_view code) {
  for (const auto& r : kRules) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

std::string_view to_string(Profile p) {
  switch (p) {
    case Profile::Nd30: return "nd30";
    case Profile::Party: return "party";
    case Profile::Normative: return "normative";
  }
  return "nd30";
}

std::optional<Profile> profile_from_string(std::string_view s) {
  if (s == "nd30") return Profile::Nd30;
  if (s == "party") return Profile::Party;
  if (s == "normative") return Profile::Normative;
  return std::nullopt;
}

}  // namespace vanban::validate
