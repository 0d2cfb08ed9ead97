#include "analysis/front_matter.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "analysis/doc_types.hpp"
#include "analysis/front_matter_text.hpp"
#include "analysis/header_patterns.hpp"
#include "analysis/recipients_parser.hpp"
#include "analysis/signature_parser.hpp"
#include "text/vietnamese_case.hpp"

namespace vanban {

using analysis::HeaderLineKind;
using analysis::Line;
using analysis::Regex;

struct FrontMatterPass::Impl {
  explicit Impl(const text::TextKit& kit)
      : signature(kit),
        noi_nhan("^noi nhan\\s*(?::\\s*|$)"),
        appendix("^phu luc\\b"),
        normative_label("^(?:phan\\s+(?:thu|[ivxlc0-9]+)|chuong\\s+[ivxlc0-9]+|muc\\s+[ivxlc0-9]+|đieu\\s+[0-9]+)\\b"),
        stop_words("^(?:can cu|thuc hien|theo đe nghi|xet đe nghi|xet|kinh gui|trien khai)\\b"),
        label("^(?:[ivxlc]+|[0-9]{1,3}|[0-9]{1,2}(?:\\.[0-9]{1,2})+)\\s*[.\\-)]\\s+\\S|^đieu\\s+[0-9]+|^chuong\\s+[ivxlc0-9]+|^phan\\s+(?:thu|[ivxlc0-9]+)"),
        preamble_start("^(?:can cu|theo đe nghi|xet đe nghi|theo yeu cau|xet to trinh|xet bao cao)\\b"),
        enacting_colon("^[^\\s:]+(?:\\s+[^\\s:]+){0,2}\\s*:\\s*$"),
        telegram_line("^\\S.{2,160}\\sđien\\s*:\\s*$"),
        enacting_issue("\\bban hanh\\s+(?:nghi đinh|thong tu|quyet đinh|nghi quyet|luat|phap lenh|chi thi|quy đinh|quy che)\\b"),
        inference(
            "(?:^|[\\s.;,(])((?:ubnd|uy ban nhan dan|hđnd|hoi đong nhan dan|đang uy|ban thuong vu|ban chap hanh|chi bo|"
            "so|phong|ban|truong|cong an|van phong|trung tam|cuc|chi cuc|bo)(?:\\s+[^\\s.,;:]+){1,7}?)\\s+"
            // "… xã Tân Lập đã xây dựng kế hoạch": tense and manner words belong to the verb, not the name.
            "((?:(?:đa|đang|se|cung|vua|kip thoi|chu đong|tien hanh)\\s+)*)"
            "(?:xay dung|ban hanh|lap|trien khai)\\s+(?:ke hoach|quyet đinh|bao cao|chuong trinh|huong dan|phuong an|"
            "đe an|thong bao|cong van|van ban|quy che|quy đinh)\\b"),
        // "Năm 2023, …" opens a sentence about the past; a title's year is not followed by a comma.
        year_stated("(?<![\\p{L}\\d])nam\\s+(\\d{4})(?!\\d)(?!\\s*,)"),
        presenter_prefix("^(?:cua|đon vi\\s*:?)\\s+"),
        attached_caption("^[(\\[]\\s*(?:ban hanh\\s+)?kem theo\\b") {}

