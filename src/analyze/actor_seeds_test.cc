// The seed articles (../shared/corpus/seeds), run through furniture removal,
// the text layer and the actor stage. Skipped when the seeds are absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "analyze/actor_test_util.h"
#include "ingest/furniture.h"
#include "text/fold.h"

namespace sitrep {
namespace {

std::vector<Document> TaggedSeeds() {
  std::vector<Document> docs;
  const std::filesystem::path dir = SITREP_SOURCE_DIR "/../shared/corpus/seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return docs;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Document doc;
    doc.input = ss.str();
    StripFurniture(&doc);
    Tokenize(doc.text, &doc.tokens);
    SplitSentences(&doc);
    testing::ShippedTagger().Tag(&doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

TEST(ActorSeeds, OneIdPerPersonAcrossSpellingsAndDocuments) {
  const std::vector<Document> docs = TaggedSeeds();
  if (docs.empty()) GTEST_SKIP() << "no seeds";
  std::map<std::string, std::set<std::string>> ids_of;  // folded surface -> ids
  std::set<std::string> descriptions_of_lukashenko;
  size_t pronouns_linked_to_lukashenko = 0;
  for (const Document& doc : docs) {
    for (const Mention& m : doc.mentions) {
      const std::string id = doc.actors[m.actor].id;
      ids_of[Fold(doc.view(m.span))].insert(id);
      if (id == "blr.lukashenko" && m.kind == MentionKind::kDescription)
        descriptions_of_lukashenko.insert(Fold(doc.view(m.span)));
      if (id == "blr.lukashenko" && m.kind == MentionKind::kPronoun)
        ++pronouns_linked_to_lukashenko;
    }
  }
  for (const char* s : {"lukashenko", "lukashenka", "alexander lukashenko"}) {
    if (ids_of.count(s)) {
      EXPECT_EQ(ids_of[s], std::set<std::string>{"blr.lukashenko"}) << s;
    }
  }
  std::set<std::string> tsikh;
  for (const auto& [surface, ids] : ids_of) {
    if (surface.find("tsikhanouskaya") != std::string::npos ||
        surface.find("tikhanovskaya") != std::string::npos) {
      tsikh.insert(ids.begin(), ids.end());
    }
  }
  EXPECT_EQ(tsikh, std::set<std::string>{"blr.tsikhanouskaya"});
  EXPECT_GE(pronouns_linked_to_lukashenko, 1u);
  std::string descs;
  for (const auto& d : descriptions_of_lukashenko) descs += d + "; ";
  std::printf("descriptions of Lukashenko: %s\n", descs.c_str());
  EXPECT_GE(descriptions_of_lukashenko.size(), 3u);
  EXPECT_TRUE(descriptions_of_lukashenko.count("europe's last dictator"));
}

TEST(ActorSeeds, NoActorsFromFurniture) {
  const std::vector<Document> docs = TaggedSeeds();
  if (docs.empty()) GTEST_SKIP() << "no seeds";
  for (const Document& doc : docs) {
    for (const DocActor& a : doc.actors) {
      for (const char* bad : {"trump", "mcconnell", "desantis", "walker"}) {
        EXPECT_EQ(a.id.find(bad), std::string::npos) << a.id << " in " << doc.title;
      }
    }
  }
}

}  // namespace
}  // namespace sitrep
