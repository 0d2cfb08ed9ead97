#pragma once
#include <span>
#include <string_view>

#include "model/diagnostic.hpp"

namespace vanban::validate {

/// One row of the rule book: what `vanban validate --list-rules` prints. The checks live in one file per
/// family (rules_<family>.cpp) and report findings by code; severity and profiles come from this table.
struct RuleInfo {
  std::string_view code;     ///< "VB101": never reused for another meaning
  std::string_view name;     ///< kebab-case: "missing-national-title"
  std::string_view family;   ///< "required-parts", "number-symbol", …
  Severity severity;
  unsigned profiles;         ///< bits of Profile
  std::string_view summary;  ///< one line
  std::string_view example;  ///< a text that fires it
};

/// Every rule, ordered by code.
std::span<const RuleInfo> rule_table();
/// The row for `code`, or nullptr.
const RuleInfo* find_rule(std::string_view code);

}  // namespace vanban::validate
