#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace vanban::md {

/// Text saved as UTF-16 (Windows "Unicode" text, some mail systems' attachments): found by its byte
/// order mark, or without one by its NUL pattern (ASCII letters leave a NUL in every other byte, at odd
/// offsets for little endian, at even ones for big endian). Returns the text as UTF-8, with a Warning
/// "input.utf16" saying which form was read and how it was recognized (an unpaired surrogate becomes
/// U+FFFD and an odd last byte is dropped, each said with its byte offset), or nullopt when the bytes
/// are not UTF-16 (then nothing is reported).
std::optional<std::string> decode_utf16_input(std::string_view bytes, Diagnostics& diagnostics);

}  // namespace vanban::md
