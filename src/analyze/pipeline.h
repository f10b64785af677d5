// The analysis pipeline: one input record in, a fully analysed Document out.
//
// Stages, in order (each can be run alone, which is what bench/ does):
//   PrepareInput    charset / UTF-8 repair, binary refusal, document id;
//                   HTML records go through main-text extraction first
//   StripFurniture  page furniture out of the text, title/author/origin in
//   DetectDocumentLanguage  documents not in English stop here, with their
//                   language (plainly English text skips CLD2)
//   Tokenize        byte-offset tokens over doc.text
//   SplitSentences  sentences and paragraphs over the tokens
//   ActorTagger     actor mentions resolved to identities (needs lexicons)
//   StatementFinder who said what, on what evidence (needs the cue lexicon)
//   EventCoder      who did what to whom, CAMEO/PLOVER (needs the event
//                   lexicon and the gazetteer)
// An Analyzer is immutable after construction and safe to share between
// threads; each call works on its own Document.
#ifndef SITREP_ANALYZE_PIPELINE_H_
#define SITREP_ANALYZE_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "ingest/record.h"
#include "text/document.h"

namespace sitrep {

// Problems met while analysing one document. A document with an error was not
// analysed; warnings leave it analysed (e.g. invalid UTF-8 bytes replaced).
struct Diagnostics {
  std::string error;
  std::vector<std::string> warnings;
  bool ok() const { return error.empty(); }
};

// Fills doc->input (valid UTF-8), doc->id (a hex digest of the record's
// bytes as given) and the metadata the record carries. HTML is reduced to its
// main text here. Returns false (with diag->error) for binary data or a page
// with no text.
bool PrepareInput(Record&& record, Document* doc, Diagnostics* diag);

// Sets doc->language from doc->text, with a language already there (an HTML
// lang= value) as a hint: an ISO 639-1 code, "en" when the text cannot tell.
void DetectDocumentLanguage(Document* doc);

class ActorLexicon;
class AgentLexicon;
class ActorTagger;
class CueLexicon;
class StatementFinder;
class EventLexicon;
class Gazetteer;
class EventCoder;

// What the optional stages need. A stage runs when its data is given; the
// data must outlive the Analyzer.
struct AnalyzerConfig {
  const ActorLexicon* actors = nullptr;  // with agents: the actor stage
  const AgentLexicon* agents = nullptr;
  const CueLexicon* cues = nullptr;      // the statement stage
  const EventLexicon* events = nullptr;  // with places: the event stage
  const Gazetteer* places = nullptr;
};

class Analyzer {
 public:
  explicit Analyzer(const AnalyzerConfig& config = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Runs every stage. Returns diag->ok().
  bool Analyze(Record&& record, Document* doc, Diagnostics* diag) const;
  // The same for the bytes of a plain-text document.
  bool AnalyzeText(const std::string& name, std::string&& bytes, Document* doc,
                   Diagnostics* diag) const;

 private:
  std::unique_ptr<ActorTagger> tagger_;
  std::unique_ptr<StatementFinder> statements_;
  std::unique_ptr<EventCoder> events_;
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_PIPELINE_H_
