#include "ingest/html_extract.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace sitrep {
namespace {

// Invented page: site chrome around one article.
constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="en-GB"><head><title>Harbour council approves new ferry route | Tidewater Gazette</title>
<style>.x{color:red}</style><script>var tracking = "should not appear";</script></head>
<body>
<header class="site-header"><a href="/">Tidewater Gazette</a> <a href="/news">News</a></header>
<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Sport</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<div class="layout">
 <article>
  <h1>Harbour council approves new ferry route</h1>
  <p class="byline">By Mara Quillfeather</p>
  <p>The harbour council of Port Ellery voted on Tuesday to approve a new ferry route, linking the
  old quay with the island of Saltmere, after two years of consultation with residents.</p>
  <p>Councillor Dovan Reisk said the route would cut travel times in half, and that the first
  sailings, weather permitting, were expected before the end of the summer season.</p>
  <h2>Costs and timetable</h2>
  <p>The council estimates the cost at four million crowns, to be shared between the port
  authority, the island trust and a regional transport fund, according to the published plan.</p>
  <div class="share-tools"><a href="/s/fb">Share on Facebook</a> <a href="/s/x">Share</a></div>
 </article>
 <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Fish prices rise again</a></li>
 <li><a href="/2">Lighthouse repainted after storm</a></li></ul></aside>
</div>
<div class="related-articles"><h3>Related</h3><p><a href="/r1">Ferry operator posts record year,
with passenger numbers up sharply on all routes</a></p></div>
<section id="comments"><p>Great news, finally, I have waited years for this, well done all!</p></section>
<footer><p>Copyright Tidewater Gazette, all rights reserved, terms, privacy, contact.</p></footer>
</body></html>)";

TEST(ExtractArticle, KeepsBodyDropsFurniture) {
  Extracted e = ExtractArticle(kPage);
  EXPECT_NE(e.text.find("The harbour council of Port Ellery voted on Tuesday"), std::string::npos);
  EXPECT_NE(e.text.find("shared between the port authority"), std::string::npos);
  EXPECT_NE(e.text.find("Costs and timetable"), std::string::npos);  // heading inside article
  for (const char* junk : {"Sport", "cookies", "Most read", "Ferry operator posts", "Great news",
                           "Copyright", "Share on Facebook", "tracking", "color:red", "By Mara"}) {
    EXPECT_EQ(e.text.find(junk), std::string::npos) << junk << " in:\n" << e.text;
  }
  // One block per line, whitespace collapsed, no trailing newline.
  EXPECT_NE(e.text.find("residents.\nCouncillor Dovan Reisk"), std::string::npos) << e.text;
  EXPECT_NE(e.text.find("linking the old quay"), std::string::npos);
  EXPECT_EQ(e.text.find("  "), std::string::npos);
  EXPECT_NE(e.text.back(), '\n');
  EXPECT_EQ(e.title, "Harbour council approves new ferry route");
  EXPECT_EQ(e.author, "Mara Quillfeather");
  EXPECT_EQ(e.language, "en");
}

TEST(ExtractArticle, BlocksAndEntities) {
  Extracted e = ExtractArticle(
      "<html><body><div id='content'><p>Caf&eacute; owners &amp; bakers met on Friday, and "
      "agreed, after a long debate, on new opening hours for the market square.</p>"
      "<ul><li>First item of the list, with detail</li><li>Second item</li></ul>"
      "<p>Line one<br>line two</p><pre>code  line\n  next</pre></div></body></html>");
  EXPECT_NE(e.text.find("Café owners & bakers"), std::string::npos) << e.text;
  EXPECT_NE(e.text.find("\nFirst item of the list, with detail\nSecond item\n"), std::string::npos)
      << e.text;
  EXPECT_NE(e.text.find("Line one\nline two"), std::string::npos) << e.text;
  EXPECT_NE(e.text.find("code line\nnext"), std::string::npos) << e.text;
}

