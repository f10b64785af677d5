#include "corpus/language.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace sitrep
