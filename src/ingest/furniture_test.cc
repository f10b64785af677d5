// StripFurniture on invented snippets (invented outlets and people): one test
// per furniture kind, plus the "body is kept" edge cases and bad input.
#include "ingest/furniture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sitrep {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Two long body paragraphs, reused as the article around the furniture.
constexpr std::string_view kBody1 =
    "The harbour council of Port Alder voted on Tuesday to close the old timber pier, ending a "
    "decade of argument over who should pay to repair it. Councillor Mara Tesk said the vote "
    "was the hardest of her career.";
constexpr std::string_view kBody2 =
    "Fishing crews that have tied up at the pier for three generations will move to the new "
    "concrete quay on the north shore, which opened last spring and still has empty berths.";

Document Clean(std::string input) {
  Document doc;
  doc.input = std::move(input);
  StripFurniture(&doc);
  return doc;
}

std::string Article(std::string_view head, std::string_view tail) {
  return std::string(head) + std::string(kBody1) + "\n\n" + std::string(kBody2) + "\n" +
         std::string(tail);
}

// The reason the line containing `needle` was removed, or "" if kept.
std::string ReasonOf(const Document& doc, std::string_view needle) {
  size_t at = doc.input.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  for (const Removed& r : doc.removed) {
    if (r.start <= at && at < r.end) return r.reason;
  }
  return "";
}

void ExpectInvariants(const Document& doc) {
  std::string rebuilt;
  uint32_t text_pos = 0;
  for (const Segment& s : doc.segments) {
    ASSERT_EQ(s.text_start, text_pos);
    ASSERT_LE(s.input_start + s.length, doc.input.size());
    rebuilt.append(doc.input, s.input_start, s.length);
    text_pos += s.length;
  }
  EXPECT_EQ(rebuilt, doc.text);
  size_t removed = 0;
  uint32_t last = 0;
  for (const Removed& r : doc.removed) {
    EXPECT_LE(last, r.start);
    EXPECT_LT(r.start, r.end);
    removed += r.end - r.start;
    last = r.end;
  }
  EXPECT_EQ(removed + doc.text.size(), doc.input.size());
}

void ExpectBodyKept(const Document& doc) {
  EXPECT_THAT(doc.text, HasSubstr(kBody1));
  EXPECT_THAT(doc.text, HasSubstr(kBody2));
}

TEST(StripFurnitureTest, PlainBodyIsUntouched) {
  std::string input = Article("", "");
  Document doc = Clean(input);
  EXPECT_EQ(doc.text, input);
  EXPECT_TRUE(doc.removed.empty());
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].length, input.size());
  EXPECT_TRUE(doc.title.empty());
}

// A standfirst is a sentence of the article: only the headline (and its
// repeat) is removed as "title".
TEST(StripFurnitureTest, RepeatedTitleRemovedStandfirstKept) {
  const std::string dek =
      "Despite years of repairs, the structure can no longer carry a loaded truck. \n\n\n";
  Document doc =
      Clean(Article("Port Alder Votes to Close Its Old Timber Pier\n\n"
                    "Port Alder Votes to Close Its Old Timber Pier\n\n" +
                        dek,
                    ""));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(doc.title, "Port Alder Votes to Close Its Old Timber Pier");
  ASSERT_EQ(doc.removed.size(), 2u);
  EXPECT_EQ(doc.removed[0].reason, "title");
  EXPECT_EQ(doc.removed[1].reason, "title");
  EXPECT_EQ(ReasonOf(doc, "Despite years"), "");
  EXPECT_EQ(doc.text, dek + Article("", ""));
}

TEST(StripFurnitureTest, SingleTitleKeepsOneSentenceLead) {
  Document doc = Clean(Article(
      "Pier closes after council vote\n\nThe pier will close on Friday, the council said.\n\n",
      ""));
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Pier closes"), "title");
  EXPECT_THAT(doc.text, HasSubstr("The pier will close on Friday, the council said."));
}

TEST(StripFurnitureTest, StandfirstUnderSingleTitleIsKept) {
  const std::string dek = "Fishing crews lose the berths their families have used for generations.";
  Document doc = Clean(Article("Pier closes after council vote\n\n" + dek + "\n\n", ""));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Pier closes"), "title");
  EXPECT_TRUE(doc.text.starts_with(dek)) << doc.text;
}

