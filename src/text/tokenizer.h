// Tokenizer: splits Document::text into byte-offset tokens (see document.h for
// kinds and flags). One linear pass; ASCII bytes go through a 256-entry class
// table, other characters are decoded and classified with ICU.
//
// What becomes one token:
//   - words with inner apostrophes and hyphens: don't, Putin’s, O'Brien,
//     pro-democracy, 65-year-old; a trailing apostrophe after s is a
//     possessive (Belarus’, officials') unless a single quotation is open;
//   - numbers with inner separators: 1,000  3.5  2020  500-1000; "9pm" is the
//     number 9 then the word pm;
//   - abbreviations with their period(s): U.S.  e.g.  a.m.  Mr.  Jan.  etc.,
//     and single capital initials (the "W." in "George W. Bush");
//   - runs of periods ("..." is one ellipsis), runs of hyphens ("--").
// Quote characters (" ' “ ” ‘ ’ „ « » ‹ ›) that are not apostrophes become
// kQuote tokens flagged kOpenQuote or kCloseQuote, decided by the characters
// around them and, when those are ambiguous, by whether a quotation of that
// kind (double or single) is open. That state resets at every line break, so
// an unbalanced quote cannot affect later paragraphs.
// Format characters (BOM, zero-width joiners outside words) are skipped;
// invalid UTF-8 (should not occur after RepairUtf8) becomes kSymbol tokens.
#ifndef SITREP_TEXT_TOKENIZER_H_
#define SITREP_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/document.h"

namespace sitrep {

// Replaces *out with the tokens of `text`: sorted, non-overlapping, each on
// UTF-8 character boundaries. Whitespace is not tokenized; it shows up as
// kSpaceBefore / kNewlineBefore on the following token. Text beyond 4 GiB
// (the reach of a uint32_t Span) is not tokenized.
void Tokenize(std::string_view text, std::vector<Token>* out);

// For a kAbbreviation token's text: false for titles that precede a name
// (Mr. Dr. Gen. Sen. ...) and for "vs.", which therefore never end a
// sentence; true for the rest (U.S. etc. Jan. initials ...), which may end
// one when a sentence starter follows (see sentences.h).
bool AbbreviationMayEndSentence(std::string_view abbreviation);

}  // namespace sitrep

#endif  // SITREP_TEXT_TOKENIZER_H_
