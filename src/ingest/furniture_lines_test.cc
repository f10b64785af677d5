#include "ingest/furniture_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::furniture {
namespace {

TEST(ShapeLineTest, TrimsBulletsAndFindsTerminal) {
  LineShape s = ShapeLine("  \xE2\x80\xA2 Oops!  \r");
  EXPECT_EQ(s.text, "Oops!");
  EXPECT_TRUE(s.bullet);
  EXPECT_EQ(s.words, 1u);
  EXPECT_EQ(s.terminal, '!');
  EXPECT_EQ(ShapeLine("He said \xE2\x80\x9Cno.\xE2\x80\x9D").terminal, '.');
  EXPECT_EQ(ShapeLine("A caption (Image via Lena Brook)").terminal, 0);
  EXPECT_EQ(ShapeLine("Wait\xE2\x80\xA6").terminal, '.');
  EXPECT_TRUE(ShapeLine(" \t ").blank());
}

TEST(ShapeLineTest, CountsWordsAcrossBlocksAndSaturates) {
  EXPECT_EQ(ShapeLine("About Jana Vell  7 Posts").words, 5u);
  EXPECT_EQ(ShapeLine("a\tb  c   d e\t\tf ghijklmnopq r").words, 8u);
  EXPECT_EQ(ShapeLine("onelongwordwithoutanyspacesatallreally").words, 1u);
  std::string many;
  for (int i = 0; i < 500; ++i) many += (i % 3 ? "w " : "word  \t");
  EXPECT_EQ(ShapeLine(many).words, kMaxCountedWords + 1);
  // Every split of a 37-byte line against the 8-byte blocks counts the same.
  for (size_t pad = 0; pad < 9; ++pad) {
    std::string line = std::string(pad + 1, 'x') + " alpha beta  gamma\tdelta epsilon";
    EXPECT_EQ(ShapeLine(line).words, 6u) << pad;
  }
}

TEST(MatchPhraseTest, KindsAndWordLimits) {
  EXPECT_EQ(MatchPhrase(ShapeLine("Skip to content")), PhraseKind::kNavigation);
  EXPECT_EQ(MatchPhrase(ShapeLine("SOMETHING WENT WRONG.")), PhraseKind::kError);
  EXPECT_EQ(MatchPhrase(ShapeLine("Read also: Quay fees rise")), PhraseKind::kInlineCue);
  EXPECT_EQ(MatchPhrase(ShapeLine("Read more")), PhraseKind::kLinkCue);
  EXPECT_EQ(MatchPhrase(ShapeLine("Published by")), PhraseKind::kFooter);
  EXPECT_EQ(MatchPhrase(ShapeLine("Tags: Port Alder, piers")), PhraseKind::kTagLine);
  EXPECT_EQ(MatchPhrase(ShapeLine("Share this article")), PhraseKind::kBoilerplate);
  EXPECT_EQ(MatchPhrase(ShapeLine("Share this:")), PhraseKind::kFooter);
  // Too long for the phrase's word limit, or the phrase is not the line.
  EXPECT_EQ(MatchPhrase(ShapeLine("Published by the council on Monday, the report found gaps.")),
            PhraseKind::kNone);
  EXPECT_EQ(MatchPhrase(ShapeLine("Related talks are planned for June.")), PhraseKind::kNone);
  EXPECT_EQ(MatchPhrase(ShapeLine("Homeowners object")), PhraseKind::kNone);
}

TEST(MatchCreditTest, CreditsCaptionsAndBody) {
  EXPECT_EQ(MatchCredit(ShapeLine("Image: Coastline.")), CreditKind::kCredit);
  EXPECT_EQ(MatchCredit(ShapeLine("Boats at dusk. (Image by Lena Brook via AP)")),
            CreditKind::kCaption);
  EXPECT_EQ(MatchCredit(ShapeLine("Mara Tesk. Ivo Dan/Coastline/AFP via Getty Images")),
            CreditKind::kCaption);
  EXPECT_EQ(MatchCredit(ShapeLine("Two crews shake hands at the quay. Image: Port Office.")),
            CreditKind::kCaption);
  EXPECT_EQ(MatchCredit(ShapeLine("The footage was distributed via AP.")), CreditKind::kNone);
  EXPECT_EQ(MatchCredit(ShapeLine("She kept the image of the pier in her office for years.")),
            CreditKind::kNone);
}

TEST(MatchBylineTest, Names) {
  EXPECT_EQ(MatchByline(ShapeLine("By Jana Vell")), "Jana Vell");
  EXPECT_EQ(MatchByline(ShapeLine("By Jana Vell and Ivo Dan, Port Alder Daily")),
            "Jana Vell and Ivo Dan");
  EXPECT_EQ(MatchByline(ShapeLine("By Jana Vell | May 2, 2022")), "Jana Vell");
  EXPECT_EQ(MatchByline(ShapeLine("By the time it closed")), std::nullopt);
  EXPECT_EQ(MatchByline(ShapeLine("By Monday.")), std::nullopt);
}

TEST(MatchBioTest, RolesAndOutlets) {
  auto bio =
      MatchBio(ShapeLine("Jana Vell is a harbour affairs reporter for the Port Alder Daily."));
  ASSERT_TRUE(bio);
  EXPECT_EQ(bio->name, "Jana Vell");
  EXPECT_EQ(bio->outlet, "Port Alder Daily");
  bio = MatchBio(ShapeLine("Ivo F. Dan is a senior fellow at the Coastal Policy Forum."));
  ASSERT_TRUE(bio);
  EXPECT_EQ(bio->name, "Ivo F. Dan");
  EXPECT_EQ(bio->outlet, "");  // a fellow's institute is no outlet
  EXPECT_FALSE(MatchBio(ShapeLine("Tomas Velk is a fisherman for the Alder cooperative.")));
  EXPECT_FALSE(MatchBio(ShapeLine("The reporter is a friend of the mayor.")));
}

TEST(MatchAboutAuthorTest, Shape) {
  EXPECT_EQ(MatchAboutAuthor(ShapeLine("About Jana K. Vell 42 Articles")), "Jana K. Vell");
  EXPECT_EQ(MatchAboutAuthor(ShapeLine("About Jana Vell  7 Posts")), "Jana Vell");
  EXPECT_EQ(MatchAboutAuthor(ShapeLine("About 40 fishing articles")), std::nullopt);
  EXPECT_EQ(MatchAboutAuthor(ShapeLine("About Jana Vell and other stories")), std::nullopt);
}

TEST(MatchRepublicationTest, OriginAndOutlet) {
  auto rep = MatchRepublication(ShapeLine(
      "This article was originally published by the Coastal Policy Forum. PAD republishes it "
      "with permission."));
  ASSERT_TRUE(rep);
  EXPECT_EQ(rep->origin, "Coastal Policy Forum");
  EXPECT_EQ(rep->outlet, "PAD");
  rep = MatchRepublication(ShapeLine("Republished with permission from Harbour Watch."));
  ASSERT_TRUE(rep);
  EXPECT_EQ(rep->origin, "Harbour Watch");
  EXPECT_FALSE(MatchRepublication(
      ShapeLine("This report was published in 2019 and drew wide criticism from the council.")));
}

TEST(OtherRecognisersTest, DisclaimerPromoSectionTitleCase) {
  EXPECT_TRUE(IsDisclaimer(ShapeLine(
      "Views expressed on this site are the authors' own and are translated automatically.")));
  EXPECT_FALSE(IsDisclaimer(ShapeLine("The site of the old pier will become a park.")));
  EXPECT_TRUE(IsPromo(ShapeLine("Get our coast briefing in your inbox every Friday.")));
  EXPECT_FALSE(IsPromo(ShapeLine("The newsletter of the fishing union called for a strike.")));
  EXPECT_TRUE(IsSectionLabel(ShapeLine("Home | Coast | Port Alder")));
  EXPECT_FALSE(IsSectionLabel(ShapeLine("Catch | release is the rule here.")));
  EXPECT_TRUE(IsTitleCase(ShapeLine("Top Headlines of the Hour")));
  EXPECT_FALSE(IsTitleCase(ShapeLine("Top headlines this hour")));
}

TEST(NoCaseHelpersTest, ContainsNoCaseShortAndLongLines) {
  EXPECT_TRUE(ContainsNoCase("Sign Up for our NEWSLETTER today", "newsletter"));
  EXPECT_TRUE(ContainsNoCase("newsletter", "newsletter"));
  EXPECT_FALSE(ContainsNoCase("news letter", "newsletter"));
  EXPECT_FALSE(ContainsNoCase("news", "newsletter"));
  EXPECT_TRUE(ContainsNoCase("anything", ""));
  // Only ASCII letters fold: '@' (0x40) and '[' (0x5B) border 'A'..'Z'.
  EXPECT_FALSE(ContainsNoCase("@bc [ookies", "`bc"));
  EXPECT_FALSE(ContainsNoCase("[ookies", "{ookies"));
  EXPECT_TRUE(ContainsNoCase("We use COOKIES â accept all?", "accept all"));
  EXPECT_FALSE(ContainsNoCase("CafÃ cookies", "cafÃ©"));  // not Unicode folding
  // Past the buffered length the byte loop answers, the same way.
  std::string line(5000, 'x');
  EXPECT_FALSE(ContainsNoCase(line, "cookie settings"));
  line += "Cookie Settings";
  EXPECT_TRUE(ContainsNoCase(line, "cookie settings"));
  EXPECT_TRUE(ContainsNoCase("x" + line.substr(4990), "cookie settings"));
}

}  // namespace
}  // namespace sitrep::furniture
