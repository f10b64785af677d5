#include "ingest/furniture_date.h"

#include <gtest/gtest.h>

namespace sitrep::furniture {
namespace {

TEST(ParseDateLineTest, NumericForms) {
  EXPECT_EQ(ParseDateLine("Coast Affairs 5/15/22"), "2022-05-15");
  EXPECT_EQ(ParseDateLine("15/5/2022"), "2022-05-15");  // day-first: 15 is no month
  EXPECT_EQ(ParseDateLine("3/4/2021"), "2021-03-04");   // ambiguous: US order
  EXPECT_EQ(ParseDateLine("Updated 2022-05-15T10:32:00Z"), "2022-05-15");
}

TEST(ParseDateLineTest, WrittenForms) {
  EXPECT_EQ(ParseDateLine("May 15, 2022"), "2022-05-15");
  EXPECT_EQ(ParseDateLine("Published Sept. 3, 2021 10:32 AM"), "2021-09-03");
  EXPECT_EQ(ParseDateLine("15 May 2022"), "2022-05-15");
  EXPECT_EQ(ParseDateLine("Dec 31 1999"), "1999-12-31");
}

TEST(ParseDateLineTest, RejectsInvalidAndLongLines) {
  EXPECT_EQ(ParseDateLine("13/13/22"), std::nullopt);
  EXPECT_EQ(ParseDateLine("February 30, 2022"), std::nullopt);
  EXPECT_EQ(ParseDateLine("2022-13-01"), std::nullopt);
  EXPECT_EQ(ParseDateLine("No date here at all"), std::nullopt);
  EXPECT_EQ(ParseDateLine("The council met on May 15, 2022 and voted to close the pier"),
            std::nullopt);
  EXPECT_EQ(ParseDateLine("Mayor 15, 2022"), std::nullopt);
  EXPECT_EQ(ParseDateLine(""), std::nullopt);
}

}  // namespace
}  // namespace sitrep::furniture
