#include "text/sentences.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace sitrep {
namespace {

constexpr uint32_t kMaxQuotedSentenceTokens = 256;

// Capitalized words that commonly start a sentence, used only to decide
// whether an abbreviation ("U.S.", "etc.") ended one. Names are absent on
// purpose: after an abbreviation a name usually continues the sentence.
constexpr std::string_view kSentenceStarters[] = {
    "A",         "According", "After",   "Also",  "An",   "And",   "As",    "At",
    "But",       "By",        "Earlier", "For",   "From", "He",    "Her",   "His",
    "However",   "I",         "If",      "In",    "It",   "Its",   "Last",  "Later",
    "Meanwhile", "Many",      "On",      "One",   "Our",  "She",   "Since", "So",
    "Some",      "That",      "The",     "Their", "Then", "There", "These", "They",
    "This",      "Those",     "We",      "What",  "When", "While", "With",  "Yet",
};

bool IsSentenceStarter(std::string_view w) {
  for (std::string_view s : kSentenceStarters) {
    if (s == w) return true;
  }
  return false;
}

bool IsTerminal(const Token& tok, std::string_view text) {
  if (tok.kind != TokenKind::kPunct) return false;
  char c = text[0];
  return c == '.' || c == '!' || c == '?' || text == "\xE2\x80\xA6";  // …
}

bool IsClosingBracket(const Token& tok, std::string_view text) {
  return tok.kind == TokenKind::kPunct && text.size() == 1 &&
         (text[0] == ')' || text[0] == ']' || text[0] == '}');
}

bool StartsLowercase(std::string_view text) {
  auto b = static_cast<uint8_t>(text[0]);
  if (b < 0x80) return b >= 'a' && b <= 'z';
  size_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
  return c >= 0 && u_islower(c);
}

class Splitter {
 public:
  explicit Splitter(Document* doc) : doc_(doc), toks_(doc->tokens) {}

  void Run() {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    ComputeQuoteDepth();
    uint32_t start = 0;
    for (uint32_t k = 1; k <= n; ++k) {
      if (k == n || toks_[k].has(kNewlineBefore)) {
        Paragraph(start, k);
        start = k;
      }
    }
  }

 private:
  std::string_view View(uint32_t k) const { return doc_->view(toks_[k].span); }

  // depth_[k]: quotations open after token k, counting only quotes matched
  // within their paragraph (a difference array over matched pairs, so the
  // pass stays linear however deep or long the quotations are).
  void ComputeQuoteDepth() {
    const size_t n = toks_.size();
    std::vector<int32_t> diff(n + 1, 0);
    std::vector<uint32_t> open;
    for (uint32_t k = 0; k < n; ++k) {
      const Token& t = toks_[k];
      if (t.has(kNewlineBefore)) open.clear();
      if (t.kind != TokenKind::kQuote) continue;
      if (t.has(kOpenQuote)) {
        open.push_back(k);
      } else if (t.has(kCloseQuote) && !open.empty()) {
        ++diff[open.back()];
        --diff[k];
        open.pop_back();
      }
    }
    depth_.resize(n);
    int32_t d = 0;
    for (size_t k = 0; k < n; ++k) {
      d += diff[k];
      depth_[k] = d;
    }
  }

  void Paragraph(uint32_t a, uint32_t b) {
    auto& paras = doc_->paragraphs;
    const uint32_t para_index = static_cast<uint32_t>(paras.size());
    sitrep::Paragraph p;
    p.span = Span{toks_[a].span.start, toks_[b - 1].span.end};
    p.first_sentence = static_cast<uint32_t>(doc_->sentences.size());
    uint32_t s = a;
    uint32_t k = a;
    while (k < b) {
      const Token& t = toks_[k];
      bool abbreviation = t.kind == TokenKind::kAbbreviation;
      if (!abbreviation && !IsTerminal(t, View(k))) {
        ++k;
        continue;
      }
      uint32_t j = k + 1;
      while (j < b && (IsTerminal(toks_[j], View(j)) || toks_[j].has(kCloseQuote) ||
                       IsClosingBracket(toks_[j], View(j)))) {
        ++j;
      }
      if (j < b && EndsSentence(k, j, s, abbreviation && j == k + 1)) {
        Emit(s, j, para_index);
        s = j;
      }
      k = j;
    }
    if (s < b) Emit(s, b, para_index);
    p.last_sentence = static_cast<uint32_t>(doc_->sentences.size());
    paras.push_back(p);
  }

  // Terminal run [k, j) inside the sentence starting at s; j is the next
  // token, in the same paragraph.
  bool EndsSentence(uint32_t k, uint32_t j, uint32_t s, bool bare_abbreviation) const {
    const Token& next = toks_[j];
    std::string_view next_text = View(j);
    bool next_word = next.kind == TokenKind::kWord || next.kind == TokenKind::kAbbreviation;
    if (bare_abbreviation) {
      return AbbreviationMayEndSentence(View(k)) && next.kind == TokenKind::kWord &&
             IsSentenceStarter(next_text);
    }
    if (next_word && !next.has(kSpaceBefore)) return false;  // example.com
    if (next_word && StartsLowercase(next_text)) return false;
    if (next.kind == TokenKind::kPunct && next_text.size() == 1 &&
        (next_text[0] == ',' || next_text[0] == ';' || next_text[0] == ':')) {
      return false;
    }
    if (depth_[j - 1] > 0) {
      // Inside a quotation: the sentence runs on to the closing quote and its
      // attribution, unless it has grown past the safety valve.
      return j - s >= kMaxQuotedSentenceTokens && next_word && next.has(kCapitalized);
    }
    return true;
  }

  void Emit(uint32_t first, uint32_t last, uint32_t para) {
    Sentence sent;
    sent.span = Span{toks_[first].span.start, toks_[last - 1].span.end};
    sent.first_token = first;
    sent.last_token = last;
    sent.paragraph = para;
    doc_->sentences.push_back(sent);
  }

  Document* doc_;
  const std::vector<Token>& toks_;
  std::vector<int32_t> depth_;
};

}  // namespace

void SplitSentences(Document* doc) {
  doc->sentences.clear();
  doc->paragraphs.clear();
  if (doc->tokens.empty()) return;
  Splitter(doc).Run();
}

}  // namespace sitrep
