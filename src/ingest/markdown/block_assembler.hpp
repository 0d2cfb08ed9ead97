#pragma once
#include <cstddef>
#include <vector>

#include "ingest/markdown/line_index.hpp"
#include "ingest/markdown/page_furniture.hpp"
#include "ingest/markdown/raw_block.hpp"
#include "ingest/markdown/reflow.hpp"
#include "model/document.hpp"

namespace vanban::md {

/// What the assembler did, for the reader's Info diagnostics.
struct AssemblyStats {
  std::size_t joined_paragraphs = 0;  ///< paragraphs cut by a page break or footnote block, rejoined
};

/// Turns raw blocks into doc.blocks and doc.footnotes: footnote texts (a block starting with a
/// <sup>N</sup> marker, or a "[^N]: …" definition) go to doc.footnotes; other blocks are reflowed
/// into paragraphs (markers become FootnoteMark offsets); a body paragraph cut by a page break or a
/// footnote block is joined with its continuation; GFM tables become Table blocks, and text laid
/// out in two columns (pdftotext -layout headers and closings) becomes a borderless Table.
AssemblyStats assemble_blocks(const std::vector<RawBlock>& blocks, const Reflower& reflower, const LineIndex& lines,
                              const PageFurniture& furniture, Document& doc);

}  // namespace vanban::md
