#include "analyze/event_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace sitrep {
namespace {

TEST(EventEvalTest, MapsOldLabels) {
  EXPECT_EQ(MapPloverLabel("DEMAND"), "REQUEST");
  EXPECT_EQ(MapPloverLabel("DISAPPROVE"), "ACCUSE");
  EXPECT_EQ(MapPloverLabel("INVESTIGATE"), "ACCUSE");
  EXPECT_EQ(MapPloverLabel("FIGHT"), "ASSAULT");
  EXPECT_EQ(MapPloverLabel("AGREE"), "AGREE");
}

TEST(EventEvalTest, ScoresInventedRecords) {
  const std::string path = ::testing::TempDir() + "/events_eval_fixture.json";
  std::ofstream(path) << R"([
    {"event": "DOCUMENT", "eventText": "x"},
    {"event": "FIGHT", "eventText": "attacked", "text": "Russia attacked Ukraine on Monday.",
     "source": [{"code": "RUS"}], "target": [{"code": "UKR"}]},
    {"event": "DISAPPROVE", "eventText": "criticized",
     "text": "France criticized Germany over the plan.",
     "source": [{"code": "FRA"}], "target": [{"code": "DEU"}]},
    {"event": "AGREE", "eventText": "nothing", "text": "The weather was mild.",
     "source": [{"code": "FRA"}]}
  ])";
  EventScores s = ScoreEvents(path);
  ASSERT_TRUE(s.error.empty()) << s.error;
  EXPECT_EQ(s.records, 3u);
  EXPECT_EQ(s.type, 2u);
  EXPECT_EQ(s.triple, 2u);
  EXPECT_EQ(s.no_event, 1u);
  EXPECT_EQ((s.confusion[{"AGREE", "NONE"}]), 1u);
}

TEST(EventEvalTest, ReportsUnreadableFile) {
  EXPECT_FALSE(ScoreEvents("/nonexistent/dev.json").error.empty());
}

// The development half of the PLOVER gold records; figures go to the log and
// docs/quality.md. Floors sit a little under the measured figures so that a
// regression fails.
TEST(EventEvalTest, PloverDev) {
  const std::string path = SITREP_SOURCE_DIR "/../shared/data/events/plover-gsr/dev.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  EventScores s = ScoreEvents(path);
  ASSERT_TRUE(s.error.empty()) << s.error;
  std::cout << s.Report();
  EXPECT_GT(s.records, 100u);
  EXPECT_GE(s.Rate(s.type), 0.55);
  EXPECT_GE(s.Rate(s.source), 0.32);
  EXPECT_GE(s.Rate(s.target), 0.22);
}

}  // namespace
}  // namespace sitrep
