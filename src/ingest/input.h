// Walking the user's inputs: files, folders (recursively, in sorted order so
// runs are reproducible) and "-" for stdin. Each readable file is handed on as
// one unit of raw bytes; each problem is reported with the file's name and the
// walk goes on, so one bad file never stops the rest.
#ifndef SITREP_INGEST_INPUT_H_
#define SITREP_INGEST_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

struct InputOptions {
  // Per-document cap. Larger files are refused before they are read, so a
  // stray multi-gigabyte file costs nothing.
  size_t max_doc_bytes = size_t{32} << 20;
};

// Called with the file's name ("-" for stdin) and its bytes.
using InputFn = std::function<void(const std::string& name, std::string&& bytes)>;
// Called with the file's name and a one-line description of the problem.
using InputErrorFn = std::function<void(const std::string& name, const std::string& message)>;

// Lists the regular files named by paths (folders expanded recursively,
// hidden entries skipped). Paths that do not exist or cannot be listed are
// reported through on_error. "-" is kept as is.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      const InputErrorFn& on_error);

// Reads one file ("-" = stdin) whole. Returns false and sets *error when it
// cannot be read, is empty, or exceeds opts.max_doc_bytes.
bool ReadInput(const std::string& name, const InputOptions& opts, std::string* bytes,
               std::string* error);

}  // namespace sitrep

#endif  // SITREP_INGEST_INPUT_H_
