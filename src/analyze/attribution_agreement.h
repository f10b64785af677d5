// Inter-annotator agreement on a PolNeAR-layout folder: on each article
// with two or more .ann files, the second in file-name order is scored as
// if it were a system's output against the first (the file the attribution
// scorer uses as gold), with the same one-to-one exact and overlap matching.
//
// Why: it is the ceiling a span-exact system can be expected to reach on
// this data. On PolNeAR train (16 double-annotated articles) exact F1 is
// .759 source, .703 cue, .665 content (`sitrep eval attribution --agreement`).
#ifndef SITREP_ANALYZE_ATTRIBUTION_AGREEMENT_H_
#define SITREP_ANALYZE_ATTRIBUTION_AGREEMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "analyze/attribution_eval.h"

namespace sitrep {

// Scores one annotator's attributions against another's.
void ScoreAnnotators(const std::vector<GoldAttribution>& second,
                     const std::vector<GoldAttribution>& first, AttributionScores* scores);

// Agreement over DIR; `documents` counts the double-annotated articles.
// Returns nullopt and sets *error when DIR has no text/ or attributions/.
std::optional<AttributionScores> ScoreAgreement(const std::string& dir, std::string* error);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ATTRIBUTION_AGREEMENT_H_
