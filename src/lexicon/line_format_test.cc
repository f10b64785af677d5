#include "lexicon/line_format.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sitrep::lexfmt {
namespace {

using ::testing::ElementsAre;

TEST(LineFormatTest, StripCommentKeepsHashInsideWords) {
  EXPECT_EQ(StripComment("  alias  C#; D   # note"), "alias  C#; D");
  EXPECT_EQ(StripComment("# whole line"), "");
  EXPECT_EQ(StripComment("\tname X\r"), "name X");
}

TEST(LineFormatTest, SplitKeyAndList) {
  auto [key, value] = SplitKey("alias \t A ;B;; C ");
  EXPECT_EQ(key, "alias");
  EXPECT_THAT(SplitList(value, ';'), ElementsAre("A", "B", "", "C"));
  EXPECT_EQ(SplitKey("actor").second, "");
}

TEST(LineFormatTest, ForEachLineNumbersFromOne) {
  std::vector<std::pair<uint32_t, std::string>> seen;
  ForEachLine("a\r\n\nc", [&](uint32_t n, std::string_view l) { seen.emplace_back(n, l); });
  EXPECT_THAT(seen, ElementsAre(std::pair<uint32_t, std::string>{1, "a"},
                                std::pair<uint32_t, std::string>{2, ""},
                                std::pair<uint32_t, std::string>{3, "c"}));
}

TEST(LineFormatTest, KeyFoldsAndCollapsesSpaces) {
  EXPECT_EQ(Key("  Alexander \t Lukashenko "), "alexander lukashenko");
  EXPECT_EQ(Key("Łukašenka"), "lukasenka");
  EXPECT_EQ(Key("Gitanas NAUSĖDA"), "gitanas nauseda");
  EXPECT_EQ(Key(""), "");
  EXPECT_EQ(Key(Key("Viačorka  X")), Key("Viačorka  X"));
}

}  // namespace
}  // namespace sitrep::lexfmt
