// The pattern vocabulary must not shadow verb inflections: the lemmatizer
// returns a vocabulary word as its own lemma, so a noun pattern on "killing"
// would make "killing" stop matching the verb "kill" (and "remains" the verb
// "remain"). Every regular -s, -ed and -ing form of a verb anchor must still
// lemmatize onto it.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

// Gerunds that are nouns in their own right in news text, each with its own
// noun patterns ("the meeting with X", "the shelling of X").
const std::set<std::string> kNounGerunds = {"meeting", "bombing", "kidnapping", "shelling"};

TEST(EventVocabularyTest, VerbInflectionsReachTheirAnchor) {
  const EventLexicon& lex = EventWorld::Get().events;
  const Lemmatizer& lem = lex.lemmatizer();
  std::string scratch;
  std::set<std::string> checked;
  for (const EventPattern& p : lex.patterns()) {
    if (p.nominal) continue;
    for (const std::string& verb : p.elements[0].words) {
      if (verb.size() < 4 || !checked.insert(verb).second) continue;
      const bool drop_e = verb.back() == 'e';
      const std::string stem = drop_e ? verb.substr(0, verb.size() - 1) : verb;
      const bool sibilant = verb.ends_with("s") || verb.ends_with("sh") || verb.ends_with("ch") ||
                            verb.ends_with("x") || verb.ends_with("z");
      const std::string third = verb + (sibilant ? "es" : "s");
      for (const std::string& form : {third, stem + "ed", stem + "ing"}) {
        if (kNounGerunds.count(form) > 0) continue;
        EXPECT_EQ(lem.Lemma(form, &scratch), verb) << form << " no longer reaches " << verb;
      }
    }
  }
  EXPECT_GT(checked.size(), 200u);
}

}  // namespace
}  // namespace sitrep
