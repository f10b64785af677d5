// Content extent rules of attribution_content_breaks.h,
// attribution_content_extent.h and the addressee, connective and quotation
// rules of attribution_refine.h: one invented sentence per rule, asserting
// the exact content span (PolNeAR's conventions).
#include <gtest/gtest.h>

#include <string>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::ContentOf;
using testing::Dump;
using testing::View;
using testing::WithCue;

TEST(AttributionContent, SpacedDashEndsTheClause) {
  Document doc =
      AnalyzeText("Ilse Varn said the pier was safe \u2014 a claim the harbor board disputes.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was safe") << Dump(doc);
}

TEST(AttributionContent, DashPairIsAnAsideInsideTheClause) {
  Document doc = AnalyzeText("Ilse Varn said the pier -- rebuilt last year -- was safe.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier -- rebuilt last year -- was safe") << Dump(doc);
}

TEST(AttributionContent, HyphenOfACompoundIsNoBreak) {
  Document doc =
      AnalyzeText("Ilse Varn said the fourth- and fifth-grade pupils would visit the pier.");
  EXPECT_EQ(ContentOf(doc, "said"), "the fourth- and fifth-grade pupils would visit the pier")
      << Dump(doc);
}

TEST(AttributionContent, ObjectEndsAtAndWithAVerb) {
  Document doc = AnalyzeText("Dara Quist endorsed Tam Bell and vowed to campaign for him.");
  EXPECT_EQ(ContentOf(doc, "endorsed"), "Tam Bell") << Dump(doc);
  EXPECT_EQ(ContentOf(doc, "vowed"), "to campaign for him") << Dump(doc);
}

TEST(AttributionContent, ObjectKeepsARelativeClauseWithABeliefVerb) {
  Document doc = AnalyzeText("The board cited reports that divers feared the pier would collapse.");
  EXPECT_EQ(ContentOf(doc, "cited"), "reports that divers feared the pier would collapse")
      << Dump(doc);
}

TEST(AttributionContent, ObjectEndsBeforeARelativeClauseWithASpeechVerb) {
  Document doc = AnalyzeText("The board cited reports that divers say are false.");
  EXPECT_EQ(ContentOf(doc, "cited"), "reports") << Dump(doc);
}

TEST(AttributionContent, CommaAndPronounStartsTheReportersClause) {
  Document doc = AnalyzeText("Ilse Varn said the pier was safe, and she left the meeting early.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was safe") << Dump(doc);
}

TEST(AttributionContent, CommaAndANameWithAPastFormStartsTheReportersClause) {
  Document doc =
      AnalyzeText("Ilse Varn said the pier was safe, and Tam Bell closed it a few hours later.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was safe") << Dump(doc);
}

TEST(AttributionContent, ClosingParenthesisOpenedInsideStays) {
  Document doc = AnalyzeText("Ilse Varn said the pier was rebuilt by the harbor board (twice).");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was rebuilt by the harbor board (twice)")
      << Dump(doc);
}

TEST(AttributionContent, ClosingAppositiveIsTheReporters) {
  Document doc =
      AnalyzeText("Ilse Varn said the board had closed the pier, a decision made in secret.");
  EXPECT_EQ(ContentOf(doc, "said"), "the board had closed the pier") << Dump(doc);
  // Not when another comma follows: a list or a clause goes on.
  doc = AnalyzeText("Ilse Varn said the board had closed the pier, the dam, and the road.");
  EXPECT_EQ(ContentOf(doc, "said"), "the board had closed the pier, the dam, and the road")
      << Dump(doc);
}

TEST(AttributionContent, PronounAndNounIsOneSubjectInsideTheClause) {
  Document doc = AnalyzeText("Ilse Varn said she and her divers said the pier was safe.");
  EXPECT_EQ(ContentOf(doc, "said"), "she and her divers said the pier was safe") << Dump(doc);
}

TEST(AttributionContent, SemicolonEndsTheClause) {
  Document doc = AnalyzeText("Ilse Varn said the pier was safe; the board disagreed.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was safe") << Dump(doc);
}