  analysis::HeaderPatterns header;
  analysis::DocTypeTable types;
  analysis::SignatureParser signature;
  Regex noi_nhan, appendix, normative_label, stop_words, label, preamble_start, enacting_colon, telegram_line,
      enacting_issue, inference;
  Regex year_stated;  // "… năm 2026" in a title
  Regex presenter_prefix;  // "Của …", "Đơn vị: …" before a paper's presenting body
  Regex attached_caption;  // "(Kèm theo Quyết định số …)" under an attached document's title
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

// A line cut in mid-clause: ends on a comma or a dash.
bool ends_open_clause(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return false;
  if (s.back() == ',' || s.back() == '-') return true;
  constexpr std::string_view en_dash = "\xE2\x80\x93";
  return s.size() >= en_dash.size() && s.substr(s.size() - en_dash.size()) == en_dash;
}

bool style_marked(const Paragraph* p) {
  return p && (p->style.bold || p->style.centered || p->style.heading_level > 0 || p->style.caps);
}

}  // namespace

/// One run of the pass over one document: the document's lines and what was found so far. The
/// steps are methods, called in order by FrontMatterPass::run.
class FrontMatterReader {
 public:
  FrontMatterReader(const FrontMatterPass::Impl& im, const text::Folder& folder, Document& doc)
      : im(im), folder(folder), doc(doc), md(doc.metadata),
        lines(analysis::lines_of(doc.blocks, BlockRange{0, doc.blocks.size()}, true)) {
    // Header lines whose columns were joined are cut back into their columns.
    std::vector<Line> split;
    split.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i >= kHeaderWindow) {
        split.push_back(std::move(lines[i]));
        continue;
      }
      const auto parts = im.header.split_joined_columns(folder.prepare(lines[i].text));
      for (const auto& part : parts) {
        Line piece = lines[i];
        piece.text = part;
        split.push_back(std::move(piece));
      }
    }
    lines = std::move(split);
    folded.reserve(lines.size());
    for (const auto& l : lines) folded.push_back(folder.prepare(l.text));
  }

  void find_type_line();
  void read_header();
  void read_type_and_subject();
  void read_addressees();
  void find_closing();
  void find_preamble();
  void infer_issuer();
  void infer_year();
  void report_missing();

 private:
  HeaderLineKind kind_of(std::size_t i) const { return im.header.classify(folded[i]); }
  std::string folded_utf8(std::size_t i) const {
    std::string s;
    folded[i].folded.toUTF8String(s);
    return analysis::collapse_spaces(s);
  }
  void mark_front(std::size_t i) {
    if (last_front_line == std::string::npos || i > last_front_line) last_front_line = i;
  }
  void set_cong_van() {
    const auto* cv = im.types.by_folded_name("cong van");
    md.doc_type = cv->name;
    md.doc_type_code = im.types.code_for(*cv, symbol_code);
  }
  void set_issuer(const std::vector<std::size_t>& issuer_lines);
  // The line after j opens a new part: a căn cứ, "Kính gửi", an outline label.
  bool structure_follows(std::size_t j) const {
    for (std::size_t k = j + 1; k < lines.size(); ++k) {
      if (lines[k].text.empty() || kind_of(k) == HeaderLineKind::Noise) continue;
      const auto& f = folded[k].folded;
      return kind_of(k) == HeaderLineKind::Addressee || im.preamble_start.starts(f) ||
             (im.label.starts(f) && !lines[k].in_table);
    }
    return false;
  }
  // A layout table read column by column puts "Kính gửi:" (left) before the place and date (right):
  // header lines later in the same table keep the header open.
  bool header_lines_follow_in_table(std::size_t j) const {
    if (!lines[j].in_table) return false;
    for (std::size_t k = j + 1; k < lines.size() && lines[k].block == lines[j].block; ++k) {
      const auto kind = kind_of(k);
      if (kind == HeaderLineKind::PlaceDate || kind == HeaderLineKind::Number || kind == HeaderLineKind::National ||
          kind == HeaderLineKind::Motto)
        return true;
    }
    return false;
  }
  // A conference paper (Tham luận) names the body presenting it under its title ("Đảng ủy xã Tân
  // Lập", "(Của Phòng Giáo dục huyện X)"): with no header issuer, that line is the issuer, not title.
  std::string presenter_name(std::size_t j) const {
    std::string t = analysis::trim_spaces(lines[j].text);
    if (!t.empty() && t.front() == '(' && t.back() == ')') t = analysis::trim_spaces(t.substr(1, t.size() - 2));
    const auto m = folder.prepare(t);
    auto prefix = im.presenter_prefix.matcher(m.folded);
    UErrorCode st = U_ZERO_ERROR;
    if (prefix->lookingAt(st) && U_SUCCESS(st)) t = analysis::trim_spaces(m.utf8(prefix->end(st), m.length()));
    return analysis::collapse_spaces(t);
  }
  bool presents_paper(const analysis::DocTypeInfo& type, std::size_t j) const {
    if (type.folded != "tham luan" || md.issuer) return false;
    const std::string& text = lines[j].text;
    if (analysis::word_count(text) > 14 || ends_sentence(text)) return false;
    return im.header.starts_body_name(folder.prepare(presenter_name(j)));
  }
  // A capitals line that opens with a type name and goes on with the title, after the national motto.
  const analysis::DocTypeInfo* type_with_title(std::size_t i, bool national_seen) const {
    const std::string& text = lines[i].text;
    if (!national_seen || lines[i].in_table || !analysis::is_caps_text(text) || text.find(':') != std::string::npos)
      return nullptr;
    const int words = analysis::word_count(text);
    if (words < 4 || words > 30) return nullptr;
    const auto* type = im.types.by_folded_prefix(folded_utf8(i));
    if (!type || !folded[i].folded.startsWith(icu::UnicodeString::fromUTF8(type->folded))) return nullptr;
    return analysis::word_count(type->folded) + 2 <= words ? type : nullptr;
  }
  bool separator_follows(std::size_t j) const {
    for (std::size_t k = j + 1; k < lines.size(); ++k) {
      const auto kind = kind_of(k);
      if (kind == HeaderLineKind::Noise) continue;
      return kind == HeaderLineKind::Separator;
    }
    return false;
  }
  // Between a signature block (or Nơi nhận) at `from` and the next one at `to`, the body goes on: an
  // outline label or a long sentence outside a table, and no appendix or attached document before it.
  bool body_resumes(std::size_t from, std::size_t to) const {
    for (std::size_t i = from + 1; i < to; ++i) {
      const std::string& text = lines[i].text;
      const auto& f = folded[i].folded;
      if (im.appendix.starts(f) || (analysis::is_caps_text(text) && im.types.by_folded_name(folded_utf8(i))))
        return false;
      if (lines[i].in_table || analysis::starts_with_bullet(text)) continue;
      if (im.label.starts(f) || analysis::word_count(text) > 25) return true;
    }
    return false;
  }
  // A sample block is introduced by the body: the line before it ends with a colon ("Ví dụ:", "… ghi
  // như sau:") or is an outline heading ("2. Chữ ký thay mặt tập thể"). A real closing follows the
  // body's last sentence or the place and date of a certification.
  bool introduced_as_sample(std::size_t i) const {
    std::size_t k = i;
    while (k > 0 && (lines[k - 1].text.empty() || (lines[i].in_table && lines[k - 1].block == lines[i].block))) --k;
    if (k == 0) return false;
    const std::string& text = lines[k - 1].text;
    return text.back() == ':' || (im.label.starts(folded[k - 1].folded) && !ends_sentence(text) &&
                                  analysis::word_count(text) <= 20);
  }
  std::optional<std::size_t> person_name_with_post_above(std::size_t i, std::size_t first_body_line) const;
  void read_closing_lines(std::size_t from, std::size_t limit);
  void find_attached_regulation(std::size_t type_line_index);
  std::size_t with_own_header(std::size_t start_line, std::size_t from) const;
  static bool is_regulation(const analysis::DocTypeInfo& type) {
    return type.folded == "quy che" || type.folded == "quy đinh" || type.folded == "đieu le";
  }

  const FrontMatterPass::Impl& im;
  const text::Folder& folder;
  Document& doc;
  Metadata& md;
  std::vector<Line> lines;
  std::vector<text::MatchText> folded;

  std::size_t last_front_line = std::string::npos;  // the last line read as front matter
  std::optional<std::size_t> type_line;
  std::size_t header_end = 0;                       // lines before it are header lines
  std::optional<std::size_t> addressee_line;
  bool addressee_list_only = false;                 // the addressee line introduces a list ("… điện:")
  std::string subject;
  std::string type_title;                           // the title on the type line ("ĐIỀU LỆ HỘI …")
  bool has_subject_line = false;                    // a "V/v" line
  std::string symbol_code;                          // type code inside the symbol ("KH")
  std::size_t body_end = 0;                         // block where the closing or appendices start
  std::optional<std::size_t> closing_line;
};

