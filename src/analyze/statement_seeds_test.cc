// The statements named in the Statements issue, found in the seed articles
// (../shared/corpus/seeds, skipped when absent) after furniture stripping and
// the text layer.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "analyze/statement_test_util.h"
#include "ingest/furniture.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

std::vector<Document> Seeds() {
  std::vector<Document> docs;
  const fs::path dir = SITREP_SOURCE_DIR "/../shared/corpus/seeds";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return docs;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    Document doc;
    RepairUtf8(buf.str(), &doc.input);
    StripFurniture(&doc);
    testing::Analyze(&doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

// The statement whose content contains `needle`, or nullptr.
const Statement* WithContent(const std::vector<Document>& docs, std::string_view needle,
                             const Document** in) {
  for (const Document& d : docs) {
    for (const Statement& s : d.statements) {
      if (d.view(s.content).find(needle) != std::string_view::npos) {
        *in = &d;
        return &s;
      }
    }
  }
  return nullptr;
}

class SeedStatements : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = Seeds();
    if (docs_.empty()) GTEST_SKIP() << "../shared/corpus/seeds absent";
  }
  std::vector<Document> docs_;
};

TEST_F(SeedStatements, BritishOperationIsAnAccusationWithoutProof) {
  const Document* d = nullptr;
  const Statement* s = WithContent(docs_, "special British operation", &d);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(testing::View(*d, s->source), "The Belarusian leader");
  EXPECT_TRUE(s->kind == "accusation" || s->kind == "claim") << s->kind;
  EXPECT_EQ(s->evidence, "none_cited");
}

TEST_F(SeedStatements, PutinFake) {
  const Document* d = nullptr;
  const Statement* s = WithContent(docs_, "fake", &d);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(testing::View(*d, s->source), "Putin");
  EXPECT_EQ(s->kind, "denial");
  EXPECT_EQ(s->channel, "a televised news conference");
}

TEST_F(SeedStatements, OppositionReportsUnverified) {
  const Document* d = nullptr;
  const Statement* s = WithContent(docs_, "senior officers are telling", &d);
  ASSERT_NE(s, nullptr) << testing::Dump(docs_[3]);
  EXPECT_EQ(testing::View(*d, s->source), "the opposition");
  EXPECT_EQ(s->evidence, "unverified");
}

TEST_F(SeedStatements, ClaimWithoutEvidence) {
  const Document* d = nullptr;
  const Statement* s = WithContent(docs_, "planning attacks against", &d);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(testing::View(*d, s->source), "Lukashenko");
  EXPECT_EQ(s->evidence, "none_cited");
}

TEST_F(SeedStatements, TikhanovskayaDenial) {
  const Document* d = nullptr;
  const Statement* s = WithContent(docs_, "It's a lie.", &d);
  ASSERT_NE(s, nullptr);
  EXPECT_NE(testing::View(*d, s->source).find("Tikhanovskaya"), std::string::npos)
      << testing::Dump(*d);
  EXPECT_EQ(s->kind, "denial");
}

// "Exiled ... leader Sviatlana Tsikhanouskaya tagged the interview '...' and
// warned the public": the coordinated cue's speaker is the sentence subject,
// whose first word is a participle ("Exiled"), not an opener.
TEST_F(SeedStatements, TsikhanouskayaWarning) {
  const Document* d = nullptr;
  const Statement* s = WithContent(docs_, "the public not to be fooled", &d);
  ASSERT_NE(s, nullptr);
  EXPECT_NE(testing::View(*d, s->source).find("Tsikhanouskaya"), std::string::npos)
      << testing::Dump(*d);
  EXPECT_EQ(s->kind, "warning");
}

}  // namespace
}  // namespace sitrep
