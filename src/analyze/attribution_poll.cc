#include "analyze/attribution_poll.h"

#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

constexpr std::array<std::string_view, 4> kPollHeads = {"poll", "polls", "survey", "surveys"};
// Words that may follow the head and still belong to the poll phrase
// ("a poll released Sunday", "a survey last month").
constexpr std::array<std::string_view, 15> kPollTail = {
    "released", "conducted", "published", "taken",    "last",   "this",     "month", "week",
    "monday",   "tuesday",   "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<std::string_view, 8> kPollLead = {"recent",    "latest", "new", "national",
                                                       "statewide", "every",  "one", "another"};

}  // namespace

std::optional<Nominal> PollIn(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                              uint32_t floor) {
  if (i + 2 >= e || !EqualsLower(t.W(i), "in")) return std::nullopt;
  // A named or determined poll ("the latest poll", "a CNN poll"), not "in
  // five states going to the polls".
  std::string_view first = t.W(i + 1);
  if (!InSetOf<kDeterminers>(first) && !InSetOf<kPollLead>(first) && !t.Capitalized(i + 1)) {
    return std::nullopt;
  }
  uint32_t head = kNone;
  for (uint32_t k = i + 1; k < e && k - i <= kMaxNp; ++k) {
    if (t.IsPunct(k, ",") || t.IsPunct(k, ".") || t.QuoteAt(k) != nullptr) break;
    if (k > i + 1 && !EqualsLower(t.W(k), "of") && InSetOf<kStops>(t.W(k))) break;
    if (InSetOf<kPollHeads>(t.W(k))) {
      head = k;
      break;
    }
  }
  if (head == kNone) return std::nullopt;
  // "leads in the polls", "ahead in national polls": a standing, which
  // PolNeAR rarely marks (14 gold cues in 79 predictions on train); a poll
  // or an opening "In exit polls, A" reports.
  if (i != b && t.W(head).ends_with("s")) return std::nullopt;
  uint32_t src_end = head + 1;
  while (src_end < e && src_end - head < 4 && InSetOf<kPollTail>(t.W(src_end))) ++src_end;
  // "a survey from Acme College": the pollster's name belongs to the phrase.
  if (src_end + 1 < e && (EqualsLower(t.W(src_end), "from") || EqualsLower(t.W(src_end), "by")) &&
      t.Capitalized(src_end + 1)) {
    ++src_end;
    while (src_end < e && src_end - head < kMaxNp && t.Capitalized(src_end)) ++src_end;
  }
  std::optional<Span> content;
  uint32_t end = src_end;
  if (i == b && src_end < e && t.IsPunct(src_end, ",")) {
    uint32_t z = src_end + 1;
    while (z < e && !ClauseBreak(t, z, e)) ++z;
    content = Content(t, src_end + 1, z);
    end = z;
  } else if (i > floor) {
    content = Content(t, floor, i);
  }
  if (!content) return std::nullopt;
  return Nominal{i, i, i + 1, src_end - 1, *content, end};
}

}  // namespace sitrep::attribution
