#include "app/batch.h"

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include <memory>
#include <optional>
#include <thread>

namespace sitrep {

namespace {

// One input on its way through the pipeline.
struct Item {
  std::string name;
  std::string bytes;
  std::string read_error;  // set when the input could not be read
  Diagnostics diag;
  Document doc;
  std::string rendered;
};

}  // namespace

BatchStats RunBatch(const std::vector<std::string>& paths, const Analyzer& analyzer,
                    const BatchOptions& opts, const RenderFn& render, const EmitFn& emit,
                    const ReportFn& report) {
  BatchStats stats;
  // Folder listing problems are reported before any document.
  std::vector<std::pair<std::string, std::string>> listing_errors;
  const std::vector<std::string> files =
      ExpandInputs(paths, [&](const std::string& name, const std::string& msg) {
        listing_errors.emplace_back(name, msg);
      });
  for (const auto& [name, msg] : listing_errors) {
    report(name, msg, true);
    ++stats.failed;
  }

  const size_t threads =
      opts.threads ? opts.threads : static_cast<size_t>(oneapi::tbb::info::default_concurrency());
  oneapi::tbb::global_control limit(oneapi::tbb::global_control::max_allowed_parallelism,
                                    threads);
  size_t next = 0;
  oneapi::tbb::parallel_pipeline(
      threads * 4,
      oneapi::tbb::make_filter<void, Item*>(
          oneapi::tbb::filter_mode::serial_in_order,
          [&](oneapi::tbb::flow_control& fc) -> Item* {
            if (next == files.size()) {
              fc.stop();
              return nullptr;
            }
            auto item = std::make_unique<Item>();
            item->name = files[next++];
            if (!ReadInput(item->name, opts.input, &item->bytes, &item->read_error) &&
                item->read_error.empty()) {
              item->read_error = "cannot read";
            }
            return item.release();
          }) &
          oneapi::tbb::make_filter<Item*, Item*>(
              oneapi::tbb::filter_mode::parallel,
              [&](Item* item) -> Item* {
                if (item->read_error.empty() &&
                    analyzer.Analyze(item->name, std::move(item->bytes), &item->doc,
                                     &item->diag)) {
                  render(item->doc, &item->rendered);
                }
                return item;
              }) &
          oneapi::tbb::make_filter<Item*, void>(
              oneapi::tbb::filter_mode::serial_in_order, [&](Item* raw) {
                std::unique_ptr<Item> item(raw);
                if (!item->read_error.empty()) {
                  report(item->name, item->read_error, true);
                  ++stats.failed;
                  return;
                }
                for (const std::string& w : item->diag.warnings) report(item->name, w, false);
                if (!item->diag.ok()) {
                  report(item->name, item->diag.error, true);
                  ++stats.failed;
                  return;
                }
                ++stats.documents;
                stats.bytes += item->doc.input.size();
                stats.sentences += item->doc.sentences.size();
                emit(item->rendered);
              }));
  return stats;
}

}  // namespace sitrep
