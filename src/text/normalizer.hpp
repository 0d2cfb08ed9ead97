#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <unicode/normalizer2.h>

namespace vanban::text {

/// Unicode normalization for everything a reader produces. Build once, reuse.
class Normalizer {
 public:
  Normalizer();

  /// NFC of valid UTF-8 input. Cheap when the text is already NFC (the usual case).
  std::string nfc(std::string_view utf8) const;
  bool is_nfc(std::string_view utf8) const;

 private:
  const icu::Normalizer2* nfc_;
};

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when `bytes` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

}  // namespace vanban::text
