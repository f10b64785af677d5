#include "analyze/attribution_passive.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

constexpr std::array<std::string_view, 8> kQuestionLead = {"if",  "whether", "about", "to",
                                                           "why", "what",    "how",   "when"};

}  // namespace

std::optional<Nominal> AskedBy(const AttributionText& t, uint32_t i, uint32_t e) {
  if (i + 3 >= e || !EqualsLower(t.W(i), "asked") || !EqualsLower(t.W(i + 1), "by")) {
    return std::nullopt;
  }
  // The agent: a short phrase that stops at the question word (a stop word).
  const uint32_t src_end = RightNpEnd(t, i + 2, e);
  if (src_end == i + 2 || src_end >= e || !InSet(t.W(src_end), kQuestionLead)) {
    return std::nullopt;
  }
  uint32_t z = src_end;
  while (z < e && !t.IsPunct(z, ",")) {
    z = t.OpensQuote(z) ? t.QuoteAt(z)->close_token + 1 : z + 1;
  }
  z = std::min(z, e);
  std::optional<Span> content = Content(t, src_end, z);
  if (!content) return std::nullopt;
  return Nominal{i, i, i + 2, src_end - 1, *content, z};
}

}  // namespace sitrep::attribution
