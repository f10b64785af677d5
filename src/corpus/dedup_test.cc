#include "corpus/dedup.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

// An invented news story (invented town and people), as paragraphs.
const std::vector<std::string> kStory = {
    "The old iron bridge over the Lenna river in Marrowfield will close for eleven weeks from "
    "the first of March, the town council announced on Thursday after a long evening session.",
    "Council engineer Tomas Kell told members that inspectors had found corrosion in two of the "
    "four main girders and that the deck could no longer carry lorries safely. Repairs will "
    "replace both girders and resurface the whole span.",
    "Mayor Ines Doroh said the council had looked at keeping one lane open but rejected the idea "
    "because crews would need the full width of the deck to lift the new girders into place.",
    "During the closure a free shuttle bus will run every twenty minutes between the market "
    "square and the railway station, using the northern ring road. Cyclists and pedestrians can "
    "use a temporary footbridge that the army engineers will put up beside the old crossing.",
    "Shop owners on Quay Street, which depends on traffic from the bridge, asked the council for "
    "a reduction in local business rates while the works last. The finance committee will "
    "consider the request at its next meeting in February.",
    "The repairs are expected to cost about four million crowns, most of it paid from the "
    "regional transport fund, with the rest coming from the town's own reserve for roads."};

std::string Join(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) out += p + "\n\n";
  return out;
}

TEST(DuplicateIndex, FirstDocumentIsNotACopy) {
  DuplicateIndex index;
  EXPECT_EQ(index.Check("a", Join(kStory)), "");
  EXPECT_EQ(index.size(), 1u);
}

