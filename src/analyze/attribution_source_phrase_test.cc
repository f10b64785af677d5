// Source rules of round 2 (speaker phrase extent and subjects), one test
// each, on invented sentences: the exact source span each rule must give.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::SourceOf;
using testing::View;

TEST(AttributionSourcePhrase, PercentageIsAQuantity) {
  EXPECT_EQ(SourceOf("About 85% of Pellow voters said the levy was fair.", "said"),
            "About 85% of Pellow voters");
  EXPECT_EQ(SourceOf("A 54% majority of independents endorse the harbour plan.", "endorse"),
            "A 54% majority of independents");
}

TEST(AttributionSourcePhrase, SuperlativeMostAfterADeterminer) {
  EXPECT_EQ(SourceOf("The most recent poll shows Varn ahead.", "shows"), "The most recent poll");
  EXPECT_EQ(SourceOf("His most loyal aides claim the pier is safe.", "claim"),
            "His most loyal aides");
  // "Most" opening the phrase is still its determiner.
  EXPECT_EQ(SourceOf("Most voters said the pier is safe.", "said"), "Most voters");
}

TEST(AttributionSourcePhrase, AdverbInsideADeterminedPhrase) {
  EXPECT_EQ(SourceOf("The nearly 90-second ad slams Varn.", "slams"), "The nearly 90-second ad");
  EXPECT_EQ(SourceOf("A newly elected Brel sought a new pier.", "sought"), "A newly elected Brel");
  // Without a determiner the adverb still ends the phrase.
  EXPECT_EQ(SourceOf("The mayor jokingly said the pier would float.", "jokingly said"),
            "The mayor");
}

TEST(AttributionSourcePhrase, CoordinationAfterASubordinator) {
  EXPECT_EQ(SourceOf("It is so narrow that many economists and reform advocates believe it will "
                     "fail.",
                     "believe"),
            "many economists and reform advocates");
  EXPECT_EQ(
      SourceOf("Then comes the primary, where Varn and his aides believe they can win.", "believe"),
      "Varn and his aides");
}

TEST(AttributionSourcePhrase, CoordinationWithEven) {
  EXPECT_EQ(SourceOf("Engineers and even some builders say the pier is unsafe.", "say"),
            "Engineers and even some builders");
}

TEST(AttributionSourcePhrase, ChainOfModifiers) {
  EXPECT_EQ(
      SourceOf("People with knowledge of the board's plans said the pier would close.", "said"),
      "People with knowledge of the board's plans");
  EXPECT_EQ(SourceOf("Democrats trying to win control of the Senate say they have a plan.", "say"),
            "Democrats trying to win control of the Senate");
}

TEST(AttributionSourcePhrase, QuantifiedPronouns) {
  EXPECT_EQ(SourceOf("No one knows what Varn will do.", "knows"), "No one");
  EXPECT_EQ(SourceOf("Many of you have noted the change.", "have noted"), "Many of you");
}

TEST(AttributionSourcePhrase, PluralHeadBeforeTheSubjectsVerb) {
  // "officials" ends in -s but is the subject's head: "were" is its verb.
  EXPECT_EQ(SourceOf("The port officials were angered by the deal and predicted it would fail.",
                     "predicted"),
            "The port officials");
  EXPECT_EQ(
      SourceOf("Both parents stiffened their stand, saying that Varn lacked judgment.", "saying"),
      "Both parents");
}

TEST(AttributionSourcePhrase, HyphenatedModifierIsNoVerb) {
  EXPECT_EQ(SourceOf("Pellow's state-owned port firm Osk runs a pier and says it will build "
                     "another.",
                     "says"),
            "Pellow's state-owned port firm Osk");
}

TEST(AttributionSourcePhrase, CueInsideTheSubjectLeavesTheSpeaker) {
  // "oppose" reports its own statement inside the subject; the main cue's
  // speaker still runs from the sentence start.
  EXPECT_EQ(SourceOf("Harbor lawmakers, who are close to the firms that oppose the levy, have "
                     "vowed to block it.",
                     "have vowed"),
            "Harbor lawmakers, who are close to the firms that oppose the levy,");
}

TEST(AttributionSourcePhrase, ReducedRelativeTakesTheNearestPhrase) {
  EXPECT_EQ(SourceOf("Donors gave $3 million to a group backing Varn last year.", "backing"),
            "a group");
  EXPECT_EQ(SourceOf("Pier Forward, a committee backing Varn, spent heavily.", "backing"),
            "a committee");
}

TEST(AttributionSourcePhrase, AppositiveSpeakerAfterAClauseLink) {
  EXPECT_EQ(
      SourceOf("Varn won the county, but the state's senator, Ilse Brel, had already endorsed "
               "Osk.",
               "had already endorsed"),
      "the state's senator, Ilse Brel,");
}

