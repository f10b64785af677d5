#include "analyze/attribution_content_extent.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// Words that open a reported clause (not a passive's complement).
constexpr std::array<std::string_view, 10> kClauseOpeners = {
    "that", "if", "whether", "what", "why", "how", "when", "who", "where", "which"};
constexpr std::array<std::string_view, 6> kPronounsLower = {"he", "she", "they", "it", "we", "i"};
constexpr std::array<std::string_view, 7> kTimeDeterminers = {"this",  "last",  "next", "earlier",
                                                              "later", "early", "late"};

}  // namespace

uint32_t TokenStartingAt(const AttributionText& t, uint32_t pos) {
  const auto& toks = t.toks();
  auto it = std::lower_bound(toks.begin(), toks.end(), pos,
                             [](const Token& k, uint32_t p) { return k.span.start < p; });
  return static_cast<uint32_t>(it - toks.begin());
}

uint32_t SentenceStart(const AttributionText& t, uint32_t i) {
  const auto& sents = t.doc().sentences;
  auto it = std::upper_bound(sents.begin(), sents.end(), i,
                             [](uint32_t x, const Sentence& s) { return x < s.first_token; });
  return it == sents.begin() ? 0 : std::prev(it)->first_token;
}

// "Roe was asked to name ...", "the deficit is projected to be ...": a
// passive cue reports its subject with the complement. Token index of the
// subject's first word, or kNone.
uint32_t PassiveSubjectStart(const AttributionText& t, Span content, Span cue,
                             const std::optional<Span>& source) {
  static constexpr std::array<std::string_view, 5> kBe = {"is", "are", "was", "were", "been"};
  if (source || content.start < cue.end) return kNone;
  const uint32_t c = TokenStartingAt(t, cue.start);
  if (c == 0 || c >= t.toks().size() || !InSetOf<kBe>(t.W(c))) return kNone;
  const uint32_t b = SentenceStart(t, c);
  if (c <= b) return kNone;
  const uint32_t s = LeftNp(t, c - 1, b);
  if (s == kNone || EqualsLower(t.W(s), "it") || EqualsLower(t.W(s), "there")) return kNone;
  // "Roe was asked if ...", "Roe is convinced that ...": a question or a
  // belief reports the clause alone.
  const CueEntry* verb = t.CueAt(TokenStartingAt(t, cue.end) - 1);
  if (verb != nullptr && EqualsLower(verb->lemma, "ask")) return kNone;
  const uint32_t a = TokenStartingAt(t, content.start);
  if (a >= t.toks().size() || InSetOf<kClauseOpeners>(t.W(a)) || t.toks()[a].has(kOpenQuote)) {
    return kNone;
  }
  return s;
}

// "A, according to X, the firm's auditor, ...": a content that runs around
// "according to" is the extent only when the words after the source go on
// with the clause ("The plan, according to X, is sound"). An appositive,
// relative or participle on the source, or a new clause, is not content:
// the content is the part before the cue. One past the last content token,
// or kNone.
uint32_t AccordingAroundEnd(const AttributionText& t, uint32_t a, uint32_t z, Span cue) {
  static constexpr std::array<std::string_view, 12> kNotPredicate = {
      "a", "an", "the", "who", "which", "where", "but", "and", "while", "whose", "one", "as"};
  const uint32_t c = TokenStartingAt(t, cue.start);
  if (c <= a + 1 || c >= z || !EqualsLower(t.W(c), "according") || !t.IsPunct(c - 1, ",")) {
    return kNone;
  }
  uint32_t k = c + 2;
  while (k < z && !t.IsPunct(k, ",") && t.QuoteAt(k) == nullptr) ++k;
  if (k >= z || !t.IsPunct(k, ",")) return kNone;
  const uint32_t n = k + 1;
  if (!t.IsWordLike(n)) return kNone;
  const std::string_view w = t.W(n);
  if (InSetOf<kNotPredicate>(w) || (t.Capitalized(n) && !InSetOf<kPronounsLower>(w)) ||
      (w.ends_with("ing") && w.size() > 5)) {
    return c - 1;
  }
  return kNone;
}

