#include "text/sentences.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "text/tokenizer.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

using ::testing::ElementsAre;

Document Split(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  Tokenize(doc.text, &doc.tokens);
  SplitSentences(&doc);
  return doc;
}

std::vector<std::string> Sentences(std::string_view text) {
  Document doc = Split(text);
  std::vector<std::string> v;
  for (const Sentence& s : doc.sentences) v.emplace_back(doc.view(s.span));
  return v;
}

// Every token in exactly one sentence, sentences inside their paragraphs.
void ExpectConsistent(const Document& doc) {
  uint32_t next_token = 0;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    ASSERT_EQ(s.first_token, next_token);
    ASSERT_LT(s.first_token, s.last_token);
    ASSERT_EQ(s.span.start, doc.tokens[s.first_token].span.start);
    ASSERT_EQ(s.span.end, doc.tokens[s.last_token - 1].span.end);
    ASSERT_LT(s.paragraph, doc.paragraphs.size());
    const Paragraph& p = doc.paragraphs[s.paragraph];
    ASSERT_LE(p.first_sentence, i);
    ASSERT_LT(i, p.last_sentence);
    next_token = s.last_token;
  }
  ASSERT_EQ(next_token, doc.tokens.size());
  uint32_t next_sentence = 0;
  for (const Paragraph& p : doc.paragraphs) {
    ASSERT_EQ(p.first_sentence, next_sentence);
    ASSERT_LT(p.first_sentence, p.last_sentence);
    next_sentence = p.last_sentence;
  }
  ASSERT_EQ(next_sentence, doc.sentences.size());
}

TEST(SplitSentencesTest, EmptyDocument) {
  Document doc = Split("");
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.paragraphs.empty());
  doc = Split("  \n\n ");
  EXPECT_TRUE(doc.sentences.empty());
}

TEST(SplitSentencesTest, BasicTerminals) {
  EXPECT_THAT(Sentences("It rained. Was it cold? Yes! The end"),
              ElementsAre("It rained.", "Was it cold?", "Yes!", "The end"));
}

TEST(SplitSentencesTest, EveryLineIsAParagraph) {
  Document doc = Split("First line without period\nSecond line. Two sentences.\n\nThird.");
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(doc.view(doc.paragraphs[0].span), "First line without period");
  EXPECT_EQ(doc.view(doc.paragraphs[1].span), "Second line. Two sentences.");
  EXPECT_EQ(doc.paragraphs[1].last_sentence - doc.paragraphs[1].first_sentence, 2u);
  EXPECT_EQ(doc.sentences[3].paragraph, 2u);
  ExpectConsistent(doc);
}

TEST(SplitSentencesTest, TitlesAndMonthsDoNotEnd) {
  EXPECT_THAT(
      Sentences("Mr. Smith met Gen. Kowalczyk on Jan. 28 in St. Petersburg. Then he left."),
      ElementsAre("Mr. Smith met Gen. Kowalczyk on Jan. 28 in St. Petersburg.", "Then he left."));
}

TEST(SplitSentencesTest, AbbreviationBeforeLowercaseOrName) {
  EXPECT_THAT(Sentences("U.S. officials met U.K. Minister Anna Roe. Talks ended."),
              ElementsAre("U.S. officials met U.K. Minister Anna Roe.", "Talks ended."));
}

TEST(SplitSentencesTest, CaseNamesAndStateAbbreviationsDoNotEnd) {
  EXPECT_THAT(Sentences("The ruling in Roe v. Wade stands, Sen. Ana Vell (D-Calif.) said. "
                        "She spoke in Dover, Del., on Monday."),
              ElementsAre("The ruling in Roe v. Wade stands, Sen. Ana Vell (D-Calif.) said.",
                          "She spoke in Dover, Del., on Monday."));
  // A state abbreviation still ends a sentence before a sentence starter.
  EXPECT_THAT(Sentences("She lives in Burlington, Vt. The town is small."),
              ElementsAre("She lives in Burlington, Vt.", "The town is small."));
}

TEST(SplitSentencesTest, AbbreviationAtSentenceEndBeforeStarter) {
  EXPECT_THAT(Sentences("She moved to the U.S. The next day she called."),
              ElementsAre("She moved to the U.S.", "The next day she called."));
  EXPECT_THAT(Sentences("Apples, pears etc. But not plums."),
              ElementsAre("Apples, pears etc.", "But not plums."));
  // A title never ends a sentence, even before a starter-like word.
  EXPECT_THAT(Sentences("Ask Dr. The"), ElementsAre("Ask Dr. The"));
}

