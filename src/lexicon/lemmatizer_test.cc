#include "lexicon/lemmatizer.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace sitrep
