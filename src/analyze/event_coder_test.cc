// Event coder on invented sentences: one test per pattern kind and per
// feature (passive, coordination, nominal events, negation, modality, dates,
// places, statements). Actors are countries from the shipped lexicon.
#include "analyze/event_coder.h"

#include <gtest/gtest.h>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

TEST(EventCoderTest, VerbWithParticleAndTarget) {
  Document doc = EventWorld::Get().Run("Poland imposed new sanctions on Belarus.");
  ASSERT_EQ(doc.events.size(), 1u) << Dump(doc);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.code, "163");
  EXPECT_EQ(e.plover, "SANCTION");  // PLOVER files embargoes and sanctions here
  EXPECT_EQ(e.quad, 4);
  EXPECT_FLOAT_EQ(e.goldstein, -8.0f);
  EXPECT_EQ(e.source_code, "POL");
  EXPECT_EQ(e.target_code, "BLR");
  EXPECT_EQ(doc.view(e.trigger), "imposed new sanctions on");
  EXPECT_TRUE(e.factual());
}

TEST(EventCoderTest, DirectObjectAndAccusation) {
  Document doc = EventWorld::Get().Run("Lithuania accused Belarus of staging the crisis.");
  const Event* e = FindRoot(doc, "11");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->code, "112");
  EXPECT_EQ(e->source_code, "LTU");
  EXPECT_EQ(e->target_code, "BLR");
}

TEST(EventCoderTest, PassiveSwapsSourceAndTarget) {
  Document doc = EventWorld::Get().Run("Ukraine was attacked by Russia overnight.");
  const Event* e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->source_code, "RUS");
  EXPECT_EQ(e->target_code, "UKR");
}

TEST(EventCoderTest, CoordinatedSubjectsMeet) {
  Document doc = EventWorld::Get().Run("Poland and Lithuania met in Vilnius.");
  const Event* e = FindRoot(doc, "04");
  ASSERT_NE(e, nullptr) << Dump(doc);
  // A joint act: both are sources, and there is no target.
  EXPECT_EQ(e->source_code, "POL");
  EXPECT_EQ(e->source2_code, "LTU");
  EXPECT_EQ(e->target_code, "");
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "Vilnius");
  EXPECT_EQ(e->location->country, "LTU");
}

TEST(EventCoderTest, NominalEventTakesPossessiveSource) {
  Document doc = EventWorld::Get().Run("Latvia's sanctions on Belarus took effect.");
  const Event* e = FindRoot(doc, "16");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->code, "163");
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "BLR");
}

TEST(EventCoderTest, NominalArrestOf) {
  Document doc = EventWorld::Get().Run("The arrest of Estonia's envoy by Belarus angered many.");
  const Event* e = FindRoot(doc, "17");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->code, "173");
  EXPECT_EQ(e->source_code, "BLR");
}

TEST(EventCoderTest, YetToIsNegatedAndNotFactual) {
  Document doc =
      EventWorld::Get().Run("Belarusian forces have yet to directly intervene in Ukraine.");
  const Event* e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_TRUE(e->negated);
  EXPECT_FALSE(e->factual());
}

TEST(EventCoderTest, NegationWords) {
  for (const char* text :
       {"Russia did not attack Ukraine.", "Russia never attacked Ukraine.",
        "Russia refrained from attacking Ukraine.", "Russia declined to attack Ukraine."}) {
    Document doc = EventWorld::Get().Run(text);
    const Event* e = FindRoot(doc, "19");
    ASSERT_NE(e, nullptr) << text << "\n" << Dump(doc);
    EXPECT_TRUE(e->negated) << text;
  }
  Document doc = EventWorld::Get().Run("Russia attacked Ukraine.");
  ASSERT_NE(FindRoot(doc, "19"), nullptr);
  EXPECT_FALSE(FindRoot(doc, "19")->negated);
}

TEST(EventCoderTest, PlannedCooperationBecomesIntent) {
  Document doc = EventWorld::Get().Run("Poland will meet Lithuania next week.");
  ASSERT_FALSE(doc.events.empty()) << Dump(doc);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.modality, "planned");
  EXPECT_EQ(e.code, "036");
  EXPECT_EQ(e.plover, "AGREE");
}

TEST(EventCoderTest, ThreatenedAttack) {
  Document doc = EventWorld::Get().Run("Russia threatened to attack Ukraine.");
  ASSERT_FALSE(doc.events.empty()) << Dump(doc);
  EXPECT_EQ(doc.events[0].root, "13");
  EXPECT_EQ(doc.events[0].plover, "THREATEN");
  EXPECT_EQ(FindRoot(doc, "19"), nullptr) << Dump(doc);
}

