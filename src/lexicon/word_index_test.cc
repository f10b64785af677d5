#include "lexicon/word_index.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

TEST(WordIndexTest, DenseIdsInInsertionOrder) {
  WordIndex idx;
  EXPECT_EQ(idx.Find("meet"), WordIndex::kNone);  // empty index
  EXPECT_EQ(idx.Insert("meet"), 0u);
  EXPECT_EQ(idx.Insert("sanctioning"), 1u);  // longer than 8 bytes: hashed
  EXPECT_EQ(idx.Insert("meet"), 0u);
  EXPECT_EQ(idx.size(), 2u);
  EXPECT_EQ(idx.Find("meet"), 0u);
  EXPECT_EQ(idx.Find("sanctioning"), 1u);
  EXPECT_EQ(idx.word(1), "sanctioning");
  EXPECT_EQ(idx.max_size(), 11u);
}

TEST(WordIndexTest, NearMissesAreNotFound) {
  WordIndex idx;
  idx.Insert("meet");
  idx.Insert("sanctioning");
  for (const char* w : {"", "mee", "meet ", "meets", "Meet", "sanctionin", "sanctioninG"}) {
    EXPECT_EQ(idx.Find(w), WordIndex::kNone) << w;
  }
  // A zero byte is part of the word, not padding.
  EXPECT_EQ(idx.Find(std::string_view("meet\0", 5)), WordIndex::kNone);
}

TEST(WordIndexTest, ManyWordsSurviveGrowthAndKeepTheirViews) {
  WordIndex idx;
  const std::string_view first = idx.word(idx.Insert("anchor"));
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(idx.Insert("w" + std::to_string(i * 7919)), static_cast<uint32_t>(i + 1));
  }
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(idx.Find("w" + std::to_string(i * 7919)), static_cast<uint32_t>(i + 1));
  }
  EXPECT_EQ(idx.Find("w1"), WordIndex::kNone);
  EXPECT_EQ(first, "anchor");
  EXPECT_EQ(first.data(), idx.word(0).data());
}

}  // namespace
}  // namespace sitrep
