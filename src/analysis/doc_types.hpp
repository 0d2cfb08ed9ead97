#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::analysis {

/// One document type: its name in sentence case and its abbreviation(s) in number/symbols.
struct DocTypeInfo {
  std::string name;    ///< "Kế hoạch"
  std::string folded;  ///< "ke hoach" (text::Folder form, 'đ' kept)
  std::vector<std::string> codes;  ///< "KH"; several when systems differ ("Quy định": QyĐ, QĐi); empty for Công văn
};

/// The types of NĐ 30/2020 (Phụ lục III), Party (HD 36) and normative documents, plus types real
/// documents use outside the lists (Phiếu trình, Kết luận, Tham luận, Điều lệ).
class DocTypeTable {
 public:
  DocTypeTable();

  /// The type whose folded name equals `folded_line` exactly ("ke hoach"), if any.
  const DocTypeInfo* by_folded_name(std::string_view folded_line) const;
  /// The type whose folded name opens `folded_line` as whole words, the longest one
  /// ("bao cao tom tat" -> Báo cáo), if any.
  const DocTypeInfo* by_folded_prefix(std::string_view folded_line) const;
  /// The type whose code is `code` exactly ("KH", "QĐ", "NĐ"), if any.
  const DocTypeInfo* by_code(std::string_view code) const;
  /// The code of `type` to report, given the symbol's type code when there is one: the symbol's
  /// code wins when it is one of the type's codes (Quy định: "QĐi" in Party symbols, "QyĐ" in state ones).
  std::optional<std::string> code_for(const DocTypeInfo& type, std::string_view symbol_code) const;

  const std::vector<DocTypeInfo>& all() const { return types_; }

 private:
  std::vector<DocTypeInfo> types_;
};

/// The type code inside a number/symbol's symbol part: "KH-UBND" -> "KH" (state), "KH/ĐU" -> "KH"
/// (Party), "2026/NĐ-CP" -> "NĐ" (normative), "UBND-NC" -> "UBND" (công văn: the issuer; callers
/// check it against the table). Empty when there is nothing.
std::string symbol_type_code(std::string_view symbol);

}  // namespace vanban::analysis
