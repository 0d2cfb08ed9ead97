#include "ingest/docx/nul_characters.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "ingest/docx/xml_part.hpp"

namespace vanban::docx {
namespace {

/// Length of the character reference to U+0000 at `i` ("&#0;", "&#x00;"), 0 when there is none.
std::size_t nul_reference_at(std::string_view bytes, std::size_t i) {
  std::size_t j = i + 2;  // after "&#"
  const bool hex = j < bytes.size() && bytes[j] == 'x';
  if (hex) ++j;
  const std::size_t digits = j;
  while (j < bytes.size() && bytes[j] == '0') ++j;
  if (j == digits || j >= bytes.size()) return 0;
  if (bytes[j] != ';') return 0;  // another digit: some other character (or a malformed reference)
  return j + 1 - i;
}

}  // namespace

NulCharacters blank_nul_characters(std::string& bytes) {
  NulCharacters found;
  std::vector<std::size_t> shown;  // the first few of each kind; the first few of all are among them
  std::size_t of_kind = 0;
  const auto note = [&](std::size_t offset) {
    if (of_kind++ < NulCharacters::kShown) shown.push_back(offset);
    ++found.count;
  };
  // Both are rare: memchr finds the next candidate, so a clean part costs two fast scans.
  for (char* p = static_cast<char*>(std::memchr(bytes.data(), '\0', bytes.size())); p;
       p = static_cast<char*>(std::memchr(p + 1, '\0', bytes.data() + bytes.size() - (p + 1)))) {
    note(static_cast<std::size_t>(p - bytes.data()));
    *p = ' ';
  }
  of_kind = 0;
  for (std::size_t i = bytes.find("&#"); i != std::string::npos; i = bytes.find("&#", i + 2)) {
    const std::size_t length = nul_reference_at(bytes, i);
    if (length == 0) continue;
    note(i);
    if (length == 4) {
      bytes.replace(i, 4, "&#9;");
    } else {
      bytes.replace(i + 2, length - 5, length - 5, '0');
      bytes.replace(i + length - 3, 3, "32;");
    }
  }
  std::sort(shown.begin(), shown.end());
  for (std::size_t k = 0; k < std::min(shown.size(), NulCharacters::kShown); ++k) found.first[k] = shown[k];
  return found;
}

void report_nul_characters(const NulCharacters& nuls, std::string_view part_name, std::string_view bytes,
                           Diagnostics& diags) {
  if (nuls.count == 0) return;
  std::string at;
  const std::size_t shown = std::min(nuls.count, NulCharacters::kShown);
  for (std::size_t k = 0; k < shown; ++k) {
    const auto [line, column] = line_and_column(bytes, nuls.first[k]);
    if (!at.empty()) at += "; ";
    at += "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " +
          std::to_string(nuls.first[k]) + ")";
  }
  if (nuls.count > shown) at += " and " + std::to_string(nuls.count - shown) + " more";
  diags.warning("docx.nul", std::to_string(nuls.count) + " NUL character(s) in the part " + std::string(part_name) +
                                " (a raw byte or a reference such as &#0;, which XML does not allow), read as "
                                "spaces, at " + at);
}

}  // namespace vanban::docx
