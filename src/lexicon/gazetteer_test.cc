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

TEST(GazetteerTest, SpellingVariantsOfOnePlaceDoNotWarn) {
  auto r = Gazetteer::LoadText("LTU: Zarasai; Zarasaį\nLVA: Zarasai\n", "t.txt");
  ASSERT_EQ(r.diagnostics.size(), 1u);  // only the second country's claim
  EXPECT_EQ(r.diagnostics[0].line, 2u);
  EXPECT_EQ(r.gazetteer.Find("Zarasaį")->country, "LTU");
}

TEST(GazetteerTest, ShippedPlacesAndCountries) {
  auto r = Gazetteer::LoadDefault();
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().ToString();
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
  // Every ISO country has its adjective: "Gambian President X" is GMB.
  EXPECT_EQ(r.gazetteer.CountryOfAdjective("Gambian"), "GMB");
  EXPECT_EQ(r.gazetteer.CountryOfAdjective("Chadian"), "TCD");
}

}  // namespace
}  // namespace sitrep
