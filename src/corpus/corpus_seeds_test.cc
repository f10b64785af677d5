// Real-data checks on the sample articles in ../shared (skipped when absent):
// five distinct English articles on related stories, with page furniture.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/dedup.h"
#include "corpus/language.h"

namespace sitrep {
namespace {

std::vector<std::string> ReadSeeds() {
  std::vector<std::string> texts;
  const std::filesystem::path dir = SITREP_SOURCE_DIR "/../shared/corpus/seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return texts;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  return texts;
}

TEST(CorpusSeeds, AllEnglish) {
  const std::vector<std::string> texts = ReadSeeds();
  if (texts.empty()) GTEST_SKIP() << "../shared/corpus/seeds not available";
  for (const std::string& t : texts) {
    const LanguageGuess g = DetectLanguage(t);
    EXPECT_EQ(g.code, "en");
    EXPECT_TRUE(g.reliable);
  }
}

TEST(CorpusSeeds, DistinctArticlesAreNotCopiesButRepeatsAre) {
  const std::vector<std::string> texts = ReadSeeds();
  if (texts.empty()) GTEST_SKIP() << "../shared/corpus/seeds not available";
  DuplicateIndex index;
  for (size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(index.Check("seed" + std::to_string(i), texts[i]), "") << i;
  }
  for (size_t i = 0; i < texts.size(); ++i) {
    // The same article with its first and last lines (furniture) dropped.
    const std::string& t = texts[i];
    const size_t first_nl = t.find('\n');
    const size_t last_nl = t.rfind('\n', t.size() - 2);
    ASSERT_NE(first_nl, std::string::npos);
    const std::string trimmed = t.substr(first_nl + 1, last_nl - first_nl);
    EXPECT_EQ(index.Check("again" + std::to_string(i), trimmed), "seed" + std::to_string(i));
  }
}

}  // namespace
}  // namespace sitrep
