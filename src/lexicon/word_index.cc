#include "lexicon/word_index.h"

#include <bit>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sitrep {

uint64_t WordIndex::Hash(std::string_view w) { return XXH3_64bits(w.data(), w.size()); }

void WordIndex::Place(uint64_t key, uint32_t id, uint32_t len) {
  uint64_t i = Home(key);
  while (slots_[i].id != kNone) i = (i + 1) & mask_;
  slots_[i] = Slot{key, id, len};
}

void WordIndex::Grow() {
  const size_t capacity = slots_.empty() ? 16 : slots_.size() * 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  shift_ = 64 - std::countr_zero(capacity);
  for (uint32_t id = 0; id < words_.size(); ++id) {
    Place(Key(words_[id]), id, static_cast<uint32_t>(words_[id].size()));
  }
}

uint32_t WordIndex::Insert(std::string_view w) {
  if (uint32_t id = Find(w); id != kNone) return id;
  const uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(w);
  if (max_size_ < w.size()) max_size_ = w.size();
  if (2 * words_.size() > slots_.size()) {
    Grow();  // places every word, the new one included
  } else {
    Place(Key(w), id, static_cast<uint32_t>(w.size()));
  }
  return id;
}

}  // namespace sitrep
