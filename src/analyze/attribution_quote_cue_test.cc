// Quotation-bound cue rules, one test each, on invented sentences: a
// quotation carried over from an earlier paragraph, a participle cue's
// content ending before "and" + a second participle cue, and a cue whose
// sentence ends with a colon announcing the next paragraph, and the
// manner-of-speaking verbs that report only with a quotation.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;
using testing::WithCue;

// The statement whose cue reads `cue` and starts at or after `from`.
const Statement* CueFrom(const Document& doc, std::string_view cue, size_t from) {
  for (const Statement& s : doc.statements) {
    if (s.cue && s.cue->start >= from && doc.view(*s.cue) == cue) return &s;
  }
  return nullptr;
}

TEST(AttributionQuoteCue, CarriedQuotationGivesThisParagraphsPartToItsCue) {
  const std::string text =
      "\u201cThe pier is old,\u201d Ilse Varn said. \u201cThe board knew it for years.\n"
      "\u201cNobody fixed the pilings,\u201d Ilse Varn said. \u201cNow it is too late.\u201d\n";
  Document doc = AnalyzeText(text);
  const size_t second = text.find("\u201cNobody");
  const Statement* s = CueFrom(doc, "said", second);
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  EXPECT_EQ(View(doc, s->content),
            "\u201cNobody fixed the pilings,\u201d Ilse Varn said. \u201cNow it is too late."
            "\u201d");
  EXPECT_TRUE(s->direct);
}

TEST(AttributionQuoteCue, CarriedQuotationIgnoresTheUnclosedPartBefore) {
  // The first paragraph's quotation never closes; the news convention
  // carries it into the next paragraph, whose cue takes only its own part.
  Document doc = AnalyzeText(
      "\u201cThe pier is old, the mayor wrote.\n"
      "\u201cNobody fixed the pilings,\u201d Ilse Varn said.\n");
  const Statement* s = WithCue(doc, "said");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "\u201cNobody fixed the pilings,\u201d");
}

TEST(AttributionQuoteCue, ParticipleContentEndsBeforeASecondParticipleCue) {
  Document doc = AnalyzeText(
      "Ilse Varn spoke on Tuesday, telling reporters that the pier was unsafe and questioning "
      "why the council had waited.");
  const Statement* telling = WithCue(doc, "telling");
  ASSERT_NE(telling, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, telling->content), "that the pier was unsafe");
  const Statement* q = WithCue(doc, "questioning");
  ASSERT_NE(q, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, q->source), "Ilse Varn");
  EXPECT_EQ(View(doc, q->content), "why the council had waited");
}

TEST(AttributionQuoteCue, ParticipleContentKeepsAndWithANonCueParticiple) {
  Document doc = AnalyzeText(
      "Ilse Varn spoke on Tuesday, telling reporters that the pier was rotting and sinking "
      "fast.");
  const Statement* telling = WithCue(doc, "telling");
  ASSERT_NE(telling, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, telling->content), "that the pier was rotting and sinking fast");
}

TEST(AttributionQuoteCue, ColonAtSentenceEndAnnouncesTheNextQuotation) {
  Document doc = AnalyzeText(
      "At the dock, Ilse Varn declared:\n"
      "\u201cThe pier will close on Monday. Nobody will fish there.\u201d\n"
      "The crowd left.\n");
  const Statement* s = WithCue(doc, "declared:");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  EXPECT_EQ(View(doc, s->content),
            "\u201cThe pier will close on Monday. Nobody will fish there.\u201d");
  EXPECT_TRUE(s->direct);
}

TEST(AttributionQuoteCue, ColonAtSentenceEndAnnouncesTheNextParagraph) {
  Document doc = AnalyzeText(
      "The harbor board wrote:\n"
      "The pier will close on Monday. Boats must moor at the east quay.\n"
      "The crowd left.\n");
  const Statement* s = WithCue(doc, "wrote:");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "The harbor board");
  EXPECT_EQ(View(doc, s->content),
            "The pier will close on Monday. Boats must moor at the east quay.");
  EXPECT_FALSE(s->direct);
}

TEST(AttributionQuoteCue, ColonAtTheDocumentEndHasNoContent) {
  Document doc = AnalyzeText("The harbor board wrote:");
  EXPECT_EQ(WithCue(doc, "wrote:"), nullptr) << testing::Dump(doc);
  EXPECT_EQ(WithCue(doc, "wrote"), nullptr) << testing::Dump(doc);
}

TEST(AttributionQuoteCue, MannerVerbReportsAQuotation) {
  Document doc = AnalyzeText("\u201cThe pier stays open,\u201d Ilse Varn retorted.");
  const Statement* s = WithCue(doc, "retorted");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  EXPECT_EQ(View(doc, s->content), "\u201cThe pier stays open,\u201d");
  const Statement* b =
      WithCue(AnalyzeText("Ilse Varn barked: \"Go back to the harbor.\""), "barked:");
  EXPECT_NE(b, nullptr);
}

TEST(AttributionQuoteCue, MannerVerbWithoutAQuotationIsNoReport) {
  Document doc = AnalyzeText("Ilse Varn snapped the rope and the dog barked at the gulls.");
  EXPECT_EQ(WithCue(doc, "snapped"), nullptr) << testing::Dump(doc);
  EXPECT_EQ(WithCue(doc, "barked"), nullptr) << testing::Dump(doc);
}

