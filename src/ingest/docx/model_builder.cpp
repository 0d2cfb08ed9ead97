#include "ingest/docx/model_builder.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "ingest/docx/symbol_chars.hpp"

namespace vanban::docx {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Visible (non-whitespace) code points of UTF-8 text; NBSP counts as space.
std::size_t visible_chars(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if ((b & 0xC0) == 0x80) continue;  // continuation byte
    if (is_space_byte(s[i])) continue;
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) continue;
    ++n;
  }
  return n;
}

/// Byte length of a blank character (ASCII whitespace, NBSP, U+2000-U+200B, U+202F, U+3000, BOM)
/// starting at `i`, 0 when there is none.
std::size_t space_length_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (is_space_byte(s[i])) return 1;
  if (b(0) == 0xC2 && b(1) == 0xA0) return 2;
  if (b(0) == 0xE2 && b(1) == 0x80 && ((b(2) >= 0x80 && b(2) <= 0x8B) || b(2) == 0xAF)) return 3;
  if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;
  if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 3;
  return 0;
}

/// Byte length of a blank character ending just before `end`, 0 when there is none.
std::size_t space_length_before(std::string_view s, std::size_t end) {
  for (std::size_t len = 1; len <= 3 && len <= end; ++len)
    if (space_length_at(s, end - len) == len) return len;
  return 0;
}

