#include "analysis/front_matter.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "analysis/doc_types.hpp"
#include "analysis/front_matter_text.hpp"
#include "analysis/header_patterns.hpp"
#include "analysis/recipients_parser.hpp"
#include "analysis/signature_parser.hpp"

namespace vanban {

using analysis::HeaderLineKind;
using analysis::Line;
using analysis::Regex;

struct FrontMatterPass::Impl {
  explicit Impl(const text::TextKit& kit)
      : signature(kit),
        noi_nhan("^noi nhan\\s*:?\\s*"),
        appendix("^phu luc\\b"),
        stop_words("^(?:can cu|thuc hien|theo đe nghi|xet đe nghi|xet|kinh gui|trien khai)\\b"),
        label("^(?:[ivxlc]+|[0-9]{1,3}|[0-9]{1,2}(?:\\.[0-9]{1,2})+)\\s*[.\\-)]\\s+\\S|^đieu\\s+[0-9]+|^chuong\\s+[ivxlc0-9]+|^phan\\s+(?:thu|[ivxlc0-9]+)"),
        preamble_start("^(?:can cu|theo đe nghi|xet đe nghi|theo yeu cau|xet to trinh|xet bao cao)\\b"),
        enacting_colon("^[^\\s:]+(?:\\s+[^\\s:]+){0,2}\\s*:\\s*$"),
        enacting_issue("\\bban hanh\\s+(?:nghi đinh|thong tu|quyet đinh|nghi quyet|luat|phap lenh|chi thi|quy đinh|quy che)\\b"),
        inference(
            "(?:^|[\\s.;,(])((?:ubnd|uy ban nhan dan|hđnd|hoi đong nhan dan|đang uy|ban thuong vu|ban chap hanh|chi bo|"
            "so|phong|ban|truong|cong an|van phong|trung tam|cuc|chi cuc|bo)(?:\\s+[^\\s.,;:]+){1,7}?)\\s+"
            "(?:xay dung|ban hanh|lap|trien khai)\\s+(?:ke hoach|quyet đinh|bao cao|chuong trinh|huong dan|phuong an|"
            "đe an|thong bao|cong van|van ban|quy che|quy đinh)\\b") {}

