#pragma once
#include <cstddef>
#include <string_view>

#include "ingest/markdown/reflow.hpp"

namespace vanban::md {

/// What is known about the gap between two body paragraphs.
struct ParagraphGap {
  bool page_break = false;            ///< page furniture, a rule or a footnote block lies between them
  std::size_t previous_last_line = 0; ///< code points of the previous paragraph's last source line
};

/// Whether `next` continues `previous`: a page break or a footnote block cut one paragraph in two.
/// `previous` must be a body paragraph (not a heading) and must not end a sentence (. ; : ! ? or a
/// closing quote/bracket after one; a full last line ending with ';' before a page break and a
/// lowercase word is a clause list going on); `next` must not start with a label, and must start with a
/// lowercase letter, or with an opening quote continuing a list ("…như: “A”,\n\n“B”…"), or — right
/// after a page break, when the previous line ran to the full width — with any word. A lettered
/// point written "a." / "b-" needs the sequence of points to be told from a word: the caller
/// (block_assembler) checks ReflowedParagraph::opens_point first.
bool continues_paragraph(std::string_view previous, std::string_view next, const ParagraphGap& gap,
                         const Reflower& reflower);

}  // namespace vanban::md
