#pragma once
#include <cstddef>
#include <map>
#include <string>

#include "ingest/markdown/footnote_definitions.hpp"
#include "ingest/markdown/page_furniture.hpp"

namespace vanban::md {

/// A footnote marker left as plain digits by a PDF-to-text converter ("của Luật2", "đặc biệt.” 5"):
/// `length` bytes of digits at its offset, read as the marker of footnote `id`.
struct TextMarker {
  std::size_t length = 0;
  std::string id;
};
/// Plain-digit markers by byte offset.
using TextMarkers = std::map<std::size_t, TextMarker>;

struct PageFootnotes {
  std::size_t notes = 0;    ///< footnote texts found at page feet
  std::size_t markers = 0;  ///< their markers found in the text
};

/// Text extracted from a PDF keeps the footnotes of each page at its foot, after a blank line (the
/// footnote rule) and just before the page furniture of the next page: "1 Trường hợp …", "2 Điều
/// này …". Their markers were superscripts, flattened to digits glued to a word or to closing
/// punctuation. A block at a page foot whose lines open with consecutive numbers is read as
/// footnotes only when every number has such a marker earlier on the page (a body line "1 và
/// khoản 2 Điều này." there has none). Found notes become "[^N]:"-like definitions (their number
/// is blanked with kDefinitionFiller and entered in `definitions`), their markers `markers`. A note
/// cut by the page break goes on at the next foot: those lines get a kFootnoteContinuation id.
/// Only for text with page furniture (`furniture` not empty); offsets stay valid.
PageFootnotes find_page_footnotes(std::string& text, const PageFurniture& furniture, FootnoteDefinitions& definitions,
                                  TextMarkers& markers);

}  // namespace vanban::md