TEST(AttributionSourcePhrase, SubordinateClausePartIsNoSpeaker) {
  EXPECT_EQ(SourceOf("At Pellow Marina, where berths cost a fortune, Ilse Brel, the marina's "
                     "manager, suggested that the fees would fall.",
                     "suggested"),
            "Ilse Brel, the marina's manager,");
}

TEST(AttributionSourcePhrase, ClauseOpeningWordBeforeADeterminer) {
  EXPECT_EQ(SourceOf("But the two candidates, Varn and Brel, have questioned the plan.",
                     "have questioned"),
            "the two candidates, Varn and Brel,");
}

TEST(AttributionSourcePhrase, IncludingAndDeterminedNameParts) {
  EXPECT_EQ(SourceOf("Harbor officials, including Mayor Ilse Brel, are hoping to win the case.",
                     "are hoping"),
            "Harbor officials, including Mayor Ilse Brel,");
  EXPECT_EQ(SourceOf("The other man, his cousin Tomas Varn, cited the cost.", "cited"),
            "The other man, his cousin Tomas Varn,");
}

TEST(AttributionSourcePhrase, PartBetweenDashes) {
  EXPECT_EQ(SourceOf("Some engineers - including two of the board's own members - warn that the "
                     "pier leaks.",
                     "warn"),
            "Some engineers - including two of the board's own members -");
  EXPECT_EQ(
      SourceOf("The three experts -- Varn, Brel and Osk -- agreed the pier was safe.", "agreed"),
      "The three experts -- Varn, Brel and Osk --");
  // A relative clause or an aside between the dashes is left out.
  EXPECT_EQ(
      SourceOf("Ilse Brel -- who runs the marina -- has said the fees will fall.", "has said"),
      "Ilse Brel");
  EXPECT_EQ(SourceOf("Varn -- after a long pause -- told reporters the pier would close.", "told"),
            "Varn");
}

TEST(AttributionSourcePhrase, SubjectOfACoordinatedOrParticipleCue) {
  // An irregular past before "and".
  EXPECT_EQ(SourceOf("Varn cast the blame on his rivals, and emphasized the cost.", "emphasized"),
            "Varn");
  // A frequency adverb between subject and verb.
  EXPECT_EQ(
      SourceOf("Brel often questions the budget and has called for an audit.", "has called for"),
      "Brel");
  // A name ending in -ing is no participle opener.
  EXPECT_EQ(SourceOf("Earlier Wednesday, Harding appeared on the radio and defended the pier.",
                     "defended"),
            "Harding");
  // "This year," is an opener, not the subject.
  EXPECT_EQ(
      SourceOf("This year, he rose to the defense of the mayor, saying she should stay.", "saying"),
      "he");
  // A possessive inside the subject.
  EXPECT_EQ(SourceOf("Mr. Varn's father and mother arrived in Pellow in 1956, hoping for work.",
                     "hoping"),
            "Mr. Varn's father and mother");
}

TEST(AttributionSourcePhrase, PartyTagAfterAnInvertedCue) {
  EXPECT_EQ(SourceOf("\"The pier is safe,\" said Sen. Ilse Brel (D-Ohio).", "said"),
            "Sen. Ilse Brel (D-Ohio)");
  EXPECT_EQ(SourceOf("\"The pier is safe,\" said Rep. Tomas Varn (R-Utah), a member of the panel.",
                     "said"),
            "Rep. Tomas Varn (R-Utah), a member of the panel");
}

TEST(AttributionSourcePhrase, WebAddressIsOneName) {
  EXPECT_EQ(SourceOf("The levy failed, according to Pierwatch.org.", "according to"),
            "Pierwatch.org");
  EXPECT_EQ(SourceOf("A notice on the website Pelloweb.com said the pier was closed.", "said"),
            "A notice on the website Pelloweb.com");
}

TEST(AttributionSourcePhrase, PassiveCueHasNoSource) {
  EXPECT_EQ(SourceOf("Some aides are said to be urging the mayor to resign.", "are said"),
            "<none>");
  EXPECT_EQ(SourceOf("Three councillors were charged with taking bribes from builders.",
                     "were charged with"),
            "<none>");
  // A naming participle after a common noun: "a group called X".
  EXPECT_EQ(
      SourceOf("The town set up a website called \"Pier Watch\" that lists every leak.", "called"),
      "<none>");
  // A finite naming verb keeps its subject.
  EXPECT_EQ(SourceOf("One councillor called Varn a liar.", "called"), "One councillor");
  // An adjectival passive keeps its subject: the stance is the subject's.
  EXPECT_EQ(SourceOf("Harbor leaders are worried about the vote.", "are worried about"),
            "Harbor leaders");
}

