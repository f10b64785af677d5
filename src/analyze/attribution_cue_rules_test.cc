// The cue rules of the cue-recall round, one test each, on invented
// sentences: an opening participle, a coordinated participle, a "Poll:"
// headline, particles kept in the cue ("about", "against", "accused of",
// "called upon"), the wider auxiliary lead ("should", "has long"), a
// capitalized "Will" that is a name, "read" after a quotation, kicker
// labels before a colon, "with Name calling", "found" that reports nothing,
// and the new verb forms.
#include <gtest/gtest.h>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;
using testing::WithCue;

TEST(AttributionCueRules, OpeningParticipleTakesTheMainSubject) {
  Document doc =
      AnalyzeText("Noting that the pier had flooded twice, Ilse Varn said the harbor would close.");
  const Statement* noting = WithCue(doc, "Noting");
  ASSERT_NE(noting, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, noting->source), "Ilse Varn");
  EXPECT_EQ(View(doc, noting->content), "that the pier had flooded twice");
  const Statement* said = WithCue(doc, "said");
  ASSERT_NE(said, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, said->source), "Ilse Varn");
  EXPECT_EQ(View(doc, said->content), "the harbor would close");
}

TEST(AttributionCueRules, OpeningParticipleEndsAtACommaInsideAQuotation) {
  Document doc = AnalyzeText(
      "Recalling \u201cthe long winter of the strike,\u201d the union urged members to vote.");
  const Statement* recalling = WithCue(doc, "Recalling");
  ASSERT_NE(recalling, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, recalling->source), "the union");
  EXPECT_EQ(View(doc, recalling->content), "\u201cthe long winter of the strike,\u201d");
  EXPECT_NE(WithCue(doc, "urged"), nullptr) << testing::Dump(doc);
}

TEST(AttributionCueRules, OpeningParticipleNeedsAReportingMainClause) {
  // No reporting verb after the comma: no report is found for the participle.
  Document doc = AnalyzeText("Citing the storm, the ferry left an hour early.");
  EXPECT_EQ(WithCue(doc, "Citing"), nullptr) << testing::Dump(doc);
}

TEST(AttributionCueRules, CoordinatedParticipleIsASecondReport) {
  Document doc = AnalyzeText(
      "Ilse Varn spoke on Tuesday, calling the pier \"a hazard\" and questioning why the "
      "council had waited.");
  EXPECT_NE(WithCue(doc, "calling"), nullptr) << testing::Dump(doc);
  const Statement* q = WithCue(doc, "questioning");
  ASSERT_NE(q, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, q->source), "Ilse Varn");
  EXPECT_EQ(View(doc, q->content), "why the council had waited");
  // Without an earlier cue participle, "and" + participle is no report.
  EXPECT_EQ(
      WithCue(AnalyzeText("The crew was fixing nets and questioning nothing."), "questioning"),
      nullptr);
}

TEST(AttributionCueRules, PollHeadlineColon) {
  Document doc = AnalyzeText("Poll: Varn leads Quist by nine points in the harbor race");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), ":");
  EXPECT_EQ(View(doc, doc.statements[0].source), "Poll");
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "Varn leads Quist by nine points in the harbor race");
}

