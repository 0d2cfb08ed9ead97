#pragma once
#include <string>
#include <string_view>

namespace vanban::batch {

/// A 64-bit FNV-1a hash of the bytes, as 16 hex digits: enough to tell that a file changed between two
/// runs of a batch (not a defence against someone forging a collision).
std::string content_hash(std::string_view bytes);

}  // namespace vanban::batch
