#include "analyze/event_place.h"

#include <string>

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

}  // namespace

std::optional<EventPlace> FindEventPlace(const Document& doc, const Gazetteer& gaz,
                                         uint32_t first, uint32_t last, uint32_t from) {
  std::optional<EventPlace> before;
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
    // Longest run of capitalized words that the gazetteer knows.
    uint32_t end = start;
    while (end < last && end - start < gaz.max_words() &&
           doc.tokens[end].has(kCapitalized) && doc.tokens[end].kind != TokenKind::kPunct) {
      ++end;
    }
    for (uint32_t e = end; e > start; --e) {
      phrase.assign(doc.view({doc.tokens[start].span.start, doc.tokens[e - 1].span.end}));
      if (const Place* p = gaz.Find(phrase)) {
        EventPlace place{std::string(phrase), p->country};
        if (i + 1 >= from) return place;
        if (!before) before = std::move(place);
        break;
      }
    }
  }
  return before;
}

}  // namespace sitrep
