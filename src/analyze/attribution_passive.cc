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
  // The agent: a short phrase before the question word; a time or place
  // between them ("asked by Roe on Thursday about ...") is left out.
  uint32_t q = i + 2;
  while (q < e && q - i <= kMaxNp && t.IsWordLike(q) && !InSetOf<kQuestionLead>(t.W(q))) ++q;
  if (q >= e || q == i + 2 || !InSetOf<kQuestionLead>(t.W(q))) return std::nullopt;
  const uint32_t src_end = RightNpEnd(t, i + 2, q);
  if (src_end == i + 2) return std::nullopt;
  uint32_t z = q;
  while (z < e && !t.IsPunct(z, ",")) {
    z = t.OpensQuote(z) ? t.QuoteAt(z)->close_token + 1 : z + 1;
  }
  z = std::min(z, e);
  std::optional<Span> content = Content(t, q, z);
  if (!content) return std::nullopt;
  // "was asked by": PolNeAR keeps "be" in the cue (3 times in 4 on train).
  const uint32_t first = i > 0 && InSetOf<kBeForms>(t.W(i - 1)) ? i - 1 : i;
  return Nominal{first, i, i + 2, src_end - 1, *content, z};
}

}  // namespace sitrep::attribution
