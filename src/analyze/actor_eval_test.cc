#include "analyze/actor_eval.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "analyze/actor_test_util.h"

namespace sitrep {
namespace {

TEST(ActorEval, GoldMentionsOnOwnSentences) {
  const MentionScore s =
      ScoreGoldMentions(SITREP_SOURCE_DIR "/data/eval/actors", testing::ShippedTagger());
  for (const std::string& e : s.errors) std::printf("  %s\n", e.c_str());
  std::printf("gold mentions: P %.3f R %.3f F1 %.3f (gold %zu, predicted %zu, correct %zu)\n",
              s.precision(), s.recall(), s.f1(), s.gold, s.predicted, s.correct);
  EXPECT_GE(s.gold, 25u);
  EXPECT_GE(s.precision(), 0.85);
  EXPECT_GE(s.recall(), 0.85);
}

TEST(ActorEval, PolnearSourceCoverage) {
  const std::filesystem::path dir = SITREP_SOURCE_DIR "/../shared/data/attribution/polnear/dev";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no PolNeAR at " << dir;
  const SourceCoverage c = ScorePolnearSources(dir, testing::ShippedTagger());
  for (size_t i = 0; i < c.missed.size() && i < 40; ++i) {
    std::printf("  missed: %s\n", c.missed[i].c_str());
  }
  std::printf("PolNeAR dev: %zu documents, %zu sources, %zu naming, %zu covered: %.3f\n",
              c.documents, c.sources, c.naming, c.covered, c.share());
  EXPECT_GT(c.documents, 50u);
  EXPECT_GE(c.share(), 0.85);
}

}  // namespace
}  // namespace sitrep

namespace sitrep {
namespace {

// Speed of tagging + resolution (not an assertion: sanitizer builds are slow;
// run the release build for figures).
TEST(ActorEval, SpeedOnPolnearTexts) {
  const std::filesystem::path dir = SITREP_SOURCE_DIR "/../shared/data/attribution/polnear";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no PolNeAR";
  const auto t0 = std::chrono::steady_clock::now();
  ActorTagger tagger(testing::ShippedLexicon(), testing::ShippedAgents(),
                     GivenNames::Load(SITREP_SOURCE_DIR "/data/names/given-names.txt"));
  const double build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::vector<Document> docs;
  size_t bytes = 0;
  for (const char* part : {"train", "dev"}) {
    for (const auto& e : std::filesystem::directory_iterator(dir / part / "text")) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      docs.push_back(testing::TextDocument(ss.str()));
      bytes += docs.back().text.size();
    }
  }
  const auto t1 = std::chrono::steady_clock::now();
  size_t mentions = 0;
  for (Document& doc : docs) {
    tagger.Tag(&doc);
    mentions += doc.mentions.size();
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  std::printf(
      "matcher build %.1f ms; tagged %zu docs, %.1f MB, %zu mentions in %.3f s: %.1f MB/s\n",
      build_ms, docs.size(), bytes / 1e6, mentions, s, bytes / 1e6 / s);
  EXPECT_GT(mentions, docs.size());
}

}  // namespace
}  // namespace sitrep
