#include "lexicon/diagnostic.h"

#include <algorithm>

namespace sitrep {

std::string Diagnostic::ToString() const {
  std::string s = origin;
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += is_error() ? ": " : ": warning: ";
  s += message;
  return s;
}

size_t CountErrors(const std::vector<Diagnostic>& diagnostics) {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [](const Diagnostic& d) { return d.is_error(); }));
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) { return CountErrors(diagnostics) > 0; }

}  // namespace sitrep
