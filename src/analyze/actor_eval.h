// Measuring the actor stage.
//
// ScorePolnearSources: over PolNeAR (../shared/data/attribution/polnear/dev,
// BRAT .ann files, character offsets), the share of attribution Source spans
// that name a person or organisation and overlap a mention resolved to an
// actor. A Source span "names" someone when it holds a capitalized word that
// is not a function word or pronoun (he, they, I, we, who, it... never count)
// and that is either not the first word of its sentence, or all caps, or
// also appears capitalized mid-sentence elsewhere in the article (so
// "Experts" opening a sentence does not count, "Clinton" does). Each .txt is
// run through Tokenize + SplitSentences with doc.text = the file.
//
// ScoreGoldMentions: mention precision/recall/F1 against our own annotated
// sentences (data/eval/actors/: *.txt and gold.tsv with lines
// "file<TAB>surface<TAB>occurrence<TAB>actor id", occurrence 1-based among
// exact occurrences of surface in the file). A predicted mention is correct
// when a gold mention has the same span and the same actor id.
#ifndef SITREP_ANALYZE_ACTOR_EVAL_H_
#define SITREP_ANALYZE_ACTOR_EVAL_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "analyze/actor_tagger.h"

namespace sitrep {

struct SourceCoverage {
  size_t documents = 0;
  size_t sources = 0;               // Source spans read
  size_t naming = 0;                // of those, spans naming a person or organisation
  size_t covered = 0;               // of those, overlapping a resolved mention
  std::vector<std::string> missed;  // texts of uncovered naming spans
  double share() const { return naming == 0 ? 0.0 : double(covered) / double(naming); }
};

SourceCoverage ScorePolnearSources(const std::filesystem::path& dir, const ActorTagger& tagger);

struct MentionScore {
  size_t gold = 0, predicted = 0, correct = 0;
  std::vector<std::string> errors;  // "file: missed/spurious surface -> id"
  double precision() const { return predicted == 0 ? 0.0 : double(correct) / double(predicted); }
  double recall() const { return gold == 0 ? 0.0 : double(correct) / double(gold); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

MentionScore ScoreGoldMentions(const std::filesystem::path& dir, const ActorTagger& tagger);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_EVAL_H_
