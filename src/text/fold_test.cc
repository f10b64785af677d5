#include "text/fold.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace sitrep {
namespace {

TEST(FoldTest, AsciiIsLowercased) {
  EXPECT_EQ(Fold(""), "");
  EXPECT_EQ(Fold("Hello, WORLD 42!"), "hello, world 42!");
}

TEST(FoldTest, DiacriticsRemoved) {
  EXPECT_EQ(Fold("Viačorka"), "viacorka");
  EXPECT_EQ(Fold("Kalinoŭski"), "kalinouski");
  EXPECT_EQ(Fold("Éric Müller-Núñez"), "eric muller-nunez");
}

TEST(FoldTest, LettersThatDoNotDecompose) {
  EXPECT_EQ(Fold("Łukaszenka"), "lukaszenka");
  EXPECT_EQ(Fold("Søren Đoković Straße"), "soren dokovic strasse");
  EXPECT_EQ(Fold("Æsir Œuvre Þór ı"), "aesir oeuvre thor i");
}

TEST(FoldTest, LigaturesAndCompatibilityForms) {
  EXPECT_EQ(Fold("ﬁnal ﬂag"), "final flag");
  EXPECT_EQ(Fold("ＡＢＣ"), "abc");  // full-width
}

TEST(FoldTest, ApostrophesAndQuotesNormalized) {
  EXPECT_EQ(Fold("“Putin’s”"), "\"putin's\"");
  EXPECT_EQ(Fold("‘Milk Wars’"), "'milk wars'");
}

TEST(FoldTest, CyrillicIsLowercasedNotTransliterated) {
  EXPECT_EQ(Fold("Лукашенко"), "лукашенко");
  EXPECT_EQ(Fold("Ёлка"), "елка");  // the diaeresis is a nonspacing mark
}

TEST(FoldTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(Fold("A\xFF"
                 "B\xC3"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
}

TEST(FoldTest, Idempotent) {
  for (std::string_view s : {"Łukaszenka", "Straße", "“Putin’s”", "ＡＢＣ", "Viačorka", "℡"}) {
    std::string once = Fold(s);
    EXPECT_EQ(Fold(once), once) << s;
  }
}

TEST(TransliterateTest, CyrillicToLatin) {
  EXPECT_EQ(Transliterate("Лукашенко"), "lukashenko");
  EXPECT_EQ(Transliterate("Тихановская"), "tikhanovskaya");
}

TEST(TransliterateTest, OtherScriptsAndLatinPassThroughFold) {
  EXPECT_EQ(Transliterate("Αθήνα"), "athena");
  EXPECT_EQ(Transliterate("Łukaszenka"), "lukaszenka");
  EXPECT_EQ(Transliterate("Plain Text"), "plain text");
}

TEST(TransliterateTest, OutputIsAscii) {
  std::string out = Transliterate("Лукашэнка Зяленскі Київ 北京");
  for (char c : out) EXPECT_LT(static_cast<unsigned char>(c), 0x80) << out;
}

TEST(TransliterateTest, UsableFromManyThreads) {
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      for (int k = 0; k < 50; ++k) results[i] = Transliterate("Лукашенко") + Fold("Łódź");
    });
  }
  for (auto& t : threads) t.join();
  for (const std::string& r : results) EXPECT_EQ(r, "lukashenkolodz");
}

}  // namespace
}  // namespace sitrep
