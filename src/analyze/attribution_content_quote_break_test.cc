// Content rules for quotations that end a clause: a quotation closed by ",\"
// ends a clause (QuoteCommaBreak in attribution_content_breaks.h) and an
// object (ObjectEnd in attribution_spans.h). Invented sentences, invented
// names; each asserts the exact content span.
#include <gtest/gtest.h>

#include <string>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::ContentOf;
using testing::Dump;
using testing::WithCue;

TEST(AttributionContentQuoteBreak, QuoteCommaThenANameAndVerbEndsTheClause) {
  Document doc = AnalyzeText(
      "Ilse Varn pointed out that the board calls it \"a harbor for all,\" Bell seized on the "
      "phrase.");
  EXPECT_EQ(ContentOf(doc, "pointed out"), "that the board calls it \"a harbor for all,\"")
      << Dump(doc);
}

TEST(AttributionContentQuoteBreak, QuoteCommaThenAPronounEndsTheClause) {
  Document doc =
      AnalyzeText("Dara Quist said the pier was \"sound for now,\" she insisted it needed work.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was \"sound for now,\"") << Dump(doc);
}

TEST(AttributionContentQuoteBreak, QuoteCommaThenASubordinatorEndsTheClause) {
  Document doc = AnalyzeText(
      "Ilse Varn cautioned \"let us not hurry,\" before predicting that the vote would pass.");
  EXPECT_EQ(ContentOf(doc, "cautioned"), "\"let us not hurry,\"") << Dump(doc);
}

TEST(AttributionContentQuoteBreak, QuoteCommaKeepsAPhraseThatGoesOn) {
  // No new clause after the quotation: a phrase ("compared to ...") stays.
  Document doc =
      AnalyzeText("Tam Bell said the fee is \"modest,\" compared to what the ferry charges.");
  EXPECT_EQ(ContentOf(doc, "said"), "the fee is \"modest,\" compared to what the ferry charges")
      << Dump(doc);
}

TEST(AttributionContentQuoteBreak, QuoteCommaAfterASubordinateClauseKeepsTheMainClause) {
  Document doc = AnalyzeText(
      "Dara Quist said that although the repairs were \"a first step,\" they were far from "
      "enough.");
  EXPECT_EQ(ContentOf(doc, "said"),
            "that although the repairs were \"a first step,\" they were far from enough")
      << Dump(doc);
}

TEST(AttributionContentQuoteBreak, QuoteWithoutCommaDoesNotEndTheClause) {
  Document doc =
      AnalyzeText("Ilse Varn said the pier was \"sound\" Tam Bell had checked it twice.");
  EXPECT_EQ(ContentOf(doc, "said"), "the pier was \"sound\" Tam Bell had checked it twice")
      << Dump(doc);
}

TEST(AttributionContentQuoteBreak, ExclamationInQuoteEndsTheClause) {
  Document doc =
      AnalyzeText("The crowd chanted \"Fix the pier!\" as Ilse Varn walked to the stage.");
  EXPECT_EQ(ContentOf(doc, "chanted"), "\"Fix the pier!\"") << Dump(doc);
}

TEST(AttributionContentQuoteBreak, QuoteCommaEndsAnObject) {
  Document doc = AnalyzeText(
      "Tam Bell endorsed the plan for \u201ca quiet harbor,\u201d with Ilse Varn nodding along.");
  EXPECT_EQ(ContentOf(doc, "endorsed"), "the plan for \u201ca quiet harbor,\u201d") << Dump(doc);
}

TEST(AttributionContentQuoteBreak, QuoteCommaEndsANamedObject) {
  Document doc =
      AnalyzeText("The show was named \u201cThe Harbor Hour,\u201d with Ilse Varn as co-host.");
  EXPECT_EQ(ContentOf(doc, "was named"), "\u201cThe Harbor Hour,\u201d") << Dump(doc);
}

TEST(AttributionContentQuoteBreak, ObjectKeepsAListOfQuotations) {
  Document doc = AnalyzeText(
      "Tam Bell endorsed the plan for \u201ca quiet harbor,\u201d \u201ca busy port\u201d and "
      "more.");
  EXPECT_EQ(ContentOf(doc, "endorsed"),
            "the plan for \u201ca quiet harbor,\u201d \u201ca busy port\u201d and more")
      << Dump(doc);
}

// Two apostrophes used as one double mark: the comma inside "''" ends the
// clause before a participle cue as it does inside '"'.
TEST(AttributionContentQuoteBreak, DoubleApostropheMarkEndsTheClauseBeforeAParticiple) {
  Document doc = AnalyzeText(
      "Ilse Varn told reporters that the levy was ''a plan for the few,'' adding that the pier "
      "would close.");
  const Statement* told = WithCue(doc, "told");
  ASSERT_NE(told, nullptr) << testing::Dump(doc);
  EXPECT_EQ(testing::View(doc, told->content), "that the levy was ''a plan for the few,''");
}

}  // namespace
}  // namespace sitrep
