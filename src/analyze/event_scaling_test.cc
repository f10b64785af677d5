// The coder's work must grow linearly with the document: per-event steps
// (date, nearest dated sentence) may not rescan the sentence or the document.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

// Seconds to code `n` copies of `unit` as one document (text layer and
// actors outside the timing).
double SecondsToCode(const std::string& unit, int n, size_t* events) {
  const EventWorld& world = EventWorld::Get();
  Document doc;
  for (int i = 0; i < n; ++i) doc.text += unit;
  Tokenize(doc.text, &doc.tokens);
  SplitSentences(&doc);
  world.tagger->Tag(&doc);
  const auto t0 = std::chrono::steady_clock::now();
  world.coder->Code(&doc);
  *events = doc.events.size();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void ExpectLinear(const std::string& unit, int n) {
  size_t e1 = 0, e2 = 0;
  SecondsToCode(unit, n / 4, &e1);  // warm up
  // The fastest of three runs each: a busy machine only ever adds time.
  double small = 1e9, large = 1e9;
  for (int r = 0; r < 3; ++r) {
    small = std::min(small, SecondsToCode(unit, n, &e1));
    large = std::min(large, SecondsToCode(unit, 4 * n, &e2));
  }
  EXPECT_GT(e2, e1);
  // Four times the input: linear work takes about 4x, quadratic about 16x.
  EXPECT_LT(large, 9 * small + 0.05) << small << " s vs " << large << " s";
}

TEST(EventScaling, ManyEventsInOneSentence) {
  ExpectLinear("Poland condemned Lithuania, ", 2000);
}

TEST(EventScaling, ManyDatedSentencesWithoutPublicationDate) {
  ExpectLinear("On March 3, 2021 Poland condemned Lithuania. Latvia met Estonia on Tuesday. ",
               1500);
}

}  // namespace
}  // namespace sitrep
