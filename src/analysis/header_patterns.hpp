#pragma once
#include <optional>
#include <string>
#include <vector>

#include "analysis/front_matter_text.hpp"
#include "model/partial_date.hpp"
#include "text/match_text.hpp"

namespace vanban::analysis {

/// What a line of a document's header is.
enum class HeaderLineKind {
  Other,        ///< unclassified: an issuing body line when it is in capitals
  National,     ///< "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  Motto,        ///< "Độc lập - Tự do - Hạnh phúc"
  Party,        ///< "ĐẢNG CỘNG SẢN VIỆT NAM"
  Separator,    ///< "______", "-----", "*"
  Number,       ///< "Số: 69/KH-UBND"
  PlaceDate,    ///< "Phú An, ngày 05 tháng 3 năm 2026"
  Draft,        ///< "DỰ THẢO"
  Secrecy,      ///< "MẬT"
  Urgency,      ///< "KHẨN", "HỎA TỐC"
  Subject,      ///< "V/v …", "Về việc …"
  Addressee,    ///< "Kính gửi: …"
  Noise,        ///< page headers ("CÔNG BÁO/Số …"), page numbers, digital-signature stamps
};

/// "Số: 69/KH-UBND" → number "69", symbol "KH-UBND", number_symbol "69/KH-UBND".
struct NumberSymbol {
  std::optional<std::string> number;  ///< null when blank (drafts)
  std::string symbol;
  std::string number_symbol;          ///< "/KH-UBND" when the number is blank
};

/// "Phú An, ngày 05 tháng 3 năm 2026".
struct PlaceDate {
  std::optional<std::string> place;
  PartialDate date;
  bool blank = false;  ///< day or month left blank (a draft)
};

/// The recognizers of header lines, compiled once.
class HeaderPatterns {
 public:
  HeaderPatterns();

  HeaderLineKind classify(const text::MatchText& line) const;
  /// classify(line) == National, without trying the other kinds.
  bool is_national(const text::MatchText& line) const;
  std::optional<NumberSymbol> number_symbol(const text::MatchText& line) const;
  std::optional<PlaceDate> place_date(const text::MatchText& line) const;
  /// "V/v triển khai …" → offset where the subject text starts (after "V/v", "Về việc", ':').
  std::optional<int32_t> subject_start(const text::MatchText& line) const;
  /// "Kính gửi: Sở X" → offset after "Kính gửi:".
  std::optional<int32_t> addressee_start(const text::MatchText& line) const;
  /// Pieces of a header line whose columns a reader joined with single spaces ("UBND TỈNH X CỘNG HÒA
  /// XÃ HỘI …", "Số: 12/KH-SNV Phú An, ngày …", "… Hạnh phúc Phú An, ngày …"); the line itself
  /// when nothing is joined.
  std::vector<std::string> split_joined_columns(const text::MatchText& line) const;
  /// A capitals line holding two bodies because a reader joined header lines
  /// ("UBND TỈNH X SỞ Y TẾ", "ĐẢNG BỘ TỈNH X ĐẢNG ỦY XÃ Y") cut before the second; else the line.
  std::vector<std::string> split_joined_bodies(const std::string& caps_line) const;
  /// A line that starts an issuing body's name ("ỦY BAN …", "SỞ …", "BAN …", "ĐẢNG ỦY …").
  bool starts_body_name(const text::MatchText& line) const;
  /// A line that starts with an administrative unit ("HUYỆN X", "XÃ Y", "THÀNH PHỐ Z") and no body name:
  /// the place half of a body name split over two lines ("ỦY BAN NHÂN DÂN" / "HUYỆN X").
  bool starts_place_name(const text::MatchText& line) const;

 private:
  Regex national_, motto_, party_, separator_, number_, date_, numeric_date_, draft_, secrecy_, urgency_, subject_,
      addressee_, noise_, body_word_, place_word_, caps_then_number_, column_cut_, number_cut_, joined_body_;
};

}  // namespace vanban::analysis