TEST(AttributionContent, AddresseeAfterAPostposedTellIsNoContent) {
  Document doc = AnalyzeText("The pier is safe, Ilse Varn told the Harbor Gazette.");
  EXPECT_EQ(ContentOf(doc, "told"), "The pier is safe") << Dump(doc);
}

TEST(AttributionContent, PrepositionalPhraseAfterAPostposedCueIsNoContent) {
  Document doc = AnalyzeText("The pier is safe, Ilse Varn said to the harbor board.");
  EXPECT_EQ(ContentOf(doc, "said"), "The pier is safe") << Dump(doc);
}

TEST(AttributionContent, InfinitiveAfterACueStaysContent) {
  Document doc = AnalyzeText("After the storm, Ilse Varn agreed to inspect the pier.");
  EXPECT_EQ(ContentOf(doc, "agreed"), "to inspect the pier") << Dump(doc);
}

TEST(AttributionContent, QuestionSplitOffItsSpeakerSentence) {
  Document doc = AnalyzeText("\u201cIs the pier safe?\u201d Ilse Varn said to the harbor board.");
  EXPECT_EQ(ContentOf(doc, "said"), "\u201cIs the pier safe?\u201d") << Dump(doc);
}

TEST(AttributionContent, PassiveCueReportsItsSubject) {
  Document doc = AnalyzeText("Dara Quist was announced the winner of the harbor race.");
  EXPECT_EQ(ContentOf(doc, "was announced"),
            "Dara Quist was announced the winner of the harbor race")
      << Dump(doc);
}

TEST(AttributionContent, PassiveQuestionReportsTheQuestionAlone) {
  Document doc = AnalyzeText("Tam Bell was asked whether the pier was safe.");
  EXPECT_EQ(ContentOf(doc, "was asked"), "whether the pier was safe") << Dump(doc);
}

TEST(AttributionContent, ContactRelativeClauseKeepsItsHead) {
  Document doc = AnalyzeText("It was a plan the harbor board hopes will fail.");
  EXPECT_EQ(ContentOf(doc, "hopes"), "a plan the harbor board hopes will fail") << Dump(doc);
}

TEST(AttributionContent, MixedQuoteRunsOnPastTheCue) {
  Document doc = AnalyzeText(
      "The pier is \u201csafe for everyone,\u201d Ilse Varn said. \u201cWe checked it "
      "twice.\u201d");
  EXPECT_EQ(ContentOf(doc, "said"),
            "The pier is \u201csafe for everyone,\u201d Ilse Varn said. \u201cWe checked it "
            "twice.\u201d")
      << Dump(doc);
}

TEST(AttributionContent, NamingQuoteRunsToTheClauseEnd) {
  Document doc =
      AnalyzeText("Ilse Varn called the plan \u201ca trap\u201d for the fishing town, and left.");
  EXPECT_EQ(ContentOf(doc, "called"), "the plan \u201ca trap\u201d for the fishing town")
      << Dump(doc);
  doc = AnalyzeText("Ilse Varn called the plan \u201ca trap,\u201d a rare rebuke from her.");
  EXPECT_EQ(ContentOf(doc, "called"), "the plan \u201ca trap,\u201d") << Dump(doc);
}

TEST(AttributionContent, TitleInQuotesBeforeTheSpeakerIsNoContent) {
  Document doc = AnalyzeText("On \u201cHarbor Hour,\u201d Ilse Varn said the pier was safe.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was safe") << Dump(doc);
  doc = AnalyzeText("\u201cThe pier holds,\u201d Ilse Varn said on Monday.");
  EXPECT_EQ(ContentOf(doc, "said"), "\u201cThe pier holds,\u201d") << Dump(doc);
}

