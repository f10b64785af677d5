#include "analyze/attribution_source_speaker.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/attribution_words.h"

namespace sitrep {
namespace {

// The sentence holding byte `pos`, or nullptr.
const Sentence* SentenceAt(const Document& doc, uint32_t pos) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.start; });
  if (it == doc.sentences.begin()) return nullptr;
  --it;
  return pos < it->span.end ? &*it : nullptr;
}

bool Holds(Span outer, Span inner) { return outer.start <= inner.start && inner.end <= outer.end; }

}  // namespace

void InheritPronounSpeakers(Document* doc) {
  using attribution::EqualsLower;
  std::vector<Statement>& sts = doc->statements;
  for (size_t i = 0; i < sts.size(); ++i) {
    Statement& s = sts[i];
    if (s.speaker != kNoActor || !s.source || !s.cue) continue;
    const std::string_view w = doc->view(*s.source);
    const bool person = EqualsLower(w, "he") || EqualsLower(w, "she");
    if (!person && !EqualsLower(w, "it") && !EqualsLower(w, "they")) continue;
    const Sentence* sentence = SentenceAt(*doc, s.cue->start);
    if (sentence == nullptr) continue;
    const Statement* nearest = nullptr;
    const Statement* holding = nullptr;
    bool quoted = false;
    for (size_t j = i; j-- > 0 && i - j <= 8;) {
      const Statement& o = sts[j];
      if (!o.cue || o.cue->start < sentence->span.start) break;
      if (o.direct && Holds(o.content, *s.source)) quoted = true;
      if (o.speaker == kNoActor || !o.source || o.source->start >= s.source->start) continue;
      const std::string& kind = doc->actors[o.speaker].kind;
      if (person != (kind == "person")) continue;
      if (nearest == nullptr) nearest = &o;
      if (holding == nullptr && !o.direct && Holds(o.content, *s.cue)) holding = &o;
    }
    if (quoted) continue;
    if (holding != nullptr) {
      s.speaker = holding->speaker;
    } else if (nearest != nullptr) {
      s.speaker = nearest->speaker;
    }
  }
}

}  // namespace sitrep
