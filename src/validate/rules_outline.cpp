// Normative texts are left out for now: amendments quote the amended text with its own numbering.
// The outline's labels: gaps and repeats in a sequence (I, II, IV; 1, 2, 2; a, b, d — đ follows d), a level
// skipped (a) directly under I.), and one level mixing label styles. Sequences run among siblings; Điều run
// through the whole document (a regulation attached after the closing starts again at Điều 1).
#include <algorithm>

#include "validate/context.hpp"

namespace vanban::validate {
namespace {

constexpr std::string_view kVietnameseLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                   "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};

int roman_value(std::string_view s) {
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'I': case 'i': v = 1; break;
      case 'V': case 'v': v = 5; break;
      case 'X': case 'x': v = 10; break;
      case 'L': case 'l': v = 50; break;
      case 'C': case 'c': v = 100; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

int number_value(std::string_view s) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string_view::npos || s.size() > 6) return 0;
  return std::stoi(std::string(s));
}

/// The ordinal of a section's key in its sequence; 0 when it has none. `latin`: the letters run a b c d e f …
int ordinal(const Section& s, bool latin) {
  switch (s.kind) {
    case SectionKind::Roman:
    case SectionKind::Chapter: {
      const int n = number_value(s.key);
      return n ? n : roman_value(s.key);
    }
    case SectionKind::Numbered:
    case SectionKind::Division:
    case SectionKind::Article: return number_value(s.key);
    case SectionKind::Dotted: {
      const auto dot = s.key.rfind('.');
      return number_value(dot == std::string::npos ? std::string_view(s.key) : std::string_view(s.key).substr(dot + 1));
    }
    case SectionKind::Lettered: {
      if (latin) return s.key.size() == 1 && s.key[0] >= 'a' && s.key[0] <= 'z' ? s.key[0] - 'a' + 1 : 0;
      const auto it = std::find(std::begin(kVietnameseLetters), std::end(kVietnameseLetters), s.key);
      return it == std::end(kVietnameseLetters) ? 0 : static_cast<int>(it - std::begin(kVietnameseLetters)) + 1;
    }
    default: return 0;
  }
}

std::string_view kind_name(SectionKind k) {
  switch (k) {
    case SectionKind::Roman: return "Roman numeral (I.)";
    case SectionKind::Numbered: return "number (1.)";
    case SectionKind::Dotted: return "dotted number (1.1.)";
    case SectionKind::Lettered: return "letter (a))";
    case SectionKind::Article: return "Điều";
    case SectionKind::Chapter: return "Chương";
    default: return "label";
  }
}

/// The heading paragraph of a section, for its excerpt and columns.
void report_section(Context& ctx, std::string_view code, std::string message, const Section& s) {
  if (s.heading_block < ctx.doc.blocks.size()) {
    if (const auto* p = std::get_if<Paragraph>(&ctx.doc.blocks[s.heading_block])) {
      const auto at = p->text.find(s.label);
      ctx.report_at(code, std::move(message), *p, at == std::string::npos ? 0 : at);
      return;
    }
  }
  ctx.report(code, std::move(message), s.location, s.label + " " + s.title);
}

/// The label's closing mark: "I." -> '.', "I-" -> '-', "a)" -> ')'.
char closing_mark(const Section& s) { return s.label.empty() ? 0 : s.label.back(); }

/// The kinds whose mixing at one level is a defect. Dotted labels stay out: "1.1." items next to "2." are
/// how an outline reads when the "1." line itself is a plain paragraph.
bool administrative(SectionKind k) {
  return k == SectionKind::Roman || k == SectionKind::Numbered || k == SectionKind::Lettered;
}

void check_sequence(Context& ctx, const std::vector<const Section*>& seq) {
  const bool latin = std::any_of(seq.begin(), seq.end(), [](const Section* s) {
    return s->kind == SectionKind::Lettered && (s->key == "f" || s->key == "j" || s->key == "w" || s->key == "z");
  });
  int prev = 0;
  for (const Section* s : seq) {
    const int v = ordinal(*s, latin);
    if (v == 0) continue;
    // A sequence may start again at its first label (a regulation attached after the closing), but "1, 1" repeats.
    if (prev != 0 && (v != 1 || prev == 1)) {
      if (v == prev) {
        report_section(ctx, "VB402", "the label \"" + s->label + "\" repeats the one before it", *s);
      } else if (v < prev) {
        report_section(ctx, "VB402", "the label \"" + s->label + "\" comes after a later one (out of order)", *s);
      } else if (v > prev + 1) {
        std::string hint;
        if (s->kind == SectionKind::Lettered && !latin && s->key == "e" && prev == 4) hint = " (đ follows d)";
        report_section(ctx, "VB401", "the label \"" + s->label + "\" skips a label after the previous one" + hint, *s);
      }
    }
    prev = v;
  }
}

bool in_range(std::size_t i, BlockRange r) { return i >= r.begin && i < r.end; }

/// Appendix tables and lists (Phụ lục) number on their own; a regulation attached after the closing does not.
bool in_plain_appendix(const Context& ctx, const Section& s) {
  return s.heading_block != kNoBlock && in_range(s.heading_block, ctx.doc.appendices) &&
         !in_range(s.heading_block, ctx.doc.attached);
}

void check_children(Context& ctx, const Section* parent, const std::vector<Section>& all_children) {
  std::vector<Section> kept;  // copies are cheap enough for an outline, and keep the checks below simple
  for (const auto& c : all_children) {
    if (!in_plain_appendix(ctx, c)) kept.push_back(c);
  }
  const std::vector<Section>& children = kept;
  // Sequences: siblings of one kind in order.
  for (SectionKind kind : {SectionKind::Roman, SectionKind::Numbered, SectionKind::Dotted, SectionKind::Lettered,
                           SectionKind::Chapter, SectionKind::Division}) {
    std::vector<const Section*> seq;
    for (const auto& c : children) {
      if (c.kind == kind) seq.push_back(&c);
    }
    check_sequence(ctx, seq);
  }
  // Mixed styles: the administrative kinds at one level, or one kind closed two ways ("I." and "II-").
  const Section* first = nullptr;
  for (const auto& c : children) {
    if (!administrative(c.kind)) continue;
    if (first == nullptr) {
      first = &c;
    } else if (c.kind != first->kind) {
      report_section(ctx, "VB404",
                     "the label \"" + c.label + "\" (" + std::string(kind_name(c.kind)) + ") stands at the level of \"" +
                         first->label + "\" (" + std::string(kind_name(first->kind)) + ")",
                     c);
      break;
    } else if (closing_mark(c) != closing_mark(*first) && c.kind != SectionKind::Lettered) {
      report_section(ctx, "VB404", "the label \"" + c.label + "\" is closed differently from \"" + first->label + "\"", c);
      break;
    }
  }
  for (const auto& c : children) {
    if (parent != nullptr && parent->kind == SectionKind::Roman &&
        (c.kind == SectionKind::Lettered || c.kind == SectionKind::Dotted)) {
      report_section(ctx, "VB403",
                     "the label \"" + c.label + "\" stands directly under \"" + parent->label + "\": the numbered level (1.) is skipped",
                     c);
    } else if (parent != nullptr && parent->kind == SectionKind::Numbered && c.kind == SectionKind::Dotted) {
      std::string_view label = c.label;  // "2.1." -> prefix "2"
      while (!label.empty() && (label.back() == '.' || label.back() == ' ')) label.remove_suffix(1);
      const auto dot = label.rfind('.');
      if (dot != std::string_view::npos && label.substr(0, dot) != parent->key) {
        report_section(ctx, "VB403", "the label \"" + c.label + "\" does not belong under \"" + parent->label + "\"", c);
      }
    }
    check_children(ctx, &c, c.children);
  }
}

void collect_articles(const std::vector<Section>& sections, std::vector<const Section*>& out) {
  for (const auto& s : sections) {
    if (s.kind == SectionKind::Article) out.push_back(&s);
    collect_articles(s.children, out);
  }
}

}  // namespace

void check_outline(Context& ctx) {
  check_children(ctx, nullptr, ctx.doc.sections);
  std::vector<const Section*> articles;
  collect_articles(ctx.doc.sections, articles);
  check_sequence(ctx, articles);
}

}  // namespace vanban::validate
