// VNI-Windows byte table (VNI-Times, VNI-Helve… fonts).
//
// VNI writes a Vietnamese letter as a base letter followed by a diacritic byte ("aá" = ấ,
// "ôù" = ớ); a few letters have a byte of their own (ñ = đ, ô = ơ, ö = ư, the toned i's, î = ỵ).
// Diacritic bytes are mapped to combining marks, so decoding is "map each byte, then NFC".
// Lowercase diacritic bytes sit at 0xE0-0xFF, their uppercase twins 0x20 lower.
//
// Source: the VNI column of the published "Bảng đối chiếu encoding các bộ chữ hiện hành với
// Unicode" (scribd.com/document/23311958) and the VNI table of the npm package
// duydev/vietnamese-conversion (src/charsets.ts); cross-checked by the round trips and sample
// strings in tests/unit/text/legacy_tables_test.cpp ("Tieáng Vieät" = "Tiếng Việt").
#include "text/legacy_tables.hpp"

namespace vanban::text::legacy {
namespace {

constexpr ByteMapping kVni[] = {
    // Letters with a byte of their own.
    {0xF1, u"đ"}, {0xD1, u"Đ"},
    {0xF4, u"ơ"}, {0xD4, u"Ơ"},
    {0xF6, u"ư"}, {0xD6, u"Ư"},
    {0xEC, u"ì"}, {0xCC, u"Ì"},
    {0xE6, u"ỉ"}, {0xC6, u"Ỉ"},
    {0xF3, u"ĩ"}, {0xD3, u"Ĩ"},
    {0xED, u"í"}, {0xCD, u"Í"},
    {0xF2, u"ị"}, {0xD2, u"Ị"},
    {0xEE, u"ỵ"}, {0xCE, u"Ỵ"},
    // Tone alone: huyền, hỏi, ngã, sắc, nặng.
    {0xF8, u"\u0300"}, {0xD8, u"\u0300"},
    {0xFB, u"\u0309"}, {0xDB, u"\u0309"},
    {0xF5, u"\u0303"}, {0xD5, u"\u0303"},
    {0xF9, u"\u0301"}, {0xD9, u"\u0301"},
    {0xEF, u"\u0323"}, {0xCF, u"\u0323"},
    // Circumflex (â ê ô), alone and with each tone.
    {0xE2, u"\u0302"}, {0xC2, u"\u0302"},
    {0xE0, u"\u0302\u0300"}, {0xC0, u"\u0302\u0300"},
    {0xE5, u"\u0302\u0309"}, {0xC5, u"\u0302\u0309"},
    {0xE3, u"\u0302\u0303"}, {0xC3, u"\u0302\u0303"},
    {0xE1, u"\u0302\u0301"}, {0xC1, u"\u0302\u0301"},
    {0xE4, u"\u0302\u0323"}, {0xC4, u"\u0302\u0323"},
    // Breve (ă), alone and with each tone.
    {0xEA, u"\u0306"}, {0xCA, u"\u0306"},
    {0xE8, u"\u0306\u0300"}, {0xC8, u"\u0306\u0300"},
    {0xFA, u"\u0306\u0309"}, {0xDA, u"\u0306\u0309"},
    {0xFC, u"\u0306\u0303"}, {0xDC, u"\u0306\u0303"},
    {0xE9, u"\u0306\u0301"}, {0xC9, u"\u0306\u0301"},
    {0xEB, u"\u0306\u0323"}, {0xCB, u"\u0306\u0323"},
};

}  // namespace

std::span<const ByteMapping> vni_mappings() { return kVni; }

}  // namespace vanban::text::legacy
