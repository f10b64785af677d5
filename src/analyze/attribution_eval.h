// PolNeAR attribution scorer: BRAT standoff (.ann) parsing and exact/overlap
// precision, recall and F1 for the Source, Cue and Content spans.
//
// Layout (see ../shared/data/attribution/polnear/README.md): DIR/text/<a>.txt
// and DIR/attributions/<a>_<annotator>.ann. Choices, documented here because
// they change the figures:
//   - offsets in .ann files count Unicode code points; they are converted to
//     byte offsets into the text;
//   - a discontinuous span ("2731 2733;2743 2783", parts in any order) is
//     compared by its extent, first start to last end. A Statement holds one
//     span per part, and in PolNeAR train 90% of the 3,092 discontinuous
//     contents (16% of all) have the cue in a gap: split quotations
//     ('"A," she said, "B."'), relative clauses ("which | will fail" around
//     "Roe said") and cues inside a sentence. Their extent is exactly what
//     a one-span reading gives; most of the rest are quotations split per
//     sentence, where the gaps are spaces and quote marks. Scoring the
//     parts instead would need statements with part lists and would not
//     change which statements are found. Other roles (Content2) are
//     ignored;
//   - an article with several annotators is scored against the first .ann
//     in file-name order only;
//   - each attribution relation (E line) contributes its source (if any),
//     cue and content; each statement contributes its own. Matching is one-
//     to-one per document: exact = same [start, end); overlap = any shared
//     byte, greedily in text order.
#ifndef SITREP_ANALYZE_ATTRIBUTION_EVAL_H_
#define SITREP_ANALYZE_ATTRIBUTION_EVAL_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/attribution.h"
#include "text/document.h"

namespace sitrep {

struct GoldAttribution {
  std::optional<Span> source;
  std::optional<Span> cue;
  std::optional<Span> content;
};

// Parses a .ann file against its text (for the code point -> byte mapping).
// Malformed lines and offsets past the text are skipped.
std::vector<GoldAttribution> ParseBratAttributions(std::string_view ann, std::string_view text);

struct ComponentScore {
  size_t predicted = 0;
  size_t gold = 0;
  size_t exact = 0;    // one-to-one exact matches
  size_t overlap = 0;  // one-to-one overlapping matches
  double ExactP() const { return predicted ? double(exact) / predicted : 0; }
  double ExactR() const { return gold ? double(exact) / gold : 0; }
  double ExactF1() const;
  double OverlapP() const { return predicted ? double(overlap) / predicted : 0; }
  double OverlapR() const { return gold ? double(overlap) / gold : 0; }
  double OverlapF1() const;
  void Add(const ComponentScore& o);
};

struct AttributionScores {
  ComponentScore source, cue, content;
  size_t documents = 0;
  size_t bytes = 0;
  double seconds = 0;  // time spent in analysis (tokenize .. find)
};

// Article name -> its .ann files in file-name order (the first is the one
// scored as gold). Empty when DIR/attributions cannot be read.
std::map<std::string, std::vector<std::string>> AnnotationFiles(const std::string& dir);

// Scores one document's statements against its gold attributions.
void ScoreDocument(const std::vector<Statement>& predicted,
                   const std::vector<GoldAttribution>& gold, AttributionScores* scores);

// Runs Tokenize, SplitSentences, `extra` (e.g. the actor tagger; may be
// empty) and `finder` over every article of DIR and scores the statements.
// Returns nullopt and sets *error when DIR has no text/ or attributions/.
std::optional<AttributionScores> ScoreAttribution(const std::string& dir,
                                                  const StatementFinder& finder,
                                                  const std::function<void(Document*)>& extra,
                                                  std::string* error);

// A fixed-width table of the scores, one row per component.
std::string FormatScores(const AttributionScores& s);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ATTRIBUTION_EVAL_H_
