#include "analyze/event_slots.h"

#include <algorithm>

#include "analyze/event_place.h"
#include "analyze/event_words.h"

namespace sitrep {

using event_words::IsDeterminer;
using event_words::IsPlaceNoun;
using event_words::IsPreposition;

void EventSentence::Reset(const Document& doc, const Gazetteer& gaz, const Lemmatizer& lemmatizer,
                          uint32_t si) {
  doc_ = &doc;
  gaz_ = &gaz;
  sentence_ = si;
  const Sentence& sent = doc.sentences[si];
  first_ = sent.first_token;
  n_ = sent.last_token - sent.first_token;
  adj_done_ = false;
  main_done_ = false;
  const uint32_t n = n_;

  // Lowercased words, written through a pointer into a buffer sized for the
  // sentence's tokens (a per-byte append was a visible share of the coder).
  // Words never grow when lowercased, and tokens are sorted and disjoint, so
  // the bytes from the first token's start to the last one's end bound them.
  lower_.resize(n == 0 ? 0 : doc.tokens[first_ + n - 1].span.end - doc.tokens[first_].span.start);
  char* const out = lower_.data();
  uint32_t used = 0;
  ranges_.resize(n);
  clause_break_.assign(n, false);
  comma_.assign(n, false);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[first_ + i];
    std::string_view v = doc.view(t.span);
    const uint32_t start = used;
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbreviation) {
      for (size_t k = 0; k < v.size(); ++k) {
        char c = v[k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        // Curly apostrophe (U+2019) -> "'": "didn’t" reads as "didn't".
        if (c == '\xE2' && k + 2 < v.size() && v[k + 1] == '\x80' && v[k + 2] == '\x99') {
          c = '\'';
          k += 2;
        }
        out[used++] = c;
      }
    } else if (t.kind == TokenKind::kPunct) {
      // Quotation marks end nothing: 'forming a "joint group" with X'.
      if (v == ",") {
        comma_[i] = true;
      } else if (v != "-") {
        clause_break_[i] = true;
      }
    }
    ranges_[i] = {start, used - start};
  }
  lower_.resize(used);  // shrinking keeps the data in place
  words_.resize(n);
  lemmas_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    words_[i] = std::string_view(lower_).substr(ranges_[i].first, ranges_[i].second);
    lemmas_[i] = words_[i].empty() ? std::string_view() : lemmatizer.Lemma(words_[i], &scratch_);
  }

  // Mentions over tokens. Mentions are sorted by start.
  mention_at_.assign(n, kNone);
  mention_first_.assign(n, kNone);
  mention_last_.assign(n, kNone);
  auto mit = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sent.span.start,
                              [](const Mention& m, uint32_t pos) { return m.span.start < pos; });
  for (uint32_t i = 0; i < n && mit != doc.mentions.end(); ++i) {
    const Span ts = doc.tokens[first_ + i].span;
    while (mit != doc.mentions.end() && mit->span.start < ts.start) ++mit;
    if (mit == doc.mentions.end() || mit->span.start >= sent.span.end) break;
    if (mit->span.start >= ts.end) continue;
    if (mit->actor == kNoActor) {
      ++mit;
      continue;
    }
    uint32_t j = i;
    while (j + 1 < n && doc.tokens[first_ + j + 1].span.start < mit->span.end) ++j;
    const uint32_t m = static_cast<uint32_t>(mit - doc.mentions.begin());
    for (uint32_t k = i; k <= j; ++k) {
      mention_at_[k] = m;
      mention_first_[k] = i;
      mention_last_[k] = j;
    }
    i = j;
    ++mit;
  }
}

std::string_view EventSentence::AdjCountry(uint32_t tok) {
  if (!adj_done_) {
    adj_done_ = true;
    adj_country_.assign(n_, std::string_view());
    for (uint32_t j = 0; j < n_; ++j) {
      const Token& t = token(j);
      if (!t.has(kCapitalized) || words_[j].empty()) continue;
      std::string_view v = doc_->view(t.span);
      std::string_view cc = gaz_->CountryOfAdjective(v);
      // "Vietnamese-led forces", "US-backed": the country before the hyphen.
      if (size_t h = v.find('-'); cc.empty() && h != std::string_view::npos) {
        cc = gaz_->CountryOfAdjective(v.substr(0, h));
        if (cc.empty()) {
          if (const Place* pl = gaz_->Find(v.substr(0, h)); pl && pl->is_country) {
            cc = pl->country;
          }
        }
      }
      // "ethnic Albanian guerrillas": a people, not a country's actor.
      if (j > 0 && words_[j - 1] == "ethnic") cc = {};
      adj_country_[j] = cc;
    }
  }
  return adj_country_[tok];
}

