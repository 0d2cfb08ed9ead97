#pragma once
#include "ingest/read_options.hpp"
#include "model/document.hpp"

namespace vanban {

/// After reading, before analysis: refuses a document whose paragraph (body, table cell or footnote)
/// holds more than InputLimits::max_paragraph_bytes of text ("input.limit-paragraph") or whose table
/// has more than max_table_cells cells ("input.limit-table"), with a Fatal diagnostic at the place naming
/// the size, the limit and the option that raises it. Analysis time grows with paragraph length (the
/// patterns run over whole paragraphs) and a table of millions of cells is a generated file, not a
/// document. True when everything is within the limits.
bool check_block_limits(Document& doc, const InputLimits& limits);

}  // namespace vanban
