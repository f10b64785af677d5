// Attributions the finder used to miss: a cue after another report in the
// same sentence, a final "..., she said." after an earlier cue, cue spans
// with auxiliaries, negation and "be", participles after "by" or a quoted
// comma, and belief and stance verbs. Invented sentences and names.
#include <gtest/gtest.h>

#include <string>

#include "analyze/attribution.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;
using testing::WithCue;

TEST(AttributionRecall, FinalSpeakerReportsTheWholeClause) {
  Document doc = AnalyzeText("Ilse Varn found the pier unsafe for boats, she said.");
  const Statement* said = WithCue(doc, "said");
  ASSERT_NE(said, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, said->source), "she");
  EXPECT_EQ(View(doc, said->content), "Ilse Varn found the pier unsafe for boats");
  // The earlier cue's clause stops at the comma.
  const Statement* found = WithCue(doc, "found");
  ASSERT_NE(found, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, found->content), "the pier unsafe for boats");
}

TEST(AttributionRecall, FinalAccordingToAfterAQuotedSpeaker) {
  Document doc = AnalyzeText(
      "\u201cThe files are late,\u201d the judge said, according to the Harbor Ledger.");
  ASSERT_NE(WithCue(doc, "said"), nullptr) << testing::Dump(doc);
  const Statement* acc = WithCue(doc, "according to");
  ASSERT_NE(acc, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, acc->source), "the Harbor Ledger");
  EXPECT_EQ(View(doc, acc->content), "\u201cThe files are late,\u201d the judge said");
}

TEST(AttributionRecall, SecondReportInTheSentenceIsItsOwn) {
  Document doc = AnalyzeText(
      "While some neighbours say Oren Malsk would win easily, others say he has never been "
      "weaker.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "Oren Malsk would win easily");
  EXPECT_EQ(View(doc, doc.statements[1].source), "others");
  EXPECT_EQ(View(doc, doc.statements[1].content), "he has never been weaker");
}

TEST(AttributionRecall, CoordinatedPronounReport) {
  Document doc = AnalyzeText("Observers expect Malsk to win, and they say he will need luck.");
  const Statement* say = WithCue(doc, "say");
  ASSERT_NE(say, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, say->source), "they");
  EXPECT_EQ(View(doc, say->content), "he will need luck");
  const Statement* expect = WithCue(doc, "expect");
  ASSERT_NE(expect, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, expect->content), "Malsk to win");
}

TEST(AttributionRecall, RelativeClauseReportLeavesTheMainCue) {
  Document doc =
      AnalyzeText("Malsk, who has proposed a toll on the bridge, said the answer is no.");
  const Statement* proposed = WithCue(doc, "has proposed");
  ASSERT_NE(proposed, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, proposed->content), "a toll on the bridge");
  const Statement* said = WithCue(doc, "said");
  ASSERT_NE(said, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, said->content), "the answer is no");
  ASSERT_TRUE(said->source.has_value());
  EXPECT_EQ(doc.view(*said->source).substr(0, 5), "Malsk");
}

TEST(AttributionRecall, SpeakerSentenceAfterASplitOffQuote) {
  Document doc = AnalyzeText("\u201cWe will win this county.\u201d Malsk said. Rain fell.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Malsk");
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cWe will win this county.\u201d");
  EXPECT_TRUE(doc.statements[0].direct);
}

TEST(AttributionRecall, NoQuoteBeforeALoneSpeakerSentence) {
  Document doc = AnalyzeText("The vote was close. Malsk said.");
  EXPECT_TRUE(doc.statements.empty()) << testing::Dump(doc);
}

TEST(AttributionRecall, CueSpanTakesBeNegationAndAdverbs) {
  Document doc = AnalyzeText(
      "Varn was asked whether the pier would reopen. Malsk did not mention the toll. "
      "Varn now says the vote was fair. The council is demanding a new ferry.");
  EXPECT_NE(WithCue(doc, "was asked"), nullptr) << testing::Dump(doc);
  EXPECT_NE(WithCue(doc, "did not mention"), nullptr) << testing::Dump(doc);
  EXPECT_NE(WithCue(doc, "now says"), nullptr) << testing::Dump(doc);
  EXPECT_NE(WithCue(doc, "is demanding"), nullptr) << testing::Dump(doc);
}

TEST(AttributionRecall, BeIsNotTakenBeforeABaseForm) {
  // "is" before a base form is not an auxiliary of it: no "is support".
  Document doc = AnalyzeText("The problem is support for the toll among farmers.");
  EXPECT_EQ(WithCue(doc, "is support"), nullptr) << testing::Dump(doc);
}

