#pragma once
#include <string>
#include <string_view>

namespace vanban::text {

/// Where the tone mark sits in the open syllables with oa, oe, uy — the only place the two
/// Vietnamese conventions differ:
///   Old ("kiểu cũ", on the first vowel):  hòa, khỏe, thủy, Ủy ban
///   New ("kiểu mới", on the main vowel):  hoà, khoẻ, thuỷ, Uỷ ban
/// Syllables with a final consonant (hoàng, toán, khuyết) and qu/gi onsets (quý, quả) are the same
/// in both. Keep leaves text as written. Matching never depends on this: Folder removes tones.
enum class ToneStyle { Keep, Old, New };

/// Rewrites NFC text into one tone-mark convention; everything else is kept byte for byte.
///   retone("Uỷ ban nhân dân", ToneStyle::Old) == "Ủy ban nhân dân"
///   retone("hòa bình", ToneStyle::New) == "hoà bình"
std::string retone(std::string_view nfc, ToneStyle style);

}  // namespace vanban::text
