#include "ingest/markdown/utf16_input.hpp"

#include <cstdint>

#include <unicode/utf8.h>

namespace vanban::md {
namespace {

/// The NUL pattern is judged on the start of the input: enough for any text, cheap for a big file.
constexpr std::size_t kSampleBytes = 64u << 10;

enum class Endian { Little, Big };

void append_utf8(std::string& out, UChar32 cp) {
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, cp);  // cp is a scalar value: surrogates were replaced
  out.append(bytes, static_cast<std::size_t>(length));
}

/// Without a BOM: most pairs hold one NUL on the same side, almost none on the other (UTF-8 text
/// with a few stray NULs has them on both sides alike, and few).
std::optional<Endian> guess_from_nuls(std::string_view bytes) {
  const std::size_t n = std::min(bytes.size(), kSampleBytes) & ~std::size_t{1};
  if (n < 4) return std::nullopt;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  if (odd * 10 >= pairs * 3 && even * 20 <= odd) return Endian::Little;
  if (even * 10 >= pairs * 3 && odd * 20 <= even) return Endian::Big;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> decode_utf16_input(std::string_view bytes, Diagnostics& diagnostics) {
  std::optional<Endian> endian;
  bool bom = false;
  // FF FE 00 00 is a UTF-32 BOM, not UTF-16: left to the binary check.
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE' && bytes.substr(0, 4) != std::string_view("\xFF\xFE\0\0", 4)) {
    endian = Endian::Little;
    bom = true;
  } else if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') {
    endian = Endian::Big;
    bom = true;
  } else {
    endian = guess_from_nuls(bytes);
  }
  if (!endian) return std::nullopt;

  const bool little = *endian == Endian::Little;
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? (a | (b << 8)) : ((a << 8) | b);
  };
  std::string out;
  out.reserve(bytes.size() * 3 / 2);
  std::size_t unpaired = 0, first_unpaired = 0;
  std::size_t i = bom ? 2 : 0;
  for (; i + 1 < bytes.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      if (unpaired++ == 0) first_unpaired = i;
      cp = 0xFFFD;
    }
    append_utf8(out, cp);
  }
  const std::string form = little ? "UTF-16LE" : "UTF-16BE";
  std::string message = "the input is " + form + " text (" +
                        (bom ? std::string("byte order mark at line 1, column 1")
                             : std::string("no byte order mark: recognized by the NUL byte in every other byte")) +
                        "); converted to UTF-8";
  if (unpaired > 0)
    message += "; " + std::to_string(unpaired) + " unpaired surrogate(s), the first at byte " +
               std::to_string(first_unpaired) + ", replaced by U+FFFD";
  if (i < bytes.size()) message += "; the odd last byte (byte " + std::to_string(i) + ") was dropped";
  diagnostics.warning("input.utf16", message, {1, 1});
  return out;
}

}  // namespace vanban::md
