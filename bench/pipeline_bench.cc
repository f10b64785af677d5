// sitrep-bench: per-stage throughput of the analysis pipeline on a corpus.
//
//   sitrep-bench [--min-mb N] [--only STAGE] [DIR...]
//
// The language row times what the pipeline runs (DetectDocumentLanguage: a
// plain-English test, else CLD2); the json row times WriteJson alone on fully
// analysed documents.
//
// --only runs just the stage of that name (its printed name up to the first
// space: furniture, actors, analyze+json, ...), so that a profiler sees one
// stage at a time.
//
// Corpus: the DIRs given; else the PolNeAR texts in ../shared when present;
// else the project's own data/sample. Each stage runs single-threaded over the
// whole corpus, repeated until at least --min-mb of input has gone through it,
// so the figures are per core. Then the whole pipeline runs on all cores
// through the same batch driver as `sitrep analyze` (reading, analysing,
// rendering JSON), for the end-to-end rate. Single-core stages count CPU
// time of the timing thread; the all-cores run counts wall time. Peak memory is the process's
// maximum resident set size.
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "analyze/actor_tagger.h"
#include "analyze/attribution.h"
#include "analyze/event_coder.h"
#include "analyze/json_writer.h"
#include "analyze/pipeline.h"
#include "app/batch.h"
#include "app/resources.h"
#include "corpus/language.h"
#include "ingest/furniture.h"
#include "ingest/input.h"
#include "ingest/record_reader.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Single-core stages are timed in this thread's CPU time, so that the figures
// hold per core even when the machine is busy; the all-cores run uses wall
// time.
struct ThreadCpuClock {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<ThreadCpuClock>;
  static time_point now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return time_point(duration(int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec));
  }
};
using CpuClock = ThreadCpuClock;

struct Corpus {
  std::string source;
  std::vector<std::string> paths;
  std::vector<std::string> texts;
  size_t bytes = 0;
};

Corpus LoadCorpus(const std::vector<std::string>& dirs) {
  Corpus c;
  std::vector<std::string> roots = dirs;
  if (roots.empty()) {
    const fs::path shared = fs::path(SITREP_SOURCE_DIR) / "../shared/data/attribution/polnear";
    if (fs::exists(shared)) {
      roots = {(shared / "train/text").string(), (shared / "dev/text").string()};
      c.source = "PolNeAR train+dev texts (../shared)";
    } else {
      roots = {(fs::path(SITREP_SOURCE_DIR) / "data/sample").string()};
      c.source = "data/sample (the project's invented articles)";
    }
  } else {
    c.source = "given folders";
  }
  c.paths = sitrep::ExpandInputs(roots, [](const std::string& n, const std::string& m) {
    std::fprintf(stderr, "sitrep-bench: %s: %s\n", n.c_str(), m.c_str());
  });
  std::vector<std::string> kept;
  for (const std::string& p : c.paths) {
    if (p.size() < 4 || (p.compare(p.size() - 4, 4, ".txt") != 0)) continue;
    sitrep::ReadRecords(
        p,
        [&](sitrep::Record& r) {
          c.bytes += r.body.size();
          c.texts.push_back(std::move(r.body));
          kept.push_back(p);
        },
        [](const std::string& n, const std::string& m) {
          std::fprintf(stderr, "sitrep-bench: %s: %s\n", n.c_str(), m.c_str());
        });
  }
  c.paths = std::move(kept);
  return c;
}

long PeakRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

struct StageResult {
  double seconds = 0;
  size_t bytes = 0;
  size_t docs = 0;
  size_t sentences = 0;
};

// The stage to run alone (--only), empty for all.
std::string g_only;

bool Wanted(const char* name) {
  if (g_only.empty()) return true;
  const std::string_view n(name);
  return n.substr(0, n.find(' ')) == g_only;
}

void Print(const char* name, const StageResult& r) {
  const double mb = r.bytes / 1048576.0;
  std::printf("%-22s %9.1f MB/s %11.0f docs/s %12.0f sent/s   (%.1f MB in %.2f s)\n", name,
              mb / r.seconds, r.docs / r.seconds, r.sentences / r.seconds, mb, r.seconds);
}

