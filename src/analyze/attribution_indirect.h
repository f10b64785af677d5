// Indirect speech: the reported clause of a cue when it is not a quotation
// before the speaker.
//
//   - Postposed: "Content, Smith said." and the parenthetical "A, Smith
//     said, B." (content is the sentence's extent then);
//   - ForwardContent: the clause after the cue, skipping an addressee
//     ("told reporters that ...") or an adverbial before "that" ("said on
//     Monday that ..."), up to a clause break (also a spaced dash, ", and
//     he", a semicolon, a quotation closed by ',"' before a new clause:
//     attribution_content_breaks.h); an object cue takes
//     the noun phrase after it ("endorsed the mayor").
#ifndef SITREP_ANALYZE_ATTRIBUTION_INDIRECT_H_
#define SITREP_ANALYZE_ATTRIBUTION_INDIRECT_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// Content of a cue whose speaker phrase spans [left_edge, *right_edge) in
// sentence [b, e), when they follow a comma and end at punctuation other
// than a colon; nullopt otherwise. May move *right_edge to e.
std::optional<Span> Postposed(const AttributionText& t, uint32_t e, uint32_t floor,
                              uint32_t left_edge, uint32_t* right_edge);

struct Forward {
  std::optional<Span> content;
  uint32_t end = 0;     // one past the content's last token
  bool direct = false;  // the content is a quotation
};

// Content after the cue, from token a (past any ":" or ",") to a clause
// break or e.
Forward ForwardContent(const AttributionText& t, const CueEntry& cue, uint32_t a, uint32_t e);

// Where the content of a cue that opens sentence [b, e) ends: "Asked why,
// Roe said ..." -> at the first comma at or after a outside a quotation;
// e for any other cue. PolNeAR reports the question alone.
uint32_t OpenerEnd(const AttributionText& t, uint32_t cue_first, uint32_t a, uint32_t b,
                   uint32_t e);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_INDIRECT_H_
