// Cues added in the second recall round (attr-cues): "be expected to" with
// adverbs, negation, modals or no subject next to it; reduced relatives of
// stance verbs ("a group backing Roe"); "did not respond to"; "went on to
// say"; "made it clear"; speech cues inside another report's clause; modal
// and negated "do" leads. Invented sentences and names.
#include <gtest/gtest.h>

#include <string>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;
using testing::WithCue;

TEST(AttributionStance, ExpectedWithAdverbOrNegation) {
  for (std::string_view cue :
       {"is widely expected", "is not expected", "isn't expected", "was originally expected"}) {
    Document doc = AnalyzeText("The ferry board " + std::string(cue) + " to approve the new pier.");
    const Statement* st = WithCue(doc, cue);
    ASSERT_NE(st, nullptr) << cue << "\n" << testing::Dump(doc);
    EXPECT_FALSE(st->source.has_value());
    EXPECT_EQ(View(doc, st->content),
              "The ferry board " + std::string(cue) + " to approve the new pier");
  }
}

TEST(AttributionStance, ExpectedAfterAModal) {
  Document doc = AnalyzeText("Voters in Larnby might be expected to favour Dara Quist.");
  const Statement* st = WithCue(doc, "might be expected");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->content), "Voters in Larnby might be expected to favour Dara Quist");
}

TEST(AttributionStance, ExpectedWithoutASubjectNextToIt) {
  // A relative clause between the subject and "is": the cue still counts,
  // and the content is the infinitive.
  Document doc = AnalyzeText(
      "The harbour trust, which has run the docks since 1990, is expected to sell them.");
  const Statement* st = WithCue(doc, "is expected");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->content), "to sell them");
}

TEST(AttributionStance, ExpectedNeedsAnInfinitive) {
  Document doc = AnalyzeText("A ruling is widely expected in May.");
  EXPECT_EQ(WithCue(doc, "is widely expected"), nullptr) << testing::Dump(doc);
}

TEST(AttributionStance, ReducedRelativeOfAStanceVerb) {
  Document doc = AnalyzeText("A group backing Dara Quist spent heavily on radio ads.");
  const Statement* st = WithCue(doc, "backing");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->source), "A group");
  EXPECT_EQ(View(doc, st->content), "Dara Quist");

  doc = AnalyzeText("Farmers supporting the levy marched to the square.");
  st = WithCue(doc, "supporting");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->source), "Farmers");
}

TEST(AttributionStance, NotAReducedRelative) {
  // A phrasal verb, an adverb or a preposition before it, a noun that is
  // not an agent.
  for (const char* text :
       {"The mayor is not backing down on the levy.", "Nobody ever backing the levy would say so.",
        "They spoke of supporting the levy.", "Nobody offered proof supporting the claim."}) {
    Document doc = AnalyzeText(text);
    for (const Statement& s : doc.statements) {
      EXPECT_NE(View(doc, s.cue), "backing") << text;
      EXPECT_NE(View(doc, s.cue), "supporting") << text;
    }
  }
}

TEST(AttributionStance, RespondToKeepsItsParticle) {
  Document doc = AnalyzeText("Dara Quist did not respond to a request for comment.");
  const Statement* st = WithCue(doc, "did not respond to");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->source), "Dara Quist");
}

TEST(AttributionStance, WentOnToSayIsOneCue) {
  Document doc = AnalyzeText("Dara Quist went on to say that the pier would reopen.");
  const Statement* st = WithCue(doc, "went on to say");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->source), "Dara Quist");
  EXPECT_EQ(View(doc, st->content), "that the pier would reopen");
}

TEST(AttributionStance, MadeItClear) {
  Document doc = AnalyzeText("Dara Quist has made it clear that she will not run again.");
  const Statement* st = WithCue(doc, "has made it clear");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->source), "Dara Quist");
  EXPECT_EQ(View(doc, st->content), "that she will not run again");

  doc = AnalyzeText("The council made clear progress on the pier.");
  EXPECT_TRUE(doc.statements.empty()) << testing::Dump(doc);
}

TEST(AttributionStance, SpeechCueInsideAReportedClause) {
  Document doc = AnalyzeText(
      "Most farmers said the levy was too high, and half said they would sell their boats.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Most farmers");
  EXPECT_EQ(View(doc, doc.statements[1].source), "half");
  EXPECT_EQ(View(doc, doc.statements[1].content), "they would sell their boats");
}

TEST(AttributionStance, BeliefCueInsideAReportedClauseIsTheSpeakers) {
  // Only speech verbs start a nested report: "thinks" here is part of what
  // Quist said.
  Document doc = AnalyzeText("Dara Quist said the mayor thinks the pier is safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "said");
}

TEST(AttributionStance, ModalAndNegatedDoInTheCue) {
  Document doc = AnalyzeText("Voters who can support the levy are few, Dara Quist said.");
  EXPECT_NE(WithCue(doc, "can support"), nullptr) << testing::Dump(doc);
  doc = AnalyzeText("Oren Malsk didn't say whether he would run.");
  EXPECT_NE(WithCue(doc, "didn't say"), nullptr) << testing::Dump(doc);
}

TEST(AttributionStance, MannerAdverbInTheCue) {
  Document doc = AnalyzeText("Dara Quist fiercely denied that the pier was unsafe.");
  const Statement* st = WithCue(doc, "fiercely denied");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->source), "Dara Quist");
  // "only" limits, it is no manner adverb.
  doc = AnalyzeText("Dara Quist only said that the pier was old.");
  EXPECT_NE(WithCue(doc, "said"), nullptr) << testing::Dump(doc);
}

TEST(AttributionStance, IssuedAStatementSaying) {
  Document doc =
      AnalyzeText("The ferry board issued a brief statement saying the pier would reopen in May.");
  const Statement* st = WithCue(doc, "issued a brief statement saying");
  ASSERT_NE(st, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, st->content), "the pier would reopen in May");
}

TEST(AttributionStance, ManyReportsInOneSentenceStayBounded) {
  // Without bounds each hedge or nested report would hold the rest of the
  // sentence: quadratic in its length.
  std::string hedges, reports;
  for (int k = 0; k < 400; ++k) hedges += "the board seems to ";
  for (int k = 0; k < 400; ++k) reports += "Roe said the clerk said ";
  Document doc = AnalyzeText(hedges + "agree.");
  ASSERT_FALSE(doc.statements.empty());
  for (const Statement& s : doc.statements) EXPECT_LT(s.content.size(), 1000u);
  doc = AnalyzeText(reports + "nothing.");
  EXPECT_LE(doc.statements.size(), 2u) << doc.statements.size();
}

}  // namespace
}  // namespace sitrep
