#include "analyze/event_place.h"

#include <algorithm>
#include <string>
#include <vector>

namespace sitrep {
namespace {

bool EqualsLower(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool IsPlacePreposition(std::string_view w) {
  return EqualsLower(w, "in") || EqualsLower(w, "near") || EqualsLower(w, "outside") ||
         EqualsLower(w, "at") || EqualsLower(w, "from") || EqualsLower(w, "with") ||
         EqualsLower(w, "into");
}

// A lowercase compass or state word that may come between a place
// preposition and the name: southern, northeastern, central, occupied,
// divided, "the capital Kabul".
bool IsPlaceModifier(std::string_view w) {
  if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  return w.ends_with("ern") || w == "central" || w == "occupied" || w == "divided" ||
         w == "disputed" || w == "annexed" || w == "capital";
}

}  // namespace

std::vector<SentencePlace> FindPlaces(const Document& doc, const Gazetteer& gaz, uint32_t first,
                                      uint32_t last) {
  std::vector<SentencePlace> out;
  std::string phrase;
  for (uint32_t i = first; i + 1 < last; ++i) {
    if (!IsPlacePreposition(doc.view(doc.tokens[i].span))) continue;
    // "with" only counts in "the border with X".
    if (EqualsLower(doc.view(doc.tokens[i].span), "with") &&
        (i == first || !EqualsLower(doc.view(doc.tokens[i - 1].span), "border"))) {
      continue;
    }
    uint32_t start = i + 1;
    if (start < last && EqualsLower(doc.view(doc.tokens[start].span), "the")) ++start;
    // "in the occupied West Bank", "in southern Lebanon", "in central
    // Baku": up to two lowercase modifiers before the name.
    for (int k = 0; k < 2 && start < last && IsPlaceModifier(doc.view(doc.tokens[start].span));
         ++k) {
      ++start;
    }
    // Longest run of capitalized words that the gazetteer knows.
    uint32_t end = start;
    while (end < last && end - start < gaz.max_words() && doc.tokens[end].has(kCapitalized) &&
           doc.tokens[end].kind != TokenKind::kPunct) {
      ++end;
    }
    for (uint32_t e = end; e > start; --e) {
      phrase.assign(doc.view({doc.tokens[start].span.start, doc.tokens[e - 1].span.end}));
      if (const Place* p = gaz.Find(phrase)) {
        out.push_back({i, EventPlace{std::string(phrase), p->country}});
        break;
      }
    }
  }
  return out;
}

std::optional<EventPlace> PickPlace(const std::vector<SentencePlace>& places, uint32_t from) {
  if (places.empty()) return std::nullopt;
  auto it = std::lower_bound(places.begin(), places.end(), from,
                             [](const SentencePlace& p, uint32_t f) { return p.preposition + 1 < f; });
  return it != places.end() ? it->place : places.front().place;
}

std::optional<EventPlace> FindEventPlace(const Document& doc, const Gazetteer& gaz, uint32_t first,
                                         uint32_t last, uint32_t from) {
  return PickPlace(FindPlaces(doc, gaz, first, last), from);
}

std::string_view MainCountry(const Document& doc, const Gazetteer& gaz, uint32_t first,
                             uint32_t last) {
  if (first >= last) return {};
  struct Vote {
    std::string_view country;
    uint32_t count;
  };
  std::vector<Vote> votes;  // a handful per sentence: a linear scan beats a map
  auto vote = [&](std::string_view cc) {
    if (cc.size() != 3) return;
    for (Vote& v : votes) {
      if (v.country == cc) {
        ++v.count;
        return;
      }
    }
    votes.push_back({cc, 1});
  };
  const Span sent{doc.tokens[first].span.start, doc.tokens[last - 1].span.end};
  auto mit = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sent.start,
                              [](const Mention& m, uint32_t pos) { return m.span.start < pos; });
  std::string phrase;
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = doc.tokens[i];
    // "ethnic Albanians in Macedonia": an ethnic name is a people, not the
    // country the sentence is about.
    const bool ethnic = i > first && EqualsLower(doc.view(doc.tokens[i - 1].span), "ethnic");
    while (mit != doc.mentions.end() && mit->span.end <= t.span.start) ++mit;
    if (mit != doc.mentions.end() && mit->span.start <= t.span.start &&
        mit->span.end > t.span.start) {
      // One vote per mention; skip its remaining tokens.
      if (mit->actor != kNoActor && !ethnic) vote(doc.actors[mit->actor].country);
      while (i + 1 < last && doc.tokens[i + 1].span.start < mit->span.end) ++i;
      ++mit;
      continue;
    }
    if (!t.has(kCapitalized) || t.kind == TokenKind::kPunct) continue;
    if (std::string_view cc = gaz.CountryOfAdjective(doc.view(t.span)); !cc.empty()) {
      if (!ethnic) vote(cc);
      continue;
    }
    uint32_t end = i;
    while (end < last && end - i < gaz.max_words() && doc.tokens[end].has(kCapitalized) &&
           doc.tokens[end].kind != TokenKind::kPunct) {
      ++end;
    }
    for (uint32_t e = end; e > i; --e) {
      phrase.assign(doc.view({doc.tokens[i].span.start, doc.tokens[e - 1].span.end}));
      if (const Place* p = gaz.Find(phrase)) {
        vote(p->country);
        i = e - 1;
        break;
      }
    }
  }
  const Vote* best = nullptr;
  for (const Vote& v : votes) {
    if (best == nullptr || v.count > best->count) best = &v;
  }
  return best ? best->country : std::string_view();
}

}  // namespace sitrep
