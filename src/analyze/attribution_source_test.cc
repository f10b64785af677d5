// Source rules for cues that are not next to their speaker, on invented
// sentences.
#include <gtest/gtest.h>

#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;

TEST(AttributionSource, RelativeClauseBeforeTheCue) {
  Document doc = AnalyzeText(
      "Ilse Varn, who met the harbour board in the town of Pellow, said she believes the pier "
      "is safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source),
            "Ilse Varn, who met the harbour board in the town of Pellow,");
  EXPECT_EQ(View(doc, doc.statements[0].content), "she believes the pier is safe");
}

TEST(AttributionSource, AppositiveWithRelativeClauseBeforeTheCue) {
  Document doc = AnalyzeText(
      "Oren Malsk, a former harbour engineer who left Pellow after the flood, told the board "
      "that the pier is unsafe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source),
            "Oren Malsk, a former harbour engineer who left Pellow after the flood,");
}

TEST(AttributionSource, DescriptionThenNameBeforeTheCue) {
  Document doc = AnalyzeText(
      "The chief engineer of Pellow, Ilse Varn, said on Monday the pier would reopen.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "The chief engineer of Pellow, Ilse Varn,");
}

TEST(AttributionSource, AdverbialOpenerIsNotASource) {
  Document doc = AnalyzeText("On Monday, after the flood, said the board would meet again.");
  for (const Statement& s : doc.statements) {
    EXPECT_NE(View(doc, s.source), "On Monday, after the flood,") << testing::Dump(doc);
  }
}

TEST(AttributionSource, ParticipleTakesTheMainClauseSubject) {
  Document doc = AnalyzeText(
      "Varn doubled down on the harbour plan at the meeting, insisting that the pier is safe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Varn");
  EXPECT_EQ(View(doc, doc.statements[0].cue), "insisting");
}

TEST(AttributionSource, CoordinatedCueTakesTheSubject) {
  Document doc = AnalyzeText(
      "Harbour engineer Oren Malsk called the report a rushed job and warned the board not to "
      "trust it.");
  ASSERT_FALSE(doc.statements.empty()) << testing::Dump(doc);
  const Statement& s = doc.statements.back();
  EXPECT_EQ(View(doc, s.cue), "warned");
  EXPECT_EQ(View(doc, s.source), "Harbour engineer Oren Malsk");
}

TEST(AttributionSource, NoSubjectWhenTheSentenceOpensWithAClause) {
  Document doc = AnalyzeText("After the storm the pier was closed, adding to the delays.");
  ASSERT_FALSE(doc.statements.empty());
  for (const Statement& s : doc.statements) EXPECT_FALSE(s.source) << testing::Dump(doc);
}

}  // namespace
}  // namespace sitrep
