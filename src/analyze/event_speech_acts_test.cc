// Speech that is not an event between the speaker and the one spoken to: an
// interview names the channel of a statement (not a CAMEO 04x meeting), and a
// warning is a threat (13x) only when the speaker names what it will do.
#include <gtest/gtest.h>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

TEST(EventSpeechActsTest, InterviewWithNewsAgencyIsNoMeeting) {
  Document doc = EventWorld::Get().Run(
      "Speaking to The Associated Press on Monday, Ivo Marn said the port would reopen.");
  for (const Event& e : doc.events) {
    EXPECT_NE(e.root, "04") << doc.view(e.trigger) << " -> " << e.target_code;
  }
}

TEST(EventSpeechActsTest, TalksWithACountryStillConsult) {
  Document doc = EventWorld::Get().Run("Latvia spoke with Estonia about the ferry.");
  const Event* e = FindRoot(doc, "04");
  ASSERT_NE(e, nullptr);
  // Talks "with" someone are a joint act: the partner is the second source.
  EXPECT_EQ(e->source_code, "LVA");
  EXPECT_EQ(e->source2_code, "EST");
}

TEST(EventSpeechActsTest, WarningAboutTheFutureIsNoThreat) {
  Document doc = EventWorld::Get().Run("Latvia warned that fuel prices would rise in the winter.");
  EXPECT_EQ(FindRoot(doc, "13"), nullptr);
}

TEST(EventSpeechActsTest, WarningTheOtherSideIsNoThreatByItself) {
  Document doc = EventWorld::Get().Run("Latvia warned Estonia about the icy roads.");
  EXPECT_EQ(FindRoot(doc, "13"), nullptr);
}

TEST(EventSpeechActsTest, WarningOfRetaliationIsAThreat) {
  Document doc = EventWorld::Get().Run("Latvia warned of retaliation against Estonia.");
  const Event* e = FindRoot(doc, "13");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_code, "LVA");
}

}  // namespace
}  // namespace sitrep
