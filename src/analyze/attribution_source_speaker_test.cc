// InheritPronounSpeakers on hand-built documents: which earlier report's
// speaker an unlinked pronoun source takes, and when it takes none.
#include "analyze/attribution_source_speaker.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sitrep {
namespace {

// Byte span of the first `what` in `text` at or after `from`.
Span Find(const std::string& text, std::string_view what, size_t from = 0) {
  const size_t at = text.find(what, from);
  EXPECT_NE(at, std::string::npos) << what;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

// One sentence holding all of `text`, and actors 0 = Varn (person),
// 1 = Brel (person), 2 = the Harbor Board (organization).
Document OneSentence(std::string text) {
  Document doc;
  doc.text = std::move(text);
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  doc.sentences.push_back(s);
  for (const char* kind : {"person", "person", "organization"}) {
    DocActor a;
    a.kind = kind;
    doc.actors.push_back(a);
  }
  return doc;
}

Statement Make(const Document& doc, std::string_view source, std::string_view cue,
               std::string_view content, uint32_t speaker, size_t from = 0) {
  Statement st;
  st.source = Find(doc.text, source, from);
  st.cue = Find(doc.text, cue, st.source->end);
  st.content = Find(doc.text, content, st.cue->end);
  st.speaker = speaker;
  return st;
}

TEST(AttributionSourceSpeaker, PronounInsideAnEarlierReportTakesItsSpeaker) {
  Document doc =
      OneSentence("Varn met Brel and denounced what he called a hoax staged by the board.");
  doc.statements.push_back(Make(doc, "Varn", "denounced", "what he called a hoax", 0));
  doc.statements.push_back(Make(doc, "he", "called", "a hoax", kNoActor));
  InheritPronounSpeakers(&doc);
  EXPECT_EQ(doc.statements[1].speaker, 0u);
}

TEST(AttributionSourceSpeaker, TheReportHoldingTheCueWinsOverTheNearest) {
  Document doc = OneSentence("Varn denounced, as Brel noted in passing, what she called a hoax.");
  doc.statements.push_back(
      Make(doc, "Varn", "denounced", "as Brel noted in passing, what she called a hoax", 0));
  // Nearer to the pronoun, but its content does not hold "called".
  doc.statements.push_back(Make(doc, "Brel", "noted", "in passing", 1));
  doc.statements.push_back(Make(doc, "she", "called", "a hoax", kNoActor));
  InheritPronounSpeakers(&doc);
  EXPECT_EQ(doc.statements[2].speaker, 0u);
}

TEST(AttributionSourceSpeaker, GenderlessPronounsTakeNoPerson) {
  Document doc = OneSentence("Varn spoke after the board met, and they said the pier would close.");
  doc.statements.push_back(Make(doc, "Varn", "spoke", "after the board met", 0));
  doc.statements.push_back(Make(doc, "they", "said", "the pier would close", kNoActor));
  InheritPronounSpeakers(&doc);
  EXPECT_EQ(doc.statements[1].speaker, kNoActor);

  Document org = OneSentence("The board said the pier was safe, though it admitted a leak.");
  org.statements.push_back(Make(org, "The board", "said", "the pier was safe", 2));
  org.statements.push_back(Make(org, "it", "admitted", "a leak", kNoActor));
  InheritPronounSpeakers(&org);
  EXPECT_EQ(org.statements[1].speaker, 2u);
}

TEST(AttributionSourceSpeaker, LinkedAndQuotedPronounsAreLeftAlone) {
  Document doc = OneSentence("Varn said \"he called it a hoax\" and he called it so.");
  Statement quote = Make(doc, "Varn", "said", "\"he called it a hoax\"", 0);
  quote.direct = true;
  doc.statements.push_back(quote);
  // The pronoun inside the quotation is the quoted speaker's, not Varn.
  doc.statements.push_back(Make(doc, "he", "called", "it a hoax", kNoActor));
  // A pronoun the resolver linked keeps its link.
  doc.statements.push_back(Make(doc, "he", "called", "it so", 1, doc.text.find("and")));
  InheritPronounSpeakers(&doc);
  EXPECT_EQ(doc.statements[1].speaker, kNoActor);
  EXPECT_EQ(doc.statements[2].speaker, 1u);
}

TEST(AttributionSourceSpeaker, OnlyTheSameSentence) {
  Document doc = OneSentence("Varn said the pier was safe. Then he called it a hoax.");
  doc.sentences[0].span.end = static_cast<uint32_t>(doc.text.find(" Then"));
  Sentence second;
  second.span = {doc.sentences[0].span.end + 1, static_cast<uint32_t>(doc.text.size())};
  doc.sentences.push_back(second);
  doc.statements.push_back(Make(doc, "Varn", "said", "the pier was safe", 0));
  doc.statements.push_back(Make(doc, "he", "called", "it a hoax", kNoActor));
  InheritPronounSpeakers(&doc);
  EXPECT_EQ(doc.statements[1].speaker, kNoActor);
}

}  // namespace
}  // namespace sitrep
