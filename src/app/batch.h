// Runs the analyzer over many inputs on all cores, keeping output in input
// order: a oneTBB pipeline of (serial) read -> (parallel) analyze and render ->
// (serial, in order) emit. Memory is bounded by the number of documents in
// flight (a few per thread), not by the size of the input.
#ifndef SITREP_APP_BATCH_H_
#define SITREP_APP_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "analyze/pipeline.h"
#include "ingest/input.h"
#include "text/document.h"

namespace sitrep {

struct BatchOptions {
  InputOptions input;
  size_t threads = 0;  // 0: all cores
};

struct BatchStats {
  size_t documents = 0;  // analysed
  size_t failed = 0;     // inputs that could not be analysed
  size_t bytes = 0;      // input bytes analysed
  size_t sentences = 0;
};

// Renders one analysed document (runs in parallel; must be thread-safe).
using RenderFn = std::function<void(const Document& doc, std::string* out)>;
// Receives rendered documents in input order (runs serially).
using EmitFn = std::function<void(const std::string& rendered)>;
// Receives problems in input order (runs serially). is_error false: warning.
using ReportFn =
    std::function<void(const std::string& name, const std::string& message, bool is_error)>;

BatchStats RunBatch(const std::vector<std::string>& paths, const Analyzer& analyzer,
                    const BatchOptions& opts, const RenderFn& render, const EmitFn& emit,
                    const ReportFn& report);

}  // namespace sitrep

#endif  // SITREP_APP_BATCH_H_
