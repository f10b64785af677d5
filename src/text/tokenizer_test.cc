#include "text/tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

using ::testing::ElementsAre;

std::vector<Token> Tok(std::string_view text) {
  std::vector<Token> out;
  Tokenize(text, &out);
  return out;
}

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> v;
  for (const Token& t : Tok(text)) v.emplace_back(text.substr(t.span.start, t.span.size()));
  return v;
}

// "text/K" per token, K one of w n a p q s, q followed by < (open) or > (close).
std::vector<std::string> Tagged(std::string_view text) {
  std::vector<std::string> v;
  for (const Token& t : Tok(text)) {
    std::string s(text.substr(t.span.start, t.span.size()));
    s += '/';
    s += "wnapqs"[static_cast<int>(t.kind)];
    if (t.has(kOpenQuote)) s += '<';
    if (t.has(kCloseQuote)) s += '>';
    v.push_back(s);
  }
  return v;
}

// Checks the document.h invariants on any input.
void ExpectWellFormed(std::string_view text, const std::vector<Token>& toks) {
  uint32_t prev_end = 0;
  for (const Token& t : toks) {
    ASSERT_LE(prev_end, t.span.start);
    ASSERT_LT(t.span.start, t.span.end);
    ASSERT_LE(t.span.end, text.size());
    // Character boundaries: no span starts or ends on a continuation byte.
    ASSERT_NE(static_cast<uint8_t>(text[t.span.start]) & 0xC0, 0x80);
    if (t.span.end < text.size()) {
      ASSERT_NE(static_cast<uint8_t>(text[t.span.end]) & 0xC0, 0x80);
    }
    prev_end = t.span.end;
  }
}

TEST(TokenizerTest, EmptyAndBlank) {
  EXPECT_TRUE(Tok("").empty());
  EXPECT_TRUE(Tok(" \n\t \r\n").empty());
}

TEST(TokenizerTest, WordsAndPunctuation) {
  EXPECT_THAT(Tagged("Hello, world!"), ElementsAre("Hello/w", ",/p", "world/w", "!/p"));
  EXPECT_THAT(Tagged("(yes; no: maybe)"),
              ElementsAre("(/p", "yes/w", ";/p", "no/w", ":/p", "maybe/w", ")/p"));
}

TEST(TokenizerTest, FlagsForSpaceNewlineAndCase) {
  std::vector<Token> t = Tok("The NATO summit\nended.");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_FALSE(t[0].has(kSpaceBefore));
  EXPECT_TRUE(t[0].has(kCapitalized));
  EXPECT_FALSE(t[0].has(kAllCaps));
  EXPECT_TRUE(t[1].has(kAllCaps));
  EXPECT_TRUE(t[1].has(kSpaceBefore));
  EXPECT_FALSE(t[2].has(kCapitalized));
  EXPECT_TRUE(t[3].has(kNewlineBefore));
  EXPECT_TRUE(t[3].has(kSpaceBefore));
  EXPECT_FALSE(t[4].has(kSpaceBefore));  // the period is glued
}

TEST(TokenizerTest, SingleCapitalIsNotAllCaps) {
  std::vector<Token> t = Tok("I A");
  EXPECT_TRUE(t[0].has(kCapitalized));
  EXPECT_FALSE(t[0].has(kAllCaps));
}

TEST(TokenizerTest, ApostrophesInsideWords) {
  EXPECT_THAT(Texts("don't Putin’s O'Brien rock'n'roll"),
              ElementsAre("don't", "Putin’s", "O'Brien", "rock'n'roll"));
}

TEST(TokenizerTest, PossessiveAfterS) {
  EXPECT_THAT(
      Tagged("Belarus’ opposition and the officials' cars"),
      ElementsAre("Belarus’/w", "opposition/w", "and/w", "the/w", "officials'/w", "cars/w"));
}

TEST(TokenizerTest, CurlySingleQuotationEndingInS) {
  EXPECT_THAT(Tagged("the ‘Milk Wars’ began"),
              ElementsAre("the/w", "‘/q<", "Milk/w", "Wars/w", "’/q>", "began/w"));
  EXPECT_THAT(Tagged("the 'Milk Wars' began"),
              ElementsAre("the/w", "'/q<", "Milk/w", "Wars/w", "'/q>", "began/w"));
}

TEST(TokenizerTest, CurlyDoubleQuotes) {
  EXPECT_THAT(Tagged("“We will win,” said Ivanka Doe."),
              ElementsAre("“/q<", "We/w", "will/w", "win/w", ",/p", "”/q>", "said/w", "Ivanka/w",
                          "Doe/w", "./p"));
}

