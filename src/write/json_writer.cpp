#include "write/json_writer.hpp"

namespace vanban {

std::string to_json(const Document&, const JsonOptions&) { return "{}\n"; }

}  // namespace vanban
