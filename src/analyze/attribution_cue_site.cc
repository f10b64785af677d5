#include "analyze/attribution_cue_site.h"

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
  site.participle = t.W(i).ends_with("ing");
  if (site.participle && !(i > b && t.IsPunct(i - 1, ","))) return std::nullopt;

  site.first = site.last = i;
  while (site.first > b && InSet(t.W(site.first - 1), kCueLead)) --site.first;
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
  } else if (InSet(std::string_view(cue->lemma), kParticleCues)) {
    if (i + 1 < e && InSet(t.W(i + 1), kParticles)) {
      site.last = i + 1;
    } else if (cue->lemma == "talk" || cue->lemma == "speak") {
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
  } else if (i + 2 < e && EqualsLower(t.W(i), "said") && EqualsLower(t.W(i + 1), "of") && i > b &&
             (t.toks()[i - 1].has(kCloseQuote) || t.IsWordLike(i - 1))) {
    site.last = i + 1;  // "'...,' Roe said of the plan": the topic is not the content
  }
  return site;
}

}  // namespace sitrep::attribution
