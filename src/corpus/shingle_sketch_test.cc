#include "corpus/shingle_sketch.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

TEST(ShingleSketcher, NormalizesCasePunctuationAndWhitespace) {
  ShingleSketcher s(5, 16);
  ShingleSketch a;
  s.Sketch("  The Mayor, Ana Velt,\n\tsaid: \"No!\"  ", &a);
  EXPECT_EQ(s.normalized(), "the mayor ana velt said no");
  EXPECT_EQ(a.words, 6u);
  ShingleSketch b;
  s.Sketch("the mayor -- ana velt -- said... no", &b);
  EXPECT_EQ(a.exact_hash, b.exact_hash);
  EXPECT_EQ(a.minhash, b.minhash);
}

TEST(ShingleSketcher, FoldsCyrillicAndDropsAccentsAndSoftHyphens) {
  ShingleSketcher s(5, 16);
  ShingleSketch a;
  // Capitals, a combining stress accent (U+0301), a soft hyphen (U+00AD), ё.
  s.Sketch("ГОРОДСКОЙ Сове\xCC\x81т при\xC2\xADнял её", &a);
  EXPECT_EQ(s.normalized(), "городской совет принял ее");
}

TEST(ShingleSketcher, InvalidUtf8SeparatesWords) {
  ShingleSketcher s(5, 16);
  ShingleSketch a;
  s.Sketch(
      "alpha\xFF"
      "beta\xE2\x82"
      "gamma\xE2",
      &a);
  EXPECT_EQ(s.normalized(), "alpha beta gamma");
}

TEST(ShingleSketcher, FewerWordsThanAShingleHaveNoMinHash) {
  ShingleSketcher s(5, 16);
  ShingleSketch a;
  s.Sketch("only four words here", &a);
  EXPECT_EQ(a.words, 4u);
  EXPECT_TRUE(a.minhash.empty());
  s.Sketch("now there are five words", &a);
  EXPECT_EQ(a.minhash.size(), 16u);
}

TEST(ShingleSketcher, EmptyTextHasNoWords) {
  ShingleSketcher s(5, 16);
  ShingleSketch a;
  a.words = 99;
  s.Sketch("", &a);
  EXPECT_EQ(a.words, 0u);
  EXPECT_TRUE(a.minhash.empty());
  ShingleSketch b;
  s.Sketch(" ... !!! ", &b);
  EXPECT_EQ(b.exact_hash, a.exact_hash);
}

TEST(ShingleSketcher, WordOrderMatters) {
  ShingleSketcher s(2, 64);
  ShingleSketch a, b;
  s.Sketch("one two three four five six", &a);
  s.Sketch("six five four three two one", &b);
  EXPECT_NE(a.exact_hash, b.exact_hash);
  EXPECT_NE(a.minhash, b.minhash);
}

TEST(ShingleSketcher, DensifiedSignatureAgreesOnSharedShingles) {
  // 10 shingles into 128 bins: most bins are empty and densified. Identical
  // texts must still give identical signatures, and a text sharing most
  // shingles must agree on most values.
  ShingleSketcher s(1, 128);
  ShingleSketch a, b, c;
  s.Sketch("a b c d e f g h i j", &a);
  s.Sketch("a b c d e f g h i j", &b);
  s.Sketch("a b c d e f g h i z", &c);
  EXPECT_EQ(a.minhash, b.minhash);
  int equal = 0;
  for (size_t i = 0; i < a.minhash.size(); ++i) equal += a.minhash[i] == c.minhash[i];
  // Jaccard 9/11 = 0.82; allow generous sampling noise.
  EXPECT_GT(equal, 128 * 6 / 10);
  EXPECT_LT(equal, 128);
}

}  // namespace
}  // namespace sitrep
