#include "analyze/attribution.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/quotes.h"
#include "analyze/statement_channel.h"
#include "analyze/statement_date.h"
#include "analyze/statement_evidence.h"

namespace sitrep {
namespace {

constexpr uint32_t kNone = UINT32_MAX;
constexpr uint32_t kMaxNp = 12;  // longest speaker phrase, in tokens

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

template <size_t N>
bool InSet(std::string_view word, const std::array<std::string_view, N>& set) {
  for (std::string_view s : set) {
    if (EqualsLower(word, s)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 10> kPronouns = {"he", "she", "they", "we",    "i",
                                                        "it", "you", "who",  "which", "one"};
constexpr std::array<std::string_view, 16> kDeterminers = {
    "the",     "a",    "an",  "this", "these", "those", "some", "many",
    "several", "both", "his", "her",  "their", "its",   "our",  "most"};
// Words that cannot be inside a speaker phrase: clause links, prepositions
// (but "of", "for" in "spokesman for X" is handled as a stop too: PolNeAR
// sources rarely run over a preposition phrase), verbs and adverbs.
constexpr std::array<std::string_view, 62> kStops = {
    "that",  "and",  "but",   "or",   "which",   "when",   "while",   "as",       "because",
    "if",    "so",   "then",  "than", "after",   "before", "since",   "although", "though",
    "where", "what", "how",   "why",  "is",      "was",    "are",     "were",     "be",
    "been",  "has",  "have",  "had",  "to",      "in",     "on",      "at",       "with",
    "by",    "from", "about", "into", "over",    "under",  "against", "not",      "also",
    "who",   "said", "says",  "told", "would",   "will",   "could",   "can",      "did",
    "does",  "do",   "yet",   "even", "however", "now",    "just",    "for"};
// Auxiliaries and adverbs that PolNeAR puts inside the cue span.
constexpr std::array<std::string_view, 16> kCueLead = {
    "has",   "have",  "had",        "also",       "will",     "would", "could", "may",
    "might", "later", "previously", "repeatedly", "publicly", "again", "then",  "once"};
// Cues whose verb takes an addressee before the content ("told reporters").
constexpr std::array<std::string_view, 10> kObjectCues = {
    "tell", "ask", "urge", "warn", "remind", "assure", "accuse", "blame", "promise", "criticize"};
// Cues that name something rather than report a clause: content is the
// quotation after them ("called it 'a disgrace'").
constexpr std::array<std::string_view, 8> kNamingCues = {
    "call", "refer", "describe", "characterize", "label", "brand", "dub", "praise"};

// Cues with a particle that PolNeAR puts in the cue span ("pointed out",
// "talked about"); talk and speak are cues only with their particle.
constexpr std::array<std::string_view, 6> kParticleCues = {"point", "talk",  "speak",
                                                           "ask",   "worry", "complain"};
constexpr std::array<std::string_view, 4> kParticles = {"out", "about", "of", "to"};

constexpr std::array<std::string_view, 18> kAdverbialLead = {
    "without",   "in",    "on",         "at",        "during",   "last",
    "earlier",   "again", "repeatedly", "privately", "publicly", "recently",
    "yesterday", "today", "late",       "early",     "after",    "before"};

// After a comma, words that open a clause of the reporter's own: the content
// stops before them ("X said A, while Y ...").
constexpr std::array<std::string_view, 7> kContentBreak = {
    "but", "while", "though", "although", "whereas", "even", "compared"};
// Words that end an object noun phrase ("endorsed the mayor on Monday").
constexpr std::array<std::string_view, 14> kObjectEnd = {
    "that", "and",     "but",   "or",     "as",     "in",    "on",
    "at",   "because", "after", "before", "during", "while", "when"};

class Finder {
 public:
  Finder(const CueLexicon& cues, Document* doc) : cues_(cues), doc_(*doc), toks_(doc->tokens) {}

  void Run();

 private:
  std::string_view W(uint32_t i) const { return doc_.view(toks_[i].span); }
  bool IsWordLike(uint32_t i) const {
    TokenKind k = toks_[i].kind;
    return k == TokenKind::kWord || k == TokenKind::kAbbreviation || k == TokenKind::kNumber;
  }
  bool IsPunct(uint32_t i, std::string_view p) const {
    return toks_[i].kind == TokenKind::kPunct && W(i) == p;
  }
  bool IsTerminalOrComma(uint32_t i) const { return toks_[i].kind == TokenKind::kPunct; }
  Span SpanOf(uint32_t first, uint32_t last_incl) const {
    return {toks_[first].span.start, toks_[last_incl].span.end};
  }
  const CueEntry* CueAt(uint32_t i) const;
  uint32_t LeftNp(uint32_t j, uint32_t floor) const;
  uint32_t RightNpEnd(uint32_t k, uint32_t ceil) const;
  // Content tokens [a, b) trimmed of trailing punctuation; nullopt if empty.
  std::optional<Span> Content(uint32_t a, uint32_t b) const;
  void Sentence(const sitrep::Sentence& s);
  // True when token z ends a reported clause: ", but ...", "and added ...".
  bool ClauseBreak(uint32_t z, uint32_t e) const;
  // One past the last token of the quotation-only sentences that follow the
  // sentence holding token `t`, in its paragraph ("'A,' he said. 'B.'"), or
  // kNone.
  uint32_t QuoteRunAfter(uint32_t t) const;
  void Emit(uint32_t sentence, uint32_t cue_first, uint32_t cue_last, uint32_t src_first,
            uint32_t src_last, Span content, bool direct, const CueEntry* cue);

  const CueLexicon& cues_;
  Document& doc_;
  const std::vector<Token>& toks_;
  std::vector<Quotation> quotes_;
  std::vector<uint32_t> quote_of_;  // top-level quotation index per token
  uint32_t sentence_index_ = 0;
};

const CueEntry* Finder::CueAt(uint32_t i) const {
  if (toks_[i].kind != TokenKind::kWord) return nullptr;
  return cues_.FindWord(W(i));
}

// The speaker phrase ending at token j (inclusive), not before `floor`;
// returns its first token, or kNone.
uint32_t Finder::LeftNp(uint32_t j, uint32_t floor) const {
  if (j == kNone || j < floor || !IsWordLike(j)) return kNone;
  if (InSet(W(j), kPronouns)) return j;
  uint32_t first = kNone;
  for (uint32_t k = j + 1; k-- > floor && j + 1 - k <= kMaxNp;) {
    if (!IsWordLike(k)) break;
    std::string_view w = W(k);
    if (InSet(w, kDeterminers)) {
      first = k;
      break;
    }
    if (InSet(w, kStops) || InSet(w, kPronouns)) break;
    if (cues_.FindWord(w) != nullptr && !(toks_[k].flags & kCapitalized)) break;
    first = k;
  }
  if (first == kNone) return kNone;
  while (first < j && EqualsLower(W(first), "of")) ++first;
  // Appositive after a name: "Jane Roe, a spokeswoman for X," -> from "Jane".
  if (InSet(W(first), kDeterminers) && first >= floor + 2 && IsPunct(first - 1, ",") &&
      (toks_[first - 2].flags & kCapitalized)) {
    uint32_t k = first - 2;
    while (k > floor && (toks_[k - 1].flags & kCapitalized) && IsWordLike(k - 1) &&
           first - k < kMaxNp) {
      --k;
    }
    first = k;
  }
  return first;
}

// One past the last token of a speaker phrase starting at k, before `ceil`.
uint32_t Finder::RightNpEnd(uint32_t k, uint32_t ceil) const {
  uint32_t e = k;
  while (e < ceil && e - k < kMaxNp && IsWordLike(e)) {
    std::string_view w = W(e);
    if (e > k && (InSet(w, kStops) || InSet(w, kPronouns))) break;
    ++e;
  }
  return e;
}

std::optional<Span> Finder::Content(uint32_t a, uint32_t b) const {
  while (b > a && toks_[b - 1].kind == TokenKind::kPunct) --b;
  while (a < b && toks_[a].kind == TokenKind::kPunct) ++a;
  if (a >= b) return std::nullopt;
  return SpanOf(a, b - 1);
}

bool Finder::ClauseBreak(uint32_t z, uint32_t e) const {
  if (z + 1 >= e) return false;
  if (IsPunct(z, ",")) {
    return InSet(W(z + 1), kContentBreak) ||
           (W(z + 1).ends_with("ing") && CueAt(z + 1) != nullptr) ||
           EqualsLower(W(z + 1), "according");
  }
  // "X said A and added B": a second cue verb coordinated with the first.
  if (EqualsLower(W(z), "and") || EqualsLower(W(z), "but")) {
    uint32_t v = z + 1;
    if (v + 1 < e && InSet(W(v), kCueLead)) ++v;
    const CueEntry* c = CueAt(v);
    return c != nullptr && !c->noun && !W(v).ends_with("ing") && !(toks_[v].flags & kCapitalized);
  }
  return false;
}

uint32_t Finder::QuoteRunAfter(uint32_t t) const {
  const auto& sents = doc_.sentences;
  auto it =
      std::upper_bound(sents.begin(), sents.end(), t,
                       [](uint32_t tok, const sitrep::Sentence& s) { return tok < s.last_token; });
  if (it == sents.end()) return kNone;
  const uint32_t si = static_cast<uint32_t>(it - sents.begin());
  const uint32_t paragraph = sents[si].paragraph;
  uint32_t end = kNone;
  uint32_t k = si + 1;
  while (k < sents.size() && sents[k].paragraph == paragraph) {
    uint32_t f = sents[k].first_token;
    if (f >= sents[k].last_token || !toks_[f].has(kOpenQuote) || quote_of_[f] == kNone) break;
    uint32_t close = quotes_[quote_of_[f]].close_token;
    while (k < sents.size() && sents[k].last_token <= close) ++k;
    // The quotation must end its sentence: a cue after it starts a new
    // statement ("'B,' she added.").
    uint32_t stop = k < sents.size() ? sents[k].last_token : static_cast<uint32_t>(toks_.size());
    for (uint32_t z = close + 1; z < stop; ++z) {
      if (toks_[z].kind != TokenKind::kPunct) return end;
    }
    end = close + 1;
    if (k < sents.size() && sents[k].first_token <= close) ++k;
  }
  return end;
}

void Finder::Emit(uint32_t sentence, uint32_t cue_first, uint32_t cue_last, uint32_t src_first,
                  uint32_t src_last, Span content, bool direct, const CueEntry* cue) {
  Statement st;
  st.cue = SpanOf(cue_first, cue_last);
  if (src_first != kNone) st.source = SpanOf(src_first, src_last);
  st.content = content;
  st.direct = direct;
  if (cue != nullptr) {
    st.kind = cue->kind;
    st.cameo = cue->cameo;
  }
  (void)sentence;
  doc_.statements.push_back(std::move(st));
}

void Finder::Sentence(const sitrep::Sentence& s) {
  const uint32_t b = s.first_token, e = s.last_token;
  uint32_t content_floor = b;  // content of a later cue starts here or after
  uint32_t last_src_first = kNone, last_src_last = kNone;
  size_t first_statement = doc_.statements.size();
  for (uint32_t i = b; i < e; ++i) {
    if (quote_of_[i] != kNone) continue;
    // "according to X"
    if (EqualsLower(W(i), "according") && i + 1 < e && EqualsLower(W(i + 1), "to")) {
      uint32_t src_end = RightNpEnd(i + 2, e);
      if (src_end == i + 2) continue;
      std::optional<Span> content;
      bool after = src_end + 1 < e && IsPunct(src_end, ",");
      if (i > content_floor + 1 && IsPunct(i - 1, ",") && after) {
        // "The plan, according to X, is ...": the content is the extent.
        content = Content(content_floor, e);
      } else if (i == b || (src_end + 4 < e && IsPunct(src_end, ","))) {
        uint32_t a = src_end;
        while (a < e && toks_[a].kind == TokenKind::kPunct) ++a;
        content = Content(a, e);
      } else {
        content = Content(content_floor, i);
      }
      if (!content) continue;
      Emit(sentence_index_, i, i + 1, i + 2, src_end - 1, *content, false, cues_.Find("say"));
      if (content->end >= toks_[e - 1].span.start) src_end = e;
      content_floor = src_end;
      i = src_end - 1;
      continue;
    }
    const CueEntry* cue = CueAt(i);
    if (cue == nullptr) continue;
    // A capitalized cue word inside a sentence is part of a name ("United
    // States"); a cue followed by "by" is passive ("reported by").
    if (i > b && (toks_[i].flags & kCapitalized)) continue;
    if (i + 1 < e && EqualsLower(W(i + 1), "by")) continue;
    // Noun cues only after a possessive: "Smith's claim that".
    if (cue->noun) {
      if (i == b) continue;
      std::string_view prev = W(i - 1);
      bool poss = prev.ends_with("'s") || prev.ends_with("\u2019s") ||
                  InSet(prev, std::array<std::string_view, 3>{"his", "her", "their"});
      if (!poss || i + 1 >= e || !EqualsLower(W(i + 1), "that")) continue;
      std::optional<Span> content = Content(i + 1, e);
      if (!content) continue;
      Emit(sentence_index_, i, i, i - 1, i - 1, *content, false, cue);
      continue;
    }
    // Skip adjectival/noun uses: "the said", "a report", "so-called",
    // "base of support", "the mayor's support".
    if (i > b && (InSet(W(i - 1), kDeterminers) ||
                  InSet(W(i - 1), std::array<std::string_view, 4>{"of", "whose", "no", "new"}) ||
                  W(i - 1).ends_with("'s") || W(i - 1).ends_with("\u2019s"))) {
      continue;
    }
    // A cue glued to markup or a compound ("tweet-id=", "report_2") is not
    // a word of the sentence.
    if (i + 1 < e && !(toks_[i + 1].flags & (kSpaceBefore | kNewlineBefore)) &&
        (toks_[i + 1].kind == TokenKind::kSymbol ||
         (toks_[i + 1].kind == TokenKind::kPunct && W(i + 1) != "," && W(i + 1) != "." &&
          W(i + 1) != ":" && W(i + 1) != ";" && W(i + 1) != "?" && W(i + 1) != "!"))) {
      continue;
    }
    bool naming = InSet(std::string_view(cue->lemma), kNamingCues);
    bool participle = W(i).ends_with("ing");
    if (participle && !(i > b && IsPunct(i - 1, ","))) continue;

    // The cue span: auxiliaries and "also" before, a particle after.
    uint32_t cue_first = i, cue_last = i;
    while (cue_first > b && InSet(W(cue_first - 1), kCueLead)) --cue_first;
    if (naming && i + 1 < e && (EqualsLower(W(i + 1), "to") || EqualsLower(W(i + 1), "for"))) {
      cue_last = i + 1;
    } else if (InSet(std::string_view(cue->lemma), kParticleCues)) {
      if (i + 1 < e && InSet(W(i + 1), kParticles)) {
        cue_last = i + 1;
      } else if (cue->lemma == "talk" || cue->lemma == "speak") {
        continue;
      }
    } else if (i + 3 < e && EqualsLower(W(i + 1), "in") && InSet(W(i + 2), kDeterminers) &&
               EqualsLower(W(i + 3), "statement")) {
      cue_last = i + 3;  // "said in a statement"
    }

    // Source: left phrase, else "said Smith", else the chain's source.
    uint32_t src_first = kNone, src_last = kNone;
    bool src_right = false;
    if (participle) {
      src_first = last_src_first;
      src_last = last_src_last;
    } else if (cue_first > b) {
      uint32_t f = LeftNp(cue_first - 1, content_floor);
      if (f != kNone) {
        src_first = f;
        src_last = cue_first - 1;
      } else if (cue_first >= b + 2 && IsPunct(cue_first - 1, ",")) {
        // "Jane Roe, a spokeswoman, said": only when the phrase before the
        // comma is an appositive after a name (LeftNp extends over it).
        f = LeftNp(cue_first - 2, content_floor);
        if (f != kNone && f + 1 < cue_first - 1 && IsWordLike(f) &&
            (toks_[f].flags & kCapitalized) && [&] {
              for (uint32_t k = f; k < cue_first - 1; ++k) {
                if (IsPunct(k, ",")) return true;
              }
              return false;
            }()) {
          // PolNeAR closes the appositive with its comma.
          src_first = f;
          src_last = cue_first - 1;
        }
      }
    }
    // "X said A and added B": the coordinated cue shares X.
    if (src_first == kNone && !participle && cue_first > b && last_src_first != kNone &&
        (EqualsLower(W(cue_first - 1), "and") || EqualsLower(W(cue_first - 1), "but"))) {
      src_first = last_src_first;
      src_last = last_src_last;
      participle = true;  // the source is not next to the cue
    }
    if (src_first == kNone && !participle && cue_last + 1 < e && IsWordLike(cue_last + 1)) {
      uint32_t end = RightNpEnd(cue_last + 1, e);
      // Inverted order only at a clause end: "..., said Jane Roe."
      if (end > cue_last + 1 && (end == e || toks_[end].kind == TokenKind::kPunct) &&
          cue_first > b && (IsPunct(cue_first - 1, ",") || toks_[cue_first - 1].has(kCloseQuote))) {
        src_first = cue_last + 1;
        src_last = end - 1;
        src_right = true;
        // "..., said Jane Roe, a lawyer who ...": the appositive runs to the
        // sentence end unless a quotation or a new clause follows.
        if (end < e && IsPunct(end, ",")) {
          uint32_t z = end;
          while (z < e && !toks_[z].has(kOpenQuote) && !ClauseBreak(z, e)) ++z;
          if (z == e) {
            while (z > end && !IsWordLike(z - 1)) --z;
            src_last = z - 1;
          }
        }
      }
    }
    uint32_t left_edge = src_first != kNone && !src_right && !participle ? src_first : cue_first;
    uint32_t right_edge = src_right ? src_last + 1 : cue_last + 1;

    // Content.
    std::optional<Span> content;
    bool direct = false;
    // (a) a quotation right before the speaker: "'...,' he said".
    uint32_t before = left_edge > b ? left_edge - 1 : kNone;
    if (before != kNone && IsPunct(before, ",") && before > b) --before;
    if (before != kNone && before >= content_floor && toks_[before].has(kCloseQuote) &&
        quote_of_[before] != kNone) {
      const Quotation& q = quotes_[quote_of_[before]];
      if (q.open_token >= content_floor) {
        Span c = q.outer;
        // Split quotation: '"A," he said, "B."'
        uint32_t n = right_edge;
        if (n < e && IsPunct(n, ",")) ++n;
        if (n < e && toks_[n].has(kOpenQuote) && quote_of_[n] != kNone) {
          const Quotation& q2 = quotes_[quote_of_[n]];
          c.end = q2.outer.end;
          right_edge = q2.close_token + 1;
        }
        content = c;
        direct = true;
      }
    } else if (before != kNone && before >= content_floor && IsPunct(left_edge - 1, ",") &&
               left_edge - 1 > content_floor && right_edge < e &&
               toks_[right_edge].kind == TokenKind::kPunct && !IsPunct(right_edge, ":")) {
      // (b) postposed indirect: "Content, Smith said." When the sentence goes
      // on after a comma ("A, Smith said, B."), the content is its extent.
      if (IsPunct(right_edge, ",") && right_edge + 1 < e && !ClauseBreak(right_edge, e)) {
        content = Content(content_floor, e);
        right_edge = e;
      } else {
        content = Content(content_floor, left_edge - 1);
      }
    }
    if (!content) {
      // (c) forward: quotation or clause after the cue.
      uint32_t a = right_edge;
      if (a < e && (IsPunct(a, ":") || IsPunct(a, ","))) ++a;
      if (naming) {
        // The first quotation after the cue in this sentence.
        uint32_t k = a;
        while (k < e && !(toks_[k].has(kOpenQuote) && quote_of_[k] != kNone)) ++k;
        if (k == e || k - a > 10) continue;
        const Quotation& q = quotes_[quote_of_[k]];
        // PolNeAR keeps the named object: "called [the plan 'a trap']".
        content = Span{toks_[a].span.start, q.outer.end};
        direct = true;
        right_edge = q.close_token + 1;
      } else if (cue->object) {
        uint32_t z = a;
        while (z < e && z - a < kMaxNp && IsWordLike(z) && !InSet(W(z), kObjectEnd)) ++z;
        content = Content(a, z);
        right_edge = z;
      } else {
        if (InSet(std::string_view(cue->lemma), kObjectCues)) {
          // Skip the addressee up to "that" or a quotation.
          for (uint32_t k = a; k < e && k - a < 6; ++k) {
            if (EqualsLower(W(k), "that") || toks_[k].has(kOpenQuote)) {
              a = k;
              break;
            }
            if (toks_[k].kind == TokenKind::kPunct) break;
          }
        }
        // "claimed without citing any evidence that ...", "said on Monday
        // that ...": the content starts at "that".
        if (a < e && InSet(W(a), kAdverbialLead)) {
          for (uint32_t k = a + 1; k < e && k - a < 10; ++k) {
            if (EqualsLower(W(k), "that")) {
              a = k;
              break;
            }
            if (toks_[k].kind == TokenKind::kPunct && !IsPunct(k, ",")) break;
          }
        }
        // The clause runs to the next participial cue or the sentence end.
        uint32_t z = a;
        while (z < e) {
          if (quote_of_[z] != kNone && toks_[z].has(kOpenQuote)) {
            z = quotes_[quote_of_[z]].close_token + 1;
            continue;
          }
          if (z > a && ClauseBreak(z, e)) break;
          ++z;
        }
        if (a < e && toks_[a].has(kOpenQuote) && quote_of_[a] != kNone &&
            quotes_[quote_of_[a]].close_token + 2 >= z) {
          direct = true;
        }
        content = Content(a, z);
        right_edge = z;
      }
    }
    if (!content) continue;
    if (direct) {
      // A quotation that closes the sentence may go on in the next ones.
      uint32_t z = std::min(right_edge, e);
      while (z < e && toks_[z].kind == TokenKind::kPunct) ++z;
      if (z >= e) {
        uint32_t run = QuoteRunAfter(std::max(right_edge, e) - 1);
        if (run != kNone) {
          content->end = toks_[run - 1].span.end;
        }
      }
    }
    Emit(sentence_index_, cue_first, cue_last, src_first, src_last, *content, direct, cue);
    if (src_first != kNone) {
      last_src_first = src_first;
      last_src_last = src_last;
    }
    content_floor = std::max(content_floor, std::min(right_edge, e));
    i = std::max(i, content_floor > 0 ? content_floor - 1 : 0);
  }
  (void)first_statement;
}

void Finder::Run() {
  doc_.statements.clear();
  quotes_ = FindQuotations(doc_);
  quote_of_.assign(toks_.size(), kNone);
  for (uint32_t q = 0; q < quotes_.size(); ++q) {
    if (quotes_[q].depth != 0) continue;
    for (uint32_t t = quotes_[q].open_token; t <= quotes_[q].close_token; ++t) {
      quote_of_[t] = q;
    }
  }
  for (sentence_index_ = 0; sentence_index_ < doc_.sentences.size(); ++sentence_index_) {
    Sentence(doc_.sentences[sentence_index_]);
  }
}

// The actor of the first mention overlapping `span`, or kNoActor.
uint32_t SpeakerOf(const Document& doc, Span span) {
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), span.start,
                             [](const Mention& m, uint32_t pos) { return m.span.end <= pos; });
  // mentions are sorted by start and do not nest deeply; scan the few that
  // may overlap.
  for (; it != doc.mentions.end() && it->span.start < span.end; ++it) {
    if (it->span.end > span.start) return it->actor;
  }
  return kNoActor;
}

}  // namespace

void StatementFinder::Find(Document* doc) const {
  Finder(cues_, doc).Run();
  for (Statement& st : doc->statements) {
    if (st.source) st.speaker = SpeakerOf(*doc, *st.source);
    RefineKind(*doc, &st);
    st.channel = FindChannel(*doc, st);
    st.date = FindStatementDate(*doc, st);
  }
  AssessEvidence(doc);
}

}  // namespace sitrep
