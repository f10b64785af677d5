#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(GazetteerTest, LoadsPlacesAndFoldsNames) {
  auto r = Gazetteer::LoadText("# x\nRUS: St. Petersburg; Blagoveshchensk\nBLR: Minsk\n", "t.txt");
  ASSERT_TRUE(r.ok());
  const Gazetteer& g = r.gazetteer;
  ASSERT_NE(g.Find("st.  petersburg"), nullptr);
  EXPECT_EQ(g.Find("St. Petersburg")->country, "RUS");
  EXPECT_EQ(g.Find("BLAGOVESHCHENSK")->country, "RUS");
  EXPECT_EQ(g.Find("Minsk")->country, "BLR");
  EXPECT_EQ(g.Find("Atlantis"), nullptr);
  EXPECT_EQ(g.max_words(), 2u);
}

TEST(GazetteerTest, ReportsBadLines) {
  auto r = Gazetteer::LoadText("Minsk\nblr: Minsk\nBLR: Minsk;;\nBLR: Minsk\n", "t.txt");
  EXPECT_FALSE(r.ok());
  std::string m;
  for (const auto& d : r.diagnostics) m += d.ToString() + "\n";
  EXPECT_NE(m.find("t.txt:1: expected"), std::string::npos) << m;
  EXPECT_NE(m.find("t.txt:2: bad country"), std::string::npos) << m;
  EXPECT_NE(m.find("t.txt:3: empty place name"), std::string::npos) << m;
  EXPECT_NE(m.find("t.txt:4: warning: place 'Minsk' given twice"), std::string::npos) << m;
}

TEST(GazetteerTest, ShippedPlacesAndCountries) {
  auto r = Gazetteer::LoadDefault();
  ASSERT_TRUE(r.ok());
  auto actors = ActorLexicon::LoadDefault();
  ASSERT_TRUE(actors.ok());
  r.gazetteer.AddCountries(actors.lexicon);
  for (const char* city : {"Blagoveshchensk", "St. Petersburg", "Minsk", "Kyiv", "Bucha", "Vilnius"}) {
    EXPECT_NE(r.gazetteer.Find(city), nullptr) << city;
  }
  ASSERT_NE(r.gazetteer.Find("Belarus"), nullptr);
  EXPECT_EQ(r.gazetteer.Find("Belarus")->country, "BLR");
  EXPECT_TRUE(r.gazetteer.Find("Belarus")->is_country);
  EXPECT_EQ(r.gazetteer.CountryOfAdjective("Belarusian"), "BLR");
}

}  // namespace
}  // namespace sitrep
