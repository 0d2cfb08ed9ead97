#pragma once
#include <optional>
#include <string>

#include "ingest/markdown/input_check.hpp"
#include "model/diagnostic.hpp"
#include "text/legacy_encoding.hpp"
#include "text/text_kit.hpp"

namespace vanban::md {

/// Below this confidence (net share of words that read as Vietnamese syllables, halved when two
/// readings tie) a guessed legacy encoding is not trusted and the input stays unreadable.
inline constexpr double kMinLegacyConfidence = 0.5;

/// What decode_text_input gives back.
struct DecodedText {
  std::string text;
  bool legacy = false;  ///< decoded from a legacy encoding (its C0 bytes may have been letters: VISCII)
};

/// The input as UTF-8 text, the first step of the text reader (src/text/README.md, "Order of
/// operations"):
/// - `encoding` set and not None (--encoding tcvn3|vni|viscii|cp1258): the bytes are decoded in it
///   (Info "md.legacy-encoding"; a Warning when the bytes were valid UTF-8 with non-ASCII text,
///   which that encoding probably garbles);
/// - valid UTF-8: the text as it is (legacy encodings are never guessed in valid UTF-8);
/// - invalid UTF-8 and `encoding` is None (forced UTF-8): Fatal "input.invalid-utf8";
/// - invalid UTF-8 and no `encoding`: the encoding is detected from the text statistics; with
///   confidence above kMinLegacyConfidence the bytes are decoded (Warning "md.legacy-encoding"
///   naming the encoding, and that --encoding forces one), otherwise Fatal "input.invalid-utf8".
/// nullopt after a Fatal diagnostic.
std::optional<DecodedText> decode_text_input(const CheckedInput& input, std::optional<text::LegacyEncoding> encoding,
                                             const text::TextKit& kit, Diagnostics& diagnostics);

}  // namespace vanban::md
