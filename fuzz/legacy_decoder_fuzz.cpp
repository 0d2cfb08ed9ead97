// The legacy-encoding detector and decoders (TCVN3, VNI, VISCII, CP1258) on raw bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/legacy_encoding.hpp"
#include "text/text_kit.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vanban::text::TextKit kit;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto detection = kit.legacy.detect_file(bytes);
  (void)detection;
  for (const auto e : {vanban::text::LegacyEncoding::Tcvn3, vanban::text::LegacyEncoding::Vni,
                       vanban::text::LegacyEncoding::Viscii, vanban::text::LegacyEncoding::Cp1258}) {
    const std::string decoded = vanban::text::decode_legacy(bytes, e);
    if (vanban::text::first_invalid_utf8(decoded)) __builtin_trap();  // a decoder must always give UTF-8
  }
  return 0;
}
