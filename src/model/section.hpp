#pragma once
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "model/block.hpp"
#include "model/location.hpp"

namespace vanban {

/// What kind of label opened a section.
enum class SectionKind {
  Part,      ///< "Phần thứ nhất", "Phần I"
  Chapter,   ///< "Chương I"
  Division,  ///< "Mục 1" (normative)
  Article,   ///< "Điều 5."
  Roman,     ///< "I." / "II-" (administrative parts)
  Numbered,  ///< "1." / "1-" (items; khoản inside an article)
  Dotted,    ///< "1.1.", "2.3.1."
  Lettered,  ///< "a)", "đ)" (điểm)
  Heading,   ///< a heading without a label (bold/caps line)
};

std::string_view to_string(SectionKind k);

inline constexpr std::size_t kNoBlock = std::numeric_limits<std::size_t>::max();

/// A node of the outline. Its own content is Document::blocks[blocks.begin, blocks.end)
/// (children excluded); the heading paragraph itself is Document::blocks[heading_block].
struct Section {
  std::string label;  ///< as written: "II.", "1.", "Điều 5.", "Chương I", "a)"
  std::string key;    ///< the label's token used in paths: "II", "1", "5", "I", "a"
  SectionKind kind = SectionKind::Numbered;
  std::string path;   ///< keys joined by '.': "II.3"; normative ones keep the word: "Chương I.Điều 3"
  std::string title;  ///< heading text after the label; for a long numbered paragraph its opening words
  int level = 1;      ///< depth in the tree, 1 = top
  std::size_t heading_block = kNoBlock;
  BlockRange blocks;
  SourceLocation location;
  std::vector<Section> children;
};

}  // namespace vanban
