#pragma once
#include <string_view>
#include <vector>

#include "ingest/markdown/footnote_definitions.hpp"
#include "ingest/markdown/page_footnotes.hpp"
#include "ingest/markdown/raw_block.hpp"

namespace vanban::md {

/// Parses `text` with md4c (CommonMark + GFM tables, no indented code, no HTML blocks) and
/// returns its text blocks in reading order: emphasis removed, list labels rebuilt at the start
/// of the first line ("7. ", "- ", "+ "), inline <sup>N</sup> and [^N] turned into footnote
/// placeholders (so are the plain-digit `markers` of page_footnotes.hpp), <br> and block-level
/// HTML tags turned into line breaks, images dropped.
std::vector<RawBlock> collect_blocks(std::string_view text, const FootnoteDefinitions& definitions,
                                     const TextMarkers& markers = {});

}  // namespace vanban::md
