#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/read_options.hpp"
#include "model/diagnostic.hpp"

namespace vanban::md {

/// Stray characters found in text that is otherwise readable: each kind is replaced by the reader
/// (NUL and other C0 controls by spaces, a byte order mark inside the text removed, a lone CR read
/// as a line break) and reported by report_stray_characters with where the first ones stand.
struct StrayCharacters {
  static constexpr std::size_t kShown = 5;  ///< locations listed per kind in a warning
  struct Kind {
    std::size_t count = 0;
    std::vector<std::size_t> first;  ///< byte offsets into CheckedInput::text, at most kShown
    void add(std::size_t offset) {
      if (count++ < kShown) first.push_back(offset);
    }
  };
  Kind nul;          ///< NUL bytes (a PDF-to-text converter leaves one where the page had a check box)
  Kind control;      ///< other C0 controls but tab, LF, CR, FF, VT; and DEL
  Kind inner_bom;    ///< U+FEFF after the start (files pasted together)
  Kind lone_cr;      ///< CR not followed by LF (old Mac line ends)
  std::size_t crlf = 0, lf = 0;
  std::array<std::size_t, 33> control_bytes{};  ///< count per byte value (0x00-0x1F, 0x7F as [32])
};

/// The text part of an input that passed the checks.
struct CheckedInput {
  std::string_view text;      ///< the input without its UTF-8 byte order mark
  std::size_t bom_bytes = 0;  ///< 3 when a BOM was skipped
  StrayCharacters stray;
};

/// Whether check_text_input rejects invalid UTF-8 itself, or leaves it to the caller (who may
/// read the bytes in a legacy encoding, see text_decoding.hpp).
enum class Utf8Check { Reject, Defer };

/// Rejects input that cannot be read as text: empty or whitespace-only ("input.empty"), mostly not
/// text ("input.binary": more than a quarter of its bytes are NUL or other control characters, or a
/// UTF-32 byte order mark), a line longer than `max_line_bytes` ("input.limit-line-length") and,
/// unless deferred, invalid UTF-8 ("input.invalid-utf8", see report_invalid_utf8). The Fatal
/// diagnostic says what was wrong and where (line:column of the first offending byte). Stray NUL and
/// control bytes, byte order marks inside the text and lone CRs are never refused: they are counted
/// in CheckedInput::stray for report_stray_characters. On success returns the text without its BOM.
std::optional<CheckedInput> check_text_input(std::string_view bytes, Diagnostics& diagnostics,
                                             Utf8Check utf8 = Utf8Check::Reject,
                                             std::size_t max_line_bytes = InputLimits{}.max_line_bytes);

/// Warnings for what the reader replaces ("input.nul-bytes", "input.control-chars", "input.bom-inside",
/// "input.line-ends"), each naming the characters, what they became and the line, column and byte of
/// the first few. `legacy`: the text is read in a legacy encoding where C0 bytes are letters (VISCII),
/// so only NULs are reported.
void report_stray_characters(const CheckedInput& input, bool legacy, Diagnostics& diagnostics);

/// The Fatal "input.invalid-utf8" diagnostic for the invalid byte at `bad` (an offset into
/// `input.text`): where it is, and how to read a file in a legacy Vietnamese encoding.
void report_invalid_utf8(const CheckedInput& input, std::size_t bad, Diagnostics& diagnostics);

/// Line and column (1-based, column in code points) of `offset` in `text`, for messages about
/// input that may not be valid UTF-8 (continuation bytes never start a column; a CR not followed by
/// LF ends a line, as the reader reads it).
SourceLocation locate_in_raw(std::string_view text, std::size_t offset);

}  // namespace vanban::md
