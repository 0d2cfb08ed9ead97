#include "ingest/markdown/block_collector.hpp"

#include <md4c.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "ingest/markdown/bracket_guard.hpp"
#include "ingest/markdown/footnote_markers.hpp"
#include "ingest/markdown/html_entities.hpp"
#include "ingest/markdown/line_shape.hpp"

namespace vanban::md {
namespace {

// Drafts leave the number, day and month blank: "Số:      /KH-UBND", "ngày      tháng 5 năm 2025".
// Such a gap is a blank to fill in, not the gap between two layout columns.
bool is_blank_field_gap(std::string_view line, std::size_t gap_begin, std::size_t gap_end) {
  std::string_view before = line.substr(0, gap_begin);
  const auto word_start = before.find_last_of(" \t");
  before = word_start == std::string_view::npos ? before : before.substr(word_start + 1);
  std::string_view after = line.substr(gap_end);
  after = after.substr(0, after.find_first_of(" \t"));
  static constexpr std::string_view kBlankBefore[] = {"ngày", "Ngày", "tháng", "Tháng", "năm", "Số:", "số:", "Số", "số"};
  static constexpr std::string_view kBlankAfter[] = {"tháng", "năm"};
  for (auto w : kBlankBefore)
    if (before == w) return true;
  for (auto w : kBlankAfter)
    if (after == w) return true;
  return !after.empty() && after.front() == '/';
}

/// "cấp từ          số 01": a run of spaces inside a sentence (justified or pasted text) is no column
/// gap: the text goes on in lower case right after it, while a right column opens with a capital,
/// a digit or a bracket ("CỘNG HÒA…", "KT. CHỦ TỊCH", "(Đã ký)").
bool is_prose_gap(std::string_view line, std::size_t gap_begin, std::size_t gap_end) {
  if (!ends_mid_sentence(line.substr(0, gap_begin))) return false;
  const std::string_view after = line.substr(gap_end);
  if (after.empty()) return false;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(after.data(), i, static_cast<int32_t>(after.size()), c);
  return u_islower(c) != 0;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == kDefinitionFiller; }

/// A label still to be written at the start of a list item's text.
struct PendingLabel {
  bool ordered = false;
  std::string text;  ///< fallback text built from the list state: "7. ", "- "
};

struct ListState {
  bool ordered = false;
  char bullet = '-';
  unsigned next = 1;
  char delimiter = '.';
};

/// A list marker found in the source before a list item's first text.
struct SourceMarker {
  std::size_t offset = 0;
  std::string label;  ///< "7. ", "3) ", "- ", "+ "
};

class Collector {
 public:
  Collector(std::string_view text, const FootnoteDefinitions& definitions, const TextMarkers& markers)
      : text_(text), definitions_(definitions), markers_(markers) {}

  std::vector<RawBlock> run() {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_NOINDENTEDCODEBLOCKS | MD_FLAG_NOHTMLBLOCKS;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Collector*>(u)->enter_block(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Collector*>(u)->leave_block(t, d); };
    parser.enter_span = [](MD_SPANTYPE t, void*, void* u) { return static_cast<Collector*>(u)->span(t, +1); };
    parser.leave_span = [](MD_SPANTYPE t, void*, void* u) { return static_cast<Collector*>(u)->span(t, -1); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* p, MD_SIZE n, void* u) {
      return static_cast<Collector*>(u)->on_text(t, p, n);
    };
    md_parse(text_.data(), static_cast<MD_SIZE>(text_.size()), &parser, this);
    close_paragraph();
    if (html_depth_ > 0) finish_html_table();  // an unclosed <table>: keep what it held
    return std::move(out_);
  }

