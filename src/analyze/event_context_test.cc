// Source and target selection from sentence context (invented sentences):
// generic actors take the sentence's main country, untargeted domestic acts
// aim at it, possessive pronouns tie a noun event to the clause subject, and
// a wanted act is not asserted.
#include <gtest/gtest.h>

#include "analyze/event_place.h"
#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

TEST(MainCountryTest, MostNamedCountryWins) {
  const EventWorld& world = EventWorld::Get();
  Document doc = world.Run("Latvian officials met Estonian envoys in Riga on Monday.");
  ASSERT_FALSE(doc.sentences.empty());
  EXPECT_EQ(
      MainCountry(doc, world.places, doc.sentences[0].first_token, doc.sentences[0].last_token),
      "LVA");
  Document none = world.Run("Officials met envoys on Monday.");
  EXPECT_EQ(
      MainCountry(none, world.places, none.sentences[0].first_token, none.sentences[0].last_token),
      "");
}

TEST(EventContextTest, GenericSubjectTakesSentenceCountry) {
  Document doc = EventWorld::Get().Run("The president agreed to resign after protests in Riga.");
  const Event* e = FindRoot(doc, "08");
  if (e == nullptr) e = FindRoot(doc, "03");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->source_code.substr(0, 3), "LVA") << Dump(doc);
}

TEST(EventContextTest, UntargetedProtestAimsAtHome) {
  Document doc = EventWorld::Get().Run("Lithuanian teachers staged rallies on Monday.");
  const Event* e = FindRoot(doc, "14");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->source_code.substr(0, 3), "LTU") << Dump(doc);
  EXPECT_EQ(e->target_code, "LTU") << Dump(doc);
}

TEST(EventContextTest, UntargetedCooperationStaysUntargeted) {
  Document doc = EventWorld::Get().Run("Lithuania agreed to share information on Monday.");
  ASSERT_FALSE(doc.events.empty()) << Dump(doc);
  EXPECT_EQ(doc.events[0].target_code, "") << Dump(doc);
}

TEST(EventContextTest, RetreatIsAimedAtNoOne) {
  Document doc = EventWorld::Get().Run("The Latvian president resigned on Sunday.");
  const Event* e = FindRoot(doc, "08");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->plover, "RETREAT") << Dump(doc);
  EXPECT_EQ(e->source_code.substr(0, 3), "LVA") << Dump(doc);
  EXPECT_EQ(e->target_code, "") << Dump(doc);
}

TEST(EventContextTest, SameCountryAdjectiveCanBeTarget) {
  Document doc = EventWorld::Get().Run("Latvia will allow some 300 Latvian exiles to return.");
  ASSERT_FALSE(doc.events.empty()) << Dump(doc);
  EXPECT_EQ(doc.events[0].source_code, "LVA") << Dump(doc);
  EXPECT_EQ(doc.events[0].target_code.substr(0, 3), "LVA") << Dump(doc);
}

TEST(EventContextTest, AdjectiveBeforePlaceNounIsNoTarget) {
  Document doc =
      EventWorld::Get().Run("Latvia completed its withdrawal from the Estonian town of Valga.");
  ASSERT_FALSE(doc.events.empty()) << Dump(doc);
  EXPECT_EQ(doc.events[0].plover, "RETREAT") << Dump(doc);
  EXPECT_EQ(doc.events[0].target_code, "") << Dump(doc);
}

TEST(EventContextTest, PossessivePronounTiesNounToSubject) {
  Document doc = EventWorld::Get().Run("Latvia held its first meeting with Estonia.");
  const Event* e = FindRoot(doc, "04");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->target_code, "EST");
}

TEST(EventContextTest, SourcelessPassiveTakesSentenceCountry) {
  Document doc = EventWorld::Get().Run("A journalist was killed in a blast in Riga.");
  const Event* e = FindRoot(doc, "18");
  if (e == nullptr) e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->source_code, "LVA") << Dump(doc);
}

TEST(EventContextTest, WantedActIsHypothetical) {
  Document doc = EventWorld::Get().Run("Latvia is pressuring Estonia to attack Belarus.");
  const Event* e = FindRoot(doc, "19");
  ASSERT_NE(e, nullptr) << Dump(doc);
  EXPECT_EQ(e->modality, "hypothetical");
  EXPECT_FALSE(e->factual());
}

}  // namespace
}  // namespace sitrep
