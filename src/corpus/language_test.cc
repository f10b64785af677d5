#include "corpus/language.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sitrep {
namespace {

// Invented sentences, one idea per language, long enough for CLD2.
constexpr const char* kEnglish =
    "The regional council met on Tuesday evening to discuss the new bus routes, and several "
    "residents asked why the late service to the river district had been cancelled.";
constexpr const char* kRussian =
    "Во вторник вечером городской совет обсудил новые автобусные маршруты, и несколько жителей "
    "спросили, почему отменили поздний рейс в речной район.";
constexpr const char* kBelarusian =
    "У аўторак увечары гарадская рада абмеркавала новыя аўтобусныя маршруты, і некалькі жыхароў "
    "спыталіся, чаму адмянілі позні рэйс у рачны раён.";
constexpr const char* kUkrainian =
    "У вівторок увечері міська рада обговорила нові автобусні маршрути, і кілька мешканців "
    "запитали, чому скасували пізній рейс до річкового району.";
constexpr const char* kGerman =
    "Am Dienstagabend beriet der Stadtrat über die neuen Buslinien, und mehrere Anwohner fragten, "
    "warum die späte Verbindung in das Flussviertel gestrichen worden war.";
constexpr const char* kFrench =
    "Mardi soir, le conseil municipal a examiné les nouvelles lignes de bus, et plusieurs "
    "habitants ont demandé pourquoi le dernier service vers le quartier du fleuve avait été "
    "supprimé.";

struct Case {
  const char* text;
  const char* code;
};

class DetectLanguageTest : public ::testing::TestWithParam<Case> {};

TEST_P(DetectLanguageTest, FindsLanguageReliably) {
  const LanguageGuess g = DetectLanguage(GetParam().text);
  EXPECT_EQ(g.code, GetParam().code);
  EXPECT_TRUE(g.reliable);
  EXPECT_GE(g.percent, 90);
}

INSTANTIATE_TEST_SUITE_P(Languages, DetectLanguageTest,
                         ::testing::Values(Case{kEnglish, "en"}, Case{kRussian, "ru"},
                                           Case{kBelarusian, "be"}, Case{kUkrainian, "uk"},
                                           Case{kGerman, "de"}, Case{kFrench, "fr"}));

TEST(DetectLanguage, EmptyIsUndetermined) {
  const LanguageGuess g = DetectLanguage("");
  EXPECT_EQ(g.code, "und");
  EXPECT_EQ(g.percent, 0);
  EXPECT_FALSE(g.reliable);
}

TEST(DetectLanguage, ShortTextWithoutHintIsUndetermined) {
  EXPECT_EQ(DetectLanguage("Council meets on Tuesday.").code, "und");
  EXPECT_EQ(DetectLanguage("Совет соберётся во вторник.").code, "und");
}

TEST(DetectLanguage, ShortTextFollowsHint) {
  const LanguageGuess be = DetectLanguage("Рада збярэцца ў аўторак.", "be-BY");
  EXPECT_EQ(be.code, "be");
  EXPECT_FALSE(be.reliable);
  // "by" is a country code that Belarusian sites put in lang=.
  EXPECT_EQ(DetectLanguage("Рада збярэцца ў аўторак.", "by").code, "be");
  EXPECT_EQ(DetectLanguage("Council meets on Tuesday.", "en-GB").code, "en");
}

TEST(DetectLanguage, ShortTextHintOnlyWhenTextSaysNothing) {
  // Digits and punctuation give CLD2 nothing; the hint is the answer.
  const LanguageGuess g = DetectLanguage("12:30 — 14:45", "uk_UA");
  EXPECT_EQ(g.code, "uk");
  EXPECT_EQ(g.percent, 0);
  EXPECT_FALSE(g.reliable);
  // A hint that names no language is no hint.
  EXPECT_EQ(DetectLanguage("12:30 — 14:45", "x-default").code, "und");
}

TEST(DetectLanguage, ScriptBeatsWrongHintOnShortText) {
  // A template that says lang="en" above Cyrillic text.
  EXPECT_NE(DetectLanguage("Городской совет соберётся во вторник.", "en").code, "en");
}

TEST(DetectLanguage, TldHintAcceptsHostNames) {
  const LanguageGuess g = DetectLanguage(kBelarusian, {}, "news.example.BY");
  EXPECT_EQ(g.code, "be");
  EXPECT_EQ(DetectLanguage(kUkrainian, {}, ".ua").code, "uk");
}

TEST(DetectLanguage, LongTextOverridesWrongHint) {
  EXPECT_EQ(DetectLanguage(kGerman, "fr").code, "de");
}

TEST(DetectLanguage, SurvivesInvalidUtf8AndControlCharacters) {
  std::string text = kRussian;
  text.insert(20, "\xC3\x28\x01\x7F\xEF\xBF\xBE");  // bad sequence, controls, U+FFFE
  text.push_back('\xE2');                           // truncated sequence at the end
  EXPECT_EQ(DetectLanguage(text).code, "ru");
}

TEST(DetectLanguage, HugeInputIsBounded) {
  std::string text;
  while (text.size() < 4 * kMaxLanguageBytes) text += kFrench;
  text += std::string(1 << 20, 'x');  // past the cap: never read
  EXPECT_EQ(DetectLanguage(text).code, "fr");
}

TEST(DetectLanguage, MixedTextReportsMajorityShare) {
  const std::string text = std::string(kUkrainian) + " " + kUkrainian + " " + kEnglish;
  const LanguageGuess g = DetectLanguage(text);
  EXPECT_EQ(g.code, "uk");
  EXPECT_LT(g.percent, 90);
  EXPECT_GT(g.percent, 50);
}

// Invented paragraphs of about 60 words for the English fast path.
constexpr const char* kEnglishParagraph =
    "The harbour authority said on Monday that the new ferry to the islands would start in "
    "spring, after a delay of two years. Officials from the port told reporters that the "
    "ship had been tested in the autumn and that its engines were working well. Residents, who "
    "have waited for the service since the old boat was sold, said they were pleased but "
    "wanted lower fares.";
constexpr const char* kDutch =
    "De havenautoriteit zei maandag dat de nieuwe veerboot naar de eilanden in het voorjaar "
    "zal beginnen, na een vertraging van twee jaar. Het schip is in de herfst getest en de "
    "motoren werken goed, of dat is wat de ambtenaren zeiden. Bewoners, die al lang op de "
    "dienst wachten sinds de oude boot was verkocht, waren blij maar wilden lagere prijzen.";
constexpr const char* kSpanish =
    "La autoridad portuaria dijo el lunes que el nuevo transbordador a las islas empezará en "
    "primavera, tras un retraso de dos años. Los funcionarios del puerto dijeron a los "
    "periodistas que el barco había sido probado en otoño y que sus motores funcionaban bien. "
    "Los vecinos, que esperan el servicio desde que se vendió el viejo barco, pidieron tarifas "
    "más bajas.";

TEST(LooksPlainlyEnglish, AcceptsEnglishProse) {
  EXPECT_TRUE(LooksPlainlyEnglish(kEnglishParagraph));
  EXPECT_EQ(DetectLanguage(kEnglishParagraph).code, "en");
}

TEST(LooksPlainlyEnglish, LeavesOtherLanguagesToCld2) {
  for (const char* text : {kDutch, kSpanish}) {
    std::string two = std::string(text) + " " + text;  // enough words
    EXPECT_FALSE(LooksPlainlyEnglish(two)) << text;
  }
  std::string french, german;
  for (int i = 0; i < 3; ++i) french += std::string(kFrench) + " ";
  for (int i = 0; i < 3; ++i) german += std::string(kGerman) + " ";
  EXPECT_FALSE(LooksPlainlyEnglish(french));
  EXPECT_FALSE(LooksPlainlyEnglish(german));
}

TEST(LooksPlainlyEnglish, LeavesShortAndMixedTextToCld2) {
  EXPECT_FALSE(LooksPlainlyEnglish(kEnglish));  // under kPlainEnglishMinWords
  EXPECT_FALSE(LooksPlainlyEnglish(""));
  // English with a Russian passage: CLD2 must weigh the two.
  const std::string mixed = std::string(kEnglishParagraph) + " " + kRussian;
  EXPECT_FALSE(LooksPlainlyEnglish(mixed));
  // Only the window CLD2 reads counts: English after 2 KiB of Ukrainian.
  std::string late;
  while (late.size() < kMaxLanguageBytes) late += std::string(kUkrainian) + " ";
  late += kEnglishParagraph;
  EXPECT_FALSE(LooksPlainlyEnglish(late));
}

TEST(LooksPlainlyEnglish, CurlyQuotesAndDashesAreNotForeignLetters) {
  const std::string text =
      std::string("\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said \xE2\x80\x94 ") +
      kEnglishParagraph;
  EXPECT_TRUE(LooksPlainlyEnglish(text));
}

TEST(LooksPlainlyEnglish, SurvivesInvalidUtf8) {
  std::string text = kEnglishParagraph;
  text.insert(30, "\xC3\x28\xFF\xFE");
  text.push_back('\xE2');
  EXPECT_TRUE(LooksPlainlyEnglish(text));
}

// The contract that makes the fast path safe: wherever it says English, so
// does CLD2. Real articles, when ../shared is present.
TEST(LooksPlainlyEnglish, AgreesWithCld2OnPolnear) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(SITREP_SOURCE_DIR "/../shared") / "data/attribution/polnear";
  if (!fs::exists(root)) GTEST_SKIP() << "no ../shared";
  size_t docs = 0, fast = 0;
  for (const char* part : {"train/text", "dev/text"}) {
    for (const auto& e : fs::directory_iterator(root / part)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string text = ss.str();
      ++docs;
      if (!LooksPlainlyEnglish(text)) continue;
      ++fast;
      EXPECT_EQ(DetectLanguage(text).code, "en") << e.path();
    }
  }
  ASSERT_GT(docs, 100u);
  EXPECT_GT(fast * 10, docs * 9) << fast << " of " << docs;  // the fast path is the common path
}

}  // namespace
}  // namespace sitrep
