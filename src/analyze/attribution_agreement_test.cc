#include "analyze/attribution_agreement.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace sitrep {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << s;
}

// Offsets:  0 Ana Vell | 9 said | 14 the plan works.
constexpr char kText[] = "Ana Vell said the plan works. Bo Rusk denied it.";

TEST(ScoreAgreement, SecondAnnotatorIsScoredAgainstTheFirst) {
  const fs::path dir = fs::path(testing::TempDir()) / "sitrep_agreement";
  fs::remove_all(dir);
  Write(dir / "text/a.txt", kText);
  // The first annotator marks both reports; the second marks the first
  // with a longer content and misses the second.
  Write(dir / "attributions/a_ann1.ann",
        "T1\tSource 0 8\tAna Vell\nT2\tCue 9 13\tsaid\nT3\tContent 14 28\tthe plan works\n"
        "E1\tAttribution:T9 Source:T1 Cue:T2 Content:T3\n"
        "T4\tSource 30 37\tBo Rusk\nT5\tCue 38 44\tdenied\nT6\tContent 45 47\tit\n"
        "E2\tAttribution:T9 Source:T4 Cue:T5 Content:T6\n");
  Write(dir / "attributions/a_ann2.ann",
        "T1\tSource 0 8\tAna Vell\nT2\tCue 9 13\tsaid\nT3\tContent 14 29\tthe plan works.\n"
        "E1\tAttribution:T9 Source:T1 Cue:T2 Content:T3\n");
  // A singly annotated article does not count.
  Write(dir / "text/b.txt", kText);
  Write(dir / "attributions/b_ann1.ann",
        "T1\tCue 9 13\tsaid\nT2\tContent 14 28\tx\nE1\tAttribution:T9 Cue:T1 Content:T2\n");

  std::string error;
  auto s = ScoreAgreement(dir.string(), &error);
  ASSERT_TRUE(s) << error;
  EXPECT_EQ(s->documents, 1u);
  EXPECT_EQ(s->cue.gold, 2u);
  EXPECT_EQ(s->cue.predicted, 1u);
  EXPECT_EQ(s->cue.exact, 1u);
  EXPECT_EQ(s->source.exact, 1u);
  EXPECT_EQ(s->content.exact, 0u);
  EXPECT_EQ(s->content.overlap, 1u);
  EXPECT_NEAR(s->cue.ExactF1(), 2.0 / 3, 1e-9);
  fs::remove_all(dir);
}

TEST(ScoreAgreement, MissingDirectoryIsAnError) {
  std::string error;
  EXPECT_FALSE(ScoreAgreement("/nonexistent/sitrep", &error));
  EXPECT_NE(error.find("expected text/"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
