#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "model/diagnostic.hpp"

namespace vanban::md {

/// The text part of an input that passed the checks.
struct CheckedInput {
  std::string_view text;      ///< the input without its UTF-8 byte order mark
  std::size_t bom_bytes = 0;  ///< 3 when a BOM was skipped
};

/// Whether check_text_input rejects invalid UTF-8 itself, or leaves it to the caller (who may
/// read the bytes in a legacy encoding, see text_decoding.hpp).
enum class Utf8Check { Reject, Defer };

/// Rejects input that cannot be read as text: empty or whitespace-only ("input.empty"), binary
/// data ("input.binary": NUL bytes more than one per thousand bytes, a UTF-16/32 byte order mark,
/// mostly control characters; fewer NULs only warn, "input.nul-bytes", and are read as spaces) and,
/// unless deferred, invalid UTF-8 ("input.invalid-utf8", see report_invalid_utf8). The Fatal
/// diagnostic says what was wrong and where (line:column of the first offending byte). On success
/// returns the text without its BOM.
std::optional<CheckedInput> check_text_input(std::string_view bytes, Diagnostics& diagnostics,
                                             Utf8Check utf8 = Utf8Check::Reject);

/// The Fatal "input.invalid-utf8" diagnostic for the invalid byte at `bad` (an offset into
/// `input.text`): where it is, and how to read a file in a legacy Vietnamese encoding.
void report_invalid_utf8(const CheckedInput& input, std::size_t bad, Diagnostics& diagnostics);

/// Line and column (1-based, column in code points) of `offset` in `text`, for messages about
/// input that may not be valid UTF-8 (continuation bytes never start a column).
SourceLocation locate_in_raw(std::string_view text, std::size_t offset);

}  // namespace vanban::md
