#include "lexicon/event_lexicon.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

constexpr std::string_view kCodes = R"(# test table
04   1  1.0  CONSULT  036
040  1  1.0  CONSULT  036
036  1  4.0  AGREE
163  4  -8.0 COERCE
01   1  0.0  -
)";

std::string Messages(const EventLexicon::Result& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += d.ToString() + "\n";
  return out;
}

TEST(EventLexiconTest, LoadsCodesAndPatterns) {
  auto r = EventLexicon::LoadText(kCodes, "[verb]\nmeet with $TARGET -> 040\nmeet -> 040\n"
                                          "impose sanction on|against $TARGET -> 163\n"
                                          "[noun]\nsanction on $TARGET -> 163\n",
                                  "met meet\n");
  ASSERT_TRUE(r.ok()) << Messages(r);
  const EventLexicon& lex = r.lexicon;
  const EventCodeInfo* c = lex.FindCode("040");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->root(), "04");
  EXPECT_EQ(c->plover, "CONSULT");
  EXPECT_EQ(c->alt, "036");
  EXPECT_EQ(lex.FindCode("01")->plover, "");
  // Longest first at an anchor.
  auto meet = lex.PatternsFor("meet");
  ASSERT_EQ(meet.size(), 2u);
  EXPECT_EQ(lex.patterns()[meet[0]].elements.size(), 3u);
  EXPECT_TRUE(lex.patterns()[meet[0]].has_target());
  EXPECT_FALSE(lex.patterns()[meet[1]].has_target());
  auto sanction = lex.PatternsFor("sanction");
  ASSERT_EQ(sanction.size(), 1u);
  EXPECT_TRUE(lex.patterns()[sanction[0]].nominal);
  EXPECT_TRUE(lex.patterns()[lex.PatternsFor("impose")[0]].elements[2].Matches("against"));
  EXPECT_TRUE(lex.PatternsFor("greet").empty());
}

TEST(EventLexiconTest, ReportsBadLinesWithNumbers) {
  auto r = EventLexicon::LoadText("04 1 1.0 CONSULT\n040 9 1.0 CONSULT\n041 1 99 CONSULT\n"
                                  "042 1 1.0 CHAT\n043 1 1.0 CONSULT 999\n44 1 1.0 CONSULT\n",
                                  "meet -> 040\n[verb]\nmeet -> 777\nmeet with\n$TARGET -> 04\n"
                                  "meet $TARGET $TARGET -> 04\nMeet! -> 04\n[adverb]\n"
                                  "talk -> 04\ntalk -> 04\n",
                                  "met\n");
  EXPECT_FALSE(r.ok());
  const std::string m = Messages(r);
  EXPECT_NE(m.find("codes.txt:2: bad QuadClass"), std::string::npos) << m;
  EXPECT_NE(m.find("codes.txt:3: bad Goldstein"), std::string::npos) << m;
  EXPECT_NE(m.find("codes.txt:4: unknown PLOVER type"), std::string::npos) << m;
  EXPECT_NE(m.find("codes.txt:5: bad alt code"), std::string::npos) << m;
  EXPECT_NE(m.find("codes.txt:6: bad code"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:1: pattern before"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:3: unknown event code"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:4: expected 'PATTERN -> CODE'"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:5: a pattern starts with a word"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:6: more than one $TARGET"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:7: bad word"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:8: unknown section"), std::string::npos) << m;
  EXPECT_NE(m.find("verbs.txt:10: warning: pattern repeated"), std::string::npos) << m;
  EXPECT_NE(m.find("irregular.txt:1: expected 'FORM LEMMA'"), std::string::npos) << m;
  // The good pattern survives.
  EXPECT_EQ(r.lexicon.PatternsFor("talk").size(), 1u);
}

TEST(EventLexiconTest, AltCodeMustExist) {
  auto r = EventLexicon::LoadText("04 1 1.0 CONSULT 036\n", "", "");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(Messages(r).find("codes.txt:1: alt code '036' not in the table"), std::string::npos);
}

TEST(EventLexiconTest, ShippedDataLoadsCleanAndCoversAllRoots) {
  auto r = EventLexicon::LoadDefault();
  ASSERT_TRUE(r.ok()) << Messages(r);
  EXPECT_TRUE(r.diagnostics.empty()) << Messages(r);
  bool root_seen[21] = {};
  for (const EventPattern& p : r.lexicon.patterns()) {
    root_seen[std::stoi(p.code.substr(0, 2))] = true;
  }
  for (int root = 1; root <= 20; ++root) EXPECT_TRUE(root_seen[root]) << "no pattern for root " << root;
  EXPECT_EQ(r.lexicon.FindCode("173")->plover, "COERCE");
  EXPECT_EQ(r.lexicon.FindCode("190")->quad, 4);
}

}  // namespace
}  // namespace sitrep
