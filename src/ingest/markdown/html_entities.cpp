#include "ingest/markdown/html_entities.hpp"

#include <cstdint>

#include <unicode/utf8.h>

namespace vanban::md {
namespace {

std::string utf8_of(std::uint32_t cp) {
  std::string out;
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return " ";
  if (cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009) return " ";
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(cp));  // a scalar value: checked above
  out.append(bytes, static_cast<std::size_t>(length));
  return out;
}

}  // namespace

std::string decode_entity(std::string_view e) {
  if (e.size() < 3 || e.front() != '&' || e.back() != ';') return std::string(e);
  const std::string_view body = e.substr(1, e.size() - 2);
  if (body[0] == '#') {
    std::uint32_t cp = 0;
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    for (std::size_t i = hex ? 2 : 1; i < body.size(); ++i) {
      const char c = body[i];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0 || cp > 0x10FFFF) return std::string(e);
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    return utf8_of(cp);
  }
  struct Named {
    std::string_view name;
    std::uint32_t cp;
  };
  static constexpr Named kNamed[] = {
      {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
      {"nbsp", 0xA0},     {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"ndash", 0x2013},
      {"mdash", 0x2014},  {"hellip", 0x2026}, {"laquo", 0xAB},    {"raquo", 0xBB},    {"ldquo", 0x201C},
      {"rdquo", 0x201D},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"bull", 0x2022},   {"middot", 0xB7},
      {"copy", 0xA9},     {"reg", 0xAE},      {"deg", 0xB0},      {"sup2", 0xB2},     {"sup3", 0xB3},
      {"times", 0xD7},    {"divide", 0xF7},   {"plusmn", 0xB1},   {"frac12", 0xBD},   {"sect", 0xA7},
  };
  for (const auto& n : kNamed)
    if (n.name == body) return utf8_of(n.cp);
  return std::string(e);
}

}  // namespace vanban::md
