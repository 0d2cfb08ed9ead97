#pragma once
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/doc_types.hpp"
#include "analysis/pattern.hpp"
#include "model/document.hpp"
#include "text/match_text.hpp"
#include "validate/finding.hpp"

namespace vanban::validate {

/// What the rules share, built once per Validator: the fold and the type table.
struct Tools {
  explicit Tools(const text::Folder& fold) : folder(fold) {}
  const text::Folder& folder;
  analysis::DocTypeTable types;
  // Dates in running text, on folded text: "30/02/2026", "06-02-2017"; "ngày 30 tháng 02 năm 2026".
  Pattern numeric_date{R"((?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/]))"};
  Pattern worded_date{R"(\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b)"};
  // The header's date line with its digits as written, blanks allowed (drafts leave even the year blank).
  // A deadline's cue and its full date ("hoàn thành trước ngày 27/02/2026", "chậm nhất ngày 05 tháng 3 năm 2026").
  // Analysis keeps no deadline before the document's date (it reads them as past events), so VB305 reads text.
  Pattern deadline_date{
      R"(\b(?:(?:hoan thanh|xong|gui|nop|bao cao|trinh|thuc hien)\b[^.;:]{0,60}?\btruoc|cham nhat(?:\s+la)?|han chot(?:\s+la)?|khong muon hon)\s+ngay\s+(?:(\d{1,2})[/-](\d{1,2})[/-](\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4}))\b)"};
  Pattern header_date{R"(\bngay\s*(\d*)\s*thang\s*(\d*)\s*nam\b\s*(\d{4})?)"};
};

/// One run of the rules over one document. Rules read the document and call report(); the table decides
/// whether the rule is on for this profile and selection, and gives its severity.
class Context {
 public:
  Context(const Document& doc, Profile profile, PartialDate today, const Tools& tools,
          const std::set<std::string, std::less<>>& selected, const std::set<std::string, std::less<>>& ignored,
          std::vector<Finding>& out)
      : doc(doc), profile(profile), today(today), tools(tools), selected_(selected), ignored_(ignored), out_(out) {}

  const Document& doc;
  const Profile profile;
  const PartialDate today;
  const Tools& tools;

  /// Whether rule `code` runs on this document (profile, --rule, --ignore).
  bool enabled(std::string_view code) const;
  /// Adds a finding with the table's severity (nothing when the rule is off).
  void report(std::string_view code, std::string message, SourceLocation loc, std::string excerpt = {},
              std::size_t excerpt_column = 0);
  /// Reports a finding at `offset` (bytes) into paragraph `p`: the column moves along when the paragraph
  /// stands on one source line.
  void report_at(std::string_view code, std::string message, const Paragraph& p, std::size_t offset);

  /// Folded UTF-8 ("Kế Hoạch" -> "ke hoach"; đ kept).
  std::string fold(std::string_view s) const { return tools.folder.fold_utf8(s); }

 private:
  const std::set<std::string, std::less<>>& selected_;
  const std::set<std::string, std::less<>>& ignored_;
  std::vector<Finding>& out_;
};

/// Calls `fn` on every paragraph of blocks[range], table cells included, in reading order.
void for_each_paragraph(const Document& doc, BlockRange range, const std::function<void(const Paragraph&)>& fn);
/// The front blocks' text (the first 12 blocks when there is no front), folded, without spaces, one '|'
/// after each paragraph: "Độc lập – Tự do" and "Độc lập-Tự do" alike.
std::string folded_front(const Context& ctx);
/// A text taken from the Công báo (official gazette): reprinted without its Nơi nhận, hard-wrapped.
bool from_gazette(const Context& ctx);
/// Forms the rule book does not cover (Phiếu trình, Điều lệ, speeches, lists, an attachment "(Kèm theo …)"):
/// their header and numbering are their own.
bool outside_the_rule_book(const Context& ctx);
/// Every block of the document.
inline BlockRange all_blocks(const Document& doc) { return {0, doc.blocks.size()}; }
/// The location of the document's first block (for parts that are missing).
SourceLocation document_start(const Document& doc);
/// Number of code points in s[0, bytes).
std::size_t code_points(std::string_view s, std::size_t bytes);

// The rule families, one file each (rules_<family>.cpp).
void check_required_parts(Context& ctx);
void check_number_symbol(Context& ctx);
void check_dates(Context& ctx);
void check_outline(Context& ctx);
void check_footnotes(Context& ctx);
void check_closing(Context& ctx);
void check_references(Context& ctx);
void check_drafts(Context& ctx);

}  // namespace vanban::validate

namespace vanban::validate {
/// The first paragraph of the front blocks (the first blocks when front is empty) whose text holds
/// `needle`; reports there, else at the document's start.
void report_in_front(Context& ctx, std::string_view code, std::string message, std::string_view needle);
/// Reports where `text` stands in the paragraph that starts at `loc` (a reference's or a footnote's
/// occurrence), else at `loc` with `text` as the excerpt.
void report_text_at(Context& ctx, std::string_view code, std::string message, SourceLocation loc, const std::string& text);
/// Whether the header holds a date line with a blank day ("ngày      tháng      năm 2025"), which analysis
/// keeps no date for when the month is blank too: a draft's date, to be filled in when signed.
bool front_has_blank_day(const Context& ctx);
/// The same over blocks[range], reporting at `fallback` when no paragraph holds `needle`.
void report_in_range(Context& ctx, BlockRange range, std::string_view code, std::string message, std::string_view needle,
                     SourceLocation fallback);
}  // namespace vanban::validate
