#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/date_grammar.hpp"
#include "analysis/reference_regex.hpp"
#include "model/partial_date.hpp"
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
};

/// Finds citations of other documents: "<type> số <number/symbol> ngày <date> của <issuer> về …"
/// with its variants and lists, and laws cited by name. Patterns are compiled once.
class CitationScanner {
 public:
  explicit CitationScanner(const text::Folder& folder);

  /// Every citation in `text`, in order of appearance.
  std::vector<Citation> scan(const text::MatchText& text) const;

 private:
  struct Scan;
  void parse_numbered(Scan& s, int32_t head_start, int32_t type_start, int32_t type_end, int32_t ns_start,
                      int32_t ns_number_end, int32_t ns_end, int32_t limit) const;
  bool parse_law(Scan& s, int32_t head_start, int32_t head_end, int32_t limit) const;
  void parse_tail(Scan& s, Citation& c, int32_t pos, int32_t limit) const;
  std::string relation_before(const Scan& s, int32_t start) const;
  std::string issuer_before(const Scan& s, int32_t start) const;
  static int32_t trim_link_words(const Scan& s, int32_t start, int32_t end);

  const text::Folder& folder_;
  DateGrammar dates_;
  Pattern head_;          // type word [số] number/symbol
  Pattern continuation_;  // ", 1418/QĐ-UBND", " và 61/2023/NĐ-CP"
  Pattern of_;            // "của " before the issuer
  Pattern issuer_end_;
  Pattern subject_lead_;
  Pattern law_head_;
  Pattern law_name_end_;
  Pattern amending_name_end_;
  Pattern law_number_;    // " số 16/2023/QH15" after a law's name
  Pattern year_after_;    // " năm 2022"
  Pattern not_a_law_before_;
};

}  // namespace vanban
