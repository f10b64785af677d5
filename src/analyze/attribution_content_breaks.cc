#include "analyze/attribution_content_breaks.h"

#include <array>
#include <string_view>

#include "analyze/attribution_trailing.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// Auxiliaries and adverbs that open a predicate after "and".
constexpr std::array<std::string_view, 14> kAux = {"has",  "have",  "had",  "is",    "was",
                                                   "are",  "were",  "will", "would", "also",
                                                   "then", "later", "did",  "does"};
// "-ed" nouns and adjectives: "and need", "and red".
constexpr std::array<std::string_view, 6> kNotVerbs = {"need", "speed", "seed",
                                                       "red",  "bed",   "feed"};

// A lowercase auxiliary or past form at token k.
bool PredicateStart(const AttributionText& t, uint32_t k) {
  if (t.toks()[k].kind != TokenKind::kWord || t.Capitalized(k)) return false;
  const std::string_view w = t.W(k);
  return InSetOf<kAux>(w) || (w.size() > 4 && w.ends_with("ed") && !InSetOf<kNotVerbs>(w));
}

}  // namespace

bool SpacedDash(const AttributionText& t, uint32_t z) {
  static constexpr std::array<std::string_view, 5> kDashes = {"-", "--", "\u2014", "\u2013",
                                                              "\u2015"};
  return t.IsPunct(z) && t.toks()[z].has(kSpaceBefore) && InSetOf<kDashes>(t.W(z));
}

bool DashBreak(const AttributionText& t, uint32_t z, uint32_t e) {
  if (z + 1 >= e || !SpacedDash(t, z)) return false;
  // A dash pair sets off an aside inside the clause ("A - B - C"): the
  // first dash of a pair is no break, and ForwardContent skips the second.
  for (uint32_t k = z + 1; k < e; ++k) {
    if (SpacedDash(t, k)) return false;
  }
  return true;
}

bool AndPredicate(const AttributionText& t, uint32_t z, uint32_t e) {
  if (z + 1 >= e || !EqualsLower(t.W(z), "and")) return false;
  const uint32_t v = z + 1;
  if (PredicateStart(t, v)) return true;
  const CueEntry* c = t.CueAt(v);
  return c != nullptr && !c->noun && !t.Capitalized(v);
}

bool SubjectAfterAnd(const AttributionText& t, uint32_t z, uint32_t e) {
  static constexpr std::array<std::string_view, 5> kSubjects = {"he", "she", "they", "we", "i"};
  if (z + 3 >= e || !t.IsPunct(z, ",")) return false;
  if (!EqualsLower(t.W(z + 1), "and")) return false;
  uint32_t k = z + 2;
  if (InSetOf<kSubjects>(t.W(k))) return true;
  // ", and Roe released ...", ", and the board has ...": a name or a "the"
  // phrase of up to four words, then an auxiliary or a past form.
  const bool det = EqualsLower(t.W(k), "the");
  if (!det && !t.Capitalized(k)) return false;
  if (det) ++k;
  uint32_t n = 0;
  while (k < e && n < 4 && t.IsWordLike(k) && (det ? !InSetOf<kStops>(t.W(k)) : t.Capitalized(k))) {
    ++k;
    ++n;
  }
  return k < e && n > 0 && PredicateStart(t, k);
}

uint32_t AndParticipleBreak(const AttributionText& t, uint32_t a, uint32_t z) {
  for (uint32_t k = a; k + 1 < z; ++k) {
    if (t.OpensQuote(k)) {
      k = t.QuoteAt(k)->close_token;
      continue;
    }
    if (k == a || !EqualsLower(t.W(k), "and")) continue;
    const uint32_t v = k + 1;
    const CueEntry* c = t.CueAt(v);
    if (c != nullptr && !c->noun && !t.Capitalized(v) && t.W(v).ends_with("ing")) return k;
  }
  return z;
}

constexpr std::array<std::string_view, 6> kObjectPronouns = {"him", "her", "them",
                                                             "me",  "us",  "you"};

bool CueTail(const AttributionText& t, uint32_t r, uint32_t k) {
  static constexpr std::array<std::string_view, 15> kLeads = {
      "to",     "in",    "at", "on",    "of",   "during", "from",   "with",
      "before", "after", "as", "while", "when", "via",    "through"};
  if (k <= r || k - r > kMaxCueTail || r == 0) return false;
  if (CueAdverbial(t, r, k)) return true;
  // Hand-written word tests rather than a tagger: the tail is short and
  // the finder has no part-of-speech stage.
  static constexpr std::array<std::string_view, 9> kClauseLinks = {
      "that", "if", "whether", "what", "why", "how", "who", "which", "where"};
  const CueEntry* verb = t.CueAt(r - 1);
  const bool addressee = verb != nullptr && EqualsLower(verb->lemma, "tell");
  if (!addressee && !InSetOf<kLeads>(t.W(r))) return false;
  for (uint32_t j = r; j < k; ++j) {
    if (!t.IsWordLike(j) || t.QuoteAt(j) != nullptr || InSetOf<kClauseLinks>(t.W(j))) return false;
    // A verb makes the tail a clause ("at least six planes filled ...").
    const std::string_view w = t.W(j);
    if (j > r && !t.Capitalized(j) &&
        ((InSetOf<kStops>(w) && !InSetOf<kLeads>(w)) || (w.size() > 4 && w.ends_with("ed")) ||
         (t.CueAt(j) != nullptr && !t.CueAt(j)->noun))) {
      return false;
    }
    if (j == r + 1 && EqualsLower(t.W(r), "at") &&
        (EqualsLower(w, "least") || EqualsLower(w, "most"))) {
      return false;  // "at least six planes ...": a quantity, a subject
    }
    // "agreed to sit", "told them to leave": an infinitive is content.
    if (EqualsLower(t.W(j), "to") && j + 1 < k && !t.Capitalized(j + 1) &&
        !InSetOf<kDeterminers>(t.W(j + 1)) && !InSetOf<kObjectPronouns>(t.W(j + 1))) {
      return false;
    }
  }
  return true;
}

bool QuoteCommaBreak(const AttributionText& t, uint32_t z, uint32_t e) {
  // Measured on train: subject pronoun +1, subordinator +6, name + word +6
  // (with the subordinate-lead guard +4).
  static constexpr std::array<std::string_view, 6> kLinks = {"before", "when",  "after",
                                                             "as",     "while", "though"};
  if (z >= e) return false;
  const std::string_view w = t.W(z);
  if (InSetOf<kSubjectPronouns>(w) || InSetOf<kLinks>(w)) return true;
  return t.Capitalized(z) && z + 1 < e && t.IsWordLike(z + 1) && !t.Capitalized(z + 1);
}

bool SubordinateLead(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kLeads = {
      "while", "although", "though", "because", "if",    "when",
      "by",    "since",    "unless", "after",   "before"};
  return InSetOf<kLeads>(w);
}

}  // namespace sitrep::attribution
