// Cue rules for participle frames (not words), one test each, on invented
// sentences: a participle that takes a that-clause, a participle after a
// progressive "be" inside the lead, a participle after a name, a
// participle coordinated with any earlier participle, "with a grin" after
// the verb, and "pleaded guilty".
#include <gtest/gtest.h>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;
using testing::WithCue;

TEST(AttributionCueParticiple, ParticipleWithThatClauseReports) {
  Document doc = AnalyzeText(
      "The paper ran an item suggesting that the harbor board had ignored the flood reports.");
  const Statement* s = WithCue(doc, "suggesting");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "that the harbor board had ignored the flood reports");
  // Without the clause, a bare participle after a noun is no report.
  EXPECT_EQ(WithCue(AnalyzeText("The paper ran an item suggesting a new pier."), "suggesting"),
            nullptr);
}

TEST(AttributionCueParticiple, ProgressiveLeadKeepsTheParticiple) {
  Document doc = AnalyzeText("Ilse Varn has been criticizing the harbor board for months.");
  const Statement* s = WithCue(doc, "has been criticizing");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  Document neg = AnalyzeText("Tomas Brenn would be asking the council to delay the vote.");
  const Statement* a = WithCue(neg, "would be asking");
  ASSERT_NE(a, nullptr) << testing::Dump(neg);
  EXPECT_EQ(View(neg, a->source), "Tomas Brenn");
}

TEST(AttributionCueParticiple, ParticipleAfterANameIsItsReport) {
  Document doc = AnalyzeText("The speech included Brenn vowing to rebuild the pier by spring.");
  const Statement* s = WithCue(doc, "vowing");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "to rebuild the pier by spring");
  // The name alone is the speaker, not the clause before it.
  EXPECT_EQ(View(doc, s->source), "Brenn");
  Document two = AnalyzeText("The program included Ilse Brenn vowing to close the pier.");
  const Statement* t = WithCue(two, "vowing");
  ASSERT_NE(t, nullptr) << testing::Dump(two);
  EXPECT_EQ(View(two, t->source), "Ilse Brenn");
  EXPECT_EQ(View(two, t->content), "to close the pier");
  // Running for office and crediting a column are not reports.
  EXPECT_EQ(WithCue(AnalyzeText("Two Republicans seeking the seat met in Dunmore."), "seeking"),
            nullptr);
  // A capitalized participle after a name is a title-case headline word.
  EXPECT_EQ(WithCue(AnalyzeText("The board met after Varn Urging Calm."), "Urging"), nullptr);
}

TEST(AttributionCueParticiple, ParticipleCoordinatedWithAnyParticiple) {
  Document doc = AnalyzeText(
      "Varn spoke for an hour, touring the docks and urging the council to act quickly.");
  const Statement* s = WithCue(doc, "urging");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Varn");
  // After a progressive, "and" + participle is no report.
  EXPECT_EQ(WithCue(AnalyzeText("Varn was touring the docks and urging calm."), "urging"), nullptr);
}

TEST(AttributionCueParticiple, ExpressionAfterTheVerbStaysInTheCue) {
  Document doc = AnalyzeText("\u201cWe will see,\u201d Ilse Varn said with a grin.");
  const Statement* s = WithCue(doc, "said with a grin");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  Document roll = AnalyzeText("\u201cAgain?\u201d Brenn asked with an eye roll.");
  EXPECT_NE(WithCue(roll, "asked with an eye roll"), nullptr) << testing::Dump(roll);
  // Any other "with" phrase stays out.
  Document tool = AnalyzeText("\u201cWe will see,\u201d Varn said with a microphone.");
  EXPECT_NE(WithCue(tool, "said"), nullptr) << testing::Dump(tool);
}

TEST(AttributionCueParticiple, PleadedGuiltyIsOneCue) {
  Document doc = AnalyzeText("Tomas Brenn pleaded guilty to two counts of fraud.");
  const Statement* s = WithCue(doc, "pleaded guilty");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Tomas Brenn");
  EXPECT_EQ(WithCue(doc, "pleaded"), nullptr);
}

}  // namespace
}  // namespace sitrep