// An unpunctuated standfirst has a caption's shape but is kept; the byline
// under it is still header furniture.
TEST(StripFurnitureTest, UnpunctuatedStandfirstKeptBylineBelowRemoved) {
  const std::string dek = "Crews lose their berths as the council ends a decade of repairs";
  Document doc = Clean(Article(
      "Pier closes after council vote\n" + dek + "\nBy Jana Vell, Port Alder Daily\n\n", ""));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Pier closes"), "title");
  EXPECT_EQ(ReasonOf(doc, "Crews lose"), "");
  EXPECT_EQ(ReasonOf(doc, "By Jana"), "byline");
  EXPECT_EQ(doc.author, "Jana Vell");
  EXPECT_TRUE(doc.text.starts_with(dek + "\n" + std::string(kBody1))) << doc.text;
}

TEST(StripFurnitureTest, NavigationSectionLabelsAndHeaderCaption) {
  Document doc =
      Clean(Article("Skip to content\nPier closes after council vote\n\n | Coast News\n\n"
                    "Coast News | Port Alder Daily\n\n"
                    "Fishing boats and the old timber pier at dusk, with the lighthouse behind\n\n",
                    ""));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Skip to content"), "navigation");
  EXPECT_EQ(ReasonOf(doc, "| Coast News"), "navigation");
  EXPECT_EQ(ReasonOf(doc, "Coast News | Port"), "navigation");
  EXPECT_EQ(ReasonOf(doc, "Fishing boats and"), "caption");
  EXPECT_EQ(doc.title, "Pier closes after council vote");
}

TEST(StripFurnitureTest, CaptionsAndCredits) {
  Document doc =
      Clean(Article("Council Closes Pier\n\n"
                    "Crews unload the last catch at the old pier. (Image via Lena Brook)\n\n"
                    "Councillor Mara Tesk.\n"
                    "Councillor Mara Tesk. Ivo Dan/Coastline/AFP via Getty Images\n\n",
                    "\nPhoto: Harbour Camera Club.\n"));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Crews unload"), "caption");
  EXPECT_EQ(ReasonOf(doc, "Councillor Mara Tesk.\n"), "caption");
  EXPECT_EQ(ReasonOf(doc, "Ivo Dan"), "caption");
  EXPECT_EQ(ReasonOf(doc, "Photo: Harbour"), "credit");
}

TEST(StripFurnitureTest, BodyThatMentionsImagesIsKept) {
  const std::string mention =
      "Photo: that was the word Tesk used for the moment the last boat left, a picture she "
      "said she would keep.";
  const std::string credit_words =
      "The footage, distributed via AP, showed the pier at dawn (photo credits were disputed).";
  Document doc = Clean(Article("", "\n" + mention + "\n\n" + credit_words + "\n"));
  ExpectBodyKept(doc);
  EXPECT_THAT(doc.text, HasSubstr(mention));
  EXPECT_THAT(doc.text, HasSubstr(credit_words));
}

TEST(StripFurnitureTest, ErrorBannerRunIsRemovedButALoneSentenceStays) {
  Document doc =
      Clean(Article("Council Closes Pier\n\n  \xE2\x80\xA2 Oops!\n    Something went wrong.\n"
                    "    Please try again later.\n\n",
                    "\nSomething went wrong.\n\nTesk blamed the weather.\n"));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Oops"), "error_banner");
  EXPECT_EQ(ReasonOf(doc, "Please try again"), "error_banner");
  // Alone and unbulleted, "Something went wrong." is a sentence of the story.
  EXPECT_THAT(doc.text, HasSubstr("\nSomething went wrong.\n"));
}

TEST(StripFurnitureTest, ReadAlsoAndLinkList) {
  std::string input = std::string(kBody1) +
                      "\n\nRead also: Why the north quay stayed empty for a year\n\n" +
                      std::string(kBody2) +
                      "\n\nYou may also like\n\nTen ferries worth the trip this summer\n\n"
                      "Is the lighthouse keeper's cottage for sale?\n\n"
                      "Council budget: what changes in April";
  Document doc = Clean(input);
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Read also"), "related_headline");
  EXPECT_EQ(ReasonOf(doc, "You may also like"), "link_list");
  EXPECT_EQ(ReasonOf(doc, "Ten ferries"), "related_headline");
  EXPECT_EQ(ReasonOf(doc, "lighthouse keeper"), "related_headline");
  EXPECT_EQ(ReasonOf(doc, "Council budget"), "related_headline");
}

