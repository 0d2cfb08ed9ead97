#pragma once
// Internal: the byte tables behind legacy_encoding.cpp. One encoding per .cpp file.
#include <array>
#include <cstdint>
#include <span>

namespace vanban::text::legacy {

/// One byte of a legacy encoding and the UTF-16 it stands for. `text` may be a precomposed
/// letter, or (VNI) one or two combining marks that attach to the preceding letter once the
/// result is put in NFC. `encodable` is false for bytes we accept when reading but never write.
struct ByteMapping {
  std::uint8_t byte;
  const char16_t* text;
  bool encodable = true;
};

/// TCVN 5712:1993 VN3 ("TCVN3", ABC, .VnTime fonts).
std::span<const ByteMapping> tcvn3_mappings();

/// VNI-Windows (VNI-Times, VNI-Helve…): letters plus separate diacritic bytes.
std::span<const ByteMapping> vni_mappings();

/// VISCII 1.1 (RFC 1456).
std::span<const ByteMapping> viscii_mappings();

}  // namespace vanban::text::legacy
