#include "text/legacy_encoding.hpp"

#include <array>
#include <cctype>
#include <memory>
#include <span>
#include <vector>
#include <unordered_map>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "text/legacy_tables.hpp"
#include "text/vietnamese_letters.hpp"

namespace vanban::text {
namespace {

using ByteTable = std::array<icu::UnicodeString, 256>;

/// Everything the codecs need, built once and never modified afterwards.
class LegacyCodecs {
 public:
  LegacyCodecs() {
    UErrorCode status = U_ZERO_ERROR;
    nfc_ = icu::Normalizer2::getNFCInstance(status);
    build(legacy::tcvn3_mappings(), tcvn3_, tcvn3_encode_);
    build(legacy::vni_mappings(), vni_, vni_encode_);
    build(legacy::viscii_mappings(), viscii_, viscii_encode_);
    // Word keeps bytes 0x80-0x9F of a legacy font as their Windows-1252 characters.
    UErrorCode st = U_ZERO_ERROR;
    UConverter* cp1252 = ucnv_open("windows-1252", &st);
    if (U_SUCCESS(st)) {
      for (int b = 0x80; b < 0xA0; ++b) {
        const char in = static_cast<char>(b);
        char16_t out[4];
        UErrorCode e = U_ZERO_ERROR;
        const int32_t n = ucnv_toUChars(cp1252, out, 4, &in, 1, &e);
        if (U_SUCCESS(e) && n == 1 && out[0] >= 0x100) cp1252_bytes_[out[0]] = static_cast<std::uint8_t>(b);
      }
      ucnv_close(cp1252);
    }
  }

  const ByteTable* table(LegacyEncoding e) const {
    switch (e) {
      case LegacyEncoding::Tcvn3: return &tcvn3_;
      case LegacyEncoding::Vni: return &vni_;
      case LegacyEncoding::Viscii: return &viscii_;
      default: return nullptr;
    }
  }
  const std::unordered_map<UChar32, std::string>* encoder(LegacyEncoding e) const {
    switch (e) {
      case LegacyEncoding::Tcvn3: return &tcvn3_encode_;
      case LegacyEncoding::Vni: return &vni_encode_;
      case LegacyEncoding::Viscii: return &viscii_encode_;
      default: return nullptr;
    }
  }
  /// Byte a run code point stands for, or -1. Windows-1252 punctuation (– “ …) goes back to
  /// bytes 0x80-0x9F only for VISCII, the one encoding with letters there.
  int byte_of(UChar32 c, LegacyEncoding e) const {
    if (c >= 0 && c < 0x100) return c;
    if (c >= 0xF000 && c <= 0xF0FF) return c - 0xF000;
    if (e != LegacyEncoding::Viscii) return -1;
    auto it = cp1252_bytes_.find(c);
    return it == cp1252_bytes_.end() ? -1 : it->second;
  }
  icu::UnicodeString nfc(const icu::UnicodeString& s) const {
    UErrorCode st = U_ZERO_ERROR;
    if (nfc_ == nullptr) return s;
    if (nfc_->isNormalized(s, st) && U_SUCCESS(st)) return s;
    st = U_ZERO_ERROR;
    icu::UnicodeString out = nfc_->normalize(s, st);
    return U_SUCCESS(st) ? out : s;
  }

