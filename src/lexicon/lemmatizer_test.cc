#include "lexicon/lemmatizer.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

TEST(LemmatizerTest, RulesAndIrregularsOntoVocabulary) {
  Lemmatizer lem;
  for (const char* w : {"meet", "impose", "sanction", "stop", "accuse", "deny", "carry", "talk"}) {
    lem.AddVocabulary(w);
  }
  lem.AddIrregular("met", "meet");
  std::string scratch;
  auto L = [&](std::string_view w) { return std::string(lem.Lemma(w, &scratch)); };
  EXPECT_EQ(L("met"), "meet");
  EXPECT_EQ(L("meets"), "meet");
  EXPECT_EQ(L("meeting"), "meet");
  EXPECT_EQ(L("imposed"), "impose");
  EXPECT_EQ(L("imposing"), "impose");
  EXPECT_EQ(L("imposes"), "impose");
  EXPECT_EQ(L("sanctions"), "sanction");
  EXPECT_EQ(L("sanctioned"), "sanction");
  EXPECT_EQ(L("stopped"), "stop");
  EXPECT_EQ(L("stopping"), "stop");
  EXPECT_EQ(L("accuses"), "accuse");
  EXPECT_EQ(L("denies"), "deny");
  EXPECT_EQ(L("denied"), "deny");
  EXPECT_EQ(L("carried"), "carry");
  EXPECT_EQ(L("talks"), "talk");
  // Outside the vocabulary a word is its own lemma.
  EXPECT_EQ(L("running"), "running");
  EXPECT_EQ(L("is"), "is");
}

// The lemma views the lemmatizer's own copy, which later additions leave in
// place; a stem may be four bytes shorter than its word ("stopping").
TEST(LemmatizerTest, LemmasStayValidAndLengthBoundIsExact) {
  Lemmatizer lem;
  lem.AddIrregular("fought", "fight");
  lem.AddVocabulary("stop");
  std::string scratch;
  const std::string_view fought = lem.Lemma("fought", &scratch);
  const std::string_view stopped = lem.Lemma("stopped", &scratch);
  for (int i = 0; i < 1000; ++i) lem.AddVocabulary("w" + std::to_string(i));
  EXPECT_EQ(fought, "fight");
  EXPECT_EQ(stopped, "stop");
  EXPECT_EQ(lem.Lemma("stopping", &scratch), "stop");
  EXPECT_FALSE(lem.InVocabulary("fought"));  // a form, not a lemma
  EXPECT_FALSE(lem.InVocabulary("fight"));   // only AddVocabulary adds lemmas
  EXPECT_TRUE(lem.InVocabulary("w999"));
}

}  // namespace
}  // namespace sitrep
