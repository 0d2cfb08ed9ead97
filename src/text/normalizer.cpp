#include "text/normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace vanban::text {

Normalizer::Normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer unavailable");
}

bool Normalizer::is_nfc(std::string_view utf8) const {
  UErrorCode status = U_ZERO_ERROR;
  auto s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  return nfc_->isNormalized(s, status) && U_SUCCESS(status);
}

std::string Normalizer::nfc(std::string_view utf8) const {
  bool ascii = true;
  for (unsigned char c : utf8) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  auto s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc_->isNormalized(s, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc_->normalize(s, status);
  std::string result;
  if (U_FAILURE(status)) return std::string(utf8);
  out.toUTF8String(result);
  return result;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

}  // namespace vanban::text
