// The span rules that follow PolNeAR's annotation conventions, one test each,
// on invented sentences.
#include <gtest/gtest.h>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;

TEST(AttributionRules, QuoteRunsOnIntoFollowingQuoteSentences) {
  Document doc = AnalyzeText(
      "\u201cThe dam will hold,\u201d Ilse Varn said. \u201cWe checked it twice.\u201d "
      "\u201cNobody should worry.\u201d\nA new paragraph starts here.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "\u201cThe dam will hold,\u201d Ilse Varn said. \u201cWe checked it twice.\u201d "
            "\u201cNobody should worry.\u201d");
}

TEST(AttributionRules, QuoteRunStopsAtAnotherSpeaker) {
  Document doc = AnalyzeText(
      "\u201cThe dam will hold,\u201d Ilse Varn said. \u201cIt will not,\u201d Oren Malsk "
      "replied.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cThe dam will hold,\u201d");
  EXPECT_EQ(View(doc, doc.statements[1].content), "\u201cIt will not,\u201d");
}

TEST(AttributionRules, ParentheticalCueTakesTheWholeSentence) {
  Document doc = AnalyzeText("The plan, Ilse Varn said, is to rebuild the pier by June.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Ilse Varn");
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "The plan, Ilse Varn said, is to rebuild the pier by June");
}

TEST(AttributionRules, ContentStopsBeforeTheReportersClause) {
  // The concessive clause holds a cue of its own, so it is a new statement.
  Document doc = AnalyzeText("Ilse Varn said the pier was safe, while engineers said it was not.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the pier was safe");
}

TEST(AttributionRules, CoordinatedCueSharesTheSource) {
  Document doc = AnalyzeText("Ilse Varn said the pier was safe and added that it would reopen.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the pier was safe");
  EXPECT_EQ(View(doc, doc.statements[1].source), "Ilse Varn");
  EXPECT_EQ(View(doc, doc.statements[1].cue), "added");
  EXPECT_EQ(View(doc, doc.statements[1].content), "that it would reopen");
}

TEST(AttributionRules, InvertedSourceKeepsItsAppositive) {
  Document doc =
      AnalyzeText("\u201cIt is late,\u201d said Oren Malsk, a lawyer who represents the port.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Oren Malsk, a lawyer who represents the port");
}

TEST(AttributionRules, PreposedAppositiveKeepsItsComma) {
  Document doc = AnalyzeText("Oren Malsk, a port lawyer, said the deal was signed.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Oren Malsk, a port lawyer,");
}

TEST(AttributionRules, ObjectCueTakesTheNounPhrase) {
  Document doc = AnalyzeText("Ilse Varn endorsed Oren Malsk on Monday.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "endorsed");
  EXPECT_EQ(View(doc, doc.statements[0].content), "Oren Malsk");
}

TEST(AttributionRules, ParticleBelongsToTheCue) {
  Document doc = AnalyzeText("Ilse Varn pointed out that the pier was old. They talk daily.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "pointed out");
  EXPECT_EQ(View(doc, doc.statements[0].content), "that the pier was old");
}

TEST(AttributionRules, NamingCueKeepsTheNamedObject) {
  Document doc = AnalyzeText("Ilse Varn called the plan \u201ca trap.\u201d");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "the plan \u201ca trap.\u201d");
}

TEST(AttributionRules, NounReadingsAreNotCues) {
  EXPECT_TRUE(AnalyzeText("The mayor's support was broad.").statements.empty());
  EXPECT_TRUE(AnalyzeText("Her base of support was the harbor.").statements.empty());
}

TEST(AttributionRules, InAStatementBelongsToTheCue) {
  Document doc = AnalyzeText("The port authority said in a statement that the pier was closed.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "said in a statement");
  EXPECT_EQ(View(doc, doc.statements[0].content), "that the pier was closed");
}

TEST(AttributionRules, DesiresAndRefusalsTakeTheInfinitive) {
  Document doc = AnalyzeText("Oren Malsk declined to comment.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "declined");
  EXPECT_EQ(View(doc, doc.statements[0].content), "to comment");
}

}  // namespace
}  // namespace sitrep
