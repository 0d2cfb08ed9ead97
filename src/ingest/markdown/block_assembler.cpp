#include "ingest/markdown/block_assembler.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "ingest/markdown/footnote_definitions.hpp"
#include "ingest/markdown/layout_columns.hpp"
#include "ingest/markdown/line_shape.hpp"
#include "ingest/markdown/paragraph_joiner.hpp"

namespace vanban::md {
namespace {

/// Removes the placeholders of `r` and records each as a FootnoteMark at its byte offset.
Paragraph to_paragraph(const ReflowedParagraph& r, const RawParagraph& block, const LineIndex& lines) {
  Paragraph p;
  p.text.reserve(r.text.size());
  std::size_t next_id = 0;
  for (std::size_t i = 0; i < r.text.size(); ++i) {
    const char c = r.text[i];
    if (c == kMarkPlaceholder) {
      if (next_id < r.mark_ids.size()) p.footnote_marks.push_back({r.mark_ids[next_id++], p.text.size()});
      continue;
    }
    // "chữ <sup>1</sup> tiếp" leaves two spaces around the marker: keep one.
    if (c == ' ' && (p.text.empty() || p.text.back() == ' ')) continue;
    p.text.push_back(c);
  }
  while (!p.text.empty() && p.text.back() == ' ') p.text.pop_back();
  for (auto& m : p.footnote_marks)
    if (m.offset > p.text.size()) m.offset = p.text.size();
  p.style.heading_level = block.heading_level;
  p.style.bold = block.bold;
  p.style.italic = block.italic;
  p.style.hard_wrapped = r.line_count > 1;
  p.location = lines.locate(r.offset);
  return p;
}

/// Plain text of a footnote: its logical paragraphs joined by '\n', markers dropped.
std::string footnote_text(const RawParagraph& block, const Reflower& reflower) {
  std::string text;
  for (const auto& r : reflower.reflow(block)) {
    std::string part;
    for (char c : r.text)
      if (c != kMarkPlaceholder) part.push_back(c);
    const auto t = trim(part);
    if (t.empty()) continue;
    if (!text.empty()) text.push_back('\n');
    text.append(t);
  }
  return text;
}

bool starts_with_marker(const RawParagraph& block) {
  return !block.lines.empty() && !block.lines.front().text.empty() && block.lines.front().text[0] == kMarkPlaceholder &&
         !block.mark_ids.empty();
}

class Assembler {
 public:
  Assembler(const Reflower& reflower, const LineIndex& lines, const PageFurniture& furniture, Document& doc)
      : reflower_(reflower), lines_(lines), furniture_(furniture), doc_(doc) {}

  AssemblyStats run(const std::vector<RawBlock>& blocks) {
    for (const auto& b : blocks) {
      if (const auto* t = std::get_if<RawTable>(&b)) {
        table(*t);
      } else {
        paragraph(std::get<RawParagraph>(b));
      }
    }
    return stats_;
  }

 private:
  struct Candidate {
    std::size_t block = 0;  // index into doc.blocks
    std::size_t end = 0;    // byte offset after its source
    std::size_t last_line_width = 0;
  };

  void table(const RawTable& raw) {
    Table t;
    for (const auto& raw_row : raw.rows) {
      TableRow row;
      for (const auto& raw_cell : raw_row) {
        TableCell cell;
        cell.grid_span = raw_cell.grid_span;
        for (const auto& r : reflower_.reflow(raw_cell)) cell.paragraphs.push_back(to_paragraph(r, raw_cell, lines_));
        row.cells.push_back(std::move(cell));
      }
      t.rows.push_back(std::move(row));
    }
    t.location = lines_.locate(raw.begin);
    doc_.blocks.emplace_back(std::move(t));
    candidate_.reset();
    footnote_seen_ = false;
    layout_table_ = false;
  }

