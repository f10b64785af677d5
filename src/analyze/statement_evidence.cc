#include "analyze/statement_evidence.h"

#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {
namespace {

struct Marker {
  std::string_view phrase;
  const char* value;    // evidence value, or nullptr for a hedge
  bool needs_negation;  // "provide proof" counts only in a negated sentence
};

constexpr std::array<Marker, 27> kMarkers = {{
    {"without citing", "none_cited", false},
    {"without providing", "none_cited", false},
    {"without offering", "none_cited", false},
    {"without presenting", "none_cited", false},
    {"without evidence", "none_cited", false},
    {"without proof", "none_cited", false},
    {"provided no evidence", "none_cited", false},
    {"offered no evidence", "none_cited", false},
    {"gave no evidence", "none_cited", false},
    {"provide proof", "none_cited", true},
    {"provide evidence", "none_cited", true},
    {"offer proof", "none_cited", true},
    {"offer evidence", "none_cited", true},
    {"cite evidence", "none_cited", true},
    {"independently verified", "unverified", true},
    {"independently confirmed", "unverified", true},
    {"could not be verified", "unverified", false},
    {"could not be confirmed", "unverified", false},
    {"cannot be verified", "unverified", false},
    {"unverified", "unverified", false},
    {"unconfirmed", "unverified", false},
    {"allegedly", nullptr, false},
    {"reportedly", nullptr, false},
    {"purportedly", nullptr, false},
    {"supposedly", nullptr, false},
    {"apparently", nullptr, false},
    {"unnamed source", nullptr, false},
}};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

struct MarkerHit {
  uint32_t marker;  // index into kMarkers
  uint32_t pos;     // byte offset of its first letter
};

bool HasNegation(std::string_view lower_sentence) {
  for (std::string_view n : {" not ", "n't ", " no ", " never ", "failed to"}) {
    if (lower_sentence.find(n) != std::string_view::npos) return true;
  }
  return false;
}

// Whether s[pos, pos + len) stands alone: a neighbouring ASCII letter of
// either case joins the phrase to a longer word (as a lowercase letter
// would in the ASCII-lowercased text).
bool IsWordBoundaryFolded(std::string_view s, size_t pos, size_t len) {
  auto alpha = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  return (pos == 0 || !alpha(s[pos - 1])) && (pos + len >= s.size() || !alpha(s[pos + len]));
}

// A fixed list of phrases compiled once into one Hyperscan literal
// database, so that a text is read in a single pass however many phrases
// there are (a separate search per phrase was a visible share of the whole
// analysis). ASCII-caseless matching equals searching the ASCII-lowercased
// text, which the rules were written against. The static initializer of each
// user is thread-safe; scratch space is per thread (and per `Tag`, so per
// database) because hs_scan needs its own scratch per concurrent call.
template <int Tag>
class PhraseScanner {
 public:
  template <typename Phrases>
  explicit PhraseScanner(const Phrases& phrases) {
    std::vector<const char*> exprs;
    std::vector<size_t> lens;
    std::vector<unsigned> flags, ids;
    for (unsigned k = 0; k < phrases.size(); ++k) {
      const std::string_view p = Phrase(phrases[k]);
      exprs.push_back(p.data());
      lens.push_back(p.size());
      flags.push_back(HS_FLAG_CASELESS);
      ids.push_back(k);
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                             static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db_,
                             &err) != HS_SUCCESS) {
      // The phrases are constants: failing here is a build defect.
      std::fprintf(stderr, "statement_evidence: %s\n", err ? err->message : "hyperscan");
      hs_free_compile_error(err);
      std::abort();
    }
  }
  PhraseScanner(const PhraseScanner&) = delete;
  PhraseScanner& operator=(const PhraseScanner&) = delete;
  ~PhraseScanner() { hs_free_database(db_); }