 private:
  void build(std::span<const legacy::ByteMapping> mappings, ByteTable& table,
             std::unordered_map<UChar32, std::string>& encode) {
    for (int b = 0; b < 256; ++b) table[b] = icu::UnicodeString(static_cast<UChar32>(b));
    for (const auto& m : mappings) table[m.byte] = icu::UnicodeString(m.text);
    // The encoder is the table's inverse: the shortest byte sequence that decodes to a letter.
    std::vector<std::uint8_t> letters;   // bytes that decode to a letter (ASCII or table)
    std::vector<std::uint8_t> marks;     // bytes that decode to combining marks only
    for (int b = 0x20; b < 0x7F; ++b) {
      if (u_isalpha(b)) letters.push_back(static_cast<std::uint8_t>(b));
    }
    for (const auto& m : mappings) {
      if (!m.encodable) continue;
      const icu::UnicodeString s(m.text);
      if (u_getCombiningClass(s.char32At(0)) != 0) {
        marks.push_back(m.byte);
      } else if (s.countChar32() == 1) {
        encode[s.char32At(0)] = std::string(1, static_cast<char>(m.byte));
        letters.push_back(m.byte);
      }
    }
    for (std::uint8_t base : letters) {
      for (std::uint8_t mark : marks) {
        icu::UnicodeString composed = nfc(table[base] + table[mark]);
        if (composed.countChar32() != 1) continue;
        const UChar32 c = composed.char32At(0);
        const std::string bytes{static_cast<char>(base), static_cast<char>(mark)};
        auto it = encode.find(c);
        // Prefer a diacritic byte of the same case as the letter (VNI "AÙ", "aù").
        const bool same_case = (u_isupper(c) != 0) == (mark < 0xE0);
        if (it == encode.end() || (it->second.size() == 2 && same_case)) encode[c] = bytes;
      }
    }
  }

  const icu::Normalizer2* nfc_ = nullptr;
  ByteTable tcvn3_, vni_, viscii_;
  std::unordered_map<UChar32, std::string> tcvn3_encode_, vni_encode_, viscii_encode_;
  std::unordered_map<UChar32, std::uint8_t> cp1252_bytes_;
};

const LegacyCodecs& codecs() {
  static const LegacyCodecs instance;  // immutable after construction
  return instance;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::UnicodeString decode_cp1258(std::string_view bytes) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1258", &st), &ucnv_close);
  if (U_FAILURE(st)) return icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), "ISO-8859-1");
  icu::UnicodeString out;
  const int32_t cap = static_cast<int32_t>(bytes.size()) + 1;
  char16_t* buf = out.getBuffer(cap);
  const int32_t n = ucnv_toUChars(conv.get(), buf, cap, bytes.data(), static_cast<int32_t>(bytes.size()), &st);
  out.releaseBuffer(U_SUCCESS(st) ? n : 0);
  return out;
}

/// Decoded text (not yet NFC) of raw bytes.
icu::UnicodeString decode_bytes(std::string_view bytes, LegacyEncoding encoding) {
  if (encoding == LegacyEncoding::Cp1258) return decode_cp1258(bytes);
  const ByteTable* table = codecs().table(encoding);
  if (table == nullptr) return icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
  // At most two UTF-16 units per byte (VNI circumflex + tone): write into one buffer.
  icu::UnicodeString out;
  const int32_t capacity = static_cast<int32_t>(bytes.size()) * 2 + 1;
  char16_t* buf = out.getBuffer(capacity);
  int32_t n = 0;
  for (unsigned char b : bytes) {
    const icu::UnicodeString& piece = (*table)[b];
    for (int32_t k = 0; k < piece.length() && n < capacity; ++k) buf[n++] = piece.charAt(k);
  }
  out.releaseBuffer(n);
  return out;
}

std::string finish(const icu::UnicodeString& decoded, bool uppercase_font) {
  icu::UnicodeString s = codecs().nfc(decoded);
  if (uppercase_font) s.toUpper(icu::Locale("vi"));
  return to_utf8(s);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string_view encoding_name(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::None: return "none";
    case LegacyEncoding::Tcvn3: return "tcvn3";
    case LegacyEncoding::Vni: return "vni";
    case LegacyEncoding::Viscii: return "viscii";
    case LegacyEncoding::Cp1258: return "cp1258";
  }
  return "none";
}

std::optional<LegacyEncoding> parse_encoding_name(std::string_view name) {
  const std::string n = lower_ascii(name);
  if (n == "none" || n == "unicode" || n == "utf-8" || n == "utf8") return LegacyEncoding::None;
  if (n == "tcvn3" || n == "tcvn" || n == "abc" || n == "vn3" || n == "tcvn5712") return LegacyEncoding::Tcvn3;
  if (n == "vni" || n == "vni-windows") return LegacyEncoding::Vni;
  if (n == "viscii") return LegacyEncoding::Viscii;
  if (n == "cp1258" || n == "windows-1258" || n == "1258") return LegacyEncoding::Cp1258;
  return std::nullopt;
}