TEST(AttributionRecall, FinalDayStaysInTheCue) {
  Document doc = AnalyzeText("The pier will reopen in May, Varn said Tuesday.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].cue), "said Tuesday");
  EXPECT_EQ(View(doc, doc.statements[0].content), "The pier will reopen in May");
  // Before the clause the day is not part of the cue.
  Document later = AnalyzeText("Varn said Tuesday the pier will reopen in May.");
  ASSERT_EQ(later.statements.size(), 1u) << testing::Dump(later);
  EXPECT_EQ(View(later, later.statements[0].cue), "said");
}

TEST(AttributionRecall, ParticipleAfterBy) {
  Document doc = AnalyzeText("Malsk calmed the crowd by saying the ferry would keep running.");
  const Statement* s = WithCue(doc, "saying");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->content), "the ferry would keep running");
  // Other participles report only after a comma, a preposition or "be".
  Document none = AnalyzeText("Fishing boats kept adding weight to the old pier.");
  EXPECT_EQ(WithCue(none, "adding"), nullptr) << testing::Dump(none);
  // "saying" reports wherever it stands, but "the saying" is a noun.
  Document sign = AnalyzeText("Ana Pell held up a sign saying the pier must stay open.");
  const Statement* saying = WithCue(sign, "saying");
  ASSERT_NE(saying, nullptr) << testing::Dump(sign);
  EXPECT_EQ(View(sign, saying->content), "the pier must stay open");
  Document noun = AnalyzeText("As the saying goes, the tide waits for no one.");
  EXPECT_EQ(WithCue(noun, "saying"), nullptr) << testing::Dump(noun);
}

TEST(AttributionRecall, AddresseeStopsAtAParticipleCue) {
  Document doc = AnalyzeText(
      "Dana Pell urged voters to back Malsk, saying, \u201cThere is no time to lose.\u201d");
  const Statement* urged = WithCue(doc, "urged");
  ASSERT_NE(urged, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, urged->content), "voters to back Malsk");
  const Statement* saying = WithCue(doc, "saying");
  ASSERT_NE(saying, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, saying->content), "\u201cThere is no time to lose.\u201d");
}

TEST(AttributionRecall, ParticipleAfterAQuotedComma) {
  Document doc = AnalyzeText(
      "Varn said that there is \u201conly one ferry left,\u201d adding that it runs late.");
  const Statement* said = WithCue(doc, "said");
  ASSERT_NE(said, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, said->content), "that there is \u201conly one ferry left,\u201d");
  const Statement* adding = WithCue(doc, "adding");
  ASSERT_NE(adding, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, adding->content), "that it runs late");
}

TEST(AttributionRecall, QuotationAfterAnOpeningPhraseIsForward) {
  Document doc =
      AnalyzeText("On the radio last week, she stated, \u201cWe will not leave the valley.\u201d");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].content), "\u201cWe will not leave the valley.\u201d");
}

TEST(AttributionRecall, BeliefAndStanceVerbs) {
  Document doc = AnalyzeText(
      "Varn sees a path to a majority. Malsk lamented that the ferry was late. "
      "The mayor has portrayed the toll as fair.");
  EXPECT_NE(WithCue(doc, "sees"), nullptr) << testing::Dump(doc);
  EXPECT_NE(WithCue(doc, "lamented"), nullptr) << testing::Dump(doc);
  const Statement* portrayed = WithCue(doc, "has portrayed");
  ASSERT_NE(portrayed, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, portrayed->content), "the toll as fair");  // attr-spans: ObjectEnd
}

TEST(AttributionRecall, ReportedlyReportsItsClause) {
  Document doc = AnalyzeText(
      "In total, the intruders have reportedly entered 40 offices, leaving staff uneasy.");
  const Statement* s = WithCue(doc, "reportedly");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_FALSE(s->source.has_value());
  EXPECT_EQ(View(doc, s->content), "the intruders have reportedly entered 40 offices");
  // "allegedly" is left alone: PolNeAR rarely marks it.
  Document alleged = AnalyzeText("The funds were allegedly moved abroad.");
  EXPECT_EQ(WithCue(alleged, "allegedly"), nullptr) << testing::Dump(alleged);
}

TEST(AttributionRecall, DigestNameColonQuote) {
  Document doc = AnalyzeText(
      "Turnout held up all along - More from Dana Pell and Ari Voss: \u201cOur data shows "
      "it.\u201d");
  const Statement* s = WithCue(doc, ":");
  ASSERT_NE(s, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, s->source), "Dana Pell and Ari Voss");
  EXPECT_EQ(View(doc, s->content), "\u201cOur data shows it.\u201d");
  // A colon inside running text is not a speaker label.
  Document running =
      AnalyzeText("The sign at the pier of Port Velin read in Large Letters: \u201cClosed.\u201d");
  EXPECT_EQ(WithCue(running, ":"), nullptr) << testing::Dump(running);
}