TEST(AttributionContent, SplitQuoteAroundACueWithATail) {
  Document doc = AnalyzeText(
      "\u201cThe pier is safe,\u201d Ilse Varn said of the repairs, \u201cand the dam will "
      "hold.\u201d");
  EXPECT_EQ(ContentOf(doc, "said"),
            "\u201cThe pier is safe,\u201d Ilse Varn said of the repairs, \u201cand the dam will "
            "hold.\u201d")
      << Dump(doc);
  doc = AnalyzeText(
      "\u201cThe pier is safe,\u201d Ilse Varn said, and \u201cthe dam will hold.\u201d");
  EXPECT_EQ(ContentOf(doc, "said"),
            "\u201cThe pier is safe,\u201d Ilse Varn said, and \u201cthe dam will hold.\u201d")
      << Dump(doc);
}

TEST(AttributionContent, LowercaseQuoteKeepsTheClauseBeforeItsComma) {
  Document doc =
      AnalyzeText("At the harbor, the pier is \u201csafe for everyone,\u201d Ilse Varn said.");
  EXPECT_EQ(ContentOf(doc, "said"), "At the harbor, the pier is \u201csafe for everyone,\u201d")
      << Dump(doc);
}

TEST(AttributionContent, LowercaseQuoteAfterACommaKeepsTheOpeningClause) {
  Document doc = AnalyzeText(
      "But when it rains, \u201cwe all stay home,\u201d Ilse Varn said. \u201cEvery time.\u201d");
  EXPECT_EQ(ContentOf(doc, "said"),
            "But when it rains, \u201cwe all stay home,\u201d Ilse Varn said. \u201cEvery "
            "time.\u201d")
      << Dump(doc);
}

TEST(AttributionContent, ParentheticalCueBeforeALowercaseQuote) {
  Document doc = AnalyzeText("The pier, Ilse Varn said, \u201cis safe for everyone.\u201d");
  EXPECT_EQ(ContentOf(doc, "said"), "The pier, Ilse Varn said, \u201cis safe for everyone.\u201d")
      << Dump(doc);
}

TEST(AttributionContent, AppositiveAfterAccordingToEndsTheContent) {
  Document doc =
      AnalyzeText("The pier is safe, according to Ilse Varn, a harbor engineer who inspected it.");
  EXPECT_EQ(ContentOf(doc, "according to"), "The pier is safe") << Dump(doc);
}

TEST(AttributionContent, PredicateAfterAccordingToKeepsTheExtent) {
  Document doc = AnalyzeText("The pier, according to Ilse Varn, is safe.");
  EXPECT_EQ(ContentOf(doc, "according to"), "The pier, according to Ilse Varn, is safe")
      << Dump(doc);
}

TEST(AttributionContent, ParentheticalAfterTheCueIsNoContent) {
  Document doc = AnalyzeText("Ilse Varn said, however, that the pier was safe.");
  EXPECT_EQ(ContentOf(doc, "said"), "that the pier was safe") << Dump(doc);
}

TEST(AttributionContent, WordsBeforeAColonAndAQuoteAreNoContent) {
  Document doc = AnalyzeText("Ilse Varn told the Harbor Gazette: \u201cThe pier is safe.\u201d");
  EXPECT_EQ(ContentOf(doc, "told"), "\u201cThe pier is safe.\u201d") << Dump(doc);
}

TEST(AttributionContent, AdverbialBeforeACommaAndAQuoteIsNoContent) {
  Document doc = AnalyzeText("Ilse Varn said last week in Molvania, \u201cThe pier is safe.\u201d");
  EXPECT_EQ(ContentOf(doc, "said"), "\u201cThe pier is safe.\u201d") << Dump(doc);
}

TEST(AttributionContent, AdverbialBeforeAnIndirectQuestionIsNoContent) {
  Document doc =
      AnalyzeText("Ilse Varn was asked at a briefing on Monday whether the pier was safe.");
  EXPECT_EQ(ContentOf(doc, "was asked"), "whether the pier was safe") << Dump(doc);
}

TEST(AttributionContent, DeterminedAddresseeIsSkipped) {
  Document doc = AnalyzeText("Ilse Varn told the harbor board she would resign.");
  EXPECT_EQ(ContentOf(doc, "told"), "she would resign") << Dump(doc);
}