 private:
  // ---- blocks --------------------------------------------------------------------------------
  int enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_UL: {
        close_paragraph();
        ListState l;
        l.bullet = static_cast<const MD_BLOCK_UL_DETAIL*>(detail)->mark;
        lists_.push_back(l);
        break;
      }
      case MD_BLOCK_OL: {
        close_paragraph();
        const auto* d = static_cast<const MD_BLOCK_OL_DETAIL*>(detail);
        ListState l;
        l.ordered = true;
        l.next = d->start;
        l.delimiter = d->mark_delimiter;
        lists_.push_back(l);
        break;
      }
      case MD_BLOCK_LI: {
        close_paragraph();
        PendingLabel p;
        if (!lists_.empty()) {
          auto& l = lists_.back();
          p.ordered = l.ordered;
          p.text = l.ordered ? std::to_string(l.next++) + l.delimiter + ' ' : std::string(l.bullet == '+' ? "+ " : "- ");
        }
        pending_.push_back(std::move(p));
        break;
      }
      case MD_BLOCK_HR:  // a rule carries no text (PDF dumps underline header lines with "_____")
        close_paragraph();
        break;
      case MD_BLOCK_H:
        close_paragraph();
        heading_ = static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
        open_paragraph();
        break;
      case MD_BLOCK_CODE:
        close_paragraph();
        in_code_ = true;
        open_paragraph();
        break;
      case MD_BLOCK_HTML:
      case MD_BLOCK_P:
        close_paragraph();
        open_paragraph();
        break;
      case MD_BLOCK_TABLE:
        close_paragraph();
        table_ = RawTable{};
        in_table_ = true;
        break;
      case MD_BLOCK_TR:
        row_.clear();
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        in_cell_ = true;
        open_paragraph();
        break;
      default:  // DOC, QUOTE, THEAD, TBODY
        close_paragraph();
        break;
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type, void*) {
    switch (type) {
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        close_paragraph();
        if (!lists_.empty()) lists_.pop_back();
        break;
      case MD_BLOCK_LI:
        close_paragraph();
        pending_.clear();
        break;
      case MD_BLOCK_H:
        close_paragraph();
        heading_ = 0;
        break;
      case MD_BLOCK_CODE:
        close_paragraph();
        in_code_ = false;
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        close_paragraph();
        row_.push_back(std::move(cell_));
        cell_ = RawParagraph{};
        in_cell_ = false;
        break;
      case MD_BLOCK_TR:
        if (in_table_) table_.rows.push_back(std::move(row_));
        row_.clear();
        break;
      case MD_BLOCK_TABLE:
        finish_table();
        break;
      default:
        close_paragraph();
        break;
    }
    return 0;
  }

  void finish_table() {
    in_table_ = false;
    bool first = true;
    for (const auto& row : table_.rows)
      for (const auto& cell : row) {
        if (cell.lines.empty()) continue;
        if (first || cell.begin < table_.begin) table_.begin = cell.begin;
        table_.end = std::max(table_.end, cell.end);
        first = false;
      }
    if (!table_.rows.empty()) out_.emplace_back(std::in_place_type<RawTable>, std::move(table_));
    table_ = RawTable{};
  }

  // ---- spans ---------------------------------------------------------------------------------
  int span(MD_SPANTYPE type, int delta) {
    switch (type) {
      case MD_SPAN_STRONG: strong_ += delta; break;
      case MD_SPAN_EM: em_ += delta; break;
      case MD_SPAN_IMG: image_ += delta; break;
      default: break;
    }
    return 0;
  }

  // ---- text ----------------------------------------------------------------------------------
  int on_text(MD_TEXTTYPE type, const MD_CHAR* p, MD_SIZE n) {
    switch (type) {
      case MD_TEXT_SOFTBR:
      case MD_TEXT_BR:
        if (!in_sup_) end_line();
        break;
      case MD_TEXT_HTML:
        on_tag(std::string_view(p, n));
        break;
      case MD_TEXT_ENTITY: {
        const std::string decoded = decode_entity(std::string_view(p, n));
        visible(p, decoded);
        break;
      }
      case MD_TEXT_NULLCHAR:
        break;
      case MD_TEXT_CODE:
        if (in_code_) {
          code_text(p, n);
          break;
        }
        [[fallthrough]];
      default:
        visible(p, std::string_view(p, n));
        break;
    }
    return 0;
  }

  /// Fenced code keeps its text: one line per source line, blank lines as paragraph breaks.
  void code_text(const char* p, std::size_t n) {
    std::size_t i = 0;
    while (i < n) {
      const void* nl = std::memchr(p + i, '\n', n - i);
      const std::size_t e = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - p) : n;
      if (e > i) visible(p + i, std::string_view(p + i, e - i));
      if (!nl) break;
      end_line();
      i = e + 1;
    }
  }

