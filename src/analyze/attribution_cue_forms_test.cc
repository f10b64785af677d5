// Cue constructions whose span or content differs from a plain "X said Y":
// a kept colon, "said of" (the topic is outside the cue), "called for", "referring to", title-case
// headlines, poll shares and naming verbs without a quotation. Invented
// sentences.
#include <gtest/gtest.h>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;

TEST(AttributionCueForms, CueKeepsAFollowingColon) {
  Document doc = AnalyzeText("Ilse Varn added: \u201cThe pier will reopen.\u201d");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "added:");
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cThe pier will reopen.\u201d");
}

TEST(AttributionCueForms, SaidOfLeavesThePrepositionOut) {
  // PolNeAR train marks "said" five times as often as "said of" here.
  Document doc = AnalyzeText("\u201cIt is too old,\u201d Ilse Varn said of the pier.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "said");
  EXPECT_EQ(View(doc, doc.statements[0].source), "Ilse Varn");
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cIt is too old,\u201d");
}

TEST(AttributionCueForms, CalledForIsAnAppealNotANaming) {
  Document doc = AnalyzeText("Ilse Varn called for a ban on fishing boats.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "called for");
  EXPECT_EQ(View(doc, doc.statements[0].content), "a ban on fishing boats");
}

TEST(AttributionCueForms, ReferringToTakesThePhraseUpToAComma) {
  Document doc = AnalyzeText(
      "\u201cIt is too old,\u201d Ilse Varn said, referring to the north pier, which opened "
      "in 1950.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[1].cue), "referring to");
  EXPECT_EQ(View(doc, doc.statements[1].source), "Ilse Varn");
  EXPECT_EQ(View(doc, doc.statements[1].content), "the north pier");
}

TEST(AttributionCueForms, TitleCaseHeadlineVerb) {
  Document doc = AnalyzeText("Mayor Varn Says Harbor Will Reopen Soon");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "Says");
  EXPECT_EQ(View(doc, doc.statements[0].content), "Harbor Will Reopen Soon");
  // A capitalized cue word in an ordinary sentence stays a name.
  EXPECT_TRUE(AnalyzeText("She sailed to the Report Islands in May.").statements.empty());
}

TEST(AttributionCueForms, PollShareIsTheSource) {
  Document doc = AnalyzeText(
      "About 4 in 10 say the harbor should close. A mere 9 percent say "
      "they fish there.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "About 4 in 10");
  EXPECT_EQ(View(doc, doc.statements[1].source), "A mere 9 percent");
}

TEST(AttributionCueForms, NamingVerbWithoutQuotationTakesTheObject) {
  Document doc = AnalyzeText("Ilse Varn praised the harbor crew.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "praised");
  EXPECT_EQ(View(doc, doc.statements[0].content), "the harbor crew");
}

}  // namespace
}  // namespace sitrep
