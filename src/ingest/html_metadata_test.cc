#include "ingest/html_metadata.h"

#include <gtest/gtest.h>

#include "ingest/html_dom.h"

namespace sitrep {
namespace {

HtmlMetadata Md(const std::string& html, std::string_view url = {}) {
  HtmlDom dom(html);
  return ExtractMetadata(dom, url);
}

TEST(HtmlMetadata, OpenGraphAndArticleMeta) {
  HtmlMetadata m =
      Md("<html lang='pt-BR'><head><title>Ignored | Site</title>"
         "<meta property='og:title' content='Quarry reopens after floods'>"
         "<meta property='og:site_name' content='Valley Courier'>"
         "<meta property='article:published_time' content='2021-03-09T08:15:00+01:00'>"
         "<meta name='author' content='By  Ilse Varro'>"
         "<link rel='canonical' href='https://courier.example/q'></head><body></body></html>");
  EXPECT_EQ(m.title, "Quarry reopens after floods");
  EXPECT_EQ(m.outlet, "Valley Courier");
  EXPECT_EQ(m.published, "2021-03-09");
  EXPECT_EQ(m.author, "Ilse Varro");
  EXPECT_EQ(m.language, "pt");
  EXPECT_EQ(m.url, "https://courier.example/q");
}

TEST(HtmlMetadata, JsonLdWins) {
  HtmlMetadata m =
      Md("<html><head><meta property='og:title' content='OG title'>"
         "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
         "{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"NewsArticle\","
         "\"headline\":\"Mill &amp; bakery merge\",\"datePublished\":\"2019-11-02\","
         "\"author\":[{\"@type\":\"Person\",\"name\":\"Ona Brisk\"},{\"name\":\"Pell Tamar\"}],"
         "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Northern Ledger\"}}]}</script>"
         "</head><body></body></html>");
  EXPECT_EQ(m.title, "Mill & bakery merge");
  EXPECT_EQ(m.author, "Ona Brisk, Pell Tamar");
  EXPECT_EQ(m.published, "2019-11-02");
  EXPECT_EQ(m.outlet, "Northern Ledger");
}

TEST(HtmlMetadata, BrokenJsonLdIsIgnored) {
  HtmlMetadata m =
      Md("<head><script type='application/ld+json'>{\"@type\":\"Article\", broken</script>"
         "<meta name='twitter:title' content='Twitter title'></head>");
  EXPECT_EQ(m.title, "Twitter title");
}

TEST(HtmlMetadata, TitleElementSuffixStripped) {
  EXPECT_EQ(Md("<title>Lantern festival draws record crowds | Riverside Post</title>").title,
            "Lantern festival draws record crowds");
  EXPECT_EQ(Md("<title>Riverside Post - Lantern festival draws record crowds</title>").title,
            "Lantern festival draws record crowds");
  // Too short after stripping: keep the whole title.
  EXPECT_EQ(Md("<title>About us | Riverside Post</title>").title, "About us | Riverside Post");
  // A short <title> defers to the single h1.
  EXPECT_EQ(
      Md("<title>Home</title><body><h1>Orchard harvest begins early this year</h1></body>").title,
      "Orchard harvest begins early this year");
}

TEST(HtmlMetadata, BylineTimeAndUrlDate) {
  HtmlMetadata m =
      Md("<body><span class='author-name'>by Teodor Kally</span>"
         "<time datetime='2020-07-04T10:00'>July 4</time></body>");
  EXPECT_EQ(m.author, "Teodor Kally");
  EXPECT_NE(m.byline_node, HtmlDom::kNoParent);
  EXPECT_EQ(m.published, "2020-07-04");
  m = Md("<meta name='DC.date' content='2018-02-01'>");
  EXPECT_EQ(m.published, "2018-02-01");
  m = Md("<body><p>x</p></body>", "https://news.example/2022/05/15/story-slug");
  EXPECT_EQ(m.published, "2022-05-15");
  EXPECT_EQ(m.url, "https://news.example/2022/05/15/story-slug");
  m = Md("<span itemprop='datePublished' content='2017-12-24'>Dec 24</span>");
  EXPECT_EQ(m.published, "2017-12-24");
}

TEST(NormalizeDate, Formats) {
  EXPECT_EQ(NormalizeDate("2022-05-15T10:00:00Z"), "2022-05-15");
  EXPECT_EQ(NormalizeDate(" 2022/05/15"), "2022-05-15");
  EXPECT_EQ(NormalizeDate("20220515"), "2022-05-15");
  EXPECT_EQ(NormalizeDate("May 15, 2022"), "2022-05-15");
  EXPECT_EQ(NormalizeDate("15 May 2022"), "2022-05-15");
  EXPECT_EQ(NormalizeDate("2022-13-40"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate(""), "");
}

TEST(CleanAuthor, StripsBy) {
  EXPECT_EQ(CleanAuthor("  By   Ada Vell "), "Ada Vell");
  EXPECT_EQ(CleanAuthor("BY: Ada Vell"), "Ada Vell");
  EXPECT_EQ(CleanAuthor("Byron Hale"), "Byron Hale");
}

}  // namespace
}  // namespace sitrep