TEST(TokenizerTest, GuillemetsAndLowQuotes) {
  EXPECT_THAT(Tagged("«Nein» „ja“"), ElementsAre("«/q<", "Nein/w", "»/q>", "„/q<", "ja/w", "“/q>"));
}

TEST(TokenizerTest, QuotesAroundEllipsis) {
  EXPECT_THAT(Tagged("“...” «…»"), ElementsAre("“/q<", ".../p", "”/q>", "«/q<", "…/p", "»/q>"));
}

TEST(TokenizerTest, StraightDoubleQuotesByContext) {
  EXPECT_THAT(Tagged("He said: \"Go.\" Then \"stop\"!"),
              ElementsAre("He/w", "said/w", ":/p", "\"/q<", "Go/w", "./p", "\"/q>", "Then/w",
                          "\"/q<", "stop/w", "\"/q>", "!/p"));
}

TEST(TokenizerTest, StraightQuoteWithNoSpaceUsesState) {
  EXPECT_THAT(Tagged("said,\"Go\""), ElementsAre("said/w", ",/p", "\"/q<", "Go/w", "\"/q>"));
}

TEST(TokenizerTest, QuoteAfterOpeningBracketOrDashOpens) {
  EXPECT_THAT(Tagged("(\"a\")"), ElementsAre("(/p", "\"/q<", "a/w", "\"/q>", ")/p"));
  EXPECT_THAT(Tagged("x —“a”"), ElementsAre("x/w", "—/p", "“/q<", "a/w", "”/q>"));
}

TEST(TokenizerTest, LoneQuoteAtEnd) {
  EXPECT_THAT(Tagged("end \""), ElementsAre("end/w", "\"/q<"));
  EXPECT_THAT(Tagged("end\""), ElementsAre("end/w", "\"/q>"));
  EXPECT_THAT(Tagged("“"), ElementsAre("“/q<"));
}

TEST(TokenizerTest, QuoteStateResetsAtLineBreak) {
  // The first line leaves a quotation open; the second line's quote must
  // open, not close it.
  EXPECT_THAT(Tagged("a \" b\n\" c"), ElementsAre("a/w", "\"/q<", "b/w", "\"/q<", "c/w"));
}

TEST(TokenizerTest, HyphenatedWords) {
  EXPECT_THAT(Tagged("pro-democracy 65-year-old well- known"),
              ElementsAre("pro-democracy/w", "65-year-old/w", "well/w", "-/p", "known/w"));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_THAT(Tagged("1,000 3.5 9.9 2020 500-1000 1939–1945"),
              ElementsAre("1,000/n", "3.5/n", "9.9/n", "2020/n", "500-1000/n", "1939–1945/n"));
}

TEST(TokenizerTest, NumberBeforeSentencePeriodAndComma) {
  EXPECT_THAT(Tagged("in 2020. By 2021, it"),
              ElementsAre("in/w", "2020/n", "./p", "By/w", "2021/n", ",/p", "it/w"));
}

TEST(TokenizerTest, TimesOfDay) {
  EXPECT_THAT(Tagged("9 pm and 10pm and 7 a.m."),
              ElementsAre("9/n", "pm/w", "and/w", "10/n", "pm/w", "and/w", "7/n", "a.m./a"));
}

TEST(TokenizerTest, DottedAbbreviations) {
  EXPECT_THAT(Tagged("U.S. U.K. e.g. i.e. p.m."),
              ElementsAre("U.S./a", "U.K./a", "e.g./a", "i.e./a", "p.m./a"));
  std::vector<Token> t = Tok("U.S.");
  EXPECT_TRUE(t[0].has(kAllCaps));
}

TEST(TokenizerTest, TableAbbreviations) {
  EXPECT_THAT(
      Tagged("Mr. Mrs. Dr. Gen. Gov. Sen. Rep. Lt. Col. Sgt. Prof. Jr. St. Jan. Feb."),
      ElementsAre("Mr./a", "Mrs./a", "Dr./a", "Gen./a", "Gov./a", "Sen./a", "Rep./a", "Lt./a",
                  "Col./a", "Sgt./a", "Prof./a", "Jr./a", "St./a", "Jan./a", "Feb./a"));
  EXPECT_THAT(Tagged("vs. etc."), ElementsAre("vs./a", "etc./a"));
}

TEST(TokenizerTest, NoIsAnAbbreviationOnlyBeforeANumber) {
  EXPECT_THAT(Tagged("No. 5"), ElementsAre("No./a", "5/n"));
  EXPECT_THAT(Tagged("said No. Then"), ElementsAre("said/w", "No/w", "./p", "Then/w"));
}