TEST(AttributionContent, AddresseeBeforeAContractionIsSkipped) {
  Document doc = AnalyzeText("Ilse Varn told the Harbor Gazette she's leaving the board.");
  EXPECT_EQ(ContentOf(doc, "told"), "she's leaving the board") << Dump(doc);
}

TEST(AttributionContent, IndirectQuestionStartsBeforeAnInnerThat) {
  Document doc =
      AnalyzeText("Ilse Varn asked the board whether the claim that the pier was unsafe was true.");
  EXPECT_EQ(ContentOf(doc, "asked"), "whether the claim that the pier was unsafe was true")
      << Dump(doc);
}

TEST(AttributionContent, ClauseStartsBeforeAQuoteInsideIt) {
  Document doc =
      AnalyzeText("Ilse Varn told reporters she thought the pier was \u201cperfectly safe.\u201d");
  EXPECT_EQ(ContentOf(doc, "told"), "she thought the pier was \u201cperfectly safe.\u201d")
      << Dump(doc);
}

TEST(AttributionContent, TwoWordConnectiveIsNoContent) {
  Document doc = AnalyzeText("In fact, the pier is safe, Ilse Varn said.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier is safe") << Dump(doc);
}

TEST(AttributionContent, TranscriptTurnRunsToTheParagraphEnd) {
  Document doc = AnalyzeText(
      "Ilse Varn: The pier is safe. We checked it twice.\nTam Bell: Is the pier safe?\nThe "
      "meeting ended.");
  ASSERT_EQ(doc.statements.size(), 2u) << Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "The pier is safe. We checked it twice.");
  EXPECT_EQ(View(doc, doc.statements[1].content), "Is the pier safe?");
}

TEST(AttributionContent, HeadlineAfterAColonKeepsItsFullStopOut) {
  Document doc = AnalyzeText("Ilse Varn: Pier Is Safe.\nThe meeting ended.");
  ASSERT_EQ(doc.statements.size(), 1u) << Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "Pier Is Safe");
}

TEST(AttributionContent, BrokenQuotesAndDashesDoNotCrash) {
  std::string text = "Ilse Varn said \u201cthe pier \u2014 ";
  for (int i = 0; i < 2000; ++i) text += "- \u2014 -- ; , and she ";
  text += "was safe.";
  Document doc = AnalyzeText(text);
  for (const Statement& s : doc.statements) {
    EXPECT_LE(s.content.start, s.content.end);
    EXPECT_LE(s.content.end, doc.text.size());
  }
}

TEST(AttributionContent, WordSoupKeepsSpansInsideTheText) {
  // The rules' boundary words in every order: spans stay inside the text
  // and on character boundaries (run under the sanitizer build).
  static constexpr const char* kWords[] = {
      "said",   "told",   "Ilse", "Varn",  "the",   "a",         ",",      ";",
      ":",      "\u2014", "-",    "--",    "and",   "according", "to",     "\u201c",
      "\u201d", "(",      ")",    "was",   "asked", "whether",   "called", "he",
      "she's",  "In",     "fact", "which", ".",     "?",         "\n",     "endorsed"};
  uint32_t state = 12345;
  for (int doc_i = 0; doc_i < 200; ++doc_i) {
    std::string text;
    for (int w = 0; w < 60; ++w) {
      state = state * 1103515245u + 12345u;
      text += kWords[(state >> 16) % (sizeof(kWords) / sizeof(kWords[0]))];
      text += ' ';
    }
    Document doc = AnalyzeText(text);
    for (const Statement& st : doc.statements) {
      ASSERT_LE(st.content.start, st.content.end) << text;
      ASSERT_LE(st.content.end, doc.text.size()) << text;
      // Not inside a UTF-8 sequence.
      if (st.content.start < doc.text.size()) {
        EXPECT_NE(static_cast<unsigned char>(doc.text[st.content.start]) & 0xC0, 0x80) << text;
      }
    }
  }
}

}  // namespace
}  // namespace sitrep
