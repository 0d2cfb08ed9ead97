#pragma once
// Builds small OLE compound files ([MS-CFB], version 3, 512-byte sectors) for tests: a FAT sector, the
// directory, and optionally the first sector of a WordDocument stream with a FIB.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace vanban::testing {

struct OleEntry {
  std::string name;
  std::uint8_t type = 2;  ///< 1 storage, 2 stream, 5 root
};

inline void put16(std::string& b, std::size_t at, std::uint16_t v) {
  b[at] = static_cast<char>(v & 0xFF);
  b[at + 1] = static_cast<char>(v >> 8);
}
inline void put32(std::string& b, std::size_t at, std::uint32_t v) {
  put16(b, at, static_cast<std::uint16_t>(v & 0xFFFF));
  put16(b, at + 2, static_cast<std::uint16_t>(v >> 16));
}

/// `streams` are added after the root entry. `word_flags`: when set, "WordDocument" gets a 4096-byte size
/// and a first sector holding a Word 97 FIB whose flags word (offset 0x0A) is this value.
inline std::string make_ole(const std::vector<OleEntry>& streams, int word_flags = -1) {
  std::vector<OleEntry> entries = {{"Root Entry", 5}};
  entries.insert(entries.end(), streams.begin(), streams.end());
  const std::size_t dir_sectors = (entries.size() + 3) / 4;
  const std::uint32_t stream_sector = static_cast<std::uint32_t>(1 + dir_sectors);
  const std::size_t sectors = 1 + dir_sectors + (word_flags >= 0 ? 1 : 0);
  std::string b(512 * (1 + sectors), '\0');
  b.replace(0, 8, std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  put16(b, 0x18, 0x3E);
  put16(b, 0x1A, 3);
  put16(b, 0x1C, 0xFFFE);
  put16(b, 0x1E, 9);
  put16(b, 0x20, 6);
  put32(b, 0x2C, 1);           // one FAT sector
  put32(b, 0x30, 1);           // the directory starts at sector 1
  put32(b, 0x38, 4096);        // mini-stream cutoff
  put32(b, 0x3C, 0xFFFFFFFE);  // no mini FAT
  put32(b, 0x44, 0xFFFFFFFE);  // no DIFAT sectors
  for (std::size_t i = 0; i < 109; ++i) put32(b, 0x4C + i * 4, i == 0 ? 0 : 0xFFFFFFFF);
  // FAT (sector 0): itself, the directory chain, the stream's sector.
  const std::size_t fat = 512;
  for (std::size_t i = 0; i < 128; ++i) put32(b, fat + i * 4, 0xFFFFFFFF);
  put32(b, fat, 0xFFFFFFFD);
  for (std::size_t i = 0; i < dir_sectors; ++i)
    put32(b, fat + (1 + i) * 4, i + 1 == dir_sectors ? 0xFFFFFFFE : static_cast<std::uint32_t>(2 + i));
  if (word_flags >= 0) put32(b, fat + stream_sector * 4, 0xFFFFFFFE);
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const std::size_t at = 512 * 2 + e * 128;
    const std::string& name = entries[e].name;
    for (std::size_t i = 0; i < name.size() && i < 31; ++i) put16(b, at + i * 2, static_cast<unsigned char>(name[i]));
    put16(b, at + 0x40, static_cast<std::uint16_t>((name.size() + 1) * 2));
    b[at + 0x42] = static_cast<char>(entries[e].type);
    put32(b, at + 0x44, 0xFFFFFFFF);
    put32(b, at + 0x48, 0xFFFFFFFF);
    put32(b, at + 0x4C, e == 0 && entries.size() > 1 ? 1 : 0xFFFFFFFF);
    put32(b, at + 0x74, 0xFFFFFFFE);
    if (word_flags >= 0 && name == "WordDocument") {
      put32(b, at + 0x74, stream_sector);
      put32(b, at + 0x78, 4096);
      const std::size_t fib = 512 * (1 + stream_sector);
      put16(b, fib, 0xA5EC);
      put16(b, fib + 2, 0x00C1);
      put16(b, fib + 0x0A, static_cast<std::uint16_t>(word_flags));
    }
  }
  return b;
}

}  // namespace vanban::testing
