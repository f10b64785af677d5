#include "analyze/actor_tagger.h"

#include <gtest/gtest.h>

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

TEST(ActorTagger, LexiconNamesAndSpellingsShareOneId) {
  Document doc = Tagged(
      "Alexander Lukashenko met envoys in Minsk. Later Lukashenka spoke again, and "
      "Aleksandr Lukashenko's aides left.");
  EXPECT_EQ(ActorOf(doc, "Alexander Lukashenko"), "blr.lukashenko");
  EXPECT_EQ(ActorOf(doc, "Lukashenka"), "blr.lukashenko");
  EXPECT_EQ(ActorOf(doc, "Aleksandr Lukashenko"), "blr.lukashenko");  // possessive trimmed
  EXPECT_EQ(ActorOf(doc, "Minsk"), "blr");
}

TEST(ActorTagger, MultiTokenLongestMatchAndCaseRules) {
  Document doc =
      Tagged("The Kremlin said the Belarusian leader would call us from Downing Street.");
  EXPECT_EQ(ActorOf(doc, "The Kremlin"), "rus");
  EXPECT_EQ(ActorOf(doc, "the Belarusian leader"), "blr.lukashenko");
  EXPECT_EQ(ActorOf(doc, "us"), "");  // "US" needs capitals
}

TEST(ActorTagger, AgentsComposeWithCountry) {
  Document doc = Tagged(
      "Belarusian troops moved west. Ukrainian officials objected, Russian state journalists "
      "filmed it, and the exiled Belarusian opposition protested. Western defense officials "
      "were worried. Riot police dispersed protesters.");
  EXPECT_EQ(ActorOf(doc, "Belarusian troops"), "group.blrmil");
  EXPECT_EQ(ActorOf(doc, "Ukrainian officials"), "group.ukrgov");
  EXPECT_EQ(ActorOf(doc, "Russian state journalists"), "group.rusmed");
  EXPECT_EQ(ActorOf(doc, "Belarusian opposition"), "group.blropp");
  EXPECT_EQ(ActorOf(doc, "Western defense officials"), "group.wstmil");
  EXPECT_EQ(ActorOf(doc, "Riot police"), "group.cop");
  EXPECT_EQ(ActorOf(doc, "protesters"), "group.opp");
}

TEST(ActorTagger, TitlesAttachToThePerson) {
  Document doc = Tagged("President Putin spoke to Russian Foreign Minister Sergei Lavrov.");
  EXPECT_EQ(ActorOf(doc, "President Putin"), "rus.putin");
  EXPECT_EQ(ActorOf(doc, "Russian Foreign Minister Sergei Lavrov"), "rus.lavrov");
}

TEST(ActorTagger, TransliterationVariantResolvesToLexiconActor) {
  // "Tsikhanouskiya" is in no lexicon; it is a spelling variant.
  Document doc = Tagged("Sviatlana Tsikhanouskiya addressed supporters in Vilnius.");
  EXPECT_EQ(ActorOf(doc, "Sviatlana Tsikhanouskiya"), "blr.tsikhanouskaya");
}

TEST(ActorTagger, DiscoversPersonsWithRoleFromApposition) {
  Document doc = Tagged(
      "Marta Kovalenka, a former Belarusian minister who fled in 2021, spoke on Monday. "
      "Kovalenka said she would return.");
  const std::string id = ActorOf(doc, "Marta Kovalenka");
  ASSERT_EQ(id, "x.marta-kovalenka");
  EXPECT_EQ(ActorOf(doc, "Kovalenka"), id);
  EXPECT_EQ(ActorOf(doc, "she"), id);
  for (const DocActor& a : doc.actors) {
    if (a.id == id) {
      EXPECT_EQ(a.country, "BLR");
      EXPECT_EQ(a.code, "BLRGOV");
      EXPECT_EQ(a.kind, "person");
    }
  }
}

TEST(ActorTagger, DiscoversOrganisationsAndAcronyms) {
  Document doc = Tagged(
      "The Coastal Defence Council (CDC) met. Officials of the Ministry of Harbours said the "
      "CDC had not been told.");
  const std::string id = ActorOf(doc, "Coastal Defence Council");
  EXPECT_EQ(id, "x.coastal-defence-council");
  EXPECT_EQ(ActorOf(doc, "CDC"), id);
  EXPECT_EQ(ActorOf(doc, "Ministry of Harbours"), "x.ministry-of-harbours");
}

TEST(ActorTagger, NoActorsFromCommonCapitalizedWords) {
  Document doc = Tagged(
      "Yesterday the vote ended. Several Harbour Tales were told on Monday in March. "
      "Analysts disagree.");
  for (const DocActor& a : doc.actors) ADD_FAILURE() << a.id;
}

TEST(ActorTagger, HeadlineCaseLinesGiveNoActors) {
  Document doc = Tagged("Local Council Weighs Bold Plan For Harbour Cranes\nThe plan failed.");
  EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorTagger, PronounsLinkOnlyWhenClear) {
  Document doc = Tagged(
      "Olga Marenich arrived first. She spoke briefly. Then Olga Marenich and Petr Haldin met "
      "Irina Sorova. He left early.");
  EXPECT_EQ(ActorOf(doc, "She"), "x.olga-marenich");
  EXPECT_EQ(ActorOf(doc, "He"), "x.petr-haldin");  // the one man in the window

  // Two men: the subject (the one opening the sentence) wins ...
  Document subject = Tagged("Petr Haldin met Ivan Sorov. He left early.");
  EXPECT_EQ(ActorOf(subject, "He"), "x.petr-haldin");
  // ... and with no clear subject there is no link.
  Document unclear = Tagged("On Friday Petr Haldin met Ivan Sorov. He left early.");
  EXPECT_EQ(ActorOf(unclear, "He"), "");
}

TEST(ActorTagger, MentionsSortedAndActorsIndexed) {
  Document doc = Tagged("Lukashenko met Putin. Lukashenko left.");
  for (size_t i = 1; i < doc.mentions.size(); ++i) {
    EXPECT_LE(doc.mentions[i - 1].span.start, doc.mentions[i].span.start);
  }
  for (uint32_t a = 0; a < doc.actors.size(); ++a) {
    for (uint32_t m : doc.actors[a].mentions) EXPECT_EQ(doc.mentions[m].actor, a);
  }
  ASSERT_EQ(doc.actors.size(), 2u);
  EXPECT_EQ(doc.actors[0].mentions.size(), 2u);
}

TEST(ActorTagger, SurvivesHostileInput) {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk += (i % 7 == 0) ? "\"Aa " : "Bb Cc, ";
  junk += "\xEF\xBF\xBD he she";
  Document doc = Tagged(junk);
  for (const Mention& m : doc.mentions) EXPECT_LE(m.span.end, doc.text.size());
}

}  // namespace
}  // namespace sitrep