TEST(TokenizerTest, Initials) {
  EXPECT_THAT(Tagged("George W. Bush"), ElementsAre("George/w", "W./a", "Bush/w"));
  // A lowercase single letter is no initial.
  EXPECT_THAT(Tagged("plan b."), ElementsAre("plan/w", "b/w", "./p"));
}

TEST(TokenizerTest, OrdinaryWordBeforePeriodIsNotAbbreviation) {
  EXPECT_THAT(Tagged("It ended."), ElementsAre("It/w", "ended/w", "./p"));
}

TEST(TokenizerTest, DashesAndEllipses) {
  EXPECT_THAT(
      Tagged("a — b – c -- d … e ... f"),
      ElementsAre("a/w", "—/p", "b/w", "–/p", "c/w", "--/p", "d/w", "…/p", "e/w", ".../p", "f/w"));
}

TEST(TokenizerTest, UnicodeLetters) {
  EXPECT_THAT(Texts("Viačorka, Kalinoŭski, Łukaszenka і Лукашэнка"),
              ElementsAre("Viačorka", ",", "Kalinoŭski", ",", "Łukaszenka", "і", "Лукашэнка"));
  std::vector<Token> t = Tok("Лукашэнка ЕС");
  EXPECT_TRUE(t[0].has(kCapitalized));
  EXPECT_TRUE(t[1].has(kAllCaps));
}

TEST(TokenizerTest, CombiningMarksStayInWord) {
  // "e" + U+0301 combining acute.
  EXPECT_THAT(Texts("caf"
                    "e\xCC\x81 ok"),
              ElementsAre("cafe\xCC\x81", "ok"));
}

TEST(TokenizerTest, NonBreakingSpaceSeparates) {
  std::vector<Token> t = Tok("9\xC2\xA0pm");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[1].has(kSpaceBefore));
}

TEST(TokenizerTest, SymbolsAndEmoji) {
  EXPECT_THAT(Tagged("50% $5 a/b"), ElementsAre("50/n", "%/s", "$/s", "5/n", "a/w", "//s", "b/w"));
  // Thumbs up + skin tone is one symbol; a ZWJ family is one symbol.
  EXPECT_THAT(Texts("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD x"),
              ElementsAre("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "x"));
  EXPECT_EQ(Tok("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9").size(), 1u);
}

TEST(TokenizerTest, ByteOrderMarkIsSkipped) {
  EXPECT_THAT(Texts("\xEF\xBB\xBFHello"), ElementsAre("Hello"));
}

TEST(TokenizerTest, InvalidBytesBecomeSymbols) {
  std::string s = "ab\xFF\xC3 cd\xE2\x82";
  std::vector<Token> t = Tok(s);
  EXPECT_EQ(t.front().kind, TokenKind::kWord);
  EXPECT_EQ(t.back().kind, TokenKind::kSymbol);
  for (const Token& tok : t) EXPECT_LE(tok.span.end, s.size());
}

TEST(TokenizerTest, OffsetsOnCharacterBoundaries) {
  const std::string s =
      "«Лукашэнка’s» — “Viačorka…” 1,000 km² 北京！ 🇧🇾 e\xCC\x81\n‘x’ U.S.-led ‹a›";
  std::vector<Token> t = Tok(s);
  ExpectWellFormed(s, t);
  EXPECT_GT(t.size(), 15u);
}

TEST(TokenizerTest, OneMegabyteWithoutSpaces) {
  std::string s(1 << 20, 'a');
  std::vector<Token> t = Tok(s);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].span.end, s.size());
  std::string punct(1 << 20, '.');
  EXPECT_EQ(Tok(punct).size(), 1u);
  std::string hyph;
  for (int i = 0; i < 200000; ++i) hyph += "ab-";
  EXPECT_EQ(Tok(hyph).size(), 2u);  // one long hyphenated word and the final dash
}

TEST(TokenizerTest, ManyQuotesAndInvalidMix) {
  std::string s;
  for (int i = 0; i < 50000; ++i) s += (i % 3 == 0) ? "\"x' " : "’\xF0\x9F y";
  std::vector<Token> t = Tok(s);
  ExpectWellFormed(s, t);
}

TEST(AbbreviationMayEndSentenceTest, TitlesNeverEnd) {
  EXPECT_FALSE(AbbreviationMayEndSentence("Mr."));
  EXPECT_FALSE(AbbreviationMayEndSentence("Gen."));
  EXPECT_FALSE(AbbreviationMayEndSentence("vs."));
  EXPECT_TRUE(AbbreviationMayEndSentence("U.S."));
  EXPECT_TRUE(AbbreviationMayEndSentence("etc."));
  EXPECT_TRUE(AbbreviationMayEndSentence("Jr."));
}

}  // namespace
}  // namespace sitrep
