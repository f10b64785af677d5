#include "analyze/attribution_adverb.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// Only "reportedly": PolNeAR rarely marks "allegedly" (1 in 7 on train).
constexpr std::array<std::string_view, 1> kReportingAdverbs = {"reportedly"};

// A mark that ends a clause around the adverb: the content stays inside.
bool ClauseMark(const AttributionText& t, uint32_t k) {
  if (!t.IsPunct(k)) return false;
  std::string_view w = t.W(k);
  return w == "," || w == ":" || w == ";" || w == "(" || w == ")" || w == "\u2014" || w == "--";
}

}  // namespace

std::optional<Nominal> ReportingAdverb(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                                       uint32_t floor) {
  if (!InSetOf<kReportingAdverbs>(t.W(i))) return std::nullopt;
  // "Roe reportedly said that A": the adverb hedges the verb cue's own
  // report (statement_evidence.h reads it there), it makes none of its own.
  if (i + 1 < e && t.CueAt(i + 1) != nullptr) return std::nullopt;
  // Bounded both ways: a clause longer than 4 * kMaxNp tokens is cut there.
  const uint32_t lo = std::max(std::max(b, floor), i > 4 * kMaxNp ? i - 4 * kMaxNp : 0);
  uint32_t a = i;
  while (a > lo && !ClauseMark(t, a - 1) && t.QuoteAt(a - 1) == nullptr) --a;
  if (a == i) return std::nullopt;
  uint32_t z = i + 1;
  while (z < e && z - i <= 4 * kMaxNp && !ClauseMark(t, z)) {
    z = t.OpensQuote(z) ? t.QuoteAt(z)->close_token + 1 : z + 1;
  }
  z = std::min(z, e);
  if (z == i + 1) return std::nullopt;
  std::optional<Span> content = Content(t, a, z);
  if (!content) return std::nullopt;
  return Nominal{i, i, kNone, kNone, *content, z};
}

}  // namespace sitrep::attribution
