#include "ingest/markdown/text_decoding.hpp"

#include <cmath>

#include "text/normalizer.hpp"

namespace vanban::md {
namespace {

bool has_non_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

std::string upper_name(text::LegacyEncoding e) {
  std::string name(text::encoding_name(e));
  for (char& c : name)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return name;
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

}  // namespace

std::optional<DecodedText> decode_text_input(const CheckedInput& input, std::optional<text::LegacyEncoding> encoding,
                                             const text::TextKit& kit, Diagnostics& diagnostics) {
  const std::string_view bytes = input.text;
  if (encoding && *encoding != text::LegacyEncoding::None) {
    const std::string name = upper_name(*encoding);
    if (!text::first_invalid_utf8(bytes) && (has_non_ascii(bytes) || input.bom_bytes > 0)) {
      diagnostics.warning("md.legacy-encoding",
                          "decoded the input as " + name + " as --encoding asked, but it is valid UTF-8" +
                              (input.bom_bytes > 0 ? " (it starts with a UTF-8 byte order mark)" : "") +
                              ": if the text reads wrongly, convert without --encoding",
                          {1, 1});
    } else {
      diagnostics.info("md.legacy-encoding", "decoded the input from " + name + " to Unicode as --encoding asked",
                       {1, 1});
    }
    return DecodedText{text::decode_legacy(bytes, *encoding), true};
  }
  const auto bad = text::first_invalid_utf8(bytes);
  if (!bad) return DecodedText{std::string(bytes), false};
  if (!encoding) {
    const text::Detection d = kit.legacy.detect_file(bytes);
    if (d.encoding != text::LegacyEncoding::None && d.confidence > kMinLegacyConfidence) {
      const std::string name = upper_name(d.encoding);
      diagnostics.warning("md.legacy-encoding",
                          "the input is not UTF-8; its text reads as the legacy Vietnamese encoding " + name + " (" +
                              percent(d.confidence) + " of its accented words are Vietnamese syllables) and was "
                              "converted from " + name + " to Unicode (pass --encoding tcvn3|vni|viscii|cp1258 to "
                              "force an encoding, or --encoding utf-8 to refuse the conversion)",
                          locate_in_raw(bytes, *bad));
      return DecodedText{text::decode_legacy(bytes, d.encoding), true};
    }
  }
  report_invalid_utf8(input, *bad, diagnostics);
  return std::nullopt;
}

}  // namespace vanban::md