std::string decode_legacy(std::string_view bytes, LegacyEncoding encoding, bool uppercase_font) {
  if (encoding == LegacyEncoding::None) return std::string(bytes);
  return finish(decode_bytes(bytes, encoding), uppercase_font);
}

std::string decode_legacy_run(std::string_view utf8_run_text, LegacyEncoding encoding, bool uppercase_font) {
  if (encoding == LegacyEncoding::None) return std::string(utf8_run_text);
  const auto* p = reinterpret_cast<const std::uint8_t*>(utf8_run_text.data());
  const int32_t n = static_cast<int32_t>(utf8_run_text.size());
  icu::UnicodeString out;
  std::string pending;  // consecutive legacy bytes, decoded together (VNI marks follow letters)
  auto flush = [&] {
    if (!pending.empty()) out.append(decode_bytes(pending, encoding));
    pending.clear();
  };
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) c = 0xFFFD;
    const int b = codecs().byte_of(c, encoding);
    if (b >= 0) {
      pending.push_back(static_cast<char>(b));
    } else {
      flush();
      out.append(c);
    }
  }
  flush();
  return finish(out, uppercase_font);
}

std::optional<std::string> encode_legacy(std::string_view nfc_utf8, LegacyEncoding encoding, bool uppercase_font) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(nfc_utf8.data(), static_cast<int32_t>(nfc_utf8.size())));
  if (encoding == LegacyEncoding::None) return std::string(nfc_utf8);
  if (uppercase_font) text.toLower(icu::Locale("vi"));
  std::string out;
  if (encoding == LegacyEncoding::Cp1258) {
    // Windows-1258 has ă â ê ô ơ ư đ but writes the tone as a separate combining mark.
    icu::UnicodeString staged;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
      const ToneSplit s = split_tone(text.char32At(i));
      staged.append(s.base);
      if (s.tone != Tone::None) staged.append(tone_mark(s.tone));
    }
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1258", &st), &ucnv_close);
    if (U_FAILURE(st)) return std::nullopt;
    ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &st);
    out.resize(static_cast<std::size_t>(staged.length()) * 2 + 4);
    const int32_t len = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()),
                                        staged.getBuffer(), staged.length(), &st);
    if (U_FAILURE(st)) return std::nullopt;
    out.resize(static_cast<std::size_t>(len));
    return out;
  }
  const auto* encoder = codecs().encoder(encoding);
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    // ASCII is itself, except the six C0 controls VISCII reuses for letters (unwritable there).
    const bool viscii_letter_position =
        encoding == LegacyEncoding::Viscii && (c == 0x02 || c == 0x05 || c == 0x06 || c == 0x14 || c == 0x19 || c == 0x1E);
    if (c < 0x80 && !viscii_letter_position) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    auto it = encoder->find(c);
    if (it == encoder->end()) return std::nullopt;
    out += it->second;
  }
  return out;
}

LegacyEncoding encoding_for_font(std::string_view font_name) {
  const std::string n = lower_ascii(font_name);
  if (n.rfind(".vn", 0) == 0) return LegacyEncoding::Tcvn3;
  if (n.rfind("vni-", 0) == 0 || n.rfind("vni ", 0) == 0) return LegacyEncoding::Vni;
  // "VI Times"/"VI Arial" are VISCII font pairs; VietKey's "VK …" fonts are treated the same
  // (unverified: the font is a hint only, detect_legacy decides).
  if (n.rfind("vi ", 0) == 0 || n.rfind("vk ", 0) == 0) return LegacyEncoding::Viscii;
  return LegacyEncoding::None;
}

bool is_uppercase_font(std::string_view font_name) {
  std::string_view n = font_name;
  while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
  const LegacyEncoding e = encoding_for_font(n);
  if (e == LegacyEncoding::Tcvn3) return n.size() > 3 && n.back() == 'H';
  if (e == LegacyEncoding::Viscii) return n.size() > 2 && n.substr(n.size() - 2) == " H";
  return false;
}

}  // namespace vanban::text
