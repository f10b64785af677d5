// Phrase and clause boundaries for the statement finder: speaker noun
// phrases left and right of a cue, content trimming, and the points where a
// reported clause ends. All bounded: no helper looks more than 3 * kMaxNp
// tokens away, and ClauseBreak looks at two or three tokens.
#ifndef SITREP_ANALYZE_ATTRIBUTION_SPANS_H_
#define SITREP_ANALYZE_ATTRIBUTION_SPANS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// Words that open an adverbial phrase, not a speaker, at a clause start
// ("In December, ...", "After the vote, ...").
bool OpensAdverbial(std::string_view w);

// "on Tuesday", "last week", "this year": a two-word time phrase at token
// k, which PolNeAR leaves out of sources and subjects.
bool TimePair(const AttributionText& t, uint32_t k);

// A lowercase "-ly" adverb ("jokingly", "privately"), not a noun or name
// with that ending ("family", "rally", "Italy").
bool IsAdverb(const AttributionText& t, uint32_t i);

// The speaker phrase ending at token j (inclusive), starting at or after
// `floor`: its first token, or kNone. PolNeAR's source extent: a pronoun is
// a phrase by itself; otherwise plain words up to a determiner, extended
// over prepositional heads ("Aides to [X]", "the senator from [Y]"),
// coordination at the clause start ("X and Y", "A, B and C"), an
// appositive after a name ("Jane Roe, a spokeswoman for X"; not an opener
// like "In December, the board", nor after an object: "backed Roe, the
// mayor said") and a quantity ("about 40 percent of", "at least four",
// "three in five"). Coordination also starts after a clause-opening word
// or an opener's comma ("But Roe and Doe", "On Sunday, Roe and Doe"), and
// a phrase head after "but", "while" ... ("But people familiar with X").
// Coordination also opens after a subordinator ("where Roe and Doe", "a
// plan that Roe and Doe back") and runs over "and even"; a chain of
// modifiers is kept when its head opens a phrase ("People with knowledge
// of the talks"); "85% of voters", "the most recent poll", "the newly
// elected mayor", "one of the aides", "No one", "Many of you" and web
// addresses ("Pierwatch.org") are whole phrases, as are a capitalized
// "Will" in a name and "KTV This Morning" (a determiner after an acronym,
// before a capital). Sentence adverbs and
// "-ly" adverbs end it otherwise. Looks at no more than 3 * kMaxNp tokens.
uint32_t LeftNp(const AttributionText& t, uint32_t j, uint32_t floor);

// One past the last token of a speaker phrase starting at k, before `ceil`
// (k itself when token k is not word-like). The phrase runs over "of",
// "for", "to", "at", "with", "from" and "by" ("Jane Roe of the Harbor
// Institute") but not "in" or "on", which after a cue name a channel or a
// time ("said Jane Roe in a statement"). At most 2 * kMaxNp tokens.
uint32_t RightNpEnd(const AttributionText& t, uint32_t k, uint32_t ceil);

// One past the last token of the source of "according to" starting at k,
// before `ceil`. PolNeAR runs it to the clause's next punctuation ("exit
// polls conducted for the network and its partners by Roe Research",
// "officials who spoke with reporters"), where RightNpEnd stops at "and"
// and "who"; when no comma or full stop follows within 2 * kMaxNp tokens,
// or a quotation intervenes, it is RightNpEnd.
uint32_t AccordingSourceEnd(const AttributionText& t, uint32_t k, uint32_t ceil);

// The span of tokens [a, b) trimmed of punctuation at both ends, except a
// closing parenthesis whose opening one is inside; nullopt if nothing is
// left.
std::optional<Span> Content(const AttributionText& t, uint32_t a, uint32_t b);

// One past the last token of the object of an object cue ("endorsed the
// mayor", "praised X in the aftermath of Y") starting at a, before the
// sentence end e: the clause runs to punctuation, a subordinating link
// ("but", "because", "when", "while", "before", "after", "during"), a time
// phrase ("on Monday", "last week"), a relative clause holding a speech
// verb ("the plan that Roe says ..."; say, write, report), "and" + a verb form ("endorsed Roe
// and vowed ...", AndPredicate in attribution_content_breaks.h) or
// ClauseBreak; a quotation inside it is skipped whole, and ends it when a
// comma precedes its closing mark and no quotation follows. PolNeAR keeps the
// object's prepositional phrases and relative clauses (on train, "in",
// "as", "on", "that" and "and" are 3 to 10 times as often inside such a
// content as right after it).
uint32_t ObjectEnd(const AttributionText& t, uint32_t a, uint32_t e);

// True when token z (< e, the sentence end) ends a reported clause:
// ", but ...", ", adding ...", ", according to", "and added ...".
bool ClauseBreak(const AttributionText& t, uint32_t z, uint32_t e);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_SPANS_H_
