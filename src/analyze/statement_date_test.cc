#include "analyze/statement_date.h"

#include <gtest/gtest.h>

#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep {
namespace {

// The date FindDateIn reads from the whole of `sentence`.
std::string DateOf(std::string sentence, std::string published = "") {
  Document doc;
  doc.text = std::move(sentence);
  Tokenize(doc.text, &doc.tokens);
  return FindDateIn(doc, 0, static_cast<uint32_t>(doc.tokens.size()), published);
}

// 2022-03-10 is a Thursday.
constexpr const char* kThursday = "2022-03-10";

TEST(StatementDate, MonthAndDayResolveAgainstPublication) {
  EXPECT_EQ(DateOf("The talks opened on March 7.", kThursday), "2022-03-07");
  EXPECT_EQ(DateOf("The talks opened on March 7th.", kThursday), "2022-03-07");
  EXPECT_EQ(DateOf("The talks opened on 7 March.", kThursday), "2022-03-07");
  // Later in the year than publication: the year before.
  EXPECT_EQ(DateOf("The talks opened on Nov. 2.", kThursday), "2021-11-02");
  EXPECT_EQ(DateOf("The talks opened on May 5."), "--05-05");
}

TEST(StatementDate, ExplicitYearWins) {
  EXPECT_EQ(DateOf("The war began on February 24, 2022.", "2023-06-01"), "2022-02-24");
  EXPECT_EQ(DateOf("The war began on 24 February 2022."), "2022-02-24");
  EXPECT_EQ(DateOf("It was signed on February 30, 2022.", kThursday), "");
}

TEST(StatementDate, MonthOfYear) {
  EXPECT_EQ(DateOf("The protests began in August of 2020."), "2020-08");
  EXPECT_EQ(DateOf("The protests began in August 2020."), "2020-08");
  EXPECT_EQ(DateOf("The protests began in August.", kThursday), "2021-08");
  EXPECT_EQ(DateOf("The protests began in February.", kThursday), "2022-02");
  EXPECT_EQ(DateOf("The protests began in August."), "");
}

TEST(StatementDate, RelativeToPublication) {
  EXPECT_EQ(DateOf("The minister spoke on Tuesday.", kThursday), "2022-03-08");
  EXPECT_EQ(DateOf("The minister spoke on Thursday.", kThursday), "2022-03-10");
  EXPECT_EQ(DateOf("The minister spoke yesterday.", kThursday), "2022-03-09");
  EXPECT_EQ(DateOf("The minister will speak tomorrow.", kThursday), "2022-03-11");
  EXPECT_EQ(DateOf("Troops moved over the weekend.", kThursday), "2022-03-05");
  EXPECT_EQ(DateOf("Troops moved over the weekend.", "2022-03-06"), "2022-03-05");  // Sunday
  EXPECT_EQ(DateOf("Troops will move next weekend.", kThursday), "2022-03-12");
  EXPECT_EQ(DateOf("Troops moved last month.", kThursday), "2022-02");
  EXPECT_EQ(DateOf("Troops moved last month.", "2022-01-15"), "2021-12");
  EXPECT_EQ(DateOf("Troops moved earlier this month.", kThursday), "2022-03");
  EXPECT_EQ(DateOf("Troops moved last year.", kThursday), "2021");
  EXPECT_EQ(DateOf("Troops moved on Tuesday."), "");
}

TEST(StatementDate, WordsThatAreNoDates) {
  EXPECT_EQ(DateOf("She may 5 times refuse.", kThursday), "");
  EXPECT_EQ(DateOf("Aron Mar 5 said nothing.", kThursday), "");
  EXPECT_EQ(DateOf("The mayor spoke.", kThursday), "");
  EXPECT_EQ(DateOf("The price was 2022 dollars in all.", kThursday), "");
}

}  // namespace
}  // namespace sitrep
