// Sentence and paragraph segmentation over Document::tokens.
//
// Paragraphs: every line break ends one (scraped text usually has one
// paragraph per line), so a paragraph is a maximal run of tokens none of
// which but the first has kNewlineBefore. Sentences never cross paragraphs.
//
// A sentence ends after . ! ? … (and any closing quotes, brackets and further
// terminal marks right after them) unless:
//   - the terminal is inside a quotation, i.e. between an opening quote and
//     its matching closing quote in the same paragraph; an opening quote with
//     no match in its paragraph opens nothing, so an unbalanced quote cannot
//     swallow sentences. (Safety valve: inside a quotation already 256 tokens
//     long, a terminal followed by a capitalized word does end the sentence.)
//   - the next token starts with a lowercase letter (“... war,” he said /
//     approx. five), or is , ; : or a closing bracket, or is a word glued to
//     the terminal with no space (example.com).
// An abbreviation token (its period is part of it) ends a sentence only when
// AbbreviationMayEndSentence() allows it (not Mr. Gen. vs. ...) and the next
// word is a capitalized common sentence starter (The, He, But, In, ...): so
// "Mr. Smith", "Jan. 28", "St. Petersburg", "U.S. officials" stay whole while
// "... in the U.S. The next day" splits.
#ifndef SITREP_TEXT_SENTENCES_H_
#define SITREP_TEXT_SENTENCES_H_

#include "text/document.h"

namespace sitrep {

// Requires doc->tokens to be Tokenize(doc->text). Replaces doc->sentences and
// doc->paragraphs; every token belongs to exactly one sentence, and both
// lists are in text order. Linear in the number of tokens.
void SplitSentences(Document* doc);

}  // namespace sitrep

#endif  // SITREP_TEXT_SENTENCES_H_
