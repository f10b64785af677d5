// StatementFinder: attribution of reported speech (who said what), filling
// Document::statements from tokens, sentences and quotations.
//
// Patterns, each giving source (speaker words), cue and content spans:
//   - direct quotes with the cue after or before them, and split around it
//     ("A," he said, "B." -> content runs from the first mark to the last);
//   - indirect speech: "X said (that) ...", "X told Y that ...", "X, a
//     spokesman, said ...", postposed "..., X said." / "..., said X.";
//   - "according to X, ..." and "..., according to X.";
//   - mixed: "X referred to Y as '...'", "X called Y '...'";
//   - participial chains: "X said ..., adding that ..." (same source);
//   - possessive nouns: "X's claim that ...";
//   - a final attribution after earlier cues ("A found B, she said."): the
//     earlier contents stop at its comma (attribution_trailing.h);
//   - a second report in the sentence ("some say A, others say B") ends the
//     first one's content; a relative clause's report ("X, who says A, said
//     B") leaves X to the main cue;
//   - a speech cue inside another cue's indirect clause ("A said B, and
//     half said C"): only say/write/report verbs start such a nested report;
//   - stance verbs in a reduced relative ("a group backing Roe"), "made (it)
//     clear", "went on to say" (attribution_cue_site.h);
//   - "reportedly" (attribution_adverb.h), "asked by X whether ..."
//     (attribution_passive.h), a digest's "- Name: '...'" and a speaker
//     sentence split off its quotation ("'A.' Roe said.").
// Span conventions follow PolNeAR: content keeps a leading "that" and the
// quotation marks, and drops the sentence's final punctuation; the cue keeps
// auxiliaries and "also" ("has said", "also said").
// A statement is only made when its content is non-empty; a broken quotation
// (see quotes.h) is never content. Linear in the number of tokens.
#ifndef SITREP_ANALYZE_ATTRIBUTION_H_
#define SITREP_ANALYZE_ATTRIBUTION_H_

#include "analyze/attribution_cues.h"
#include "text/document.h"

namespace sitrep {

class StatementFinder {
 public:
  // `cues` must outlive the finder.
  explicit StatementFinder(const CueLexicon& cues) : cues_(cues) {}

  // Requires tokens, sentences and paragraphs; uses mentions/actors when
  // present to link Statement::speaker. Replaces doc->statements, sorted by
  // cue position, then fills kind, evidence, certainty, channel and date.
  void Find(Document* doc) const;

 private:
  const CueLexicon& cues_;
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ATTRIBUTION_H_
