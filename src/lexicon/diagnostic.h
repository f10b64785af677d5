// Diagnostic: one line-numbered message from loading a lexicon file, printed
// compiler-style ("people.txt:12: bad date '2020-13'") so editors and
// `sitrep lexicon check` can jump to it.
#ifndef SITREP_LEXICON_DIAGNOSTIC_H_
#define SITREP_LEXICON_DIAGNOSTIC_H_

#include <cstdint>
#include <string>
#include <vector>

namespace sitrep {

struct Diagnostic {
  enum class Severity : uint8_t { kError, kWarning };

  std::string origin;  // file name (or the origin_name given to LoadText)
  uint32_t line = 0;   // 1-based; 0 when the message concerns the whole file
  Severity severity = Severity::kError;
  std::string message;

  bool is_error() const { return severity == Severity::kError; }
  // "origin:line: message" for errors, "origin:line: warning: message" else.
  std::string ToString() const;
};

bool HasErrors(const std::vector<Diagnostic>& diagnostics);
size_t CountErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace sitrep

#endif  // SITREP_LEXICON_DIAGNOSTIC_H_
