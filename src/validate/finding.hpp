#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"
#include "model/location.hpp"

namespace vanban::validate {

/// The rule book a document follows: NĐ 30/2020 (state bodies), HD 36 (Party committees), or the law on
/// normative documents. Bits, so that a rule can apply to several.
enum class Profile : unsigned { Nd30 = 1, Party = 2, Normative = 4 };
inline constexpr unsigned kAllProfiles = 7;
inline constexpr unsigned kStateProfiles = 1 | 4;
inline constexpr unsigned bit(Profile p) { return static_cast<unsigned>(p); }

std::string_view to_string(Profile p);
/// "nd30", "party", "normative"; std::nullopt for anything else ("auto" is the caller's business).
std::optional<Profile> profile_from_string(std::string_view s);

/// What one rule says about one place of a document.
struct Finding {
  std::string code;  ///< stable rule code: "VB210"
  Severity severity = Severity::Warning;
  std::string message;  ///< one sentence in English naming the Vietnamese part
  SourceLocation location;
  std::string excerpt;              ///< the paragraph (or line) concerned; empty for a part that is missing
  std::size_t excerpt_column = 0;   ///< 0-based code point in `excerpt` where the problem starts
};

}  // namespace vanban::validate
