// ActorMatcher: every lexicon surface form and every agent phrase compiled
// into two token-level tries, matched in one left-to-right pass.
//
// Why a trie over folded tokens rather than Hyperscan: names are matched on
// token boundaries with per-token case rules ("US" must be upper case, "us"
// is a pronoun), and the tokenizer has already found the boundaries, so each
// token is folded once and looked up once; a trie step is then one hash probe
// on (state, case class, token id). No per-alias loop, no regex.
//
// Case rules, per lexicon token: an all-caps token of <= 6 bytes in the
// lexicon (US, NATO, U.S.) matches only all-caps text; a capitalized one
// matches capitalized or all-caps text; a lowercase one matches any case.
// Possessives are stripped before folding on both sides ("Putin's" -> putin).
//
// The vocabulary also holds the closed-class words of actor_words.h, so Fold()
// gives each token its word class from the same lookup; ids of those extra
// words are >= lexicon_vocabulary() and start no phrase.
//
// Invariants: immutable after construction, safe to share between threads.
#ifndef SITREP_ANALYZE_ACTOR_MATCHER_H_
#define SITREP_ANALYZE_ACTOR_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/actor.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/agent_lexicon.h"
#include "text/document.h"

namespace sitrep {

inline constexpr uint32_t kUnknownToken = UINT32_MAX;

// Bytes of a trailing possessive ('s, ’s, or a bare ' / ’ after s) of a word.
uint32_t PossessiveLength(std::string_view word);

// The tokens of a document, folded once: lookups, case classes, and the
// folded text of every token (for discovery and variant matching).
struct FoldedTokens {
  std::string arena;                // folded token texts, back to back
  std::vector<uint32_t> offset;     // token i is arena[offset[i], offset[i+1])
  std::vector<uint32_t> id;         // vocabulary id or kUnknownToken
  std::vector<uint8_t> level;       // 0 lowercase, 1 capitalized, 2 all caps
  std::vector<uint32_t> end;        // token end in text, possessive excluded
  std::vector<uint8_t> possessive;  // 1 when a possessive was stripped
  std::vector<uint8_t> word_class;  // WordClass bits (actor_words.h)
  std::string_view at(size_t i) const {
    return std::string_view(arena).substr(offset[i], offset[i + 1] - offset[i]);
  }
  size_t size() const { return id.size(); }
};

// A trie over token ids; edges are keyed by (state, case class, token).
class PhraseTrie {
 public:
  struct Match {
    uint32_t length = 0;  // tokens; 0 = no match
    uint32_t state = 0;   // terminal state
  };
  PhraseTrie() : terminal_(1, 0) {}
  // Adds a phrase; returns its terminal state.
  uint32_t Insert(std::span<const uint32_t> ids, std::span<const uint8_t> required_level);
  // Builds the read-side edge table; call after the last Insert. Until then
  // lookups fall back to the insertion map.
  void Freeze();
  // The longest phrase starting at tokens [first, ...).
  Match Longest(const FoldedTokens& t, size_t first) const;
  bool terminal(uint32_t state) const { return terminal_[state] != 0; }
  size_t states() const { return terminal_.size(); }

 private:
  static uint64_t Key(uint32_t state, uint8_t level, uint32_t token) {
    return (uint64_t{state} << 34) | (uint64_t{level} << 32) | token;
  }
  void Walk(const FoldedTokens& t, size_t first, size_t depth, uint32_t state, Match* best) const;
  // Next state along an edge, or 0 (the root is never an edge target).
  uint32_t Next(uint64_t key) const;

  std::unordered_map<uint64_t, uint32_t> edges_;
  // edges_ as an open-addressing table (linear probing, load <= 1/2): Walk
  // probes it for every token of every document, and a flat probe avoids the
  // modulo and node chase of std::unordered_map. kNoKey marks empty slots
  // (no real key has level 3 and token UINT32_MAX).
  static constexpr uint64_t kNoKey = UINT64_MAX;
  std::vector<std::pair<uint64_t, uint32_t>> flat_;
  uint64_t flat_mask_ = 0;
  std::vector<uint8_t> terminal_;
  uint32_t max_length_ = 0;
};

class ActorMatcher {
 public:
  struct NameEntry {
    uint32_t actor = 0;  // index into ActorLexicon::actors()
    NameKind kind = NameKind::kName;
  };

  ActorMatcher(const ActorLexicon& lexicon, const AgentLexicon& agents);

  // Folds doc.tokens into *out (reusing its buffers).
  void Fold(const Document& doc, FoldedTokens* out) const;

  // Longest lexicon name / agent phrase at token `first`.
  PhraseTrie::Match Name(const FoldedTokens& t, size_t first) const {
    return names_.Longest(t, first);
  }
  PhraseTrie::Match Agent(const FoldedTokens& t, size_t first) const {
    return agents_.Longest(t, first);
  }
  std::span<const NameEntry> NameEntries(uint32_t state) const;
  uint32_t AgentIndex(uint32_t state) const { return agent_of_state_.at(state); }

  // Vocabulary id of a folded token, or kUnknownToken.
  uint32_t TokenId(std::string_view folded) const;
  // True when a token id occurs in some lexicon or agent phrase.
  bool InPhrases(uint32_t id) const { return id < lexicon_vocab_; }

  size_t vocabulary_size() const { return vocab_.size(); }

 private:
  // XXH3: faster than std::hash on the short strings of a vocabulary.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const;
  };
  // Tokenizes and folds a phrase into ids (interning) and required levels.
  void Compile(std::string_view phrase, std::vector<uint32_t>* ids, std::vector<uint8_t>* levels);

  // Builds the lookup table below from vocab_ (after the last insertion).
  void BuildLookup();

  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> vocab_;
  // Read-side copy of vocab_ as an open-addressing table (linear probing,
  // power-of-two size, load <= 1/2): Fold() probes it once per token, and a
  // flat probe skips the modulo, the node chase and nearly every string
  // compare of std::unordered_map. Words of up to 8 bytes (nearly all
  // tokens) are stored packed in the slot and hashed by one multiply: a
  // lookup is one load and one integer compare. Longer words store their
  // XXH3 hash and are compared against word_arena_.
  struct Slot {
    uint64_t key = 0;             // packed word (len <= 8) or XXH3 hash
    uint32_t id = kUnknownToken;  // kUnknownToken = empty slot
    uint32_t len = 0;             // word length in bytes
  };
  // Token id of a folded word; packed is its Pack() (first 8 bytes).
  uint32_t Lookup(std::string_view folded, uint64_t packed) const;
  std::vector<Slot> slots_;
  uint64_t slot_mask_ = 0;
  size_t max_word_ = 0;                // longer folded tokens are not in the vocabulary
  std::string word_arena_;             // vocabulary words by id, back to back
  std::vector<uint32_t> word_offset_;  // id i is word_arena_[off[i], off[i+1])
  PhraseTrie names_;
  PhraseTrie agents_;
  std::unordered_map<uint32_t, std::vector<NameEntry>> name_entries_;
  std::unordered_map<uint32_t, uint32_t> agent_of_state_;
  std::vector<uint8_t> class_of_id_;  // WordClass bits per vocabulary id
  uint32_t lexicon_vocab_ = 0;        // ids below this occur in phrases
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_MATCHER_H_
