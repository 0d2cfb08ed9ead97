#include "text/vietnamese_case.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vanban::text {
namespace {

icu::UnicodeString utf16(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string utf8_of(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

const icu::Locale& vietnamese() {
  static const icu::Locale vi("vi");
  return vi;
}

bool is_roman_numeral(const icu::UnicodeString& word) {
  if (word.isEmpty()) return false;
  for (int32_t i = 0; i < word.length(); ++i) {
    if (icu::UnicodeString(u"IVXLCDM").indexOf(word.charAt(i)) < 0) return false;
  }
  return true;
}

bool has_lowercase(const icu::UnicodeString& word) {
  for (int32_t i = 0; i < word.length(); ++i) {
    if (u_islower(word.charAt(i))) return true;
  }
  return false;
}

}  // namespace

std::string VietnameseCase::upper(std::string_view utf8) const {
  auto s = utf16(utf8);
  s.toUpper(vietnamese());
  return utf8_of(s);
}

std::string VietnameseCase::lower(std::string_view utf8) const {
  auto s = utf16(utf8);
  s.toLower(vietnamese());
  return utf8_of(s);
}

std::string VietnameseCase::title(std::string_view utf8) const {
  auto s = utf16(utf8);
  s.toTitle(nullptr, vietnamese());  // ICU word breaks for locale "vi"
  return utf8_of(s);
}

std::string VietnameseCase::sentence(std::string_view utf8) const {
  const auto in = utf16(utf8);
  icu::UnicodeString out;
  bool sentence_start = true;
  const int32_t n = in.length();
  int32_t i = 0;
  while (i < n) {
    const UChar32 c = in.char32At(i);
    if (!u_isalpha(c)) {
      out.append(c);
      if (c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'\n') sentence_start = true;
      i = in.moveIndex32(i, 1);
      continue;
    }
    const int32_t start = i;
    while (i < n && u_isalpha(in.char32At(i))) i = in.moveIndex32(i, 1);
    icu::UnicodeString word = in.tempSubStringBetween(start, i);
    // Words already written with small letters were cased by a person: keep them.
    const bool keep = has_lowercase(word) || is_roman_numeral(word) || (word.length() > 1 && !validator_.is_valid(word));
    if (!keep) {
      word.toLower(vietnamese());
      if (sentence_start) {
        const UChar32 first = word.char32At(0);
        icu::UnicodeString head(first);
        head.toUpper(vietnamese());
        word.replace(0, U16_LENGTH(first), head);
      }
    }
    sentence_start = false;
    out.append(word);
  }
  return utf8_of(out);
}

namespace {
const VietnameseCase& shared_case() {
  static const VietnameseCase instance;  // immutable after construction
  return instance;
}
}  // namespace

std::string to_upper_vi(std::string_view utf8) { return shared_case().upper(utf8); }
std::string to_lower_vi(std::string_view utf8) { return shared_case().lower(utf8); }
std::string title_case(std::string_view utf8) { return shared_case().title(utf8); }
std::string sentence_case(std::string_view utf8) { return shared_case().sentence(utf8); }

}  // namespace vanban::text
