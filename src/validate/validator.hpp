#pragma once
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "model/partial_date.hpp"
#include "validate/finding.hpp"

namespace vanban {
class Converter;
}

namespace vanban::validate {

struct ValidateOptions {
  std::optional<Profile> profile;  ///< std::nullopt: chosen from the document (auto)
  PartialDate today;               ///< "now" for the rules (never read from the clock inside them)
  std::set<std::string, std::less<>> rules;    ///< only these codes; empty: all
  std::set<std::string, std::less<>> ignored;  ///< never these codes
};

struct ValidationResult {
  Profile profile = Profile::Nd30;
  std::vector<Finding> findings;  ///< in document order (by location), then by code
};

/// Runs the rule book on an analysed Document. Build one and reuse it; not shared between threads.
class Validator {
 public:
  /// Builds fold tables of its own.
  Validator();
  /// Shares the converter's fold tables (the converter must outlive the validator).
  explicit Validator(const Converter& converter);
  ~Validator();
  Validator(const Validator&) = delete;
  Validator& operator=(const Validator&) = delete;

  ValidationResult validate(const Document& doc, const ValidateOptions& options) const;
  /// The profile "auto" picks: Party forms -> party; Luật, Nghị định, Thông tư … -> normative; else nd30.
  Profile detect_profile(const Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban::validate
