#include "ingest/docx/numbering.hpp"

#include <charconv>

#include "ingest/docx/style_sheet.hpp"
#include "ingest/docx/symbol_chars.hpp"
#include "ingest/docx/xml_part.hpp"

namespace vanban::docx {

namespace {

NumberingLevel parse_level(const pugi::xml_node& lvl) {
  NumberingLevel level;
  level.defined = true;
  if (auto n = child(lvl, "start")) level.start = to_int(attr(n, "val"), 1);
  if (auto n = child(lvl, "numFmt")) {
    level.format = attr(n, "val");
  } else if (auto alternate = child(lvl, "AlternateContent")) {
    // Word 2010+ writes custom formats ("001, 002, …") as a w14 Choice with a standard Fallback.
    if (auto fallback = child(child(alternate, "Fallback"), "numFmt")) level.format = attr(fallback, "val");
  }
  if (auto n = child(lvl, "lvlText")) level.text = attr(n, "val");
  if (auto n = child(lvl, "isLgl")) level.is_legal = on_off(n) == 1;
  if (auto n = child(lvl, "lvlRestart")) level.restart = to_int(attr(n, "val"), -1);
  if (auto n = child(lvl, "suff")) level.suffix = attr(n, "val");
  if (auto n = child(lvl, "pStyle")) level.style_id = attr(n, "val");
  if (auto fonts = child(child(lvl, "rPr"), "rFonts")) level.symbol_font = attr(fonts, "ascii");
  return level;
}

std::string roman(int value, bool upper) {
  static constexpr std::pair<int, const char*> kTable[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                          {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                          {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                          {1, "I"}};
  if (value <= 0 || value >= 4000) return std::to_string(value);
  std::string out;
  for (const auto& [n, s] : kTable)
    while (value >= n) {
      out += s;
      value -= n;
    }
  if (!upper)
    for (auto& c : out) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeated), no đ.
std::string letters(int value, bool upper) {
  if (value <= 0) return std::to_string(value);
  const int repeat = (value - 1) / 26 + 1;
  const char c = static_cast<char>((upper ? 'A' : 'a') + (value - 1) % 26);
  return std::string(static_cast<std::size_t>(repeat), c);
}

/// The label of a bullet level: Vietnamese documents show "-" and "+"; any other glyph reads as "-".
std::string bullet_label(const NumberingLevel& level) {
  const std::string_view t = level.text;
  if (t == "+") return "+";
  if (t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94") return "-";
  // Symbol-font PUA glyphs (e.g. U+F02D, a minus sign in Symbol) are looked up like w:sym.
  if (t.size() == 3 && static_cast<unsigned char>(t[0]) == 0xEF) {
    const char32_t code = ((t[0] & 0x0F) << 12) | ((t[1] & 0x3F) << 6) | (t[2] & 0x3F);
    if (symbol_to_utf8(level.symbol_font, code) == "+") return "+";
  }
  return "-";
}

}  // namespace

std::string format_number(int value, std::string_view fmt) {
  if (fmt == "upperRoman") return roman(value, true);
  if (fmt == "lowerRoman") return roman(value, false);
  if (fmt == "upperLetter") return letters(value, true);
  if (fmt == "lowerLetter") return letters(value, false);
  if (fmt == "decimalZero") {
    std::string out = std::to_string(value);
    if (value >= 0 && value < 10) out.insert(out.begin(), '0');
    return out;
  }
  if (fmt == "none") return {};
  return std::to_string(value);  // decimal and the formats this reader does not spell out
}

NumberingDefinitions::NumberingDefinitions(pugi::xml_node root, const StyleSheet& styles) {
  std::map<int, std::string> style_links;  // abstract id -> w:numStyleLink
  for (auto node = root.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    const auto name = local_name(node);
    if (name == "abstractNum") {
      const int id = to_int(attr(node, "abstractNumId"), -1);
      LevelSet levels;
      for (auto lvl = node.first_child(); lvl; lvl = lvl.next_sibling()) {
        if (local_name(lvl) != "lvl") continue;
        const int ilvl = to_int(attr(lvl, "ilvl"), -1);
        if (ilvl >= 0 && ilvl < 9) levels[static_cast<std::size_t>(ilvl)] = parse_level(lvl);
      }
      abstract_[id] = levels;
      if (auto link = child(node, "numStyleLink")) style_links[id] = attr(link, "val");
    } else if (name == "num") {
      const int id = to_int(attr(node, "numId"), -1);
      Num num;
      num.abstract_id = to_int(attr(child(node, "abstractNumId"), "val"), -1);
      for (auto o = node.first_child(); o; o = o.next_sibling()) {
        if (local_name(o) != "lvlOverride") continue;
        const int ilvl = to_int(attr(o, "ilvl"), -1);
        if (ilvl < 0 || ilvl >= 9) continue;
        if (auto s = child(o, "startOverride")) num.start_override[static_cast<std::size_t>(ilvl)] = to_int(attr(s, "val"), 1);
        if (auto lvl = child(o, "lvl")) num.level_override[static_cast<std::size_t>(ilvl)] = parse_level(lvl);
      }
      nums_[id] = num;
    }
  }
  // An abstract definition that only links to a numbering style takes that style's list (one hop).
  for (const auto& [abstract_id, style_id] : style_links) {
    const ResolvedStyle* style = styles.paragraph(style_id);
    if (!style || style->id != style_id || !style->has_num) continue;
    const auto target = nums_.find(style->num_id);
    if (target == nums_.end()) continue;
    const auto levels = abstract_.find(target->second.abstract_id);
    if (levels != abstract_.end() && levels->first != abstract_id) abstract_[abstract_id] = levels->second;
  }
}

std::optional<int> NumberingDefinitions::abstract_of(int num_id) const {
  const auto it = nums_.find(num_id);
  if (it == nums_.end() || !abstract_.count(it->second.abstract_id)) return std::nullopt;
  return it->second.abstract_id;
}

const NumberingLevel* NumberingDefinitions::level(int num_id, int ilvl) const {
  if (ilvl < 0 || ilvl >= 9) return nullptr;
  const auto it = nums_.find(num_id);
  if (it == nums_.end()) return nullptr;
  const auto& over = it->second.level_override[static_cast<std::size_t>(ilvl)];
  if (over && over->defined) return &*over;
  const auto a = abstract_.find(it->second.abstract_id);
  if (a == abstract_.end()) return nullptr;
  const auto& lvl = a->second[static_cast<std::size_t>(ilvl)];
  return lvl.defined ? &lvl : nullptr;
}

std::optional<int> NumberingDefinitions::start_override(int num_id, int ilvl) const {
  const auto it = nums_.find(num_id);
  if (it == nums_.end() || ilvl < 0 || ilvl >= 9) return std::nullopt;
  return it->second.start_override[static_cast<std::size_t>(ilvl)];
}

int NumberingDefinitions::level_for_style(int num_id, std::string_view style_id) const {
  for (int i = 0; i < 9; ++i)
    if (const auto* lvl = level(num_id, i); lvl && lvl->style_id == style_id) return i;
  return -1;
}

std::string NumberingCounter::next_label(int num_id, int ilvl) {
  const auto abstract_id = defs_.abstract_of(num_id);
  const NumberingLevel* lvl = defs_.level(num_id, ilvl);
  if (!abstract_id || !lvl) return {};
  auto& counters = counters_[*abstract_id];
  const auto level_start = [&](int i) {
    if (auto s = defs_.start_override(num_id, i)) return *s;
    const NumberingLevel* l = defs_.level(num_id, i);
    return l ? l->start : 1;
  };

  // A restarted list (w:startOverride) starts over the first time this num reaches the level.
  if (auto start = defs_.start_override(num_id, ilvl); start && overrides_applied_.insert({num_id, ilvl}).second)
    counters[static_cast<std::size_t>(ilvl)] = 0;
  auto& counter = counters[static_cast<std::size_t>(ilvl)];
  counter = counter == 0 ? level_start(ilvl) : counter + 1;
  for (int deeper = ilvl + 1; deeper < 9; ++deeper) {
    const NumberingLevel* d = defs_.level(num_id, deeper);
    const int restart = d ? d->restart : -1;
    if (restart == 0) continue;
    if (restart > 0 && ilvl > restart - 1) continue;
    counters[static_cast<std::size_t>(deeper)] = 0;
  }

  if (lvl->format == "bullet") return bullet_label(*lvl) + " ";
  std::string label;
  const std::string& text = lvl->text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const int ref = text[i + 1] - '1';
      const NumberingLevel* r = defs_.level(num_id, ref);
      int value = counters[static_cast<std::size_t>(ref)];
      if (value == 0) value = level_start(ref);
      const std::string fmt = (lvl->is_legal || !r) ? "decimal" : r->format;
      label += format_number(value, fmt);
      ++i;
    } else {
      label += text[i];
    }
  }
  if (label.empty()) return {};
  if (lvl->suffix == "nothing") return label;
  return label + " ";
}

}  // namespace vanban::docx
