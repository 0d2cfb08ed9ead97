#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/front_matter_text.hpp"

namespace vanban::analysis {

/// Cleans one item of "Nơi nhận:" or "Kính gửi:": drops the leading "-", "+", "•" and the trailing
/// ";" "," "." (Party lists use ","). Drafter initials glued after "Lưu: VT, NC." are kept as
/// given ("Lưu: VT, NC.Hà"). Empty when nothing is left.
std::string clean_list_item(std::string_view item);

/// True when the line starts with a list bullet ("- ", "+ ", "• ", "* ").
bool starts_with_bullet(std::string_view line);

/// Reads the items of a "Nơi nhận:" list. `lines[first]` is the "Nơi nhận:" line, whose text after
/// the colon (`rest_of_first`) may already hold an item. Items are: in a table, every following
/// line of the same cell; elsewhere the following bullet lines, "Lưu…" and lines continuing a
/// wrapped item. Signature lines met between items (a PDF that laid both side by side) are
/// skipped, not consumed. A list opened in a table cell goes on after the table while its last
/// item is left open ("," ";") and bullets follow, loose or in the left column of a later table (a
/// side-by-side text closing cut into pieces by a reader). `used` receives the indices of the lines read as items. When the
/// columns of a PDF closing were joined into one line ("- Như trên; PHÓ CHỦ TỊCH"), the capitals
/// tail is cut off and handed back in `spill` with its line index, for the signature.
std::vector<std::string> read_recipient_items(const std::vector<Line>& lines, std::size_t first,
                                              std::string_view rest_of_first, std::size_t end,
                                              std::vector<std::size_t>& used,
                                              std::vector<std::pair<std::size_t, std::string>>& spill);

/// Splits "Như trên; KT. GIÁM ĐỐC" into the item and a capitals tail of 2+ words after the first
/// ';' ',' '.' (the tail holds no further ';' ','). The tail is empty when there is none.
std::pair<std::string, std::string> split_capitals_tail(std::string_view line);

}  // namespace vanban::analysis
