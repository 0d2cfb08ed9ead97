// Required parts of a document (NĐ 30/2020 Art. 8; HD 36 for Party documents), and the three parts of a
// Kế hoạch. Each rule reads the analysed metadata; the titles are looked for in the front blocks' text.
#include <algorithm>

#include "validate/context.hpp"

namespace vanban::validate {
namespace {

bool blank(const std::optional<std::string>& s) { return !s || s->find_first_not_of(" \t\n") == std::string::npos; }

void check_titles(Context& ctx, const std::string& front, SourceLocation at) {
  if (ctx.profile == Profile::Party) {
    if (front.find("đangcongsanvietnam") == std::string::npos) {
      ctx.report("VB102", "the Party title (\"ĐẢNG CỘNG SẢN VIỆT NAM\") is missing from the header", at);
    }
    return;
  }
  const bool quoc_hieu = front.find("conghoaxahoichunghiavietnam") != std::string::npos;
  // Typed without diacritics ("Doc lap - Tu do - Hanh phuc") the motto is still there; đ then reads d.
  const bool tieu_ngu = front.find("đoclap-tudo-hanhphuc") != std::string::npos ||
                        front.find("doclap-tudo-hanhphuc") != std::string::npos;
  if (!quoc_hieu && !tieu_ngu) {
    ctx.report("VB101", "the Quốc hiệu and Tiêu ngữ (\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", \"Độc lập - Tự do - Hạnh phúc\") are missing", at);
  } else if (!quoc_hieu) {
    ctx.report("VB101", "the Quốc hiệu (\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\") is missing", at);
  } else if (!tieu_ngu) {
    ctx.report("VB101", "the Tiêu ngữ (\"Độc lập - Tự do - Hạnh phúc\") is missing", at);
  }
}

/// A Kế hoạch's parts, looked for in the titles of the outline's top two levels.
void check_plan_parts(Context& ctx, SourceLocation at) {
  const auto& m = ctx.doc.metadata;
  if (!m.doc_type || ctx.fold(*m.doc_type) != "ke hoach") return;
  struct Part {
    const char* name;
    std::vector<std::string_view> words;
    bool found = false;
  };
  Part parts[] = {
      {"mục đích, yêu cầu (purpose and requirements)", {"muc đich", "yeu cau", "muc tieu", "quan điem"}},
      {"nội dung, nhiệm vụ (content and tasks)",
       {"noi dung", "nhiem vu", "giai phap", "hoat đong", "bien phap", "chi tieu", "chuong trinh"}},
      {"tổ chức thực hiện (organisation of implementation)", {"to chuc thuc hien", "trach nhiem", "phan cong"}},
  };
  std::function<void(const std::vector<Section>&, int)> walk = [&](const std::vector<Section>& sections, int depth) {
    for (const auto& s : sections) {
      const std::string title = ctx.fold(s.title);
      for (auto& part : parts) {
        for (auto w : part.words) {
          if (title.find(w) != std::string::npos) part.found = true;
        }
      }
      if (depth < 2) walk(s.children, depth + 1);
    }
  };
  walk(ctx.doc.sections, 1);
  for (const auto& part : parts) {
    if (!part.found) ctx.report("VB110", std::string("the Kế hoạch has no part for ") + part.name, at);
  }
}


/// A signature block the analysis did not split out (signature lines kept in the Nơi nhận cell): an
/// authority prefix opening a line of the closing.
bool closing_has_authority(const Context& ctx) {
  BlockRange range = ctx.doc.closing;
  if (range.empty()) {
    const std::size_t n = ctx.doc.blocks.size();
    range = {n > 15 ? n - 15 : 0, n};
  }
  bool found = false;
  for_each_paragraph(ctx.doc, range, [&](const Paragraph& p) {
    if (found) return;
    std::string_view text = p.text;
    std::size_t start = 0;
    while (start <= text.size() && !found) {
      const auto end = std::min(text.find('\n', start), text.size());
      const std::string line = ctx.fold(text.substr(start, end - start));
      for (std::string_view prefix : {"tm.", "kt.", "tl.", "tuq.", "q.", "t/m", "k/t", "t/l"}) {
        if (line.starts_with(prefix)) found = true;
      }
      start = end + 1;
    }
  });
  return found;
}

}  // namespace

void check_required_parts(Context& ctx) {
  const auto& m = ctx.doc.metadata;
  const SourceLocation at = document_start(ctx.doc);
  // A gazette reprint drops the header and closing of the original; the types outside the rule book have
  // forms of their own.
  if (from_gazette(ctx) || outside_the_rule_book(ctx)) return;
  const std::string front = folded_front(ctx);
  const bool any_title = front.find("conghoaxahoichunghiavietnam") != std::string::npos ||
                         front.find("đangcongsanvietnam") != std::string::npos;
  if (blank(m.number_symbol) && (!m.issue_date || m.issue_date->empty()) && !any_title) {
    ctx.report("VB100", "no header (no Quốc hiệu, number or date): read as an attachment or an extract, its parts are not checked", at);
    return;
  }
  check_titles(ctx, front, at);
  const bool issuer_inferred = std::find(m.inferred.begin(), m.inferred.end(), "issuer") != m.inferred.end();
  if (blank(m.issuer) || issuer_inferred) ctx.report("VB103", "the issuing body (cơ quan ban hành) is missing from the header", at);
  if (blank(m.number_symbol)) ctx.report("VB104", "the number and symbol (số, ký hiệu: \"Số: …/…\") are missing", at);
  if (front_has_blank_day(ctx)) {
    // a draft's date line: VB802 says so; its place is read with a complete date only
  } else if (!m.issue_date || m.issue_date->empty()) {
    ctx.report("VB105", "the date (ngày … tháng … năm …) is missing from the header", at);
  } else if (blank(m.place)) {
    ctx.report("VB105", "the place (địa danh) is missing before the date", at);
  }
  if (blank(m.doc_type)) ctx.report("VB106", "the document type (tên loại văn bản) is missing", at);
  if (blank(m.title)) ctx.report("VB107", "the subject (trích yếu nội dung) is missing", at);
  const SourceLocation end = ctx.doc.blocks.empty() ? at : location_of(ctx.doc.blocks.back());
  if (blank(m.signer.name) && blank(m.signer.position) && blank(m.signer.authority) && ctx.enabled("VB108") &&
      !closing_has_authority(ctx)) {
    ctx.report("VB108", "the signature block (chức vụ, họ tên người ký) is missing", end);
  }
  if (m.recipients.empty()) ctx.report("VB109", "the recipients (Nơi nhận) are missing", end);
  check_plan_parts(ctx, at);
}

}  // namespace vanban::validate
