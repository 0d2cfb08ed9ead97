#pragma once
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include <pugixml.hpp>

namespace vanban::docx {

class StyleSheet;

/// One level of a list definition (w:lvl).
struct NumberingLevel {
  int start = 1;
  std::string format = "decimal";  ///< w:numFmt
  std::string text;                ///< w:lvlText, "%1." …
  bool is_legal = false;           ///< w:isLgl: every number shown in decimal
  int restart = -1;                ///< w:lvlRestart; -1 absent (restart after any higher level), 0 never
  std::string suffix = "tab";      ///< w:suff: tab, space, nothing
  std::string style_id;            ///< w:pStyle linked to this level
  std::string symbol_font;         ///< w:rPr/w:rFonts of the label (bullets in Symbol/Wingdings)
  bool defined = false;
};

using LevelSet = std::array<NumberingLevel, 9>;

/// numbering.xml: abstract list definitions and the w:num instances that point at them, with
/// their level overrides.
class NumberingDefinitions {
 public:
  NumberingDefinitions() = default;
  NumberingDefinitions(pugi::xml_node numbering_root, const StyleSheet& styles);

  /// Abstract definition id of a num, or nullopt when the num is unknown.
  std::optional<int> abstract_of(int num_id) const;
  /// The effective level (abstract level with the num's w:lvlOverride/w:lvl applied); nullptr when undefined.
  const NumberingLevel* level(int num_id, int ilvl) const;
  /// w:startOverride of a num's level, if any.
  std::optional<int> start_override(int num_id, int ilvl) const;
  /// The level whose w:pStyle is `style_id` in the num's definition, or -1.
  int level_for_style(int num_id, std::string_view style_id) const;

 private:
  struct Num {
    int abstract_id = -1;
    std::array<std::optional<int>, 9> start_override;
    std::array<std::optional<NumberingLevel>, 9> level_override;
  };
  std::map<int, LevelSet> abstract_;
  std::map<int, Num> nums_;
};

/// Counts list items in reading order the way Word does and rebuilds each item's visible label.
/// Nums that share an abstract definition continue one sequence; a num with a startOverride restarts
/// its level the first time it is used; a level restarts after any higher level (w:lvlRestart honoured).
class NumberingCounter {
 public:
  explicit NumberingCounter(const NumberingDefinitions& defs) : defs_(defs) {}

  /// Advances the counters for an item of (num_id, ilvl) and returns the label as the page shows it,
  /// followed by its separator: "II. ", "1.2. ", "a) ", "- " for bullets; "" when the item has no label.
  std::string next_label(int num_id, int ilvl);

 private:
  const NumberingDefinitions& defs_;
  std::map<int, std::array<int, 9>> counters_;  ///< per abstract id; 0 = not started
  std::set<std::pair<int, int>> overrides_applied_;
};

/// A number in a w:numFmt: "upperRoman" 4 -> "IV", "lowerLetter" 28 -> "bb", "decimalZero" 3 -> "03".
std::string format_number(int value, std::string_view num_fmt);

}  // namespace vanban::docx
