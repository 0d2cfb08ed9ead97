#include "ingest/markdown/layout_columns.hpp"
#include "ingest/markdown/line_shape.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace vanban::md {
namespace {

constexpr std::uint32_t kMinRightIndent = 20;  // a line this far in sits in the right column
constexpr std::uint32_t kColumnSlack = 8;      // centered right-column lines wander this much
constexpr std::size_t kMaxContinuingLines = 4;   // a wrapped recipient or signature line, not a body paragraph

bool split(const RawLine& l) { return l.column_break != std::string::npos; }

std::size_t code_points_of(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

double center_of(std::uint32_t indent, std::string_view text) {
  return static_cast<double>(indent) + static_cast<double>(code_points_of(text)) / 2.0;
}

RawParagraph with_lines(const RawParagraph& like, std::vector<RawLine> lines) {
  RawParagraph p;
  p.lines = std::move(lines);
  p.heading_level = like.heading_level;
  p.bold = like.bold;
  p.italic = like.italic;
  if (!p.lines.empty()) {
    p.begin = p.lines.front().offset;
    p.end = p.lines.back().offset + p.lines.back().text.size();
  }
  return p;
}

/// Distributes the footnote ids of `source` over the placeholders of the parts, in order.
void hand_out_marks(const RawParagraph& source, std::initializer_list<RawParagraph*> parts) {
  std::size_t next = 0;
  for (RawParagraph* p : parts)
    for (const auto& l : p->lines)
      for (char c : l.text)
        if (c == kMarkPlaceholder && next < source.mark_ids.size()) p->mark_ids.push_back(source.mark_ids[next++]);
}

/// Cuts `block` into the lines before [begin, end), the two columns of that run, and the rest.
ColumnRun cut(const RawParagraph& block, std::vector<RawLine>::const_iterator begin,
              std::vector<RawLine>::const_iterator end, std::uint32_t right_column) {
  const auto& lines = block.lines;
  auto in_right = [&](const RawLine& l) { return l.indent + kColumnSlack >= right_column; };
  std::vector<RawLine> left, right;
  for (auto it = begin; it != end; ++it) {
    if (split(*it)) {
      RawLine l = *it, r = *it;
      l.text = it->text.substr(0, it->column_break);
      while (!l.text.empty() && l.text.back() == ' ') l.text.pop_back();
      r.text = it->text.substr(it->column_break);
      r.offset = it->offset + it->column_break;  // approximate: the gap was collapsed
      r.indent = it->right_indent;
      l.column_break = r.column_break = std::string::npos;
      left.push_back(std::move(l));
      right.push_back(std::move(r));
    } else if (in_right(*it)) {
      right.push_back(*it);
    } else {
      left.push_back(*it);
    }
  }
  ColumnRun run;
  run.before = with_lines(block, std::vector<RawLine>(lines.begin(), begin));
  run.left = with_lines(block, std::move(left));
  run.right = with_lines(block, std::move(right));
  run.after = with_lines(block, std::vector<RawLine>(end, lines.end()));
  hand_out_marks(block, {&run.before, &run.left, &run.right, &run.after});
  for (const auto& r : run.right.lines) run.right_center += center_of(r.indent, r.text);
  if (!run.right.lines.empty()) run.right_center /= static_cast<double>(run.right.lines.size());
  return run;
}


}  // namespace

std::optional<ColumnRun> find_column_run(const RawParagraph& block, std::optional<double> continuing_center) {
  const bool continuing = continuing_center.has_value();
  const auto& lines = block.lines;
  if (lines.empty()) return std::nullopt;
  auto first = std::find_if(lines.begin(), lines.end(), split);
  auto begin = lines.begin(), end = lines.end();
  if (first == lines.end()) {
    // No split line: only a continuation whose lines reach into the right column.
    if (!continuing) return std::nullopt;
    std::uint32_t right_column = UINT32_MAX;
    std::size_t last_right = 0, right_lines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].indent < kMinRightIndent) continue;
      if (std::abs(center_of(lines[i].indent, lines[i].text) - *continuing_center) > kColumnSlack + 2) return std::nullopt;
      right_column = std::min(right_column, lines[i].indent);
      last_right = i;
      ++right_lines;
    }
    if (right_lines == 0) return std::nullopt;
    for (std::size_t i = last_right + 1; i < lines.size(); ++i)
      if (lines[i].indent < kMinRightIndent) return std::nullopt;  // left text after the column: body text
    return cut(block, begin, end, right_column);
  }
  const auto last_split = std::find_if(lines.rbegin(), lines.rend(), split).base() - 1;
  std::uint32_t right_column = first->right_indent;
  for (auto it = first; it <= last_split; ++it)
    if (split(*it)) right_column = std::min(right_column, it->right_indent);
  if (right_column < kMinRightIndent) return std::nullopt;
  auto in_right = [&](const RawLine& l) { return l.indent + kColumnSlack >= right_column; };

  // The run: split lines and what lies between them, plus right-column lines around them.
  begin = first;
  while (begin != lines.begin() && in_right(*(begin - 1))) --begin;
  end = last_split + 1;
  while (end != lines.end() && !split(*end) && in_right(*end)) ++end;
  const auto split_count = std::count_if(begin, end, split);
  const auto right_only = std::count_if(begin, end, [&](const RawLine& l) { return !split(l) && in_right(l); });
  const bool whole_block = begin == lines.begin() && end == lines.end();
  if (split_count < 2 && right_only < 1 && !whole_block && !continuing) return std::nullopt;
  // Right after a column run, a short block belongs to the two columns as a whole: a recipient
  // wrapped over two lines whose second line carries the right column's "(đã ký)" stays one left
  // item. A long block is body text that merely has a wide gap somewhere.
  // A line opening with an outline label after the split line ("Điều 3. …" read by Markdown as the
  // lazy continuation of a list item) starts the body again: the run stops before it.
  if (continuing && lines.size() <= kMaxContinuingLines) {
    auto stop = std::find_if(first + 1, lines.end(), [](const RawLine& l) {
      return !split(l) && leading_label(l.text).kind == LabelKind::Outline;
    });
    return cut(block, lines.begin(), stop, right_column);
  }
  return cut(block, begin, end, right_column);
}
}  // namespace vanban::md