  /// Two layout columns become a borderless table of one row, as DOCX header and closing tables
  /// are; runs in consecutive blocks ("issuer | motto", blank line, "Số … | place, date") add their
  /// paragraphs to the same two cells.
  void columns(const ColumnRun& run) {
    if (!run.before.lines.empty()) paragraph(run.before);
    TableRow row;
    for (const RawParagraph* side : {&run.left, &run.right}) {
      TableCell cell;
      for (const auto& r : reflower_.reflow(*side)) cell.paragraphs.push_back(to_paragraph(r, *side, lines_));
      row.cells.push_back(std::move(cell));
    }
    if (layout_table_ && !doc_.blocks.empty() && std::holds_alternative<Table>(doc_.blocks.back())) {
      // The same two columns go on: add the paragraphs to the cells, as one DOCX layout row holds them.
      auto& cells = std::get<Table>(doc_.blocks.back()).rows.back().cells;
      for (std::size_t c = 0; c < 2; ++c)
        for (auto& p : row.cells[c].paragraphs) cells[c].paragraphs.push_back(std::move(p));
    } else {
      Table t;
      t.borderless = true;
      t.rows.push_back(std::move(row));
      const RawParagraph& first = run.left.lines.empty() ? run.right : run.left;
      t.location = lines_.locate(first.lines.empty() ? 0 : first.lines.front().offset);
      doc_.blocks.emplace_back(std::move(t));
    }
    layout_table_ = true;
    if (!run.right.lines.empty()) {
      layout_center_ = run.right_center;
      layout_right_column_ = UINT32_MAX;
      for (const auto& l : run.right.lines) layout_right_column_ = std::min(layout_right_column_, l.indent);
    }
    candidate_.reset();
    if (!run.after.lines.empty()) paragraph(run.after);
  }

  /// A recipient list laid out beside the signature goes on in the left column although some of
  /// its items have nothing on the right ("Nơi nhận: | KT. CHỦ TỊCH", "- Sở A; | PHÓ CHỦ TỊCH",
  /// "- Sở B;", "- Lưu: VT. | Trần Văn Nam"): a bullet item after a left cell ending in
  /// "Nơi nhận" or a bullet item joins that cell instead of ending the table.
  bool continues_left_list(const RawParagraph& raw) {
    if (!layout_table_ || doc_.blocks.empty() || !std::holds_alternative<Table>(doc_.blocks.back())) return false;
    if (raw.lines.empty() || raw.heading_level > 0 || leading_label(raw.lines.front().text).kind != LabelKind::Bullet)
      return false;
    for (const auto& l : raw.lines)
      if (l.indent >= layout_right_column_) return false;  // reaches into the right column: not a left item
    auto& cells = std::get<Table>(doc_.blocks.back()).rows.back().cells;
    if (cells.size() != 2 || cells[0].paragraphs.empty()) return false;
    const std::string_view last = cells[0].paragraphs.back().text;
    constexpr std::string_view kRecipients = "Nơi nhận";
    if (last.substr(0, kRecipients.size()) != kRecipients && leading_label(last).kind != LabelKind::Bullet) return false;
    for (const auto& r : reflower_.reflow(raw)) cells[0].paragraphs.push_back(to_paragraph(r, raw, lines_));
    return true;
  }

