// Discovery and resolution rules on invented sentences: places are not
// persons, quoted terms are not organisations, short forms of organisations,
// transcript speaker tags, role descriptions, party nouns, lone surnames.
#include <gtest/gtest.h>

#include "analyze/actor_tagger.h"
#include "analyze/actor_test_util.h"

namespace sitrep {
namespace {

using testing::ActorOf;
using testing::ShippedTagger;
using testing::TextDocument;

Document Tagged(std::string_view text) {
  Document doc = TextDocument(text);
  ShippedTagger().Tag(&doc);
  return doc;
}

bool HasActor(const Document& doc, std::string_view id) {
  for (const DocActor& a : doc.actors) {
    if (a.id == id) return true;
  }
  return false;
}

TEST(ActorDiscovery, PlaceAfterCityOfIsNotAPerson) {
  Document doc = Tagged(
      "Marta Kovalenka, who met farmers in the northern city of Zarnovsk, said the harvest "
      "was poor.");
  EXPECT_EQ(ActorOf(doc, "Marta Kovalenka"), "x.marta-kovalenka");
  EXPECT_EQ(ActorOf(doc, "Zarnovsk"), "");
  EXPECT_FALSE(HasActor(doc, "x.zarnovsk"));
}

TEST(ActorDiscovery, GazetteerPlaceIsNotAPerson) {
  // Sumy is in data/places.txt; "Sumy said" would otherwise read as a speaker.
  Document doc = Tagged("Officials from Sumy said the bridge was closed.");
  EXPECT_EQ(ActorOf(doc, "Sumy"), "");
}

TEST(ActorDiscovery, QuotedSingleWordIsNotAnOrganisation) {
  Document doc = Tagged(
      "The treaty set up a \u2018Federation\u2019 of sorts, and the \"Council\" never met, "
      "Marta Kovalenka said.");
  EXPECT_EQ(ActorOf(doc, "Federation"), "");
  EXPECT_EQ(ActorOf(doc, "Council"), "");
  EXPECT_EQ(ActorOf(doc, "Marta Kovalenka"), "x.marta-kovalenka");
}

TEST(ActorDiscovery, OrganisationShortFormResolvesToFullName) {
  Document doc = Tagged(
      "The Harbour Times reported the vote on Monday. Later the Times said turnout was low.");
  const std::string id = ActorOf(doc, "Harbour Times");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(ActorOf(doc, "Times"), id);
  EXPECT_EQ(doc.actors.size(), 1u);
}

TEST(ActorDiscovery, KnownOutletShortForm) {
  Document doc =
      Tagged("The New York Times reported the talks. A week later the Times said they failed.");
  EXPECT_EQ(ActorOf(doc, "The New York Times"), "media.nyt");
  EXPECT_EQ(ActorOf(doc, "Times"), "media.nyt");
}

TEST(ActorDiscovery, TranscriptSpeakerTags) {
  Document doc = Tagged(
      "Marta Kovalenka, a former minister, joined the program.\n\nKOVALENKA: We will not "
      "move.\n\nDUBROVSKY: Thank "
      "you for coming.");
  EXPECT_EQ(ActorOf(doc, "KOVALENKA"), "x.marta-kovalenka");
  EXPECT_EQ(ActorOf(doc, "DUBROVSKY"), "x.dubrovsky");
  for (const DocActor& a : doc.actors) {
    if (a.id == "x.dubrovsky") {
      EXPECT_EQ(a.kind, "person");
    }
  }
}

TEST(ActorDiscovery, RoleDescriptionLinksToPersonNamedBefore) {
  Document doc = Tagged(
      "Marta Kovalenka, a lawyer, won the primary on Tuesday. The Zemblan senator thanked her "
      "voters. "
      "Later Anton Dubrovsky met the senator.");
  EXPECT_EQ(ActorOf(doc, "The Zemblan senator"), "x.marta-kovalenka");
  // In the sentence naming Dubrovsky, "the senator" is someone else: it may
  // only link to Kovalenka (named before), never to Dubrovsky.
  const std::string other = ActorOf(doc, "the senator");
  EXPECT_NE(other, "x.anton-dubrovsky");
}

TEST(ActorDiscovery, DescriptionNeedsACompatiblePerson) {
  Document doc = Tagged("Anton Dubrovsky spoke first. The spokeswoman declined to comment.");
  EXPECT_EQ(ActorOf(doc, "The spokeswoman"), "");
}

TEST(ActorDiscovery, PartyNounsAreLexiconActors) {
  Document doc = Tagged(
      "Republicans said the bill would fail, and the GOP leadership agreed. Democrats "
      "disagreed.");
  EXPECT_EQ(ActorOf(doc, "Republicans"), "usa.republicans");
  EXPECT_EQ(ActorOf(doc, "the GOP"), "usa.republicans");
  EXPECT_EQ(ActorOf(doc, "Democrats"), "usa.democrats");
}

TEST(ActorDiscovery, LoneSurnameBeforeItsFullName) {
  Document doc =
      Tagged("On Friday Dubrovsky arrived late. Anton Dubrovsky, a former minister, spoke first.");
  EXPECT_EQ(ActorOf(doc, "Anton Dubrovsky"), "x.anton-dubrovsky");
  EXPECT_EQ(ActorOf(doc, "Dubrovsky"), "x.anton-dubrovsky");
}

TEST(ActorDiscovery, SayingVerbBeforeALoneName) {
  Document doc = Tagged("\u201cWe will win,\u201d said Dubrovsky.");
  EXPECT_EQ(ActorOf(doc, "Dubrovsky"), "x.dubrovsky");
}

TEST(ActorDiscovery, LoneNameResolvesLikeItsSpeakingMention) {
  Document doc =
      Tagged("Critics of Dubrovsky were loud on Monday. \u201cWe stay,\u201d Dubrovsky said.");
  EXPECT_EQ(ActorOf(doc, "Dubrovsky"), "x.dubrovsky");  // the first, silent one
}

TEST(ActorDiscovery, GivenNameAloneForTheOnePersonWithIt) {
  Document doc = Tagged("Jane Kovalenka said she would run. Supporters of Jane cheered.");
  EXPECT_EQ(ActorOf(doc, "Jane"), "x.jane-kovalenka");
}

}  // namespace
}  // namespace sitrep
