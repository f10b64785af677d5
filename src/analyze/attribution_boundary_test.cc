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

// RefineContent (attribution_refine.h): the reporter's own words at the
// edges of a content are trimmed whatever rule found it.
TEST(AttributionBoundary, SentenceOpeningConjunctionIsNotContent) {
  Document doc = AnalyzeText("But the pier is safe, Ilse Varn said.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the pier is safe");
  doc = AnalyzeText("Still, the pier is safe, Ilse Varn said.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the pier is safe");
}

TEST(AttributionBoundary, ContentAroundItsCueKeepsItsStart) {
  Document doc = AnalyzeText("But, Ilse Varn said, the pier is safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "But, Ilse Varn said, the pier is safe");
}

TEST(AttributionBoundary, TimePhraseAfterTheCueIsNotContent) {
  Document doc = AnalyzeText("Ilse Varn said this week that the pier was safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "that the pier was safe");
  doc = AnalyzeText("Ilse Varn said Tuesday night that the pier was safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "that the pier was safe");
}

TEST(AttributionBoundary, OccasionAfterAQuotationIsNotContent) {
  Document doc = AnalyzeText(
      "Ilse Varn said the pier was \u201cperfectly safe\u201d in an interview with the Pellow "
      "Times on Sunday.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the pier was \u201cperfectly safe\u201d");
}

TEST(AttributionBoundary, OccasionOfTheReportedActStays) {
  // The meeting is where the vote happens, not where Varn spoke.
  Document doc = AnalyzeText("Ilse Varn said the board will vote at a meeting on Monday.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the board will vote at a meeting on Monday");
  // A phrase that only looks like an occasion ("an email server") stays.
  doc = AnalyzeText("Ilse Varn said the plan was \u201creckless\u201d in an email server audit.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "the plan was \u201creckless\u201d in an email server audit");
}

TEST(AttributionBoundary, RelativeWordOpensTheContent) {
  Document doc =
      AnalyzeText("The board backed the pier plan, which Ilse Varn says will cost too much.");
  ASSERT_FALSE(doc.statements.empty()) << testing::Dump(doc);
  const Statement& s = doc.statements.back();
  EXPECT_EQ(View(doc, s.source), "Ilse Varn");
  EXPECT_EQ(View(doc, s.content), "which Ilse Varn says will cost too much");
  doc = AnalyzeText("The board backed the plan that Ilse Varn says will cost too much.");
  ASSERT_FALSE(doc.statements.empty()) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements.back().content), "that Ilse Varn says will cost too much");
}

TEST(AttributionBoundary, ComplementizerThatIsNoRelativeWord) {
  Document doc = AnalyzeText("Oren Malsk warned that Ilse Varn said the pier was unsafe.");
  for (const Statement& s : doc.statements) {
    if (View(doc, s.source) != "Ilse Varn") continue;
    EXPECT_EQ(View(doc, s.content), "the pier was unsafe") << testing::Dump(doc);
  }
}

TEST(AttributionBoundary, QuotationEndingAnOpeningClauseTakesTheClause) {
  Document doc =
      AnalyzeText("The harbour crews are \u201cworking around the clock,\u201d Ilse Varn said.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "The harbour crews are \u201cworking around the clock,\u201d");
  // After an opener and its comma the quotation stands alone.
  doc = AnalyzeText("On Monday, \u201cthe pier is safe,\u201d Ilse Varn said.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cthe pier is safe,\u201d");
}

TEST(AttributionBoundary, QuotationInsideTheCuePhraseTakesThePhrase) {
  Document doc =
      AnalyzeText("Ilse Varn urged the board to \u201cact before the storm season.\u201d");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "the board to \u201cact before the storm season.\u201d");
  // An addressee alone is not content.
  doc = AnalyzeText("Ilse Varn told reporters \u201cthe pier is safe.\u201d");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cthe pier is safe.\u201d");
}

TEST(AttributionBoundary, ObjectKeepsItsModifiers) {
  Document doc = AnalyzeText("Ilse Varn praised the harbour crews in the aftermath of the storm.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "the harbour crews in the aftermath of the storm");
  doc = AnalyzeText("Oren Malsk portrayed the mayor as a reckless builder of piers.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the mayor as a reckless builder of piers");
}

TEST(AttributionBoundary, ObjectEndsAtALinkOrATime) {
  Document doc = AnalyzeText("Ilse Varn praised the crews because the pier held.");
  ASSERT_FALSE(doc.statements.empty()) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the crews");
  doc = AnalyzeText("Ilse Varn praised the crews last week.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the crews");
}

TEST(AttributionBoundary, AddresseeBeforeAClauseIsNotContent) {
  Document doc = AnalyzeText("Ilse Varn told reporters she would rebuild the pier.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "she would rebuild the pier");
  doc = AnalyzeText("Ilse Varn asked them whether the pier was safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "whether the pier was safe");
  // Before an infinitive the addressee stays (PolNeAR's extent).
  doc = AnalyzeText("Ilse Varn urged voters to back the pier plan.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "voters to back the pier plan");
}

}  // namespace
}  // namespace sitrep