// Left-edge rules for a content that starts right after its cue (token a
// is the first content token, z one past the last).
//   "said, however, that A" -> "that A": a parenthetical set off by commas
//   right after the cue;
//   "told CNBC: 'A'" -> "'A'": words before a colon that opens a quotation;
//   "said last week in Ohio, 'A'" -> "'A'": an adverbial phrase, then a comma
//   and a quotation.
uint32_t SkipCueAdverbial(const AttributionText& t, uint32_t a, uint32_t z, Span cue) {
  if (a == 0 || a + 2 >= z || t.QuoteAt(a) != nullptr) return a;
  const uint32_t c = TokenStartingAt(t, cue.end);  // first token after the cue
  if (c > a || a - c > 1) return a;
  const bool comma_after_cue = c < a && t.IsPunct(c, ",");
  if (!comma_after_cue && InSetOf<kAdverbialLead>(t.W(a))) {
    // "asked in Iowa recently whether A" -> "whether A" (train: +6).
    static constexpr std::array<std::string_view, 7> kQuestion = {"whether", "if",   "why", "how",
                                                                  "who",     "what", "when"};
    for (uint32_t q = a + 1; q < z && q - a <= 8 && t.IsWordLike(q); ++q) {
      if (InSetOf<kQuestion>(t.W(q))) return q + 1 < z ? q : a;
    }
  }
  uint32_t k = a;
  while (k < z && k - a <= 8 && t.IsWordLike(k) && t.QuoteAt(k) == nullptr) ++k;
  if (k == a || k + 1 >= z || k - a > 8) return a;
  if (comma_after_cue && t.IsPunct(k, ",") && k - a <= 5 && t.IsWordLike(k + 1)) {
    return k + 1;
  }
  if (t.IsPunct(k, ":") && t.toks()[k + 1].has(kOpenQuote)) return k + 1;
  if (!comma_after_cue && t.IsPunct(k, ",") && t.OpensQuote(k + 1) &&
      (OpensAdverbial(t.W(a)) || InSetOf<kTimeDeterminers>(t.W(a)))) {
    return k + 1;
  }
  return a;
}

// "Roe: A. B?": a speaker's turn in a transcript runs to the end of the
// paragraph, closing punctuation included. The paragraph's end offset, or
// the content's end when the cue is not a colon.
uint32_t ColonTurnEnd(const AttributionText& t, Span content, Span cue) {
  if (cue.size() != 1 || t.doc().text[cue.start] != ':' || content.start < cue.end) {
    return content.end;
  }
  // A quotation after the colon is an excerpt: it ends with its mark.
  const uint32_t a = TokenStartingAt(t, content.start);
  if (a < t.toks().size() && t.toks()[a].has(kOpenQuote)) return content.end;
  const auto& paras = t.doc().paragraphs;
  auto it = std::upper_bound(paras.begin(), paras.end(), content.start,
                             [](uint32_t pos, const Paragraph& p) { return pos < p.span.end; });
  if (it == paras.end() || it->span.start > content.start) return content.end;
  const auto& sents = t.doc().sentences;
  if (it->last_sentence == 0 || it->last_sentence > sents.size()) return content.end;
  const Sentence& last = sents[it->last_sentence - 1];
  if (last.last_token == 0 || last.last_token > t.toks().size()) return content.end;
  const uint32_t end = t.toks()[last.last_token - 1].span.end;
  // A headline ("Roe: Plan Will Fail.") is one sentence: its full stop
  // stays out, a question mark stays in.
  if (last.span.start <= content.start) {
    const uint32_t k = last.last_token - 1;
    return t.IsPunct(k, "?") || t.IsPunct(k, "!") ? std::max(content.end, end) : content.end;
  }
  return std::max(content.end, end);
}

// "a tactic Democrats hope will work", "the friend he always hoped to
// have": a relative clause without a relative word, its verb or
// infinitive right after the cue, reports its head noun phrase too.
// Token index of the phrase's determiner, or kNone.
uint32_t ContactRelativeStart(const AttributionText& t, Span content, Span cue,
                              const std::optional<Span>& source) {
  static constexpr std::array<std::string_view, 13> kVerbStarts = {
      "will", "would", "had",   "has",   "have", "is", "was",
      "are",  "were",  "could", "might", "can",  "to"};
  static constexpr std::array<std::string_view, 4> kHeads = {"a", "an", "the", "one"};
  if (!source || source->end > cue.start || content.start < cue.end) return kNone;
  const uint32_t s = TokenStartingAt(t, source->start);
  const uint32_t a = TokenStartingAt(t, content.start);
  if (s < 2 || a >= t.toks().size() || !InSetOf<kVerbStarts>(t.W(a))) return kNone;
  // A participle cue heads no relative clause: "included Roe vowing to".
  if (t.W(TokenStartingAt(t, cue.start)).ends_with("ing")) return kNone;
  // The head: a determiner and one to three plain words right before the
  // source ("the place [Pentagon officials] say").
  for (uint32_t k = s - 1; k + 4 >= s && k > 0; --k) {
    if (!t.IsWordLike(k) || t.Capitalized(k) || InSetOf<kStops>(t.W(k)) ||
        InSetOf<kPronounsLower>(t.W(k))) {
      return kNone;
    }
    if (InSetOf<kHeads>(t.W(k - 1))) return k - 1;
  }
  return kNone;
}

}  // namespace sitrep::attribution
