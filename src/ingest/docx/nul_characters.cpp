#include "ingest/docx/nul_characters.hpp"

#include <algorithm>
#include <cstring>

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

/// Offsets kept in order, only the first few.
struct FirstOffsets {
  std::size_t count = 0;
  std::size_t at[NulCharacters::kShown] = {};
  void add(std::size_t offset) {
    if (count < NulCharacters::kShown) at[count] = offset;
    ++count;
  }
};

}  // namespace

NulCharacters blank_nul_characters(std::string& bytes) {
  FirstOffsets raw, references;
  // Both are rare: memchr finds the next candidate, so a clean part costs two fast scans.
  for (char* p = static_cast<char*>(std::memchr(bytes.data(), '\0', bytes.size())); p;
       p = static_cast<char*>(std::memchr(p + 1, '\0', bytes.data() + bytes.size() - (p + 1)))) {
    raw.add(static_cast<std::size_t>(p - bytes.data()));
    *p = ' ';
  }
  for (std::size_t i = bytes.find("&#"); i != std::string::npos; i = bytes.find("&#", i + 2)) {
    const std::size_t length = nul_reference_at(bytes, i);
    if (length == 0) continue;
    references.add(i);
    if (length == 4) {
      bytes.replace(i, 4, "&#9;");
    } else {
      bytes.replace(i + 2, length - 5, length - 5, '0');
      bytes.replace(i + length - 3, 3, "32;");
    }
  }
  // The first few of all: each list is in order, so they are among the first few of each.
  NulCharacters found;
  found.count = raw.count + references.count;
  std::size_t a = 0, b = 0;
  const std::size_t shown_raw = std::min(raw.count, NulCharacters::kShown);
  const std::size_t shown_references = std::min(references.count, NulCharacters::kShown);
  for (std::size_t k = 0; k < std::min(found.count, NulCharacters::kShown); ++k) {
    const bool take_raw = b == shown_references || (a < shown_raw && raw.at[a] < references.at[b]);
    found.first[k] = take_raw ? raw.at[a++] : references.at[b++];
  }
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
