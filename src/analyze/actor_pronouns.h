// Pronoun resolution within a document, by conservative rules that prefer no
// link to a wrong one.
//
// he/him/his/himself need a male or unknown-gender person, she/her/hers/
// herself a female or unknown one. The antecedent is searched among person
// mentions (not pronouns) in the same sentence before the pronoun, then in
// the previous sentence of the same paragraph or the paragraph before:
//   - in the same sentence, the nearest compatible person, if it is the only
//     compatible one there;
//   - in the previous sentence, the only compatible person, or, when several,
//     the one whose mention opens the sentence (a subject) if exactly one does;
//   - a person of unknown gender counts only when no person of known,
//     compatible gender is in the window, and is never taken when another
//     person of unknown gender is there too.
// Pronouns inside quotation marks are skipped: there "he" is often someone
// the quoted speaker means, not the article's last-named person.
#ifndef SITREP_ANALYZE_ACTOR_PRONOUNS_H_
#define SITREP_ANALYZE_ACTOR_PRONOUNS_H_

#include <vector>

#include "analyze/actor_matcher.h"
#include "text/document.h"

namespace sitrep {

// `mentions` are sorted by start and carry actor indexes into `is_person` /
// `gender` ('m', 'f', or 0 unknown). Appends pronoun mentions (kPronoun) and
// leaves the vector sorted by start.
void LinkPronouns(const Document& doc, const FoldedTokens& folded,
                  const std::vector<uint8_t>& is_person, const std::vector<char>& gender,
                  std::vector<Mention>* mentions);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_PRONOUNS_H_
