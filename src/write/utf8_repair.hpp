#pragma once
#include <string>
#include <string_view>

namespace vanban {

/// What the repaired text must be valid as.
enum class TextTarget {
  Json,  ///< well-formed UTF-8 (control characters are escaped by the JSON writer)
  Xml,   ///< well-formed UTF-8 holding only characters XML 1.0 allows (no C0 controls but tab/LF/CR, no U+FFFE/U+FFFF)
};

/// Returns `text` itself when it is already valid for `target`; otherwise writes into `scratch` a copy in
/// which every ill-formed UTF-8 sequence and every character the target forbids became U+FFFD, and
/// returns a view of `scratch`. Writers call it on every string so that bad bytes that slipped past a
/// reader never make the output unparsable.
std::string_view repair_utf8(std::string_view text, TextTarget target, std::string& scratch);

}  // namespace vanban
