#include "lexicon/actor.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(ParseLexiconDateTest, FullAndPartialDates) {
  EXPECT_EQ(ParseLexiconDate("1994-07-20"), 19940720u);
  EXPECT_EQ(ParseLexiconDate("2020"), 20200101u);
  EXPECT_EQ(ParseLexiconDate("2020", true), 20201231u);
  EXPECT_EQ(ParseLexiconDate("2024-02", true), 20240229u);  // leap year
  EXPECT_EQ(ParseLexiconDate("2023-02", true), 20230228u);
  EXPECT_EQ(ParseLexiconDate("2023-11"), 20231101u);
}

TEST(ParseLexiconDateTest, RejectsMalformed) {
  for (const char* s : {"", "-", "20", "2020-13", "2020-00-10", "2023-02-29", "2020-1-1",
                        "2020/01/01", "2020-01-011", "abcd", "0000"}) {
    EXPECT_FALSE(ParseLexiconDate(s).has_value()) << s;
  }
}

TEST(ActorTest, CodeOnPicksRoleByDate) {
  Actor a;
  a.code = "USAGOV";
  a.roles = {{"USAGOV", 20170120, 20210119}, {"USAELI", 20210120, 20250119}};
  EXPECT_EQ(a.CodeOn(20180101), "USAGOV");
  EXPECT_EQ(a.CodeOn(20220601), "USAELI");
  EXPECT_EQ(a.CodeOn(20250120), "USAGOV");  // no role: the default
  EXPECT_EQ(a.CodeOn(0), "USAGOV");
}

TEST(ActorTest, KindNamesRoundTrip) {
  for (ActorKind k :
       {ActorKind::kPerson, ActorKind::kOrganization, ActorKind::kCountry, ActorKind::kGroup}) {
    EXPECT_EQ(ParseActorKind(ActorKindName(k)), k);
  }
  EXPECT_FALSE(ParseActorKind("company").has_value());
}

}  // namespace
}  // namespace sitrep
