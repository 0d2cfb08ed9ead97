#include "ingest/docx/mirror_parser.hpp"

#include <charconv>
#include <optional>
#include <string_view>

#include "ingest/docx/symbol_chars.hpp"
#include "ingest/docx/xml_part.hpp"

namespace vanban::docx {

namespace {

char32_t hex_code(std::string_view s) {
  unsigned value = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), value, 16);
  return r.ec == std::errc() ? static_cast<char32_t>(value) : 0;
}

constexpr std::string_view kWordNamespaces[] = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                                 "http://purl.oclc.org/ooxml/wordprocessingml/main"};

/// The qualified name WordprocessingML paragraphs have in this part: "w:p" as every producer
/// writes it, or "p" / "x:p" when the part binds the namespace to the default or another prefix.
std::string paragraph_qname(const pugi::xml_node& root) {
  for (auto a = root.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name = a.name();
    bool word = false;
    for (auto ns : kWordNamespaces) word = word || ns == a.value();
    if (!word) continue;
    if (name == "xmlns") return "p";
    if (name.substr(0, 6) == "xmlns:") return std::string(name.substr(6)) + ":p";
  }
  return "w:p";
}

Edge edge_of(const pugi::xml_node& e) {
  if (!e) return Edge::Unset;
  const std::string_view v = attr(e, "val");
  if (v == "none" || v == "nil" || v.empty()) return Edge::None;
  return Edge::Drawn;
}

RunProps parse_run_props(const pugi::xml_node& rpr) {
  RunProps props;
  if (!rpr) return props;
  for (auto c = rpr.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const auto name = local_name(c);
    if (name == "rStyle") props.style_id = attr(c, "val");
    else if (name == "b") props.bold = on_off(c);
    else if (name == "i") props.italic = on_off(c);
    else if (name == "caps") props.caps = on_off(c);
    else if (name == "vertAlign") {
      props.subscript = attr(c, "val") == "subscript";
      props.superscript = attr(c, "val") == "superscript";
    } else if (name == "rFonts") {
      std::string_view font = attr(c, "ascii");
      if (font.empty()) font = attr(c, "hAnsi");
      props.font = font;
    }
  }
  return props;
}

// Requires="…" prefixes whose content this reader walks (text boxes in DrawingML and VML, Word 2010+ markup).
bool understood_prefixes(std::string_view requires_list) {
  static constexpr std::string_view kKnown[] = {"wps", "wpg", "wpc", "wpi", "wp14", "w14", "w15", "w16", "w16se",
                                                "w16cid", "w16cex", "v", "o", "w10", "a", "a14", "pic", "mc", "w"};
  std::size_t start = 0;
  bool any = false;
  while (start < requires_list.size()) {
    auto end = requires_list.find(' ', start);
    if (end == std::string_view::npos) end = requires_list.size();
    const auto prefix = requires_list.substr(start, end - start);
    if (!prefix.empty()) {
      bool known = false;
      for (auto k : kKnown) known = known || k == prefix;
      if (!known) return false;
      any = true;
    }
    start = end + 1;
  }
  return any;
}

/// An empty content control shows its prompt ("Nhấp vào đây để nhập văn bản"), not content.
bool showing_placeholder(const pugi::xml_node& sdt) {
  return on_off(child(child(sdt, "sdtPr"), "showingPlcHdr")) == 1;
}

}  // namespace

/// Bounds the recursion over nested containers so that hostile nesting cannot exhaust the stack.
struct DepthGuard {
  MirrorParser& parser;
  explicit DepthGuard(MirrorParser& p) : parser(p) { ++parser.depth_; }
  ~DepthGuard() { --parser.depth_; }
  bool too_deep() const {
    if (parser.depth_ <= MirrorParser::kMaxDepth) return false;
    parser.too_deep_ = true;
    return true;
  }
};

MirrorParser::MirrorParser(pugi::xml_node part_root, TrackedChanges tracked_changes)
    : root_(part_root), tracked_changes_(tracked_changes), paragraph_qname_(paragraph_qname(part_root)) {
  // Ordinals count every w:p of the part in document order, chosen branch or not, so that a
  // location points at the same paragraph a person counts in the XML.
  std::uint32_t n = 0;
  struct Walker : pugi::xml_tree_walker {
    std::unordered_map<const void*, std::uint32_t>* map;
    std::uint32_t* count;
    std::string_view qname;
    bool for_each(pugi::xml_node& node) override {
      if (node.type() == pugi::node_element && node.name() == qname)
        (*map)[node.internal_object()] = ++*count;
      return true;
    }
  } walker;
  walker.map = &ordinals_;
  walker.count = &n;
  walker.qname = paragraph_qname_;
  root_.traverse(walker);
}

