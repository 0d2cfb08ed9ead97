#pragma once
#include <cstdint>

#include "model/document.hpp"

namespace vanban {

/// Keeps the outline at most `max_depth` levels deep (InputLimits::max_outline_depth): the sections
/// below a section of that level are dropped from the tree and their headings and content become that
/// section's own content (every block is still written once). One Warning "outline.limit-depth" says how
/// many were dropped, where the first was, and the option that raises the limit. Labels nested that deep
/// ("1.1.1.1.1.1.1.1.1.1.1.1.1.") are no real document's outline, and every later stage walks the tree.
void limit_outline_depth(Document& doc, std::uint32_t max_depth);

}  // namespace vanban
