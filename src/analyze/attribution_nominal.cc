#include "analyze/attribution_nominal.h"

#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {

std::optional<Nominal> AccordingTo(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                                   uint32_t floor) {
  if (i + 1 >= e || !EqualsLower(t.W(i), "according") || !EqualsLower(t.W(i + 1), "to")) {
    return std::nullopt;
  }
  uint32_t src_end = AccordingSourceEnd(t, i + 2, e);
  if (src_end == i + 2) return std::nullopt;
  std::optional<Span> content;
  bool after = src_end + 1 < e && t.IsPunct(src_end, ",");
  if (i > floor + 1 && t.IsPunct(i - 1, ",") && after) {
    // "The plan, according to X, is ...": the content is the extent.
    content = Content(t, floor, e);
  } else if (i == b || (src_end + 4 < e && t.IsPunct(src_end, ","))) {
    uint32_t a = src_end;
    while (a < e && t.IsPunct(a)) ++a;
    content = Content(t, a, e);
  } else {
    content = Content(t, floor, i);
  }
  if (!content) return std::nullopt;
  Nominal n{i, i + 1, i + 2, src_end - 1, *content, src_end};
  if (content->end >= t.toks()[e - 1].span.start) n.end = e;
  return n;
}

std::optional<Nominal> PossessiveNounCue(const AttributionText& t, uint32_t i, uint32_t b,
                                         uint32_t e) {
  if (i == b || i + 1 >= e || !EqualsLower(t.W(i + 1), "that")) return std::nullopt;
  std::string_view prev = t.W(i - 1);
  if (!IsPossessive(prev) && !InSetOf<kPossessives>(prev)) return std::nullopt;
  std::optional<Span> content = Content(t, i + 1, e);
  if (!content) return std::nullopt;
  return Nominal{i, i, i - 1, i - 1, *content, e};
}

std::optional<Nominal> HeadlineColon(const AttributionText& t, uint32_t b, uint32_t e) {
  uint32_t c = b;
  while (c < e && c - b < 5 && t.IsWordLike(c) && t.Capitalized(c) && t.QuoteAt(c) == nullptr) ++c;
  if (c == b || c - b > 4 || c + 1 >= e || !t.IsPunct(c, ":")) return std::nullopt;
  // A single word that is a cue is a label ("Update:", "Report:").
  if (c == b + 1 && t.cues().FindWord(t.W(b)) != nullptr) return std::nullopt;
  // "Editor's Note:", "Delegate Update:", "Question:": labels, not speakers;
  // so are a click-bait kicker ("Breaking:", "Wow:") and a credit line
  // ("Contributing:"): 15 predictions on train, none of them gold. "Poll:"
  // is a speaker (gold 5 times in 6 on train).
  static constexpr std::array<std::string_view, 17> kLabels = {
      "note",     "update",       "correction", "question",  "name",      "daily",
      "breaking", "wow",          "look",       "bombshell", "exclusive", "busted",
      "boom",     "contributing", "plus",       "leaked",    "notice"};
  if (InSetOf<kLabels>(t.W(c - 1))) return std::nullopt;
  // "The Latest: ..." is a column title, not a speaker.
  if (InSetOf<kDeterminers>(t.W(b))) return std::nullopt;
  // What is said has words: "Clinton: 547" is a tally.
  uint32_t words = 0;
  for (uint32_t k = c + 1; k < e && words < 3; ++k) words += t.toks()[k].kind == TokenKind::kWord;
  if (words < 3) return std::nullopt;
  std::optional<Span> content = Content(t, c + 1, e);
  if (!content) return std::nullopt;
  return Nominal{c, c, b, c - 1, *content, e};
}

std::optional<Nominal> NameColonQuote(const AttributionText& t, uint32_t i, uint32_t e,
                                      uint32_t floor) {
  if (!t.IsPunct(i, ":") || i + 1 >= e || !t.OpensQuote(i + 1) || i < floor + 2) {
    return std::nullopt;
  }
  uint32_t k = i;
  // "Jane Roe", "Roe and Doe".
  while (k > floor && i - k < 6 && t.IsWordLike(k - 1) && t.QuoteAt(k - 1) == nullptr &&
         (t.Capitalized(k - 1) ||
          (EqualsLower(t.W(k - 1), "and") && k < i && k - 1 > floor && t.Capitalized(k - 2)))) {
    --k;
  }
  if (k == i || i - k > 5) return std::nullopt;
  // The name opens a segment: after a dash, a colon or "from" (a digest's
  // "topic - Name: 'quote'", "More from Name: 'quote'"), not inside running
  // text ("told the Senate: '...'").
  std::string_view before = t.W(k - 1);
  if (k == floor || !(before == "-" || before == "\u2014" || before == "\u2013" || before == ":" ||
                      EqualsLower(before, "from"))) {
    return std::nullopt;
  }
  const Quotation* q = t.QuoteAt(i + 1);
  return Nominal{i, i, k, i - 1, q->outer, q->close_token + 1};
}

}  // namespace sitrep::attribution
