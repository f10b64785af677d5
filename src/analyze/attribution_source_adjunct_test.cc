// Source rules for adjuncts, asides and names around the speaker, one test each, on invented
// sentences: the exact source span each rule must give (train gains are at each rule's code).
#include <gtest/gtest.h>

#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::SourceOf;

TEST(AttributionSourceAdjunct, AcronymProgrammeNameKeepsItsDeterminer) {
  EXPECT_EQ(SourceOf("KTV This Morning co-host Ilse Varn said the pier would close.", "said"),
            "KTV This Morning co-host Ilse Varn");
  // A determiner after a plain capitalized word still starts the phrase.
  EXPECT_EQ(SourceOf("Why Pellow Voters Love This Mayor Varn said nothing else.", "said"),
            "This Mayor Varn");
}

TEST(AttributionSourceAdjunct, WillAsANameNotAModal) {
  EXPECT_EQ(SourceOf("Columnist Tomas Will wrote that the levy was unfair.", "wrote"),
            "Columnist Tomas Will");
  EXPECT_EQ(SourceOf("Will Brel, the harbour chief, said the pier is safe.", "said"),
            "Will Brel, the harbour chief,");
}

TEST(AttributionSourceAdjunct, InvertedSpeakerBeforeAnAdjunct) {
  EXPECT_EQ(SourceOf("\"The pier is safe,\" said harbour chief Oren Malsk in a statement.", "said"),
            "harbour chief Oren Malsk");
  EXPECT_EQ(
      SourceOf("\"We will rebuild,\" said Mayor Ilse Varn when asked about the storm.", "said"),
      "Mayor Ilse Varn");
  // A lowercase word before "in" is no speaker's end: no source there.
  EXPECT_EQ(SourceOf("\"The pier is safe,\" said the chief engineer in a statement.", "said"),
            "<none>");
}

TEST(AttributionSourceAdjunct, InvertedSpeakerTagBeforeAnAdjunct) {
  EXPECT_EQ(SourceOf("\"It is not new here,\" said Rep. Ilse Varn (D-Ohio) at the time.", "said"),
            "Rep. Ilse Varn (D-Ohio)");
}

TEST(AttributionSourceAdjunct, AgeAloneStaysInTheSource) {
  EXPECT_EQ(SourceOf("Oren Malsk, 58, told reporters the pier leaks.", "told"), "Oren Malsk, 58,");
}

TEST(AttributionSourceAdjunct, CueCoordinatedInsideAWhoClause) {
  EXPECT_EQ(
      SourceOf("The board met Oren Malsk, who toured the pier and praised the crews.", "praised"),
      "who");
  // Punctuation ends the relative clause: the main clause's subject speaks.
  EXPECT_NE(SourceOf("Oren Malsk, who toured the pier, smiled and praised the crews.", "praised"),
            "who");
}

TEST(AttributionSourceAdjunct, ParticipleAsideWithAPlaceBeforeTheCue) {
  // The aside holds its own comma ("Pellow, Ohio,") and a cue word.
  EXPECT_EQ(SourceOf("Oren Malsk, speaking later at a rally in Pellow, Ohio, warned that the "
                     "pier would close.",
                     "warned"),
            "Oren Malsk");
}

TEST(AttributionSourceAdjunct, SubjectBeforeAParticipleAsideSharesACoordinatedCue) {
  EXPECT_EQ(SourceOf("Harbor Democrats, looking for a way to end the strike, seized the floor "
                     "and said they would stay.",
                     "said"),
            "Harbor Democrats");
}

TEST(AttributionSourceAdjunct, IngModifierInsideATitle) {
  EXPECT_EQ(
      SourceOf("Former harbour planning director Ilse Varn wrote that the pier leaks.", "wrote"),
      "Former harbour planning director Ilse Varn");
}

}  // namespace
}  // namespace sitrep