TEST(SplitSentencesTest, InitialsDoNotEnd) {
  EXPECT_THAT(Sentences("George W. Bush spoke. It was brief."),
              ElementsAre("George W. Bush spoke.", "It was brief."));
}

TEST(SplitSentencesTest, QuotationWithAttribution) {
  EXPECT_THAT(Sentences("“We will win,” he said. “No doubt.” Another sentence."),
              ElementsAre("“We will win,” he said.", "“No doubt.”", "Another sentence."));
}

TEST(SplitSentencesTest, TerminalsInsideQuotationDoNotEnd) {
  EXPECT_THAT(Sentences("“It is over. I ... dragged on. Enough,” said Olek Vyr. Next one."),
              ElementsAre("“It is over. I ... dragged on. Enough,” said Olek Vyr.", "Next one."));
  EXPECT_THAT(Sentences("He said: \"We fight. We win.\" Then he left."),
              ElementsAre("He said: \"We fight. We win.\"", "Then he left."));
}

TEST(SplitSentencesTest, QuestionInQuoteThenLowercase) {
  EXPECT_THAT(Sentences("“Really?” she asked. Yes."), ElementsAre("“Really?” she asked.", "Yes."));
}

TEST(SplitSentencesTest, UnbalancedOpenQuoteDoesNotSwallow) {
  // A quotation continued in the next paragraph has no closing quote here.
  Document doc = Split("“We stay. We fight. We win.\n“That is all,” she said. Done.");
  std::vector<std::string> s;
  for (const Sentence& x : doc.sentences) s.emplace_back(doc.view(x.span));
  EXPECT_THAT(
      s, ElementsAre("“We stay.", "We fight.", "We win.", "“That is all,” she said.", "Done."));
  ExpectConsistent(doc);
}

TEST(SplitSentencesTest, LoneQuoteAtEnd) {
  EXPECT_THAT(Sentences("It ended. \""), ElementsAre("It ended.", "\""));
}

TEST(SplitSentencesTest, ClosingBracketAfterTerminal) {
  EXPECT_THAT(Sentences("It rose (by 5%.) Then it fell."),
              ElementsAre("It rose (by 5%.)", "Then it fell."));
}

TEST(SplitSentencesTest, NoBreakWithoutSpaceOrBeforeLowercase) {
  EXPECT_THAT(Sentences("See example.com for approx. five items."),
              ElementsAre("See example.com for approx. five items."));
}

TEST(SplitSentencesTest, NumbersAfterTerminalStartSentence) {
  EXPECT_THAT(Sentences("It rose 3.5 percent. 2020 was worse."),
              ElementsAre("It rose 3.5 percent.", "2020 was worse."));
}

TEST(SplitSentencesTest, HugeQuotationIsCappedNotSwallowing) {
  std::string text = "“";
  for (int i = 0; i < 100000; ++i) {
    text += (i % 10 == 0) ? "Word" : "word";
    text += (i % 10 == 9) ? ". " : " ";
  }
  text += "end,” he said. After.";
  Document doc = Split(text);
  ExpectConsistent(doc);
  EXPECT_GT(doc.sentences.size(), 100u);
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(s.last_token - s.first_token, 300u);
  }
  EXPECT_EQ(doc.view(doc.sentences.back().span), "After.");
}

TEST(SplitSentencesTest, HundredThousandWordsWithoutTerminals) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "word ";
  Document doc = Split(text);
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.sentences[0].last_token, 100000u);
}

TEST(SplitSentencesTest, ConsistentOnAdversarialMix) {
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += (i % 7 == 0) ? "\n" : "";
    text += "“a. ’ ” ? » U.S. Mr. « \" ' ...\xFF !! ) (";
  }
  Document doc = Split(text);
  ExpectConsistent(doc);
}

TEST(SplitSentencesTest, RealArticlesKeepInvariants) {
  // Real scraped articles, when the shared corpus is present: invariants hold
  // and no paragraph collapses into one giant sentence.
  const std::filesystem::path dir = SITREP_SOURCE_DIR "/../shared/corpus/seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) GTEST_SKIP() << "no shared corpus at " << dir;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Document doc;
    RepairUtf8(raw, &doc.text);
    Tokenize(doc.text, &doc.tokens);
    SplitSentences(&doc);
    SCOPED_TRACE(entry.path().string());
    ExpectConsistent(doc);
    EXPECT_GT(doc.sentences.size(), doc.paragraphs.size());
    for (const Sentence& s : doc.sentences) EXPECT_LT(s.last_token - s.first_token, 200u);
    ++files;
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace sitrep
