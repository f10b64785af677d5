// WordIndex: a set of short strings with dense ids (0, 1, 2, ... in insertion
// order), for the lookups the analysis runs once per token (lemmatizer,
// event pattern anchors).
//
// Hand-written rather than std::unordered_map: an open-addressing table
// (linear probing, power-of-two size, load <= 1/2) skips the modulo and the
// node chase, and words of up to 8 bytes are stored packed in the slot, so a
// typical lookup is one multiply, one load and one integer compare (the
// actor matcher's word table works the same way). Longer words store their
// XXH3 hash and are compared against the stored copy.
//
// Invariants: word(id) views storage that stays valid and unchanged while the
// index lives, even across later inserts; Find() never allocates.
#ifndef SITREP_LEXICON_WORD_INDEX_H_
#define SITREP_LEXICON_WORD_INDEX_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

class WordIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id of `w`, added when new.
  uint32_t Insert(std::string_view w);
  // The id of `w`, or kNone. Inline: it runs several times per token.
  uint32_t Find(std::string_view w) const {
    if (w.size() > max_size_ || slots_.empty()) return kNone;
    const uint64_t key = Key(w);
    for (uint64_t i = Home(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.key != key || s.len != w.size()) continue;
      if (w.size() <= 8 || std::memcmp(words_[s.id].data(), w.data(), w.size()) == 0) return s.id;
    }
  }
  std::string_view word(uint32_t id) const { return words_[id]; }
  uint32_t size() const { return static_cast<uint32_t>(words_.size()); }
  // The length of the longest word (0 when empty).
  size_t max_size() const { return max_size_; }

 private:
  struct Slot {
    uint64_t key = 0;     // packed word (size <= 8) or its XXH3 hash
    uint32_t id = kNone;  // kNone = empty slot
    uint32_t len = 0;
  };
  // A word of up to 8 bytes packed (first byte lowest, zero-padded; the
  // length is compared separately), a longer one's XXH3 hash.
  static uint64_t Key(std::string_view w) {
    if (w.size() > 8) return Hash(w);
    uint64_t v = 0;
    for (size_t i = 0; i < w.size(); ++i) v |= uint64_t{static_cast<uint8_t>(w[i])} << (8 * i);
    return v;
  }
  static uint64_t Hash(std::string_view w);
  // Fibonacci hashing: the high bits of key * 2^64/phi spread packed words,
  // whose low bytes are the (few distinct) first letters.
  uint64_t Home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }
  void Place(uint64_t key, uint32_t id, uint32_t len);
  void Grow();

  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  int shift_ = 64;
  size_t max_size_ = 0;
  std::deque<std::string> words_;  // by id; a deque keeps them in place
};

}  // namespace sitrep

#endif  // SITREP_LEXICON_WORD_INDEX_H_