std::uint32_t MirrorParser::ordinal_of(pugi::xml_node p) const {
  const auto it = ordinals_.find(p.internal_object());
  return it == ordinals_.end() ? 0 : it->second;
}

pugi::xml_node MirrorParser::choose_alternate(pugi::xml_node alternate) const {
  pugi::xml_node fallback;
  for (auto c = alternate.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const auto name = local_name(c);
    if (name == "Choice" && understood_prefixes(attr(c, "Requires"))) return c;
    if (name == "Fallback") fallback = c;
  }
  return fallback;
}

bool MirrorParser::keeps_change(pugi::xml_node change) const {
  const auto name = local_name(change);
  const bool insertion = name == "ins" || name == "moveTo";
  return insertion == (tracked_changes_ == TrackedChanges::Accept);
}

bool MirrorParser::in_field_instruction() const {
  for (const auto& field : fields_)
    if (!field.in_result) return true;
  return false;
}

void MirrorParser::field_char(std::string_view type) {
  if (type == "begin") {
    fields_.push_back({});
  } else if (type == "separate" && !fields_.empty()) {
    fields_.back().in_result = true;
  } else if (type == "end" && !fields_.empty()) {
    fields_.pop_back();
  }
}

void MirrorParser::end_paragraph_for_fields() {
  // An instruction never runs on for paragraphs: a field still in its instruction after a few
  // paragraph ends lost its 'separate'/'end' (a damaged file) and must not hide the rest of the part.
  constexpr int kMaxInstructionParagraphs = 3;
  for (std::size_t i = 0; i < fields_.size(); ++i)
    if (!fields_[i].in_result && ++fields_[i].instruction_paragraphs > kMaxInstructionParagraphs) {
      fields_.resize(i);  // the broken field and every field opened inside it
      break;
    }
}

std::vector<BodyItem> MirrorParser::parse_blocks(pugi::xml_node container) {
  std::vector<BodyItem> out;
  walk_blocks(container, out);
  return out;
}

void MirrorParser::walk_blocks(pugi::xml_node container, std::vector<BodyItem>& out) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return;
  std::optional<Para> pending;  // a paragraph whose mark was removed: it joins the next one
  auto flush = [&]() {
    if (pending) out.emplace_back(std::move(*pending));
    pending.reset();
  };
  for (auto node = container.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    const auto name = local_name(node);
    if (name == "p" && node.name() == paragraph_qname_) {
      Para para = parse_paragraph(node);
      const bool removed = mark_removed_;
      if (pending) {
        // The joined paragraph keeps the properties of the mark that survives (the later one).
        pending->runs.insert(pending->runs.end(), std::make_move_iterator(para.runs.begin()),
                             std::make_move_iterator(para.runs.end()));
        for (auto& a : para.anchored) pending->anchored.push_back(std::move(a));
        pending->props = std::move(para.props);
        para = std::move(*pending);
        pending.reset();
      }
      if (removed) {
        pending = std::move(para);
      } else {
        out.emplace_back(std::move(para));
      }
    } else if (name == "tbl") {
      flush();
      out.emplace_back(parse_table(node));
    } else if (name == "sdt") {
      flush();
      if (!showing_placeholder(node)) walk_blocks(child(node, "sdtContent"), out);
    } else if (name == "altChunk") {
      flush();
      ++alt_chunks_;
    } else if (name == "customXml" || name == "smartTag") {
      flush();
      walk_blocks(node, out);
    } else if (name == "AlternateContent") {
      flush();
      walk_blocks(choose_alternate(node), out);
    } else if (name == "ins" || name == "del" || name == "moveTo" || name == "moveFrom") {
      flush();
      if (keeps_change(node)) walk_blocks(node, out);
    }
    // w:sectPr, bookmarks, permissions and unknown elements carry no text we read.
  }
  flush();
}

Para MirrorParser::parse_paragraph(pugi::xml_node p) {
  Para para;
  para.ordinal = ordinal_of(p);
  mark_removed_ = false;
  if (auto ppr = child(p, "pPr")) {
    for (auto c = ppr.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const auto name = local_name(c);
      if (name == "pStyle") {
        para.props.style_id = attr(c, "val");
      } else if (name == "numPr") {
        para.props.has_num = true;
        para.props.num_id = to_int(attr(child(c, "numId"), "val"), 0);
        para.props.ilvl = to_int(attr(child(c, "ilvl"), "val"), 0);
        // numPr without numId inherits the style's list: only the level is given here.
        if (!child(c, "numId")) para.props.has_num = false;
      } else if (name == "outlineLvl") {
        para.props.outline_level = to_int(attr(c, "val"), -1);
      } else if (name == "jc") {
        para.props.justification = attr(c, "val");
      } else if (name == "rPr") {
        para.props.mark = parse_run_props(c);
        for (auto m = c.first_child(); m; m = m.next_sibling()) {
          const auto mark_name = local_name(m);
          if ((mark_name == "ins" || mark_name == "del" || mark_name == "moveTo" || mark_name == "moveFrom") &&
              !keeps_change(m))
            mark_removed_ = true;
        }
      }
    }
  }
  const bool removed = mark_removed_;
  walk_inline(p, para);
  end_paragraph_for_fields();
  mark_removed_ = removed;  // nested text-box paragraphs must not leak their state
  return para;
}

