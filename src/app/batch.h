// Runs the analyzer over many inputs on all cores, keeping output in input
// order. A reader thread streams records out of the inputs (files, folders,
// WARC/JSONL containers, stdin) into a bounded queue; a oneTBB pipeline then
// analyses and renders them in parallel and emits them serially, in order,
// marking duplicates and republications on the way. Memory is bounded by the
// number of records in flight (a few per thread), not by the input's size.
#ifndef SITREP_APP_BATCH_H_
#define SITREP_APP_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "analyze/pipeline.h"
#include "ingest/record.h"
#include "text/document.h"

namespace sitrep {

struct BatchOptions {
  ReadOptions read;
  size_t threads = 0;  // 0: all cores
  bool dedup = true;   // set Document::duplicate_of across the run
};

struct BatchStats {
  size_t documents = 0;   // analysed
  size_t failed = 0;      // inputs or records that could not be analysed
  size_t duplicates = 0;  // documents marked duplicate_of
  size_t bytes = 0;       // input bytes analysed (after decoding / extraction)
  size_t sentences = 0;
};

// Renders one analysed document (runs in parallel; must be thread-safe).
using RenderFn = std::function<void(const Document& doc, std::string* out)>;
// Receives each analysed document and its rendering, in input order (serial).
using EmitFn = std::function<void(const Document& doc, const std::string& rendered)>;
// Receives problems in input order (serial). is_error false: a warning.
using ReportFn =
    std::function<void(const std::string& name, const std::string& message, bool is_error)>;

BatchStats RunBatch(const std::vector<std::string>& paths, const Analyzer& analyzer,
                    const BatchOptions& opts, const RenderFn& render, const EmitFn& emit,
                    const ReportFn& report);

}  // namespace sitrep

#endif  // SITREP_APP_BATCH_H_
