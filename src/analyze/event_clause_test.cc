// Clause readings that decide source and target, on invented sentences:
// predicate adjectives are not passives, an unnamed passive sufferer belongs
// to the sentence's country, "ethnic X" is a people, "in defiance of X" aims
// the act at X, places after lowercase modifiers, "without ..." ends the
// object phrase.
#include <gtest/gtest.h>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

TEST(EventClauseTest, CommittedToIsNotPassive) {
  Document doc = EventWorld::Get().Run("Ecuador is committed to opening up its economy.");
  const Event* e = FindRoot(doc, "03");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "ECU");
  EXPECT_EQ(e->target_code, "");
}

TEST(EventClauseTest, EngagedInTakesItsPlaceAsTarget) {
  Document doc = EventWorld::Get().Run(
      "Chilean forces were engaged in ethnic cleansing in Bolivia, a monitor said.");
  const Event* e = FindRoot(doc, "20");
  if (e == nullptr) e = FindRoot(doc, "19");
  if (e == nullptr) e = FindRoot(doc, "18");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 3), "CHL");
  EXPECT_EQ(e->target_code, "BOL");
}

TEST(EventClauseTest, UnnamedPassiveVictimBelongsToTheSentencesCountry) {
  Document doc = EventWorld::Get().Run("A local journalist was killed by a bomb in Quito.");
  const Event* e = FindRoot(doc, "18");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code, "ECU");
}

TEST(EventClauseTest, PassiveCondemnationHasNoVictim) {
  Document doc = EventWorld::Get().Run("The attack was condemned by Chile, officials said.");
  const Event* e = FindRoot(doc, "11");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "CHL");
  EXPECT_EQ(e->target_code, "");
}

TEST(EventClauseTest, EthnicNameIsAPeopleOfTheSentencesCountry) {
  Document doc = EventWorld::Get().Run(
      "Bolivian police arrested six ethnic Peruvians in a raid in Bolivia on Friday.");
  const Event* e = FindRoot(doc, "17");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 3), "BOL");
  EXPECT_EQ(e->target_code.substr(0, 3), "BOL");
}

TEST(EventClauseTest, InDefianceOfNamesTheTarget) {
  Document doc = EventWorld::Get().Run(
      "Thousands of people blocked streets in Quito in defiance of Peruvian authorities.");
  const Event* e = FindRoot(doc, "14");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code.substr(0, 3), "PER");
}

TEST(EventClauseTest, PlaceAfterLowercaseModifiers) {
  Document doc =
      EventWorld::Get().Run("Peruvian troops remained on alert in the occupied West Bank.");
  const Event* e = FindRoot(doc, "15");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->country, "PSE");
  EXPECT_EQ(e->target_code, "PSE");
}

TEST(EventClauseTest, WithoutEndsTheObjectPhrase) {
  Document doc =
      EventWorld::Get().Run("President Ana Ferro has agreed to resign without returning to Peru.");
  const Event* e = FindRoot(doc, "03");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code, "");
}

TEST(EventClauseTest, VerbAfterAndSharesTheEarlierSubject) {
  // The mention nearest "exploded" is the kidnapping's object.
  Document doc = EventWorld::Get().Run(
      "Bolivian rebels kidnapped six Peruvian engineers from a market and exploded a bomb.");
  const Event* e = nullptr;
  for (const Event& ev : doc.events) {
    if (ev.code == "183") e = &ev;
  }
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 3), "BOL");
}

TEST(EventClauseTest, ReportedClauseKeepsItsOwnSubject) {
  Document doc =
      EventWorld::Get().Run("Bolivian officials said Peru arrived and attacked the border post.");
  const Event* e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 3), "PER");
}

TEST(EventClauseTest, NoVerbAfterAPreposition) {
  // "of bombs" is a noun: no bombing by the engineers.
  Document doc = EventWorld::Get().Run("Peruvian engineers found a series of bombs.");
  for (const Event& e : doc.events) EXPECT_NE(e.root, "18") << e.code;
}

