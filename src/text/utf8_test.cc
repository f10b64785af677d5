#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

std::string Repair(std::string_view in, uint32_t* replaced = nullptr) {
  std::string out = "stale";
  uint32_t r = RepairUtf8(in, &out);
  if (replaced) *replaced = r;
  return out;
}

TEST(RepairUtf8Test, EmptyInput) {
  uint32_t r = 99;
  EXPECT_EQ(Repair("", &r), "");
  EXPECT_EQ(r, 0u);
}

TEST(RepairUtf8Test, ValidTextIsCopiedUnchanged) {
  const std::string valid =
      "Plain ASCII, then Viačorka, Kalinoŭski, Лукашенко, 北京, and an emoji \xF0\x9F\x98\x80.";
  uint32_t r = 99;
  EXPECT_EQ(Repair(valid, &r), valid);
  EXPECT_EQ(r, 0u);
}

TEST(RepairUtf8Test, BoundaryCodePointsAreValid) {
  // U+007F, U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
  const std::string s =
      "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80"
      "\xF4\x8F\xBF\xBF";
  uint32_t r = 99;
  EXPECT_EQ(Repair(s, &r), s);
  EXPECT_EQ(r, 0u);
}

TEST(RepairUtf8Test, StrayContinuationByte) {
  uint32_t r = 0;
  EXPECT_EQ(Repair("a\x80z", &r), std::string("a") + std::string(kFffd) + "z");
  EXPECT_EQ(r, 1u);
}

TEST(RepairUtf8Test, OverlongEncodingsAreReplacedBytewise) {
  uint32_t r = 0;
  // "/" as a two-byte overlong: C0 and AF are each ill-formed on their own.
  EXPECT_EQ(Repair("\xC0\xAF", &r), std::string(kFffd) + std::string(kFffd));
  EXPECT_EQ(r, 2u);
  // Three-byte overlong of U+0000: E0 80 is no valid prefix.
  EXPECT_EQ(Repair("x\xE0\x80\x80y", &r),
            "x" + std::string(kFffd) + std::string(kFffd) + std::string(kFffd) + "y");
  EXPECT_EQ(r, 3u);
}

TEST(RepairUtf8Test, SurrogatesAreInvalid) {
  uint32_t r = 0;
  std::string out = Repair("\xED\xA0\x80", &r);  // U+D800
  EXPECT_EQ(r, 3u);
  EXPECT_EQ(out.find("\xED"), std::string::npos);
}

TEST(RepairUtf8Test, AboveMaxCodePoint) {
  uint32_t r = 0;
  std::string out = Repair("\xF4\x90\x80\x80!", &r);  // U+110000
  EXPECT_EQ(r, 4u);
  EXPECT_EQ(out.back(), '!');
  EXPECT_EQ(Repair("\xF5\x80", &r), std::string(kFffd) + std::string(kFffd));
}

TEST(RepairUtf8Test, TruncatedSequenceIsOneReplacement) {
  uint32_t r = 0;
  // A truncated 3-byte sequence (maximal subpart E2 82) then ASCII.
  EXPECT_EQ(Repair("\xE2\x82"
                   "A",
                   &r),
            std::string(kFffd) + "A");
  EXPECT_EQ(r, 2u);
  // Truncated at the very end of the input.
  EXPECT_EQ(Repair("ok\xF0\x9F\x98", &r), "ok" + std::string(kFffd));
  EXPECT_EQ(r, 3u);
}

TEST(RepairUtf8Test, ReplacesInsideLongAsciiRuns) {
  std::string in(1000, 'a');
  in[517] = '\xFF';
  uint32_t r = 0;
  std::string out = Repair(in, &r);
  EXPECT_EQ(r, 1u);
  EXPECT_EQ(out.size(), in.size() + 2);
  EXPECT_EQ(out.substr(517, 3), kFffd);
  EXPECT_EQ(out.substr(0, 517), std::string(517, 'a'));
}

TEST(RepairUtf8Test, OutputIsAlwaysValid) {
  // Every byte value, in every position: repaired output must repair to itself.
  std::string in;
  for (int i = 0; i < 256; ++i) {
    in.push_back(static_cast<char>(i));
    in.push_back(static_cast<char>(255 - i));
  }
  std::string out;
  uint32_t r = RepairUtf8(in, &out);
  EXPECT_GT(r, 0u);
  std::string again;
  EXPECT_EQ(RepairUtf8(out, &again), 0u);
  EXPECT_EQ(again, out);
}

TEST(LooksBinaryTest, TextIsNotBinary) {
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_FALSE(LooksBinary("Hello,\tworld.\r\nSecond line.\f"));
  EXPECT_FALSE(LooksBinary("Лукашенко said nothing."));
}

TEST(LooksBinaryTest, NulByteMeansBinary) {
  EXPECT_TRUE(LooksBinary(std::string_view("text\0more", 9)));
}

TEST(LooksBinaryTest, ManyControlBytesMeanBinary) {
  std::string s(100, 'a');
  for (int i = 0; i < 20; ++i) s[i * 5] = '\x01';
  EXPECT_TRUE(LooksBinary(s));
  std::string few(100, 'a');
  few[3] = '\x1B';  // one escape byte in text is tolerated
  EXPECT_FALSE(LooksBinary(few));
}

TEST(LooksBinaryTest, OnlyTheFirst64KiBCount) {
  std::string s(64 * 1024, 'x');
  s.push_back('\0');
  EXPECT_FALSE(LooksBinary(s));
  s[100] = '\0';
  EXPECT_TRUE(LooksBinary(s));
}

}  // namespace
}  // namespace sitrep