TEST(AttributionRecall, AskedByAgentIsTheSource) {
  Document doc = AnalyzeText("Asked by a reporter if he would run, Malsk said no.");
  const Statement* asked = WithCue(doc, "Asked");
  ASSERT_NE(asked, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, asked->source), "a reporter");
  EXPECT_EQ(View(doc, asked->content), "if he would run");
  ASSERT_NE(WithCue(doc, "said"), nullptr) << testing::Dump(doc);
  // Other passives with "by" are no cue.
  Document reported = AnalyzeText("The fire was reported by a neighbour at dawn.");
  EXPECT_TRUE(reported.statements.empty()) << testing::Dump(reported);
}

TEST(AttributionRecall, CueBeforeACommaAndParticipleLeavesItTheContent) {
  Document doc =
      AnalyzeText("Malsk then interjected, calling the toll plan \u201ca tax on boats.\u201d");
  EXPECT_EQ(WithCue(doc, "then interjected"), nullptr) << testing::Dump(doc);
  const Statement* calling = WithCue(doc, "calling");
  ASSERT_NE(calling, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, calling->content), "the toll plan \u201ca tax on boats.\u201d");
}

TEST(AttributionRecall, DeterminedCueWordIsANoun) {
  Document doc = AnalyzeText(
      "\u201cMr. Varn will oversee the count,\u201d the statement said. The pier is closed, "
      "a new report said.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "the statement");
  EXPECT_EQ(View(doc, doc.statements[1].source), "a new report");
  EXPECT_EQ(View(doc, doc.statements[1].content), "The pier is closed");
}

TEST(AttributionRecall, FinalSpeakerAfterAQuotedComma) {
  Document doc = AnalyzeText(
      "Nothing the mayor said \u201cwill calm the town,\u201d the harbour master said.");
  const Statement* last = nullptr;
  for (const Statement& s : doc.statements) last = &s;
  ASSERT_NE(last, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, last->source), "the harbour master");
  EXPECT_EQ(View(doc, last->cue), "said");
}

TEST(AttributionRecall, FinalSpeakerWithAnAdverbial) {
  Document doc =
      AnalyzeText("Pell had logged 6,300 hours of flying time, Harbor Air said on Thursday.");
  ASSERT_EQ(doc.statements.size(), 1u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[0].source), "Harbor Air");
  EXPECT_EQ(View(doc, doc.statements[0].cue), "said");
  EXPECT_EQ(View(doc, doc.statements[0].content), "Pell had logged 6,300 hours of flying time");
}

TEST(AttributionRecall, PhrasalCuesKeepTheirParticle) {
  Document doc = AnalyzeText(
      "Varn warned of delays at the pier. Malsk has railed against the toll. "
      "Farmers would vote for Varn. Malsk asked for a recount. The crowd asked to leave.");
  EXPECT_NE(WithCue(doc, "warned of"), nullptr) << testing::Dump(doc);
  EXPECT_NE(WithCue(doc, "has railed against"), nullptr) << testing::Dump(doc);
  EXPECT_NE(WithCue(doc, "would vote for"), nullptr) << testing::Dump(doc);
  EXPECT_NE(WithCue(doc, "asked for"), nullptr) << testing::Dump(doc);
  EXPECT_EQ(WithCue(doc, "asked to"), nullptr) << testing::Dump(doc);
  // "rail" and "vote" are cues only with their particle.
  Document bare = AnalyzeText("Farmers vote early. The rail line runs north.");
  EXPECT_TRUE(bare.statements.empty()) << testing::Dump(bare);
}

// An opening participle reports its object only when it has one: "Noting
// that," links to the previous sentence.
TEST(AttributionRecall, OpeningParticipleWithALonePronounIsNoReport) {
  Document doc = AnalyzeText("Noting that, these reports do seem to explain the harbour delays.");
  EXPECT_EQ(WithCue(doc, "Noting"), nullptr) << testing::Dump(doc);
  Document doc2 =
      AnalyzeText("Noting the delays, the harbour board said the pier would open in May.");
  const Statement* noting = WithCue(doc2, "Noting");
  ASSERT_NE(noting, nullptr) << testing::Dump(doc2);
  EXPECT_EQ(View(doc2, noting->content), "the delays");
}

// "as planned" compares events with a plan: no report, no speaker.
TEST(AttributionRecall, ParticipleAfterAsIsNoReport) {
  Document doc =
      AnalyzeText("The first weeks of the levy went nowhere near as planned for the mayor.");
  EXPECT_EQ(WithCue(doc, "planned"), nullptr) << testing::Dump(doc);
}

}  // namespace
}  // namespace sitrep