TEST(StripFurnitureTest, LinkListStopsAtBody) {
  std::string input =
      std::string(kBody1) + "\n\nRelated\nQuay Fees Rise Again\n\n" + std::string(kBody2) + "\n";
  Document doc = Clean(input);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Quay Fees"), "related_headline");
}

TEST(StripFurnitureTest, RepublicationNotice) {
  Document doc = Clean(
      Article("",
              "\nThis story was first published by the Coastal Policy Forum. The Port Alder Daily "
              "republishes with permission.\n\nTop Stories Today Headlines\n"));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "This story was first"), "republication");
  EXPECT_EQ(ReasonOf(doc, "Top Stories"), "link_list");
  EXPECT_EQ(doc.origin, "Coastal Policy Forum");
  EXPECT_EQ(doc.outlet, "Port Alder Daily");
}

TEST(StripFurnitureTest, BlogFooterAndDisclaimer) {
  Document doc = Clean(
      Article("",
              "\nPublished by\n\nCreate a website or blog at\n\n%d bloggers like this:\n\n"
              "Not every post on this site reflects the views of the site; items are translated "
              "automatically.\n"));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Published by"), "footer");
  EXPECT_EQ(ReasonOf(doc, "Create a website"), "footer");
  EXPECT_EQ(ReasonOf(doc, "bloggers like"), "footer");
  EXPECT_EQ(ReasonOf(doc, "Not every post"), "boilerplate");
  // The blank line before the footer stays; the footer and all after it go.
  EXPECT_TRUE(doc.text.ends_with(std::string(kBody2) + "\n\n")) << doc.text;
}

// A share-button row is boilerplate anywhere; a tag line at the end links to
// the site's own pages (navigation), but only in the bottom zone.
TEST(StripFurnitureTest, ShareRowAndTagLine) {
  Document doc = Clean(Article("", "\nShare this article\n\nTags: Port Alder, piers\n"));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Share this"), "boilerplate");
  EXPECT_EQ(ReasonOf(doc, "Tags: Port"), "navigation");

  Document mid = Clean(std::string(kBody1) + "\n\nShare this article\n\n" + std::string(kBody2) +
                       "\n\nTags: Port Alder, piers\n\n" + std::string(kBody1) + "\n");
  EXPECT_EQ(ReasonOf(mid, "Share this"), "boilerplate");
  EXPECT_EQ(ReasonOf(mid, "Tags: Port"), "");  // not in the bottom zone
}

TEST(StripFurnitureTest, AuthorBioAtTheEnd) {
  Document doc = Clean(Article("",
                               "\nJana Vell is a harbour affairs reporter for the Port "
                               "Alder Daily.\n\nImage: Coastline.\n"));
  ExpectInvariants(doc);
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "Jana Vell is"), "author_bio");
  EXPECT_EQ(ReasonOf(doc, "Image: Coastline"), "credit");
  EXPECT_EQ(doc.author, "Jana Vell");
  EXPECT_EQ(doc.outlet, "Port Alder Daily");
}

TEST(StripFurnitureTest, BioShapedBodyLinesAreKept) {
  // Not a writing role, so a closing sentence of the story.
  const std::string last = "Tomas Velk is a fisherman for the Alder cooperative.";
  // A writing role, but in the middle of the article.
  const std::string middle = "Ana Roe is a reporter for the Port Alder Daily.";
  std::string input =
      std::string(kBody1) + "\n\n" + middle + "\n\n" + std::string(kBody2) + "\n\n" + last + "\n";
  Document doc = Clean(input);
  EXPECT_EQ(doc.text, input);
}

TEST(StripFurnitureTest, AboutAuthorBlock) {
  Document doc = Clean(Article("",
                               "\n\nAbout Jana K. Vell 42 Articles\nJana K. Vell writes "
                               "about harbours, ferries and the people who run them.\n"));
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "About Jana"), "author_bio");
  EXPECT_EQ(ReasonOf(doc, "writes about"), "author_bio");
  EXPECT_EQ(doc.author, "Jana K. Vell");
}

