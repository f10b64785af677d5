#include "analyze/attribution_cue_site.h"

#include <array>
#include <string_view>

#include "analyze/attribution_words.h"

namespace sitrep::attribution {

bool TitleCaseCue(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e) {
  if (i == b || i + 1 >= e || !t.IsWordLike(i - 1) || !t.Capitalized(i - 1) ||
      !t.IsWordLike(i + 1) || !t.Capitalized(i + 1)) {
    return false;
  }
  // A headline capitalizes its content words; a sentence that names
  // "United States" or "Press Secretary" does not. Only run on capitalized
  // cue words, so the scan of the sentence is rare.
  uint32_t words = 0, caps = 0;
  for (uint32_t k = b; k < e; ++k) {
    if (t.toks()[k].kind != TokenKind::kWord || t.W(k).size() < 4) continue;
    ++words;
    caps += t.Capitalized(k);
  }
  return words >= 3 && caps == words;
}

namespace {

// A participle or past form: "asked", "seeking", "said", "known".
bool ParticipleForm(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kIrregular = {
      "said", "told", "thought", "known", "seen", "shown", "written", "felt", "found"};
  return w.ends_with("ed") || w.ends_with("ing") || InSet(w, kIrregular);
}

const PhrasalCue* FindPhrasal(std::string_view lemma) {
  for (const PhrasalCue& p : kPhrasalCues) {
    if (p.lemma == lemma) return &p;
  }
  return nullptr;
}

// True when `word` is one of the space-separated lowercase `words`.
bool HasWord(std::string_view words, std::string_view word) {
  size_t start = 0;
  while (start < words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    if (EqualsLower(word, words.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::optional<CueSite> VerbCueAt(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                                 const CueEntry* cue) {
  const auto& toks = t.toks();
  // A capitalized cue word inside a sentence is part of a name ("United
  // States"); a cue followed by "by" is passive ("reported by").
  if (i > b && t.Capitalized(i) && !TitleCaseCue(t, i, b, e)) return std::nullopt;
  if (i + 1 < e && EqualsLower(t.W(i + 1), "by")) return std::nullopt;
  // Adjectival/noun uses: "the said", "a report", "so-called", "base of
  // support", "the mayor's support".
  if (i > b && (InSet(t.W(i - 1), kDeterminers) || InSet(t.W(i - 1), kNounLead) ||
                IsPossessive(t.W(i - 1)))) {
    return std::nullopt;
  }
  // A cue glued to markup or a compound ("tweet-id=", "report_2") is not a
  // word of the sentence.
  if (i + 1 < e && !(toks[i + 1].flags & (kSpaceBefore | kNewlineBefore))) {
    std::string_view n = t.W(i + 1);
    if (toks[i + 1].kind == TokenKind::kSymbol || (t.IsPunct(i + 1) && n != "," && n != "." &&
                                                   n != ":" && n != ";" && n != "?" && n != "!")) {
      return std::nullopt;
    }
  }
  CueSite site;
  site.verb = i;
  site.cue = cue;
  site.naming = InSet(std::string_view(cue->lemma), kNamingCues);
  site.first = site.last = i;
  // "was asked", "is seeking", "has not been" is not a cue lead: only a
  // participle or past form takes "be" ("is say" is not English).
  if (i > b && InSet(t.W(i - 1), kBeForms) && ParticipleForm(t.W(i))) --site.first;
  while (site.first > b && InSet(t.W(site.first - 1), kCueLead)) --site.first;
  while (site.first > b && site.first < i && ParticipleForm(t.W(i)) &&
         InSet(t.W(site.first - 1), kBeForms) && !InSet(t.W(site.first), kBeForms)) {
    --site.first;  // "is not expected", "was also asked"
    while (site.first > b && InSet(t.W(site.first - 1), kCueLead)) --site.first;
  }
  site.participle = t.W(i).ends_with("ing");
  // A participle reports speech after a comma or dash (", adding that"), a
  // preposition that makes it the manner of the main clause ("by saying"),
  // or "be" (the progressive "is telling"). "saying" reports wherever it
  // stands ("a sign saying '...'", "with 22 percent saying they would").
  const bool after_comma =
      i > b && (t.IsPunct(i - 1, ",") || t.IsPunct(i - 1, "\u2013") || t.IsPunct(i - 1, "-") ||
                (i > b + 1 && t.toks()[i - 1].has(kCloseQuote) && t.IsPunct(i - 2, ",")));
  if (site.participle && !EqualsLower(t.W(i), "saying") &&
      !(after_comma || (i > b && InSet(t.W(i - 1), kParticipleLead)) ||
        InSet(t.W(site.first), kBeForms))) {
    return std::nullopt;
  }
  if (cue->lemma == "call" && i + 1 < e &&
      (EqualsLower(t.W(i + 1), "for") || EqualsLower(t.W(i + 1), "on"))) {
    // "called for a ban", "called on X to resign": an appeal whose content
    // is the clause after the particle, not a name.
    site.naming = false;
    site.last = i + 1;
  } else if (cue->lemma == "refer" && i + 1 < e && EqualsLower(t.W(i + 1), "to")) {
    // "..., referring to the convention": the referent is the content.
    site.naming = false;
    site.phrase = true;
    site.last = i + 1;
  } else if (site.naming && i + 1 < e &&
             (EqualsLower(t.W(i + 1), "to") || EqualsLower(t.W(i + 1), "for"))) {
    site.last = i + 1;
  } else if (const PhrasalCue* ph = FindPhrasal(cue->lemma)) {
    if (i + 1 < e && HasWord(ph->particles, t.W(i + 1))) {
      site.last = i + 1;
      // "lashed out at", "spoke out against".
      if (EqualsLower(t.W(i + 1), "out") && i + 2 < e &&
          (EqualsLower(t.W(i + 2), "at") || EqualsLower(t.W(i + 2), "against"))) {
        site.last = i + 2;
      }
    } else if (ph->only) {
      return std::nullopt;
    }
  } else if (i + 2 < e && EqualsLower(t.W(i + 1), "to") && t.CueAt(i + 2) != nullptr &&
             !t.CueAt(i + 2)->noun && !t.Capitalized(i + 2)) {
    site.last = i + 2;  // "want to stress": one cue, the second verb's content
  } else if (i + 3 < e && EqualsLower(t.W(i + 1), "in") && InSet(t.W(i + 2), kDeterminers) &&
             EqualsLower(t.W(i + 3), "statement")) {
    site.last = i + 3;  // "said in a statement"
  } else if (i + 2 < e && t.IsPunct(i + 1, ":") && !t.IsPunct(i + 2)) {
    site.last = i + 1;  // PolNeAR keeps the colon: "added: '...'"
  } else if (i + 2 < e && InSet(t.W(i + 1), kTimeLead) && t.IsPunct(i + 2) &&
             !t.IsPunct(i + 2, ":")) {
    site.last = i + 1;  // "..., she said Monday.": PolNeAR keeps a final day
  }
  return site;
}

}  // namespace sitrep::attribution
