// DuplicateIndex: finds exact copies and near copies (republications) in a
// stream of documents, without comparing all pairs and without keeping texts.
//
// Check(id, text) returns the id of the earliest indexed document that `text`
// copies, or "" -- in which case the document is added to the index. Copies
// are never indexed, so every id returned is an original.
//
//   Exact copy: equal XXH3-64 of the normalized text (case folded, whitespace
//   and punctuation collapsed; see shingle_sketch.h), confirmed by equal
//   MinHash signatures.
//
//   Near copy: estimated Jaccard similarity of the word 5-shingle sets >=
//   threshold, from a 256-value MinHash signature. Candidates come from LSH
//   banding over the first 128 values: b = 32 bands of r = 4 rows, each band's
//   values hashed into one shared table. Two texts with Jaccard J share at
//   least one band with probability P(J) = 1 - (1 - J^r)^b, an S-curve whose
//   midpoint is (1/b)^(1/r) = 0.42. The midpoint sits far below the threshold
//   on purpose: banding is only the candidate filter, so it must almost never
//   miss a true copy -- P(0.8) = 1 - 4.8e-8 -- while the false candidates it
//   lets through (P(0.5) = 0.87, P(0.3) = 0.23) each cost one 256-byte
//   comparison.
//
//   Why threshold 0.8: each changed word changes up to 5 shingles, so a
//   republication that keeps the body and swaps header/footer lines or adds a
//   "first published by" notice (up to ~10% of its words) still scores
//   >= ~0.8, while distinct articles on the same story that share a quoted
//   paragraph or two score well under 0.5. The estimate's standard deviation
//   near 0.8 is ~0.025 (256 values), so a copy with true J >= 0.88 is missed
//   with probability < 0.1%; a copy right at 0.8 is a coin toss. Pass text
//   after furniture removal (Document::text) for the widest margin.
//
//   Signatures keep 8 bits per value (b-bit MinHash, Li & Koenig 2010: the low
//   bits of each minimum). Unequal values then collide with probability
//   C = 1/256, which the estimate corrects: J = (matches/k - C) / (1 - C).
//   256 values x 8 bits estimate better than 128 x 16 bits in the same bytes.
//
// Texts with fewer words than a shingle are matched exactly only. Texts with
// no words at all (empty, punctuation only) carry no content: they are never
// reported as copies and never indexed.
//
// Memory per indexed document: the id, the 256-byte signature, and b + 1
// open-addressing table slots (8 bytes per band slot, 16 per exact slot, at
// load <= 0.75). A band value shared by more than kMaxBandChain documents is
// boilerplate, not evidence; it stops being indexed, which keeps every lookup
// O(b * kMaxBandChain) however repetitive the stream.
//
// Not thread-safe: the caller serializes Check()/CheckSketch() (e.g. a serial
// stage of a TBB pipeline). Sketching is the costly part and may run in
// parallel: one ShingleSketcher per thread, then CheckSketch() in order.
#ifndef SITREP_CORPUS_DEDUP_H_
#define SITREP_CORPUS_DEDUP_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/flat_multimap.h"
#include "corpus/shingle_sketch.h"

namespace sitrep {

struct DedupOptions {
  int shingle_words = 5;
  int num_hashes = 256;    // MinHash values per document (= signature bytes)
  int bands = 32;          // LSH bands over the first bands * rows_per_band
  int rows_per_band = 4;   // values (clamped to num_hashes)
  double threshold = 0.8;  // minimum estimated Jaccard for a near copy
};

class DuplicateIndex {
 public:
  static constexpr int kMaxBandChain = 8;

  explicit DuplicateIndex(DedupOptions options = {});

  // Returns the id of the first document this one copies (exact or near), or
  // "". Adds it to the index otherwise.
  std::string Check(std::string_view doc_id, std::string_view text);

  // Same, for a sketch made by a ShingleSketcher with this index's
  // shingle_words and num_hashes().
  std::string CheckSketch(std::string_view doc_id, const ShingleSketch& sketch);

  int num_hashes() const { return num_hashes_; }
  const DedupOptions& options() const { return options_; }
  // Documents indexed (originals only).
  size_t size() const { return id_offsets_.size() - 1; }
  // Heap bytes held by the index.
  size_t MemoryBytes() const;

 private:
  double EstimateJaccard(const uint8_t* a, const uint8_t* b) const;
  uint32_t Add(std::string_view doc_id, const ShingleSketch& sketch);
  std::string IdOf(uint32_t doc) const;

  DedupOptions options_;
  int num_hashes_;
  int bands_;
  int rows_;
  ShingleSketcher sketcher_;
  ShingleSketch scratch_;
  std::vector<uint8_t> query_sig_;
  std::vector<uint32_t> band_keys_;
  std::vector<uint8_t> band_chain_;
  std::vector<uint32_t> candidates_;

  std::string ids_;                   // all ids, concatenated
  std::vector<uint64_t> id_offsets_;  // doc i's id is ids_[off[i], off[i+1])
  std::vector<uint8_t> signatures_;   // num_hashes() bytes per document
  FlatMultiMap<uint64_t> exact_;      // exact_hash -> doc
  FlatMultiMap<uint32_t> band_map_;   // hash(band index, band values) -> doc
};

}  // namespace sitrep

#endif  // SITREP_CORPUS_DEDUP_H_
