#include "analyze/statement_evidence.h"

#include <algorithm>
#include <array>
#include <functional>
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

bool HasNegation(std::string_view lower_sentence) {
  for (std::string_view n : {" not ", "n't ", " no ", " never ", "failed to"}) {
    if (lower_sentence.find(n) != std::string_view::npos) return true;
  }
  return false;
}

bool IsWordBoundary(std::string_view s, size_t pos, size_t len) {
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z'); };
  return (pos == 0 || !alpha(s[pos - 1])) && (pos + len >= s.size() || !alpha(s[pos + len]));
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
  std::string c = LowerAscii(doc.view(st->content));
  for (std::string_view w : {"lie", "lies", "fake", "false", "untrue", "not true", "baseless",
                             "nonsense", "fabricated", "fabrication", "groundless"}) {
    size_t p = c.find(w);
    if (p != std::string::npos && IsWordBoundary(c, p, w.size())) {
      st->kind = "denial";
      st->cameo = "016";
      return;
    }
  }
  for (std::string_view w :
       {"operation", "behind", "responsible for", "provocation", "staged", "orchestrated"}) {
    size_t p = c.find(w);
    if (p != std::string::npos && IsWordBoundary(c, p, w.size())) {
      st->kind = "accusation";
      st->cameo = "112";
      return;
    }
  }
}

void AssessEvidence(Document* doc) {
  auto& sts = doc->statements;
  if (sts.empty() || doc->sentences.empty()) return;
  std::vector<uint32_t> sent(sts.size());
  for (size_t i = 0; i < sts.size(); ++i) {
    sent[i] = SentenceAt(*doc, sts[i].cue ? sts[i].cue->start : sts[i].content.start);
  }
  const std::string lower = LowerAscii(doc->text);
  // Horspool skips ahead by up to a phrase length per probe; std::string::find
  // stops at every occurrence of a marker's first letter ("u", "a", "c", ...)
  // to compare, which made this loop a visible share of the whole analysis.
  using Searcher = std::boyer_moore_horspool_searcher<std::string_view::const_iterator>;
  static const std::vector<Searcher> kSearchers = [] {
    std::vector<Searcher> v;
    v.reserve(kMarkers.size());
    for (const Marker& m : kMarkers) v.emplace_back(m.phrase.begin(), m.phrase.end());
    return v;
  }();
  const std::string_view text(lower);
  auto find = [&](size_t k, size_t from) -> size_t {
    auto it = kSearchers[k](text.begin() + from, text.end()).first;
    return it == text.end() ? std::string::npos : static_cast<size_t>(it - text.begin());
  };
  for (size_t k = 0; k < kMarkers.size(); ++k) {
    const Marker& m = kMarkers[k];
    for (size_t pos = find(k, 0); pos != std::string::npos;
         pos = find(k, std::min(pos + m.phrase.size(), text.size()))) {
      if (!IsWordBoundary(lower, pos, m.phrase.size())) continue;
      uint32_t s = SentenceAt(*doc, static_cast<uint32_t>(pos));
      const Span ss = doc->sentences[s].span;
      std::string_view sv(lower.data() + ss.start, ss.size());
      if (m.needs_negation && !HasNegation(sv)) continue;
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