void MirrorParser::walk_inline(pugi::xml_node container, Para& para) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return;
  for (auto node = container.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    const auto name = local_name(node);
    if (name == "r") {
      parse_run(node, para);
    } else if (name == "hyperlink" || name == "smartTag" || name == "customXml" || name == "fldSimple" ||
               name == "dir" || name == "bdo") {
      walk_inline(node, para);
    } else if (name == "sdt") {
      if (!showing_placeholder(node)) walk_inline(child(node, "sdtContent"), para);
    } else if (name == "ins" || name == "del" || name == "moveTo" || name == "moveFrom") {
      if (keeps_change(node)) walk_inline(node, para);
    } else if (name == "AlternateContent") {
      walk_inline(choose_alternate(node), para);
    }
    // w:pPr, bookmarks, proofErr, comment ranges, permissions: nothing to read.
  }
}

void MirrorParser::parse_run(pugi::xml_node r, Para& para) {
  Run run;
  const auto rpr = child(r, "rPr");
  run.props = parse_run_props(rpr);
  if (rpr && (on_off(child(rpr, "vanish")) == 1)) {
    // Hidden text is not on the page; still follow field characters so field state stays right.
    for (auto c = r.first_child(); c; c = c.next_sibling())
      if (local_name(c) == "fldChar") {
        field_char(attr(c, "fldCharType"));
      }
    return;
  }
  walk_run_content(r, run, para);
  if (!run.pieces.empty()) para.runs.push_back(std::move(run));
}

void MirrorParser::walk_run_content(pugi::xml_node container, Run& run, Para& para) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return;
  auto text = [&run](std::string_view s) {
    if (s.empty()) return;
    if (!run.pieces.empty() && run.pieces.back().kind == RunPiece::Kind::Text) {
      run.pieces.back().text += s;
    } else {
      run.pieces.push_back({RunPiece::Kind::Text, std::string(s), {}, false});
    }
  };
  bool skip_custom_mark = false;
  for (auto node = container.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    const auto name = local_name(node);
    if (name == "fldChar") {
      field_char(attr(node, "fldCharType"));
      continue;
    }
    if (name == "rPr" || name == "instrText" || name == "delInstrText") continue;
    if (name == "drawing" || name == "pict" || name == "object") {
      collect_text_boxes(node, para);
      continue;
    }
    if (name == "AlternateContent") {
      walk_run_content(choose_alternate(node), run, para);
      continue;
    }
    if (in_field_instruction()) continue;
    if (name == "t" || name == "delText") {
      if (skip_custom_mark) {
        skip_custom_mark = false;
        continue;
      }
      text(node.text().get());
    } else if (name == "tab" || name == "ptab") {
      run.pieces.push_back({RunPiece::Kind::Tab, {}, {}, false});
    } else if (name == "br") {
      const auto type = attr(node, "type");
      if (type == "page" || type == "column") {
        text(" ");  // a page or column break inside a paragraph only separates words
      } else {
        run.pieces.push_back({RunPiece::Kind::Break, {}, {}, false});
      }
    } else if (name == "cr") {
      run.pieces.push_back({RunPiece::Kind::Break, {}, {}, false});
    } else if (name == "sym") {
      text(symbol_to_utf8(attr(node, "font"), hex_code(attr(node, "char"))));
    } else if (name == "noBreakHyphen") {
      text("-");
    } else if (name == "footnoteReference" || name == "endnoteReference") {
      run.pieces.push_back({RunPiece::Kind::NoteRef, {}, std::string(attr(node, "id")), name == "endnoteReference"});
      // A custom mark ("*") is typed right after the reference in the same run: it is the marker, not text.
      const auto custom = attr(node, "customMarkFollows");
      if (custom == "1" || custom == "true" || custom == "on") skip_custom_mark = true;
    }
    // w:softHyphen (invisible unless the line breaks there), w:footnoteRef (the note's own mark),
    // w:lastRenderedPageBreak, w:annotationRef, w:commentReference, w:separator: nothing to read.
  }
}

void MirrorParser::collect_text_boxes(pugi::xml_node node, Para& para) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return;
  for (auto c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const auto name = local_name(c);
    if (name == "txbxContent") {
      flatten_into(parse_blocks(c), para.anchored);
    } else if (name == "AlternateContent") {
      collect_text_boxes(choose_alternate(c), para);
    } else {
      collect_text_boxes(c, para);
    }
  }
}