  analysis::HeaderPatterns header;
  analysis::DocTypeTable types;
  analysis::SignatureParser signature;
  Regex noi_nhan, appendix, stop_words, label, preamble_start, enacting_colon, enacting_issue, inference;
};

FrontMatterPass::FrontMatterPass(const text::TextKit& kit) : kit_(kit), impl_(std::make_unique<Impl>(kit)) {}
FrontMatterPass::~FrontMatterPass() = default;
FrontMatterPass::FrontMatterPass(FrontMatterPass&&) noexcept = default;

namespace {

constexpr std::size_t kHeaderWindow = 80;  // lines searched for the header and type line

bool ends_sentence(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

bool style_marked(const Paragraph* p) {
  return p && (p->style.bold || p->style.centered || p->style.heading_level > 0 || p->style.caps);
}

/// State shared by the steps of one run.
struct Work {
  Document& doc;
  std::vector<Line> lines;
  std::vector<text::MatchText> folded;
  std::size_t front_end_block = 0;  // one past the last block of the front matter
  bool has_type_line = false;
  bool has_subject_line = false;    // a "V/v" line
  std::string symbol_code;
};

}  // namespace

void FrontMatterPass::run(Document& doc) const {
  const Impl& im = *impl_;
  const std::size_t n = doc.blocks.size();
  doc.front = doc.preamble = doc.body = doc.closing = doc.appendices = BlockRange{};
  if (n == 0) return;

  Work w{doc, analysis::lines_of(doc.blocks, BlockRange{0, n}, true), {}, 0, false, false, {}};
  w.folded.reserve(w.lines.size());
  for (const auto& l : w.lines) w.folded.push_back(kit_.folder.prepare(l.text));
  Metadata& md = doc.metadata;

  auto kind_of = [&](std::size_t i) { return im.header.classify(w.folded[i]); };
  auto folded_utf8 = [&](std::size_t i) {
    std::string s;
    w.folded[i].folded.toUTF8String(s);
    return analysis::collapse_spaces(s);
  };
  std::size_t last_front_line = std::string::npos;
  auto mark_front = [&](std::size_t i) {
    if (last_front_line == std::string::npos || i > last_front_line) last_front_line = i;
  };

  // ---- 1. The type line: a line that is exactly a type name ("KẾ HOẠCH"), before the body starts.
  const std::size_t window = std::min(w.lines.size(), kHeaderWindow);
  std::optional<std::size_t> type_line;
  std::size_t header_end = window;
  for (std::size_t i = 0; i < window; ++i) {
    const auto& f = w.folded[i].folded;
    if (im.stop_words.starts(f) || (im.label.starts(f) && !w.lines[i].in_table)) {
      header_end = i;
      break;
    }
    const std::string& text = w.lines[i].text;
    const bool exact = im.types.by_folded_name(folded_utf8(i)) && analysis::word_count(text) <= 6;
    // "BÁO CÁO TÓM TẮT", "CHƯƠNG TRÌNH HÀNH ĐỘNG": a type name and a few more capitals.
    const bool extended = !exact && analysis::is_caps_text(text) && text.find(':') == std::string::npos &&
                          analysis::word_count(text) <= 6 && im.types.by_folded_prefix(folded_utf8(i)) &&
                          !w.lines[i].in_table;
    if (exact || extended) {
      type_line = i;
      header_end = i;
      break;
    }
  }
  if (!type_line) {
    // Without a type line the header ends at the first body-like line.
    for (std::size_t i = 0; i < header_end; ++i) {
      const auto k = kind_of(i);
      if (k == HeaderLineKind::Other && !w.lines[i].in_table && !analysis::is_caps_text(w.lines[i].text) &&
          analysis::word_count(w.lines[i].text) > 12) {
        header_end = i;
        break;
      }
    }
  }

  // ---- 2. Header lines before the type line.
  std::vector<std::size_t> issuer_lines;
  bool issuer_run_closed = false;
  std::optional<std::size_t> subject_first;
  std::string subject;
  std::optional<std::size_t> addressee_line;
  for (std::size_t i = 0; i < header_end; ++i) {
    const auto k = kind_of(i);
    const Line& l = w.lines[i];
    switch (k) {
      case HeaderLineKind::Number:
        if (!md.symbol) {
          if (auto ns = im.header.number_symbol(w.folded[i])) {
            md.number = ns->number;
            md.symbol = ns->symbol;
            md.number_symbol = ns->number_symbol;
            if (!ns->number) md.draft = true;
            w.symbol_code = analysis::symbol_type_code(ns->symbol);
          }
        }
        mark_front(i);
        break;
      case HeaderLineKind::PlaceDate:
        if (!md.issue_date) {
          if (auto pd = im.header.place_date(w.folded[i])) {
            md.place = pd->place;
            if (pd->date.year != 0) md.issue_date = pd->date;
            if (pd->blank) md.draft = true;
          }
        }
        mark_front(i);
        break;
      case HeaderLineKind::Draft: md.draft = true; mark_front(i); break;
      case HeaderLineKind::Secrecy: md.secrecy = analysis::sentence_case(l.text); mark_front(i); break;
      case HeaderLineKind::Urgency: md.urgency = analysis::sentence_case(l.text); mark_front(i); break;
      case HeaderLineKind::Subject: {
        if (subject_first) break;
        subject_first = i;
        w.has_subject_line = true;
        subject = l.text;
        mark_front(i);
        // Wrapped subject lines: same cell of a layout table, or plain lines that continue it.
        for (std::size_t j = i + 1; j < header_end; ++j) {
          const Line& c = w.lines[j];
          if (kind_of(j) != HeaderLineKind::Other || analysis::is_caps_text(c.text)) break;
          const bool same_cell = l.in_table && c.in_table && c.block == l.block && c.cell == l.cell;
          const bool plain_wrap = !l.in_table && !c.in_table && !ends_sentence(subject) && analysis::word_count(c.text) <= 25;
          if (!same_cell && !plain_wrap) break;
          subject += " " + c.text;
          mark_front(j);
          i = j;
        }
        break;
      }
      case HeaderLineKind::Addressee:
        if (!addressee_line) addressee_line = i;
        break;
      case HeaderLineKind::Other:
        if (analysis::is_caps_text(l.text) && analysis::word_count(l.text) <= 25 && !issuer_run_closed &&
            !md.symbol) {
          issuer_lines.push_back(i);
          mark_front(i);
        } else if (!issuer_lines.empty()) {
          issuer_run_closed = true;
        }
        break;
      case HeaderLineKind::Separator:
        if (!issuer_lines.empty()) issuer_run_closed = true;
        mark_front(i);
        break;
      case HeaderLineKind::National:  // may be interleaved with the issuer lines (PDF columns)
      case HeaderLineKind::Motto:
      case HeaderLineKind::Party:
        mark_front(i);
        break;
      case HeaderLineKind::Noise:
        break;
    }
  }
  // Issuer and parent issuer: the run of body lines split where a new body name starts.
  if (!issuer_lines.empty()) {
    std::vector<std::string> groups;
    const Paragraph* prev_para = nullptr;
    for (std::size_t idx : issuer_lines) {
      const Line& l = w.lines[idx];
      const bool continues = !groups.empty() &&
                             (groups.back().back() == ',' || groups.back().back() == '-' ||
                              (!im.header.starts_body_name(w.folded[idx]) &&
                               !(prev_para && l.paragraph && prev_para->style.bold != l.paragraph->style.bold)));
      auto parts = im.header.split_joined_bodies(l.text);
      if (continues) {
        groups.back() += " " + parts.front();
      } else {
        groups.push_back(parts.front());
      }
      for (std::size_t k = 1; k < parts.size(); ++k) groups.push_back(parts[k]);
      prev_para = l.paragraph;
    }
    md.issuer = analysis::collapse_spaces(groups.back());
    if (groups.size() >= 2) md.parent_issuer = analysis::collapse_spaces(groups[groups.size() - 2]);
  }

  // ---- 3. Type line and subject after it.
  if (type_line) {
    const std::size_t t = *type_line;
    const auto* type = im.types.by_folded_name(folded_utf8(t));
    if (!type) type = im.types.by_folded_prefix(folded_utf8(t));
    md.doc_type = type->name;
    md.doc_type_code = im.types.code_for(*type, w.symbol_code);
    if (const auto* by_symbol = im.types.by_code(w.symbol_code); by_symbol && by_symbol != type &&
        !(type->folded == "cong van")) {
      const bool shared_code = std::find(type->codes.begin(), type->codes.end(), w.symbol_code) != type->codes.end();
      if (!shared_code)
        doc.diagnostics.warning("front.type-symbol-mismatch",
                                "the type line says '" + type->name + "' but the symbol '" + md.symbol.value_or("") +
                                    "' carries the code of '" + by_symbol->name + "'",
                                w.lines[t].paragraph ? w.lines[t].paragraph->location : SourceLocation{});
    }
    w.has_type_line = true;
    mark_front(t);
    const Paragraph* first_style = nullptr;
    std::size_t taken = 0;
    for (std::size_t j = t + 1; j < w.lines.size() && taken < 8; ++j) {
      const Line& c = w.lines[j];
      const auto k = kind_of(j);
      if (k == HeaderLineKind::Noise) continue;
      if (k == HeaderLineKind::Separator) {
        if (taken > 0) { mark_front(j); break; }
        continue;
      }
      if (k != HeaderLineKind::Other && k != HeaderLineKind::Subject) break;
      const auto& f = w.folded[j].folded;
      if (im.label.starts(f) || im.preamble_start.starts(f)) break;
      // The subject may open with "Thực hiện …", "Triển khai …"; a body paragraph is longer.
      if (im.stop_words.starts(f) && (taken > 0 || analysis::word_count(c.text) > 30)) break;
      if (taken == 0) {
        if (analysis::word_count(c.text) > 60) break;
        first_style = c.paragraph;
        subject = c.text;
      } else {
        const Line& prev = w.lines[j - 1];
        const bool same_paragraph = c.paragraph == prev.paragraph;
        if (!same_paragraph) {
          if (analysis::is_caps_text(c.text) && !analysis::is_caps_text(subject)) break;  // "CHỦ TỊCH UBND TỈNH X"
          if (c.in_table != prev.in_table) break;
          if (style_marked(first_style)) {
            if (!style_marked(c.paragraph) || analysis::word_count(c.text) > 40) break;
            if (first_style->style.heading_level != c.paragraph->style.heading_level) break;
          } else if (ends_sentence(subject) || analysis::word_count(c.text) > 25) {
            break;
          }
        }
        subject += " " + c.text;
      }
      ++taken;
      mark_front(j);
    }
  } else if (w.has_subject_line || addressee_line) {
    const auto* cv = im.types.by_folded_name("cong van");
    md.doc_type = cv->name;
    md.doc_type_code = im.types.code_for(*cv, w.symbol_code);
  } else if (const auto* by_symbol = im.types.by_code(w.symbol_code)) {
    md.doc_type = by_symbol->name;  // no type line was found; the symbol names the type
    md.doc_type_code = w.symbol_code;
  }
  if (!subject.empty()) {
    auto m = kit_.folder.prepare(analysis::collapse_spaces(subject));
    int32_t start = im.header.subject_start(m).value_or(0);
    std::string title = analysis::strip_trailing(m.utf8(start, m.length()), ":");
    if (!title.empty()) md.title = analysis::capitalize_first(title);
  }

  // ---- 4. Kính gửi: just after the subject (or found in the header).
  if (!addressee_line && last_front_line != std::string::npos) {
    for (std::size_t j = last_front_line + 1; j < w.lines.size() && j <= last_front_line + 4; ++j) {
      if (kind_of(j) == HeaderLineKind::Addressee) { addressee_line = j; break; }
    }
  }
  if (addressee_line) {
    const std::size_t a = *addressee_line;
    const int32_t start = im.header.addressee_start(w.folded[a]).value_or(0);
    std::string first = w.folded[a].utf8(start, w.folded[a].length());
    if (auto c = analysis::clean_list_item(first); !c.empty()) md.addressees.push_back(c);
    mark_front(a);
    for (std::size_t j = a + 1; j < w.lines.size(); ++j) {
      const Line& c = w.lines[j];
      const bool same_para = c.paragraph == w.lines[a].paragraph;
      if (!analysis::starts_with_bullet(c.text) && !same_para) break;
      if (analysis::word_count(c.text) > 30) break;
      if (auto item = analysis::clean_list_item(c.text); !item.empty()) md.addressees.push_back(item);
      mark_front(j);
    }
    if (!w.has_type_line && !md.doc_type) {
      const auto* cv = im.types.by_folded_name("cong van");
      md.doc_type = cv->name;
      md.doc_type_code = im.types.code_for(*cv, w.symbol_code);
    }
  }
  w.front_end_block = last_front_line == std::string::npos ? 0 : w.lines[last_front_line].block + 1;
  std::size_t first_body_line = last_front_line == std::string::npos ? 0 : last_front_line + 1;
  while (first_body_line < w.lines.size() && w.lines[first_body_line].block < w.front_end_block) ++first_body_line;

  // ---- 5. Closing: from the first "Nơi nhận" or authority line; appendices after it.
  std::optional<std::size_t> anchor;
  for (std::size_t i = first_body_line; i < w.lines.size(); ++i) {
    const auto& f = w.folded[i].folded;
    if (im.noi_nhan.starts(f) ||
        (im.signature.is_authority(w.lines[i].text) && analysis::word_count(w.lines[i].text) <= 14)) {
      anchor = i;
      break;
    }
  }
  auto is_appendix_line = [&](std::size_t i) {
    if (!im.appendix.starts(w.folded[i].folded)) return false;
    const Line& l = w.lines[i];
    return analysis::is_caps_text(l.text) || analysis::word_count(l.text) <= 5;
  };
  std::optional<std::size_t> appendix_line;
  const std::size_t appendix_search_from = anchor ? *anchor + 1 : first_body_line + (w.lines.size() - first_body_line) / 2;
  for (std::size_t i = appendix_search_from; i < w.lines.size(); ++i) {
    if (is_appendix_line(i)) { appendix_line = i; break; }
  }
  const std::size_t closing_limit = appendix_line ? *appendix_line : w.lines.size();
  auto person_name_with_post_above = [&](std::size_t i) -> std::optional<std::size_t> {
    if (!im.signature.is_person_name(w.lines[i].text, false)) return std::nullopt;
    for (std::size_t k = i; k-- > first_body_line && k + 4 >= i;) {
      const std::string& t = w.lines[k].text;
      if (analysis::is_caps_text(t) && analysis::word_count(t) <= 14) return k;
      if (t.front() != '(' && t.front() != '[') return std::nullopt;
    }
    return std::nullopt;
  };
  std::optional<std::size_t> closing_line = anchor;
  if (!anchor) {
    // No Nơi nhận and no authority line: a name under a post line near the end.
    std::size_t looked = 0;
    for (std::size_t i = closing_limit; i-- > first_body_line && looked < 8; ++looked) {
      if (auto post = person_name_with_post_above(i)) { closing_line = *post; break; }
    }
  } else if (!w.lines[*anchor].in_table) {
    // A signature typed before "Nơi nhận" (Markdown from PDF) belongs to the closing too.
    for (std::size_t i = *anchor; i-- > first_body_line && i + 4 >= *anchor;) {
      if (w.lines[i].in_table) break;
      if (auto post = person_name_with_post_above(i)) {
        std::size_t start = *post;
        while (start > first_body_line && im.signature.is_authority(w.lines[start - 1].text)) --start;
        closing_line = start;
        break;
      }
    }
  }
  if (closing_line) {
    const std::size_t begin_block = w.lines[*closing_line].block;
    const std::size_t end_block = appendix_line ? w.lines[*appendix_line].block : n;
    doc.closing = BlockRange{begin_block, std::max(begin_block, end_block)};
    std::vector<Line> signature_lines;
    std::vector<std::size_t> recipient_lines;
    std::vector<std::pair<std::size_t, std::string>> spill;
    for (std::size_t i = *closing_line; i < closing_limit; ++i) {
      const auto& f = w.folded[i].folded;
      if (recipient_lines.empty() && md.recipients.empty() && im.noi_nhan.starts(f)) {
        auto m = im.noi_nhan.matcher(f);
        UErrorCode st = U_ZERO_ERROR;
        m->lookingAt(st);
        const std::string rest = w.folded[i].utf8(m->end(st), w.folded[i].length());
        recipient_lines.push_back(i);
        md.recipients = analysis::read_recipient_items(w.lines, i, rest, closing_limit, recipient_lines, spill);
        continue;
      }
      if (std::find(recipient_lines.begin(), recipient_lines.end(), i) != recipient_lines.end()) continue;
      if (analysis::word_count(w.lines[i].text) <= 14) signature_lines.push_back(w.lines[i]);
    }
    // Signature pieces cut off joined closing columns go back in reading order.
    for (const auto& [index, text] : spill) {
      Line piece = w.lines[index];
      piece.text = text;
      auto at = std::find_if(signature_lines.begin(), signature_lines.end(), [&](const Line& s) {
        return s.block > piece.block;
      });
      signature_lines.insert(at, std::move(piece));
    }
    md.signer = im.signature.parse(signature_lines);
  }
  if (appendix_line) doc.appendices = BlockRange{w.lines[*appendix_line].block, n};
  const std::size_t body_end = closing_line ? doc.closing.begin : (appendix_line ? doc.appendices.begin : n);

  // ---- 6. Preamble: "Căn cứ …;" lines, "Theo đề nghị …;", the enacting line.
  doc.front = BlockRange{0, std::min(w.front_end_block, body_end)};
  std::size_t body_begin = doc.front.end;
  {
    bool in_preamble = false;
    std::size_t last = 0;
    std::string prev_text;
    for (std::size_t b = doc.front.end; b < body_end; ++b) {
      const auto* p = std::get_if<Paragraph>(&doc.blocks[b]);
      if (!p) break;
      const std::string text = analysis::clean_line(p->text);
      if (text.empty()) continue;
      const auto m = kit_.folder.prepare(analysis::collapse_spaces(text));
      const bool starts = im.preamble_start.starts(m.folded);
      const bool enacting = (im.enacting_colon.whole(m.folded) && analysis::is_caps_text(text)) ||
                            (im.enacting_issue.find(m.folded) && (in_preamble || b == doc.front.end) &&
                             ends_sentence(text) && analysis::word_count(text) <= 80);
      if (enacting && (in_preamble || b == doc.front.end || analysis::is_caps_text(text))) {
        last = b;
        in_preamble = true;
        break;
      }
      if (starts) {
        in_preamble = true;
        last = b;
      } else if (!in_preamble && analysis::is_caps_text(text) && analysis::word_count(text) <= 20) {
        // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" above the căn cứ of a decision.
        std::size_t nb = b + 1;
        while (nb < body_end && std::holds_alternative<Paragraph>(doc.blocks[nb]) &&
               analysis::clean_line(std::get<Paragraph>(doc.blocks[nb]).text).empty())
          ++nb;
        if (nb < body_end && std::holds_alternative<Paragraph>(doc.blocks[nb]) &&
            im.preamble_start.starts(kit_.folder.prepare(analysis::clean_line(std::get<Paragraph>(doc.blocks[nb]).text)).folded)) {
          in_preamble = true;
          last = b;
        } else {
          break;
        }
      } else if (in_preamble && !ends_sentence(prev_text) && !im.label.starts(m.folded)) {
        last = b;  // a căn cứ wrapped onto the next paragraph
      } else {
        break;
      }
      prev_text = text;
    }
    if (in_preamble) {
      doc.preamble = BlockRange{doc.front.end, last + 1};
      body_begin = last + 1;
    }
  }
  doc.body = BlockRange{body_begin, std::max(body_begin, body_end)};

  // ---- 7. Issuer from the body when the header was lost ("UBND xã X xây dựng kế hoạch …").
  if (!md.issuer) {
    std::size_t seen = 0;
    for (std::size_t b = doc.front.begin; b < doc.body.end && seen < 12; ++b) {
      const auto* p = std::get_if<Paragraph>(&doc.blocks[b]);
      if (!p || p->text.empty()) continue;
      ++seen;
      const auto m = kit_.folder.prepare(p->text);
      auto matcher = im.inference.matcher(m.folded);
      UErrorCode st = U_ZERO_ERROR;
      for (int64_t from = 0; from < m.length() && matcher->find(from, st) && U_SUCCESS(st);) {
        const int32_t start = matcher->start(1, st);
        if (!u_isupper(m.original.char32At(start))) {  // a body's name is capitalised ("số …" is not one)
          from = matcher->start(st) + 1;
          continue;
        }
        md.issuer = analysis::collapse_spaces(m.utf8(start, matcher->end(1, st)));
        md.inferred.push_back("issuer");
        break;
      }
      if (md.issuer) break;
    }
  }
  if (!md.signer.name && closing_line)
    doc.diagnostics.info("front.no-signer-name", "a closing was found but no signer's name under the position line",
                         w.lines[*closing_line].paragraph ? w.lines[*closing_line].paragraph->location : SourceLocation{});
}

}  // namespace vanban