  void visible(const char* source, std::string_view s) {
    if (image_ > 0) return;  // alt text of an image is markup, not document text
    if (in_sup_) {
      sup_text_.append(s);
      return;
    }
    if (!open_) open_paragraph();
    note_source(source, s.size());
    if (!line_has_source_ && in_text(source)) {
      line_has_source_ = true;
      if (auto it = definitions_.find(static_cast<std::size_t>(source - text_.data())); it != definitions_.end())
        line_.footnote_definition = it->second;
    }
    if (need_label_) write_label(source);
    if (!line_has_offset_) {
      std::size_t k = 0;
      while (k < s.size() && is_space(s[k])) ++k;
      if (k < s.size() && in_text(source)) {
        line_.offset = static_cast<std::size_t>(source - text_.data()) + k;
        line_has_offset_ = true;
      }
    }
    const std::size_t appended_at = line_.text.size();
    append_with_markers(source, s);
    for (std::size_t i = appended_at; i < line_.text.size(); ++i) {
      if (line_.text[i] == kOpenBracketFiller) line_.text[i] = '[';
      else if (line_.text[i] == kCloseBracketFiller) line_.text[i] = ']';
    }
    for (char c : s) {
      if (is_space(c) || (static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
      (strong_ > 0 ? strong_chars_ : plain_chars_)++;
      if (em_ == 0) ++upright_chars_;
    }
  }

  /// Appends `s`; the plain-digit footnote markers within it become placeholders.
  void append_with_markers(const char* source, std::string_view s) {
    if (markers_.empty() || !in_text(source)) {
      line_.text.append(s);
      return;
    }
    const auto begin = static_cast<std::size_t>(source - text_.data());
    std::size_t done = 0;
    for (auto it = markers_.lower_bound(begin); it != markers_.end() && it->first + it->second.length <= begin + s.size();
         ++it) {
      const std::size_t at = it->first - begin;
      if (at < done || s.substr(at, it->second.length) != it->second.id) continue;  // not these source bytes
      line_.text.append(s.substr(done, at - done));
      // "1.4Việc": the marker sat between a label and its text; the label keeps its space.
      const std::size_t after = at + it->second.length;
      if (!line_.text.empty() && (line_.text.back() == '.' || line_.text.back() == ')') && after < s.size() &&
          s[after] != ' ')
        line_.text.push_back(' ');
      line_.text.push_back(kMarkPlaceholder);
      cur_.mark_ids.push_back(it->second.id);
      done = at + it->second.length;
    }
    line_.text.append(s.substr(done));
  }

  void on_tag(std::string_view tag) {
    if (tag.substr(0, 4) == "<!--") return;
    std::size_t i = 1;
    const bool closing = i < tag.size() && tag[i] == '/';
    if (closing) ++i;
    std::string name;
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i])))
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i++]))));
    if (name == "sup") {
      if (!closing) {
        in_sup_ = true;
        sup_text_.clear();
        sup_source_ = tag.data();
      } else if (in_sup_) {
        in_sup_ = false;
        superscript(sup_source_, sup_text_);
      }
      return;
    }
    if (!in_table_ && !in_sup_ && html_table_tag(name, closing, tag)) return;
    static constexpr std::string_view kBreaking[] = {"br", "p", "div", "li", "tr", "td", "th", "table", "ul", "ol",
                                                     "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"};
    for (auto b : kBreaking)
      if (name == b) {
        if (!in_sup_) end_line();
        return;
      }
  }

  // ---- HTML tables (PDF-to-Markdown converters write complex tables as HTML) -------------------
  /// Handles <table> <tr> <td> <th> and their end tags; nested tables are flattened into the cell.
  /// Returns false for other tags.
  bool html_table_tag(const std::string& name, bool closing, std::string_view tag) {
    if (name == "table") {
      if (!closing) {
        if (html_depth_++ == 0) {
          close_paragraph();
          table_ = RawTable{};
        }
        return html_depth_ == 1;
      }
      if (html_depth_ == 0) return true;
      if (--html_depth_ == 0) finish_html_table();
      return html_depth_ == 0;
    }
    if (html_depth_ != 1 || (name != "tr" && name != "td" && name != "th")) return false;
    if (name == "tr") {
      finish_html_cell();
      if (!row_.empty()) table_.rows.push_back(std::move(row_));
      row_.clear();
      return true;
    }
    finish_html_cell();
    if (!closing) {
      close_paragraph();
      in_cell_ = true;
      cell_ = RawParagraph{};
      cell_.grid_span = colspan_of(tag);
      open_paragraph();
    }
    return true;
  }

  void finish_html_cell() {
    if (!in_cell_) return;
    close_paragraph();
    row_.push_back(std::move(cell_));
    cell_ = RawParagraph{};
    in_cell_ = false;
  }

  void finish_html_table() {
    finish_html_cell();
    if (!row_.empty()) table_.rows.push_back(std::move(row_));
    row_.clear();
    html_depth_ = 0;
    finish_table();
  }

  static int colspan_of(std::string_view tag) {
    std::string lower(tag);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto at = lower.find("colspan");
    if (at == std::string::npos) return 1;
    std::size_t i = at + 7;
    while (i < lower.size() && (lower[i] == '=' || lower[i] == '"' || lower[i] == '\'' || lower[i] == ' ')) ++i;
    int span = 0;
    while (i < lower.size() && lower[i] >= '0' && lower[i] <= '9' && span < 1000) span = span * 10 + (lower[i++] - '0');
    return span > 0 ? span : 1;
  }

  /// <sup>N</sup>: a footnote marker, unless it is an exponent of a unit ("m<sup>2</sup>").
  void superscript(const char* source, const std::string& raw) {
    std::string id = raw;
    while (!id.empty() && is_space(id.back())) id.pop_back();
    while (!id.empty() && is_space(id.front())) id.erase(id.begin());
    if (id.size() > 2 && (id.front() == '(' || id.front() == '[') && (id.back() == ')' || id.back() == ']'))
      id = id.substr(1, id.size() - 2);  // "<sup>(1)</sup>", "<sup>[1]</sup>"
    if (id.empty()) return;
    if (ends_with_unit(line_.text) && (id == "2" || id == "3")) {
      visible(source, id == "2" ? "\xC2\xB2" : "\xC2\xB3");
      return;
    }
    const bool id_like = id.size() <= 6 && std::all_of(id.begin(), id.end(), [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '*';
                         });
    if (!id_like) {
      visible(source, id);
      return;
    }
    if (!open_) open_paragraph();
    note_source(source, 5);
    if (need_label_) write_label(source);
    if (!line_has_offset_ && in_text(source)) {
      line_.offset = static_cast<std::size_t>(source - text_.data());
      line_has_offset_ = true;
    }
    line_.text.push_back(kMarkPlaceholder);
    cur_.mark_ids.push_back(id);
  }

  // ---- labels of list items ------------------------------------------------------------------
  /// Rebuilds the labels of the list items opened just before this text, preferring the
  /// markers as written in the source ("7." stays "7." even when md4c counts the list from 1).
  void write_label(const char* source) {
    need_label_ = false;
    std::string label;
    std::size_t offset = 0;
    bool have_offset = false;
    if (in_text(source)) {
      const auto markers = source_markers(static_cast<std::size_t>(source - text_.data()));
      if (markers.size() >= pending_.size() && !pending_.empty()) {
        const std::size_t first = markers.size() - pending_.size();
        for (std::size_t k = first; k < markers.size(); ++k) {
          const bool ordered_marker = markers[k].label[0] >= '0' && markers[k].label[0] <= '9';
          label += ordered_marker == pending_[k - first].ordered ? markers[k].label : pending_[k - first].text;
        }
        offset = markers[first].offset;
        have_offset = true;
      }
    }
    if (!have_offset)
      for (const auto& p : pending_) label += p.text;
    pending_.clear();
    if (label.empty()) return;
    line_.text.insert(0, label);
    if (have_offset) {
      line_.offset = offset;
      line_has_offset_ = true;
    }
  }

  /// Markers ("- ", "12. ", "3) ") between the start of the source line and `offset`.
  std::vector<SourceMarker> source_markers(std::size_t offset) const {
    std::size_t start = offset;
    while (start > 0 && text_[start - 1] != '\n' && offset - start < 400) --start;
    std::vector<SourceMarker> markers;
    std::size_t i = start;
    while (i < offset) {
      const char c = text_[i];
      if (c == ' ' || c == '\t' || c == '>') {
        ++i;
        continue;
      }
      if ((c == '-' || c == '+' || c == '*') && (i + 1 >= offset || text_[i + 1] == ' ' || text_[i + 1] == '\t')) {
        markers.push_back({i, c == '+' ? "+ " : "- "});
        ++i;
        continue;
      }
      std::size_t e = i;
      while (e < offset && e - i < 9 && text_[e] >= '0' && text_[e] <= '9') ++e;
      if (e > i && e < offset && (text_[e] == '.' || text_[e] == ')') &&
          (e + 1 >= offset || text_[e + 1] == ' ' || text_[e + 1] == '\t')) {
        markers.push_back({i, std::string(text_.substr(i, e + 1 - i)) + ' '});
        i = e + 1;
        continue;
      }
      break;  // emphasis markers or text: no more list markers on this line
    }
    return markers;
  }

  // ---- paragraphs and lines ------------------------------------------------------------------
  bool in_text(const char* p) const { return p >= text_.data() && p < text_.data() + text_.size(); }

  void note_source(const char* p, std::size_t n) {
    if (!in_text(p)) return;
    const auto b = static_cast<std::size_t>(p - text_.data());
    if (!has_begin_) {
      first_source_ = b;
      has_begin_ = true;
    }
    cur_.end = std::max(cur_.end, std::min(b + n, text_.size()));
  }

  void open_paragraph() {
    cur_ = RawParagraph{};
    cur_.heading_level = heading_;
    open_ = true;
    need_label_ = !pending_.empty();
    has_begin_ = false;
    strong_chars_ = plain_chars_ = upright_chars_ = 0;
    blank_pending_ = false;
    line_ = RawLine{};
    line_has_offset_ = false;
    line_has_source_ = false;
  }

  void end_line() {
    if (!open_) return;
    // A gap of 4+ spaces (or a tab) between words separates two layout columns.
    std::size_t gap_end = std::string::npos;
    // A line opening with an outline label ("1. …", "Điều 3. …") is body text: a gap in it sets off
    // a code or an amount on the same line ("hạng II        Mã số: V.01"), never a header column.
    if (!in_code_ && leading_label(line_.text).kind != LabelKind::Outline) {
      std::size_t run = 0;
      bool seen_text = false;
      for (std::size_t i = 0; i < line_.text.size(); ++i) {
        const char c = line_.text[i];
        if (c == ' ' || c == '\t') {
          run += c == '\t' ? 4 : 1;
          continue;
        }
        if (seen_text && run >= 4 && c != kDefinitionFiller && !is_blank_field_gap(line_.text, i - run, i) &&
            !is_prose_gap(line_.text, i - run, i)) {
          gap_end = i;
          break;
        }
        if (c != kDefinitionFiller) seen_text = true;
        run = 0;
      }
    }
    std::string collapsed;
    collapsed.reserve(line_.text.size());
    bool space = false;
    std::size_t raw_first = std::string::npos;
    for (std::size_t i = 0; i < line_.text.size(); ++i) {
      const char c = line_.text[i];
      if (is_space(c)) {
        space = true;
        continue;
      }
      if (raw_first == std::string::npos) raw_first = i;
      if (space && !collapsed.empty()) collapsed.push_back(' ');
      space = false;
      if (i == gap_end) line_.column_break = collapsed.size();
      collapsed.push_back(c);
    }
    if (!collapsed.empty()) {
      if (line_has_offset_) {
        line_.indent = indent_of(line_.offset);
        if (line_.column_break != std::string::npos)
          line_.right_indent =
              line_.indent + static_cast<std::uint32_t>(code_points_in(std::string_view(line_.text).substr(raw_first, gap_end - raw_first)));
      }
      line_.text = std::move(collapsed);
      line_.break_before = blank_pending_ && !cur_.lines.empty();
      blank_pending_ = false;
      cur_.lines.push_back(std::move(line_));
    } else if (in_code_) {
      blank_pending_ = true;
    }
    line_ = RawLine{};
    line_has_offset_ = false;
    line_has_source_ = false;
  }

  /// Code points between the start of the source line and `offset`.
  std::uint32_t indent_of(std::size_t offset) const {
    std::size_t start = offset;
    while (start > 0 && text_[start - 1] != '\n' && offset - start < 1000) --start;
    return static_cast<std::uint32_t>(code_points_in(text_.substr(start, offset - start)));
  }

  static std::size_t code_points_in(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  }

  void close_paragraph() {
    if (!open_) return;
    if (in_sup_) {  // an unclosed <sup>: keep its text
      in_sup_ = false;
      line_.text += sup_text_;
    }
    end_line();
    open_ = false;
    pending_.clear();
    if (cur_.lines.empty() && !in_cell_) return;
    convert_footnote_references();
    cur_.bold = plain_chars_ == 0 && strong_chars_ > 0;
    cur_.italic = upright_chars_ == 0 && (strong_chars_ + plain_chars_) > 0;
    cur_.begin = cur_.lines.empty() ? first_source_ : cur_.lines.front().offset;
    if (!cur_.lines.empty()) cur_.footnote_definition = cur_.lines.front().footnote_definition;
    if (in_cell_) {
      // A cell may hold several Markdown paragraphs (a blank line inside an HTML cell).
      if (cell_.lines.empty()) {
        const int span = cell_.grid_span;
        cell_ = std::move(cur_);
        cell_.grid_span = span;
      } else {
        for (auto& l : cur_.lines) cell_.lines.push_back(std::move(l));
        for (auto& id : cur_.mark_ids) cell_.mark_ids.push_back(std::move(id));
        cell_.end = std::max(cell_.end, cur_.end);
      }
    } else {
      out_.push_back(std::move(cur_));
    }
    cur_ = RawParagraph{};
  }

  /// "[^3]" and superscript digits ("tâm¹,") in the text become markers; ids stay in reading
  /// order with the <sup> ones.
  void convert_footnote_references() {
    std::vector<std::string> ids;
    std::size_t next_old = 0;
    for (auto& line : cur_.lines) {
      if (line.text.find("[^") == std::string::npos && line.text.find(kMarkPlaceholder) == std::string::npos &&
          !has_superscript_digit(line.text))
        continue;
      std::string out;
      std::size_t new_break = std::string::npos;
      for (std::size_t i = 0; i < line.text.size();) {
        std::string id;
        if (i == line.column_break) new_break = out.size();
        if (std::size_t n = superscript_marker_at(line.text, i, &id)) {
          ids.push_back(id);
          out.push_back(kMarkPlaceholder);
          i += n;
        } else if (line.text[i] == kMarkPlaceholder) {
          if (next_old < cur_.mark_ids.size()) ids.push_back(cur_.mark_ids[next_old++]);
          out.push_back(kMarkPlaceholder);
          ++i;
        } else if (std::size_t n = footnote_reference_at(line.text, i, &id)) {
          ids.push_back(id);
          out.push_back(kMarkPlaceholder);
          i += n;
        } else {
          out.push_back(line.text[i++]);
        }
      }
      line.text = std::move(out);
      line.column_break = new_break;
    }
    cur_.mark_ids = std::move(ids);
  }

  std::string_view text_;
  const FootnoteDefinitions& definitions_;
  const TextMarkers& markers_;
  std::vector<RawBlock> out_;

  RawParagraph cur_;
  RawLine line_;
  bool open_ = false;
  bool line_has_offset_ = false;
  bool line_has_source_ = false;
  bool has_begin_ = false;
  std::size_t first_source_ = 0;
  bool blank_pending_ = false;

  int heading_ = 0;
  bool in_code_ = false;
  int strong_ = 0, em_ = 0, image_ = 0;
  std::size_t strong_chars_ = 0, plain_chars_ = 0, upright_chars_ = 0;

  bool in_sup_ = false;
  std::string sup_text_;
  const char* sup_source_ = nullptr;

  std::vector<ListState> lists_;
  std::vector<PendingLabel> pending_;
  bool need_label_ = false;

  bool in_table_ = false;
  bool in_cell_ = false;
  int html_depth_ = 0;  // nesting of open HTML <table> tags
  RawTable table_;
  std::vector<RawParagraph> row_;
  RawParagraph cell_;
};

}  // namespace

std::vector<RawBlock> collect_blocks(std::string_view text, const FootnoteDefinitions& definitions,
                                     const TextMarkers& markers) {
  return Collector(text, definitions, markers).run();
}

}  // namespace vanban::md
