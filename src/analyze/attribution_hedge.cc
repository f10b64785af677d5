#include "analyze/attribution_hedge.h"

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

// The first token of the subject ending right before token `v`, or kNone.
uint32_t SubjectStart(const AttributionText& t, uint32_t v, uint32_t floor) {
  uint32_t j = v;
  while (j > floor && v - j < 4 && t.IsWordLike(j - 1) &&
         (InSet(t.W(j - 1), kBetween) || t.W(j - 1).ends_with("ly")) && !t.Capitalized(j - 1)) {
    --j;
  }
  if (j <= floor) return kNone;
  if (InSet(t.W(j - 1), kRelatives)) return j - 1;
  return LeftNp(t, j - 1, floor);
}

}  // namespace

std::optional<Nominal> Hedge(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                             uint32_t floor) {
  if (i + 1 >= e || !t.IsWordLike(i)) return std::nullopt;
  uint32_t cue_last = i;
  if (InSet(t.W(i), kHedges)) {
    if (t.IsPunct(i + 1) || t.Capitalized(i + 1) || InSet(t.W(i + 1), kNotComplement)) {
      return std::nullopt;
    }
  } else if (InSet(t.W(i), kBe) && EqualsLower(t.W(i + 1), "expected") && i + 2 < e &&
             EqualsLower(t.W(i + 2), "to")) {
    cue_last = i + 1;
  } else {
    return std::nullopt;
  }
  uint32_t start = SubjectStart(t, i, std::max(b, floor));
  if (start == kNone) return std::nullopt;
  // The clause runs to a clause break or the sentence end.
  uint32_t z = cue_last + 1;
  while (z < e) {
    if (t.OpensQuote(z)) {
      z = t.QuoteAt(z)->close_token + 1;
      continue;
    }
    if (ClauseBreak(t, z, e)) break;
    ++z;
  }
  std::optional<Span> content = Content(t, start, z);
  if (!content) return std::nullopt;
  return Nominal{i, cue_last, kNone, kNone, *content, z};
}

}  // namespace sitrep::attribution
