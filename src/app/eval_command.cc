// sitrep eval <what> ...: the project's own scorers, printing the figures that
// docs/quality.md records.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "app/commands.h"
#include "ingest/extract_eval.h"

namespace sitrep {

namespace {

struct EvalExtractArgs {
  std::string dir;
  bool verbose = false;
};

int RunEvalExtract(const EvalExtractArgs& args) {
  const ExtractScores s = ScoreExtraction(args.dir);
  if (!s.error.empty()) {
    std::fprintf(stderr, "sitrep: %s: %s\n", args.dir.c_str(), s.error.c_str());
    return 1;
  }
  if (args.verbose) {
    std::printf("%-28s %6s %6s  title byline date\n", "page", "P", "R");
    for (const PageScore& p : s.rows) {
      std::printf("%-28s %6.3f %6.3f  %5d %6d %4d\n", p.id.c_str(), p.precision, p.recall,
                  p.title, p.byline, p.date);
    }
  }
  std::printf("pages %zu\n", s.pages);
  std::printf("body  precision %.3f  recall %.3f  F1 %.3f   (4-token shingles)\n", s.precision,
              s.recall, s.f1);
  std::printf("title exact %.3f over %zu pages\n", s.title_rate, s.title_pages);
  std::printf("byline exact %.3f over %zu pages\n", s.byline_rate, s.byline_pages);
  std::printf("date exact %.3f over %zu pages\n", s.date_rate, s.date_pages);
  if (s.extract_seconds > 0) {
    std::printf("speed %.1f MB/s of HTML (%.1f MB in %.2f s, one core)\n",
                s.html_bytes / 1048576.0 / s.extract_seconds, s.html_bytes / 1048576.0,
                s.extract_seconds);
  }
  return 0;
}

}  // namespace

void AddEvalCommand(CLI::App* app, int* status) {
  CLI::App* eval = app->add_subcommand("eval", "Score sitrep against annotated data");
  eval->require_subcommand(1);

  auto ex = std::make_shared<EvalExtractArgs>();
  CLI::App* extract = eval->add_subcommand(
      "extract", "Main-text extraction: body shingle P/R/F1, title, byline and date match");
  extract->add_option("dir", ex->dir, "Folder with html/*.html.gz and ground-truth.json")
      ->required();
  extract->add_flag("-v,--verbose", ex->verbose, "One line per page");
  extract->callback([ex, status] { *status = RunEvalExtract(*ex); });
}

}  // namespace sitrep
