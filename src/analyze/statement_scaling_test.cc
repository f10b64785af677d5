// A sentence holding thousands of cues must cost time linear in its length:
// per-statement work (channel, date) may not rescan the whole sentence.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

double SecondsToAnalyze(int cues) {
  std::string text;
  for (int i = 0; i < cues; ++i) text += "Ivo Marek said the bridge was closed, and ";
  text += "Ana Pell told the Harbor Gazette on Tuesday that it was open.";
  const auto t0 = std::chrono::steady_clock::now();
  Document doc = testing::AnalyzeText(std::move(text), "2022-03-10");
  const auto t1 = std::chrono::steady_clock::now();
  EXPECT_FALSE(doc.statements.empty());
  return std::chrono::duration<double>(t1 - t0).count();
}

TEST(StatementScaling, ManyCuesInOneSentenceStayLinear) {
  SecondsToAnalyze(500);  // warm up the lexicons
  // The fastest of three runs each: a busy machine only ever adds time.
  double small = 1e9, large = 1e9;
  for (int r = 0; r < 3; ++r) {
    small = std::min(small, SecondsToAnalyze(2000));
    large = std::min(large, SecondsToAnalyze(8000));
  }
  // Four times the input: linear work takes about 4x; quadratic about 16x.
  // The bound leaves room for sanitizer builds and a busy machine.
  EXPECT_LT(large, 9 * small + 0.05) << small << " s vs " << large << " s";
}

}  // namespace
}  // namespace sitrep
