#include "analysis/reference_book.hpp"

#include <set>

#include "analysis/number_symbol.hpp"
#include "analysis/symbol_issuers.hpp"

namespace vanban {
namespace {

std::string law_key(const text::Folder& folder, const std::string& name) {
  std::string key("law:");
  key.append(folder.fold_utf8(name));
  return key;
}

}  // namespace

ReferenceBook::ReferenceBook(const text::Folder& folder, const Metadata& self) : folder_(folder), self_(self) {
  if (self.number_symbol && self.number && !self.number->empty()) self_key_ = number_symbol_key(folder, *self.number_symbol);
  if (self.issue_date) self_date_ = *self.issue_date;
}

bool ReferenceBook::is_self(const std::string& key, const Citation& c) const {
  if (self_key_.empty() || key != self_key_) return false;
  if (!c.date || self_date_.year == 0) return true;
  return c.date->year == self_date_.year;
}

ReferenceBook::Entry ReferenceBook::make(Citation& c, std::string key) const {
  Entry e;
  e.key = std::move(key);
  Reference& r = e.ref;
  r.text = c.text;
  if (!c.type.empty()) r.type = c.type;  // a dated number with no type word names none
  r.type_code = c.type_code;
  if (!c.number_symbol.empty()) {
    r.number = c.number;
    r.number_symbol = c.number_symbol;
  }
  r.date = c.date;
  r.year = c.year;
  if (!c.issuer.empty()) r.issuer = c.issuer;
  if (!c.subject.empty()) r.subject = c.subject;
  if (!c.name.empty()) r.name = c.name;
  if (!c.relation.empty()) r.relation = c.relation;
  return e;
}

void ReferenceBook::join(Entry& e, Citation& c) {
  Reference& r = e.ref;
  const bool fuller = c.text.size() > r.text.size();
  if (fuller) {
    r.text = c.text;
    if (!c.type.empty()) r.type = c.type;
    if (c.type_code) r.type_code = c.type_code;
  }
  if (!r.date && c.date) r.date = c.date;
  if (!r.year && c.year) r.year = c.year;
  if (!c.issuer.empty() && (!r.issuer || fuller)) r.issuer = c.issuer;
  if (!c.subject.empty() && !r.subject) r.subject = c.subject;
  if (!c.name.empty() && !r.name) r.name = c.name;
  if (!c.relation.empty() && !r.relation) r.relation = c.relation;
}

void ReferenceBook::add(Citation c, const std::string& path, const std::string& where, const SourceLocation& location) {
  if (c.bare) {
    Occurrence occ{c.text, path, where, location, c.part};
    bare_.emplace_back(std::move(c), std::move(occ));
    return;
  }
  const bool numbered = !c.number_symbol.empty();
  const std::string key = numbered ? number_symbol_key(folder_, c.number_symbol) : law_key(folder_, c.name);
  if (numbered && is_self(key, c)) return;

  Entry* target = nullptr;
  Entry* undated = nullptr;
  Entry* latest = nullptr;
  for (auto& e : entries_) {
    if (e.key != key) continue;
    if (!latest || e.last_seen > latest->last_seen) latest = &e;
    if (numbered) {
      if (c.date && e.ref.date && *e.ref.date == *c.date) target = &e;
      if (!e.ref.date) undated = &e;
    } else {
      if (c.year && e.ref.year && *e.ref.year == *c.year) target = &e;
      if (!e.ref.year) undated = &e;
    }
  }
  const bool dated = numbered ? c.date.has_value() : c.year.has_value();
  if (!target) target = dated ? undated : latest;

  Occurrence occ{c.text, path, where, location, c.part};
  if (target) {
    join(*target, c);
  } else {
    entries_.push_back(make(c, key));
    target = &entries_.back();
  }
  target->ref.occurrences.push_back(std::move(occ));
  target->last_seen = ++clock_;
}

std::vector<Reference> ReferenceBook::take() {
  // "Quyết định số 335" is the one cited Quyết định numbered 335 (leading zeros aside), same date if both have one.
  auto plain_number = [](const std::string& number) {
    std::size_t i = 0;
    while (i + 1 < number.size() && number[i] == '0') ++i;
    return number.substr(i);
  };
  for (auto& [c, occ] : bare_) {
    Entry* match = nullptr;
    int count = 0;
    for (auto& e : entries_) {
      if (!e.ref.number_symbol || !e.ref.number || plain_number(*e.ref.number) != plain_number(c.number)) continue;
      const bool same_type = c.type_code && e.ref.type_code ? folder_.fold_utf8(*c.type_code) == folder_.fold_utf8(*e.ref.type_code)
                                                           : e.ref.type && folder_.fold_utf8(*e.ref.type) == folder_.fold_utf8(c.type);
      if (!same_type) continue;
      if (c.date && e.ref.date && !(*c.date == *e.ref.date)) continue;
      match = &e;
      ++count;
    }
    if (count == 1) match->ref.occurrences.push_back(std::move(occ));
  }
  bare_.clear();
  // "Luật Giá" by name is the numbered "Luật Giá số 16/2023/QH15" when exactly that name was given.
  std::vector<bool> gone(entries_.size(), false);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    auto& law = entries_[i];
    if (law.ref.number_symbol || !law.ref.name) continue;
    for (std::size_t j = 0; j < entries_.size(); ++j) {
      auto& numbered = entries_[j];
      if (j == i || !numbered.ref.number_symbol || !numbered.ref.name) continue;
      if (law_key(folder_, *numbered.ref.name) != law.key) continue;
      if (law.ref.year && numbered.ref.year && *law.ref.year != *numbered.ref.year) continue;
      for (auto& o : law.ref.occurrences) numbered.ref.occurrences.push_back(std::move(o));
      gone[i] = true;
      break;
    }
  }
  // A name that ran on past its end ("Luật X đảm bảo sự …") is the shorter name seen elsewhere.
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    auto& longer = entries_[i];
    if (gone[i] || longer.ref.number_symbol || !longer.ref.name) continue;
    std::size_t best = entries_.size();
    for (std::size_t j = 0; j < entries_.size(); ++j) {
      const auto& shorter = entries_[j];
      if (j == i || gone[j] || shorter.ref.number_symbol || !shorter.ref.name) continue;
      if (longer.key.size() <= shorter.key.size() + 1 || longer.key.compare(0, shorter.key.size(), shorter.key) != 0 ||
          longer.key[shorter.key.size()] != ' ')
        continue;
      if (longer.ref.year && shorter.ref.year && *longer.ref.year != *shorter.ref.year) continue;
      if (best == entries_.size() || shorter.key.size() > entries_[best].key.size()) best = j;
    }
    if (best == entries_.size()) continue;
    auto& target = entries_[best];
    if (!target.ref.year && longer.ref.year) target.ref.year = longer.ref.year;
    if (!target.ref.date && longer.ref.date) target.ref.date = longer.ref.date;
    for (auto& o : longer.ref.occurrences) target.ref.occurrences.push_back(std::move(o));
    gone[i] = true;
  }
  std::vector<Reference> out;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (gone[i]) continue;
    Reference r = std::move(entries_[i].ref);
    if (!r.issuer && r.number_symbol) {  // the text names no issuer: the symbol may
      r.issuer = issuer_from_symbol(folder_, *r.number_symbol, self_);
      r.issuer_inferred = r.issuer.has_value();
    }
    std::string id;
    if (r.number_symbol) {
      id = *r.number_symbol;
      if (r.date) id.append("@").append(r.date->iso());
    } else {
      id = entries_[i].key;
      if (ids.count(id) && r.year) id.append("@").append(std::to_string(*r.year));
    }
    std::string unique = id;
    for (int k = 2; ids.count(unique); ++k) unique = id + std::string("#").append(std::to_string(k));
    ids.insert(unique);
    r.id = unique;
    out.push_back(std::move(r));
  }
  entries_.clear();
  return out;
}

}  // namespace vanban
