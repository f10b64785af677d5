#include "app/batch.h"

#include <oneapi/tbb/concurrent_queue.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include <exception>
#include <memory>
#include <thread>

#include "corpus/dedup.h"
#include "ingest/input.h"
#include "ingest/record_reader.h"

namespace sitrep {

namespace {

// One record (or one problem) on its way through the pipeline.
struct Item {
  Record record;
  bool is_error = false;  // a reader problem: record.name and message only
  std::string message;
  Diagnostics diag;
  Document doc;
  ShingleSketch sketch;
  std::string rendered;
};

// Streams every input's records, in order, into the queue; ends with nullptr.
void ReadAll(const std::vector<std::string>& paths, const ReadOptions& read,
             oneapi::tbb::concurrent_bounded_queue<Item*>* queue) {
  auto problem = [queue](const std::string& name, const std::string& message) {
    auto item = std::make_unique<Item>();
    item->is_error = true;
    item->record.name = name;
    item->message = message;
    queue->push(item.release());
  };
  const std::vector<std::string> files = ExpandInputs(paths, problem);
  for (const std::string& file : files) {
    ReadRecords(
        file,
        [queue](Record& record) {
          auto item = std::make_unique<Item>();
          item->record = std::move(record);
          queue->push(item.release());
        },
        problem, read);
  }
  queue->push(nullptr);
}

}  // namespace

BatchStats RunBatch(const std::vector<std::string>& paths, const Analyzer& analyzer,
                    const BatchOptions& opts, const RenderFn& render, const EmitFn& emit,
                    const ReportFn& report) {
  BatchStats stats;
  const size_t threads =
      opts.threads ? opts.threads : static_cast<size_t>(oneapi::tbb::info::default_concurrency());
  oneapi::tbb::global_control limit(oneapi::tbb::global_control::max_allowed_parallelism,
                                    threads);
  const size_t in_flight = threads * 4;
  oneapi::tbb::concurrent_bounded_queue<Item*> queue;
  queue.set_capacity(static_cast<std::ptrdiff_t>(in_flight));
  std::thread reader(ReadAll, std::cref(paths), std::cref(opts.read), &queue);

  DuplicateIndex dedup;
  const DedupOptions& dopts = dedup.options();
  bool done = false;
  try {
    oneapi::tbb::parallel_pipeline(
        in_flight,
        oneapi::tbb::make_filter<void, Item*>(
            oneapi::tbb::filter_mode::serial_in_order,
            [&](oneapi::tbb::flow_control& fc) -> Item* {
              Item* item = nullptr;
              if (!done) queue.pop(item);
              if (item == nullptr) {
                done = true;
                fc.stop();
              }
              return item;
            }) &
            oneapi::tbb::make_filter<Item*, Item*>(
                oneapi::tbb::filter_mode::parallel,
                [&](Item* item) -> Item* {
                  if (item->is_error) return item;
                  // One document that trips a bug must not stop the run: its
                  // exception becomes its error and the rest go on.
                  try {
                    if (!analyzer.Analyze(std::move(item->record), &item->doc, &item->diag)) {
                      return item;
                    }
                  } catch (const std::exception& e) {
                    item->diag.error = std::string("internal error: ") + e.what();
                    return item;
                  }
                  if (opts.dedup) {
                    // Sketchers keep scratch buffers: one per thread.
                    thread_local ShingleSketcher sketcher(dopts.shingle_words, dopts.num_hashes);
                    sketcher.Sketch(item->doc.text, &item->sketch);
                  }
                  return item;
                }) &
            oneapi::tbb::make_filter<Item*, Item*>(
                oneapi::tbb::filter_mode::serial_in_order,
                [&](Item* item) -> Item* {
                  // The index is not thread-safe and "first copy" means first
                  // in input order, so duplicates are marked serially.
                  if (!item->is_error && item->diag.ok() && opts.dedup) {
                    item->doc.duplicate_of = dedup.CheckSketch(item->doc.id, item->sketch);
                  }
                  return item;
                }) &
            oneapi::tbb::make_filter<Item*, Item*>(oneapi::tbb::filter_mode::parallel,
                                                   [&](Item* item) -> Item* {
                                                     if (!item->is_error && item->diag.ok()) {
                                                       render(item->doc, &item->rendered);
                                                     }
                                                     return item;
                                                   }) &
            oneapi::tbb::make_filter<Item*, void>(
                oneapi::tbb::filter_mode::serial_in_order, [&](Item* raw) {
                  std::unique_ptr<Item> item(raw);
                  const std::string& name =
                      item->is_error ? item->record.name : item->doc.path;
                  if (item->is_error) {
                    report(name, item->message, true);
                    ++stats.failed;
                    return;
                  }
                  for (const std::string& w : item->diag.warnings) report(name, w, false);
                  if (!item->diag.ok()) {
                    report(name, item->diag.error, true);
                    ++stats.failed;
                    return;
                  }
                  ++stats.documents;
                  if (!item->doc.duplicate_of.empty()) ++stats.duplicates;
                  stats.bytes += item->doc.input.size();
                  stats.sentences += item->doc.sentences.size();
                  emit(item->doc, item->rendered);
                }));
  } catch (...) {
    // Unblock and drain the reader before rethrowing.
    for (Item* item = nullptr; !done;) {
      queue.pop(item);
      if (item == nullptr) done = true;
      delete item;
    }
    reader.join();
    throw;
  }
  reader.join();
  return stats;
}

}  // namespace sitrep
