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

TEST(AttributionSource, ProgressiveCueTakesTheSpeakerOnTheLeft) {
  Document doc = AnalyzeText("Harbour chief Tomas Brel is calling for a new pier in Pellow.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Harbour chief Tomas Brel");
  EXPECT_EQ(View(doc, doc.statements[0].cue), "is calling for");
}

TEST(AttributionSource, ParticipleTakesAPronounSubjectAfterAnOpener) {
  // "went" is not a regular "-ed" form; the pronoun is the subject anyway,
  // after an opener too.
  for (const char* text : {"She went on to praise the harbour board, calling it brave.",
                           "However, she went on to praise the board, calling it brave.",
                           "On Monday, she went on to praise the board, calling it brave."}) {
    Document doc = AnalyzeText(text);
    bool found = false;
    for (const Statement& s : doc.statements) {
      if (View(doc, s.cue) != "calling") continue;
      found = true;
      EXPECT_TRUE(View(doc, s.source) == "she" || View(doc, s.source) == "She")
          << testing::Dump(doc);
    }
    EXPECT_TRUE(found) << testing::Dump(doc);
  }
}

TEST(AttributionSource, LongParentheticalBeforeTheCue) {
  Document doc = AnalyzeText(
      "Varn, in the wake of a long dispute between the harbour board and the dock workers of "
      "Pellow, told reporters that the pier would reopen.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Varn");
}

TEST(AttributionSource, PassiveSubjectIsNotTheSpeaker) {
  Document doc = AnalyzeText("Tomas Brel was asked whether the pier would reopen.");
  for (const Statement& s : doc.statements) {
    EXPECT_FALSE(s.source.has_value()) << testing::Dump(doc);
  }
}

TEST(AttributionSource, WordsBetweenSpeakerAndCueAreLeftOut) {
  Document doc = AnalyzeText("Tomas Brel has long said that the pier is unsafe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Tomas Brel");
  doc = AnalyzeText("Sen. Ilse Varn (D-Ohio) last week said the pier is unsafe.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Sen. Ilse Varn (D-Ohio)");
}

TEST(AttributionSource, ParticipleTakesADeterminedSubjectWithAnIrregularVerb) {
  Document doc =
      AnalyzeText("The harbour chief later took a swipe at the board, saying the pier is unsafe.");
  bool found = false;
  for (const Statement& s : doc.statements) {
    if (View(doc, s.cue) != "saying") continue;
    found = true;
    EXPECT_EQ(View(doc, s.source), "The harbour chief") << testing::Dump(doc);
  }
  EXPECT_TRUE(found) << testing::Dump(doc);
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

// Clause-initial speaker phrases with several commas (attr-spans2).
TEST(AttributionSourceExtent, AgeAndPlaceAppositives) {
  Document doc =
      AnalyzeText("Mara Lind, 41, a nurse from Pellow, Ohio, said the clinic would close in May.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Mara Lind, 41, a nurse from Pellow, Ohio,");
}

TEST(AttributionSourceExtent, AppositiveAfterAnOpener) {
  Document doc = AnalyzeText(
      "On Monday, Tomas Brel, chairman of the harbour board, said the pier would reopen.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Tomas Brel, chairman of the harbour board,");
}

TEST(AttributionSourceExtent, AppositiveAfterAQuotation) {
  Document doc =
      AnalyzeText("\"The pier is safe,\" Tomas Brel, 58, a retired engineer, told the board.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Tomas Brel, 58, a retired engineer,");
}

TEST(AttributionSourceExtent, PartyTagStaysInTheSource) {
  Document doc = AnalyzeText("Sen. Ilse Varn (D-Ohio) said the bill would pass.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Sen. Ilse Varn (D-Ohio)");
  doc = AnalyzeText("Sen. Ilse Varn (D-Ohio), chair of the panel, said the bill would pass.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Sen. Ilse Varn (D-Ohio), chair of the panel,");
  doc = AnalyzeText("Rep. Ilse Varn (D-Md.), chair of the panel, said the bill would pass.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Rep. Ilse Varn (D-Md.), chair of the panel,");
}

TEST(AttributionSourceExtent, AgeAloneStaysAndAsidesAreLeftOut) {
  // PolNeAR keeps an age alone with its comma (round 4).
  Document doc = AnalyzeText("Oren Malsk, 58, said he would vote for the plan.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Oren Malsk, 58,");
  doc = AnalyzeText("Oren Malsk, facing a recount in Pellow, said he would not concede.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Oren Malsk");
  doc = AnalyzeText("Oren Malsk, through a spokeswoman, said he would not concede.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Oren Malsk");
}

TEST(AttributionSourceExtent, ClauseIsNotAHeadPhrase) {
  Document doc =
      AnalyzeText("Lower fares are the last thing the mayor, Ilse Varn, wants for the port.");
  for (const Statement& s : doc.statements) {
    EXPECT_NE(View(doc, s.source), "Lower fares are the last thing the mayor, Ilse Varn,")
        << testing::Dump(doc);
  }
}

TEST(AttributionSourceExtent, ReportingRelativeClauseIsLeftOut) {
  // The relative clause reports a statement of its own ("who" is its
  // source); the main cue's source is the name alone.
  Document doc =
      AnalyzeText("Ilse Varn, who said last year she would retire, said she will run again.");
  bool main = false;
  for (const Statement& s : doc.statements) {
    if (View(doc, s.content) == "she will run again") {
      main = true;
      EXPECT_EQ(View(doc, s.source), "Ilse Varn") << testing::Dump(doc);
    }
  }
  EXPECT_TRUE(main) << testing::Dump(doc);
  // A plain relative clause stays.
  doc = AnalyzeText("Ilse Varn, who runs the port, said she will run again.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Ilse Varn, who runs the port,");
}

TEST(AttributionSourceExtent, PostposedSpeakerWithRelativeClause) {
  Document doc = AnalyzeText("\"The pier is safe,\" said a harbour engineer who ran the tests.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "a harbour engineer who ran the tests");
}

TEST(AttributionSourceExtent, PrepositionAfterTheCueIsNotASpeaker) {
  Document doc = AnalyzeText("The pier is safe, said at the time.");
  for (const Statement& s : doc.statements) {
    EXPECT_NE(View(doc, s.source), "at the time") << testing::Dump(doc);
  }
}

TEST(AttributionSourceExtent, AccordingToRunsToTheComma) {
  Document doc = AnalyzeText(
      "According to early results of a poll conducted for the Pellow Herald and two radio "
      "stations, most voters back the plan.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source),
            "early results of a poll conducted for the Pellow Herald and two radio stations");
  EXPECT_EQ(View(doc, doc.statements[0].content), "most voters back the plan");
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
