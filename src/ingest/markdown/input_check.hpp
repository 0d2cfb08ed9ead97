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

/// Rejects input that cannot be read as text: empty or whitespace-only ("input.empty"), binary
/// data ("input.binary": NUL bytes, a UTF-16/32 byte order mark, mostly control characters) and
/// invalid UTF-8 ("input.invalid-utf8"). The Fatal diagnostic says what was wrong and where
/// (line:column of the first offending byte). On success returns the text without its BOM.
std::optional<CheckedInput> check_text_input(std::string_view bytes, Diagnostics& diagnostics);

/// Line and column (1-based, column in code points) of `offset` in `text`, for messages about
/// input that may not be valid UTF-8 (continuation bytes never start a column).
SourceLocation locate_in_raw(std::string_view text, std::size_t offset);

}  // namespace vanban::md
