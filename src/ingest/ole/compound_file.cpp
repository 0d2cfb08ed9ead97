#include "ingest/ole/compound_file.hpp"

#include <algorithm>

namespace vanban::ole {
namespace {

constexpr std::string_view kSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kMaxRegularSector = 0xFFFFFFFA;
constexpr std::size_t kEntrySize = 128;
constexpr std::size_t kHeaderDifatEntries = 109;

std::uint16_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}

/// Sectors addressed by number; sector n starts after the header, at (n + 1) * size.
class Sectors {
 public:
  Sectors(std::string_view bytes, std::size_t size) : bytes_(bytes), size_(size) {}
  std::size_t size() const { return size_; }
  /// How many whole or partial sectors the buffer holds: the longest chain there can be.
  std::size_t count() const { return bytes_.size() / size_; }
  /// The sector's bytes; empty when it lies (even partly) outside the buffer. A short last sector is
  /// common (writers trim the file), so a sector is cut at the end of the buffer rather than refused.
  std::string_view sector(std::uint32_t n) const {
    if (n > kMaxRegularSector) return {};
    const std::uint64_t at = (static_cast<std::uint64_t>(n) + 1) * size_;
    if (at >= bytes_.size()) return {};
    return bytes_.substr(static_cast<std::size_t>(at), size_);
  }

 private:
  std::string_view bytes_;
  std::size_t size_;
};

/// The FAT sector numbers: the header's 109 DIFAT entries, then the DIFAT chain.
std::vector<std::uint32_t> fat_sectors(std::string_view bytes, const Sectors& sectors, std::string& error) {
  std::vector<std::uint32_t> fat;
  const std::uint32_t declared = u32(bytes, 0x2C);
  for (std::size_t i = 0; i < kHeaderDifatEntries && fat.size() < declared; ++i) {
    const std::uint32_t s = u32(bytes, 0x4C + i * 4);
    if (s > kMaxRegularSector) break;
    fat.push_back(s);
  }
  std::uint32_t next = u32(bytes, 0x44);
  std::size_t hops = 0;
  const std::size_t per_sector = sectors.size() / 4 - 1;
  while (next <= kMaxRegularSector && fat.size() < declared) {
    if (++hops > sectors.count()) {
      error = "the DIFAT chain loops";
      return {};
    }
    const std::string_view s = sectors.sector(next);
    if (s.size() < sectors.size()) {
      error = "the DIFAT chain points past the end of the file";
      return {};
    }
    for (std::size_t i = 0; i < per_sector && fat.size() < declared; ++i) {
      const std::uint32_t f = u32(s, i * 4);
      if (f <= kMaxRegularSector) fat.push_back(f);
    }
    next = u32(s, per_sector * 4);
  }
  return fat;
}

/// The FAT entry of sector n (the next sector of its chain), or kEndOfChain when it cannot be read.
std::uint32_t next_sector(const Sectors& sectors, const std::vector<std::uint32_t>& fat, std::uint32_t n) {
  const std::size_t per_sector = sectors.size() / 4;
  const std::size_t which = n / per_sector;
  if (which >= fat.size()) return kEndOfChain;
  const std::string_view s = sectors.sector(fat[which]);
  const std::size_t at = (n % per_sector) * 4;
  if (at + 4 > s.size()) return kEndOfChain;
  return u32(s, at);
}

std::string entry_name(std::string_view entry) {
  const std::size_t bytes = std::min<std::size_t>(u16(entry, 0x40), 64);
  std::string name;
  for (std::size_t i = 0; i + 1 < bytes; i += 2) {
    const std::uint16_t c = u16(entry, i);
    if (c == 0) break;
    // Names are UTF-16; we only compare ASCII names, so anything else is kept as '?'.
    name += c < 0x80 ? static_cast<char>(c) : '?';
  }
  return name;
}

}  // namespace

bool is_compound_file(std::string_view bytes) { return bytes.substr(0, 8) == kSignature; }

bool CompoundFile::has_stream(std::string_view name) const {
  return std::any_of(entries.begin(), entries.end(), [&](const DirectoryEntry& e) {
    return e.kind == DirectoryEntry::Kind::Stream && e.name == name;
  });
}

std::optional<CompoundFile> read_compound_file(std::string_view bytes, std::string& error) {
  if (!is_compound_file(bytes)) {
    error = "no compound-file signature";
    return std::nullopt;
  }
  if (bytes.size() < 512) {
    error = "the compound-file header is cut short (" + std::to_string(bytes.size()) + " bytes, 512 expected)";
    return std::nullopt;
  }
  const std::uint16_t shift = u16(bytes, 0x1E);
  if (shift != 9 && shift != 12) {
    error = "unsupported sector size 2^" + std::to_string(shift) + " (512 or 4096 expected)";
    return std::nullopt;
  }
  const Sectors sectors(bytes, std::size_t{1} << shift);
  const std::vector<std::uint32_t> fat = fat_sectors(bytes, sectors, error);
  if (!error.empty()) return std::nullopt;

  CompoundFile file;
  std::uint32_t dir = u32(bytes, 0x30);
  std::size_t hops = 0;
  while (dir <= kMaxRegularSector) {
    if (++hops > sectors.count()) {
      error = "the directory chain loops";
      return std::nullopt;
    }
    const std::string_view s = sectors.sector(dir);
    if (s.empty()) {
      error = "the directory points past the end of the file";
      return std::nullopt;
    }
    for (std::size_t at = 0; at + kEntrySize <= s.size(); at += kEntrySize) {
      const std::string_view e = s.substr(at, kEntrySize);
      const auto type = static_cast<unsigned char>(e[0x42]);
      if (type != 1 && type != 2 && type != 5) continue;  // unallocated or unknown
      DirectoryEntry entry;
      entry.name = entry_name(e);
      entry.kind = type == 1 ? DirectoryEntry::Kind::Storage
                   : type == 2 ? DirectoryEntry::Kind::Stream
                               : DirectoryEntry::Kind::Root;
      entry.start_sector = u32(e, 0x74);
      entry.size = shift == 9 ? u32(e, 0x78) : (static_cast<std::uint64_t>(u32(e, 0x7C)) << 32 | u32(e, 0x78));
      file.entries.push_back(std::move(entry));
    }
    dir = next_sector(sectors, fat, dir);
  }
  if (file.entries.empty()) {
    error = "the directory is empty";
    return std::nullopt;
  }
  // The WordDocument stream is always larger than the mini-stream cutoff (4096 bytes), so its first bytes
  // are in a regular sector; streams under the cutoff live in the mini stream, which we do not need.
  for (const auto& e : file.entries) {
    if (e.kind == DirectoryEntry::Kind::Stream && e.name == "WordDocument" && e.size >= 4096) {
      file.word_fib = std::string(sectors.sector(e.start_sector).substr(0, 32));
      break;
    }
  }
  return file;
}

OleKind classify(const CompoundFile& file) {
  if (file.has_stream("EncryptionInfo") && file.has_stream("EncryptedPackage")) return OleKind::EncryptedPackage;
  if (!file.has_stream("WordDocument")) return OleKind::Other;
  // FIB base: wIdent 0xA5EC at 0, flags at 0x0A with fEncrypted = bit 8 ([MS-DOC] 2.5.2).
  const std::string_view fib = file.word_fib;
  if (fib.size() >= 12 && u16(fib, 0) == 0xA5EC && (u16(fib, 0x0A) & 0x0100) != 0) return OleKind::EncryptedWord;
  return OleKind::WordDocument;
}

}  // namespace vanban::ole
