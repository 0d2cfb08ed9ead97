#include "analysis/deadline_assignee.hpp"

#include <algorithm>

#include <unicode/uchar.h>

namespace vanban {
namespace {

constexpr const char* kUnitWords =
    "sở|ban|ủy ban|uỷ ban|ubnd|bộ|văn phòng|phòng|công an|các sở|các cơ quan|các đơn vị|các bộ|các địa phương|"
    "các phòng|các ban|các xã|các huyện|các ngành|các hội|các tổ chức|các trường|các doanh nghiệp|các thành viên|"
    "các tỉnh|các phường|đơn vị|địa phương|cấp ủy|bí thư|trưởng|phó|ubmttq|hđnd|"
    "cơ quan|thanh tra|trung tâm|đài|hội|liên đoàn|đoàn|mặt trận|tòa án|toà án|viện|kho bạc|bảo hiểm|cục|chi cục|"
    "công chức|thủ trưởng|chủ tịch|giám đốc|đảng ủy|đảng uỷ|thường trực|hội đồng|bộ chỉ huy|lãnh đạo|tỉnh ủy|tỉnh uỷ|"
    "huyện ủy|huyện uỷ|thành ủy|thành uỷ|chính phủ|thủ tướng|tổng cục|quân ủy|ủy ban nhân dân|uỷ ban nhân dân|"
    "các thôn|các tổ dân phố|các khu dân cư|các ấp|các bản|các chi bộ|các đảng bộ";

constexpr const char* kVerbs =
    "tham mưu|chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|triển khai|xây dựng|theo dõi|phụ trách|"
    "tổ chức|hướng dẫn|rà soát|báo cáo|khẩn trương|căn cứ|lãnh đạo|chỉ đạo|nghiên cứu|tổng hợp|kiểm tra|đôn đốc|"
    "tiếp tục|chủ động|ban hành|trình|tăng cường|đẩy mạnh";

std::string trim_unit(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ':' || s.back() == '.' || s.back() == ';'))
    s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(i);
}

}  // namespace

AssigneeFinder::AssigneeFinder(const text::Folder& folder)
    : folder_(folder),
      label_("^[ ]*(?:(?:[ivxlc]+|\\d+(?:\\.\\d+)*|[a-zđ])[ ]*[.)-]|[-+*•])[ ]+"),
      assigned_(std::string("(?:giao(?: cho)?|đề nghị|yêu cầu|phân công)[ ]+(.{2,90}?)[ ]+(?:") + kVerbs + ")(?![\\p{L}])"),
      leading_(std::string("((?:") + kUnitWords + ")(?![\\p{L}]).{0,90}?)[ ]+(?:chủ trì|có trách nhiệm|chịu trách nhiệm|"
               "tham mưu|phối hợp|thực hiện|triển khai|khẩn trương|xây dựng|tổ chức|báo cáo|ban hành|hướng dẫn|gửi|nộp|"
               "hoàn thành|rà soát|tham gia|cử|đăng ký|chỉ đạo|lãnh đạo|tổng hợp|kiểm tra|theo dõi|tiếp tục|chủ động|"
               "phụ trách|đề xuất|trình|tập trung|bố trí|là|lập|cung cấp|hỗ trợ|tuyên truyền|phổ biến|quán triệt|giám sát|"
               "thống kê|cập nhật|đảm bảo|bảo đảm|vận động|thành lập|tiến hành|căn cứ|đăng|công bố)(?![\\p{L}])"),
      unit_(std::string("(?:") + kUnitWords + ")(?![\\p{L}])"),
      verb_(std::string("(?<![\\p{L}])(?:") + kVerbs + ")(?![\\p{L}])") {}

std::optional<std::string> AssigneeFinder::in_sentence(std::string_view sentence) const {
  auto m = folder_.prepare(sentence);
  const icu::UnicodeString lower = lowercase_for_matching(m.original, m.folded);
  const int32_t n = lower.length();
  int32_t start = 0;
  auto label = label_.matcher(lower);
  if (looking_at(*label, 0, n)) start = group_span(*label, 0).end;
  // "Trong tháng 11/2025, các sở tập trung …": look again after a leading time phrase.
  int32_t after_comma = -1;
  for (int32_t i = start; i < std::min(n, start + 40); ++i)
    if (lower.charAt(i) == u',') {
      after_comma = i + 1;
      break;
    }
  for (int32_t from : {start, after_comma}) {
    if (from < 0) continue;
    while (from < n && lower.charAt(from) == u' ') ++from;
    // A capitalised word after the first is part of a name ("Phòng Văn phòng - Thống kê", "Công chức Địa
    // chính - Xây dựng"), never the verb: keep its capital so the lowercase verbs do not match it.
    icu::UnicodeString masked(lower);
    for (int32_t i = from + 1; i < n; ++i)
      if (masked.charAt(i - 1) == u' ' && u_isupper(m.original.charAt(i)) &&
          !(i >= 2 && (masked.charAt(i - 2) == u':' || masked.charAt(i - 2) == u';' || masked.charAt(i - 2) == u'.')))
        masked.setCharAt(i, m.original.charAt(i));  // "Sở Tư pháp: Chủ trì …" opens a clause
    for (const Pattern* p : {&assigned_, &leading_}) {
      auto x = p->matcher(masked);
      if (looking_at(*x, from, n)) {
        Span g = group_span(*x, 1);
        std::string unit = trim_unit(m.utf8(g.start, g.end));
        if (!unit.empty()) return unit;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> AssigneeFinder::in_heading(std::string_view heading) const {
  auto m = folder_.prepare(heading);
  const icu::UnicodeString lower = lowercase_for_matching(m.original, m.folded);
  const int32_t n = lower.length();
  int32_t start = 0;
  auto label = label_.matcher(lower);
  if (looking_at(*label, 0, n)) start = group_span(*label, 0).end;
  auto unit = unit_.matcher(lower);
  if (!looking_at(*unit, start, n)) return std::nullopt;
  auto verb = verb_.matcher(lower);
  if (find_in(*verb, start, n)) return std::nullopt;
  int words = 1;
  for (int32_t i = start; i < n; ++i)
    if (lower.charAt(i) == u' ') ++words;
  if (words > 14) return std::nullopt;
  std::string out = trim_unit(m.utf8(start, n));
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace vanban
