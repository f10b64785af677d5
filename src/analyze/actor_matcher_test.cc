// ActorMatcher::Fold and TokenId: the per-token vocabulary lookup (packed
// short words, hashed long ones) must agree with itself and with the folded
// text, whatever the word's length, case or script.
#include "analyze/actor_matcher.h"

#include <gtest/gtest.h>

#include <string>

#include "analyze/actor_test_util.h"

namespace sitrep {
namespace {

using testing::ShippedTagger;
using testing::TextDocument;

const ActorMatcher& Matcher() { return ShippedTagger().matcher(); }

TEST(ActorMatcherLookup, ShortAndLongVocabularyWords) {
  const ActorMatcher& m = Matcher();
  // Class words of 2..9 bytes are in the vocabulary ("according" > 8 bytes
  // takes the hashed path, the others the packed one).
  for (const char* w : {"he", "the", "said", "today", "tomorrow", "according", "september"}) {
    EXPECT_NE(m.TokenId(w), kUnknownToken) << w;
  }
  // Near misses: a prefix, the same length with the last byte changed (past
  // the 8 packed bytes), and case (TokenId takes folded words).
  EXPECT_EQ(m.TokenId("accordin"), kUnknownToken);
  EXPECT_EQ(m.TokenId("accordinx"), kUnknownToken);
  EXPECT_EQ(m.TokenId("septembez"), kUnknownToken);
  EXPECT_EQ(m.TokenId("tomorrox"), kUnknownToken);
  EXPECT_EQ(m.TokenId("Said"), kUnknownToken);
  EXPECT_EQ(m.TokenId(""), kUnknownToken);
  EXPECT_EQ(m.TokenId("qzxv"), kUnknownToken);
  EXPECT_NE(m.TokenId("today"), m.TokenId("tomorrow"));
}

TEST(ActorMatcherLookup, FoldAgreesWithTokenId) {
  const Document doc = TextDocument(
      "ACCORDING to Vantor's aide, the Council met Today \xE2\x80\x94 not TOMORROW \xE2\x80\x94 "
      "and Tod\xC3\xA1y's SEPTEMBER report, said Ilsa Qzxvorth.");
  FoldedTokens f;
  Matcher().Fold(doc, &f);
  ASSERT_EQ(f.size(), doc.tokens.size());
  for (size_t i = 0; i < f.size(); ++i) {
    EXPECT_EQ(f.id[i], Matcher().TokenId(f.at(i))) << f.at(i);
  }
  auto id_of = [&](std::string_view surface) {
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.view(doc.tokens[i].span) == surface) return f.id[i];
    }
    ADD_FAILURE() << "no token " << surface;
    return kUnknownToken;
  };
  EXPECT_EQ(id_of("ACCORDING"), Matcher().TokenId("according"));
  EXPECT_EQ(id_of("TOMORROW"), Matcher().TokenId("tomorrow"));
  EXPECT_EQ(id_of("SEPTEMBER"), Matcher().TokenId("september"));
  // The accent goes in the fold (the ICU path), and the possessive before it.
  EXPECT_EQ(id_of("Tod\xC3\xA1y's"), Matcher().TokenId("today"));
  EXPECT_EQ(id_of("Qzxvorth"), kUnknownToken);
}

TEST(ActorMatcherLookup, FoldedTextAndPossessives) {
  const Document doc = TextDocument("Vantor\xE2\x80\x99s ministers' TALKS");
  FoldedTokens f;
  Matcher().Fold(doc, &f);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f.at(0), "vantor");
  EXPECT_EQ(f.possessive[0], 1);
  EXPECT_EQ(f.end[0], doc.tokens[0].span.start + 6);
  EXPECT_EQ(f.at(1), "ministers");
  EXPECT_EQ(f.possessive[1], 1);
  EXPECT_EQ(f.at(2), "talks");
  EXPECT_EQ(f.possessive[2], 0);
  EXPECT_EQ(f.level[2], 2);
  EXPECT_EQ(f.offset[3], f.arena.size());
}

TEST(ActorMatcherLookup, FoldReusesBuffersAcrossDocuments) {
  FoldedTokens f;
  const Document big = TextDocument(std::string(2000, 'x') + " said the minister");
  Matcher().Fold(big, &f);
  const Document small = TextDocument("He said");
  Matcher().Fold(small, &f);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f.at(0), "he");
  EXPECT_EQ(f.at(1), "said");
  EXPECT_EQ(f.arena, "hesaid");
}

}  // namespace
}  // namespace sitrep
