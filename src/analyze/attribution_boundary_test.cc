// Content boundaries, speaker-less hedges and poll findings, following
// PolNeAR's conventions; one invented sentence each.
#include <gtest/gtest.h>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;

TEST(AttributionBoundary, QuoteRunsOnAfterACueWithAnAddressee) {
  Document doc = AnalyzeText(
      "\u201cThe dam will hold,\u201d Ilse Varn told the harbor board. "
      "\u201cWe checked it twice.\u201d");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "\u201cThe dam will hold,\u201d Ilse Varn told the harbor board. "
            "\u201cWe checked it twice.\u201d");
}

TEST(AttributionBoundary, ConcessiveClauseWithoutACueStaysInTheContent) {
  Document doc = AnalyzeText("Ilse Varn said the pier was safe, but repairs would take a year.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "the pier was safe, but repairs would take a year");
}

TEST(AttributionBoundary, ClosingRelativeClauseIsNotContent) {
  Document doc = AnalyzeText("Ilse Varn said the pier was safe, which pleased the fishermen.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the pier was safe");
}

TEST(AttributionBoundary, EmbeddedRelativeClauseStaysInTheContent) {
  Document doc =
      AnalyzeText("Ilse Varn said that the mayor, who owns a boat, would reopen the pier.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "that the mayor, who owns a boat, would reopen the pier");
}

TEST(AttributionBoundary, QuoteRunCrossesAParagraphBreak) {
  Document doc =
      AnalyzeText("\u201cThe dam will hold,\u201d Ilse Varn said.\n\u201cWe checked.\u201d");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "\u201cThe dam will hold,\u201d Ilse Varn said.\n\u201cWe checked.\u201d");
}

TEST(AttributionBoundary, WeekdayAfterTheCueIsNotContent) {
  Document doc = AnalyzeText("Ilse Varn said Tuesday that the pier was safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "that the pier was safe");
}

TEST(AttributionBoundary, LongAddresseeBeforeThatIsSkipped) {
  Document doc = AnalyzeText(
      "Ilse Varn told a meeting in Dorrow, Kelt County, on Monday that the pier was safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "that the pier was safe");
}

TEST(AttributionBoundary, ButThatContinuesTheReportedClause) {
  Document doc =
      AnalyzeText("Ilse Varn said the pier was safe, but that repairs would take a year.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "the pier was safe, but that repairs would take a year");
}

TEST(AttributionBoundary, OpeningQuestionEndsAtTheComma) {
  Document doc = AnalyzeText("Asked why, Ilse Varn said the pier was safe.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "Asked");
  EXPECT_EQ(View(doc, doc.statements[0].content), "why");
  EXPECT_EQ(View(doc, doc.statements[1].content), "the pier was safe");
}

TEST(AttributionBoundary, HedgeHasNoSourceAndTheWholeClause) {
  Document doc = AnalyzeText("The old pier appears to be safe for now.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_FALSE(doc.statements[0].source.has_value());
  EXPECT_EQ(View(doc, doc.statements[0].cue), "appears");
  EXPECT_EQ(View(doc, doc.statements[0].content), "The old pier appears to be safe for now");
}

TEST(AttributionBoundary, ExpectedTakesTheCopula) {
  Document doc = AnalyzeText("The council is expected to vote on the pier.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "is expected");
  EXPECT_EQ(View(doc, doc.statements[0].content), "The council is expected to vote on the pier");
}

TEST(AttributionBoundary, AppearingSomewhereIsNoHedge) {
  Document doc = AnalyzeText("Ilse Varn appeared on television with the mayor.");
  EXPECT_TRUE(doc.statements.empty()) << testing::Dump(doc);
}

TEST(AttributionBoundary, PollOpeningTheSentence) {
  Document doc = AnalyzeText("In a new Harbor Institute poll, most residents back the plan.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "In");
  EXPECT_EQ(View(doc, doc.statements[0].source), "a new Harbor Institute poll");
  EXPECT_EQ(View(doc, doc.statements[0].content), "most residents back the plan");
}

TEST(AttributionBoundary, PollAfterTheClause) {
  Document doc = AnalyzeText("Ilse Varn leads Oren Malsk in the latest survey.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "the latest survey");
  EXPECT_EQ(View(doc, doc.statements[0].content), "Ilse Varn leads Oren Malsk");
}

TEST(AttributionBoundary, GoingToThePollsIsNoPoll) {
  Document doc = AnalyzeText("Voters in five towns are going to the polls today.");
  EXPECT_TRUE(doc.statements.empty()) << testing::Dump(doc);
}

}  // namespace
}  // namespace sitrep
