#include "analysis/number_symbol.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace vanban {
namespace {

// Folded abbreviations of document types (NĐ 30 Phụ lục III, Party guide 36-HD/VPTW, normative acts).
constexpr std::array<std::string_view, 30> kKnownCodes = {
    "kh", "qđ", "nq", "ct", "kl", "qyđ", "qđi", "qc", "cv", "tb", "hd", "nđ", "tt", "ttlt", "bc",
    "ttr", "ctr", "đa", "cđ", "pa", "da", "bb", "gm", "tc", "hđ", "vbhn", "bgn", "btt", "tbkl", "nqlt"};

constexpr std::array<std::pair<std::string_view, std::string_view>, 26> kWordCodes = {{
    {"ke hoach", "KH"},        {"quyet đinh", "QĐ"},  {"nghi quyet", "NQ"},     {"chi thi", "CT"},
    {"ket luan", "KL"},        {"quy đinh", "QyĐ"},   {"quy che", "QC"},        {"cong van", "CV"},
    {"thong bao", "TB"},       {"huong dan", "HD"},   {"nghi đinh", "NĐ"},      {"thong tu", "TT"},
    {"thong tu lien tich", "TTLT"}, {"bao cao", "BC"}, {"to trinh", "TTr"},     {"chuong trinh", "CTr"},
    {"đe an", "ĐA"},           {"cong đien", "CĐ"},   {"phuong an", "PA"},      {"du an", "DA"},
    {"thong tri", "TT"},       {"bien ban", "BB"},    {"giay moi", "GM"},       {"thong cao", "TC"},
    {"van ban hop nhat", "VBHN"}, {"nghi quyet lien tich", "NQLT"},
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string compact_number_symbol(std::string_view written) {
  std::string out;
  out.reserve(written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    char c = written[i];
    if (is_space(c)) continue;
    // NBSP (C2 A0) inside a symbol
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < written.size() && static_cast<unsigned char>(written[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string number_symbol_key(const text::Folder& folder, std::string_view number_symbol) {
  return folder.fold_utf8(compact_number_symbol(number_symbol));
}

namespace {

// Past the number's digits and a dotted sub-number ("66.7/2025/NQ-CP").
std::size_t skip_number(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i + 1 < s.size() && s[i] == '.' && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  }
  return i;
}

}  // namespace

std::string number_of(std::string_view ns) {
  std::size_t i = skip_number(ns);
  while (i < ns.size() && std::isalpha(static_cast<unsigned char>(ns[i])) && i + 1 < ns.size() &&
         (ns[i + 1] == '/' || ns[i + 1] == '-'))
    ++i;
  return std::string(ns.substr(0, i));
}

std::optional<std::string> type_code_from_symbol(const text::Folder& folder, std::string_view ns) {
  std::string s = compact_number_symbol(ns);
  std::size_t i = skip_number(s);
  if (i >= s.size()) return std::nullopt;
  std::string group;
  if (s[i] == '-') {  // Party: 111-KH/ĐU
    std::size_t slash = s.find('/', i);
    if (slash == std::string::npos) return std::nullopt;
    group = s.substr(i + 1, slash - i - 1);
  } else if (s[i] == '/') {
    std::size_t start = i + 1;
    // normative: 59/2023/NĐ-CP
    std::size_t j = start;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j - start == 4 && j < s.size() && s[j] == '/') start = j + 1;
    std::size_t stop = s.find_first_of("-/", start);
    group = s.substr(start, stop == std::string::npos ? std::string::npos : stop - start);
  } else {
    return std::nullopt;
  }
  const std::string key = folder.fold_utf8(group);
  for (auto code : kKnownCodes)
    if (key == code) return group;
  return std::nullopt;
}

bool symbol_has_year(std::string_view symbol) {
  return symbol.size() > 5 && std::all_of(symbol.begin(), symbol.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
         symbol[4] == '/';
}

bool is_party_form(std::string_view ns) {
  const auto slash = ns.find('/');
  const auto dash = ns.find('-');
  if (slash == std::string_view::npos || dash == std::string_view::npos || dash > slash || dash + 1 >= slash) return false;
  return std::none_of(ns.begin() + static_cast<std::ptrdiff_t>(dash) + 1, ns.begin() + static_cast<std::ptrdiff_t>(slash),
                      [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> type_code_for_word(std::string_view folded_type) {
  for (const auto& [word, code] : kWordCodes)
    if (folded_type == word) return std::string(code);
  return std::nullopt;
}

}  // namespace vanban