TEST(StripFurnitureTest, DateLineAndByline) {
  // A section dateline is navigation; a bare date line is part of the byline.
  Document dated = Clean(Article("Coast Affairs 5/15/22\n\n", ""));
  EXPECT_EQ(ReasonOf(dated, "Coast Affairs"), "navigation");
  EXPECT_EQ(dated.published, "2022-05-15");
  ExpectBodyKept(dated);

  Document bare = Clean(Article("May 15, 2022\n\n", ""));
  EXPECT_EQ(ReasonOf(bare, "May 15"), "byline");
  EXPECT_EQ(bare.published, "2022-05-15");
  ExpectBodyKept(bare);

  Document bylined = Clean(Article("Pier closes after vote\nBy Jana Vell | May 2, 2022\n\n", ""));
  EXPECT_EQ(ReasonOf(bylined, "By Jana"), "byline");
  EXPECT_EQ(bylined.author, "Jana Vell");
  EXPECT_EQ(bylined.published, "2022-05-02");
  ExpectBodyKept(bylined);
}

TEST(StripFurnitureTest, BodyLinesThatLookLikeFurnitureAreKept) {
  const std::string by = "By the time the last boat left, the pier was empty.";
  const std::string quote = "\xE2\x80\x9CWe will miss it,\xE2\x80\x9D Tesk said.";
  const std::string subhead = "What Comes Next for the Quay";
  const std::string related = "Related talks are planned for June.";
  std::string input = std::string(kBody1) + "\n\n" + by + "\n\n" + quote + "\n\n" + subhead +
                      "\n\n" + related + "\n\n" + std::string(kBody2) + "\n";
  Document doc = Clean(input);
  EXPECT_EQ(doc.text, input);
}

TEST(StripFurnitureTest, PromoAndConsentBanners) {
  Document doc =
      Clean(Article("We use cookies to improve your visit. Accept | Manage settings\n"
                    "Pier Closes After Vote\n\n",
                    "\nSign up for our coast newsletter: the day's news at 7 a.m.\n"));
  ExpectBodyKept(doc);
  EXPECT_EQ(ReasonOf(doc, "We use cookies"), "boilerplate");
  EXPECT_EQ(ReasonOf(doc, "Sign up"), "boilerplate");
  EXPECT_EQ(doc.title, "Pier Closes After Vote");
}

TEST(StripFurnitureTest, KeepsMetadataAlreadySet) {
  Document doc;
  doc.title = "From the HTML";
  doc.input = Article("Pier Closes After Vote\n\n", "");
  StripFurniture(&doc);
  EXPECT_EQ(doc.title, "From the HTML");
  EXPECT_THAT(doc.text, Not(HasSubstr("Pier Closes After Vote")));
}

TEST(StripFurnitureTest, RerunReplacesPreviousResult) {
  Document doc;
  doc.input = Article("Pier Closes After Vote\n\n", "");
  StripFurniture(&doc);
  std::string first = doc.text;
  size_t removed = doc.removed.size();
  StripFurniture(&doc);
  EXPECT_EQ(doc.text, first);
  EXPECT_EQ(doc.removed.size(), removed);
  ExpectInvariants(doc);
}

TEST(StripFurnitureTest, BadInputDoesNotBreakInvariants) {
  for (std::string input : {std::string(), std::string("\n\n\n"), std::string("   \n\t\n"),
                            std::string("Title Only Line"), std::string("\xE2\x80\xA2"),
                            std::string("\"unbalanced \xE2\x80\x9C quote\nBy\nAbout  Articles\n"),
                            std::string("(\n)\n|\n\xC2\xA0\n"),
                            Article("Pier Closes\r\n\r\n", "\r\nImage: Coastline.\r\n")}) {
    Document doc = Clean(input);
    ExpectInvariants(doc);
  }
}

TEST(StripFurnitureTest, HugeSingleLineIsLinear) {
  std::string input;
  input.reserve(8 << 20);
  while (input.size() < (8u << 20)) input += "word \xE2\x80\x9Cquote ";
  Document doc = Clean(input);
  EXPECT_EQ(doc.text.size(), input.size());
  ExpectInvariants(doc);
}

TEST(StripFurnitureTest, FurnitureOnTheLastLineWithoutNewline) {
  Document doc = Clean(std::string(kBody1) + "\n\nImage: Coastline.");
  EXPECT_EQ(doc.text, std::string(kBody1) + "\n\n");
  ExpectInvariants(doc);
}

}  // namespace
}  // namespace sitrep
