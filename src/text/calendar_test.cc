#include "text/calendar.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

std::string Iso(std::optional<CivilDate> d) { return d ? FormatIsoDate(*d) : "none"; }

TEST(CalendarTest, ValidityKnowsMonthLengthsAndLeapYears) {
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_FALSE(IsValidDate(2023, 2, 29));
  EXPECT_FALSE(IsValidDate(1900, 2, 29));  // divisible by 100, not by 400
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
  EXPECT_FALSE(IsValidDate(2022, 4, 31));
  EXPECT_TRUE(IsValidDate(2022, 12, 31));
  EXPECT_FALSE(IsValidDate(2022, 13, 1));
  EXPECT_FALSE(IsValidDate(2022, 0, 1));
  EXPECT_FALSE(IsValidDate(1899, 1, 1));
  EXPECT_FALSE(IsValidDate(2101, 1, 1));
}

TEST(CalendarTest, IsoRoundTrip) {
  EXPECT_EQ(Iso(ParseIsoDate("2022-05-15")), "2022-05-15");
  EXPECT_EQ(Iso(ParseIsoDate("2022-5-15")), "none");
  EXPECT_EQ(Iso(ParseIsoDate("2022-02-30")), "none");
  EXPECT_EQ(Iso(ParseIsoDate("2022-05-15T")), "none");
}

TEST(CalendarTest, MonthNames) {
  EXPECT_EQ(MonthFromName("January"), 1);
  EXPECT_EQ(MonthFromName("jan."), 1);
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("SEP"), 9);
  EXPECT_EQ(MonthFromName("May"), 5);
  EXPECT_EQ(MonthFromName("Mayor"), 0);
  EXPECT_EQ(MonthFromName("Marsh"), 0);
  EXPECT_EQ(MonthFromName("Ju"), 0);
  EXPECT_EQ(MonthFromName("Septembers"), 0);
}

TEST(CalendarTest, WeekdayNames) {
  EXPECT_EQ(WeekdayFromName("Sunday"), 0);
  EXPECT_EQ(WeekdayFromName("tuesday"), 2);
  EXPECT_EQ(WeekdayFromName("Tue"), -1);
}

TEST(CalendarTest, DigitDates) {
  EXPECT_EQ(Iso(ParseDigitDate("2022-05-15T10:00:00Z")), "2022-05-15");
  EXPECT_EQ(Iso(ParseDigitDate("2022/05/15")), "2022-05-15");
  EXPECT_EQ(Iso(ParseDigitDate("2022.05.15 10:00")), "2022-05-15");
  EXPECT_EQ(Iso(ParseDigitDate("2022-05/15")), "none");  // mixed separators
  EXPECT_EQ(Iso(ParseDigitDate("20220515")), "2022-05-15");
  EXPECT_EQ(Iso(ParseDigitDate("202205151")), "none");
  EXPECT_EQ(Iso(ParseDigitDate("5/15/22")), "2022-05-15");
  EXPECT_EQ(Iso(ParseDigitDate("15/5/2022,")), "2022-05-15");
  EXPECT_EQ(Iso(ParseDigitDate("3/4/2021")), "2021-03-04");  // ambiguous: US order
  EXPECT_EQ(Iso(ParseDigitDate("13/13/22")), "none");
  EXPECT_EQ(Iso(ParseDigitDate("1/2/345")), "none");
  EXPECT_EQ(Iso(ParseDigitDate("")), "none");
  EXPECT_EQ(Iso(ParseDigitDate("/")), "none");
}

}  // namespace
}  // namespace sitrep