  // Calls on_match(id, from, to, 0, ctx) for every occurrence of every
  // phrase (overlaps included), in order of `to`.
  void Scan(std::string_view text, match_event_handler on_match, void* ctx) const {
    struct ScratchDeleter {
      void operator()(hs_scratch_t* s) const { hs_free_scratch(s); }
    };
    thread_local std::unique_ptr<hs_scratch_t, ScratchDeleter> scratch;
    if (!scratch) {  // one database per Tag, so one allocation per thread
      hs_scratch_t* raw = nullptr;
      if (hs_alloc_scratch(db_, &raw) != HS_SUCCESS) std::abort();
      scratch.reset(raw);
    }
    // Spans are 32-bit offsets, so a document's text fits hs_scan's
    // unsigned length.
    hs_scan(db_, text.data(), static_cast<unsigned>(text.size()), 0, scratch.get(), on_match, ctx);
  }

 private:
  static std::string_view Phrase(const Marker& m) { return m.phrase; }
  static std::string_view Phrase(std::string_view p) { return p; }

  hs_database_t* db_ = nullptr;
};

// Every occurrence of every marker, as (marker, start), overlaps included.
void ScanMarkers(std::string_view text, std::vector<MarkerHit>* hits) {
  static const PhraseScanner<0> scanner(kMarkers);
  auto on_match = [](unsigned id, unsigned long long, unsigned long long to, unsigned,
                     void* ctx) -> int {
    const auto len = static_cast<unsigned long long>(kMarkers[id].phrase.size());
    static_cast<std::vector<MarkerHit>*>(ctx)->push_back(
        {static_cast<uint32_t>(id), static_cast<uint32_t>(to - len)});
    return 0;
  };
  scanner.Scan(text, on_match, hits);
}

// Marker occurrences in the order the rules apply them: by marker, then by
// position, and, as a left-to-right search per marker would find them,
// without overlapping an earlier occurrence of the same marker.
std::vector<MarkerHit> FindMarkers(std::string_view text) {
  std::vector<MarkerHit> hits;
  ScanMarkers(text, &hits);
  std::sort(hits.begin(), hits.end(), [](const MarkerHit& a, const MarkerHit& b) {
    return a.marker != b.marker ? a.marker < b.marker : a.pos < b.pos;
  });
  size_t out = 0;
  for (size_t i = 0; i < hits.size(); ++i) {
    if (out > 0 && hits[out - 1].marker == hits[i].marker &&
        hits[i].pos < hits[out - 1].pos + kMarkers[hits[i].marker].phrase.size()) {
      continue;
    }
    hits[out++] = hits[i];
  }
  hits.resize(out);
  return hits;
}

Span Extent(const Statement& st) {
  Span e = st.content;
  for (const auto& o : {st.source, st.cue}) {
    if (o) {
      e.start = std::min(e.start, o->start);
      e.end = std::max(e.end, o->end);
    }
  }
  return e;
}

}  // namespace

uint32_t SentenceAt(const Document& doc, uint32_t pos) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.start; });
  if (it == doc.sentences.begin()) return 0;
  return static_cast<uint32_t>(it - doc.sentences.begin() - 1);
}

void RefineKind(const Document& doc, Statement* st) {
  if (st->kind != "claim") return;
  // The rule, as first written: for each word in order, its FIRST
  // occurrence in the lowercased content decides (a later occurrence at a
  // word boundary does not count). One Hyperscan pass finds every word's
  // first occurrence at once instead of one search per word.
  static constexpr std::array<std::string_view, 17> kWords = {
      "lie",         "lies",       "fake",
      "false",       "untrue",     "not true",
      "baseless",    "nonsense",   "fabricated",
      "fabrication", "groundless",  // denial
      "operation",   "behind",     "responsible for",
      "provocation", "staged",     "orchestrated"};  // accusation
  constexpr unsigned kFirstAccusation = 11;
  static const PhraseScanner<1> scanner(kWords);
  struct First {
    uint32_t seen = 0;  // bit k: word k occurs
    std::array<uint32_t, kWords.size()> pos;
  } first;
  auto on_match = [](unsigned id, unsigned long long, unsigned long long to, unsigned,
                     void* ctx) -> int {
    auto* f = static_cast<First*>(ctx);
    // Matches come by end offset, so for a fixed-length word the first
    // report is its first occurrence.
    if ((f->seen >> id & 1u) == 0) {
      f->seen |= 1u << id;
      f->pos[id] = static_cast<uint32_t>(to - kWords[id].size());
    }
    return 0;
  };
  const std::string_view c = doc.view(st->content);
  if (!c.empty()) scanner.Scan(c, on_match, &first);
  for (unsigned k = 0; k < kWords.size(); ++k) {
    if ((first.seen >> k & 1u) == 0 || !IsWordBoundaryFolded(c, first.pos[k], kWords[k].size())) {
      continue;
    }
    if (k < kFirstAccusation) {
      st->kind = "denial";
      st->cameo = "016";
    } else {
      st->kind = "accusation";
      st->cameo = "112";
    }
    return;
  }
}

