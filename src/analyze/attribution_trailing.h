// A sentence-final attribution: "A, Jane Roe said.", "A, said Jane Roe.",
// "A, according to the ministry." When one closes a sentence, PolNeAR makes
// everything before its comma the content, even when that part holds cues of
// its own ("Roe found the plan sound, she said."; "'A,' Roe said, according
// to the paper."): the earlier cues' contents stop at the comma, and the
// final cue's content starts at the sentence start.
#ifndef SITREP_ANALYZE_ATTRIBUTION_TRAILING_H_
#define SITREP_ANALYZE_ATTRIBUTION_TRAILING_H_

#include <cstdint>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// The index of the comma that opens a sentence-final attribution of
// sentence [b, e), or kNone; for a quotation closed by ",'" that does not
// open the sentence, the closing mark's index. The tail after it, before
// the final punctuation, must be "according to" + words, a verb cue + a
// phrase ("said Jane Roe"), or a phrase + a verb cue + at most a short
// adverbial ("she said on Monday", "he said in a statement"). A phrase is at
// most kMaxNp plain words: no quotation, no clause word. Looks at no more
// than kMaxNp + 4 tokens.
uint32_t TrailingAttributionComma(const AttributionText& t, uint32_t b, uint32_t e);

// True when tokens [a, z) are empty or a short adverbial after a final
// cue, outside the cue and the content: "on Thursday", "in an interview",
// "last week", "Tuesday" (up to four words, no cue verb).
bool CueAdverbial(const AttributionText& t, uint32_t a, uint32_t z);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_TRAILING_H_
