#pragma once
#include <optional>
#include <string>

#include "model/location.hpp"

namespace vanban {

/// A time limit for something the document asks to be done.
struct Deadline {
  std::string text;    ///< the phrase as written: "trước ngày 25/5/2024"
  std::string value;   ///< ISO-like: "2024-05-25", "2026-06", "2026-Q2", "2026-H1", "XXXX-12-15"
  std::string kind;    ///< "before", "by", "on", "during", "from", "recurring", "relative"
  std::string path;    ///< section path of the sentence
  std::string sentence;
  std::optional<std::string> assignee;
  SourceLocation location;
  // Relative limits (kind "relative", empty value): "trong thời hạn 15 ngày kể từ ngày nhận được văn bản".
  std::optional<std::string> duration;  ///< ISO 8601 duration: "P15D", "P2W", "P1M", "P1Y", "PT48H"; null when none is given
  bool working_days = false;            ///< the duration counts working days ("05 ngày làm việc" -> "P5D" + true)
  std::optional<std::string> anchor;    ///< the event it runs from/to, as written: "ngày nhận được văn bản", "năm trước liền kề"
};

/// A task of the "Tổ chức thực hiện" part or of a task table.
struct Task {
  std::string unit;                  ///< responsible unit
  std::string role;                  ///< "lead" (chủ trì) or "support" (phối hợp)
  std::string text;
  std::optional<std::size_t> deadline;  ///< index into Document::deadlines
  std::string path;
};

}  // namespace vanban
