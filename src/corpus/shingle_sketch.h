// ShingleSketcher: turns a text into the fingerprints DuplicateIndex compares.
//
//   1. Normalize: words are maximal runs of letters, digits and spacing marks,
//      case-folded (Unicode simple folding, so Cyrillic folds too), with
//      nonspacing marks and format characters dropped (stress accents, soft
//      hyphens) and "ё" read as "е" (Russian outlets disagree on it).
//      Everything else -- whitespace, punctuation, symbols, invalid UTF-8 --
//      only separates words. The normalized text is the words joined by one
//      space.
//   2. exact_hash = XXH3-64 of the normalized text.
//   3. minhash: one-permutation MinHash with optimal densification (Li, Owen
//      & Zhang 2012; Shrivastava 2017) over word shingle_words-shingles. Each
//      shingle is hashed once; the hash picks one of num_hashes bins and the
//      bin keeps its minimum. Empty bins borrow the value of a bin chosen by a
//      fixed pseudo-random probe sequence, so Pr[a[i] == b[i]] is still the
//      Jaccard similarity of the two shingle sets. Cost is O(words +
//      num_hashes) instead of O(words * num_hashes) for k independent hashes.
//      Texts with fewer than shingle_words words have no shingles and get an
//      empty minhash (only exact matching applies to them).
//
// Deterministic across runs and machines (fixed seeds). A ShingleSketcher
// keeps scratch buffers, so it is not thread-safe; use one per thread.
#ifndef SITREP_CORPUS_SHINGLE_SKETCH_H_
#define SITREP_CORPUS_SHINGLE_SKETCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

struct ShingleSketch {
  uint64_t exact_hash = 0;
  uint64_t words = 0;             // words in the normalized text
  std::vector<uint32_t> minhash;  // num_hashes values, or empty (see above)
};

class ShingleSketcher {
 public:
  // shingle_words >= 1, num_hashes >= 1 (clamped).
  ShingleSketcher(int shingle_words, int num_hashes);

  // Overwrites *out; reuses its storage.
  void Sketch(std::string_view text, ShingleSketch* out);

  // The normalized text of the last Sketch() call (for tests and debugging).
  std::string_view normalized() const { return normalized_; }

  int shingle_words() const { return shingle_words_; }
  int num_hashes() const { return num_hashes_; }

 private:
  void Normalize(std::string_view text);
  void MinHash(std::vector<uint32_t>* out);

  int shingle_words_;
  int num_hashes_;
  std::string normalized_;
  std::vector<uint64_t> word_hashes_;
  std::vector<uint8_t> filled_;
  // The first kCachedProbes donors of each bin's densification probe
  // sequence, which depends only on the bin: computed once, not per text.
  static constexpr int kCachedProbes = 8;
  std::vector<uint32_t> probes_;
};

}  // namespace sitrep

#endif  // SITREP_CORPUS_SHINGLE_SKETCH_H_