TEST(AttributionSourcePhrase, AsideAfterAnInvertedSpeaker) {
  EXPECT_EQ(SourceOf("\"It is my last chance,\" said Ilse Brel, 31, with her son in tow.", "said"),
            "Ilse Brel, 31,");
  EXPECT_EQ(SourceOf("\"I am more skilled with my hands,\" said Tomas Varn, half joking.", "said"),
            "Tomas Varn");
  EXPECT_EQ(SourceOf("\"It will hold,\" said Tomas Varn, a pier engineer, via email.", "said"),
            "Tomas Varn, a pier engineer,");
  // A title is no aside.
  EXPECT_EQ(
      SourceOf("\"We will grow,\" said Osk Lind, managing director of Pier Holdings.", "said"),
      "Osk Lind, managing director of Pier Holdings");
}

TEST(AttributionSourcePhrase, OneOfAndSuperlativeAfterANumber) {
  EXPECT_EQ(SourceOf("One of the former prosecutors for Varn said the case was weak.", "said"),
            "One of the former prosecutors for Varn");
  EXPECT_EQ(SourceOf("Nearly all of the mayors of the 10 most populous towns have endorsed Brel.",
                     "have endorsed"),
            "Nearly all of the mayors of the 10 most populous towns");
}

TEST(AttributionSourcePhrase, SubjectRelativeWithAnAuxiliary) {
  EXPECT_EQ(SourceOf("People who have battled other floods say the levy is too low.", "say"),
            "People who have battled other floods");
}

TEST(AttributionSourcePhrase, TitleInQuotesClosesTheAppositive) {
  EXPECT_EQ(SourceOf("Osk Lind, the host of \"Morning Pier,\" suggested the mayor should resign.",
                     "suggested"),
            "Osk Lind, the host of \"Morning Pier,\"");
  // A quotation closing on its own comma ends a clause before the speaker.
  EXPECT_EQ(SourceOf("Voters value him as a ''builder'' more than as a ''provider,'' a study by a "
                     "sociologist, Osk Lind, concluded.",
                     "concluded"),
            "a study by a sociologist, Osk Lind,");
}

TEST(AttributionSourcePhrase, RelativeClauseWithAQuotationBeforeTheCue) {
  EXPECT_EQ(SourceOf("Mr. Varn, who has called the plan ''deeply toxic,'' portrayed the mayor as "
                     "weak.",
                     "portrayed"),
            "Mr. Varn");
}

TEST(AttributionSourcePhrase, SpeakerBeforeARelativeClauseWithANestedReport) {
  // "say" reports inside the relative clause and raises the floor; the
  // speaker still opens the clause.
  EXPECT_EQ(SourceOf("Varn, whose aides say the levy is losing, told reporters that the vote "
                     "would be close.",
                     "told"),
            "Varn");
}

TEST(AttributionSourcePhrase, SubordinatorAndCountsBeforeAnAppositive) {
  EXPECT_EQ(SourceOf("When the board's director, Ilse Brel, said the pier was safe, few believed "
                     "her.",
                     "said"),
            "the board's director, Ilse Brel,");
  EXPECT_EQ(SourceOf("In addition to Varn, two members of the board, Osk Lind and Tomas Brel, "
                     "have said they will vote no.",
                     "have said"),
            "two members of the board, Osk Lind and Tomas Brel,");
}

TEST(AttributionSourcePhrase, SentenceAdverbBeforeTheSpeaker) {
  EXPECT_EQ(SourceOf("Regardless, the harbour board said it found no leak.", "said"),
            "the harbour board");
}

TEST(AttributionSourcePhrase, PlaceWithItsStateIsNoSpeaker) {
  EXPECT_EQ(SourceOf("During a stop in Pellow, Ohio, the candidate repeated his promise to cut the "
                     "levy.",
                     "repeated"),
            "the candidate");
}

TEST(AttributionSourcePhrase, ReportInsertedAfterTheSubject) {
  EXPECT_EQ(SourceOf("Mrs. Varn, these people said, would back the pier.", "said"), "these people");
  // Not when the appositive closes before the cue.
  EXPECT_EQ(SourceOf("Ilse Brel, a spokeswoman, said, \"We will build it.\"", "said"),
            "Ilse Brel, a spokeswoman,");
}

TEST(AttributionSourcePhrase, ShortPluralSubject) {
  EXPECT_EQ(SourceOf("Harbor engineers have studied the pier, saying it will hold.", "saying"),
            "Harbor engineers");
}

TEST(AttributionSourcePhrase, ParticipleAfterAWhenClause) {
  EXPECT_EQ(SourceOf("The speech stopped when levy protesters interrupted the mayor, shouting "
                     "that the pier would sink.",
                     "shouting"),
            "levy protesters");
}

TEST(AttributionSourcePhrase, DescriptionAfterNowOrAlso) {
  EXPECT_EQ(SourceOf("Mr. Varn, now a radio host, has denied the report.", "has denied"),
            "Mr. Varn, now a radio host,");
}

TEST(AttributionSourcePhrase, DeterminedHeadBeforeAParticiplePart) {
  EXPECT_EQ(SourceOf("The survey, conducted for a harbour group, also found that most voters back "
                     "the pier.",
                     "also found"),
            "The survey");
}

}  // namespace
}  // namespace sitrep
