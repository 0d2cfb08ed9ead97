#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "analysis/pattern.hpp"
#include "text/match_text.hpp"

namespace vanban {

/// Finds the unit a task is given to: "Giao Văn phòng tham mưu …" -> "Văn phòng",
/// "Sở Nội vụ chủ trì …" -> "Sở Nội vụ", a heading "4. Ủy ban nhân dân các tỉnh, thành phố".
class AssigneeFinder {
 public:
  explicit AssigneeFinder(const text::Folder& folder);

  /// The unit a sentence assigns work to; nullopt when it names none.
  std::optional<std::string> in_sentence(std::string_view sentence) const;

  /// A heading or table cell that is just a unit name ("Ủy ban nhân dân các tỉnh, thành phố").
  std::optional<std::string> in_heading(std::string_view heading) const;

 private:
  const text::Folder& folder_;
  Pattern label_;
  Pattern assigned_;  // giao / đề nghị / yêu cầu <unit> <verb>
  Pattern leading_;   // <unit> chủ trì / có trách nhiệm …
  Pattern unit_;      // a unit name at the start
  Pattern verb_;      // a task verb anywhere (a heading with one is not a bare unit name)
};

}  // namespace vanban
