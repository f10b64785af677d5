#include "analyze/event_coder.h"

#include <algorithm>

#include "analyze/event_modality.h"
#include "analyze/event_place.h"
#include "analyze/statement_date.h"

namespace sitrep {
namespace {

constexpr uint32_t kNone = UINT32_MAX;
constexpr uint32_t kWordGap = 3;    // other words allowed before a later word element
constexpr uint32_t kTargetGap = 4;  // ... and before the $TARGET mention

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPreps[] = {"of", "in", "on", "at", "from", "with", "to",
                                                "for", "by", "against", "into", "over",
                                                "about", "toward", "towards", "near"};
  return std::find(std::begin(kPreps), std::end(kPreps), w) != std::end(kPreps);
}

bool IsBe(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" ||
         w == "being" || w == "got" || w == "get" || w == "gets";
}

bool IsPossessivePronoun(std::string_view w) {
  return w == "its" || w == "their" || w == "his" || w == "her";
}

bool IsPlaceNoun(std::string_view w) {
  return w == "town" || w == "city" || w == "village" || w == "capital" || w == "province" ||
         w == "region" || w == "border" || w == "enclave" || w == "territory" || w == "port";
}

bool IsDeterminer(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

// The role and sector codes of generic agents (data/actors/agents.txt): a
// code made only of one of these names no country yet. International codes
// (IGO, NGO, IMG) are whole codes and are not listed.
bool IsDomesticRole(std::string_view code) {
  static constexpr std::string_view kRoles[] = {"AGR", "BUS", "COP", "CRM", "CVL", "EDU",
                                                "ELI", "ENV", "GOV", "HLH", "HRI", "JUD",
                                                "LAB", "LEG", "MED", "MIL", "OPP", "RAD",
                                                "REB", "REF", "SEP", "SPY", "UAF"};
  return std::find(std::begin(kRoles), std::end(kRoles), code) != std::end(kRoles);
}

// Roots whose untargeted acts are usually aimed at home (measured on the
// development data): yield (08), reject (12), protest (14), coerce (17). A
// retreat (resigning, withdrawing) is aimed at no one.
bool IsDomesticAct(std::string_view root, std::string_view plover) {
  if (plover == "RETREAT") return false;
  return root == "08" || root == "12" || root == "14" || root == "17";
}

bool IsSymmetric(std::string_view code) {
  // Acts done together: "X and Y met / negotiated / cooperated / clashed".
  return code.starts_with("04") || code.starts_with("06") || code == "057" || code == "190";
}

}  // namespace

struct EventCoder::SentenceWork {
  std::string lower;                    // lowercased words of the sentence
  std::vector<std::string_view> words;  // per token; "" for punctuation
  std::vector<std::string_view> lemmas;
  std::vector<bool> clause_break;       // token ends a clause (not commas)
  std::vector<bool> comma;
  std::vector<uint32_t> mention_at;     // mention covering the token, or kNone
  std::vector<uint32_t> mention_first;  // its first token (sentence-relative)
  std::vector<uint32_t> mention_last;   // its last token
  std::string scratch;
  // Country named by a capitalized adjective or demonym at the token
  // ("Gambian", "Vietnamese-led"), computed on the first match only.
  bool adj_done = false;
  std::vector<std::string_view> adj_country;
  // Full dates by sentence, computed on first need when doc.published is
  // empty: the anchor for relative dates.
  bool dates_done = false;
  std::vector<std::pair<uint32_t, std::string>> full_dates;
};

void EventCoder::Code(Document* doc) const {
  doc->events.clear();
  SentenceWork w;
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) CodeSentence(doc, s, &w);
}

