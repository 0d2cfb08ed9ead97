#include "ingest/docx/style_sheet.hpp"

#include <charconv>
#include <vector>

#include "ingest/docx/xml_part.hpp"

namespace vanban::docx {

namespace {

Edge edge_of(const pugi::xml_node& e) {
  if (!e) return Edge::Unset;
  const std::string_view v = attr(e, "val");
  return (v == "none" || v == "nil" || v.empty()) ? Edge::None : Edge::Drawn;
}

void read_char_format(const pugi::xml_node& rpr, CharFormat& f) {
  if (!rpr) return;
  if (auto b = child(rpr, "b")) f.bold = on_off(b);
  if (auto i = child(rpr, "i")) f.italic = on_off(i);
  if (auto c = child(rpr, "caps")) f.caps = on_off(c);
  if (auto fonts = child(rpr, "rFonts")) {
    std::string_view font = attr(fonts, "ascii");
    if (font.empty()) font = attr(fonts, "hAnsi");
    if (!font.empty()) f.font = font;
  }
}

/// The style as written, before its basedOn chain is folded in.
struct RawStyle {
  std::string type;
  std::string based_on;
  pugi::xml_node node;
};

void merge_edge(Edge& into, Edge from) {
  if (into == Edge::Unset) into = from;
}

/// Applies `node`'s own definitions to `out` where `out` has none yet (nearest wins).
void fold_in(const pugi::xml_node& node, ResolvedStyle& out) {
  if (auto ppr = child(node, "pPr")) {
    if (out.outline_level < 0)
      if (auto o = child(ppr, "outlineLvl")) out.outline_level = to_int(attr(o, "val"), -1);
    if (out.justification.empty())
      if (auto jc = child(ppr, "jc")) out.justification = attr(jc, "val");
    if (auto num = child(ppr, "numPr")) {
      if (!out.has_num)
        if (auto id = child(num, "numId")) {
          out.has_num = true;
          out.num_id = to_int(attr(id, "val"), 0);
        }
      if (out.ilvl < 0)
        if (auto lvl = child(num, "ilvl")) out.ilvl = to_int(attr(lvl, "val"), -1);
    }
  }
  if (auto rpr = child(node, "rPr")) {
    CharFormat own;
    read_char_format(rpr, own);
    if (out.chars.bold < 0) out.chars.bold = own.bold;
    if (out.chars.italic < 0) out.chars.italic = own.italic;
    if (out.chars.caps < 0) out.chars.caps = own.caps;
    if (out.chars.font.empty()) out.chars.font = own.font;
  }
  if (auto tblpr = child(node, "tblPr"))
    if (auto b = child(tblpr, "tblBorders")) {
      merge_edge(out.borders.top, edge_of(child(b, "top")));
      merge_edge(out.borders.bottom, edge_of(child(b, "bottom")));
      merge_edge(out.borders.left, edge_of(child(b, "left")));
      merge_edge(out.borders.left, edge_of(child(b, "start")));
      merge_edge(out.borders.right, edge_of(child(b, "right")));
      merge_edge(out.borders.right, edge_of(child(b, "end")));
      merge_edge(out.borders.inside_h, edge_of(child(b, "insideH")));
      merge_edge(out.borders.inside_v, edge_of(child(b, "insideV")));
    }
}

}  // namespace

StyleSheet::StyleSheet(pugi::xml_node root) {
  if (auto defaults = child(root, "docDefaults"))
    read_char_format(child(child(defaults, "rPrDefault"), "rPr"), defaults_);

  std::unordered_map<std::string, RawStyle> raw;
  for (auto s = root.first_child(); s; s = s.next_sibling()) {
    if (s.type() != pugi::node_element || local_name(s) != "style") continue;
    const std::string id(attr(s, "styleId"));
    RawStyle r{std::string(attr(s, "type")), std::string(attr(child(s, "basedOn"), "val")), s};
    const std::string_view is_default = attr(s, "default");
    if (is_default == "1" || is_default == "true") {
      if (r.type == "paragraph") default_paragraph_ = id;
      if (r.type == "table") default_table_ = id;
    }
    raw.emplace(id, std::move(r));
  }
  for (const auto& [id, r] : raw) {
    ResolvedStyle style;
    style.id = id;
    style.name = attr(child(r.node, "name"), "val");
    // Walk the chain nearest-first; a visited list guards against basedOn cycles.
    std::vector<const RawStyle*> seen;
    for (const RawStyle* cur = &r; cur;) {
      bool cycle = false;
      for (auto* v : seen) cycle = cycle || v == cur;
      if (cycle || seen.size() > 32) break;
      seen.push_back(cur);
      fold_in(cur->node, style);
      const auto next = raw.find(cur->based_on);
      cur = (cur->based_on.empty() || next == raw.end()) ? nullptr : &next->second;
    }
    if (r.type == "paragraph") paragraph_.emplace(id, std::move(style));
    else if (r.type == "character") character_.emplace(id, std::move(style));
    else if (r.type == "table") table_.emplace(id, std::move(style));
  }
}

const ResolvedStyle* StyleSheet::paragraph(std::string_view id) const {
  if (!id.empty())
    if (auto it = paragraph_.find(std::string(id)); it != paragraph_.end()) return &it->second;
  if (auto it = paragraph_.find(default_paragraph_); it != paragraph_.end()) return &it->second;
  return nullptr;
}

const ResolvedStyle* StyleSheet::character(std::string_view id) const {
  if (id.empty()) return nullptr;
  auto it = character_.find(std::string(id));
  return it == character_.end() ? nullptr : &it->second;
}

const ResolvedStyle* StyleSheet::table(std::string_view id) const {
  auto it = table_.find(std::string(id.empty() ? std::string_view(default_table_) : id));
  if (it == table_.end() && !id.empty()) it = table_.find(default_table_);
  return it == table_.end() ? nullptr : &it->second;
}

int heading_level_hint(int outline_level, std::string_view name) {
  if (outline_level >= 0 && outline_level <= 8) return outline_level + 1;
  if (outline_level == 9) return 0;  // explicitly body text
  // Built-in heading styles are stored under their English name whatever the UI language; styles
  // made by hand or by other producers may carry the Vietnamese UI names.
  static constexpr std::string_view kPrefixes[] = {"heading ", "Heading ", "Tiêu đề ", "tiêu đề ", "Đề mục ", "đề mục "};
  for (auto prefix : kPrefixes)
    if (name.size() == prefix.size() + 1 && name.substr(0, prefix.size()) == prefix && name.back() >= '1' &&
        name.back() <= '9')
      return name.back() - '0';
  return 0;
}

}  // namespace vanban::docx
