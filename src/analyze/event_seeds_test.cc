// The events the Events issue names, on the seed articles in
// ../shared/corpus/seeds (skipped when absent). Checks root codes and the
// countries of source and target, and that no attack by Belarusian forces is
// coded as having happened.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "analyze/event_test_util.h"
#include "ingest/furniture.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

std::string Country(const Document& doc, uint32_t actor, const std::string& code) {
  if (actor != kNoActor && !doc.actors[actor].country.empty()) return doc.actors[actor].country;
  return code.substr(0, 3);
}

class EventSeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::filesystem::path dir = SITREP_SOURCE_DIR "/../shared/corpus/seeds";
    if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no " << dir;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Document doc;
      RepairUtf8(ss.str(), &doc.input);
      StripFurniture(&doc);
      Tokenize(doc.text, &doc.tokens);
      SplitSentences(&doc);
      const EventWorld& w = EventWorld::Get();
      w.tagger->Tag(&doc);
      w.coder->Code(&doc);
      docs_.push_back(std::move(doc));
    }
  }

  // An event with this root whose source and target countries are in the sets
  // (either way round when `symmetric`), and whose trigger contains `word`.
  bool Has(std::string_view root, std::set<std::string> src, std::set<std::string> tgt,
           bool factual_only = true) const {
    for (const Document& doc : docs_) {
      for (const Event& e : doc.events) {
        if (e.root != root || (factual_only && !e.factual())) continue;
        const std::string s = Country(doc, e.source, e.source_code);
        const std::string t = Country(doc, e.target, e.target_code);
        if ((src.empty() || src.count(s)) && (tgt.empty() || tgt.count(t))) return true;
      }
    }
    return false;
  }

  std::string DumpRoot(std::string_view root) const {
    std::string out;
    for (const Document& doc : docs_) {
      for (const Event& e : doc.events) {
        if (e.root == root) {
          out += e.code + " '" + std::string(doc.view(e.trigger)) + "' " + e.source_code + " -> " +
                 e.target_code + " " + e.modality + (e.negated ? " negated\n" : "\n");
        }
      }
    }
    return out;
  }

  std::vector<Document> docs_;
};

TEST_F(EventSeedsTest, PutinMetLukashenko) {
  EXPECT_TRUE(Has("04", {"RUS", "BLR"}, {"RUS", "BLR"})) << DumpRoot("04");
}

TEST_F(EventSeedsTest, LukashenkoBlamedBritainAndTheUnitedStates) {
  EXPECT_TRUE(Has("11", {"BLR"}, {"GBR", "USA"})) << DumpRoot("11");
}

TEST_F(EventSeedsTest, WesternSanctionsOnBelarus) {
  EXPECT_TRUE(Has("16", {}, {"BLR"})) << DumpRoot("16");
}

TEST_F(EventSeedsTest, BelarusArrestedProtasevich) {
  bool found = false;
  for (const Document& doc : docs_) {
    for (const Event& e : doc.events) {
      if (e.code == "173" && e.factual() && e.target != kNoActor &&
          doc.actors[e.target].name.find("Protasevich") != std::string::npos) {
        found = true;
      }
    }
  }
  EXPECT_TRUE(found) << DumpRoot("17");
}

TEST_F(EventSeedsTest, LukashenkoFormsJointGroupOfTroopsWithRussia) {
  EXPECT_TRUE(Has("15", {"BLR"}, {"RUS"})) << DumpRoot("15");
}

TEST_F(EventSeedsTest, NoAttackByBelarusianForcesHappened) {
  for (const Document& doc : docs_) {
    for (const Event& e : doc.events) {
      if (e.quad != 4 || e.root < "18" || !e.factual()) continue;
      EXPECT_NE(Country(doc, e.source, e.source_code), "BLR")
          << e.code << " '" << doc.view(e.trigger) << "'";
    }
  }
}

}  // namespace
}  // namespace sitrep
