#include "analyze/statement_evidence.h"

#include <gtest/gtest.h>

#include "analyze/statement_channel.h"
#include "analyze/statement_date.h"
#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::View;

TEST(Evidence, NoneCitedInSameSentenceAttachesToThatClaim) {
  Document doc = AnalyzeText(
      "Ilse Varn said the port was open. Oren Malsk claimed without citing "
      "any evidence that the port was mined.");
  ASSERT_EQ(doc.statements.size(), 2u);
  EXPECT_EQ(doc.statements[0].evidence, "");
  EXPECT_EQ(doc.statements[1].evidence, "none_cited");
}

TEST(Evidence, MarkerInNextSentence) {
  Document doc = AnalyzeText(
      "Oren Malsk said the fire was \u201can act of sabotage.\u201d Malsk did "
      "not provide proof. Ilse Varn said the harbour was calm.");
  ASSERT_EQ(doc.statements.size(), 2u);
  EXPECT_EQ(doc.statements[0].evidence, "none_cited");
  EXPECT_EQ(doc.statements[1].evidence, "");
}

TEST(Evidence, UnverifiedHedgedAndDisputed) {
  Document doc = AnalyzeText(
      "The rebels reportedly said that the bridge had fallen. These reports "
      "have not been independently verified. Ilse Varn said the dam was "
      "safe. Oren Malsk said: \u201cThat is a lie.\u201d");
  ASSERT_EQ(doc.statements.size(), 3u);
  EXPECT_EQ(doc.statements[0].evidence, "unverified");
  EXPECT_FLOAT_EQ(doc.statements[0].certainty, 0.6f);
  EXPECT_EQ(doc.statements[1].evidence, "disputed");
  EXPECT_FLOAT_EQ(doc.statements[1].certainty, 1.0f);
  EXPECT_EQ(doc.statements[2].kind, "denial");
}

// Markers apply in the order of the marker list, not of the text: the
// earlier "unverified" does not pre-empt "without citing", which is listed
// first. Matching ignores case.
TEST(Evidence, MarkerListOrderAndCaseDecide) {
  Document doc = AnalyzeText(
      "Oren Malsk said the unverified footage showed the port was mined, "
      "WITHOUT CITING a source. Allegedly, Ilse Varn said the dam was safe.");
  ASSERT_EQ(doc.statements.size(), 2u);
  EXPECT_EQ(doc.statements[0].evidence, "none_cited");
  EXPECT_FLOAT_EQ(doc.statements[0].certainty, 1.0f);
  EXPECT_FLOAT_EQ(doc.statements[1].certainty, 0.6f);
}

// A marker inside a longer word is no marker.
TEST(Evidence, MarkersMatchWholeWordsOnly) {
  Document doc = AnalyzeText(
      "Oren Malsk said the report was unverifiedly circulated and "
      "reportedlyish. Ilse Varn said the dam was safe.");
  ASSERT_EQ(doc.statements.size(), 2u);
  EXPECT_EQ(doc.statements[0].evidence, "");
  EXPECT_FLOAT_EQ(doc.statements[0].certainty, 1.0f);
}

TEST(Channel, ToldOutletVenueAndPlatform) {
  Document doc = AnalyzeText(
      "Ilse Varn told The Harbor Gazette that talks would resume. Oren Malsk "
      "said in a televised news conference that he would stay. Ana Pell "
      "tweeted that the vote was rigged.");
  ASSERT_EQ(doc.statements.size(), 3u);
  EXPECT_EQ(doc.statements[0].channel, "The Harbor Gazette");
  EXPECT_EQ(doc.statements[1].channel, "a televised news conference");
  EXPECT_EQ(doc.statements[2].channel, "Twitter");
}

TEST(Date, ResolvedAgainstPublicationOrPartial) {
  Document doc = AnalyzeText(
      "On March 7th, Ilse Varn said the border was closed. Oren Malsk said "
      "on Tuesday that it was open. On Jan. 28 Ana Pell said it was shut.",
      "2022-03-10");
  ASSERT_EQ(doc.statements.size(), 3u);
  EXPECT_EQ(doc.statements[0].date, "2022-03-07");
  EXPECT_EQ(doc.statements[1].date, "2022-03-08");  // 2022-03-10 is a Thursday
  EXPECT_EQ(doc.statements[2].date, "2022-01-28");
  Document undated = AnalyzeText("Ilse Varn said on May 5 that it was over.");
  ASSERT_EQ(undated.statements.size(), 1u);
  EXPECT_EQ(undated.statements[0].date, "--05-05");
}

}  // namespace
}  // namespace sitrep
