// Joint acts: coordinated subjects ("X and Y signed", "French and Egyptian
// warships", "U.S. and Russian negotiators") are two sources and no target,
// as PLOVER codes them. Invented sentences; actors are countries.
#include <gtest/gtest.h>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

TEST(EventCoSourceTest, CoordinatedNamesSignTogether) {
  Document doc = EventWorld::Get().Run("Chile and Peru signed a fisheries treaty on Monday.");
  const Event* e = FindRoot(doc, "05");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->code, "057");
  EXPECT_EQ(e->source_code, "CHL");
  EXPECT_EQ(e->source2_code, "PER");
  EXPECT_NE(e->source2, kNoActor);
  EXPECT_EQ(e->target_code, "");
}

TEST(EventCoSourceTest, DeterminerBetweenConjuncts) {
  Document doc = EventWorld::Get().Run("Norway and the Netherlands agreed to share data.");
  const Event* e = FindRoot(doc, "03");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "NOR");
  EXPECT_EQ(e->source2_code, "NLD");
  EXPECT_EQ(e->target_code, "");
}

TEST(EventCoSourceTest, CoordinatedAdjectivesBeforeAnAgent) {
  Document doc = EventWorld::Get().Run(
      "Chilean and Peruvian warships on Monday launched five days of war games.");
  const Event* e = FindRoot(doc, "06");
  ASSERT_NE(e, nullptr) << doc.events.size();
  EXPECT_EQ(e->code, "062");  // drills held together are cooperation
  EXPECT_EQ(e->source_code.substr(0, 3), "CHL");
  EXPECT_EQ(e->source2_code.substr(0, 3), "PER");
  EXPECT_EQ(e->target_code, "");
}

TEST(EventCoSourceTest, WarGamesAloneAreAShowOfForce) {
  Document doc = EventWorld::Get().Run("Chilean warships launched war games on Monday.");
  const Event* e = FindRoot(doc, "15");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source2_code, "");
}

TEST(EventCoSourceTest, NameAndAdjectiveBeforeANoun) {
  Document doc =
      EventWorld::Get().Run("Chile and Peruvian negotiators held talks in Quito this week.");
  const Event* e = FindRoot(doc, "04");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 3), "CHL");
  EXPECT_EQ(e->source2_code.substr(0, 3), "PER");
  EXPECT_EQ(e->target_code, "");
}

TEST(EventCoSourceTest, AdjectivesBeforeAnOfPhrase) {
  // "of Cyprus" is a prepositional object, not the subject.
  Document doc = EventWorld::Get().Run(
      "The Chilean and Peruvian sides of the old dispute over Bolivia have agreed to meet.");
  const Event* e = FindRoot(doc, "03");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "CHL");
  EXPECT_EQ(e->source2_code, "PER");
}

TEST(EventCoSourceTest, PartnerOfTalksWithIsACoSourceAndTheTarget) {
  // PLOVER: both hold the talks; CAMEO/GDELT: the dyad Chile -> Peru.
  Document doc = EventWorld::Get().Run("Chile held talks with Peru on Tuesday.");
  const Event* e = FindRoot(doc, "04");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "CHL");
  EXPECT_EQ(e->source2_code, "PER");
  EXPECT_EQ(e->target_code, "PER");
}

TEST(EventCoSourceTest, TalksAsThePurposeOfTheSubject) {
  Document doc = EventWorld::Get().Run(
      "Chilean and Peruvian negotiators return to Quito this week for talks on fishing quotas.");
  const Event* e = FindRoot(doc, "04");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 3), "CHL");
  EXPECT_EQ(e->source2_code.substr(0, 3), "PER");
  EXPECT_EQ(e->target_code, "");
}

TEST(EventCoSourceTest, TwoSidesClashingHaveNoTarget) {
  Document doc = EventWorld::Get().Run("Peru and Chile clashed near Arica.");
  const Event* e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "PER");
  EXPECT_EQ(e->source2_code, "CHL");
  EXPECT_EQ(e->target_code, "");
}

TEST(EventCoSourceTest, OneSideAttackingInAPlaceTargetsIt) {
  Document doc = EventWorld::Get().Run("A convoy was attacked in Peru, Chilean officials said.");
  const Event* e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code, "PER");
}

TEST(EventCoSourceTest, OneSubjectHasNoCoSource) {
  Document doc = EventWorld::Get().Run("Chile signed a treaty with Peru.");
  const Event* e = FindRoot(doc, "05");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "CHL");
  EXPECT_EQ(e->source2_code, "");
  EXPECT_EQ(e->target_code, "PER");
}

}  // namespace
}  // namespace sitrep
