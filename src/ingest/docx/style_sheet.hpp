#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "ingest/docx/ooxml.hpp"

namespace vanban::docx {

/// Character formatting after inheritance, the part a reader uses as hints.
struct CharFormat {
  Toggle bold = -1;
  Toggle italic = -1;
  Toggle caps = -1;
  std::string font;
};

/// A style with its basedOn chain folded in (nearest definition wins).
struct ResolvedStyle {
  std::string id;
  std::string name;        ///< w:name as stored (built-in names are English: "heading 1")
  int outline_level = -1;  ///< 0..8 heading, 9 body text, -1 none
  std::string justification;
  bool has_num = false;  ///< w:numPr with a w:numId in the chain
  int num_id = 0;
  int ilvl = -1;  ///< -1: not given (the level whose w:pStyle names this style, else 0)
  CharFormat chars;
  TableBorders borders;  ///< table styles
};

/// styles.xml: paragraph, character and table styles with basedOn chains resolved once,
/// the default paragraph style, and w:docDefaults run properties.
class StyleSheet {
 public:
  StyleSheet() = default;
  explicit StyleSheet(pugi::xml_node styles_root);

  /// The paragraph style `id`, or the default paragraph style when id is empty or unknown; nullptr when none.
  const ResolvedStyle* paragraph(std::string_view id) const;
  /// A character or table style by id; nullptr when unknown.
  const ResolvedStyle* character(std::string_view id) const;
  const ResolvedStyle* table(std::string_view id) const;
  /// Run properties of w:docDefaults.
  const CharFormat& defaults() const { return defaults_; }

 private:
  std::unordered_map<std::string, ResolvedStyle> paragraph_, character_, table_;
  std::string default_paragraph_;
  std::string default_table_;
  CharFormat defaults_;
};

/// Heading level hint (1..9, 0 none) from an outline level and a style name ("heading 2" -> 2).
int heading_level_hint(int outline_level, std::string_view style_name);

}  // namespace vanban::docx
