#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/location.hpp"
#include "model/partial_date.hpp"

namespace vanban {

/// The part of a document a citation names: "điểm a khoản 2 Điều 5 Nghị định số …" -> {"a", 2, 5}.
/// Parts not named stay empty ("" / 0).
struct CitedPart {
  std::string diem;  ///< "a", "đ"
  int khoan = 0;
  int dieu = 0;
};

/// One place where a document is cited.
struct Occurrence {
  std::string text;      ///< the citation as written in this place
  std::string path;      ///< section path ("II.3"), "" for front matter
  std::string where;     ///< "body", "footnote:1", "table", "preamble", "title"
  SourceLocation location;
  std::optional<CitedPart> part;  ///< the article, clause, point cited there, when named
};

/// One distinct cited document (identity: number/symbol + date, or the name of a law).
struct Reference {
  std::string id;                            ///< stable key, e.g. "69/KH-UBND@2024-02-26", "law:luật thực hiện dân chủ ở cơ sở"
  std::string text;                          ///< the fullest citation seen
  std::optional<std::string> type;           ///< the word the text uses: "Kế hoạch", "Văn bản", "Luật"
  std::optional<std::string> type_code;      ///< "KH", "NĐ", … from the symbol or type word
  std::optional<std::string> number;         ///< "69"
  std::optional<std::string> number_symbol;  ///< as written, spaces removed: "69/KH-UBND"; null for laws by name
  std::optional<PartialDate> date;
  std::optional<int> year;
  std::optional<std::string> issuer;         ///< "UBND huyện Bảo Lâm"
  bool issuer_inferred = false;              ///< the issuer comes from the symbol ("…/QĐ-TTg"), not the text
  std::optional<std::string> subject;        ///< "về …" text
  std::optional<std::string> name;           ///< laws by name: "Luật Thực hiện dân chủ ở cơ sở" (no year)
  std::optional<std::string> relation;       ///< "basis" (căn cứ), "implements", "amends", "replaces", "repeals"
  std::vector<Occurrence> occurrences;
};

}  // namespace vanban