Table MirrorParser::parse_table(pugi::xml_node tbl) {
  Table table;
  if (auto first = tbl.find_node([this](pugi::xml_node n) { return n.name() == paragraph_qname_; }))
    table.first_ordinal = ordinal_of(first);
  if (auto tblpr = child(tbl, "tblPr")) {
    table.style_id = attr(child(tblpr, "tblStyle"), "val");
    if (auto b = child(tblpr, "tblBorders")) {
      table.borders.top = edge_of(child(b, "top"));
      table.borders.bottom = edge_of(child(b, "bottom"));
      table.borders.left = edge_of(child(b, "left"));
      if (table.borders.left == Edge::Unset) table.borders.left = edge_of(child(b, "start"));
      table.borders.right = edge_of(child(b, "right"));
      if (table.borders.right == Edge::Unset) table.borders.right = edge_of(child(b, "end"));
      table.borders.inside_h = edge_of(child(b, "insideH"));
      table.borders.inside_v = edge_of(child(b, "insideV"));
    }
  }
  walk_rows(tbl, table);
  return table;
}

void MirrorParser::walk_rows(pugi::xml_node container, Table& table) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return;
  for (auto node = container.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    const auto name = local_name(node);
    if (name == "tr") {
      if (auto trpr = child(node, "trPr")) {
        bool dropped = false;
        for (auto m = trpr.first_child(); m; m = m.next_sibling()) {
          const auto mark = local_name(m);
          if ((mark == "ins" || mark == "del") && !keeps_change(m)) dropped = true;
        }
        if (dropped) continue;
      }
      Row row;
      walk_cells(node, row);
      table.rows.push_back(std::move(row));
    } else if (name == "sdt") {
      walk_rows(child(node, "sdtContent"), table);
    } else if (name == "customXml") {
      walk_rows(node, table);
    } else if (name == "AlternateContent") {
      walk_rows(choose_alternate(node), table);
    }
  }
}

void MirrorParser::walk_cells(pugi::xml_node container, Row& row) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return;
  for (auto node = container.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    const auto name = local_name(node);
    if (name == "tc") {
      // Legacy horizontal merge (w:hMerge continue): the cell widens the one before it.
      const auto hmerge = child(child(node, "tcPr"), "hMerge");
      if (hmerge && attr(hmerge, "val") != "restart" && !row.cells.empty()) {
        Cell merged = parse_cell(node);
        Cell& previous = row.cells.back();
        previous.grid_span += merged.grid_span;
        for (auto& p : merged.paragraphs) previous.paragraphs.push_back(std::move(p));
      } else {
        row.cells.push_back(parse_cell(node));
      }
    } else if (name == "sdt") {
      walk_cells(child(node, "sdtContent"), row);
    } else if (name == "customXml") {
      walk_cells(node, row);
    } else if (name == "AlternateContent") {
      walk_cells(choose_alternate(node), row);
    }
  }
}

Cell MirrorParser::parse_cell(pugi::xml_node tc) {
  Cell cell;
  if (auto tcpr = child(tc, "tcPr")) {
    if (auto span = child(tcpr, "gridSpan")) cell.grid_span = std::max(1, to_int(attr(span, "val"), 1));
    if (auto vmerge = child(tcpr, "vMerge")) cell.vmerge_continue = attr(vmerge, "val") != "restart";
    if (auto borders = child(tcpr, "tcBorders")) {
      for (auto e = borders.first_child(); e; e = e.next_sibling())
        if (e.type() == pugi::node_element && edge_of(e) == Edge::Drawn) cell.has_visible_borders = true;
    }
  }
  flatten_into(parse_blocks(tc), cell.paragraphs);
  return cell;
}

std::vector<Note> MirrorParser::parse_notes(bool endnotes) {
  std::vector<Note> notes;
  for (auto node = root_.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    const auto name = local_name(node);
    if (name != "footnote" && name != "endnote") continue;
    const auto type = attr(node, "type");
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
    Note note;
    note.id = attr(node, "id");
    note.endnote = endnotes;
    fields_.clear();
    flatten_into(parse_blocks(node), note.paragraphs);
    notes.push_back(std::move(note));
  }
  return notes;
}

void flatten_into(std::vector<BodyItem>&& items, std::vector<Para>& out) {
  for (auto& item : items) {
    if (auto* para = std::get_if<Para>(&item)) {
      out.push_back(std::move(*para));
    } else {
      auto& table = std::get<Table>(item);
      for (auto& row : table.rows)
        for (auto& cell : row.cells)
          for (auto& p : cell.paragraphs) out.push_back(std::move(p));
    }
  }
}

}  // namespace vanban::docx
