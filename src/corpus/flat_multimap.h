// FlatMultiMap: an append-only hash multimap from hash-valued keys to uint32
// values, in one flat array (linear probing, load <= 0.75).
//
// Why hand-written: the duplicate index holds tens of millions of entries; a
// node-based std::unordered_multimap costs ~40 bytes and a cache miss per
// entry, this costs sizeof(Key) + 4 bytes (padded) and probes adjacent slots.
// Keys must already be uniformly distributed (they are hash outputs); the slot
// is taken from their high bits after a multiplicative mix.
#ifndef SITREP_CORPUS_FLAT_MULTIMAP_H_
#define SITREP_CORPUS_FLAT_MULTIMAP_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sitrep {

template <typename Key>
class FlatMultiMap {
 public:
  // Calls fn(value) for every value inserted under `key` (in no particular
  // order) and returns how many there were.
  template <typename Fn>
  size_t ForEach(Key key, Fn&& fn) const {
    if (slots_.empty()) return 0;
    size_t found = 0;
    for (size_t i = SlotOf(key); slots_[i].value != kEmpty; i = (i + 1) & mask_) {
      if (slots_[i].key == key) {
        fn(slots_[i].value);
        ++found;
      }
    }
    return found;
  }

  // Starts loading the cache line ForEach(key) will read first, so several
  // lookups' memory latencies overlap instead of adding up.
  void Prefetch(Key key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[SlotOf(key)]);
  }

  void Insert(Key key, uint32_t value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    size_t i = SlotOf(key);
    while (slots_[i].value != kEmpty) i = (i + 1) & mask_;
    slots_[i] = {key, value};
    ++size_;
  }

  size_t size() const { return size_; }
  size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  // kEmpty marks a free slot, so it cannot be stored as a value.
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    Key key;
    uint32_t value;
  };

  size_t SlotOf(Key key) const {
    return static_cast<size_t>((static_cast<uint64_t>(key) * 0x9E3779B97F4A7C15ULL) >> shift_);
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    const size_t capacity = old.empty() ? 1024 : old.size() * 2;
    slots_.assign(capacity, Slot{Key{}, kEmpty});
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
    size_ = 0;
    for (const Slot& s : old) {
      if (s.value != kEmpty) Insert(s.key, s.value);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
};

}  // namespace sitrep

#endif  // SITREP_CORPUS_FLAT_MULTIMAP_H_
