#include "analyze/attribution_hedge.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

constexpr std::array<std::string_view, 6> kHedges = {"seem",   "seems",   "seemed",
                                                     "appear", "appears", "appeared"};
constexpr std::array<std::string_view, 4> kBe = {"is", "are", "was", "were"};
// After "appeared" these introduce a place or company, not an impression.
constexpr std::array<std::string_view, 10> kNotComplement = {
    "on", "in", "at", "before", "with", "alongside", "onstage", "together", "and", "or"};
// Words that may stand between a subject and its hedge verb.
constexpr std::array<std::string_view, 16> kBetween = {
    "also", "too",   "still", "now",  "even", "had", "has", "have",
    "may",  "might", "would", "will", "does", "did", "not", "never"};
constexpr std::array<std::string_view, 2> kRelatives = {"which", "that"};
// Contracted "be" before "expected" ("isn't expected to attend").
constexpr std::array<std::string_view, 8> kBeNot = {"isn't",       "aren't",      "wasn't",
                                                    "weren't",     "isn\u2019t",  "aren\u2019t",
                                                    "wasn\u2019t", "weren\u2019t"};
// Modals and "have" that PolNeAR keeps before "be expected" ("might be
// expected", "had been expected").
constexpr std::array<std::string_view, 10> kModals = {"may",    "might", "could", "would", "will",
                                                      "should", "must",  "has",   "have",  "had"};

// True when `w` may be a hedge verb ("seems", "appeared") or "expected":
// Hedge runs on every token, and this rejects most before the word sets.
bool MayStartHedge(std::string_view w) {
  if (w.size() < 4 || w.size() > 8) return false;
  const char c = static_cast<char>(w[0] | 0x20);
  return c == 's' || c == 'a' || c == 'e';
}

// Adverbs and negation that PolNeAR keeps inside "is not expected", "was
// originally expected", "might also be expected".
bool InnerAdverb(const AttributionText& t, uint32_t k) {
  static constexpr std::array<std::string_view, 7> kInner = {"not",  "also",  "still", "now",
                                                             "even", "never", "too"};
  if (!t.IsWordLike(k) || t.Capitalized(k)) return false;
  std::string_view w = t.W(k);
  return InSetOf<kInner>(w) || (w.size() > 4 && w.ends_with("ly"));
}

// The first token of the cue "be [adverbs] expected" whose "expected" is
// token x, not before token lo: a form of "be" ("is not expected",
// "isn't expected"), or "be"/"been" after a modal or "have" ("might be
// expected", "had been expected"); kNone otherwise. Found from "expected"
// backwards, so that only that rare word costs more than one test.
uint32_t ExpectedCueStart(const AttributionText& t, uint32_t x, uint32_t lo) {
  uint32_t k = x;
  while (k > lo && x - k < 2 && InnerAdverb(t, k - 1)) --k;
  if (k == lo) return kNone;
  --k;
  if (InSetOf<kBe>(t.W(k)) || InSetOf<kBeNot>(t.W(k))) return k;
  if (!EqualsLower(t.W(k), "be") && !EqualsLower(t.W(k), "been")) return kNone;
  uint32_t m = k;
  while (m > lo && k - m < 2 && InnerAdverb(t, m - 1)) --m;
  if (m == lo || !InSetOf<kModals>(t.W(m - 1))) return kNone;
  return m - 1;
}

// The first token of the subject ending right before token `v`, or kNone.
uint32_t SubjectStart(const AttributionText& t, uint32_t v, uint32_t floor) {
  uint32_t j = v;
  while (j > floor && v - j < 4 && t.IsWordLike(j - 1) &&
         (InSetOf<kBetween>(t.W(j - 1)) || t.W(j - 1).ends_with("ly")) && !t.Capitalized(j - 1)) {
    --j;
  }
  if (j <= floor) return kNone;
  if (InSetOf<kRelatives>(t.W(j - 1))) return j - 1;
  return LeftNp(t, j - 1, floor);
}

}  // namespace

std::optional<Nominal> Hedge(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                             uint32_t floor) {
  if (i + 1 >= e || !t.IsWordLike(i) || !MayStartHedge(t.W(i))) return std::nullopt;
  uint32_t cue_first = i, cue_last = i;
  if (InSetOf<kHedges>(t.W(i))) {
    if (t.IsPunct(i + 1) || t.Capitalized(i + 1) || InSetOf<kNotComplement>(t.W(i + 1))) {
      return std::nullopt;
    }
  } else if (EqualsLower(t.W(i), "expected") && EqualsLower(t.W(i + 1), "to")) {
    cue_first = ExpectedCueStart(t, i, std::max(b, floor));
    if (cue_first == kNone) return std::nullopt;
  } else {
    return std::nullopt;
  }
  uint32_t start = SubjectStart(t, cue_first, std::max(b, floor));
  // "The bank, which ..., is expected to act", "... but is not expected to
  // run": PolNeAR still marks the cue; without a subject next to it the
  // content is the infinitive clause.
  if (start == kNone && cue_last > cue_first) start = cue_last + 1;
  if (start == kNone) return std::nullopt;
  // The clause runs to a clause break or the sentence end, at most 4 *
  // kMaxNp tokens: every hedge of a sentence makes a statement, and
  // unbounded clauses would make a sentence of many hedges quadratic.
  uint32_t z = cue_last + 1;
  const uint32_t z_max = std::min(e, cue_last + 1 + 4 * kMaxNp);
  while (z < z_max) {
    if (t.OpensQuote(z)) {
      z = t.QuoteAt(z)->close_token + 1;
      continue;
    }
    if (ClauseBreak(t, z, e)) break;
    ++z;
  }
  std::optional<Span> content = Content(t, start, z);
  if (!content) return std::nullopt;
  return Nominal{cue_first, cue_last, kNone, kNone, *content, z};
}

}  // namespace sitrep::attribution
