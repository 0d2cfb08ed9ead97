#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/date_grammar.hpp"
#include "analysis/pattern.hpp"
#include "model/partial_date.hpp"
#include "model/reference.hpp"
#include "text/match_text.hpp"

namespace vanban {

/// One citation of another document found in a piece of text.
struct Citation {
  int32_t start = 0;  ///< UTF-16 span in the scanned text: type word … date/issuer (not the subject)
  int32_t end = 0;
  std::string text;            ///< original[start, end)
  std::string type;            ///< as written: "Kế hoạch", "Nghị định", "Luật"
  std::optional<std::string> type_code;
  std::string number;          ///< "69"; empty for a law cited by name
  std::string number_symbol;   ///< "69/KH-UBND", spaces removed; empty for a law cited by name
  std::optional<PartialDate> date;
  std::optional<int> year;
  std::string issuer;
  std::string subject;         ///< "về …" / "ban hành …" text
  std::string name;            ///< laws: "Luật Giá" (no year)
  std::string relation;        ///< "basis", "implements", "amends", "replaces", "repeals" or ""
  int group = 0;               ///< citations of one list ("các Nghị định số A và B") share it
  /// "Quyết định số 335": a type word and a bare number with no symbol. Such a short mention only
  /// joins a document cited in full elsewhere (ReferenceBook); it never makes a reference of its own.
  bool bare = false;
  /// For the ends of a range longer than CitationScanner::kMaxRangeItems: the numbers written
  /// ("01".."90") of the range whose middle was left out; empty otherwise.
  std::string capped_range;
  /// A law being drafted ("dự thảo: Luật X", "Luật Y (sửa đổi)"): no reference. Kept while scanning
  /// so that the laws named inside it are not read as citations, then dropped.
  bool draft = false;
  /// "điểm a khoản 2 Điều 5 Nghị định số …": the part of the document this citation names.
  std::optional<CitedPart> part;
};

/// Finds citations of other documents: "<type> số <number/symbol> ngày <date> của <issuer> về …"
/// with its variants and lists, and laws cited by name. Patterns are compiled once.
class CitationScanner {
 public:
  explicit CitationScanner(const text::Folder& folder);

  /// Every citation in `text`, in order of appearance. With `bare_mentions`, short mentions
  /// "Quyết định số 335" (no symbol) come too, marked `bare`: they name no document by themselves.
  std::vector<Citation> scan(const text::MatchText& text, bool bare_mentions = false) const;

  /// The relation a paragraph gives to a list that follows it: "Bãi bỏ các quyết định sau:",
  /// "Điều 1. Bãi bỏ toàn bộ các quyết định sau" -> "repeals"; "" when it opens no list or names no cue.
  std::string list_opening_relation(const text::MatchText& text) const;

  /// A range "từ số 01 đến số 13/2026/QĐ-UBND" yields one citation per number up to this many;
  /// a longer range keeps its two ends only (marked `capped_range`).
  static constexpr int kMaxRangeItems = 50;

 private:
  struct Scan;
  void parse_numbered(Scan& s, int32_t head_start, int32_t type_start, int32_t type_end, int32_t ns_start,
                      int32_t ns_number_end, int32_t ns_end, int32_t limit) const;
  bool parse_law(Scan& s, int32_t head_start, int32_t head_end, int32_t limit) const;
  void parse_tail(Scan& s, Citation& c, int32_t pos, int32_t limit) const;
  struct RangeMatch;
  /// Ranges "<type> từ số A[/symbol] đến số B/symbol" in the text, in order.
  std::vector<RangeMatch> find_ranges(const Scan& s, const std::vector<int32_t>& type_leads) const;
  /// One citation per number of the range (or its two ends when it is too long), sharing the tail.
  void emit_range(Scan& s, const RangeMatch& r, int32_t limit) const;
  /// "Quyết định số 335" with nothing after the number that makes a symbol, outside taken spans.
  void scan_bare(Scan& s, const std::vector<int32_t>& type_leads, const std::vector<std::pair<int32_t, int32_t>>& taken,
                 int32_t n) const;
  int32_t law_name_end(const Scan& s, int32_t name_start, int32_t n) const;
  /// "Luật Bảo vệ người đang tham gia giao thông số 12/2025/QH15": the law's number further on in the
  /// clause, past words that cut the name; the start of " số" or -1.
  int32_t law_number_ahead(const Scan& s, int32_t name_end, int32_t limit) const;
  bool is_draft_law(const Scan& s, int32_t head_start, int32_t name_end) const;
  bool lower_name_ok(const Scan& s, int32_t name_start, int32_t name_end, int32_t limit) const;
  /// "Ngày 10/9/2027, UBND tỉnh ban hành Kế hoạch số …": the issuer (and date) of a citation told before it.
  void issued_before(const Scan& s, int32_t head_start, Citation& c) const;
  /// "điểm a khoản 2 Điều 5 [của] <citation>": the part named right before a citation.
  std::optional<CitedPart> part_before(const Scan& s, int32_t start) const;
  bool joins_name(const Scan& s, int32_t at, int32_t n) const;
  std::string relation_before(const Scan& s, int32_t start) const;
  std::string list_relation_before(const Scan& s, int32_t at) const;
  static std::string relation_in(const icu::UnicodeString& lower, int32_t from, int32_t to);
  std::string issuer_before(const Scan& s, int32_t start) const;
  int32_t issuer_end_at(const Scan& s, int32_t start, int32_t limit) const;
  static bool qualifier_ok(const Scan& s, int32_t start, int32_t end);
  static int32_t trim_link_words(const Scan& s, int32_t start, int32_t end);

  const text::Folder& folder_;
  DateGrammar dates_;
  Pattern head_;          // type word [số] number/symbol
  Pattern qualified_head_;  // type word + lowercase qualifier + số: "Báo cáo thẩm tra số 12/BC-HĐND"
  Pattern continuation_;  // ", 1418/QĐ-UBND", " và 61/2023/NĐ-CP"
  Pattern of_;            // "của " before the issuer
  Pattern issuer_end_;
  Pattern board_name_;   // "Ban Chỉ đạo", "Tổ công tác": bodies whose name may say their task
  Pattern subject_lead_;
  Pattern law_head_;
  Pattern law_name_end_;
  Pattern name_join_stop_;  // after ", " or " và ": words that start a new phrase, not more of a law's name
  Pattern clause_word_;     // a verb-like word that shows the words read past a comma were a clause
  Pattern amending_name_end_;
  Pattern law_number_;    // " số 16/2023/QH15" after a law's name
  Pattern year_after_;    // " năm 2022"
  Pattern not_a_law_before_;
  Pattern lowercase_name_stop_;  // "Luật chuyên ngành", "Luật hiện hành": not names
  Pattern issued_verb_;          // "(đã) (ký) ban hành " right before a citation
  Pattern part_before_;  // "điểm a khoản 2 Điều 5 " ending where a citation starts
  Pattern body_head_;    // the first word(s) of a body's name: "Ủy ban", "UBND", "Sở", "Bộ"
  Pattern range_;         // "<type> từ số 01[/symbol] đến số 13/2026/QĐ-UBND"
  Pattern bare_;          // "<type> số 335" (no symbol after the number)
  Pattern dated_number_;  // no type word, a dated number: "tỉnh A số 421/NQ-HĐND ngày 24/6/2026"
};

}  // namespace vanban
