// Evidence, certainty and kind refinement for statements (see document.h).
//
// Evidence markers (a fixed set of phrases, matched ASCII-caseless at word
// boundaries) are found in one pass over the text per document, then
// attached to a statement:
//   - in a sentence with statements: the statement whose extent (source, cue,
//     content) contains the marker, else the nearest one before it;
//   - otherwise the statements of the nearest earlier sentence that has any,
//     at most 2 sentences back ("... did not provide proof" after a claim);
//     for "these reports/claims ..." all statements up to 4 sentences back.
// Values: none_cited ("without citing any evidence", "did not ... provide
// proof"), unverified ("have not been independently verified"), disputed (a
// denial by another source within 2 sentences after), corroborated
// ("confirmed" by another source within 2 sentences after). Hedges
// (allegedly, reportedly, purportedly, ...) in the statement's sentence set
// certainty to 0.6.
#ifndef SITREP_ANALYZE_STATEMENT_EVIDENCE_H_
#define SITREP_ANALYZE_STATEMENT_EVIDENCE_H_

#include "text/document.h"

namespace sitrep {

// Requires doc->statements sorted by cue position.
void AssessEvidence(Document* doc);

// Adjusts st->kind from its content: a "claim" whose content calls something
// a lie, fake or false is a denial; "blamed"/"behind" content is an
// accusation.
void RefineKind(const Document& doc, Statement* st);

// Index of the sentence containing byte `pos` (sentences must be set).
uint32_t SentenceAt(const Document& doc, uint32_t pos);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_STATEMENT_EVIDENCE_H_
