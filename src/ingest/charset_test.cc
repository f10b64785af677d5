#include "ingest/charset.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

namespace sitrep {
namespace {

// Encodes UTF-8 text into a legacy charset with ICU, so the fixtures are
// produced by the test rather than pasted as opaque bytes.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &status);
  EXPECT_TRUE(U_SUCCESS(status)) << charset;
  std::string out(utf8.size() * 4 + 8, '\0');
  int32_t len = ucnv_fromAlgorithmic(cnv, UCNV_UTF8, out.data(), static_cast<int32_t>(out.size()),
                                     utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  ucnv_close(cnv);
  out.resize(len);
  return out;
}

// Invented news prose (invented people and places).
const std::string kRussian =
    "Мэр города Новоград Иван Стрельцов заявил во вторник, что новый мост через реку "
    "откроют весной. По его словам, строительство идёт по графику, а городской бюджет "
    "выделил дополнительные средства на ремонт дорог. Жители района выразили надежду, "
    "что пробки в центре станут меньше. Депутат городского совета Ольга Беляева добавила, "
    "что проект обсуждался с общественностью в течение года.";

TEST(CharsetTest, DeclaredWindows1251) {
  const std::string bytes = Encode(kRussian, "windows-1251");
  ASSERT_NE(bytes, kRussian);
  std::string used;
  EXPECT_EQ(ToUtf8(bytes, "windows-1251", &used), kRussian);
  EXPECT_EQ(used, "windows-1251");
  EXPECT_EQ(ToUtf8(bytes, " \"CP1251\" "), kRussian);  // alias, quotes, case
}

TEST(CharsetTest, MissingOrWrongDeclarationFallsBackToDetection) {
  const std::string bytes = Encode(kRussian, "windows-1251");
  std::string used;
  EXPECT_EQ(ToUtf8(bytes, "", &used), kRussian);
  EXPECT_EQ(used, "windows-1251");
  EXPECT_EQ(ToUtf8(bytes, "utf-8"), kRussian);            // invalid as UTF-8
  EXPECT_EQ(ToUtf8(bytes, "no-such-charset"), kRussian);  // unknown to ICU
}

TEST(CharsetTest, Koi8rAndLatin1) {
  EXPECT_EQ(ToUtf8(Encode(kRussian, "KOI8-R"), "koi8-r"), kRussian);
  const std::string french = "L'été à Montréal: café, crème brûlée.";
  EXPECT_EQ(ToUtf8(Encode(french, "ISO-8859-1"), "iso-8859-1"), french);
  EXPECT_EQ(ToUtf8(Encode(french, "ISO-8859-15"), "ISO-8859-15"), french);
}

TEST(CharsetTest, Utf8WinsOverLegacyLabelAndLosesItsBom) {
  std::string used;
  EXPECT_EQ(ToUtf8(kRussian, "windows-1251", &used), kRussian);
  EXPECT_EQ(used, "UTF-8");
  EXPECT_EQ(ToUtf8("\xEF\xBB\xBF" + kRussian, ""), kRussian);
  const std::string ascii = "Plain ASCII stays byte-identical.";
  EXPECT_EQ(ToUtf8(ascii, "koi8-r"), ascii);
}

TEST(CharsetTest, Utf16WithBom) {
  std::string le = "\xFF\xFE" + Encode("Héllo", "UTF-16LE");
  EXPECT_EQ(ToUtf8(le, ""), "Héllo");
}

TEST(CharsetTest, MostlyUtf8WithDamageIsRepaired) {
  std::string damaged = kRussian;
  damaged[10] = '\xff';  // one broken byte among hundreds of good characters
  std::string out = ToUtf8(damaged, "");
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
  EXPECT_NE(out.find("Новоград"), std::string::npos);
}

TEST(CharsetTest, OutputIsAlwaysValidUtf8) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919 + 13) & 0xff);
  for (const char* cs : {"", "utf-8", "windows-1251", "shift_jis", "bogus"}) {
    EXPECT_TRUE(IsValidUtf8(ToUtf8(junk, cs))) << cs;
  }
  EXPECT_EQ(ToUtf8("", "windows-1251"), "");
}

TEST(CharsetTest, IsValidUtf8RejectsOverlongAndSurrogates) {
  EXPECT_TRUE(IsValidUtf8("abc \xd0\x9f \xf0\x9f\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("ok \xe2\x82"));   // truncated
}

}  // namespace
}  // namespace sitrep
