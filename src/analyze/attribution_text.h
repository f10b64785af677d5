// AttributionText: the read-only view of a Document that the statement
// finder's rules share: token words and classes, the cue lexicon lookup and
// the top-level quotation holding each token.
//
// Invariants: the Document's tokens, sentences and paragraphs are set and
// outlive the view; token indices passed in are < tokens.size().
#ifndef SITREP_ANALYZE_ATTRIBUTION_TEXT_H_
#define SITREP_ANALYZE_ATTRIBUTION_TEXT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "analyze/attribution_cues.h"
#include "analyze/quotes.h"
#include "text/document.h"

namespace sitrep::attribution {

inline constexpr uint32_t kNone = UINT32_MAX;  // "no token"
inline constexpr uint32_t kMaxNp = 12;         // longest speaker phrase, in tokens

class AttributionText {
 public:
  // Finds the quotations of `doc` (linear in its tokens).
  AttributionText(const CueLexicon& cues, const Document& doc);

  const Document& doc() const { return doc_; }
  const std::vector<Token>& toks() const { return toks_; }
  const CueLexicon& cues() const { return cues_; }

  std::string_view W(uint32_t i) const { return doc_.view(toks_[i].span); }
  bool IsWordLike(uint32_t i) const {
    TokenKind k = toks_[i].kind;
    return k == TokenKind::kWord || k == TokenKind::kAbbreviation || k == TokenKind::kNumber;
  }
  bool IsPunct(uint32_t i) const { return toks_[i].kind == TokenKind::kPunct; }
  bool IsPunct(uint32_t i, std::string_view p) const { return IsPunct(i) && W(i) == p; }
  bool Capitalized(uint32_t i) const { return (toks_[i].flags & kCapitalized) != 0; }
  Span SpanOf(uint32_t first, uint32_t last_incl) const {
    return {toks_[first].span.start, toks_[last_incl].span.end};
  }
  // The cue entry for word token i, or nullptr.
  const CueEntry* CueAt(uint32_t i) const;

  // The top-level quotation holding token i, or nullptr.
  const Quotation* QuoteAt(uint32_t i) const {
    return quote_of_[i] == kNone ? nullptr : &quotes_[quote_of_[i]];
  }
  // True when token i opens a top-level quotation.
  bool OpensQuote(uint32_t i) const { return toks_[i].has(kOpenQuote) && QuoteAt(i) != nullptr; }

 private:
  const CueLexicon& cues_;
  const Document& doc_;
  const std::vector<Token>& toks_;
  std::vector<Quotation> quotes_;
  std::vector<uint32_t> quote_of_;  // top-level quotation index per token
};

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_TEXT_H_