std::string_view EventSentence::MentionCountry(uint32_t tok) const {
  if (mention_at_[tok] == kNone) return {};
  const DocActor& a = doc_->actors[ActorOf(tok)];
  if (!a.country.empty()) return a.country;
  // International bodies: IGOUNO, or a bare NGO/IGO sector code.
  if (a.code.size() >= 6 || (a.kind == "organization" && a.code.size() == 3)) {
    return std::string_view(a.code).substr(0, 3);
  }
  return {};
}

uint32_t EventSentence::MentionAfter(uint32_t from, uint32_t gap, bool* place) const {
  for (uint32_t j = from; j < n_ && j <= from + gap; ++j) {
    if (clause_break_[j] || comma_[j]) return kNone;
    const std::string_view wd = words_[j];
    if (place != nullptr && (wd == "in" || wd == "at" || wd == "near")) *place = true;
    if (mention_at_[j] != kNone) return mention_first_[j] == j ? j : kNone;
  }
  return kNone;
}

uint32_t EventSentence::SubjectBefore(uint32_t anchor) const {
  // "for Russian troops to invade": a mention right before "to" + verb.
  if (anchor >= 2 && words_[anchor - 1] == "to" && mention_at_[anchor - 2] != kNone) {
    return mention_first_[anchor - 2];
  }
  uint32_t fallback = kNone;
  for (uint32_t j = anchor; j-- > 0;) {
    if (clause_break_[j] && words_[j].empty() && doc_->view(token(j).span) == "(") continue;
    if (mention_at_[j] == kNone) continue;
    const uint32_t mf = mention_first_[j];
    uint32_t before = mf;  // the word before the mention, past "the"/"a"
    if (before > 0 && IsDeterminer(words_[before - 1])) --before;
    const bool after_prep = before > 0 && IsPreposition(words_[before - 1]);
    if (!after_prep) return mf;
    if (fallback == kNone) fallback = mf;
    j = mf;
  }
  return fallback;
}

std::string_view EventSentence::PrepositionBefore(uint32_t m) const {
  if (m > 0 && IsDeterminer(words_[m - 1])) --m;
  return m > 0 && IsPreposition(words_[m - 1]) ? words_[m - 1] : std::string_view();
}

uint32_t EventSentence::CoordinatedBefore(uint32_t m) const {
  uint32_t j = m;
  if (j > 0 && IsDeterminer(words_[j - 1])) --j;  // "Israel and the Palestinians"
  if (j < 2 || words_[j - 1] != "and") return kNone;
  return mention_at_[j - 2] != kNone ? mention_first_[j - 2] : kNone;
}

std::string_view EventSentence::CountryInNp(uint32_t mf, uint32_t ml) {
  for (uint32_t j = ml + 1; j-- > (mf >= 3 ? mf - 3 : 0);) {
    if (j < mf && (clause_break_[j] || comma_[j] || IsPreposition(words_[j]))) break;
    if (std::string_view cc = AdjCountry(j); !cc.empty()) return cc;
    if (j < mf) {
      if (std::string_view cc = MentionCountry(j); !cc.empty()) return cc;
    }
  }
  uint32_t j = ml + 1;
  if (j < n_ && (words_[j] == "of" || words_[j] == "from" || words_[j] == "in")) {
    ++j;
    if (j < n_ && IsDeterminer(words_[j])) ++j;
    if (j < n_) {
      if (std::string_view cc = AdjCountry(j); !cc.empty()) return cc;
      if (std::string_view cc = MentionCountry(j); !cc.empty()) return cc;
    }
  }
  return {};
}

uint32_t EventSentence::CountryTokenBefore(uint32_t anchor) {
  uint32_t of_phrase = kNone;  // "the sides of Cyprus": only a fallback
  for (uint32_t j = anchor, seen = 0; j-- > 0 && seen < 12; ++seen) {
    if (clause_break_[j]) break;
    if (!AdjCountry(j).empty()) return j;
    if (!MentionCountry(j).empty()) {
      const uint32_t mf = mention_first_[j];
      uint32_t b = mf;
      if (b > 0 && IsDeterminer(words_[b - 1])) --b;
      if (b > 0 && IsPreposition(words_[b - 1])) {
        if (words_[b - 1] == "of" && of_phrase == kNone) of_phrase = mf;
        j = mf;
        continue;
      }
      return mf;
    }
  }
  return of_phrase;
}