void AssessEvidence(Document* doc) {
  auto& sts = doc->statements;
  if (sts.empty() || doc->sentences.empty()) return;
  std::vector<uint32_t> sent(sts.size());
  for (size_t i = 0; i < sts.size(); ++i) {
    sent[i] = SentenceAt(*doc, sts[i].cue ? sts[i].cue->start : sts[i].content.start);
  }
  const std::string_view text(doc->text);
  std::vector<MarkerHit> hits = FindMarkers(text);
  // The lowercased sentence of the last hit and whether it is negated: hits
  // come by marker, then position, so one sentence holding many hits is
  // read once per marker, not once per hit.
  std::string lower_sentence;
  uint32_t lowered = UINT32_MAX;
  bool negated = false;
  for (const MarkerHit& hit : hits) {
    const Marker& m = kMarkers[hit.marker];
    const size_t pos = hit.pos;
    if (!IsWordBoundaryFolded(text, pos, m.phrase.size())) continue;
    uint32_t s = SentenceAt(*doc, static_cast<uint32_t>(pos));
    if (s != lowered) {
      const Span ss = doc->sentences[s].span;
      lower_sentence = LowerAscii(text.substr(ss.start, ss.size()));
      negated = HasNegation(lower_sentence);
      lowered = s;
    }
    const std::string_view sv(lower_sentence);
    if (m.needs_negation && !negated) continue;
    auto apply = [&](Statement& st) {
      if (m.value == nullptr) {
        st.certainty = std::min(st.certainty, 0.6f);
      } else if (st.evidence.empty() || st.evidence == "disputed") {
        st.evidence = m.value;
      }
    };
    // Statements in the marker's sentence.
    auto lo = std::lower_bound(sent.begin(), sent.end(), s) - sent.begin();
    auto hi = std::upper_bound(sent.begin(), sent.end(), s) - sent.begin();
    if (lo < hi) {
      long best = -1;
      for (long i = lo; i < hi; ++i) {
        Span e = Extent(sts[i]);
        if (e.start <= pos && pos < e.end) {
          best = i;
          break;
        }
        if (e.start <= pos) best = i;
      }
      if (m.value == nullptr && best < 0) best = lo;
      if (best >= 0) apply(sts[best]);
      continue;
    }
    if (m.value == nullptr || lo == 0) continue;  // hedges stay local
    bool plural = sv.find("these reports") != std::string_view::npos ||
                  sv.find("these claims") != std::string_view::npos ||
                  sv.find("such reports") != std::string_view::npos ||
                  sv.find("the reports") != std::string_view::npos;
    uint32_t reach = plural ? 4 : 2;
    uint32_t prev = sent[lo - 1];
    if (s - prev > reach) continue;
    for (long i = lo - 1; i >= 0; --i) {
      if (plural ? s - sent[i] > reach : sent[i] != prev) break;
      apply(sts[i]);
    }
  }
  // Disputed / corroborated by a later statement from another source.
  for (size_t j = 0; j < sts.size(); ++j) {
    bool denial = sts[j].kind == "denial";
    bool confirm =
        sts[j].cue && LowerAscii(doc->view(*sts[j].cue)).find("confirm") != std::string::npos;
    if (!denial && !confirm) continue;
    std::string_view src_j = sts[j].source ? doc->view(*sts[j].source) : "";
    for (size_t i = j; i-- > 0 && sent[j] - sent[i] <= 2;) {
      std::string_view src_i = sts[i].source ? doc->view(*sts[i].source) : "";
      if (src_i == src_j || sts[i].kind == "denial") continue;
      if (sts[i].evidence.empty()) {
        sts[i].evidence = denial ? "disputed" : "corroborated";
      }
    }
  }
}

}  // namespace sitrep
