#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace sitrep {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Letters NFKD leaves whole, and typographic quotes; nullptr if none.
const char16_t* SpecialMapping(UChar32 c) {
  switch (c) {
    case 0x0141:
    case 0x0142:
      return u"l";  // Ł ł
    case 0x00D8:
    case 0x00F8:
      return u"o";  // Ø ø
    case 0x0110:
    case 0x0111:
      return u"d";  // Đ đ
    case 0x00D0:
    case 0x00F0:
      return u"d";  // Ð ð
    case 0x0126:
    case 0x0127:
      return u"h";  // Ħ ħ
    case 0x0131:
      return u"i";  // ı
    case 0x00C6:
    case 0x00E6:
      return u"ae";  // Æ æ
    case 0x0152:
    case 0x0153:
      return u"oe";  // Œ œ
    case 0x00DE:
    case 0x00FE:
      return u"th";  // Þ þ
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
      return u"'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
      return u"\"";
    default:
      return nullptr;
  }
}

std::string FoldNonAscii(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return AsciiLower(s);  // no ICU data: degrade, don't fail

  icu::UnicodeString mapped;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  for (size_t i = 0; i < s.size();) {
    UChar32 c;
    U8_NEXT(bytes, i, s.size(), c);
    if (c < 0) c = 0xFFFD;
    if (const char16_t* m = SpecialMapping(c)) {
      mapped.append(icu::UnicodeString(m));
    } else {
      mapped.append(c);
    }
  }
  mapped.foldCase();
  icu::UnicodeString decomposed = nfkd->normalize(mapped, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
  }
  icu::UnicodeString composed = nfc->normalize(stripped, status);
  if (U_FAILURE(status)) return AsciiLower(s);
  composed.foldCase();  // NFKD can yield capitals (℡ -> TEL)
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace

std::string Fold(std::string_view s) {
  if (IsAscii(s)) return AsciiLower(s);
  return FoldNonAscii(s);
}

std::string Transliterate(std::string_view s) {
  if (IsAscii(s)) return AsciiLower(s);
  thread_local std::unique_ptr<icu::Transliterator> latin = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  if (!latin) return Fold(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  latin->transliterate(u);
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00B7)), icu::UnicodeString());
  std::string out;
  u.toUTF8String(out);
  return Fold(out);
}

}  // namespace sitrep
