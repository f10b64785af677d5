#include "analyze/attribution_text.h"

namespace sitrep::attribution {

AttributionText::AttributionText(const CueLexicon& cues, const Document& doc)
    : cues_(cues), doc_(doc), toks_(doc.tokens), quotes_(FindQuotations(doc)) {
  quote_of_.assign(toks_.size(), kNone);
  for (uint32_t q = 0; q < quotes_.size(); ++q) {
    if (quotes_[q].depth != 0) continue;
    for (uint32_t t = quotes_[q].open_token; t <= quotes_[q].close_token; ++t) {
      quote_of_[t] = q;
    }
  }
}

const CueEntry* AttributionText::CueAt(uint32_t i) const {
  if (toks_[i].kind != TokenKind::kWord) return nullptr;
  return cues_.FindWord(W(i));
}

}  // namespace sitrep::attribution
