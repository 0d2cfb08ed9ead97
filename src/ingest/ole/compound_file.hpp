#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::ole {

/// The OLE compound file (CFB, [MS-CFB]) signature D0 CF 11 E0 A1 B1 1A E1: Word 97-2003 .doc, but also
/// Excel/PowerPoint files and password-protected OOXML packages (an encrypted .docx is a CFB too).
bool is_compound_file(std::string_view bytes);

/// One entry of a compound file's directory.
struct DirectoryEntry {
  std::string name;  ///< UTF-8 (the names we look for are ASCII)
  enum class Kind : std::uint8_t { Storage, Stream, Root } kind = Kind::Stream;
  std::uint32_t start_sector = 0;
  std::uint64_t size = 0;
};

/// What is inside: enough to tell a Word 97 document from an encrypted OOXML package or another
/// Office file, without any engine.
struct CompoundFile {
  std::vector<DirectoryEntry> entries;
  /// The first bytes of the WordDocument stream (its FIB), when it has one that lies in regular sectors.
  std::string word_fib;

  bool has_stream(std::string_view name) const;
};

/// Reads the header and the directory chain. Every offset is checked against the buffer and every chain
/// is bounded by the number of sectors the buffer can hold (no loops, no reads past the end): a damaged
/// file gives std::nullopt and a reason. A small reader of our own rather than libgsf: we need a dozen
/// fields of the directory, not a general container library.
std::optional<CompoundFile> read_compound_file(std::string_view bytes, std::string& error);

/// What a compound file holds, for the .doc reader's decision.
enum class OleKind {
  WordDocument,        ///< a Word 97-2003 document (a "WordDocument" stream)
  EncryptedWord,       ///< a Word 97-2003 document with a password (the FIB's fEncrypted bit)
  EncryptedPackage,    ///< a password-protected OOXML package ("EncryptionInfo" + "EncryptedPackage")
  Other,               ///< Excel, PowerPoint, an MSG mail…: not a text document
};
OleKind classify(const CompoundFile& file);

}  // namespace vanban::ole