TEST(ExtractArticle, SiblingParagraphsJoinTheArticle) {
  // The article is split over two sibling containers; both must be kept.
  std::string para =
      "<p>Residents of the valley, farmers and shopkeepers alike, gathered again, as they do "
      "every spring, to discuss the water rights of the river, which remain disputed.</p>";
  std::string html = "<html><body><div class='part'>" + para + para + para +
                     "</div><div class='part'>" + para + para +
                     "<p>Final remark about the closing vote, which passed narrowly.</p></div>"
                     "<div class='menu'><a href='/x'>Home</a></div></body></html>";
  Extracted e = ExtractArticle(html);
  EXPECT_NE(e.text.find("Final remark about the closing vote"), std::string::npos) << e.text;
  EXPECT_EQ(e.text.find("Home"), std::string::npos);
}

TEST(ExtractArticle, PrefersArticleOverLinkHeavyList) {
  std::string links = "<div class='list'>";
  for (int i = 0; i < 40; ++i) {
    links += "<p><a href='/n" + std::to_string(i) +
             "'>Another headline about something, with commas, and more words here</a></p>";
  }
  links += "</div>";
  std::string html = "<html><body>" + links +
                     "<article><p>Only this paragraph is the story: the bridge reopened, "
                     "traffic resumed, and the engineers, tired but happy, went home.</p>"
                     "</article></body></html>";
  Extracted e = ExtractArticle(html);
  EXPECT_NE(e.text.find("the bridge reopened"), std::string::npos) << e.text;
  EXPECT_EQ(e.text.find("Another headline"), std::string::npos) << e.text;
}

TEST(ExtractArticle, MalformedHtml) {
  Extracted e = ExtractArticle(
      "<html><body><div><p>Unclosed paragraph, with a comma, that keeps going and going for a "
      "while<p>Another <b>bold <i>nested</b> text</i> fragment, also long enough to count<div>"
      "<table><tr><td>cell</div></span></body><p>after body");
  EXPECT_NE(e.text.find("Unclosed paragraph"), std::string::npos) << e.text;
  EXPECT_NE(e.text.find("bold nested text"), std::string::npos) << e.text;
  // Invalid UTF-8 and NUL bytes must not crash.
  std::string bad = "<p>ab\xFF\xFE\0cd</p>";
  bad.append(std::string("\0\0<div", 6));
  EXPECT_NO_THROW(ExtractArticle(bad));
}

TEST(ExtractArticle, NoBodyAndEmptyInput) {
  Extracted e = ExtractArticle("");
  EXPECT_TRUE(e.text.empty());
  EXPECT_TRUE(e.title.empty());
  // Bare text without markup: gumbo synthesises html/body around it.
  e = ExtractArticle("Just a line of plain text, no tags at all, but enough words to score.");
  EXPECT_EQ(e.text, "Just a line of plain text, no tags at all, but enough words to score.");
  e = ExtractArticle("<html><head><title>Only a head</title></head></html>");
  EXPECT_TRUE(e.text.empty());
  EXPECT_EQ(e.title, "Only a head");
}

TEST(ExtractArticle, HiddenElementsDropped) {
  Extracted e = ExtractArticle(
      "<body><div><p>Visible paragraph, long enough, with commas, to be the article body.</p>"
      "<p hidden>Secret one</p><p style='display: none'>Secret two</p>"
      "<p aria-hidden='true'>Secret three</p></div></body>");
  EXPECT_NE(e.text.find("Visible paragraph"), std::string::npos);
  EXPECT_EQ(e.text.find("Secret"), std::string::npos) << e.text;
}

TEST(ExtractArticle, HugeOneLinePageIsLinear) {
  // ~5 MB on one line: many paragraphs plus a deep run of unclosed tags.
  std::string html = "<html><body><div class='story'>";
  const std::string p =
      "<p>Sentence number one of a long page, with a comma, and more words after it.</p>";
  while (html.size() < 5'000'000) html += p;
  for (int i = 0; i < 2000; ++i) html += "<span>";
  html += "</div></body></html>";
  auto t0 = std::chrono::steady_clock::now();
  Extracted e = ExtractArticle(html);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_GT(e.text.size(), 4'000'000u);
  EXPECT_LT(s, 20.0);  // generous for sanitizer builds; quadratic would take minutes
}

}  // namespace
}  // namespace sitrep
