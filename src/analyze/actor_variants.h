// Spelling and transliteration variants of names, by a general rule rather
// than a list of pairs: both names are reduced to a transliteration skeleton
// and compared with an edit distance whose threshold grows with length.
//
// Skeleton (over a Fold()ed name, letters only): x -> ks; digraphs that
// romanise one Cyrillic letter are merged (shch sch sh -> s, kh -> h,
// zh -> z, ch ts tz cz -> c, ph -> f, ck q -> k); w -> v; y j -> i; a u/v
// after a vowel before a consonant or the end is dropped (Belarusian
// "ou"/"au" vs Russian "ov"/"av": Tsikhanouskaya / Tikhanovskaya); i before a
// vowel after a consonant is dropped (Alyaksandr / Aleksandr, Sviatlana /
// Svetlana); doubled letters collapse.
//
// Threshold on the shorter skeleton: < 5 letters exact, 5-8 one edit, >= 9
// two edits. VariantIndex finds candidates with a symmetric-delete index
// (SymSpell), so a lookup costs O(length^2) hash probes, not a scan; deletes
// are kept as 64-bit hashes (a collision only adds a candidate that the edit
// distance then rejects), so a lookup allocates no strings.
#ifndef SITREP_ANALYZE_ACTOR_VARIANTS_H_
#define SITREP_ANALYZE_ACTOR_VARIANTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep {

std::string NameSkeleton(std::string_view folded);
// Levenshtein distance, giving up (returning limit + 1) beyond `limit`.
uint32_t BoundedEditDistance(std::string_view a, std::string_view b, uint32_t limit);
uint32_t VariantThreshold(size_t skeleton_length);
// True when two folded name words are spelling variants of each other.
bool IsNameVariant(std::string_view folded_a, std::string_view folded_b);

// Maps skeletons to values (e.g. actor indexes) for approximate lookup.
class VariantIndex {
 public:
  struct Hit {
    uint32_t value = 0;
    uint32_t distance = 0;
  };
  void Add(std::string_view folded, uint32_t value);
  // Every value whose key is a variant of `folded`, each once, nearest first.
  std::vector<Hit> Find(std::string_view folded) const;
  size_t size() const { return keys_.size(); }

 private:
  struct Key {
    std::string skeleton;
    uint32_t value;
  };
  std::vector<Key> keys_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> deletes_;  // delete hash -> keys_
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_VARIANTS_H_