std::string_view EventSentence::CountryAt(uint32_t tok) {
  if (std::string_view cc = MentionCountry(tok); !cc.empty()) return cc;
  if (std::string_view cc = AdjCountry(tok); !cc.empty()) return cc;
  return PlaceObjectCountry(tok);
}

std::string_view EventSentence::PlaceObjectCountry(uint32_t tok) const {
  if (tok == 0 || mention_at_[tok] != kNone || !token(tok).has(kCapitalized)) return {};
  const std::string_view prep = words_[tok - 1];
  if (prep != "for" && prep != "to") return {};
  const Place* p = gaz_->Find(doc_->view(token(tok).span));
  return p != nullptr ? std::string_view(p->country) : std::string_view();
}

uint32_t EventSentence::CoordinatedCountry(uint32_t tok, uint32_t anchor) {
  const bool mention = mention_at_[tok] != kNone;
  const uint32_t first = mention ? mention_first_[tok] : tok;
  const uint32_t last = mention ? mention_last_[tok] : tok;
  auto country_unit = [&](uint32_t j) -> uint32_t {
    if (j >= anchor || CountryAt(j).empty()) return kNone;
    return mention_at_[j] != kNone ? mention_first_[j] : j;
  };
  // Before: "French and [Egyptian warships]", "Israel and the [Palestinians]".
  uint32_t k = first;
  if (k > 0 && IsDeterminer(words_[k - 1])) --k;
  if (k >= 2 && words_[k - 1] == "and") {
    if (uint32_t u = country_unit(k - 2); u != kNone) return u;
  }
  // After: "[U.S.] and Russian negotiators".
  if (last + 2 < anchor && words_[last + 1] == "and") {
    uint32_t j = last + 2;
    if (IsDeterminer(words_[j]) && j + 1 < anchor) ++j;
    return country_unit(j);
  }
  return kNone;
}

uint32_t EventSentence::ObjectAfter(uint32_t from) {
  for (uint32_t j = from, seen = 0; j < n_ && seen < 10; ++j, ++seen) {
    if (clause_break_[j] || comma_[j]) return kNone;
    if (event_words::EndsObjectPhrase(words_[j])) return kNone;
    if (!MentionCountry(j).empty() && mention_first_[j] == j) return j;
    if (!PlaceObjectCountry(j).empty()) return j;
    if (!AdjCountry(j).empty() && !(j + 1 < n_ && IsPlaceNoun(words_[j + 1]))) return j;
  }
  return kNone;
}

uint32_t EventSentence::ForeignAfterAgainst(uint32_t from, uint32_t to, uint32_t span,
                                            bool comma_before, std::string_view own) {
  own = own.substr(0, 3);
  for (uint32_t j = from; j < n_ && j < to; ++j) {
    if (clause_break_[j] || (comma_before && comma_[j])) return kNone;
    const bool cue =
        words_[j] == "against" || (j > 0 && words_[j] == "of" && words_[j - 1] == "defiance") ||
        (j > 0 && (words_[j] == "at" || words_[j] == "against") && words_[j - 1] == "protest");
    if (!cue) continue;
    for (uint32_t k = j + 1; k < n_ && k <= j + span; ++k) {
      if (clause_break_[k] || (!comma_before && comma_[k])) break;
      std::string_view cc = CountryAt(k);
      if (cc.size() >= 3 && cc.substr(0, 3) != own) return k;
    }
    return kNone;
  }
  return kNone;
}

uint32_t EventSentence::ByPhrase(uint32_t from) const {
  for (uint32_t j = from; j < n_ && j < from + 6; ++j) {
    if (clause_break_[j]) break;
    if (words_[j] == "by") return MentionAfter(j + 1, 2);
  }
  return kNone;
}

std::string_view EventSentence::MainCountry() {
  if (!main_done_) {
    main_done_ = true;
    const Sentence& sent = doc_->sentences[sentence_];
    main_cc_ = sitrep::MainCountry(*doc_, *gaz_, sent.first_token, sent.last_token);
  }
  return main_cc_;
}

}  // namespace sitrep
