#include "analyze/quotes.h"

#include <gtest/gtest.h>

#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep {
namespace {

std::vector<std::string> Quotes(const std::string& text) {
  Document doc;
  doc.text = text;
  Tokenize(doc.text, &doc.tokens);
  SplitSentences(&doc);
  std::vector<std::string> out;
  for (const Quotation& q : FindQuotations(doc)) {
    out.emplace_back(doc.view(q.inner));
  }
  return out;
}

TEST(Quotes, BalancedAndNested) {
  EXPECT_EQ(Quotes("He said \u201cno \u2018never\u2019 again\u201d today."),
            (std::vector<std::string>{"no \u2018never\u2019 again", "never"}));
  EXPECT_EQ(Quotes("\"One.\" Then \"two.\""), (std::vector<std::string>{"One.", "two."}));
}

TEST(Quotes, UnbalancedMarksMakeNoQuotation) {
  EXPECT_TRUE(Quotes("An \u201copen quote never closes.\nNext line.").empty());
  EXPECT_TRUE(Quotes("A stray close\u201d mark.").empty());
}

TEST(Quotes, RunsOverParagraphsWhenReopened) {
  auto q = Quotes("\u201cFirst part.\n\u201cSecond part,\u201d she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "First part.\n\u201cSecond part,");
}

TEST(Quotes, GluedApostrophesAreOneDoubleMark) {
  // Two straight apostrophes quote; a possessive apostrophe inside does not
  // close the quotation.
  EXPECT_EQ(Quotes("''Marcus' boats are torn,'' Mr. Varn said."),
            (std::vector<std::string>{"Marcus' boats are torn,"}));
  // A nested single quotation closing right before the pair.
  EXPECT_EQ(Quotes("''I hate the name 'Harbor Row,''' she said."),
            (std::vector<std::string>{"I hate the name 'Harbor Row,'", "Harbor Row,"}));
  // A pair with spaces on both sides closes the open double quotation.
  EXPECT_EQ(Quotes("''I hate the name 'Harbor Row,' '' she said."),
            (std::vector<std::string>{"I hate the name 'Harbor Row,' ", "Harbor Row,"}));
}

TEST(Quotes, LongRunsOfApostrophesStayBounded) {
  std::string text = "A";
  for (int i = 0; i < 5000; ++i) text += " ''''' x";
  EXPECT_LE(Quotes(text).size(), 5000u);
}

}  // namespace
}  // namespace sitrep
