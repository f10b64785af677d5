// Target rules on invented sentences: a mention after "in"/"at"/"near" is the
// act's place, not its object; "X said that Y must ..." is X's demand of Y;
// money given to an actor is aid; and lexicon entries the coder relies on
// (European Community, Ivory Coast, Red Crescent).
#include <gtest/gtest.h>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

const Event* FindCode(const Document& doc, std::string_view code) {
  for (const Event& e : doc.events) {
    if (e.code == code) return &e;
  }
  return nullptr;
}

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

}  // namespace
}  // namespace sitrep
