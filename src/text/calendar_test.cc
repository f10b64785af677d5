#include "text/calendar.h"

#include <gtest/gtest.h>

#include <string>

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

// Every month in full and abbreviated, in three cases, with and without a
// period; the lookup dispatches on the first letter, so each letter's
// months must all be reachable.
TEST(CalendarTest, EveryMonthNameAndAbbreviation) {
  const char* kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                          "july",    "august",   "september", "october", "november", "december"};
  for (int m = 1; m <= 12; ++m) {
    const std::string full = kNames[m - 1];
    std::string upper = full, title = full;
    for (char& c : upper) c = static_cast<char>(c - 32);
    title[0] = static_cast<char>(title[0] - 32);
    for (const std::string& w : {full, upper, title}) {
      EXPECT_EQ(MonthFromName(w), m) << w;
      EXPECT_EQ(MonthFromName(w + "."), m) << w;
      EXPECT_EQ(MonthFromName(w.substr(0, 3)), m) << w;
      EXPECT_EQ(MonthFromName(w.substr(0, 3) + "."), m) << w;
    }
  }
  for (const char* w : {"jum", "mat", "auf", "dex", "novel", "octobers", "jane", "ma", "s"}) {
    EXPECT_EQ(MonthFromName(w), 0) << w;
  }
}

TEST(CalendarTest, WeekdayNames) {
  const char* kDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                         "THURSDAY", "friday", "Saturday"};
  for (int d = 0; d < 7; ++d) EXPECT_EQ(WeekdayFromName(kDays[d]), d) << kDays[d];
  EXPECT_EQ(WeekdayFromName("Sundays"), -1);
  EXPECT_EQ(WeekdayFromName("today"), -1);
  EXPECT_EQ(WeekdayFromName("someday"), -1);
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
