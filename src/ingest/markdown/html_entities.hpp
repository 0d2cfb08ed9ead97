#pragma once
#include <string>
#include <string_view>

namespace vanban::md {

/// UTF-8 text of an HTML entity as md4c reports it ("&amp;", "&#7889;", "&#x1EBF;"); spacing
/// entities become a plain space; an unknown entity is returned as written.
std::string decode_entity(std::string_view entity);

}  // namespace vanban::md
