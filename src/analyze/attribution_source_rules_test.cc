// The source rules added for PolNeAR's speaker extent, one test each, on
// invented sentences: the exact source span each rule must give.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "analyze/statement_test_util.h"

namespace sitrep {
namespace {

using testing::AnalyzeText;
using testing::SourceOf;
using testing::View;

TEST(AttributionSourceRules, PhraseAfterAClauseOpeningWord) {
  EXPECT_EQ(
      SourceOf("But people familiar with the harbour plan said the pier would close.", "said"),
      "people familiar with the harbour plan");
}

TEST(AttributionSourceRules, CoordinatedSpeakersAfterAnOpener) {
  EXPECT_EQ(
      SourceOf("On Sunday, Ilse Varn and Senator Tomas Brel urged the board to act.", "urged"),
      "Ilse Varn and Senator Tomas Brel");
  EXPECT_EQ(SourceOf("However, five past and current employees told the board that the pier leaks.",
                     "told"),
            "five past and current employees");
}

TEST(AttributionSourceRules, CoordinationUnderAPreposition) {
  EXPECT_EQ(SourceOf("Most voters in Pellow, Varnby and Osk said they backed the pier.", "said"),
            "Most voters in Pellow, Varnby and Osk");
}

TEST(AttributionSourceRules, CoordinationAfterAVerbIsTwoClauses) {
  // "the pier" is the object of "closed", not a conjunct of the speaker.
  EXPECT_EQ(SourceOf("Varn closed the pier and Brel said the board would meet.", "said"), "Brel");
}

TEST(AttributionSourceRules, SubjectWithARelativeClause) {
  EXPECT_EQ(SourceOf("Farmers who attended the meeting said the levy was unfair.", "said"),
            "Farmers who attended the meeting");
}

TEST(AttributionSourceRules, DescriptionThenNameWithItsOfPhrase) {
  EXPECT_EQ(
      SourceOf("Another engineer, Oren Malsk of Harbor University, said the pier is safe.", "said"),
      "Another engineer, Oren Malsk of Harbor University,");
}

TEST(AttributionSourceRules, PartyTagWithAGluedPeriod) {
  EXPECT_EQ(SourceOf("Sen. Ilse Varn, R-Ky., told reporters that the pier is safe.", "told"),
            "Sen. Ilse Varn, R-Ky.,");
}

TEST(AttributionSourceRules, CueWordInsideADescriptiveAppositive) {
  EXPECT_EQ(SourceOf("Bob Quell, a talk show host in Pellow, said the pier is safe.", "said"),
            "Bob Quell, a talk show host in Pellow,");
}

TEST(AttributionSourceRules, ParticipleAfterATimeOpener) {
  EXPECT_EQ(SourceOf("Hours later, Varn returned the compliment to Brel, telling reporters that he "
                     "is a friend.",
                     "telling"),
            "Varn");
}

TEST(AttributionSourceRules, ParticipleAfterSeveralOpeners) {
  EXPECT_EQ(SourceOf("At a rally in Pellow, Ohio, on Sunday, Tomas Brel struck a calm tone, saying "
                     "the pier would reopen.",
                     "saying"),
            "Tomas Brel");
}

TEST(AttributionSourceRules, ParticipleAfterASubordinateOpener) {
  // "he" is the opener's subject; the main clause's is "Brel".
  EXPECT_EQ(SourceOf("Once he was elected, Brel made the pier a priority, announcing a new survey.",
                     "announcing"),
            "Brel");
}

TEST(AttributionSourceRules, ParticipleAfterASubjectWithAppositive) {
  EXPECT_EQ(
      SourceOf("Tomas Brel, a senator from Pellow, rescinded his support for the levy, saying "
               "it is unfair.",
               "saying"),
      "Tomas Brel, a senator from Pellow,");
}

TEST(AttributionSourceRules, ParticipleAsideSharesItsSourceWithTheCue) {
  Document doc = AnalyzeText("Ilse Varn, citing a new survey, said the pier is safe.");
  const Statement* citing = testing::WithCue(doc, "citing");
  const Statement* said = testing::WithCue(doc, "said");
  ASSERT_NE(citing, nullptr) << testing::Dump(doc);
  ASSERT_NE(said, nullptr) << testing::Dump(doc);
  EXPECT_EQ(View(doc, citing->source), "Ilse Varn");
  EXPECT_EQ(View(doc, said->source), "Ilse Varn");
  EXPECT_EQ(View(doc, said->content), "the pier is safe");
}

TEST(AttributionSourceRules, PluralCueWordBeforeTheCueIsTheSubject) {
  EXPECT_EQ(SourceOf("Harbour safety advocates said the pier is unsafe.", "said"),
            "Harbour safety advocates");
}

TEST(AttributionSourceRules, ProportionInNumberWords) {
  EXPECT_EQ(SourceOf("About four in ten farmers said they back the levy.", "said"),
            "About four in ten farmers");
  Document doc =
      AnalyzeText("The board said most voters back the levy, and one in four said they oppose it.");
  ASSERT_EQ(doc.statements.size(), 2u) << testing::Dump(doc);
  EXPECT_EQ(View(doc, doc.statements[1].source), "one in four");
}

TEST(AttributionSourceRules, NameBeforeTheCommaIsAnObject) {
  EXPECT_EQ(SourceOf("The plan will help Ilse Varn, the mayor said.", "said"), "the mayor");
}

TEST(AttributionSourceRules, TimeDatingADocumentStaysInTheSource) {
  EXPECT_EQ(SourceOf("A poll released Monday found that most voters back the levy.", "found"),
            "A poll released Monday");
  EXPECT_EQ(SourceOf("A survey last week showed that most voters back the levy.", "showed"),
            "A survey last week");
  // A person's time is left out, as before.
  EXPECT_EQ(SourceOf("Brel on Tuesday said the pier is safe.", "said"), "Brel");
}

TEST(AttributionSourceRules, InvertedSourceAppositiveBeforeAParticiple) {
  EXPECT_EQ(
      SourceOf("\"The pier is safe,\" said Ilse Varn, a harbour engineer in Pellow, referring "
               "to the new survey.",
               "said"),
      "Ilse Varn, a harbour engineer in Pellow,");
}

TEST(AttributionSourceRules, OneWordSpeakerBeforeAnAdverb) {
  EXPECT_EQ(SourceOf("She further announced that the pier would reopen.", "announced"), "She");
}

TEST(AttributionSourceRules, AppositiveBeforeATimeAndTheCue) {
  EXPECT_EQ(
      SourceOf("Tomas Brel, the harbour chief, on Tuesday called the plan a disgrace.", "called"),
      "Tomas Brel, the harbour chief,");
}

TEST(AttributionSourceRules, DocumentPhraseCueTakesTheSubjectOnItsLeft) {
  EXPECT_EQ(SourceOf("The harbour board issued a statement saying the pier is safe.",
                     "issued a statement saying"),
            "The harbour board");
}

TEST(AttributionSourceRules, AsideWordBetweenSpeakerAndCue) {
  EXPECT_EQ(SourceOf("Brel however said the pier is safe.", "said"), "Brel");
}

TEST(AttributionSourceRules, ClauseOpeningWordBeforeAnAppositive) {
  EXPECT_EQ(SourceOf("Now Tomas Brel, the harbour chief, says the pier is safe.", "says"),
            "Tomas Brel, the harbour chief,");
}

TEST(AttributionSourceRules, WhenAsideIsLeftOut) {
  EXPECT_EQ(SourceOf("Brel's office, when contacted by reporters, said the pier is safe.", "said"),
            "Brel's office");
}

TEST(AttributionSourceRules, CueInsideTheAppositiveKeepsTheSpeaker) {
  // "mentioned" makes a statement of its own inside the appositive.
  EXPECT_EQ(SourceOf("Senator Tomas Brel, a Pellow Republican who has met privately with Ms. Varn "
                     "and been mentioned as a possible choice, said the pier is safe.",
                     "said"),
            "Senator Tomas Brel, a Pellow Republican who has met privately with Ms. Varn and been "
            "mentioned as a possible choice,");
}

TEST(AttributionSourceRules, ParticipleAfterNegatedOrPossessiveSubjects) {
  EXPECT_EQ(SourceOf("Weaver didn't seem impressed with the plan, telling reporters it would fail.",
                     "telling"),
            "Weaver");
  EXPECT_EQ(SourceOf("Brel's campaign shrugged off the remarks, telling reporters they were false.",
                     "telling"),
            "Brel's campaign");
  EXPECT_EQ(SourceOf("And he continued on, mocking the plan.", "mocking"), "he");
  EXPECT_EQ(SourceOf("Brel on Thursday ratcheted up his attacks on Varn, saying she had failed.",
                     "saying"),
            "Brel");
}

TEST(AttributionSourceRules, AbsolutePhraseWithParticiple) {
  EXPECT_EQ(SourceOf("Voters still back the levy, with 40 percent saying it is fair.", "saying"),
            "40 percent");
}

TEST(AttributionSourceRules, SubjectAppositivesBeforeAParticiple) {
  // An aside about the act is left out; a title or a name is kept.
  EXPECT_EQ(
      SourceOf("Varn, particularly in the last days of the race, has preached unity, claiming "
               "the board agrees.",
               "claiming"),
      "Varn");
  EXPECT_EQ(SourceOf("Ilse Varn, president of the Harbor Institute, tied the scores to the new "
                     "rules, saying the data is clear.",
                     "saying"),
            "Ilse Varn, president of the Harbor Institute,");
  EXPECT_EQ(SourceOf("Varn's husband, Tomas, hurled criticism at Brel in a speech, accusing him of "
                     "lying.",
                     "accusing"),
            "Varn's husband, Tomas,");
}

TEST(AttributionSourceRules, CoordinationUnderANounsPreposition) {
  EXPECT_EQ(SourceOf("A study by Ilse Varn and Tomas Brel of the Harbor Institute found that the "
                     "pier is safe.",
                     "found"),
            "A study by Ilse Varn and Tomas Brel of the Harbor Institute");
}

TEST(AttributionSourceRules, CorrelativeCoordination) {
  EXPECT_EQ(SourceOf("Both the Pellow Times and the Harbor Journal reported that the pier is safe.",
                     "reported"),
            "Both the Pellow Times and the Harbor Journal");
}

TEST(AttributionSourceRules, ContactRelativeClauseStartsAtItsSubject) {
  EXPECT_EQ(SourceOf("That was the moment Brel said the pier would close.", "said"), "Brel");
}

// A participle that opens the subject, with no comma closing it, is a
// modifier, not an opener ("Speaking to reporters, Roe said").
TEST(AttributionSourceRules, ParticipleModifierOpensTheSubject) {
  EXPECT_EQ(SourceOf("Exiled opposition leader Ilse Varn tagged the levy \"a stunt\" and warned "
                     "the public not to be fooled.",
                     "warned"),
            "Exiled opposition leader Ilse Varn");
}

// A quantifier alone at a clause start is the subject (train: +16 exact
// sources); before "for"/"of" it still makes the cue a noun.
TEST(AttributionSourceRules, QuantifierAloneIsTheSubject) {
  EXPECT_EQ(SourceOf("Several said the pier would close.", "said"), "Several");
  EXPECT_EQ(SourceOf("Some say the levy is unfair.", "say"), "Some");
  EXPECT_EQ(SourceOf("The vote was close, but most said they would accept it.", "said"), "most");
  EXPECT_EQ(SourceOf("There was some support for the levy.", "support"), "<no statement>\n");
}

}  // namespace
}  // namespace sitrep