TEST(AttributionCueRules, AboutAndAgainstStayInTheCue) {
  Document doc = AnalyzeText("Ilse Varn argued against the new pier.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "argued against");
  doc = AnalyzeText("Ilse Varn wrote about the new pier last year.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "wrote about");
}

TEST(AttributionCueRules, AccusedOfAndCalledUpon) {
  Document doc = AnalyzeText("Ilse Varn was accused of hiding the repair bills.");
  EXPECT_NE(WithCue(doc, "was accused of"), nullptr) << testing::Dump(doc);
  doc = AnalyzeText("Ilse Varn called upon the council to reopen the pier.");
  EXPECT_NE(WithCue(doc, "called upon"), nullptr) << testing::Dump(doc);
}

TEST(AttributionCueRules, ModalsAndLongStayInTheCue) {
  Document doc = AnalyzeText("Ilse Varn has long argued that the pier is unsafe.");
  EXPECT_NE(WithCue(doc, "has long argued"), nullptr) << testing::Dump(doc);
  doc = AnalyzeText("The council should acknowledge that the pier is unsafe, Varn said.");
  EXPECT_NE(WithCue(doc, "should acknowledge"), nullptr) << testing::Dump(doc);
}

TEST(AttributionCueRules, CapitalizedWillIsAName) {
  Document doc = AnalyzeText("The columnist Dara Will wrote that the pier is unsafe.");
  // The cue is "wrote", not "Will wrote" (the source finder's part is not
  // tested here).
  EXPECT_NE(WithCue(doc, "wrote"), nullptr) << testing::Dump(doc);
  EXPECT_EQ(WithCue(doc, "Will wrote"), nullptr) << testing::Dump(doc);
}

TEST(AttributionCueRules, NewVerbForms) {
  Document doc = AnalyzeText("Ilse Varn sought a review of the repair contract.");
  EXPECT_NE(WithCue(doc, "sought"), nullptr) << testing::Dump(doc);
  doc = AnalyzeText("Ilse Varn echoed the warning that the pier is unsafe.");
  EXPECT_NE(WithCue(doc, "echoed"), nullptr) << testing::Dump(doc);
  doc = AnalyzeText("Ilse Varn pointed out that the pier is unsafe.");
  EXPECT_NE(WithCue(doc, "pointed out"), nullptr) << testing::Dump(doc);
  // "point" is a cue only with its particle.
  EXPECT_EQ(WithCue(AnalyzeText("Ilse Varn points the boat north."), "points"), nullptr);
}

TEST(AttributionCueRules, ReadReportsOnlyAQuotedText) {
  Document doc = AnalyzeText("\u201cThe pier stays open,\u201d the harbor notice read.");
  const Statement* s = WithCue(doc, "read");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "the harbor notice");
  EXPECT_EQ(View(doc, s->content), "\u201cThe pier stays open,\u201d");
  // Reading a text is no report.
  EXPECT_EQ(WithCue(AnalyzeText("Ilse Varn read the harbor rules to the crew."), "read"), nullptr);
}

TEST(AttributionCueRules, KickerColonIsALabel) {
  EXPECT_TRUE(AnalyzeText("Breaking: Varn Wins The Harbor Race By Nine Points").statements.empty());
  EXPECT_TRUE(AnalyzeText("Contributing: Dara Quist and Tomas Pell").statements.empty());
}

TEST(AttributionCueRules, ColonAfterAnExtendedCue) {
  Document doc = AnalyzeText("Ilse Varn said in a statement: \u201cThe pier stays open.\u201d");
  EXPECT_NE(WithCue(doc, "said in a statement:"), nullptr) << testing::Dump(doc);
}

TEST(AttributionCueRules, WithNameAndParticiple) {
  Document doc =
      AnalyzeText("The talks ended early, with Ilse Varn calling the offer \"an insult.\"");
  const Statement* s = WithCue(doc, "calling");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
}

TEST(AttributionCueRules, FoundThatFindsNothingSaid) {
  EXPECT_TRUE(
      AnalyzeText("The harbor board found itself in a fight over the pier.").statements.empty());
  EXPECT_TRUE(AnalyzeText("Ilse Varn helped found the harbor trust in 2004.").statements.empty());
  EXPECT_TRUE(AnalyzeText("The boat was found near the pier.").statements.empty());
  // A finding is still one.
  Document doc = AnalyzeText("The report found that the pier was unsafe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "found");
}

TEST(AttributionCueRules, ExpressedTakesItsFeeling) {
  Document doc = AnalyzeText("Ilse Varn expressed concern that the pier is unsafe.");
  EXPECT_NE(WithCue(doc, "expressed concern"), nullptr) << testing::Dump(doc);
}

TEST(AttributionCueRules, BareFormsThatAreNouns) {
  EXPECT_TRUE(AnalyzeText("The harbor tax plans would raise fees.").statements.empty());
  EXPECT_TRUE(AnalyzeText("The union won support among dock workers.").statements.empty());
  EXPECT_TRUE(AnalyzeText("The harbor report was released on Monday.").statements.empty());
  // The verbs stay cues.
  EXPECT_NE(WithCue(AnalyzeText("Ilse Varn plans to reopen the pier."), "plans"), nullptr);
}

TEST(AttributionCueRules, StandingInThePollsIsNoReport) {
  EXPECT_TRUE(AnalyzeText("Ilse Varn leads in the polls by nine points.").statements.empty());
  Document doc = AnalyzeText("Ilse Varn leads by nine points in a new harbor poll.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "in");
  EXPECT_EQ(View(doc, doc.statements[0].source), "a new harbor poll");
}

TEST(AttributionCueRules, AskedByTheHost) {
  Document doc = AnalyzeText("Varn was asked by the host on Monday whether the pier would close.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "was asked");
  EXPECT_EQ(View(doc, doc.statements[0].source), "the host");
  EXPECT_EQ(View(doc, doc.statements[0].content), "whether the pier would close");
}

TEST(AttributionCueRules, MannerAdverbAfterTheVerb) {
  Document doc = AnalyzeText("\u201cThe pier is fine,\u201d Ilse Varn said sarcastically.");
  EXPECT_NE(WithCue(doc, "said sarcastically"), nullptr) << testing::Dump(doc);
  // "-ly" words that qualify the content stay out.
  doc = AnalyzeText("Ilse Varn said nearly half the boats had left.");
  EXPECT_NE(WithCue(doc, "said"), nullptr) << testing::Dump(doc);
}

}  // namespace
}  // namespace sitrep