/// Symbol-font characters typed straight into a run are stored in the private-use range U+F020-U+F0FF
/// (a "" bullet in Symbol): shown as the character they draw.
std::string map_private_use_symbols(std::string text, std::string_view font) {
  if (text.find("\xEF\x80") == std::string::npos && text.find("\xEF\x81") == std::string::npos &&
      text.find("\xEF\x82") == std::string::npos && text.find("\xEF\x83") == std::string::npos)
    return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 == 0xEF && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      const char32_t c = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
      if (c >= 0xF000 && c <= 0xF0FF) {
        out += symbol_to_utf8(font, c);
        i += 3;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

Toggle pick(Toggle direct, Toggle from_char_style, Toggle from_para_style, Toggle from_defaults) {
  if (direct >= 0) return direct;
  if (from_char_style >= 0) return from_char_style;
  if (from_para_style >= 0) return from_para_style;
  return from_defaults;
}

/// Paragraph text under construction: segments cut at footnote marks, so NFC never moves a mark.
struct TextBuilder {
  std::vector<std::string> segments{std::string()};
  std::vector<std::string> mark_ids;  ///< mark i stands between segments[i] and segments[i+1]

  void append(std::string_view s) { segments.back() += s; }
  void mark(const std::string& id) {
    mark_ids.push_back(id);
    segments.emplace_back();
  }
};

}  // namespace

std::string note_key(const std::string& id, bool endnote) { return endnote ? "e" + id : id; }

bool is_toc_entry_style(std::string_view name) {
  return name.size() == 5 && (name[0] == 't' || name[0] == 'T') && (name[1] == 'o' || name[1] == 'O') &&
         (name[2] == 'c' || name[2] == 'C') && name[3] == ' ' && name[4] >= '1' && name[4] <= '9';
}

ModelBuilder::ModelBuilder(const StyleSheet& styles, const NumberingDefinitions& numbering, const text::TextKit& kit,
                           LegacyRuns& legacy, ControlChars& control, SourceLocation::Part part)
    : styles_(styles),
      numbering_defs_(numbering),
      numbering_(numbering),
      kit_(kit),
      legacy_(legacy),
      control_(control),
      part_(part) {}

std::string ModelBuilder::numbering_label(const Para& para, const ResolvedStyle* style, const SourceLocation& where) {
  int num_id = 0;
  int ilvl = para.props.ilvl;
  if (para.props.has_num) {
    num_id = para.props.num_id;  // numId 0 on the paragraph removes the style's list
  } else if (style && style->has_num) {
    num_id = style->num_id;
    if (ilvl <= 0) {
      ilvl = style->ilvl >= 0 ? style->ilvl : numbering_defs_.level_for_style(num_id, style->id);
      if (ilvl < 0) ilvl = 0;
    }
  }
  if (num_id == 0) return {};
  if (!numbering_defs_.level(num_id, ilvl)) {
    if (unnumbered_++ == 0) first_unnumbered_ = where;
    return {};
  }
  return numbering_.next_label(num_id, ilvl);
}

const std::string& ModelBuilder::font_of(const Run& run, const CharFormat& para_chars) const {
  const ResolvedStyle* char_style = styles_.character(run.props.style_id);
  return !run.props.font.empty()                         ? run.props.font
         : char_style && !char_style->chars.font.empty() ? char_style->chars.font
         : !para_chars.font.empty()                      ? para_chars.font
                                                         : styles_.defaults().font;
}

void ModelBuilder::survey_paragraph(const Para& para) {
  const ResolvedStyle* style = styles_.paragraph(para.props.style_id);
  const CharFormat none;
  const CharFormat& para_chars = style ? style->chars : none;
  for (const Run& run : para.runs) {
    const std::string& font = font_of(run, para_chars);
    for (const RunPiece& piece : run.pieces)
      if (piece.kind == RunPiece::Kind::Text) legacy_.add_paragraph_text(piece.text, font);
  }
  legacy_.survey_paragraph();
  for (const Para& anchored : para.anchored) survey_paragraph(anchored);
}

void ModelBuilder::survey_legacy_fonts(const std::vector<BodyItem>& items) {
  for (const BodyItem& item : items) {
    if (const auto* para = std::get_if<Para>(&item)) {
      survey_paragraph(*para);
    } else {
      for (const auto& row : std::get<docx::Table>(item).rows)
        for (const auto& cell : row.cells)
          for (const Para& p : cell.paragraphs) survey_paragraph(p);
    }
  }
  legacy_.judge_document();
}

std::optional<Paragraph> ModelBuilder::build_paragraph(const Para& para) {
  const ResolvedStyle* style = styles_.paragraph(para.props.style_id);
  if (style && is_toc_entry_style(style->name)) {
    // A table of contents repeats the headings (with page numbers): reading it would double the outline.
    ++skipped_toc_;
    return std::nullopt;
  }
  const CharFormat none;
  const CharFormat& para_chars = style ? style->chars : none;
  const CharFormat& defaults = styles_.defaults();

  Paragraph out;
  out.location.paragraph = para.ordinal;
  out.location.part = part_;
  const std::string label = numbering_label(para, style, out.location);
  out.style.auto_numbered = !label.empty();

  // The font each run is drawn in: legacy encodings are judged per font (document, then paragraph).
  std::vector<const std::string*> fonts;
  fonts.reserve(para.runs.size());
  for (const Run& run : para.runs) {
    const std::string& font = font_of(run, para_chars);
    fonts.push_back(&font);
    for (const RunPiece& piece : run.pieces)
      if (piece.kind == RunPiece::Kind::Text) legacy_.add_paragraph_text(piece.text, font);
  }
  legacy_.judge_paragraph();

  TextBuilder text;
  std::size_t visible = 0, bold = 0, italic = 0, caps = 0;
  for (std::size_t run_index = 0; run_index < para.runs.size(); ++run_index) {
    const Run& run = para.runs[run_index];
    const ResolvedStyle* char_style = styles_.character(run.props.style_id);
    const CharFormat& cs = char_style ? char_style->chars : none;
    const bool is_bold = pick(run.props.bold, cs.bold, para_chars.bold, defaults.bold) == 1;
    const bool is_italic = pick(run.props.italic, cs.italic, para_chars.italic, defaults.italic) == 1;
    const bool is_caps = pick(run.props.caps, cs.caps, para_chars.caps, defaults.caps) == 1;
    const std::string& font = *fonts[run_index];
    for (const RunPiece& piece : run.pieces) {
      switch (piece.kind) {
        case RunPiece::Kind::Text: {
          std::string unicode = map_private_use_symbols(legacy_.to_unicode(piece.text, font), font);
          control_.clean(unicode, out.location);
          // Subscript drafter initials ("Lưu: VT, NC.Hùng") are kept as typed: no space is added.
          text.append(unicode);
          const std::size_t n = visible_chars(unicode);
          visible += n;
          if (is_bold) bold += n;
          if (is_italic) italic += n;
          if (is_caps) caps += n;
          break;
        }
        case RunPiece::Kind::Tab: text.append("\t"); break;
        case RunPiece::Kind::Break: text.append("\n"); break;
        case RunPiece::Kind::NoteRef: text.mark(note_key(piece.note_id, piece.endnote)); break;
      }
    }
  }

  // Trim surrounding whitespace (spaces typed for indentation, breaks at the ends).
  for (auto& seg : text.segments) {
    std::size_t k = 0;
    while (std::size_t n = space_length_at(seg, k)) k += n;
    seg.erase(0, k);
    if (!seg.empty()) break;
  }
  for (auto it = text.segments.rbegin(); it != text.segments.rend(); ++it) {
    while (std::size_t n = space_length_before(*it, it->size())) it->erase(it->size() - n);
    if (!it->empty()) break;
  }

  out.text = label;
  for (std::size_t i = 0; i < text.segments.size(); ++i) {
    out.text += kit_.normalizer.nfc(text.segments[i]);
    if (i < text.mark_ids.size()) out.footnote_marks.push_back({text.mark_ids[i], out.text.size()});
  }
  if (visible == 0 && label.empty() && out.footnote_marks.empty()) return std::nullopt;
  if (!label.empty() && visible == 0) {
    // An empty list item: its number is counted but shows nothing worth reading.
    if (out.footnote_marks.empty()) return std::nullopt;
  }

  out.style.bold = visible > 0 && bold == visible;
  out.style.italic = visible > 0 && italic == visible;
  out.style.caps = visible > 0 && caps == visible;
  std::string_view jc = para.props.justification;
  if (jc.empty() && style) jc = style->justification;
  out.style.centered = jc == "center";
  const int outline = para.props.outline_level >= 0 ? para.props.outline_level : (style ? style->outline_level : -1);
  out.style.heading_level = heading_level_hint(outline, style ? std::string_view(style->name) : std::string_view());
  if (style) out.style.style_name = style->name;
  return out;
}

void ModelBuilder::add_paragraph(const Para& para, std::vector<Block>& out) {
  if (auto p = build_paragraph(para)) out.emplace_back(std::move(*p));
  for (const Para& anchored : para.anchored) add_paragraph(anchored, out);
}

void ModelBuilder::add_cell_paragraph(const Para& para, std::vector<vanban::Paragraph>& out) {
  if (auto p = build_paragraph(para)) out.push_back(std::move(*p));
  for (const Para& anchored : para.anchored) add_cell_paragraph(anchored, out);
}

void ModelBuilder::add_blocks(const std::vector<BodyItem>& items, std::vector<Block>& out) {
  for (const BodyItem& item : items) {
    if (const auto* para = std::get_if<Para>(&item)) {
      add_paragraph(*para, out);
    } else {
      vanban::Table table = build_table(std::get<docx::Table>(item));
      // A table with no text at all (a spacer, an empty second header table) has nothing to read.
      bool has_text = false;
      for (const auto& row : table.rows)
        for (const auto& cell : row.cells) has_text = has_text || !cell.paragraphs.empty();
      if (has_text) out.emplace_back(std::move(table));
    }
  }
}

bool ModelBuilder::is_borderless(const docx::Table& table) const {
  TableBorders b = table.borders;
  if (const ResolvedStyle* style = styles_.table(table.style_id)) {
    auto inherit = [](Edge& e, Edge from) {
      if (e == Edge::Unset) e = from;
    };
    inherit(b.top, style->borders.top);
    inherit(b.bottom, style->borders.bottom);
    inherit(b.left, style->borders.left);
    inherit(b.right, style->borders.right);
    inherit(b.inside_h, style->borders.inside_h);
    inherit(b.inside_v, style->borders.inside_v);
  }
  // Inside edges draw nothing in a one-row or one-column table (a closing table often has insideH only).
  std::size_t columns = 0;
  for (const auto& row : table.rows) columns = std::max(columns, row.cells.size());
  const Edge inside_h = table.rows.size() > 1 ? b.inside_h : Edge::Unset;
  const Edge inside_v = columns > 1 ? b.inside_v : Edge::Unset;
  for (Edge e : {b.top, b.bottom, b.left, b.right, inside_h, inside_v})
    if (e == Edge::Drawn) return false;
  // Tables drawn cell by cell (w:tcBorders) are data tables too.
  std::size_t cells = 0, drawn = 0;
  for (const auto& row : table.rows)
    for (const auto& cell : row.cells) {
      ++cells;
      if (cell.has_visible_borders) ++drawn;
    }
  return drawn * 2 < cells || cells == 0;
}

vanban::Table ModelBuilder::build_table(const docx::Table& table) {
  vanban::Table out;
  out.location.paragraph = table.first_ordinal;
  out.location.part = part_;
  out.borderless = is_borderless(table);
  for (const auto& row : table.rows) {
    TableRow r;
    for (const auto& cell : row.cells) {
      TableCell c;
      c.grid_span = cell.grid_span;
      c.vmerge_continue = cell.vmerge_continue;
      for (const Para& p : cell.paragraphs) add_cell_paragraph(p, c.paragraphs);
      r.cells.push_back(std::move(c));
    }
    out.rows.push_back(std::move(r));
  }
  return out;
}

Footnote ModelBuilder::build_note(const Note& note) {
  Footnote out;
  out.id = note_key(note.id, note.endnote);
  out.location.part = part_;
  std::vector<vanban::Paragraph> paragraphs;
  for (const Para& p : note.paragraphs) add_cell_paragraph(p, paragraphs);
  for (const auto& p : paragraphs) {
    if (out.location.paragraph == 0) out.location.paragraph = p.location.paragraph;
    if (!out.text.empty()) out.text += '\n';
    out.text += p.text;
  }
  if (out.location.paragraph == 0 && !note.paragraphs.empty()) out.location.paragraph = note.paragraphs.front().ordinal;
  return out;
}

}  // namespace vanban::docx
