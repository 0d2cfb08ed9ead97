#include "model/section.hpp"

namespace vanban {

std::string_view to_string(SectionKind k) {
  switch (k) {
    case SectionKind::Part: return "part";
    case SectionKind::Chapter: return "chapter";
    case SectionKind::Division: return "division";
    case SectionKind::Article: return "article";
    case SectionKind::Roman: return "roman";
    case SectionKind::Numbered: return "numbered";
    case SectionKind::Dotted: return "dotted";
    case SectionKind::Lettered: return "lettered";
    case SectionKind::Heading: return "heading";
  }
  return "unknown";
}

}  // namespace vanban
