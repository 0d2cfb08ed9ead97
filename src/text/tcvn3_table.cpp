// TCVN3 (TCVN 5712:1993, VN3 — the "ABC" .VnTime fonts) byte table.
//
// Only VN3: the VN2/VN1 supersets put uppercase letters at bytes that are Latin-1 letters
// (0xE0 'à' would read 'Ổ'), which made Unicode text in a .VnTime run look like valid TCVN3;
// .VnTime fonts leave those bytes empty, so real TCVN3 text never has them.
//
// Source: the TCVN 5712:1993 layout as described on Wikipedia "VSCII" (VN3 = 67 lowercase
// letters, 7 uppercase letters and NBSP above 0x7F). Cross-checked in tests/unit/text/legacy_tables_test.cpp against glibc
// iconv "TCVN5712-1" (bytes 0xA0-0xFF) and against strings produced by the npm package
// duydev/vietnamese-conversion (src/charsets.ts), e.g. "Uû ban nh©n d©n" = "Uỷ ban nhân dân".
//
// Uppercase letters with a tone have no byte in VN3: documents switch to an all-caps font
// (.VnTimeH) and type the lowercase bytes; see decode_legacy(…, uppercase_font).
#include "text/legacy_tables.hpp"

namespace vanban::text::legacy {
namespace {

constexpr ByteMapping kTcvn3[] = {
    {0xA0, u"\u00A0"},
    // Seven uppercase letters without tone.
    {0xA1, u"Ă"}, {0xA2, u"Â"}, {0xA3, u"Ê"}, {0xA4, u"Ô"}, {0xA5, u"Ơ"}, {0xA6, u"Ư"}, {0xA7, u"Đ"},
    // Lowercase, by vowel: toneless, then huyền, hỏi, ngã, sắc, nặng.
    {0xB5, u"à"}, {0xB6, u"ả"}, {0xB7, u"ã"}, {0xB8, u"á"}, {0xB9, u"ạ"},
    {0xA8, u"ă"}, {0xBB, u"ằ"}, {0xBC, u"ẳ"}, {0xBD, u"ẵ"}, {0xBE, u"ắ"}, {0xC6, u"ặ"},
    {0xA9, u"â"}, {0xC7, u"ầ"}, {0xC8, u"ẩ"}, {0xC9, u"ẫ"}, {0xCA, u"ấ"}, {0xCB, u"ậ"},
    {0xCC, u"è"}, {0xCE, u"ẻ"}, {0xCF, u"ẽ"}, {0xD0, u"é"}, {0xD1, u"ẹ"},
    {0xAA, u"ê"}, {0xD2, u"ề"}, {0xD3, u"ể"}, {0xD4, u"ễ"}, {0xD5, u"ế"}, {0xD6, u"ệ"},
    {0xD7, u"ì"}, {0xD8, u"ỉ"}, {0xDC, u"ĩ"}, {0xDD, u"í"}, {0xDE, u"ị"},
    {0xDF, u"ò"}, {0xE1, u"ỏ"}, {0xE2, u"õ"}, {0xE3, u"ó"}, {0xE4, u"ọ"},
    {0xAB, u"ô"}, {0xE5, u"ồ"}, {0xE6, u"ổ"}, {0xE7, u"ỗ"}, {0xE8, u"ố"}, {0xE9, u"ộ"},
    {0xAC, u"ơ"}, {0xEA, u"ờ"}, {0xEB, u"ở"}, {0xEC, u"ỡ"}, {0xED, u"ớ"}, {0xEE, u"ợ"},
    {0xEF, u"ù"}, {0xF1, u"ủ"}, {0xF2, u"ũ"}, {0xF3, u"ú"}, {0xF4, u"ụ"},
    {0xAD, u"ư"}, {0xF5, u"ừ"}, {0xF6, u"ử"}, {0xF7, u"ữ"}, {0xF8, u"ứ"}, {0xF9, u"ự"},
    {0xFA, u"ỳ"}, {0xFB, u"ỷ"}, {0xFC, u"ỹ"}, {0xFD, u"ý"}, {0xFE, u"ỵ"},
    {0xAE, u"đ"},
};

}  // namespace

std::span<const ByteMapping> tcvn3_mappings() { return kTcvn3; }

}  // namespace vanban::text::legacy
