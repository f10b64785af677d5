// sitrep analyze [--pretty] PATH...: one JSON record per document, one per
// line (or indented with --pretty), on stdout; problems on stderr.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "analyze/json_writer.h"
#include "app/batch.h"
#include "app/commands.h"
#include "app/resources.h"

namespace sitrep {

namespace {

struct AnalyzeArgs {
  std::vector<std::string> paths;
  bool pretty = false;
  size_t threads = 0;
  double max_doc_mb = 32;
  std::vector<std::string> lexicons;
};

int RunAnalyze(const AnalyzeArgs& args) {
  BatchOptions opts;
  opts.threads = args.threads;
  opts.read.max_record_bytes = static_cast<size_t>(args.max_doc_mb * 1048576.0);
  Resources res;
  if (!LoadResources(args.lexicons, &res)) return 2;
  Analyzer analyzer(res.config());
  const BatchStats stats = RunBatch(
      args.paths, analyzer, opts,
      [&](const Document& doc, std::string* out) {
        WriteJson(doc, args.pretty, out);
        out->push_back('\n');
      },
      [](const Document&, const std::string& rendered) {
        std::fwrite(rendered.data(), 1, rendered.size(), stdout);
      },
      [](const std::string& name, const std::string& msg, bool is_error) {
        std::fprintf(stderr, "sitrep: %s: %s%s\n", name.c_str(), is_error ? "" : "warning: ",
                     msg.c_str());
      });
  std::fflush(stdout);
  if (stats.failed > 0) {
    std::fprintf(stderr, "sitrep: %zu of %zu input(s) failed\n", stats.failed,
                 stats.failed + stats.documents);
    return 1;
  }
  return 0;
}

}  // namespace

void AddAnalyzeCommand(CLI::App* app, int* status) {
  auto args = std::make_shared<AnalyzeArgs>();
  CLI::App* cmd = app->add_subcommand(
      "analyze", "Analyse articles: one JSON record per document on stdout (docs/format.md)");
  cmd->add_option("paths", args->paths, "Files, folders (recursively) or - for stdin")
      ->required();
  cmd->add_flag("--pretty", args->pretty, "Indent the JSON (one record spans many lines)");
  cmd->add_option("-j,--threads", args->threads, "Worker threads (default: all cores)");
  cmd->add_option("--max-doc-mb", args->max_doc_mb, "Largest document accepted, in MB")
      ->check(CLI::PositiveNumber);
  AddLexiconOption(cmd, &args->lexicons);
  cmd->callback([args, status] { *status = RunAnalyze(*args); });
}

}  // namespace sitrep