TEST(EventClauseTest, QuantityOfDoesNotCountAsAWord) {
  Document doc = EventWorld::Get().Run(
      "Chile will provide nearly 500 tons of emergency food aid to refugees in Peru.");
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.root, "03");  // announced aid
  EXPECT_EQ(e.source_code, "CHL");
  EXPECT_EQ(e.target_code.substr(0, 3), "PER");
}

TEST(EventClauseTest, ReturnToAPlaceIsNoRelease) {
  // "return $TARGET" wants a direct object; "to Quito" is a destination.
  Document doc = EventWorld::Get().Run("Peruvian envoys returned to Quito on Monday.");
  for (const Event& e : doc.events) EXPECT_NE(e.root, "08") << e.code;
  Document freed = EventWorld::Get().Run("Peru returned Ecuador's fishing boats on Monday.");
  ASSERT_FALSE(freed.events.empty());
  EXPECT_EQ(freed.events.front().root, "08");
}

TEST(EventClauseTest, BareThreatAimsWhereTheThreatenedActDoes) {
  Document doc = EventWorld::Get().Run("Chile threatened to ban voting in East Jerusalem.");
  ASSERT_FALSE(doc.events.empty());
  const Event& threat = doc.events.front();
  EXPECT_EQ(threat.code, "130");
  EXPECT_EQ(threat.source_code, "CHL");
  EXPECT_EQ(threat.target_code, "PSE");
}

TEST(EventClauseTest, BareThreatWithNoActKeepsNoTarget) {
  Document doc = EventWorld::Get().Run("Chile threatened to leave early.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().target_code, "");
}

TEST(EventClauseTest, PlaceNameAsTheObjectOfFor) {
  // "Bosnia" is a gazetteer place, not an actor-lexicon name.
  Document doc =
      EventWorld::Get().Run("Chile suspended part of a military aid program for Bosnia.");
  const Event* e = FindRoot(doc, "16");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "CHL");
  EXPECT_EQ(e->target_code, "BIH");
}

TEST(EventClauseTest, PreventingADemonstrationIsCoercion) {
  Document doc = EventWorld::Get().Run(
      "Bolivian police prevented the demonstration planned by students in Sucre.");
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.code, "1721");
  EXPECT_EQ(e.plover, "COERCE");
  EXPECT_EQ(e.source_code.substr(0, 3), "BOL");
  EXPECT_EQ(e.target_code.substr(0, 3), "BOL");  // the students
}

TEST(EventClauseTest, IrregularParticipleIsPassive) {
  // "put" is its own participle: the subject suffers the investigation.
  Document doc = EventWorld::Get().Run("Ecuador has been put under investigation in Peru.");
  const Event* e = FindRoot(doc, "09");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code, "ECU");
}

TEST(EventClauseTest, HungerStrikeAfterAVerb) {
  Document doc = EventWorld::Get().Run("Peruvian miners began a hunger strike on Monday.");
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.code, "142");
  EXPECT_EQ(e.source_code.substr(0, 3), "PER");
}

TEST(EventClauseTest, OrderedPatrolsMobilize) {
  Document doc = EventWorld::Get().Run("Chile ordered patrols along the northern coast.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().plover, "MOBILIZE");
  EXPECT_EQ(doc.events.front().source_code, "CHL");
}

TEST(EventClauseTest, TortureAsANoun) {
  Document doc = EventWorld::Get().Run("A Peruvian prisoner died as a result of torture.");
  const Event* e = FindRoot(doc, "18");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->plover, "ASSAULT");
}

TEST(EventClauseTest, PlaceAfterTheCapital) {
  Document doc = EventWorld::Get().Run("Rebels exploded a bomb in the capital Lima.");
  const Event* e = FindRoot(doc, "18");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->country, "PER");
  EXPECT_EQ(e->target_code, "PER");
}

}  // namespace
}  // namespace sitrep