void EventCoder::CodeSentence(Document* doc, uint32_t si, SentenceWork* w) const {
  const Sentence& sent = doc->sentences[si];
  const uint32_t first = sent.first_token, n = sent.last_token - sent.first_token;
  if (n == 0) return;

  // Lowercased words. Reserve first so that views into `lower` stay valid.
  w->lower.clear();
  w->lower.reserve(sent.span.size() + n);
  std::vector<std::pair<uint32_t, uint32_t>> ranges(n);
  w->clause_break.assign(n, false);
  w->comma.assign(n, false);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = doc->tokens[first + i];
    std::string_view v = doc->view(t.span);
    const uint32_t start = static_cast<uint32_t>(w->lower.size());
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbreviation) {
      for (size_t k = 0; k < v.size(); ++k) {
        char c = v[k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        // Curly apostrophe (U+2019) -> "'": "didn’t" reads as "didn't".
        if (c == '\xE2' && k + 2 < v.size() && v[k + 1] == '\x80' && v[k + 2] == '\x99') {
          c = '\'';
          k += 2;
        }
        w->lower += c;
      }
    } else if (t.kind == TokenKind::kPunct) {
      // Quotation marks end nothing: 'forming a "joint group" with X'.
      if (v == ",") {
        w->comma[i] = true;
      } else if (v != "-") {
        w->clause_break[i] = true;
      }
    }
    ranges[i] = {start, static_cast<uint32_t>(w->lower.size()) - start};
  }
  w->words.resize(n);
  w->lemmas.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    w->words[i] = std::string_view(w->lower).substr(ranges[i].first, ranges[i].second);
    w->lemmas[i] = w->words[i].empty() ? std::string_view()
                                       : lex_.lemmatizer().Lemma(w->words[i], &w->scratch);
  }

  // Mentions over tokens. Mentions are sorted by start.
  w->mention_at.assign(n, kNone);
  w->mention_first.assign(n, kNone);
  w->mention_last.assign(n, kNone);
  auto mit = std::lower_bound(doc->mentions.begin(), doc->mentions.end(), sent.span.start,
                              [](const Mention& m, uint32_t pos) { return m.span.start < pos; });
  for (uint32_t i = 0; i < n && mit != doc->mentions.end(); ++i) {
    const Span ts = doc->tokens[first + i].span;
    while (mit != doc->mentions.end() && mit->span.start < ts.start) ++mit;
    if (mit == doc->mentions.end() || mit->span.start >= sent.span.end) break;
    if (mit->span.start >= ts.end) continue;
    if (mit->actor == kNoActor) {
      ++mit;
      continue;
    }
    uint32_t j = i;
    while (j + 1 < n && doc->tokens[first + j + 1].span.start < mit->span.end) ++j;
    const uint32_t m = static_cast<uint32_t>(mit - doc->mentions.begin());
    for (uint32_t k = i; k <= j; ++k) {
      w->mention_at[k] = m;
      w->mention_first[k] = i;
      w->mention_last[k] = j;
    }
    i = j;
    ++mit;
  }
  auto actor_of = [&](uint32_t tok) { return doc->mentions[w->mention_at[tok]].actor; };
  w->adj_done = false;
  auto adj_at = [&](uint32_t tok) -> std::string_view {
    if (!w->adj_done) {
      w->adj_done = true;
      w->adj_country.assign(n, std::string_view());
      for (uint32_t j = 0; j < n; ++j) {
        const Token& t = doc->tokens[first + j];
        if (!t.has(kCapitalized) || w->words[j].empty()) continue;
        std::string_view v = doc->view(t.span);
        std::string_view cc = gaz_.CountryOfAdjective(v);
        // "Vietnamese-led forces", "US-backed": the country before the hyphen.
        if (size_t h = v.find('-'); cc.empty() && h != std::string_view::npos) {
          cc = gaz_.CountryOfAdjective(v.substr(0, h));
          if (cc.empty()) {
            if (const Place* pl = gaz_.Find(v.substr(0, h)); pl && pl->is_country) {
              cc = pl->country;
            }
          }
        }
        w->adj_country[j] = cc;
      }
    }
    return w->adj_country[tok];
  };
  // The country of a coded mention at `tok`, or "".
  auto mention_country = [&](uint32_t tok) -> std::string_view {
    if (w->mention_at[tok] == kNone) return {};
    const DocActor& a = doc->actors[actor_of(tok)];
    if (!a.country.empty()) return a.country;
    // International bodies: IGOUNO, or a bare NGO/IGO sector code.
    if (a.code.size() >= 6 || (a.kind == "organization" && a.code.size() == 3)) {
      return std::string_view(a.code).substr(0, 3);
    }
    return {};
  };

  // The first mention starting in [from, from + gap] without crossing a clause
  // break or comma; determiners and other words may come first.
  // `*place` is set when "in", "at" or "near" comes first ("blockades in the
  // West Bank"): a place, not the act's object (patterns that want a place
  // spell the preposition: "arrive in $TARGET").
  auto mention_after = [&](uint32_t from, uint32_t gap, bool* place = nullptr) -> uint32_t {
    for (uint32_t j = from; j < n && j <= from + gap; ++j) {
      if (w->clause_break[j] || w->comma[j]) return kNone;
      const std::string_view wd = w->words[j];
      if (place != nullptr && (wd == "in" || wd == "at" || wd == "near")) *place = true;
      if (w->mention_at[j] != kNone) return w->mention_first[j] == j ? j : kNone;
    }
    return kNone;
  };
  // The subject: nearest mention before `anchor` in the sentence that does not
  // follow a preposition (the leader *of Belarus*), else the nearest at all.
  auto subject_before = [&](uint32_t anchor) -> uint32_t {
    // "for Russian troops to invade": a mention right before "to" + verb.
    if (anchor >= 2 && w->words[anchor - 1] == "to" && w->mention_at[anchor - 2] != kNone) {
      return w->mention_first[anchor - 2];
    }
    uint32_t fallback = kNone;
    for (uint32_t j = anchor; j-- > 0;) {
      if (w->clause_break[j] && w->words[j].empty() &&
          doc->view(doc->tokens[first + j].span) == "(") {
        continue;
      }
      if (w->mention_at[j] == kNone) continue;
      const uint32_t mf = w->mention_first[j];
      uint32_t before = mf;  // the word before the mention, past "the"/"a"
      if (before > 0 && IsDeterminer(w->words[before - 1])) --before;
      const bool after_prep = before > 0 && IsPreposition(w->words[before - 1]);
      if (!after_prep) return mf;
      if (fallback == kNone) fallback = mf;
      j = mf;
    }
    return fallback;
  };
  // "X and Y": the mention coordinated before the one starting at `m`.
  auto coordinated_before = [&](uint32_t m) -> uint32_t {
    if (m < 2 || w->words[m - 1] != "and") return kNone;
    return w->mention_at[m - 2] != kNone ? w->mention_first[m - 2] : kNone;
  };
  // The country of a noun phrase [mf, ml] whose head has none: an adjective
  // in it or just before ("Gambian President X"), a coded name just before
  // ("Taiwan's Vice Foreign Minister", "European Community ministers"), else
  // an "of"/"from" phrase right after ("the president of Armenia").
  auto country_in_np = [&](uint32_t mf, uint32_t ml) -> std::string_view {
    for (uint32_t j = ml + 1; j-- > (mf >= 3 ? mf - 3 : 0);) {
      if (j < mf && (w->clause_break[j] || w->comma[j] || IsPreposition(w->words[j]))) break;
      if (std::string_view cc = adj_at(j); !cc.empty()) return cc;
      if (j < mf) {
        if (std::string_view cc = mention_country(j); !cc.empty()) return cc;
      }
    }
    uint32_t j = ml + 1;
    if (j < n && (w->words[j] == "of" || w->words[j] == "from")) {
      ++j;
      if (j < n && IsDeterminer(w->words[j])) ++j;
      if (j < n) {
        if (std::string_view cc = adj_at(j); !cc.empty()) return cc;
        if (std::string_view cc = mention_country(j); !cc.empty()) return cc;
      }
    }
    return {};
  };
  // A country adjective or coded mention before `anchor` in its clause, not
  // inside the uncoded subject `skip`'s own phrase (already tried).
  auto country_before = [&](uint32_t anchor, uint32_t skip) -> std::string_view {
    (void)skip;
    for (uint32_t j = anchor, seen = 0; j-- > 0 && seen < 12; ++seen) {
      if (w->clause_break[j]) break;
      if (std::string_view cc = adj_at(j); !cc.empty()) return cc;
      if (std::string_view cc = mention_country(j); !cc.empty()) {
        // Not the object of a preposition: "in Lebanon" is no actor.
        uint32_t b = w->mention_first[j];
        if (b > 0 && IsDeterminer(w->words[b - 1])) --b;
        if (b > 0 && IsPreposition(w->words[b - 1]) && w->words[b - 1] != "of") {
          j = w->mention_first[j];
          continue;
        }
        return cc;
      }
    }
    return {};
  };
  // The first coded mention or country adjective after `from` in the clause,
  // before a subordinate clause or a "by" phrase starts.
  auto object_after = [&](uint32_t from) -> uint32_t {
    for (uint32_t j = from, seen = 0; j < n && seen < 10; ++j, ++seen) {
      if (w->clause_break[j] || w->comma[j]) return kNone;
      const std::string_view wd = w->words[j];
      if (wd == "that" || wd == "who" || wd == "which" || wd == "by" || wd == "after" ||
          wd == "before" || wd == "while" || wd == "because" || wd == "since" || wd == "when" ||
          wd == "in" || wd == "at" || wd == "near") {
        return kNone;
      }
      if (!mention_country(j).empty() && w->mention_first[j] == j) return j;
      // "the Bosnian town of X" names a place, not an actor.
      if (!adj_at(j).empty() && !(j + 1 < n && IsPlaceNoun(w->words[j + 1]))) return j;
    }
    return kNone;
  };
  auto by_phrase = [&](uint32_t from) -> uint32_t {
    for (uint32_t j = from; j < n && j < from + 6; ++j) {
      if (w->clause_break[j]) break;
      if (w->words[j] == "by") return mention_after(j + 1, 2);
    }
    return kNone;
  };

  // The sentence's main country (event_place.h), computed on first need.
  bool main_done = false;
  std::string_view main_cc;
  auto main_country = [&]() -> std::string_view {
    if (!main_done) {
      main_done = true;
      main_cc = MainCountry(*doc, gaz_, sent.first_token, sent.last_token);
    }
    return main_cc;
  };

  // Title-case headlines capitalize their verbs; running text does not.
  uint32_t words = 0, capitalized = 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (w->words[i].empty()) continue;
    ++words;
    capitalized += doc->tokens[first + i].has(kCapitalized);
  }
  const bool headline = capitalized * 5 > words * 3;

  for (uint32_t i = 0; i < n; ++i) {
    if (w->lemmas[i].empty()) continue;
    std::span<const uint32_t> candidates = lex_.PatternsFor(w->lemmas[i]);
    if (candidates.empty()) continue;
    // A capitalized word inside a sentence is a name, not a verb: "on March
    // 3", "in May", "Strike Force" (a sentence's first word may be a verb).
    if (!headline && i > 0 && doc->tokens[first + i].has(kCapitalized) &&
        !(w->words[i - 1].empty() && !w->comma[i - 1])) {
      continue;
    }
    // "the attack", "Russia's attack", "the Bucha massacre": nouns.
    const bool after_det =
        i > 0 && (IsDeterminer(w->words[i - 1]) || w->words[i - 1].ends_with("'s") ||
                  (i > 1 && IsDeterminer(w->words[i - 2]) && !w->words[i - 1].empty() &&
                   !w->words[i - 1].ends_with("ly") && !IsBe(w->words[i - 1]) &&
                   // "The Palestinians reject": a plural actor, then a verb.
                   !(w->mention_at[i - 1] != kNone && w->words[i - 1].ends_with("s") &&
                     !w->words[i].ends_with("s"))));
    const EventPattern* match = nullptr;
    uint32_t last = i, target_tok = kNone;
    uint32_t place_tok = kNone;  // a mention after "in"/"at"/"near" in the act's slot
    for (uint32_t pi : candidates) {
      const EventPattern& p = lex_.patterns()[pi];
      // A verb pattern does not fire on a noun ("the attack", "Minsk's ban").
      if (!p.nominal && after_det) continue;
      uint32_t pos = i + 1, end = i, tgt = kNone;
      bool ok = true;
      for (size_t e = 1; e < p.elements.size() && ok; ++e) {
        const PatternElement& el = p.elements[e];
        if (el.target) {
          bool place = false;
          tgt = mention_after(pos, kTargetGap, &place);
          ok = tgt != kNone;
          if (ok) pos = w->mention_last[tgt] + 1;
          if (place) {  // matched, but the slot holds a place
            place_tok = tgt;
            tgt = kNone;
          }
          continue;
        }
        ok = false;
        for (uint32_t j = pos, gap = 0; j < n && gap <= kWordGap; ++j) {
          if (w->clause_break[j] || w->comma[j]) break;
          if (w->words[j].empty()) continue;  // quotation marks cost nothing
          ++gap;
          if (el.Matches(w->lemmas[j])) {
            pos = j + 1;
            end = j;
            ok = true;
            break;
          }
        }
      }
      if (ok) {
        match = &p;
        last = end;
        target_tok = tgt;
        break;
      }
    }
    if (match == nullptr) continue;
    const EventCodeInfo* info = lex_.FindCode(match->code);
    // The act's own class, before a threat makes it 13x: a curfew threatened
    // "in Abidjan" is still aimed at that place.
    const int act_quad = info != nullptr ? info->quad : 0;

    // Passive: a form of "be"/"get" (adverbs allowed) right before a verb.
    bool passive = false;
    if (!match->nominal && w->words[i].ends_with("ed")) {
      for (uint32_t j = i; j-- > 0 && i - j <= 3;) {
        if (IsBe(w->words[j])) {
          passive = true;
          break;
        }
        if (!w->words[j].ends_with("ly") && w->words[j] != "also" && w->words[j] != "not") break;
      }
    }
    uint32_t src = kNone, tgt = target_tok;
    if (tgt == kNone && !match->has_target()) {
      // An object right after the trigger: "arrested Protasevich", "... on X".
      uint32_t from = last + 1;
      if (from < n && IsPreposition(w->words[from]) && w->words[from] != "by" &&
          w->words[from] != "in") {
        ++from;
      }
      bool place = false;
      tgt = mention_after(from, 2, &place);
      if (place) {
        place_tok = tgt;
        tgt = kNone;
      }
    }
    if (match->subject_is_target) {
      // "Minsk has fallen under sanctions": the subject suffers the act.
      tgt = subject_before(i);
      src = by_phrase(last + 1);
      if (src == kNone && info != nullptr && info->root() == "10") {
        // "X said that Y must return it": the demand is the reporter's, made
        // of the "that" clause's subject, else of the one told ("X reminded
        // Iraq that it must ...": "it" names no actor).
        uint32_t that = kNone;
        for (uint32_t j = i; j-- > 0 && that == kNone;) {
          if (w->words[j] == "that") that = j;
        }
        if (that != kNone) {
          src = subject_before(that);
          uint32_t t = kNone;
          for (uint32_t j = that + 1; j < i && t == kNone; ++j) {
            if (w->mention_at[j] != kNone) t = w->mention_first[j];
          }
          for (uint32_t j = src == kNone ? 0 : src; t == kNone && j < that; ++j) {
            const bool told = j > 0 && (w->words[j - 1] == "to" ||
                                        (j > 1 && w->words[j - 2] == "to" &&
                                         IsDeterminer(w->words[j - 1])));
            if (told && w->mention_at[j] != kNone && w->mention_first[j] == j) t = j;
          }
          tgt = t;
        }
      }
    } else if (passive) {
      // "X was arrested by Y": X is the target, Y the source.
      const uint32_t subj = subject_before(i);
      src = by_phrase(last + 1);
      if (tgt == src) tgt = kNone;
      if (subj != kNone) tgt = subj;
    } else if (match->nominal) {
      // "Western sanctions on X", "Putin's meeting with X".
      for (uint32_t j = i; j-- > 0 && i - j <= 3;) {
        if (w->mention_at[j] != kNone) {
          src = w->mention_first[j];
          break;
        }
        if (w->clause_break[j] || w->comma[j]) break;
      }
      // No fallback to the clause subject: in "X aided the invasion of Y"
      // X is not the invader ...
      if (src == kNone) src = by_phrase(last + 1);
      // ... unless a possessive pronoun ties the noun to it: "X held its
      // first meeting with Y", "X reiterated their demand".
      for (uint32_t j = i; src == kNone && j-- > 0 && i - j <= 3;) {
        if (w->clause_break[j] || w->comma[j]) break;
        if (IsPossessivePronoun(w->words[j])) src = subject_before(j);
      }
    } else {
      src = subject_before(i);
    }
    if (src != kNone && tgt != kNone && actor_of(src) == actor_of(tgt)) {
      // "X and Y met": the target shares the subject's slot.
      tgt = kNone;
    }
    if (src != kNone && tgt == kNone && IsSymmetric(match->code)) {
      if (uint32_t other = coordinated_before(src); other != kNone) {
        tgt = src;
        src = other;
      }
    } else if (src != kNone) {
      // Report the leftmost of coordinated subjects.
      for (uint32_t other = coordinated_before(src); other != kNone;
           other = coordinated_before(src)) {
        src = other;
      }
    }

    Event ev;
    ModalityResult mod = FindModality(w->words, w->clause_break, i);
    ev.negated = mod.negated;
    ev.modality = std::string(ModalityName(mod.modality));
    // "X will/would boycott", "plans to impose": a conflictual act that is
    // only announced is a threat; with "unless" after the trigger any
    // announced act is one ("will withdraw ... unless").
    bool would_before = false;  // "would"/"will" just before, in the clause
    for (uint32_t j = i, seen = 0; j-- > 0 && seen < 4 && !w->clause_break[j]; ++seen) {
      would_before = would_before || w->words[j] == "would" || w->words[j] == "will";
    }
    bool unless_after = false;
    for (uint32_t j = last + 1; j < n && !unless_after; ++j) unless_after = w->words[j] == "unless";
    const bool announced = mod.modality == Modality::kPlanned ||
                           mod.modality == Modality::kThreatened ||
                           (mod.modality == Modality::kHypothetical && would_before);
    if (info != nullptr && announced && unless_after && info->quad <= 2) {
      info = lex_.FindCode("130");
    } else if (info != nullptr && !info->alt.empty() &&
               ((mod.modality == Modality::kPlanned && info->quad <= 2) ||
                (announced && info->quad >= 3))) {
      info = lex_.FindCode(info->alt);  // announced or threatened: 03x / 13x
    }
    if (info == nullptr) continue;
    ev.code = info->code;
    ev.root = std::string(info->root());
    ev.plover = info->plover;
    ev.quad = info->quad;
    ev.goldstein = info->goldstein;
    ev.trigger = {doc->tokens[first + i].span.start, doc->tokens[first + last].span.end};
    auto fill = [&](uint32_t tok, uint32_t* actor, std::string* code) {
      if (tok == kNone) return;
      *actor = actor_of(tok);
      const DocActor& a = doc->actors[*actor];
      *code = a.code.empty() ? a.country : a.code;
      if (!a.country.empty() || a.code.size() > 3) return;
      // A generic or unknown actor ("refugees", "President X", "the foreign
      // minister"): take the country from its noun phrase.
      const std::string role = a.code;
      const uint32_t mf = w->mention_first[tok], ml = w->mention_last[tok];
      if (std::string_view cc = country_in_np(mf, ml); !cc.empty()) {
        *code = std::string(cc) + role;
      } else if (role.empty() || IsDomesticRole(role)) {
        // "President X agreed ... in Kyrgyzstan", "rebels ... Ugandan": a
        // generic actor belongs to the country the sentence is about.
        if (std::string_view cc = main_country(); !cc.empty()) *code = std::string(cc) + role;
      }
    };
    fill(src, &ev.source, &ev.source_code);
    fill(tgt, &ev.target, &ev.target_code);
    if (ev.source_code.empty() && !match->nominal && !passive && !match->subject_is_target) {
      // No coded subject: the nearest country adjective or coded mention
      // before the trigger in its clause ("Swiss doctors handed over").
      if (std::string_view cc = country_before(i, src); !cc.empty()) ev.source_code = cc;
    }
    if (ev.source_code.empty() && passive) {
      // "was attacked by Burundian militiamen": an adjective in the by-phrase.
      for (uint32_t j = last + 1; j < n && j < last + 7 && !w->clause_break[j]; ++j) {
        if (w->words[j] != "by") continue;
        for (uint32_t k = j + 1; k < n && k < j + 4; ++k) {
          if (!adj_at(k).empty()) {
            ev.source_code = adj_at(k);
            break;
          }
        }
        break;
      }
    }
    if (ev.target_code.empty() && tgt == kNone && !match->has_target() &&
        !match->subject_is_target && !passive) {
      // An object further on in the clause ("offered to hand over ... to
      // Great Britain", "rejected an Indian proposal").
      // From the anchor on: "rejected an Indian proposal" has the adjective
      // inside the matched words.
      const uint32_t t = object_after(i + 1);
      if (t != kNone && w->mention_at[t] != kNone) {
        if (ev.source == kNoActor || actor_of(t) != ev.source) fill(t, &ev.target, &ev.target_code);
      } else if (t != kNone) {
        ev.target_code = adj_at(t);
      }
    }

    if (tgt != kNone && ev.target_code.size() >= 3 && ev.source_code.size() >= 3 &&
        ev.target_code.compare(0, 3, ev.source_code, 0, 3) == 0 &&
        !(w->mention_first[tgt] > 0 && w->words[w->mention_first[tgt] - 1] == "by")) {
      // "Britain mobilized army reservists for a war against Iraq": the
      // object is the source's own people; the act is aimed at the "against"
      // phrase further on in the clause. Not when the object is an agent
      // ("crimes by X against Y" is X's act).
      for (uint32_t j = w->mention_last[tgt] + 1; j < n && j < last + 12; ++j) {
        if (w->clause_break[j] || w->comma[j]) break;
        if (w->words[j] != "against") continue;
        for (uint32_t k = j + 1; k < n && k <= j + 3 && !w->clause_break[k]; ++k) {
          std::string_view cc = mention_country(k);
          if (cc.empty()) cc = adj_at(k);
          if (!cc.empty() && cc.compare(0, 3, ev.source_code.substr(0, 3)) != 0) {
            ev.target = w->mention_at[k] != kNone ? actor_of(k) : kNoActor;
            ev.target_code = std::string(cc);
            break;
          }
        }
        break;
      }
    }

    for (uint32_t k = 0; k < doc->statements.size(); ++k) {
      const Span c = doc->statements[k].content;
      if (ev.trigger.start >= c.start && ev.trigger.end <= c.end) {
        ev.statement = static_cast<int32_t>(k);
        if (ev.modality == "asserted") ev.modality = "reported";
        break;
      }
    }

    ev.date = FindDateIn(*doc, sent.first_token, sent.last_token, doc->published);
    if (doc->published.empty() && (ev.date.empty() || ev.date[0] == '-')) {
      // No publication date: anchor on the nearest full date in the document.
      if (!w->dates_done) {
        w->dates_done = true;
        for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
          std::string d = FindDateIn(*doc, doc->sentences[s].first_token,
                                     doc->sentences[s].last_token, "");
          if (d.size() == 10 && d[0] != '-') w->full_dates.emplace_back(s, std::move(d));
        }
      }
      const std::pair<uint32_t, std::string>* best = nullptr;
      for (const auto& fd : w->full_dates) {
        const uint32_t dist = fd.first > si ? fd.first - si : si - fd.first;
        if (!best || dist < (best->first > si ? best->first - si : si - best->first)) best = &fd;
      }
      if (best != nullptr) {
        ev.date = FindDateIn(*doc, sent.first_token, sent.last_token, best->second);
      }
    }
    ev.location = FindEventPlace(*doc, gaz_, sent.first_token, sent.last_token, first + i);
    if (ev.target_code.empty() && ev.location && !ev.location->country.empty() &&
        (act_quad == 4 || ev.root == "15") && !IsSymmetric(ev.code)) {
      // "imposed a curfew in ... Turkey", "reimposed blockades in the West
      // Bank": force used in a place is used on that place's people.
      ev.target_code = ev.location->country;
    }
    if (ev.target_code.empty() && ev.location && !ev.location->country.empty() &&
        match->code.starts_with("087") && ev.source_code.size() >= 3 &&
        ev.location->country != std::string_view(ev.source_code).substr(0, 3)) {
      // "X will evacuate the settlements in Y": a withdrawal from another
      // country's land is a concession to that country.
      ev.target_code = ev.location->country;
    }
    if (ev.target_code.empty() && place_tok != kNone && (act_quad == 4 || ev.root == "15") &&
        !IsSymmetric(ev.code)) {
      // The same for a place the gazetteer does not hold but the actor
      // lexicon does: "bombs in the capital Kabul".
      ev.target_code = mention_country(place_tok);
    }
    if (ev.target_code.empty() && ev.source_code.size() >= 3 && IsDomesticAct(ev.root, ev.plover)) {
      // "staged protests against the curbs imposed by the Ruritanian
      // army": a protest or rejection "against" something a foreign actor
      // did is aimed at that actor, not at home. The first foreign country
      // within a few words of "against", in the clause.
      for (uint32_t j = last + 1; j < n && j < last + 12 && !w->clause_break[j]; ++j) {
        if (w->words[j] != "against") continue;
        for (uint32_t k = j + 1; k < n && k <= j + 8 && !w->clause_break[k] && !w->comma[k]; ++k) {
          std::string_view cc = mention_country(k);
          if (cc.empty()) cc = adj_at(k);
          if (cc.size() >= 3 && cc.compare(0, 3, ev.source_code.substr(0, 3)) != 0) {
            ev.target = w->mention_at[k] != kNone ? actor_of(k) : kNoActor;
            ev.target_code = std::string(cc);
            break;
          }
        }
        break;
      }
    }
    if (ev.target_code.empty() && !ev.source_code.empty() && IsDomesticAct(ev.root, ev.plover)) {
      // "Workers stopped work", "police arrested 12": with no object named,
      // a protest, rejection, concession or coercive act is aimed at the
      // sentence's country (its government or people).
      if (std::string_view cc = main_country(); !cc.empty()) ev.target_code = cc;
    }
    if (ev.source_code.empty() && !match->nominal) {
      // Still no source ("X was killed", "Hundreds blocked streets in Y"):
      // the country the sentence is about. Last, so that it does not stop
      // an object of the same country from becoming the target above.
      if (std::string_view cc = main_country(); !cc.empty()) ev.source_code = cc;
    }
    doc->events.push_back(std::move(ev));
    i = last;  // the words of this match are not anchors again
  }
}

}  // namespace sitrep
