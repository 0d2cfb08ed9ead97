#pragma once
#include <cstddef>
#include <string>
#include <unordered_map>

namespace vanban::md {

/// Fills a neutralized "[^id]:" prefix; the block collector treats it as invisible.
inline constexpr char kDefinitionFiller = '\x1E';

/// Opens the id of a definition that goes on with the footnote of the rest of the id (a footnote
/// text continued at the foot of the next page).
inline constexpr char kFootnoteContinuation = '\x1D';

/// Markdown footnote definitions ("[^1]: text") by the byte offset of their '['.
using FootnoteDefinitions = std::unordered_map<std::size_t, std::string>;

/// Finds "[^id]:" at the start of lines (up to three spaces in) and overwrites the prefix with
/// kDefinitionFiller bytes, so that md4c (which has no footnote extension) reads the definition as
/// an ordinary paragraph instead of swallowing it as a link reference definition.
FootnoteDefinitions neutralize_footnote_definitions(std::string& text);

/// Length of a footnote reference "[^id]" at `pos` of `s` (0 when there is none there).
std::size_t footnote_reference_at(const std::string& s, std::size_t pos, std::string* id = nullptr);

}  // namespace vanban::md