void FrontMatterPass::run(Document& doc) const {
  doc.front = doc.preamble = doc.body = doc.closing = doc.appendices = doc.attached = BlockRange{};
  if (doc.blocks.empty()) return;
  FrontMatterReader reader(*impl_, kit_.folder, doc);
  reader.find_type_line();
  reader.read_header();
  reader.read_type_and_subject();
  reader.read_addressees();
  reader.find_closing();
  reader.find_preamble();
  reader.infer_issuer();
  reader.infer_year();
  reader.report_missing();
}

// Diagnostics for parts a reader of the page would expect but that were not found.
void FrontMatterReader::report_missing() {
  if (!md.doc_type)
    doc.diagnostics.warning("front.no-type",
                            "no type line (\"KẾ HOẠCH\", \"QUYẾT ĐỊNH\", …) and no \"V/v\" subject were found in the "
                            "first lines; doc_type is unknown");
  if (!md.issue_date) {  // no "…, ngày … tháng … năm …" line: the header was lost or never written
    std::vector<std::string> missing;
    const bool inferred_issuer = std::find(md.inferred.begin(), md.inferred.end(), "issuer") != md.inferred.end();
    if (!md.issuer || inferred_issuer) missing.emplace_back("issuer line");
    if (!md.number_symbol) missing.emplace_back("number");
    if (!md.place) missing.emplace_back("place");
    missing.emplace_back("date");
    std::string list;
    for (const auto& item : missing) list.append(list.empty() ? "" : ", ").append(item);
    std::string message = "no header with an issue date was found (missing: " + list + ")";
    if (md.year) message += "; the year " + std::to_string(*md.year) + " was inferred from the title";
    if (inferred_issuer) message += "; the issuer was inferred from the body";
    doc.diagnostics.warning("front.no-header", message);
  }
  if (!closing_line)
    doc.diagnostics.info("front.no-closing",
                         "no \"Nơi nhận:\" list and no signature block (\"KT. CHỦ TỊCH\" / post / name) were found");
}

// The type line: a line that is exactly a type name ("KẾ HOẠCH"), before the body starts.
void FrontMatterReader::find_type_line() {
  const std::size_t window = std::min(lines.size(), kHeaderWindow);
  header_end = window;
  bool national_seen = false;
  for (std::size_t i = 0; i < window; ++i) {
    const auto& f = folded[i].folded;
    if ((im.stop_words.starts(f) || (im.label.starts(f) && !lines[i].in_table)) && !header_lines_follow_in_table(i)) {
      header_end = i;
      break;
    }
    const std::string& text = lines[i].text;
    const bool exact = im.types.by_folded_name(folded_utf8(i)) && analysis::word_count(text) <= 6;
    // "BÁO CÁO TÓM TẮT", "CHƯƠNG TRÌNH HÀNH ĐỘNG": a type name and a few more capitals.
    const bool extended = !exact && analysis::is_caps_text(text) && text.find(':') == std::string::npos &&
                          analysis::word_count(text) <= 6 && im.types.by_folded_prefix(folded_utf8(i)) &&
                          !lines[i].in_table;
    if (exact || extended) {
      type_line = i;
      header_end = i;
      return;
    }
    // "ĐIỀU LỆ HIỆP HỘI DU LỊCH TỈNH X" under the national motto: the type and the title on one line.
    if (const auto* type = type_with_title(i, national_seen)) {
      type_line = i;
      header_end = i;
      const auto& m = folded[i];
      type_title = analysis::trim_spaces(m.utf8(static_cast<int32_t>(icu::UnicodeString::fromUTF8(type->folded).length()),
                                                m.length()));
      return;
    }
    const auto kind = kind_of(i);
    national_seen = national_seen || kind == HeaderLineKind::National || kind == HeaderLineKind::Motto;
  }
  // Without a type line the header ends at the first body-like line.
  for (std::size_t i = 0; i < header_end; ++i) {
    if (kind_of(i) == HeaderLineKind::Other && !lines[i].in_table && !analysis::is_caps_text(lines[i].text) &&
        analysis::word_count(lines[i].text) > 12) {
      header_end = i;
      return;
    }
  }
}

