// Test helpers for the statement finder: a Document from plain text, run
// through the text layer and the finder with the shipped cue lexicon.
#ifndef SITREP_ANALYZE_STATEMENT_TEST_UTIL_H_
#define SITREP_ANALYZE_STATEMENT_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "analyze/attribution.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep::testing {

inline const CueLexicon& ShippedCues() {
  static const CueLexicon* lex = [] {
    std::string error;
    auto l = CueLexicon::Load(SITREP_SOURCE_DIR "/data/cues.txt", &error);
    return l ? new CueLexicon(std::move(*l)) : new CueLexicon();
  }();
  return *lex;
}

inline void Analyze(Document* doc) {
  Tokenize(doc->text, &doc->tokens);
  SplitSentences(doc);
  StatementFinder(ShippedCues()).Find(doc);
}

inline Document AnalyzeText(std::string text, std::string published = "") {
  Document doc;
  doc.text = std::move(text);
  doc.published = std::move(published);
  Analyze(&doc);
  return doc;
}

// The first statement whose cue reads exactly `cue`, or null.
inline const Statement* WithCue(const Document& doc, std::string_view cue) {
  for (const Statement& s : doc.statements) {
    if (s.cue && doc.view(*s.cue) == cue) return &s;
  }
  return nullptr;
}

inline std::string View(const Document& doc, const std::optional<Span>& s) {
  return s ? std::string(doc.view(*s)) : std::string("<none>");
}

// All statements of doc, one per line, for failure messages.
inline std::string Dump(const Document& doc);

// The source of the statement whose cue reads `cue` in `text` ("<none>"
// when it has none), or "<no statement>" and the statements found.
inline std::string SourceOf(std::string_view text, std::string_view cue) {
  Document doc = AnalyzeText(std::string(text));
  const Statement* s = WithCue(doc, cue);
  if (s == nullptr) return "<no statement>\n" + Dump(doc);
  return View(doc, s->source);
}

// The content of the statement whose cue reads `cue`, or "<no statement>".
inline std::string ContentOf(const Document& doc, std::string_view cue) {
  const Statement* s = WithCue(doc, cue);
  return s == nullptr ? std::string("<no statement>") : std::string(doc.view(s->content));
}

// All statements of doc, one per line, for failure messages.
inline std::string Dump(const Document& doc) {
  std::string out;
  for (const Statement& s : doc.statements) {
    out += "[" + View(doc, s.source) + "] [" + View(doc, s.cue) + "] [" +
           std::string(doc.view(s.content)) + "] " + s.kind + " " + s.evidence + "\n";
  }
  return out;
}

}  // namespace sitrep::testing

#endif  // SITREP_ANALYZE_STATEMENT_TEST_UTIL_H_