TEST(EventCoderTest, ConditionalIsHypothetical) {
  Document doc = EventWorld::Get().Run("Russia could attack Ukraine.");
  const Event* e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->modality, "hypothetical");
  EXPECT_FALSE(e->factual());
}

TEST(EventCoderTest, DateResolvedAgainstPublication) {
  // 2021-05-27 is a Thursday.
  Document doc =
      EventWorld::Get().Run("Belarus arrested Poland's consul on Tuesday.", "2021-05-27");
  const Event* e = FindRoot(doc, "17");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->date, "2021-05-25");
}

TEST(EventCoderTest, PlaceOnTheBorderWith) {
  Document doc = EventWorld::Get().Run("Belarus deployed troops on the border with Ukraine.");
  const Event* e = FindRoot(doc, "15");
  ASSERT_NE(e, nullptr) << Dump(doc);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->country, "UKR");
}

TEST(EventCoderTest, MultiWordPlace) {
  Document doc = EventWorld::Get().Run("Russia hosted Belarus in St. Petersburg.");
  const Event* e = FindRoot(doc, "04");
  ASSERT_NE(e, nullptr) << Dump(doc);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->country, "RUS");
}

TEST(EventCoderTest, InsideStatementIsReported) {
  Document doc = EventWorld::Get().Run("Latvia criticized Belarus.");
  // A statement covering the whole sentence, as StatementFinder would give.
  doc.statements.push_back(Statement{});
  doc.statements[0].content = doc.sentences[0].span;
  EventWorld::Get().coder->Code(&doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].modality, "reported");
  EXPECT_EQ(doc.events[0].statement, 0);
  EXPECT_TRUE(doc.events[0].factual());
}

TEST(EventCoderTest, NoEventWithoutPattern) {
  Document doc = EventWorld::Get().Run("The weather in Minsk was mild and the river was calm.");
  EXPECT_TRUE(doc.events.empty()) << Dump(doc);
}

TEST(EventCoderTest, VerbPatternSkipsNounAfterDeterminer) {
  Document doc = EventWorld::Get().Run("The attack surprised everyone.");
  EXPECT_EQ(FindRoot(doc, "19"), nullptr) << Dump(doc);
}

TEST(EventCoderTest, BadInputDoesNotCrash) {
  std::string text(20000, '"');
  text += " Russia attacked attacked attacked";
  Document doc = EventWorld::Get().Run(text);
  Document empty = EventWorld::Get().Run("");
  EXPECT_TRUE(empty.events.empty());
}

}  // namespace
}  // namespace sitrep

namespace sitrep {
namespace {

TEST(EventCoderNounPhraseTest, CountryFromAdjectivePossessiveAndObject) {
  // The subject has no code of its own: its adjective or possessive gives one;
  // an object further on in the clause, or an adjective there, is the target.
  Document doc = EventWorld::Get().Run("Chadian soldiers attacked a camp.");
  ASSERT_NE(FindRoot(doc, "19"), nullptr) << Dump(doc);
  EXPECT_EQ(FindRoot(doc, "19")->source_code.substr(0, 3), "TCD") << Dump(doc);

  doc = EventWorld::Get().Run("Poland's foreign minister rejected a Gambian proposal.");
  const Event* e = FindRoot(doc, "12");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->source_code.substr(0, 3), "POL") << Dump(doc);
  EXPECT_EQ(e->target_code, "GMB") << Dump(doc);
}

TEST(EventCoderNounPhraseTest, CapitalizedMonthIsNotAVerb) {
  Document doc =
      EventWorld::Get().Run("Poland signed the accord in March and Belarus met it on May 4.");
  for (const Event& ev : doc.events) {
    EXPECT_NE(doc.view(ev.trigger), "March") << Dump(doc);
    EXPECT_NE(doc.view(ev.trigger), "May") << Dump(doc);
  }
}

TEST(EventCoderNounPhraseTest, AnnouncedConflictIsAThreat) {
  Document doc = EventWorld::Get().Run("Poland said it would boycott Belarus.");
  ASSERT_EQ(doc.events.size(), 1u) << Dump(doc);
  EXPECT_EQ(doc.events[0].plover, "THREATEN") << Dump(doc);
}

}  // namespace
}  // namespace sitrep