TEST(DuplicateIndex, ExactCopyUpToCaseSpacingAndPunctuation) {
  DuplicateIndex index;
  const std::string original = Join(kStory);
  ASSERT_EQ(index.Check("orig", original), "");
  EXPECT_EQ(index.Check("same", original), "orig");
  std::string reformatted;
  for (char c : original) {
    if (c == '\n') {
      reformatted += "   ";
    } else if (c == ',' || c == '.') {
      reformatted += " ; ";
    } else {
      reformatted += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  EXPECT_EQ(index.Check("shouting", reformatted), "orig");
  EXPECT_EQ(index.size(), 1u) << "copies are not indexed";
}

TEST(DuplicateIndex, RepublicationWithDifferentFurnitureIsANearCopy) {
  DuplicateIndex index;
  ASSERT_EQ(index.Check("orig", "Marrowfield Courier | Local news | Thursday\n" + Join(kStory) +
                                    "Subscribe to our morning newsletter for more local news."),
            "");
  const std::string republished =
      "Valley Daily Post - Regional\n"
      "This article was first published by the Marrowfield Courier and is republished with "
      "permission.\n" +
      Join(kStory) + "Share this story. Comments are closed.";
  EXPECT_EQ(index.Check("repub", republished), "orig");
}

TEST(DuplicateIndex, SlightlyReorderedAndEditedCopyIsANearCopy) {
  DuplicateIndex index;
  ASSERT_EQ(index.Check("orig", Join(kStory)), "");
  std::vector<std::string> edited = kStory;
  std::swap(edited[3], edited[4]);                                     // paragraphs swapped
  edited[0].replace(edited[0].find("Thursday"), 8, "Thursday night");  // small edit
  EXPECT_EQ(index.Check("edited", Join(edited)), "orig");
}

TEST(DuplicateIndex, SameTopicDifferentArticleIsNotACopy) {
  DuplicateIndex index;
  ASSERT_EQ(index.Check("orig", Join(kStory)), "");
  // Another outlet's own story on the same event, sharing two sentences
  // (the council's announcement and the mayor's quote).
  const std::vector<std::string> other = {
      "Drivers in Marrowfield face long detours this spring. The old iron bridge over the Lenna "
      "river in Marrowfield will close for eleven weeks from the first of March, the town council "
      "announced on Thursday after a long evening session.",
      "Residents we spoke to at the market were divided. A baker said she would lose customers "
      "from the south bank, while a retired teacher welcomed a quieter town centre.",
      "Mayor Ines Doroh said the council had looked at keeping one lane open but rejected the "
      "idea because crews would need the full width of the deck to lift the new girders into "
      "place.",
      "Opposition councillors argued that the bridge had been neglected for years and demanded "
      "an independent review of how road maintenance money had been spent since the last "
      "election. The mayor's office did not reply to a request for comment by the evening."};
  EXPECT_EQ(index.Check("other", Join(other)), "");
  EXPECT_EQ(index.size(), 2u);
}

TEST(DuplicateIndex, ReturnsTheEarliestOriginal) {
  DuplicateIndex index;
  std::vector<std::string> a = kStory, b = kStory;
  a.pop_back();        // the original without the last paragraph...
  b.erase(b.begin());  // ...and a different text without the first
  ASSERT_EQ(index.Check("a", Join(a)), "");
  ASSERT_EQ(index.Check("b", Join(b)), "");  // a vs b: Jaccard ~0.6, distinct
  EXPECT_EQ(index.Check("full", Join(kStory)), "a");
}

TEST(DuplicateIndex, EmptyTextIsNeverACopyNorIndexed) {
  DuplicateIndex index;
  EXPECT_EQ(index.Check("e1", ""), "");
  EXPECT_EQ(index.Check("e2", ""), "");
  EXPECT_EQ(index.Check("p", " -- ... !!"), "");
  EXPECT_EQ(index.size(), 0u);
}

TEST(DuplicateIndex, TextsShorterThanAShingleMatchExactlyOnly) {
  DuplicateIndex index;
  ASSERT_EQ(index.Check("s1", "Bridge closes Monday."), "");
  EXPECT_EQ(index.Check("s2", "BRIDGE CLOSES, MONDAY!"), "s1");
  EXPECT_EQ(index.Check("s3", "Bridge closes Tuesday."), "");
  EXPECT_EQ(index.Check("s4", "Bridge"), "");
  // A long text containing the short one is not its copy, nor the reverse.
  EXPECT_EQ(index.Check("long", "Bridge closes Monday. " + Join(kStory)), "");
  EXPECT_EQ(index.size(), 4u);
}

TEST(DuplicateIndex, ArbitraryBytesAndLargeInputAreSafe) {
  DuplicateIndex index;
  std::string noise;
  uint64_t x = 88172645463325252ULL;  // xorshift64: arbitrary bytes incl. NUL and bad UTF-8
  for (int i = 0; i < 200'000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    noise.push_back(static_cast<char>(x));
  }
  EXPECT_EQ(index.Check("noise", noise), "");
  EXPECT_EQ(index.Check("noise again", noise), "noise");
  // ~4 MB of one repeated paragraph: one distinct shingle cycle, linear time.
  std::string big;
  while (big.size() < (4u << 20)) big += kStory[1] + " ";
  EXPECT_EQ(index.Check("big", big), "");
  EXPECT_EQ(index.Check("big again", big + kStory[1]), "big");
}

TEST(DuplicateIndex, ThresholdIsConfigurable) {
  std::vector<std::string> half(kStory.begin(), kStory.begin() + 4);
  DedupOptions loose;
  loose.threshold = 0.4;
  DuplicateIndex loose_index(loose);
  ASSERT_EQ(loose_index.Check("full", Join(kStory)), "");
  EXPECT_EQ(loose_index.Check("part", Join(half)), "full");

  DuplicateIndex strict_index;  // default 0.8
  ASSERT_EQ(strict_index.Check("full", Join(kStory)), "");
  EXPECT_EQ(strict_index.Check("part", Join(half)), "");
}

TEST(DuplicateIndex, CheckSketchMatchesCheck) {
  DuplicateIndex index;
  ShingleSketcher sketcher(index.options().shingle_words, index.num_hashes());
  ShingleSketch sketch;
  sketcher.Sketch(Join(kStory), &sketch);
  ASSERT_EQ(index.CheckSketch("pre", sketch), "");
  EXPECT_EQ(index.Check("post", Join(kStory)), "pre");
  // A sketch from a mismatched sketcher degrades to exact matching, no crash.
  ShingleSketcher other(5, 7);
  other.Sketch(Join(kStory), &sketch);
  EXPECT_EQ(index.CheckSketch("odd", sketch), "");
}

TEST(DuplicateIndex, MemoryPerDocumentIsSmall) {
  DuplicateIndex index;
  const std::string text = Join(kStory);
  for (int i = 0; i < 2000; ++i) {
    const std::string n = std::to_string(i);
    ASSERT_EQ(index.Check(n, n + " opening words " + n + " " + text.substr(0, 60)), "");
  }
  EXPECT_EQ(index.size(), 2000u);
  EXPECT_LT(index.MemoryBytes() / index.size(), 1200u);
}

}  // namespace
}  // namespace sitrep
