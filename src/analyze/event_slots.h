// EventSentence: one sentence as the event coder reads it, and the slot
// finders that pick source, target and country phrases out of it.
//
// Reset() lowercases the words, lemmatizes them onto the pattern vocabulary,
// marks clause breaks (not commas, dashes or quotation marks) and lays the
// document's mentions over the tokens. All token indexes are
// sentence-relative; kNone means "none". The object is reused across
// sentences so that its vectors keep their capacity; every finder is bounded
// by a small window or the sentence, so coding stays linear in tokens.
#ifndef SITREP_ANALYZE_EVENT_SLOTS_H_
#define SITREP_ANALYZE_EVENT_SLOTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/gazetteer.h"
#include "lexicon/lemmatizer.h"
#include "text/document.h"

namespace sitrep {

class EventSentence {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  void Reset(const Document& doc, const Gazetteer& gaz, const Lemmatizer& lemmatizer,
             uint32_t sentence);

  uint32_t size() const { return n_; }
  uint32_t first_token() const { return first_; }
  std::string_view word(uint32_t i) const { return words_[i]; }  // "" for punctuation
  std::string_view lemma(uint32_t i) const { return lemmas_[i]; }
  const std::vector<std::string_view>& words() const { return words_; }
  const std::vector<bool>& clause_breaks() const { return clause_break_; }
  bool clause_break(uint32_t i) const { return clause_break_[i]; }
  bool comma(uint32_t i) const { return comma_[i]; }
  const Token& token(uint32_t i) const { return doc_->tokens[first_ + i]; }

  // The mention covering token i, its first and last tokens.
  bool has_mention(uint32_t i) const { return mention_at_[i] != kNone; }
  uint32_t mention_first(uint32_t i) const { return mention_first_[i]; }
  uint32_t mention_last(uint32_t i) const { return mention_last_[i]; }
  uint32_t ActorOf(uint32_t i) const { return doc_->mentions[mention_at_[i]].actor; }

  // Country named by a capitalized adjective or demonym at the token
  // ("Gambian", "Vietnamese-led", "US-backed"), or "".
  std::string_view AdjCountry(uint32_t i);
  // The country of a coded mention at the token: the actor's country, or an
  // international body's code ("IGO", "NGO"); "" otherwise.
  std::string_view MentionCountry(uint32_t i) const;

  // The first mention starting in [from, from + gap] without crossing a clause
  // break or comma; determiners and other words may come first. `*place` is
  // set when "in", "at" or "near" comes first ("blockades in the West Bank").
  uint32_t MentionAfter(uint32_t from, uint32_t gap, bool* place = nullptr) const;
  // The subject: nearest mention before `anchor` that does not follow a
  // preposition (the leader *of Belarus*), else the nearest at all.
  uint32_t SubjectBefore(uint32_t anchor) const;
  // The preposition whose object the mention starting at `m` is ("of" in
  // "of the X"), or "".
  std::string_view PrepositionBefore(uint32_t m) const;
  bool AfterPreposition(uint32_t m) const { return !PrepositionBefore(m).empty(); }
  // "X and Y", "X, Y and Z": the mention coordinated before the one starting
  // at `m`, or kNone.
  uint32_t CoordinatedBefore(uint32_t m) const;
  // The country of a noun phrase [mf, ml] whose head has none: an adjective
  // in it or just before ("Gambian President X"), a coded name just before
  // ("Taiwan's Vice Foreign Minister"), else an "of"/"from"/"in" phrase right
  // after ("the president of Armenia", "refugees in Liberia").
  std::string_view CountryInNp(uint32_t mf, uint32_t ml);
  // A country adjective or coded mention before `anchor` in its clause that is
  // not the object of a preposition ("in Lebanon" is no actor); one after
  // "of" only when nothing precedes it ("the sides of Cyprus" is the
  // sides', "leaders of Cyprus" Cyprus'). Returns its token, or kNone.
  uint32_t CountryTokenBefore(uint32_t anchor);
  // The country of a token: its coded mention's, else its adjective's, else
  // PlaceObjectCountry's.
  std::string_view CountryAt(uint32_t tok);
  // A one-word gazetteer place the actor lexicon does not hold, as the
  // object of "for"/"to" ("an aid program for Bosnia"): its country, or "".
  std::string_view PlaceObjectCountry(uint32_t tok) const;
  // "X and Y", "French and Egyptian warships", "U.S. and Russian
  // negotiators": the country adjective or coded mention coordinated with the
  // one at `tok`, before `anchor`; kNone when none. The partner may come
  // before or after `tok`.
  uint32_t CoordinatedCountry(uint32_t tok, uint32_t anchor);
  // The first coded mention, country adjective or PlaceObjectCountry after
  // `from` in the clause, before a subordinate clause, a place or a "by"
  // phrase starts.
  uint32_t ObjectAfter(uint32_t from);
  // The act is aimed at an "against" phrase ("in defiance of", "in protest
  // at" read the same): the first country within `span` words after the
  // first such cue in [from, to) whose code is not `own`'s (first three
  // letters). Clause breaks end the search; commas end it before the cue
  // when `comma_before`, after it otherwise. Returns the token, or kNone.
  uint32_t ForeignAfterAgainst(uint32_t from, uint32_t to, uint32_t span, bool comma_before,
                               std::string_view own);
  // The mention of a "by" phrase within a few words after `from`.
  uint32_t ByPhrase(uint32_t from) const;
  // The sentence's main country (event_place.h's MainCountry), memoized.
  std::string_view MainCountry();

 private:
  const Document* doc_ = nullptr;
  const Gazetteer* gaz_ = nullptr;
  uint32_t sentence_ = 0, first_ = 0, n_ = 0;
  std::string lower_;  // lowercased words of the sentence
  std::vector<std::string_view> words_;
  std::vector<std::string_view> lemmas_;
  std::vector<bool> clause_break_;  // token ends a clause (not commas)
  std::vector<bool> comma_;
  std::vector<uint32_t> mention_at_;  // mention covering the token, or kNone
  std::vector<uint32_t> mention_first_;
  std::vector<uint32_t> mention_last_;
  std::vector<std::pair<uint32_t, uint32_t>> ranges_;
  std::string scratch_;
  // Computed on first need: most sentences code no event.
  bool adj_done_ = false;
  std::vector<std::string_view> adj_country_;
  bool main_done_ = false;
  std::string_view main_cc_;
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_SLOTS_H_
