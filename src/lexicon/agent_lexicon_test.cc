#include "lexicon/agent_lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sitrep {
namespace {

using ::testing::ElementsAre;

TEST(AgentLexiconTest, ParsesCodesAndPhrases) {
  auto r = AgentLexicon::LoadText(
      "# comment\n"
      "MIL: troops; soldiers   # trailing\n"
      "\n"
      "OPP/CVL: protesters\n",
      "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.lexicon.size(), 3u);
  const Agent* t = r.lexicon.Find("Troops");
  ASSERT_NE(t, nullptr);
  EXPECT_THAT(t->codes, ElementsAre("MIL"));
  EXPECT_EQ(t->line, 2u);
  const Agent* p = r.lexicon.Find("protesters");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->codes, ElementsAre("OPP", "CVL"));
  EXPECT_EQ(r.lexicon.Find("troop"), nullptr);  // no stemming
}

TEST(AgentLexiconTest, ReportsErrorsWithLineNumbers) {
  auto r = AgentLexicon::LoadText(
      "MIL: troops\n"
      "troops and more\n"
      "XYZ: aliens\n"
      "GOV: officials;; \n"
      "COP: Troops\n",
      "b.txt");
  std::vector<std::string> msgs;
  for (const auto& d : r.diagnostics) msgs.push_back(d.ToString());
  EXPECT_THAT(msgs, ElementsAre("b.txt:2: expected 'CODE: phrase; phrase'",
                                "b.txt:3: unknown agent code 'XYZ' (CAMEO role or sector, e.g. "
                                "MIL, GOV, OPP)",
                                "b.txt:4: empty phrase", "b.txt:4: empty phrase",
                                "b.txt:5: duplicate phrase 'Troops' (first at line 1)"));
  EXPECT_EQ(r.lexicon.size(), 2u);
}

TEST(AgentLexiconTest, MergeOverridesPhrase) {
  auto base = AgentLexicon::LoadText("MIL: troops\nGOV: officials\n", "base");
  auto user = AgentLexicon::LoadText("COP: troops\nMED: bloggers\n", "user");
  AgentLexicon lex = std::move(base.lexicon);
  lex.Merge(user.lexicon);
  EXPECT_EQ(lex.size(), 3u);
  EXPECT_THAT(lex.Find("troops")->codes, ElementsAre("COP"));
  EXPECT_THAT(lex.Find("bloggers")->codes, ElementsAre("MED"));
}

TEST(AgentLexiconTest, KnowsCameoCodes) {
  EXPECT_TRUE(AgentLexicon::IsAgentCode("MIL"));
  EXPECT_TRUE(AgentLexicon::IsAgentCode("UAF"));
  EXPECT_TRUE(AgentLexicon::IsAgentCode("AGR"));
  EXPECT_FALSE(AgentLexicon::IsAgentCode("BLR"));
  EXPECT_FALSE(AgentLexicon::IsAgentCode("mil"));
}

}  // namespace
}  // namespace sitrep
