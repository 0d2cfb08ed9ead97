#include "ingest/markdown/page_footnotes.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/markdown/footnote_markers.hpp"
#include "ingest/markdown/line_shape.hpp"

namespace vanban::md {
namespace {

constexpr std::size_t kMaxNoteLines = 40;  // a foot block longer than this is body text

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    lines.push_back({pos, end});
    if (!nl) break;
    pos = end + 1;
  }
  return lines;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The footnote rule: a blank line (pdftotext draws the rule as spaces) or a line of underscores.
bool is_rule(std::string_view s) {
  std::size_t marks = 0;
  for (char c : s) {
    if (c == '_') ++marks;
    else if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return marks == 0 || marks >= 5;
}

/// "12 Trường hợp …": the footnote number opening a line (no leading zero: "01 bộ hồ sơ" is a count),
/// followed by a space and a word that does not start in lower case. Returns the number's offset in
/// the line and its length.
std::optional<std::pair<std::size_t, std::size_t>> note_number(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  std::size_t e = i;
  while (e < line.size() && is_digit(line[e]) && e - i < 3) ++e;
  if (e == i || line[i] == '0' || e >= line.size() || line[e] != ' ') return std::nullopt;
  std::size_t w = e;
  while (w < line.size() && line[w] == ' ') ++w;
  if (w >= line.size()) return std::nullopt;
  UChar32 c = 0;
  int32_t k = static_cast<int32_t>(w);
  U8_NEXT(line.data(), k, static_cast<int32_t>(line.size()), c);
  if (u_islower(c) || is_digit(line[w])) return std::nullopt;
  return std::make_pair(i, e - i);
}

UChar32 code_point_before(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_PREV(s.data(), 0, k, c);
  return c;
}

bool is_closing_punct(UChar32 c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '"' || c == 0x201D || c == 0x2019;
}

/// Whether the digits `text[at, at+len)` read as a flattened footnote marker: glued to a word or to
/// closing punctuation ("Luật2", "CP2", "ký.3"), or after a closing punctuation and one space at
/// the end of a phrase ("đặc biệt.” 5"); followed by a space, punctuation or the line end.
bool is_marker_at(std::string_view text, std::size_t at, std::size_t len) {
  if (at == 0 || (at + len < text.size() && is_digit(text[at + len]))) return false;
  UChar32 after = '\n';
  if (at + len < text.size()) {
    int32_t k = static_cast<int32_t>(at + len);
    U8_NEXT(text.data(), k, static_cast<int32_t>(text.size()), after);
  }
  const UChar32 before = code_point_before(text, at);
  // "1.4Việc …", "5. 3Căn cứ …": a marker glued to the first word of a text; a code such as "5G"
  // has no lower-case letter after its capital.
  if (u_isupper(after) && (before == '.' || before == ')' || before == ' ')) {
    int32_t k = static_cast<int32_t>(at + len);
    UChar32 c = 0;
    U8_NEXT(text.data(), k, static_cast<int32_t>(text.size()), c);
    UChar32 next = 0;
    if (k < static_cast<int32_t>(text.size())) U8_NEXT(text.data(), k, static_cast<int32_t>(text.size()), next);
    if (u_islower(next)) return true;
  }
  if (!(after == ' ' || after == '\n' || after == '\r' || is_closing_punct(after))) return false;
  if (is_digit(static_cast<char>(before)) && before < 0x80) return false;
  if (u_isalpha(before)) return !ends_with_unit(text.substr(0, at));
  if (is_closing_punct(before)) return true;
  if (before == ' ' && at >= 2) return is_closing_punct(code_point_before(text, at - 1));
  return false;
}

/// The last marker of `id` in text[from, to), or npos.
std::size_t find_marker(std::string_view text, std::size_t from, std::size_t to, const std::string& id) {
  std::size_t pos = to;
  while (pos > from) {
    const std::size_t hit = text.rfind(id, pos - 1);
    if (hit == std::string_view::npos || hit < from) return std::string_view::npos;
    if (hit + id.size() <= to && is_marker_at(text, hit, id.size())) return hit;
    pos = hit;
  }
  return std::string_view::npos;
}

}  // namespace

PageFootnotes find_page_footnotes(std::string& text, const PageFurniture& furniture, FootnoteDefinitions& definitions,
                                  TextMarkers& markers) {
  PageFootnotes found;
  if (furniture.total_lines() == 0) return found;
  const std::vector<Line> lines = split_lines(text);
  auto view = [&](std::size_t i) { return std::string_view(text).substr(lines[i].begin, lines[i].end - lines[i].begin); };

  // Page feet: the last line with text before each run of furniture, and before the end.
  std::vector<std::size_t> feet;
  {
    std::size_t f = 0;
    const auto& offsets = furniture.line_offsets;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const bool furniture_line = f < offsets.size() && offsets[f] == lines[i].begin;
      if (furniture_line) ++f;
      const bool page_end = furniture_line || i + 1 == lines.size();
      if (!page_end) continue;
      std::size_t b = i;
      while (b > 0 && is_blank(view(b))) --b;
      if (!is_blank(view(b)) && (feet.empty() || feet.back() < b)) feet.push_back(b);
    }
  }