// Header lines before the type line: number/symbol, place/date, marks, V/v subject, issuer lines.
void FrontMatterReader::read_header() {
  std::vector<std::size_t> issuer_lines;
  bool issuer_run_closed = false;
  bool header_seen = false;
  for (std::size_t i = 0; i < header_end; ++i) {
    const Line& l = lines[i];
    const auto kind = kind_of(i);
    header_seen = header_seen || kind == HeaderLineKind::Number || kind == HeaderLineKind::PlaceDate ||
                  kind == HeaderLineKind::National || kind == HeaderLineKind::Motto || kind == HeaderLineKind::Party;
    switch (kind) {
      case HeaderLineKind::Number:
        if (!md.symbol) {
          if (auto ns = im.header.number_symbol(folded[i])) {
            md.number = ns->number;
            md.symbol = ns->symbol;
            md.number_symbol = ns->number_symbol;
            if (!ns->number) md.draft = true;
            symbol_code = analysis::symbol_type_code(ns->symbol);
          }
        }
        mark_front(i);
        break;
      case HeaderLineKind::PlaceDate:
        if (!md.issue_date) {
          if (auto pd = im.header.place_date(folded[i])) {
            md.place = pd->place;
            if (pd->date.year != 0) md.issue_date = pd->date;
            if (pd->blank) md.draft = true;
          }
        }
        mark_front(i);
        break;
      case HeaderLineKind::Draft: md.draft = true; mark_front(i); break;
      case HeaderLineKind::Secrecy: md.secrecy = text::sentence_case(l.text); mark_front(i); break;
      case HeaderLineKind::Urgency: md.urgency = text::sentence_case(l.text); mark_front(i); break;
      case HeaderLineKind::Subject: {
        if (has_subject_line) break;
        has_subject_line = true;
        subject = l.text;
        mark_front(i);
        // Wrapped subject lines: same cell of a layout table, or plain lines that continue it.
        for (std::size_t j = i + 1; j < header_end; ++j) {
          const Line& c = lines[j];
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
        // Issuer lines: capitals before the number line.
        if (analysis::is_caps_text(l.text) && analysis::word_count(l.text) <= 25 && !issuer_run_closed && !md.symbol) {
          issuer_lines.push_back(i);  // marked as front once kept (below)
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
  // Without any header line (number, date, national motto), capitals at the top are a title
  // ("BÀI PHÁT BIỂU KHAI MẠC", "DANH SÁCH …") unless they name a body ("UBND XÃ TÂN LẬP").
  // They stay front matter (a title), unless they are a signature block with nothing above it.
  const bool signature = !issuer_lines.empty() && im.signature.is_authority(lines[issuer_lines.front()].text);
  if (!signature)
    for (std::size_t i : issuer_lines) mark_front(i);
  if (!header_seen && !issuer_lines.empty() && !im.header.starts_body_name(folded[issuer_lines.front()]))
    issuer_lines.clear();
  set_issuer(issuer_lines);
}

// Issuer and parent issuer: the run of body lines split where a new body name starts; the
// issuer is the lowest body, the parent the one above it. Wrapped names are joined.
void FrontMatterReader::set_issuer(const std::vector<std::size_t>& issuer_lines) {
  if (issuer_lines.empty()) return;
  std::vector<std::string> groups;
  const Paragraph* prev_para = nullptr;
  for (std::size_t idx : issuer_lines) {
    const Line& l = lines[idx];
    // A change of bold starts a new body ("UBND TỈNH X" / "**SỞ Y**"), except for the place half of a
    // name split over two lines ("ỦY BAN NHÂN DÂN" / "**HUYỆN X**").
    const bool style_changes = prev_para && l.paragraph && prev_para->style.bold != l.paragraph->style.bold &&
                               !im.header.starts_place_name(folded[idx]);
    const bool continues = !groups.empty() && (groups.back().back() == ',' || groups.back().back() == '-' ||
                                               (!im.header.starts_body_name(folded[idx]) && !style_changes));
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

// The type line's type, cross-checked with the symbol, and the subject lines after it.
void FrontMatterReader::read_type_and_subject() {
  if (type_line) {
    const std::size_t t = *type_line;
    const auto* type = im.types.by_folded_name(folded_utf8(t));
    if (!type) type = im.types.by_folded_prefix(folded_utf8(t));
    md.doc_type = type->name;
    md.doc_type_code = im.types.code_for(*type, symbol_code);
    if (const auto* by_symbol = im.types.by_code(symbol_code); by_symbol && by_symbol != type &&
        type->folded != "cong van" &&
        std::find(type->codes.begin(), type->codes.end(), symbol_code) == type->codes.end()) {
      doc.diagnostics.warning("front.type-symbol-mismatch",
                              "the type line says '" + type->name + "' but the symbol '" + md.symbol.value_or("") +
                                  "' carries the code of '" + by_symbol->name + "'",
                              lines[t].paragraph ? lines[t].paragraph->location : SourceLocation{});
    }
    mark_front(t);
    const Paragraph* first_style = nullptr;
    std::size_t taken = 0;
    if (!type_title.empty()) {
      subject = type_title;
      // Its capitals wrapped onto the next lines ("… HIỆP HỘI THANH LONG" / "TỈNH PHÚ AN").
      for (std::size_t j = t + 1; j < lines.size() && j <= t + 3; ++j) {
        const auto& f = folded[j].folded;
        if (lines[j].in_table || kind_of(j) != HeaderLineKind::Other || !analysis::is_caps_text(lines[j].text) ||
            analysis::word_count(lines[j].text) > 12 || im.label.starts(f) || im.normative_label.starts(f) ||
            im.attached_caption.starts(f) || im.types.by_folded_prefix(folded_utf8(j)))
          break;
        subject += " " + lines[j].text;
        mark_front(j);
      }
    }
    for (std::size_t j = t + 1; j < lines.size() && taken < 8 && type_title.empty(); ++j) {
      const Line& c = lines[j];
      const auto k = kind_of(j);
      if (k == HeaderLineKind::Noise) continue;
      if (k == HeaderLineKind::Separator) {
        if (taken > 0) {
          mark_front(j);
          break;
        }
        continue;
      }
      if (k != HeaderLineKind::Other && k != HeaderLineKind::Subject) break;
      const auto& f = folded[j].folded;
      if (im.label.starts(f) || im.preamble_start.starts(f) || im.attached_caption.starts(f)) break;
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" addresses a công điện; its bullets are the addressees.
      if (im.telegram_line.whole(f) && analysis::word_count(c.text) <= 16) {
        if (!addressee_line) {
          addressee_line = j;
          addressee_list_only = true;
        }
        break;
      }
      // The subject may open with "thực hiện …", "Triển khai …" and run long; the page's layout tells
      // it from the body's first paragraph: it continues the type line in lower case, is set off by
      // style (bold, centred) or by the separator under it, and ends no sentence.
      const bool laid_out_as_subject =
          taken == 0 && (analysis::starts_lowercase(c.text) || separator_follows(j) ||
                         (!ends_sentence(c.text) && structure_follows(j)) ||
                         (style_marked(c.paragraph) && style_marked(lines[t].paragraph) && !ends_sentence(c.text)));
      // A lower-case "thực hiện …" after an unfinished subject line wraps that subject.
      const bool wraps_subject = taken > 0 && analysis::starts_lowercase(c.text) && !ends_sentence(subject);
      if (im.stop_words.starts(f) && !wraps_subject &&
          (taken > 0 || (analysis::word_count(c.text) > 30 && !laid_out_as_subject)))
        break;
      if (taken > 0 && presents_paper(*type, j)) {
        md.issuer = presenter_name(j);
        mark_front(j);
        break;
      }
      if (taken == 0) {
        if (analysis::word_count(c.text) > 60 && !laid_out_as_subject) break;
        first_style = c.paragraph;
        subject = c.text;
      } else {
        const Line& prev = lines[j - 1];
        if (c.paragraph != prev.paragraph) {
          if (analysis::is_caps_text(c.text) && !analysis::is_caps_text(subject)) break;  // "CHỦ TỊCH UBND TỈNH X"
          if (c.in_table != prev.in_table) break;
          if (style_marked(first_style)) {
            // A line left open on a comma or a dash ("… Ủy viên Ban Thường vụ Tỉnh ủy,") is continued
            // by the next styled paragraph however long it runs.
            const int max_words = ends_open_clause(subject) && !ends_sentence(c.text) ? 90 : 40;
            if (!style_marked(c.paragraph) || analysis::word_count(c.text) > max_words) break;
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
  } else if (has_subject_line || addressee_line) {
    set_cong_van();
  } else if (const auto* by_symbol = im.types.by_code(symbol_code)) {
    md.doc_type = by_symbol->name;  // no type line was found; the symbol names the type
    md.doc_type_code = symbol_code;
  }
  if (!subject.empty()) {
    auto m = folder.prepare(analysis::collapse_spaces(subject));
    const int32_t start = im.header.subject_start(m).value_or(0);
    std::string title = analysis::strip_trailing(m.utf8(start, m.length()), ":");
    // A separator line ("-----") that Markdown joined to the subject's paragraph is layout, not text.
    if (const auto sp = title.rfind(' '); sp != std::string::npos && title.size() - sp > 3 &&
                                          title.find_first_not_of("-_*=~", sp + 1) == std::string::npos)
      title = analysis::strip_trailing(title.substr(0, sp), ":");
    if (!title.empty()) md.title = analysis::capitalize_first(title);
  }
}

// "Kính gửi: …" just after the subject (or found in the header) → metadata.addressees.
void FrontMatterReader::read_addressees() {
  if (!addressee_line && last_front_line != std::string::npos) {
    for (std::size_t j = last_front_line + 1; j < lines.size() && j <= last_front_line + 4; ++j) {
      if (kind_of(j) == HeaderLineKind::Addressee) {
        addressee_line = j;
        break;
      }
    }
  }
  if (!addressee_line) return;
  const std::size_t a = *addressee_line;
  const int32_t start = im.header.addressee_start(folded[a]).value_or(0);
  if (addressee_list_only) {
    // the line only introduces the list below it
  } else if (auto c = analysis::clean_list_item(folded[a].utf8(start, folded[a].length())); !c.empty()) {
    md.addressees.push_back(c);
  }
  mark_front(a);
  const bool list_follows = md.addressees.empty();  // "Kính gửi:" alone, the addressees below it
  for (std::size_t j = a + 1; j < lines.size(); ++j) {
    const Line& c = lines[j];
    // The other column of the layout table (motto, place and date) stands between "Kính gửi:" and its list.
    if (const auto kind = kind_of(j); c.in_table && c.block == lines[a].block && kind != HeaderLineKind::Other &&
                                      kind != HeaderLineKind::Addressee && kind != HeaderLineKind::Subject)
      continue;
    const bool same_para = c.paragraph == lines[a].paragraph;
    const bool short_item = list_follows && analysis::word_count(c.text) <= 15 && !im.label.starts(folded[j].folded) &&
                            !im.stop_words.starts(folded[j].folded);
    if (!analysis::starts_with_bullet(c.text) && !same_para && !short_item) break;
    if (analysis::word_count(c.text) > 30) break;
    if (auto item = analysis::clean_list_item(c.text); !item.empty()) md.addressees.push_back(item);
    mark_front(j);
  }
  if (!type_line && !md.doc_type) set_cong_van();
}

// A personal name at line i with a post line above it (markers like "(Đã ký)" between); returns
// the post line.
std::optional<std::size_t> FrontMatterReader::person_name_with_post_above(std::size_t i,
                                                                        std::size_t first_body_line) const {
  const std::string& name = lines[i].text;
  const bool caps_name = !im.signature.is_person_name(name, false);
  if (caps_name && (!im.signature.is_person_name(name, true) || name.find('.') != std::string::npos))
    return std::nullopt;
  for (std::size_t k = i; k-- > first_body_line && k + 4 >= i;) {
    const std::string& t = lines[k].text;
    // An all-capitals name needs an office line above it ("GIÁM ĐỐC" over "NGUYỄN VĂN AN").
    if (analysis::is_caps_text(t) && analysis::word_count(t) <= 14 && (!caps_name || im.signature.is_position(t)))
      return k;
    if (t.front() != '(' && t.front() != '[') return std::nullopt;
  }
  return std::nullopt;
}

// Closing: from the first "Nơi nhận" or authority line (or, lacking both, a name under a post line
// near the end) to the appendices, which start at a "Phụ lục" heading after it.
void FrontMatterReader::find_closing() {
  const std::size_t n = doc.blocks.size();
  const std::size_t front_end_block = last_front_line == std::string::npos ? 0 : lines[last_front_line].block + 1;
  std::size_t first_body_line = last_front_line == std::string::npos ? 0 : last_front_line + 1;
  while (first_body_line < lines.size() && lines[first_body_line].block < front_end_block) ++first_body_line;
  doc.front = BlockRange{0, front_end_block};

  // The closing is the last signature block after the body: a guide may show sample blocks and
  // "Nơi nhận:" lists inside its body, which the body's own text then follows.
  std::vector<std::size_t> anchors;
  for (std::size_t i = first_body_line; i < lines.size(); ++i) {
    if (im.noi_nhan.starts(folded[i].folded) ||
        (im.signature.is_authority(lines[i].text) && analysis::word_count(lines[i].text) <= 14) ||
        im.signature.is_flattened_block(lines[i].text))
      anchors.push_back(i);
  }
  std::optional<std::size_t> anchor;
  if (!anchors.empty()) anchor = anchors.front();
  for (std::size_t k = 0; k + 1 < anchors.size() && introduced_as_sample(anchors[k]) &&
                          body_resumes(anchors[k], anchors[k + 1]);
       ++k)
    anchor = anchors[k + 1];
  // Appendices: a "Phụ lục" heading, or a document attached after the signature ("QUY CHẾ" /
  // "Hoạt động của …" / "(Ban hành kèm theo Quyết định số …)").
  std::optional<std::size_t> appendix_line;
  const std::size_t appendix_from = anchor ? *anchor + 1 : first_body_line + (lines.size() - first_body_line) / 2;
  bool signed_above = false;
  std::size_t name_line = 0;
  const analysis::DocTypeInfo* attached_type = nullptr;
  for (std::size_t i = appendix_from; i < lines.size(); ++i) {
    const std::string& text = lines[i].text;
    if (im.appendix.starts(folded[i].folded) && (analysis::is_caps_text(text) || analysis::word_count(text) <= 5)) {
      appendix_line = i;
      break;
    }
    // A header of its own after the signer's name (its issuer's capitals, then the national motto):
    // a list or form attached without a "Phụ lục" heading, not more of the closing.
    if (signed_above && !lines[i].in_table && im.header.is_national(folded[i])) {
      std::size_t start = i;
      while (start > name_line + 1 && i - start < 3 && !lines[start - 1].in_table &&
             analysis::is_caps_text(lines[start - 1].text) && !im.signature.is_authority(lines[start - 1].text))
        --start;
      appendix_line = start;
      break;
    }
    if (signed_above && analysis::is_caps_text(text) && analysis::word_count(text) <= 6 &&
        im.types.by_folded_name(folded_utf8(i))) {
      appendix_line = i;
      attached_type = im.types.by_folded_name(folded_utf8(i));
      break;
    }
    if (anchor && im.signature.is_person_name(text, false)) {
      signed_above = true;
      name_line = i;
    }
  }
  if (appendix_line) appendix_line = with_own_header(*appendix_line, appendix_from);
  const std::size_t limit = appendix_line ? *appendix_line : lines.size();
  closing_line = anchor;
  if (!anchor) {
    // No Nơi nhận and no authority line: a name under a post line near the end.
    std::size_t looked = 0;
    for (std::size_t i = limit; i-- > first_body_line && looked < 8; ++looked) {
      if (auto post = person_name_with_post_above(i, first_body_line)) {
        closing_line = *post;
        break;
      }
    }
  } else if (!lines[*anchor].in_table) {
    // A signature typed before "Nơi nhận" (Markdown from PDF) belongs to the closing too.
    for (std::size_t i = *anchor; i-- > first_body_line && i + 4 >= *anchor;) {
      if (lines[i].in_table) break;
      if (auto post = person_name_with_post_above(i, first_body_line)) {
        std::size_t start = *post;
        while (start > first_body_line && im.signature.is_authority(lines[start - 1].text)) --start;
        closing_line = start;
        break;
      }
    }
  }
  if (appendix_line) doc.appendices = BlockRange{lines[*appendix_line].block, n};
  if (appendix_line && attached_type && is_regulation(*attached_type)) find_attached_regulation(*appendix_line);

  if (closing_line) {
    const std::size_t begin_block = lines[*closing_line].block;
    const std::size_t end_block = appendix_line ? lines[*appendix_line].block : n;
    doc.closing = BlockRange{begin_block, std::max(begin_block, end_block)};
    read_closing_lines(*closing_line, limit);
  }
  body_end = closing_line ? doc.closing.begin : (appendix_line ? doc.appendices.begin : n);
  doc.front.end = std::min(doc.front.end, body_end);
}

// An attached document may open with a header table of its own (issuer | national motto): it
// starts there, not at its type line. Loose capitals above a type line may be the decision's
// signature, so only a table holding the national or motto line is taken.
std::size_t FrontMatterReader::with_own_header(std::size_t start_line, std::size_t from) const {
  if (start_line == 0 || start_line <= from) return start_line;
  const std::size_t table_block = lines[start_line - 1].block;
  if (!lines[start_line - 1].in_table || table_block == lines[start_line].block) return start_line;
  std::size_t start = start_line;
  bool national = false;
  while (start > from && lines[start - 1].block == table_block) {
    --start;
    const auto kind = kind_of(start);
    national = national || kind == HeaderLineKind::National || kind == HeaderLineKind::Motto;
    if (im.noi_nhan.starts(folded[start].folded) || im.signature.is_authority(lines[start].text)) return start_line;
  }
  if (!national || (start > 0 && lines[start - 1].block == table_block)) return start_line;
  return start;
}

// A regulation attached after the closing is outlined (its type line, subject and "(Ban hành kèm theo
// …)" caption are not): from its first Phần/Chương/Mục/Điều to a Phụ lục heading or the end.
void FrontMatterReader::find_attached_regulation(std::size_t type_line_index) {
  std::optional<std::size_t> first;
  for (std::size_t i = type_line_index + 1; i < lines.size(); ++i) {
    const auto& f = folded[i].folded;
    if (!first) {
      if (!lines[i].in_table && im.normative_label.starts(f)) first = i;
      continue;
    }
    if (im.appendix.starts(f) && (analysis::is_caps_text(lines[i].text) || analysis::word_count(lines[i].text) <= 5)) {
      doc.attached = BlockRange{lines[*first].block, lines[i].block};
      return;
    }
  }
  if (first) doc.attached = BlockRange{lines[*first].block, doc.blocks.size()};
}

// Nơi nhận items and the signature block from the closing's lines.
void FrontMatterReader::read_closing_lines(std::size_t from, std::size_t limit) {
  std::vector<Line> signature_lines;
  std::vector<std::size_t> recipient_lines;
  std::vector<std::pair<std::size_t, std::string>> spill;
  for (std::size_t i = from; i < limit; ++i) {
    const auto& f = folded[i].folded;
    if (recipient_lines.empty() && im.noi_nhan.starts(f)) {
      auto m = im.noi_nhan.matcher(f);
      UErrorCode st = U_ZERO_ERROR;
      m->lookingAt(st);
      const std::string rest = folded[i].utf8(m->end(st), folded[i].length());
      recipient_lines.push_back(i);
      md.recipients = analysis::read_recipient_items(lines, i, rest, limit, recipient_lines, spill);
      continue;
    }
    if (std::find(recipient_lines.begin(), recipient_lines.end(), i) != recipient_lines.end()) continue;
    if (analysis::word_count(lines[i].text) <= 14) signature_lines.push_back(lines[i]);
  }
  // Signature pieces cut off joined closing columns go back in reading order.
  for (const auto& [index, text] : spill) {
    Line piece = lines[index];
    piece.text = text;
    auto at = std::find_if(signature_lines.begin(), signature_lines.end(),
                           [&](const Line& s) { return s.block > piece.block; });
    signature_lines.insert(at, std::move(piece));
  }
  md.signer = im.signature.parse(signature_lines);
  if (!md.signer.name)
    doc.diagnostics.info("front.no-signer-name", "a closing was found but no signer's name under the position line",
                         lines[from].paragraph ? lines[from].paragraph->location : SourceLocation{});
}

// Preamble: "Căn cứ …;" lines, "Theo đề nghị …;", the enacting line ("QUYẾT ĐỊNH:", "Chính phủ
// ban hành Nghị định …"), and the deciding authority line above the căn cứ of a decision.
void FrontMatterReader::find_preamble() {
  std::size_t body_begin = doc.front.end;
  bool in_preamble = false;
  std::size_t last = 0;
  std::string prev_text;
  auto paragraph_text = [&](std::size_t b) -> std::optional<std::string> {
    if (const auto* p = std::get_if<Paragraph>(&doc.blocks[b])) return analysis::clean_line(p->text);
    return std::nullopt;
  };
  for (std::size_t b = doc.front.end; b < body_end; ++b) {
    const auto text = paragraph_text(b);
    if (!text) break;
    if (text->empty()) continue;
    const auto m = folder.prepare(analysis::collapse_spaces(*text));
    const bool enacting = (im.enacting_colon.whole(m.folded) && analysis::is_caps_text(*text)) ||
                          (im.enacting_issue.find(m.folded) && (in_preamble || b == doc.front.end) &&
                           ends_sentence(*text) && analysis::word_count(*text) <= 80);
    if (enacting && (in_preamble || b == doc.front.end || analysis::is_caps_text(*text))) {
      last = b;
      in_preamble = true;
      break;
    }
    if (im.preamble_start.starts(m.folded)) {
      in_preamble = true;
      last = b;
    } else if (!in_preamble && analysis::is_caps_text(*text) && analysis::word_count(*text) <= 20) {
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" (or "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA X, KỲ HỌP THỨ 5")
      // above the căn cứ of a decision or resolution.
      std::size_t nb = b + 1;
      int caps_lines = 0;
      while (nb < body_end && paragraph_text(nb) &&
             (paragraph_text(nb)->empty() || (analysis::is_caps_text(*paragraph_text(nb)) && ++caps_lines <= 2)))
        ++nb;
      const auto next = nb < body_end ? paragraph_text(nb) : std::nullopt;
      if (!next || !im.preamble_start.starts(folder.prepare(*next).folded)) break;
      in_preamble = true;
      last = b;
    } else if (in_preamble && !ends_sentence(prev_text) && !im.label.starts(m.folded)) {
      last = b;  // a căn cứ wrapped onto the next paragraph
    } else {
      break;
    }
    prev_text = *text;
  }
  if (in_preamble) {
    doc.preamble = BlockRange{doc.front.end, last + 1};
    body_begin = last + 1;
  }
  doc.body = BlockRange{body_begin, std::max(body_begin, body_end)};
}

// The year a document without an issue date states for itself: "KẾ HOẠCH … NĂM 2026" (the last year
// its title names). issue_date stays null: the header gave none.
void FrontMatterReader::infer_year() {
  if (md.issue_date || md.year) return;
  auto year_in = [&](const std::string& text) -> std::optional<int> {
    const auto m = folder.prepare(text);
    auto matcher = im.year_stated.matcher(m.folded);
    UErrorCode st = U_ZERO_ERROR;
    std::optional<int> found;
    while (matcher->find(st) && U_SUCCESS(st)) {
      icu::UnicodeString digits = matcher->group(1, st);
      std::string y;
      digits.toUTF8String(y);
      const int year = std::stoi(y);
      if (year >= 1945 && year <= 2100) found = year;
    }
    return found;
  };
  std::optional<int> year;
  if (md.title) year = year_in(*md.title);
  for (std::size_t b = doc.front.begin; !year && b < doc.front.end; ++b)  // a caps title line the subject did not take
    if (const auto* p = std::get_if<Paragraph>(&doc.blocks[b]); p && analysis::is_caps_text(p->text)) year = year_in(p->text);
  if (!year) return;
  md.year = year;
  md.inferred.push_back("year");
}

// Issuer from the body when the header was lost: "UBND xã X xây dựng kế hoạch …".
void FrontMatterReader::infer_issuer() {
  if (md.issuer) return;
  std::size_t seen = 0;
  for (std::size_t b = doc.front.begin; b < doc.body.end && seen < 12; ++b) {
    const auto* p = std::get_if<Paragraph>(&doc.blocks[b]);
    if (!p || p->text.empty()) continue;
    ++seen;
    const auto m = folder.prepare(p->text);
    auto matcher = im.inference.matcher(m.folded);
    UErrorCode st = U_ZERO_ERROR;
    for (int64_t from = 0; from < m.length() && matcher->find(from, st) && U_SUCCESS(st);) {
      const int32_t start = matcher->start(1, st);
      if (!u_isupper(m.original.char32At(start))) {  // a body's name is capitalised ("số …" is not one)
        from = matcher->start(st) + 1;
        continue;
      }
      // A capitalised "tense word" is part of a place name ("xã Ia Sê"), not a verb.
      int32_t end = matcher->end(1, st);
      const int32_t aux_end = matcher->end(2, st);
      for (int32_t k = end; k < aux_end; ++k)
        if (u_isupper(m.original.char32At(k))) end = aux_end;
      md.issuer = analysis::collapse_spaces(m.utf8(start, end));
      md.inferred.push_back("issuer");
      return;
    }
  }
}

}  // namespace vanban
