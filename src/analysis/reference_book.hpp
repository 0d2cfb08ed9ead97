#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/citation_scanner.hpp"
#include "model/location.hpp"
#include "model/metadata.hpp"
#include "model/reference.hpp"
#include "text/match_text.hpp"

namespace vanban {

/// Merges citations into distinct documents. Identity is number/symbol + date: a dated citation
/// joins the entry with the same number/symbol and date (or fills in the date of an undated
/// one); an undated citation joins the entry with its number/symbol (the latest one seen when
/// several dates exist). Laws cited by name are keyed on their folded name, and join a numbered
/// citation that carries the same name ("Luật Giá" and "Luật Giá số 16/2023/QH15").
/// The document's own number is never a reference.
class ReferenceBook {
 public:
  ReferenceBook(const text::Folder& folder, const Metadata& self);

  void add(Citation c, const std::string& path, const std::string& where, const SourceLocation& location);

  /// The references in order of first citation, with stable ids. A bare short mention joins the
  /// one cited document of its type and number; when there is none, or several, it is dropped.
  std::vector<Reference> take();

 private:
  struct Entry {
    Reference ref;
    std::string key;  // number/symbol key, or "law:<folded name>"
    std::size_t last_seen = 0;
  };
  bool is_self(const std::string& key, const Citation& c) const;
  void join(Entry& e, Citation& c);
  Entry make(Citation& c, std::string key) const;

  const text::Folder& folder_;
  Metadata self_;  // the citing document: a local symbol code ("…/QĐ-UBND") names a body of its level
  std::string self_key_;
  PartialDate self_date_;
  std::vector<Entry> entries_;
  /// Bare short mentions ("Quyết định số 335"), resolved in take() against the full citations.
  std::vector<std::pair<Citation, Occurrence>> bare_;
  std::size_t clock_ = 0;
};

}  // namespace vanban
