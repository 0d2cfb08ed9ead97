#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/location.hpp"
#include "model/partial_date.hpp"

namespace vanban {

/// The signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A".
struct Signer {
  std::optional<std::string> authority;  ///< prefix line(s) as written: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"
  std::optional<std::string> position;   ///< the position line just above the name: "PHÓ CHỦ TỊCH"
  std::optional<std::string> name;
  SourceLocation location;
};

/// Header and closing of a document. Absent values stay std::nullopt (null in JSON).
struct Metadata {
  std::optional<std::string> doc_type;       ///< sentence case: "Kế hoạch"; "Công văn" when no type line
  std::optional<std::string> doc_type_code;  ///< "KH", "QĐ", "CV" …
  std::optional<std::string> number;         ///< "69"; null when blank (drafts)
  std::optional<std::string> symbol;         ///< "KH-UBND", "KH/ĐU", "2026/NĐ-CP"
  std::optional<std::string> number_symbol;  ///< "69/KH-UBND", "111-KH/ĐU"; "/KH-UBND" when the number is blank
  std::optional<std::string> issuer;         ///< the issuing body, header lines joined
  std::optional<std::string> parent_issuer;  ///< the superior body line above it
  std::optional<std::string> place;
  std::optional<PartialDate> issue_date;
  std::optional<std::string> title;          ///< trích yếu without "V/v"
  Signer signer;
  std::vector<std::string> recipients;       ///< Nơi nhận items, without "-" and trailing ";" "."
  std::vector<std::string> addressees;       ///< "Kính gửi:" items (công văn, tờ trình)
  bool draft = false;                        ///< "DỰ THẢO", or blank number/day
  std::optional<std::string> secrecy;        ///< "Mật", "Tối mật", "Tuyệt mật"
  std::optional<std::string> urgency;        ///< "Khẩn", "Thượng khẩn", "Hỏa tốc"
  std::vector<std::string> inferred;         ///< names of fields inferred from the body, not read from the header
  /// Only when no issue date was read: the year the body states for the document ("Kế hoạch … năm 2026"),
  /// listed as "year" in `inferred`. Kept apart from issue_date, which stays what the header says.
  std::optional<int> year;
};

}  // namespace vanban
