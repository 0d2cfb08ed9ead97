#pragma once
#include <cstddef>
#include <string_view>

namespace vanban::md {

/// What a line (or paragraph) starts with, as a reader of an official document sees it.
enum class LabelKind {
  None,
  Outline,          ///< "I.", "II-", "1.", "1.1.", "a)", "đ)", "(1)", "Điều 5.", "Chương II", "Mục 1", "Phần", "Phụ lục I"
  Bullet,           ///< "- ", "+ ", "• ", "– "
  QuotedProvision,  ///< an opening quote followed by an outline label: “c) …, "5. …
};

struct LineLabel {
  LabelKind kind = LabelKind::None;
  std::size_t length = 0;         ///< bytes of the label (without the space after it)
  bool lowercase_after = false;   ///< for bullets: the word after it is lowercase ("kinh tế\n- xã hội")
};

/// The label at the start of `line` (leading spaces ignored). Hand-written scanning on NFC UTF-8.
LineLabel leading_label(std::string_view line);

/// True when the line is only a label ("Phụ lục I", "Chương II", "Điều 5.", "3.").
bool is_label_only(std::string_view line);

/// Number of code points.
std::size_t code_points(std::string_view s);

/// At least four letters and none of them lowercase ("CỘNG HÒA XÃ HỘI…", "KT. THỦ TƯỚNG").
bool is_all_caps(std::string_view line);

/// The line ends with . ; : ! ? possibly followed by closing quotes/brackets ("giá;”;", "./.").
/// An ellipsis ("...", "…") counts only when `ellipsis_ends` is set.
bool ends_with_terminal(std::string_view line, bool ellipsis_ends = false);

/// Last visible character is a comma.
bool ends_with_comma(std::string_view line);

/// Last visible character is a letter, a digit or a comma: the text stops mid-sentence.
bool ends_mid_sentence(std::string_view line);

/// First letter-or-digit character of the line is a lowercase letter (after leading spaces).
bool starts_lowercase(std::string_view line);

/// The line starts with an opening quotation mark (“ " ‘ « ').
bool starts_with_opening_quote(std::string_view line);

/// Header lines of an official document that always stand alone: "Số: 12/KH-UBND",
/// "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 06 tháng 4 năm 2026", "(Ký tên, đóng dấu)".
bool is_standalone_header_line(std::string_view line);

/// Lines that open a part of the preamble or closing ("Căn cứ …", "Theo đề nghị …", "Nơi nhận:").
bool starts_preamble_phrase(std::string_view line);

/// The last word is one that cannot end a title or a sentence ("của", "và", "về", "VỚI", "các"…), or
/// the line ends with a comma or a hyphen: the text goes on on the next line.
bool ends_with_connective(std::string_view line);

/// Code points of the first word (up to the first space).
std::size_t first_word_length(std::string_view line);

/// The first word reads as a code or a number: starts with a digit, or holds at least two
/// capitals ("UBND", "TTg", "HĐND"), as the tail of a symbol cut at its hyphen.
bool starts_with_code(std::string_view line);

/// `line` without leading and trailing ASCII spaces/tabs.
std::string_view trim(std::string_view line);

}  // namespace vanban::md
