// Event coding speed on real news text (PolNeAR train texts under
// ../shared): the text layer and ActorTagger run outside the timed part, so
// the figure is EventCoder::Code alone, in sentences per second on one core.
// Skips when ../shared is absent. Prints the figure; asserts only that the
// coder found events, since a timing bound would be flaky under sanitizers.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "analyze/event_test_util.h"
#include "lexicon/line_format.h"

namespace sitrep {
namespace {

TEST(EventSpeedTest, CodesPolnearTexts) {
  const std::filesystem::path dir =
      SITREP_SOURCE_DIR "/../shared/data/attribution/polnear/train/text";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no " << dir;
  const EventWorld& world = EventWorld::Get();
  std::vector<Document> docs;
  size_t sentences = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (docs.size() >= 300) break;
    Document doc;
    if (!lexfmt::ReadFile(entry.path(), &doc.text)) continue;
    Tokenize(doc.text, &doc.tokens);
    SplitSentences(&doc);
    world.tagger->Tag(&doc);
    sentences += doc.sentences.size();
    docs.push_back(std::move(doc));
  }
  ASSERT_GT(sentences, 0u);
  size_t events = 0;
  const auto start = std::chrono::steady_clock::now();
  for (Document& doc : docs) {
    world.coder->Code(&doc);
    events += doc.events.size();
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("event coding: %zu sentences, %zu events, %.0f sentences/s\n", sentences, events,
              sentences / secs);
  EXPECT_GT(events, 0u);
}

}  // namespace
}  // namespace sitrep
