// sitrep eval <what> ...: the project's own scorers, printing the figures that
// docs/quality.md records.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>

#include "analyze/actor_eval.h"
#include "analyze/actor_tagger.h"
#include "analyze/attribution.h"
#include "analyze/attribution_agreement.h"
#include "analyze/attribution_eval.h"
#include "analyze/event_eval.h"
#include "app/commands.h"
#include "app/resources.h"
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
      std::printf("%-28s %6.3f %6.3f  %5d %6d %4d\n", p.id.c_str(), p.precision, p.recall, p.title,
                  p.byline, p.date);
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

struct EvalDirArgs {
  std::string dir;
  std::vector<std::string> lexicons;
  bool verbose = false;
  bool no_actors = false;
  bool agreement = false;
};

int RunEvalAttribution(const EvalDirArgs& args) {
  if (args.agreement) {
    std::string error;
    const auto scores = ScoreAgreement(args.dir, &error);
    if (!scores) {
      std::fprintf(stderr, "sitrep: %s: %s\n", args.dir.c_str(), error.c_str());
      return 1;
    }
    std::printf("second annotator against the first, %zu double-annotated articles\n%s",
                scores->documents, FormatScores(*scores).c_str());
    return 0;
  }
  Resources res;
  if (!LoadResources(args.lexicons, &res)) return 2;
  const ActorTagger tagger(res.actors, res.agents);
  const StatementFinder finder(res.cues);
  std::string error;
  const auto scores = ScoreAttribution(
      args.dir, finder,
      args.no_actors ? std::function<void(Document*)>()
                     : std::function<void(Document*)>([&](Document* d) { tagger.Tag(d); }),
      &error);
  if (!scores) {
    std::fprintf(stderr, "sitrep: %s: %s\n", args.dir.c_str(), error.c_str());
    return 1;
  }
  std::printf("%s", FormatScores(*scores).c_str());
  return 0;
}

// PolNeAR source coverage when DIR has attributions/, else mention P/R/F1
// against our own gold (data/eval/actors layout).
int RunEvalActors(const EvalDirArgs& args) {
  Resources res;
  if (!LoadResources(args.lexicons, &res)) return 2;
  const ActorTagger tagger(res.actors, res.agents);
  namespace fs = std::filesystem;
  if (fs::exists(fs::path(args.dir) / "attributions")) {
    const SourceCoverage c = ScorePolnearSources(args.dir, tagger);
    if (args.verbose) {
      for (const std::string& m : c.missed) std::printf("missed\t%s\n", m.c_str());
    }
    std::printf("documents %zu, source spans %zu, naming a person or organisation %zu\n",
                c.documents, c.sources, c.naming);
    std::printf("resolved to an actor %zu: share %.3f\n", c.covered, c.share());
    return c.documents > 0 ? 0 : 1;
  }
  if (!fs::exists(fs::path(args.dir) / "gold.tsv")) {
    std::fprintf(stderr, "sitrep: %s: neither attributions/ (PolNeAR) nor gold.tsv\n",
                 args.dir.c_str());
    return 1;
  }
  const MentionScore m = ScoreGoldMentions(args.dir, tagger);
  if (args.verbose) {
    for (const std::string& e : m.errors) std::printf("%s\n", e.c_str());
  }
  std::printf("mentions: gold %zu, predicted %zu, correct %zu\n", m.gold, m.predicted, m.correct);
  std::printf("precision %.3f  recall %.3f  F1 %.3f\n", m.precision(), m.recall(), m.f1());
  return 0;
}

int RunEvalEvents(const EvalDirArgs& args) {
  Resources res;
  if (!LoadResources(args.lexicons, &res)) return 2;
  const EventScores s = ScoreEvents(args.dir, res.actors, res.agents, res.events, res.places);
  if (!s.error.empty()) {
    std::fprintf(stderr, "sitrep: %s: %s\n", args.dir.c_str(), s.error.c_str());
    return 1;
  }
  std::printf("%s", s.Report().c_str());
  if (args.verbose) std::printf("\nmisses\n%s", s.misses.c_str());
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

  auto at = std::make_shared<EvalDirArgs>();
  CLI::App* attribution = eval->add_subcommand(
      "attribution", "Attribution (PolNeAR BRAT layout): source, cue, content P/R/F1");
  attribution->add_option("dir", at->dir, "Folder with text/ and attributions/")->required();
  attribution->add_flag("--no-actors", at->no_actors, "Skip the actor stage");
  attribution->add_flag("--agreement", at->agreement,
                        "Score the annotators against each other instead (articles with two .ann)");
  AddLexiconOption(attribution, &at->lexicons);
  attribution->callback([at, status] { *status = RunEvalAttribution(*at); });

  auto ac = std::make_shared<EvalDirArgs>();
  CLI::App* actors = eval->add_subcommand(
      "actors",
      "Actors: PolNeAR source coverage (DIR with attributions/) or mention P/R/F1 (gold.tsv)");
  actors->add_option("dir", ac->dir, "PolNeAR part folder, or data/eval/actors")->required();
  actors->add_flag("-v,--verbose", ac->verbose, "List misses and errors");
  AddLexiconOption(actors, &ac->lexicons);
  actors->callback([ac, status] { *status = RunEvalActors(*ac); });

  auto ev = std::make_shared<EvalDirArgs>();
  CLI::App* events = eval->add_subcommand(
      "events", "Events (PLOVER gold records, JSON): type, source, target and triple accuracy");
  events->add_option("file", ev->dir, "The gold-record JSON file")->required();
  events->add_flag("-v,--verbose", ev->verbose, "List the records not wholly right");
  AddLexiconOption(events, &ev->lexicons);
  events->callback([ev, status] { *status = RunEvalEvents(*ev); });
}

}  // namespace sitrep
