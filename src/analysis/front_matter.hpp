#pragma once
#include <memory>

#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Finds the header, type line, subject, preamble, signature block, Nơi nhận and appendices; sets
/// doc.front/preamble/body/closing/appendices and doc.metadata. Reads layout tables cell by cell.
/// Documents that lost their header (Markdown from PDF) get the type and subject from their first
/// lines and the issuer from the body ("UBND xã X xây dựng kế hoạch …"), listed in metadata.inferred.
/// Without an issue date, the year the title states goes to metadata.year ("year" in inferred; issue_date
/// stays null) and a "front.no-header" warning lists what the header lacks.
class FrontMatterPass {
 public:
  explicit FrontMatterPass(const text::TextKit& kit);
  ~FrontMatterPass();
  FrontMatterPass(FrontMatterPass&&) noexcept;
  void run(Document& doc) const;

 private:
  struct Impl;  // compiled patterns and tables
  friend class FrontMatterReader;  // one run's steps (front_matter.cpp)
  const text::TextKit& kit_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban
