// The one-shot yardstick: a program that links the libraries vanban links and NFC-normalizes one string.
// Its run time is the cost of starting any program like vanban (loading ICU, libzip, pugixml, md4c, SQLite,
// Boost.Program_options, Poppler); scripts/bench compares a one-shot `vanban convert` with it.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <string>

int main(int argc, char**) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::UnicodeString decomposed = icu::UnicodeString::fromUTF8("Ho\xcc\x80\x61 Bi\xcc\x80nh");  // "Hòa Bình", NFD
  std::string out;
  nfc->normalize(decomposed, status).toUTF8String(out);
  if (argc > 1) std::puts(out.c_str());
  return U_SUCCESS(status) ? 0 : 1;
}
