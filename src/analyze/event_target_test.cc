// Target rules on invented sentences: a mention after "in"/"at"/"near" is the
// act's place, not its object; "X said that Y must ..." is X's demand of Y;
// money given to an actor is aid; and lexicon entries the coder relies on
// (European Community, Ivory Coast, Red Crescent).
#include <gtest/gtest.h>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

TEST(EventTargetTest, PlaceAfterInIsNotTheObject) {
  // The slot of "blockade $TARGET" holds a place: force used there is used
  // on that place's people, not on the sentence's main country.
  Document doc = EventWorld::Get().Run("Latvia reimposed blockades in the West Bank.");
  const Event* e = FindCode(doc, "191");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "PSE");
}

TEST(EventTargetTest, ThreatenedForceStillAimsAtItsPlace) {
  Document doc =
      EventWorld::Get().Run("President Ivo Marn said he will extend the curfew in Abidjan.");
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.back();
  EXPECT_EQ(e.root, "13");  // announced coercion is a threat
  EXPECT_EQ(e.target_code, "CIV");
}

TEST(EventTargetTest, MustInReportedClauseIsADemand) {
  Document doc = EventWorld::Get().Run("Latvia said on Monday that Estonia must return the ferry.");
  const Event* e = FindCode(doc, "100");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "EST");
}

TEST(EventTargetTest, MustWithPronounDemandsOfTheOneTold) {
  Document doc =
      EventWorld::Get().Run("Latvia sent a reminder to Estonia that it must return the ferry.");
  const Event* e = FindCode(doc, "100");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "EST");
}

TEST(EventTargetTest, MoneyGivenToAnActorIsAid) {
  Document doc = EventWorld::Get().Run("Norway gave Latvia 3 million dollars for new schools.");
  const Event* e = FindCode(doc, "070");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "NOR");
  EXPECT_EQ(e->target_code, "LVA");
}

TEST(EventTargetTest, EuropeanCommunityAndIvoryCoastAreKnown) {
  Document doc = EventWorld::Get().Run("The European Community gave the Ivory Coast new aid.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source_code, "IGOEEC");
  EXPECT_EQ(doc.events[0].target_code, "CIV");
}

TEST(EventTargetTest, RedCrescentIsAnInternationalBody) {
  Document doc = EventWorld::Get().Run("Latvia delivered aid to the Red Crescent.");
  const Event* e = FindCode(doc, "070");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code, "NGOIRC");
}

TEST(EventTargetTest, BareSecurityCouncilIsTheUn) {
  // "vetoed a Security Council resolution": the resolution is the council's.
  Document doc = EventWorld::Get().Run("Latvia vetoed a Security Council resolution on fishing.");
  const Event* e = FindCode(doc, "129");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "IGOUNO");
}

TEST(EventTargetTest, CuttingPartOfAidOrSuppliesIsASanction) {
  Document part = EventWorld::Get().Run("Norway suspended part of a military aid program.");
  const Event* e = FindCode(part, "162");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "NOR");
  Document supplies = EventWorld::Get().Run("Norway reduced food supplies to Latvia on Monday.");
  e = FindCode(supplies, "162");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code, "LVA");
}

TEST(EventTargetTest, OwnPeopleAsObjectYieldToAgainstPhrase) {
  // The object is the source's own army: the act aims at the "against" phrase.
  Document doc =
      EventWorld::Get().Run("Latvia mobilized army reservists for a war against Estonia.");
  const Event* e = FindCode(doc, "154");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "EST");
  // "crimes by X against Y": X is an agent, not the object.
  Document by = EventWorld::Get().Run(
      "Latvia is investigating crimes by Latvian police against Estonian workers.");
  ASSERT_FALSE(by.events.empty());
  EXPECT_EQ(by.events[0].target_code.substr(0, 3), "LVA");
}

TEST(EventTargetTest, WithdrawalFromAnotherCountryTargetsIt) {
  // A withdrawal from another country's land is aimed at that country.
  Document doc = EventWorld::Get().Run("Latvia evacuated its border posts in Estonia.");
  const Event* e = FindCode(doc, "0874");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "EST");
}

TEST(EventTargetTest, LabourAndFoodAgenciesAreUnBodies) {
  Document doc = EventWorld::Get().Run("The ILO and the WFP delivered aid to Latvia.");
  const Event* e = FindCode(doc, "070");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 6), "IGOUNO");
  EXPECT_EQ(e->target_code, "LVA");
}

TEST(EventTargetTest, DomesticActAgainstForeignActorAimsAtIt) {
  // A protest "against" something a foreign army did is aimed at that
  // country, not at the protesters' own.
  Document doc = EventWorld::Get().Run(
      "Latvian students staged protests against the curfew imposed by the Polish army.");
  const Event* e = nullptr;
  for (const Event& x : doc.events) {
    if (x.plover == "PROTEST") e = &x;
  }
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code.substr(0, 3), "LVA");
  EXPECT_EQ(e->target_code.substr(0, 3), "POL");
}

TEST(EventTargetTest, DomesticActAgainstOwnSideStaysHome) {
  Document doc = EventWorld::Get().Run(
      "Latvian students staged protests against the new Latvian tuition fees.");
  const Event* e = nullptr;
  for (const Event& x : doc.events) {
    if (x.plover == "PROTEST") e = &x;
  }
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target_code.substr(0, 3), "LVA");
}

}  // namespace
}  // namespace sitrep
