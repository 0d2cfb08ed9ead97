// The closing: Nơi nhận ends with the filing item "Lưu: VT, …"; KT. (ký thay) signs for a head as a deputy
// (PHÓ …); TM. (thay mặt) signs for a collective body, never for a person's position.
#include <sstream>

#include "validate/context.hpp"

namespace vanban::validate {
namespace {

BlockRange closing_range(const Context& ctx) {
  if (!ctx.doc.closing.empty()) return ctx.doc.closing;
  const std::size_t n = ctx.doc.blocks.size();
  return {n > 12 ? n - 12 : 0, n};
}

SourceLocation closing_start(const Context& ctx) {
  const BlockRange r = closing_range(ctx);
  return r.empty() ? document_start(ctx.doc) : location_of(ctx.doc.blocks[r.begin]);
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

/// "kt. chu tich" -> "chu tich" when `s` opens with one of the prefixes ("kt." / "k/t"); else nullopt.
std::optional<std::string_view> after_prefix(std::string_view s, std::string_view state, std::string_view party) {
  for (auto p : {state, party}) {
    if (starts_with(s, p)) {
      s.remove_prefix(p.size());
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      return s;
    }
  }
  return std::nullopt;
}

/// Positions held by one person: TM. before them is wrong (TM. ỦY BAN NHÂN DÂN, TM. BAN THƯỜNG VỤ are right).
bool individual_position(std::string_view body) {
  static constexpr std::string_view kPositions[] = {
      "chu tich", "pho chu tich", "giam đoc", "pho giam đoc", "bi thu", "pho bi thu", "truong phong", "truong ban",
      "pho truong", "chanh van phong", "pho chanh van phong", "bo truong", "thu truong", "tong giam đoc", "cuc truong",
      "vu truong", "thu tuong", "pho thu tuong", "hieu truong", "vien truong", "chanh an"};
  for (auto p : kPositions) {
    if (body == p || starts_with(body, std::string(p) + " ")) return true;
  }
  return false;
}

void check_recipients(Context& ctx) {
  const auto& r = ctx.doc.metadata.recipients;
  if (r.empty()) return;
  // A signature the analysis left among the items ("TM. BAN CHỈ ĐẠO …") is not an item.
  std::size_t i = r.size();
  while (i > 0 && (after_prefix(ctx.fold(r[i - 1]), "tm.", "t/m") || after_prefix(ctx.fold(r[i - 1]), "kt.", "k/t"))) --i;
  if (i == 0) return;
  const std::string last = ctx.fold(r[i - 1]);
  if (starts_with(last, "luu")) return;
  report_in_range(ctx, closing_range(ctx), "VB601",
                  "the recipients (Nơi nhận) do not end with the filing item \"Lưu: VT, …\"", r.back(), closing_start(ctx));
}

void check_signature(Context& ctx) {
  const auto& signer = ctx.doc.metadata.signer;
  if (!signer.authority) return;
  std::istringstream lines(*signer.authority);
  std::string line, last_line;
  while (std::getline(lines, line)) {
    const std::string folded = ctx.fold(line);
    if (auto body = after_prefix(folded, "tm.", "t/m")) {
      if (individual_position(*body)) {
        report_in_range(ctx, closing_range(ctx), "VB603",
                        "the signature prefix TM. (thay mặt) is followed by a person's position (\"" + line +
                            "\"), not by a collective body",
                        line, closing_start(ctx));
      }
    }
    if (!folded.empty()) last_line = line;
  }
  // KT. on the line just above the position: that position must be a deputy's.
  if (!after_prefix(ctx.fold(last_line), "kt.", "k/t") || !signer.position) return;
  const std::string position = ctx.fold(*signer.position);
  // Thứ trưởng is the deputy of a Bộ trưởng.
  if (starts_with(position, "pho ") || starts_with(position, "thu truong")) return;
  report_in_range(ctx, closing_range(ctx), "VB602",
                  "the signature prefix KT. (ký thay) stands over the position \"" + *signer.position +
                      "\", which is not a deputy's (PHÓ …)",
                  *signer.position, closing_start(ctx));
}

}  // namespace

void check_closing(Context& ctx) {
  check_recipients(ctx);
  check_signature(ctx);
}

}  // namespace vanban::validate
