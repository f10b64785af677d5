// The analysis pipeline: raw bytes in, a fully analysed Document out.
//
// Stages, in order (each can be run alone, which is what bench/ does):
//   PrepareInput    UTF-8 repair, binary refusal, document id
//   StripFurniture  page furniture out of the text, title/author/origin in
//   Tokenize        byte-offset tokens over doc.text
//   SplitSentences  sentences and paragraphs over the tokens
// An Analyzer is immutable after construction and safe to share between
// threads; each call works on its own Document.
#ifndef SITREP_ANALYZE_PIPELINE_H_
#define SITREP_ANALYZE_PIPELINE_H_

#include <string>
#include <vector>

#include "text/document.h"

namespace sitrep {

// Problems met while analysing one document. A document with an error was not
// analysed; warnings leave it analysed (e.g. invalid UTF-8 bytes replaced).
struct Diagnostics {
  std::string error;
  std::vector<std::string> warnings;
  bool ok() const { return error.empty(); }
};

// Moves bytes into doc->input after UTF-8 repair and sets doc->id (a hex
// digest of the bytes as given). Returns false for binary data.
bool PrepareInput(std::string&& bytes, Document* doc, Diagnostics* diag);

class Analyzer {
 public:
  Analyzer() = default;

  // Runs every stage on bytes read from `name`. Returns diag->ok().
  bool Analyze(const std::string& name, std::string&& bytes, Document* doc,
               Diagnostics* diag) const;
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_PIPELINE_H_
