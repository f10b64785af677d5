// The JSON record of an analysed document: the output contract documented in
// docs/format.md. One object per document; compact output has no newline
// inside it, so records can be written one per line (JSON Lines).
#ifndef SITREP_ANALYZE_JSON_WRITER_H_
#define SITREP_ANALYZE_JSON_WRITER_H_

#include <string>

#include "text/document.h"

namespace sitrep {

// Appends the record of doc to *out (without a trailing newline).
void WriteJson(const Document& doc, bool pretty, std::string* out);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_JSON_WRITER_H_
