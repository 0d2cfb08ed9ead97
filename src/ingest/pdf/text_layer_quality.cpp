#include "ingest/pdf/text_layer_quality.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vanban::pdf {

TextLayerQuality measure_text_layer(std::string_view nfc_text, const text::SyllableValidator& validator) {
  TextLayerQuality q;
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(nfc_text.data(), static_cast<int32_t>(nfc_text.size())));
  const char16_t* buffer = text.getBuffer();
  const int32_t n = text.length();
  int32_t i = 0;
  while (i < n) {
    if (!u_isalpha(buffer[i]) && u_charType(buffer[i]) != U_NON_SPACING_MARK) {
      ++i;
      continue;
    }
    const int32_t start = i;
    bool marked = false;
    while (i < n && (u_isalpha(buffer[i]) || u_charType(buffer[i]) == U_NON_SPACING_MARK)) {
      marked = marked || buffer[i] > 0x7F;
      ++i;
    }
    ++q.words;
    if (!marked) {
      if (validator.is_valid(buffer + start, i - start)) ++q.valid_plain;
      continue;
    }
    ++q.marked_words;
    if (validator.is_valid(buffer + start, i - start)) ++q.valid_marked;
  }
  return q;
}

}  // namespace vanban::pdf
