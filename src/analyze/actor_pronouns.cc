#include "analyze/actor_pronouns.h"

#include <algorithm>

namespace sitrep {

namespace {

char PronounGender(std::string_view w) {
  // Called for every word: most fail on the first letter or the length.
  if (w.size() < 2 || w.size() > 7 || (w[0] != 'h' && w[0] != 's')) return 0;
  if (w == "he" || w == "him" || w == "his" || w == "himself") return 'm';
  if (w == "she" || w == "her" || w == "hers" || w == "herself") return 'f';
  return 0;
}

struct Candidate {
  uint32_t actor;
  uint32_t start;
  bool opens_sentence;
};

}  // namespace

void LinkPronouns(const Document& doc, const FoldedTokens& f, const std::vector<uint8_t>& is_person,
                  const std::vector<char>& gender, std::vector<Mention>* mentions) {
  if (mentions->empty() || doc.sentences.empty()) return;
  std::vector<Mention> added;
  // Reused for every pronoun.
  std::vector<Candidate> same, before;
  std::vector<uint32_t> known, unknown;
  size_t m = 0;  // first mention not before the current sentence's start
  const Sentence* prev = nullptr;
  for (const Sentence& sent : doc.sentences) {
    // Person mentions of the previous sentence and of this one.
    const uint32_t window_start = prev != nullptr ? prev->span.start : sent.span.start;
    while (m < mentions->size() && (*mentions)[m].span.start < window_start) ++m;
    bool in_quote = false;
    for (uint32_t i = sent.first_token; i < sent.last_token; ++i) {
      const Token& tok = doc.tokens[i];
      if (tok.has(kOpenQuote)) in_quote = true;
      if (tok.has(kCloseQuote)) in_quote = false;
      if (in_quote || tok.kind != TokenKind::kWord) continue;
      const char g = PronounGender(f.at(i));
      if (g == 0) continue;
      same.clear();
      before.clear();
      for (size_t k = m; k < mentions->size(); ++k) {
        const Mention& mn = (*mentions)[k];
        if (mn.span.start >= tok.span.start) break;
        if (mn.actor == kNoActor || !is_person[mn.actor]) continue;
        const char ag = gender[mn.actor];
        if (ag != 0 && ag != g) continue;
        const bool in_same = mn.span.start >= sent.span.start;
        const Sentence& s = in_same ? sent : *prev;
        const bool opens = mn.span.start <= doc.tokens[s.first_token].span.start + 1 ||
                           (s.first_token + 1 < s.last_token &&
                            mn.span.start == doc.tokens[s.first_token + 1].span.start &&
                            doc.tokens[s.first_token].kind != TokenKind::kWord);
        (in_same ? same : before).push_back({mn.actor, mn.span.start, opens});
      }
      // Pronouns already linked continue a chain ("Anna ... she ... Her").
      for (auto it = added.rbegin(); it != added.rend() && it->span.start >= window_start; ++it) {
        if (gender[it->actor] != 0 && gender[it->actor] != g) continue;
        const bool in_same = it->span.start >= sent.span.start;
        (in_same ? same : before).push_back({it->actor, it->span.start, false});
      }
      auto pick = [&](const std::vector<Candidate>& cs, bool nearest) -> uint32_t {
        // Distinct actors, known-gender ones first.
        known.clear();
        unknown.clear();
        for (const Candidate& c : cs) {
          auto& v = gender[c.actor] != 0 ? known : unknown;
          if (std::find(v.begin(), v.end(), c.actor) == v.end()) v.push_back(c.actor);
        }
        const std::vector<uint32_t>& pool = !known.empty() ? known : unknown;
        if (pool.size() == 1) return pool[0];
        if (pool.empty() || nearest) return kNoActor;
        uint32_t subject = kNoActor;
        int openers = 0;
        for (const Candidate& c : cs) {
          if (c.opens_sentence && std::find(pool.begin(), pool.end(), c.actor) != pool.end()) {
            if (subject != c.actor) ++openers;
            subject = c.actor;
          }
        }
        return openers == 1 ? subject : kNoActor;
      };
      uint32_t actor = kNoActor;
      if (!same.empty()) {
        actor = pick(same, true);
      } else if (!before.empty()) {
        actor = pick(before, false);
      }
      if (actor != kNoActor) {
        added.push_back({{tok.span.start, f.end[i]}, actor, MentionKind::kPronoun});
      }
    }
    prev = &sent;
  }
  if (added.empty()) return;
  const size_t old = mentions->size();
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::inplace_merge(
      mentions->begin(), mentions->begin() + old, mentions->end(),
      [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

}  // namespace sitrep