// Runs body(doc) for every document, repeating the corpus until min_bytes
// have gone through. prepare builds each document up to the stage's input
// outside the timed region.
StageResult TimeStage(const Corpus& c, size_t min_bytes,
                      const std::function<void(sitrep::Document*)>& prepare,
                      const std::function<void(sitrep::Document*)>& body) {
  StageResult r;
  std::vector<sitrep::Document> docs(c.texts.size());
  while (r.bytes < min_bytes) {
    for (size_t i = 0; i < c.texts.size(); ++i) {
      docs[i] = sitrep::Document();
      std::string copy = c.texts[i];
      sitrep::Diagnostics diag;
      sitrep::Record rec;
      rec.body = std::move(copy);
      sitrep::PrepareInput(std::move(rec), &docs[i], &diag);
      prepare(&docs[i]);
    }
    const auto t0 = CpuClock::now();
    for (sitrep::Document& d : docs) body(&d);
    r.seconds += std::chrono::duration<double>(CpuClock::now() - t0).count();
    for (const sitrep::Document& d : docs) {
      r.bytes += d.input.size();
      r.sentences += d.sentences.size();
    }
    r.docs += docs.size();
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  size_t min_mb = 64;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--min-mb" && i + 1 < argc) {
      min_mb = std::strtoul(argv[++i], nullptr, 10);
    } else if (a == "--only" && i + 1 < argc) {
      g_only = argv[++i];
    } else {
      dirs.push_back(a);
    }
  }
  const Corpus c = LoadCorpus(dirs);
  if (c.texts.empty()) {
    std::fprintf(stderr, "sitrep-bench: no .txt documents found\n");
    return 1;
  }
  std::printf("corpus: %s: %zu documents, %.2f MB; each stage runs >= %zu MB on one core\n",
              c.source.c_str(), c.texts.size(), c.bytes / 1048576.0, min_mb);
  const size_t min_bytes = min_mb << 20;
  auto nothing = [](sitrep::Document*) {};
  auto strip = [](sitrep::Document* d) { sitrep::StripFurniture(d); };
  auto tokenize = [](sitrep::Document* d) { sitrep::Tokenize(d->text, &d->tokens); };
  auto split = [](sitrep::Document* d) { sitrep::SplitSentences(d); };

  // UTF-8 repair and hashing: time PrepareInput itself.
  if (Wanted("utf8+digest")) {
    StageResult r;
    while (r.bytes < min_bytes) {
      for (const std::string& t : c.texts) {
        sitrep::Document d;
        sitrep::Diagnostics diag;
        std::string copy = t;
        const auto t0 = Clock::now();
        sitrep::Record rec;
        rec.body = std::move(copy);
        sitrep::PrepareInput(std::move(rec), &d, &diag);
        r.seconds += std::chrono::duration<double>(Clock::now() - t0).count();
        r.bytes += t.size();
        ++r.docs;
      }
    }
    Print("utf8+digest", r);
  }
  if (Wanted("furniture")) Print("furniture", TimeStage(c, min_bytes, nothing, strip));
  if (Wanted("tokenize")) Print("tokenize", TimeStage(c, min_bytes, strip, tokenize));
  if (Wanted("sentences")) {
    Print("sentences", TimeStage(
                           c, min_bytes,
                           [&](sitrep::Document* d) {
                             strip(d);
                             tokenize(d);
                           },
                           split));
  }
  if (Wanted("clean+tokenize+split"))
    Print("clean+tokenize+split", TimeStage(c, min_bytes, nothing, [&](sitrep::Document* d) {
            strip(d);
            tokenize(d);
            split(d);
          }));

  const auto load0 = Clock::now();
  sitrep::Resources res;
  if (!sitrep::LoadResources({}, &res)) return 1;
  const sitrep::ActorTagger tagger(res.actors, res.agents);
  const sitrep::StatementFinder finder(res.cues);
  const sitrep::EventCoder coder(res.events, res.places);
  std::printf("%-22s %9.1f ms (actor, agent, cue and event lexicons, gazetteer, matcher)\n",
              "lexicon load", std::chrono::duration<double>(Clock::now() - load0).count() * 1e3);
  auto text_layer = [&](sitrep::Document* d) {
    strip(d);
    tokenize(d);
    split(d);
  };
  auto tag = [&](sitrep::Document* d) { tagger.Tag(d); };
  auto find = [&](sitrep::Document* d) { finder.Find(d); };
  auto code = [&](sitrep::Document* d) { coder.Code(d); };
  if (Wanted("actors")) Print("actors", TimeStage(c, min_bytes, text_layer, tag));
  if (Wanted("statements"))
    Print("statements", TimeStage(
                            c, min_bytes,
                            [&](sitrep::Document* d) {
                              text_layer(d);
                              tag(d);
                            },
                            find));
  if (Wanted("language"))
    Print("language", TimeStage(c, min_bytes, strip,
                                [](sitrep::Document* d) { sitrep::DetectDocumentLanguage(d); }));
  if (Wanted("events"))
    Print("events", TimeStage(
                        c, min_bytes,
                        [&](sitrep::Document* d) {
                          text_layer(d);
                          tag(d);
                          find(d);
                        },
                        code));
  if (Wanted("json")) {
    std::string json;
    Print("json", TimeStage(
                      c, min_bytes,
                      [&](sitrep::Document* d) {
                        text_layer(d);
                        tag(d);
                        find(d);
                        code(d);
                      },
                      [&](sitrep::Document* d) {
                        json.clear();
                        sitrep::WriteJson(*d, false, &json);
                      }));
  }
  const sitrep::Analyzer analyzer(res.config());
  if (Wanted("analyze+json")) {
    StageResult r;
    while (r.bytes < min_bytes) {
      for (size_t i = 0; i < c.texts.size(); ++i) {
        sitrep::Document d;
        sitrep::Diagnostics diag;
        std::string copy = c.texts[i], json;
        const auto t0 = CpuClock::now();
        analyzer.AnalyzeText(c.paths[i], std::move(copy), &d, &diag);
        sitrep::WriteJson(d, false, &json);
        r.seconds += std::chrono::duration<double>(CpuClock::now() - t0).count();
        r.bytes += d.input.size();
        r.sentences += d.sentences.size();
        ++r.docs;
      }
    }
    Print("analyze+json (1 core)", r);
  }

  // End to end on all cores, files read from disk, JSON rendered and dropped.
  if (Wanted("batch")) {
    sitrep::BatchOptions opts;
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const auto t0 = Clock::now();
    sitrep::BatchStats st = sitrep::RunBatch(
        c.paths, analyzer, opts,
        [](const sitrep::Document& d, std::string* out) { sitrep::WriteJson(d, false, out); },
        [](const sitrep::Document&, const std::string&) {},
        [](const std::string&, const std::string&, bool) {});
    const double sec = std::chrono::duration<double>(Clock::now() - t0).count();
    StageResult r{sec, st.bytes, st.documents, st.sentences};
    char name[64];
    std::snprintf(name, sizeof name, "batch (%u cores)", cores);
    Print(name, r);
  }
  std::printf("peak memory: %.1f MB\n", PeakRssKb() / 1024.0);
  return 0;
}
