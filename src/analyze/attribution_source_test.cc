// Source rules on invented sentences: cues that are not next to their
// speaker, and the extent of the speaker phrase (PolNeAR conventions).
#include <gtest/gtest.h>

#include <chrono>
#include <string>

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
  Document doc =
      AnalyzeText("The chief engineer of Pellow, Ilse Varn, said on Monday the pier would reopen.");
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

// The speaker phrase left of the cue keeps its modifiers and conjuncts
// (PolNeAR's source extent), and drops what sits between it and the cue.
std::string SourceOf(const std::string& text) {
  Document doc = AnalyzeText(text);
  if (doc.statements.empty()) return "<no statement>";
  return View(doc, doc.statements[0].source);
}

TEST(AttributionSourceExtent, PrepositionalModifiers) {
  EXPECT_EQ(SourceOf("Aides to Mayor Ilse Varn said the pier would reopen."),
            "Aides to Mayor Ilse Varn");
  EXPECT_EQ(SourceOf("The chief engineer of the Pellow harbour board said the pier was safe."),
            "The chief engineer of the Pellow harbour board");
}

TEST(AttributionSourceExtent, VerbBeforeAPrepositionIsNoModifier) {
  // "went to" after "who" is a relative clause's verb, not part of a noun
  // phrase: the source is not "went to the rally".
  Document doc = AnalyzeText("Voters who went to the rally said the pier was safe.");
  for (const Statement& s : doc.statements) {
    EXPECT_NE(View(doc, s.source), "went to the rally") << testing::Dump(doc);
  }
}

TEST(AttributionSourceExtent, CoordinatedSpeakersAtTheClauseStart) {
  EXPECT_EQ(SourceOf("Ilse Varn and Oren Malsk said the pier was safe."),
            "Ilse Varn and Oren Malsk");
  EXPECT_EQ(SourceOf("She and her aides said the pier was safe."), "She and her aides");
  EXPECT_EQ(SourceOf("Pellow, Tarrow and Osk officials said the pier was safe."),
            "Pellow, Tarrow and Osk officials");
}

TEST(AttributionSourceExtent, SecondClauseIsNoConjunct) {
  EXPECT_EQ(SourceOf("The pier closed and Oren Malsk said it was unsafe."), "Oren Malsk");
}

TEST(AttributionSourceExtent, AdverbAndTimeBeforeTheCueAreLeftOut) {
  EXPECT_EQ(SourceOf("Ilse Varn jokingly said the pier was safe."), "Ilse Varn");
  EXPECT_EQ(SourceOf("Ilse Varn earlier Tuesday said the pier was safe."), "Ilse Varn");
  EXPECT_EQ(SourceOf("Ilse Varn on Tuesday said the pier was safe."), "Ilse Varn");
}

TEST(AttributionSourceExtent, ParentheticalIsLeftOut) {
  EXPECT_EQ(SourceOf("Ilse Varn, however, said the pier was safe."), "Ilse Varn");
  EXPECT_EQ(SourceOf("Ilse Varn, in a statement on Monday, said the pier was safe."), "Ilse Varn");
  // An appositive stays: it names the speaker.
  EXPECT_EQ(SourceOf("Ilse Varn, a harbour engineer, said the pier was safe."),
            "Ilse Varn, a harbour engineer,");
}

TEST(AttributionSourceExtent, OpenerBeforeACommaIsNoName) {
  EXPECT_EQ(SourceOf("In December, the harbour board said the pier was safe."),
            "the harbour board");
  EXPECT_EQ(SourceOf("On Wednesday, the harbour board said the pier was safe."),
            "the harbour board");
}

TEST(AttributionSourceExtent, TitleBeforeANameWithAnAppositive) {
  EXPECT_EQ(SourceOf("The engineer Ilse Varn, a former adviser to the board, said the pier "
                     "was safe."),
            "The engineer Ilse Varn, a former adviser to the board,");
}

TEST(AttributionSourceExtent, QuantitiesAndNumerals) {
  EXPECT_EQ(SourceOf("About 40 percent of voters said the pier was safe."),
            "About 40 percent of voters");
  EXPECT_EQ(SourceOf("At least four councillors said the pier was safe."),
            "At least four councillors");
  EXPECT_EQ(SourceOf("Later, one senior harbour official said the pier was safe."),
            "one senior harbour official");
}

TEST(AttributionSourceExtent, GluedSlashJoinsAName) {
  EXPECT_EQ(SourceOf("A Pellow Times/Harbor Radio poll found the mayor ahead."),
            "A Pellow Times/Harbor Radio poll");
}

TEST(AttributionSourceExtent, PostposedSpeakerKeepsItsModifiers) {
  Document doc = AnalyzeText("The pier is safe, said Oren Malsk of the Pellow Harbor Institute.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Oren Malsk of the Pellow Harbor Institute");
}

// Coordination and prepositional extension look a bounded distance back:
// a speaker after a list of 50,000 names or a chain of 50,000 "of" phrases
// is found in linear time, and its phrase stays short.
TEST(AttributionSourceExtent, LongListsAreBounded) {
  std::string list, chain;
  for (int i = 0; i < 50000; ++i) list += "Varn, ";
  for (int i = 0; i < 50000; ++i) chain += "the head of ";
  for (const std::string& text : {list + "Malsk and Pell said the pier was safe.",
                                  chain + "the Osk board said the pier was safe."}) {
    auto t0 = std::chrono::steady_clock::now();
    Document doc = AnalyzeText(text);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(s, 5.0);
    ASSERT_EQ(doc.statements.size(), 1u);
    ASSERT_TRUE(doc.statements[0].source.has_value());
    EXPECT_LT(doc.statements[0].source->size(), 400u);
  }
}

}  // namespace
}  // namespace sitrep