  long last_id = 0;
  std::size_t region_begin = 0;  // byte offset where the page's text starts
  // How the notes at the last page foot ended: mid-sentence, or on a ';' (a list of clauses).
  enum class Open { No, MidSentence, Semicolon };
  Open open = Open::No;
  auto how_open = [&](std::size_t line) {
    const std::string_view t = trim(view(line));
    if (!t.empty() && t.back() == ';') return Open::Semicolon;
    return ends_mid_sentence(t) ? Open::MidSentence : Open::No;
  };
  for (std::size_t b : feet) {
    const Open before = open;
    open = Open::No;
    // The block of lines ending at the foot, after a blank line.
    std::size_t a = b;
    while (a > 0 && !is_rule(view(a - 1)) && b - a < kMaxNoteLines) --a;
    const std::size_t page_begin = region_begin;
    region_begin = lines[b].end;
    if (a == 0 || !is_rule(view(a - 1))) continue;
    // A foot holding only the rest of the note left open at the page before: it goes on in lower
    // case, or with the next clause of a list cut after its ';' ("Căn cứ …", "Theo đề nghị …").
    if (before != Open::No && last_id > 0 && !note_number(view(a)) &&
        leading_label(view(a)).kind == LabelKind::None &&
        (starts_lowercase(view(a)) || (before == Open::Semicolon && starts_preamble_phrase(trim(view(a)))))) {
      bool numbered = false;
      for (std::size_t i = a; i <= b && !numbered; ++i) numbered = note_number(view(i)).has_value();
      if (!numbered) {
        const std::size_t lead_spaces = view(a).find_first_not_of(" \t");
        definitions[lines[a].begin + lead_spaces] = std::string(1, kFootnoteContinuation) + std::to_string(last_id);
        open = how_open(b);
        continue;
      }
    }
    // The last note of the page before may go on at the top of this foot ("… phái sinh và thị
    // trường …, có hiệu lực …" / "4 Điểm này …"): lines before the note numbered next after it.
    const std::size_t a_start = a;
    std::size_t lead = a;
    if (last_id > 0) {
      const std::string expected = std::to_string(last_id + 1);
      for (std::size_t i = a; i <= b; ++i)
        if (const auto n = note_number(view(i)); n && view(i).substr(n->first, n->second) == expected) {
          lead = i;
          break;
        }
    }
    const std::size_t continued = lead;  // lines [a, continued) go on with note `last_id`
    const auto first = note_number(view(lead));
    if (!first) continue;
    a = lead;
    // Consecutive numbers open the notes; other lines continue the note above.
    struct Note {
      std::size_t line;
      std::size_t offset;  // of the number
      std::size_t length;
      std::string id;
    };
    std::vector<Note> notes;
    long next = std::stol(std::string(view(a).substr(first->first, first->second)));
    if (next <= last_id) continue;  // footnotes are numbered through the document
    for (std::size_t i = a; i <= b; ++i) {
      const auto n = note_number(view(i));
      if (!n) continue;
      const std::string id(view(i).substr(n->first, n->second));
      if (std::stol(id) != next) continue;
      notes.push_back({i, lines[i].begin + n->first, n->second, id});
      ++next;
    }
    // Every note needs its marker on the page, in order.
    std::vector<std::size_t> at(notes.size());
    std::size_t limit = lines[a].begin;
    bool all = true;
    for (std::size_t k = notes.size(); k-- > 0;) {
      at[k] = find_marker(text, page_begin, limit, notes[k].id);
      if (at[k] == std::string_view::npos) {
        all = false;
        break;
      }
      limit = at[k];
    }
    if (!all) continue;
    if (continued > a_start) {
      const auto v = view(a_start);
      const std::size_t lead_spaces = v.find_first_not_of(" \t");
      definitions[lines[a_start].begin + lead_spaces] = std::string(1, kFootnoteContinuation) + std::to_string(last_id);
    }
    for (std::size_t k = 0; k < notes.size(); ++k) {
      markers[at[k]] = TextMarker{notes[k].id.size(), notes[k].id};
      std::memset(text.data() + notes[k].offset, kDefinitionFiller, notes[k].length);
      definitions[notes[k].offset] = notes[k].id;
    }
    found.notes += notes.size();
    found.markers += notes.size();
    last_id = next - 1;
    open = how_open(b);
  }
  return found;
}

}  // namespace vanban::md
