#include "analysis/outline.hpp"

#include <optional>

#include "analysis/labels.hpp"

namespace vanban {

using analysis::Label;

struct OutlinePass::Impl {
  explicit Impl(const text::TextKit& kit) : labels(kit) {}
  analysis::LabelMatcher labels;
};

OutlinePass::OutlinePass(const text::TextKit& kit) : impl_(std::make_unique<Impl>(kit)) {}
OutlinePass::~OutlinePass() = default;
OutlinePass::OutlinePass(OutlinePass&&) noexcept = default;

namespace {

constexpr int kLetteredRank = 20;

int rank_of(const Label& l) {
  switch (l.kind) {
    case SectionKind::Part: return l.letter_part ? 4 : 0;  // "A." parts hold Roman parts
    case SectionKind::Chapter: return 1;
    case SectionKind::Division: return 2;
    case SectionKind::Article: return 3;
    case SectionKind::Roman: return 5;
    case SectionKind::Numbered: return 6;
    case SectionKind::Dotted: return 6 + static_cast<int>(l.numbers.size()) - 1;
    case SectionKind::Lettered: return kLetteredRank;
    case SectionKind::Heading: return kLetteredRank + 1;
  }
  return kLetteredRank;
}

const char* word_of(SectionKind k) {
  switch (k) {
    case SectionKind::Part: return "Phần";
    case SectionKind::Chapter: return "Chương";
    case SectionKind::Division: return "Mục";
    case SectionKind::Article: return "Điều";
    default: return nullptr;
  }
}

struct Node {
  Section section;
  int parent = -1;
  int rank = 0;
  std::vector<int> numbers;  // Arabic components of Numbered/Dotted labels, for dotted keys
  std::vector<int> children;
};

bool is_arabic(SectionKind k) { return k == SectionKind::Numbered || k == SectionKind::Dotted; }

Section build(std::vector<Node>& nodes, int i, int level) {
  Section s = std::move(nodes[i].section);
  s.level = level;
  for (int c : nodes[i].children) s.children.push_back(build(nodes, c, level + 1));
  return s;
}

}  // namespace

void OutlinePass::run(Document& doc) const {
  doc.sections.clear();
  BlockRange body = doc.body;
  if (body.end == 0 && doc.front.end == 0 && doc.closing.end == 0) body = BlockRange{0, doc.blocks.size()};
  outline(doc, body);
  // A regulation attached after the closing: its Chương/Điều come after the body's own sections.
  if (!doc.attached.empty()) outline(doc, doc.attached);
}

void OutlinePass::outline(Document& doc, BlockRange body) const {
  body.end = std::min(body.end, doc.blocks.size());
  if (body.empty()) return;

  // Labels of every paragraph of the body, quoted provisions excluded.
  std::vector<std::optional<Label>> labels(body.end - body.begin);
  bool normative = false;
  {
    int quote_depth = 0;
    int last_article = 0;
    std::string last_letter;  // key of the last lettered point, for "b." after "a."
    std::string last_part_letter;  // key of the last "A." part, for "B." after "A."
    for (std::size_t b = body.begin; b < body.end; ++b) {
      const auto* p = std::get_if<Paragraph>(&doc.blocks[b]);
      if (!p) continue;  // lines within tables are not outline
      const std::string& text = p->text;
      if (quote_depth > 0) {
        // Inside a quoted provision; a next article in sequence ends a quotation left open by mistake.
        auto l = impl_->labels.match(text);
        if (l && l->kind == SectionKind::Article && !l->numbers.empty() && l->numbers[0] == last_article + 1) {
          quote_depth = 0;
        } else {
          quote_depth = std::max(0, quote_depth + analysis::quote_balance(text));
          continue;
        }
      }
      if (analysis::opens_with_quote(text)) {
        quote_depth = std::max(0, analysis::quote_balance(text));
        continue;
      }
      auto l = impl_->labels.match(text, p->style.bold || p->style.heading_level > 0);
      if (!l) continue;
      // A heading and its first sentence in one paragraph (DOCX w:br): the title is the heading
      // line. A heading merely wrapped by a break keeps both lines.
      if (const auto nl = text.find('\n'); nl != std::string::npos && !p->style.hard_wrapped) {
        const std::string after = analysis::collapse_spaces(std::string_view(text).substr(nl + 1));
        auto first = impl_->labels.match(std::string_view(text).substr(0, nl));
        const bool body_follows =
            first && !first->rest.empty() &&
            ((analysis::is_caps_text(first->rest) && !analysis::is_caps_text(after)) ||
             (!after.empty() && (after.back() == '.' || after.back() == ';') && analysis::word_count(after) > 12));
        if (body_follows) l = std::move(first);
      }
      if (l->kind == SectionKind::Lettered) {
        // "b." is a point only after "a." / "a)": otherwise an abbreviation or an initial.
        if (l->loose_letter && l->key != "a" && !analysis::follows_point_letter(last_letter, l->key)) continue;
        last_letter = l->key;
      }
      if (l->letter_part) {
        // "B." is a part only after "A.": otherwise an initial or a list of options.
        const bool in_sequence = l->key == "A" || (last_part_letter.size() == 1 && l->key.size() == 1 &&
                                                   l->key[0] == last_part_letter[0] + 1);
        if (!in_sequence) continue;
        last_part_letter = l->key;
      }
      if (l->kind == SectionKind::Article) {
        normative = true;
        if (!l->numbers.empty()) last_article = l->numbers[0];
      }
      labels[b - body.begin] = std::move(l);
    }
  }

  std::vector<Node> nodes;
  std::vector<int> roots;
  std::vector<int> stack;
  std::size_t skip_until = 0;  // a title paragraph taken by the heading above it
  for (std::size_t b = body.begin; b < body.end; ++b) {
    if (b < skip_until) continue;
    auto& slot = labels[b - body.begin];
    if (!slot) continue;
    Label& l = *slot;
    if (l.kind == SectionKind::Division && !normative) continue;  // "Mục 1" outside a normative text
    const auto& para = std::get<Paragraph>(doc.blocks[b]);
    Node node;
    node.rank = rank_of(l);
    node.numbers = l.numbers;
    Section& s = node.section;
    s.kind = l.kind;
    s.label = l.text;
    s.key = l.key;
    s.heading_block = b;
    s.location = para.location;
    std::size_t content_begin = b + 1;
    std::string rest = l.rest;
    if (rest.empty() && l.kind != SectionKind::Lettered && l.kind != SectionKind::Numbered) {
      // "Chương I" alone: its title is the next paragraph.
      for (std::size_t nb = b + 1; nb < body.end; ++nb) {
        const auto* np = std::get_if<Paragraph>(&doc.blocks[nb]);
        if (!np) break;
        const std::string t = analysis::clean_line(np->text);
        if (t.empty()) continue;
        if (labels[nb - body.begin] || analysis::word_count(t) > 40) break;
        rest = t;
        content_begin = nb + 1;
        skip_until = nb + 1;
        break;
      }
    }
    const bool heading_style = para.style.bold || para.style.heading_level > 0;
    s.title = analysis::section_title(rest, heading_style);

    // Parent: pop levels of the same or lower rank.
    while (!stack.empty() && nodes[stack.back()].rank >= node.rank) stack.pop_back();
    if (l.kind == SectionKind::Dotted) {
      // "3.1." belongs under "3.", not under a "2." that happens to be open.
      while (!stack.empty() && is_arabic(nodes[stack.back()].section.kind)) {
        const auto& pn = nodes[stack.back()].numbers;
        if (pn.size() < node.numbers.size() && std::equal(pn.begin(), pn.end(), node.numbers.begin())) break;
        stack.pop_back();
      }
      if (!stack.empty() && is_arabic(nodes[stack.back()].section.kind)) {
        const auto& pn = nodes[stack.back()].numbers;
        std::string key;
        for (std::size_t k = pn.size(); k < node.numbers.size(); ++k) {
          if (!key.empty()) key += ".";
          key += std::to_string(node.numbers[k]);
        }
        s.key = key;
      }
    }
    const int parent = stack.empty() ? -1 : stack.back();
    const char* word = l.letter_part ? nullptr : word_of(l.kind);  // "A." has no "Phần" written
    const std::string segment = word ? std::string(word) + " " + s.key : s.key;
    s.path = parent < 0 ? segment : nodes[parent].section.path + "." + segment;
    s.blocks = BlockRange{content_begin, content_begin};
    node.parent = parent;
    const int index = static_cast<int>(nodes.size());
    nodes.push_back(std::move(node));
    if (parent < 0) {
      roots.push_back(index);
    } else {
      nodes[parent].children.push_back(index);
    }
    stack.push_back(index);
  }
  // Own content: up to the next heading in reading order (children come after their parent's content).
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const std::size_t end = i + 1 < nodes.size() ? nodes[i + 1].section.heading_block : body.end;
    auto& r = nodes[i].section.blocks;
    r.end = std::max(r.begin, end);
  }
  for (int r : roots) doc.sections.push_back(build(nodes, r, 1));
}

}  // namespace vanban
