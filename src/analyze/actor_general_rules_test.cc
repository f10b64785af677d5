// General discovery and composition rules, on invented sentences.
#include <gtest/gtest.h>

#include <string>

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

bool HasActorStartingWith(const Document& doc, std::string_view prefix) {
  for (const DocActor& a : doc.actors) {
    if (a.id.starts_with(prefix)) return true;
  }
  return false;
}

TEST(ActorGeneralRules, CommonGivenNameOpensASentenceInitialName) {
  Document doc = Tagged("Mitt Varnholt told reporters the plan was sound. Zoe Pellary agreed.");
  EXPECT_EQ(ActorOf(doc, "Mitt Varnholt"), "x.mitt-varnholt");
  EXPECT_EQ(ActorOf(doc, "Zoe Pellary"), "x.zoe-pellary");
}

TEST(ActorGeneralRules, SentenceInitialCommonPluralIsNoActor) {
  Document doc = Tagged("Organisers said the march would go ahead. Volunteers said so too.");
  EXPECT_EQ(ActorOf(doc, "Organisers"), "");
  EXPECT_EQ(ActorOf(doc, "Volunteers"), "");
  EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorGeneralRules, SentenceInitialPluralCapitalizedElsewhereIsAGroup) {
  Document doc = Tagged("The vote split the Zorvanites. Zorvanites said they would boycott it.");
  EXPECT_EQ(ActorOf(doc, "Zorvanites"), "x.zorvanites");
}

TEST(ActorGeneralRules, CapitalizedAdjectiveWithAgentNounIsAGroup) {
  Document doc = Tagged("Western governments criticised the plan. Western analysts doubted it.");
  EXPECT_EQ(ActorOf(doc, "Western governments"), "group.wstgov");
  // "analysts" is no agent word: nothing, and never an actor named Western.
  EXPECT_FALSE(HasActorStartingWith(doc, "x.western"));
}

TEST(ActorGeneralRules, CountryTitleStaysOneMentionOfThePerson) {
  Document doc = Tagged("US envoy Jane Roe said talks would resume on Friday.");
  EXPECT_EQ(ActorOf(doc, "US envoy Jane Roe"), "x.jane-roe");
  EXPECT_EQ(ActorOf(doc, "US"), "");
  ASSERT_EQ(doc.actors.size(), 1u);
  EXPECT_EQ(doc.actors[0].country, "USA");
}

TEST(ActorGeneralRules, TitleWordsBeforeAGivenNameAreNotPartOfTheName) {
  Document doc = Tagged(
      "The plan was backed by Former Secretary of State Loretta Quill. Deputy Director "
      "Harry Penwick agreed.");
  EXPECT_EQ(ActorOf(doc, "Loretta Quill"), "x.loretta-quill");
  EXPECT_EQ(ActorOf(doc, "Harry Penwick"), "x.harry-penwick");
  EXPECT_FALSE(HasActorStartingWith(doc, "x.state"));
}

TEST(ActorGeneralRules, OrganisationHeadThatIsAlsoBoilerplateClosesAName) {
  Document doc = Tagged("The suit was brought by Civic Watch in May. Balder Corp objected.");
  EXPECT_EQ(ActorOf(doc, "Civic Watch"), "x.civic-watch");
  EXPECT_EQ(ActorOf(doc, "Balder Corp"), "x.balder-corp");
}

TEST(ActorGeneralRules, BoilerplateWordAloneStartsNoName) {
  Document doc = Tagged("Watch the full interview below.");
  EXPECT_TRUE(doc.actors.empty());
}

}  // namespace
}  // namespace sitrep