TEST(AttributionQuoteCue, ShotBackIsARetortButShotIsNot) {
  Document doc = AnalyzeText("\u201cNot this year,\u201d Ilse Varn shot back.");
  const Statement* s = WithCue(doc, "shot back");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  EXPECT_EQ(View(doc, s->content), "\u201cNot this year,\u201d");
  Document shot = AnalyzeText("\u201cThe gulls scattered,\u201d after Ilse Varn shot the flare.");
  EXPECT_EQ(WithCue(shot, "shot"), nullptr) << testing::Dump(shot);
}

TEST(AttributionQuoteCue, WrittenMediumStaysInTheCue) {
  Document doc = AnalyzeText("\u201cThe pier stays open,\u201d Ilse Varn said in an email.");
  const Statement* s = WithCue(doc, "said in an email");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  EXPECT_EQ(View(doc, s->content), "\u201cThe pier stays open,\u201d");
  Document blog = AnalyzeText("Ilse Varn wrote in a blog post that the pier would close.");
  const Statement* w = WithCue(blog, "wrote in a blog post");
  ASSERT_NE(w, nullptr) << testing::Dump(blog);
  EXPECT_EQ(View(blog, w->content), "that the pier would close");
}

TEST(AttributionQuoteCue, SpokenMediumAndWroteInAnEmailStayOut) {
  Document doc = AnalyzeText("\u201cThe pier stays open,\u201d Ilse Varn said in an interview.");
  EXPECT_NE(WithCue(doc, "said"), nullptr) << testing::Dump(doc);
  Document mail = AnalyzeText("\u201cThe pier stays open,\u201d Ilse Varn wrote in an email.");
  EXPECT_NE(WithCue(mail, "wrote"), nullptr) << testing::Dump(mail);
}

TEST(AttributionQuoteCue, PossessiveInsideApostropheQuoteKeepsTheQuotation) {
  Document doc = AnalyzeText("''Marcus' boats are torn,'' Mr. Varn said. ''The dock is old.''");
  const Statement* s = WithCue(doc, "said");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Mr. Varn");
  EXPECT_EQ(View(doc, s->content),
            "''Marcus' boats are torn,'' Mr. Varn said. ''The dock is old.''");
}

TEST(AttributionQuoteCue, ProclaimAndWonderReport) {
  Document doc = AnalyzeText("Ilse Varn proclaimed that the harbor would reopen in May.");
  const Statement* p = WithCue(doc, "proclaimed");
  ASSERT_NE(p, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, p->content), "that the harbor would reopen in May");
  Document w = AnalyzeText("Ilse Varn, wondering whether the ferry would run, called the port.");
  const Statement* q = WithCue(w, "wondering");
  ASSERT_NE(q, nullptr) << testing::Dump(w);
  EXPECT_EQ(View(w, q->content), "whether the ferry would run");
}

TEST(AttributionQuoteCue, CriedReportsOnlyAQuotation) {
  Document doc = AnalyzeText("\u201cThe dock is sinking!\u201d Ilse Varn cried.");
  const Statement* s = WithCue(doc, "cried");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "\u201cThe dock is sinking!\u201d");
  EXPECT_EQ(WithCue(AnalyzeText("Ilse Varn cried when the boat left."), "cried"), nullptr);
}

TEST(AttributionQuoteCue, InfinitiveCueStartsAtToOrTheGoverningBe) {
  Document doc = AnalyzeText("Ilse Varn took to the radio to say the pier would close.");
  const Statement* s = WithCue(doc, "to say");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "the pier would close");
  Document poll = AnalyzeText("Older voters were slightly more likely to say the ferry was late.");
  const Statement* p = WithCue(poll, "were slightly more likely to say");
  ASSERT_NE(p, nullptr) << testing::Dump(poll);
  EXPECT_EQ(View(poll, p->content), "the ferry was late");
  // A finite cue keeps its own span.
  EXPECT_NE(WithCue(AnalyzeText("Ilse Varn said the pier would close."), "said"), nullptr);
}

TEST(AttributionQuoteCue, HaveWordsToSayStartsAtHave) {
  Document doc = AnalyzeText("Ilse Varn had nothing kind to say about the new pier.");
  const Statement* s = WithCue(doc, "had nothing kind to say about");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "the new pier");
  // A verb between "have" and "to" is its own clause.
  Document call = AnalyzeText("The sailors have rowed out to say the pier is unsafe.");
  EXPECT_NE(WithCue(call, "to say"), nullptr) << testing::Dump(call);
}

TEST(AttributionQuoteCue, PerfectAndModalBeStayInTheCue) {
  Document doc = AnalyzeText("Ilse Varn has been asked about the pier.");
  const Statement* s = WithCue(doc, "has been asked about");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "the pier");
}

TEST(AttributionQuoteCue, FramingVerbBeforeByParticipleJoinsTheCue) {
  Document doc = AnalyzeText("Ilse Varn responded by saying that the pier was safe.");
  const Statement* s = WithCue(doc, "responded by saying");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Ilse Varn");
  EXPECT_EQ(View(doc, s->content), "that the pier was safe");
}

}  // namespace
}  // namespace sitrep
