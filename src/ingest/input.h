// Walking the user's inputs: files, folders (recursively, in sorted order so
// runs are reproducible) and "-" for stdin. Each problem is reported with the
// path's name and the walk goes on, so one bad path never stops the rest.
// Reading the files is record_reader.h's job.
#ifndef SITREP_INGEST_INPUT_H_
#define SITREP_INGEST_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// Called with the file's name and a one-line description of the problem.
using InputErrorFn = std::function<void(const std::string& name, const std::string& message)>;

// Lists the regular files named by paths (folders expanded recursively,
// hidden entries skipped). Paths that do not exist or cannot be listed are
// reported through on_error. "-" is kept as is.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      const InputErrorFn& on_error);

}  // namespace sitrep

#endif  // SITREP_INGEST_INPUT_H_