  void paragraph(const RawParagraph& raw) {
    if (!raw.footnote_definition.empty() || starts_with_marker(raw)) {
      footnote_block(raw);
      return;
    }
    if (auto run = find_column_run(raw, layout_table_ ? std::optional<double>(layout_center_) : std::nullopt)) {
      columns(*run);
      return;
    }
    if (continues_left_list(raw)) return;
    auto reflowed = reflower_.reflow(raw, &points_);
    if (reflowed.empty()) return;
    std::size_t first = 0;
    // A lettered point ("a. Tổ chức…") starts lowercase after a title without a full stop: it is
    // a label all the same, never the rest of the paragraph before it.
    if (candidate_ && raw.heading_level == 0 && !reflowed.front().opens_point) {
      auto& prev = std::get<Paragraph>(doc_.blocks[candidate_->block]);
      ParagraphGap gap;
      // A rule alone is no page break: PDF dumps underline header lines with "_____".
      gap.page_break = footnote_seen_ || furniture_.any_between(candidate_->end, raw.begin);
      gap.previous_last_line = candidate_->last_line_width;
      if (continues_paragraph(prev.text, reflowed.front().text, gap, reflower_)) {
        Paragraph next = to_paragraph(reflowed.front(), raw, lines_);
        const std::size_t shift = prev.text.size() + 1;
        prev.text.push_back(' ');
        prev.text += next.text;
        for (auto m : next.footnote_marks) {
          m.offset += shift;
          prev.footnote_marks.push_back(std::move(m));
        }
        prev.style.bold = prev.style.bold && next.style.bold;
        prev.style.italic = prev.style.italic && next.style.italic;
        prev.style.hard_wrapped = true;  // its lines were joined by a space, like wrapped lines
        candidate_->last_line_width = reflowed.front().last_line_width;
        ++stats_.joined_paragraphs;
        first = 1;
      }
    }
    for (std::size_t i = first; i < reflowed.size(); ++i) {
      Paragraph p = to_paragraph(reflowed[i], raw, lines_);
      if (p.text.empty() && p.footnote_marks.empty()) continue;
      doc_.blocks.emplace_back(std::move(p));
      layout_table_ = false;
      candidate_ = Candidate{doc_.blocks.size() - 1, raw.end, reflowed[i].last_line_width};
    }
    if (candidate_) candidate_->end = raw.end;
    if (raw.heading_level > 0) candidate_.reset();
    footnote_seen_ = false;
  }

  /// A block of footnote texts: each line starting with a marker or a "[^id]:" opens the next one.
  void footnote_block(const RawParagraph& raw) {
    std::size_t next_id = 0;
    RawParagraph part;
    std::string id;
    std::size_t offset = 0;
    auto flush = [&] {
      if (!id.empty()) add_footnote(id, part, offset);
      part = RawParagraph{};
    };
    for (const auto& line : raw.lines) {
      const auto markers = static_cast<std::size_t>(std::count(line.text.begin(), line.text.end(), kMarkPlaceholder));
      if (!line.footnote_definition.empty()) {
        flush();
        id = line.footnote_definition;
        offset = line.offset;
      } else if (!line.text.empty() && line.text[0] == kMarkPlaceholder && next_id < raw.mark_ids.size()) {
        flush();
        id = raw.mark_ids[next_id];
        offset = line.offset;
      }
      next_id += markers;
      part.lines.push_back(line);
    }
    flush();
    footnote_seen_ = true;
  }

  void add_footnote(const std::string& id, const RawParagraph& raw, std::size_t offset) {
    if (!id.empty() && id.front() == kFootnoteContinuation) {
      // The rest of a footnote cut by a page break: appended to its text.
      const std::string of = id.substr(1);
      for (auto it = doc_.footnotes.rbegin(); it != doc_.footnotes.rend(); ++it) {
        if (it->id != of) continue;
        const std::string more = footnote_text(raw, reflower_);
        if (!more.empty()) it->text += (it->text.empty() ? "" : " ") + more;
        break;
      }
      footnote_seen_ = true;
      return;
    }
    Footnote f;
    f.id = id;
    f.text = footnote_text(raw, reflower_);
    f.location = lines_.locate(offset);
    doc_.footnotes.push_back(std::move(f));
    footnote_seen_ = true;
  }

  const Reflower& reflower_;
  const LineIndex& lines_;
  const PageFurniture& furniture_;
  Document& doc_;
  std::optional<Candidate> candidate_;
  PointSequence points_;  // lettered points of the body, in reading order
  bool footnote_seen_ = false;
  bool layout_table_ = false;  // the last block is a layout table that the next column run extends
  double layout_center_ = 0;   // centre column of that table's right column
  std::uint32_t layout_right_column_ = UINT32_MAX;  // where that right column starts
  AssemblyStats stats_;
};

}  // namespace

AssemblyStats assemble_blocks(const std::vector<RawBlock>& blocks, const Reflower& reflower, const LineIndex& lines,
                              const PageFurniture& furniture, Document& doc) {
  return Assembler(reflower, lines, furniture, doc).run(blocks);
}

}  // namespace vanban::md
