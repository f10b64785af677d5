#include "analyze/attribution.h"

#include <gtest/gtest.h>

#include <chrono>

#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;

TEST(CueLexicon, ShippedFileLoads) {
  EXPECT_GT(testing::ShippedCues().size(), 150u);
  const CueEntry* e = testing::ShippedCues().FindWord("Denied");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, "denial");
  EXPECT_EQ(testing::ShippedCues().FindWord("table"), nullptr);
}

TEST(CueLexicon, RejectsMalformedLines) {
  std::string error;
  EXPECT_FALSE(CueLexicon::Parse("say\tverb\tclaim\n", &error));
  EXPECT_NE(error.find("line 1"), std::string::npos);
}

TEST(StatementFinder, IndirectWithThat) {
  Document doc = AnalyzeText("Mayor Ilse Varn said that the bridge would reopen in spring.");
  ASSERT_EQ(doc.statements.size(), 1u);
  const Statement& s = doc.statements[0];
  EXPECT_EQ(View(doc, s.source), "Mayor Ilse Varn");
  EXPECT_EQ(View(doc, s.cue), "said");
  EXPECT_EQ(View(doc, s.content), "that the bridge would reopen in spring");
  EXPECT_FALSE(s.direct);
  EXPECT_EQ(s.kind, "claim");
}

TEST(StatementFinder, PostposedQuoteWithPronoun) {
  Document doc = AnalyzeText("\u201cWe will not leave,\u201d she said. Nobody answered.");
  ASSERT_EQ(doc.statements.size(), 1u);
  EXPECT_EQ(View(doc, doc.statements[0].source), "she");
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cWe will not leave,\u201d");
  EXPECT_TRUE(doc.statements[0].direct);
}

TEST(StatementFinder, SplitQuoteAndInvertedSpeaker) {
  Document doc =
      AnalyzeText("\"The talks failed,\" said Oren Malsk, \"and they will fail again.\"");
  ASSERT_EQ(doc.statements.size(), 1u);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Oren Malsk");
  EXPECT_EQ(View(doc, doc.statements[0].content),
            "\"The talks failed,\" said Oren Malsk, \"and they will fail "
            "again.\"");
}

TEST(StatementFinder, AccordingToAndChain) {
  Document doc = AnalyzeText(
      "According to the ministry, the convoy left at dawn. The envoy also "
      "told reporters that the road was closed, adding that repairs had "
      "begun.");
  ASSERT_EQ(doc.statements.size(), 3u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "the ministry");
  EXPECT_EQ(View(doc, doc.statements[0].cue), "According to");
  EXPECT_EQ(View(doc, doc.statements[0].content), "the convoy left at dawn");
  EXPECT_EQ(View(doc, doc.statements[1].cue), "also told");
  EXPECT_EQ(View(doc, doc.statements[1].content), "that the road was closed");
  EXPECT_EQ(View(doc, doc.statements[2].source), "The envoy");
  EXPECT_EQ(View(doc, doc.statements[2].cue), "adding");
  EXPECT_EQ(View(doc, doc.statements[2].content), "that repairs had begun");
}

TEST(StatementFinder, MixedFormAndKinds) {
  Document doc = AnalyzeText(
      "The governor referred to the report as \u201ca fabrication.\u201d "
      "Tomas Reld denied the charges. Ana Pell urged voters to stay calm.");
  ASSERT_EQ(doc.statements.size(), 3u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "The governor");
  EXPECT_EQ(View(doc, doc.statements[0].cue), "referred to");
  EXPECT_EQ(doc.statements[0].kind, "denial");
  EXPECT_EQ(doc.statements[1].kind, "denial");
  EXPECT_EQ(doc.statements[1].cameo, "016");
  EXPECT_EQ(doc.statements[2].kind, "appeal");
  EXPECT_EQ(doc.statements[2].cameo, "020");
}

TEST(StatementFinder, SpeakerLinksToOverlappingMention) {
  Document doc;
  doc.text = "Ilse Varn said the vote was fair.";
  Tokenize(doc.text, &doc.tokens);
  SplitSentences(&doc);
  doc.actors.push_back(DocActor{.id = "x.ilse varn"});
  doc.mentions.push_back(Mention{Span{5, 9}, 0, MentionKind::kSurname});
  StatementFinder(testing::ShippedCues()).Find(&doc);
  ASSERT_EQ(doc.statements.size(), 1u);
  EXPECT_EQ(doc.statements[0].speaker, 0u);
}

TEST(StatementFinder, BrokenQuotesInventNothing) {
  for (const char* text : {
           "\u201cThe army is ready, he said.",             // never closed
           "He added nothing. \u201d",                      // stray close
           "The end of the file \u201cwith an open quote",  // open at end
       }) {
    Document doc = AnalyzeText(text);
    for (const Statement& s : doc.statements) {
      EXPECT_FALSE(s.direct) << text;
    }
  }
  EXPECT_TRUE(AnalyzeText("\u201cThe army is ready").statements.empty());
}

// A 100,000-word quotation, an unclosed one, and many unbalanced marks must
// run in linear time: the bound is generous for sanitizer builds.
TEST(StatementFinder, HugeQuotationIsLinear) {
  std::string body;
  for (int i = 0; i < 100000; ++i) body += "word ";
  for (const std::string& text :
       {"\u201c" + body + ",\u201d Ilse Varn said.", "Ilse Varn said \u201c" + body,
        std::string(20000, '"') + " said " + std::string(20000, '\'')}) {
    auto t0 = std::chrono::steady_clock::now();
    Document doc = AnalyzeText(text);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(s, 5.0);
    EXPECT_LE(doc.statements.size(), 1u);
  }
  Document doc = AnalyzeText("\u201c" + body + ",\u201d Ilse Varn said.");
  ASSERT_EQ(doc.statements.size(), 1u);
  EXPECT_TRUE(doc.statements[0].direct);
}

}  // namespace
}  // namespace sitrep
