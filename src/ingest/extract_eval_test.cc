#include "ingest/extract_eval.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace sitrep {
namespace {

TEST(WordTokens, UnicodeWordCharacters) {
  auto t = WordTokens("Zoë's café, 3.5 km_h — naïve!");
  std::vector<std::string_view> want = {"Zoë", "s", "café", "3", "5", "km_h", "naïve"};
  EXPECT_EQ(t, want);
  EXPECT_TRUE(WordTokens(" ,.;— ").empty());
  // Invalid UTF-8 splits tokens instead of crashing.
  EXPECT_EQ(WordTokens("ab\xFF"
                       "cd")
                .size(),
            2u);
}

TEST(MatchShingles, CountsMultisetOverlap) {
  // gold: a b c d e -> {abcd, bcde}; got: a b c d x -> {abcd, bcdx}.
  ShingleMatch m = MatchShingles("a b c d x", "a b c d e");
  EXPECT_EQ(m.tp, 1u);
  EXPECT_EQ(m.fp, 1u);
  EXPECT_EQ(m.fn, 1u);
  // Repeated shingles count as many times as they occur on both sides.
  m = MatchShingles("a b c d a b c d", "a b c d");
  EXPECT_EQ(m.tp, 1u);
  EXPECT_EQ(m.fp, 4u);
  EXPECT_EQ(m.fn, 0u);
  // Case is kept; fewer than four tokens make one shingle.
  m = MatchShingles("Test", "test");
  EXPECT_EQ(m.tp, 0u);
  EXPECT_EQ(m.fp, 1u);
  EXPECT_EQ(m.fn, 1u);
  m = MatchShingles("", "one two");
  EXPECT_EQ(m.tp + m.fp, 0u);
  EXPECT_EQ(m.fn, 1u);
}

TEST(Summarize, AveragesOverTheRightPages) {
  ExtractScores s;
  PageScore a;  // perfect page
  a.produced_text = a.has_gold_text = true;
  a.precision = a.recall = 1;
  a.title = 1;
  PageScore b;  // produced nothing: counts for recall only
  b.has_gold_text = true;
  b.title = 0;
  b.byline = 1;
  PageScore c;  // gold empty, produced text: counts for precision only
  c.produced_text = true;
  c.precision = 0.5;
  s.rows = {a, b, c};
  Summarize(s);
  EXPECT_DOUBLE_EQ(s.precision, 0.75);  // (1 + 0.5) / 2
  EXPECT_DOUBLE_EQ(s.recall, 0.5);      // (1 + 0) / 2
  EXPECT_DOUBLE_EQ(s.f1, 2 * 0.75 * 0.5 / 1.25);
  EXPECT_DOUBLE_EQ(s.title_rate, 0.5);
  EXPECT_EQ(s.title_pages, 2u);
  EXPECT_DOUBLE_EQ(s.byline_rate, 1.0);
  EXPECT_EQ(s.date_pages, 0u);
}

TEST(ScoreExtraction, MissingDirectoryIsAnError) {
  ExtractScores s = ScoreExtraction("/nonexistent/dir");
  EXPECT_FALSE(s.error.empty());
  EXPECT_EQ(s.pages, 0u);
}

// The real benchmark; prints figures. SITREP_EVAL_VERBOSE=1 lists pages.
TEST(ScoreExtraction, ReadabilityPages) {
  std::string dir = SITREP_SOURCE_DIR "/../shared/data/extraction/readability-pages";
  if (!std::filesystem::exists(dir + "/ground-truth.json")) GTEST_SKIP() << "no shared data";
  ExtractScores s = ScoreExtraction(dir);
  ASSERT_TRUE(s.error.empty()) << s.error;
  if (std::getenv("SITREP_EVAL_VERBOSE")) {
    for (const PageScore& r : s.rows) {
      std::printf("%-40s P=%.3f R=%.3f title=%d byline=%d date=%d  [%s] vs [%s]\n", r.id.c_str(),
                  r.precision, r.recall, r.title, r.byline, r.date, r.got_title.c_str(),
                  r.gold_title.c_str());
    }
  }
  std::printf(
      "pages=%zu P=%.4f R=%.4f F1=%.4f title=%.3f (%zu) byline=%.3f (%zu) date=%.3f (%zu)\n",
      s.pages, s.precision, s.recall, s.f1, s.title_rate, s.title_pages, s.byline_rate,
      s.byline_pages, s.date_rate, s.date_pages);
  std::printf("extraction: %.1f MB in %.3f s = %.1f MB/s\n", s.html_bytes / 1e6, s.extract_seconds,
              s.html_bytes / 1e6 / s.extract_seconds);
  EXPECT_EQ(s.pages, 130u);
  EXPECT_GT(s.f1, 0.85);
  EXPECT_GT(s.title_rate, 0.85);
}

}  // namespace
}  // namespace sitrep
