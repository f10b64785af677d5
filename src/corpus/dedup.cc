#include "corpus/dedup.h"

#include <algorithm>
#include <limits>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sitrep {

DuplicateIndex::DuplicateIndex(DedupOptions options)
    : options_(options),
      num_hashes_(std::clamp(options.num_hashes, 1, 4096)),
      bands_(std::clamp(options.bands, 1, num_hashes_)),
      rows_(std::clamp(options.rows_per_band, 1, num_hashes_ / bands_)),
      sketcher_(options.shingle_words, num_hashes_),
      id_offsets_{0} {}

std::string DuplicateIndex::Check(std::string_view doc_id, std::string_view text) {
  sketcher_.Sketch(text, &scratch_);
  return CheckSketch(doc_id, scratch_);
}

double DuplicateIndex::EstimateJaccard(const uint8_t* a, const uint8_t* b) const {
  const int k = num_hashes();
  int equal = 0;
  for (int i = 0; i < k; ++i) equal += a[i] == b[i];
  // Undo the 1/256 chance that two different minima share their low 8 bits.
  constexpr double kCollision = 1.0 / 256;
  return (static_cast<double>(equal) / k - kCollision) / (1 - kCollision);
}

std::string DuplicateIndex::IdOf(uint32_t doc) const {
  return ids_.substr(id_offsets_[doc], id_offsets_[doc + 1] - id_offsets_[doc]);
}

std::string DuplicateIndex::CheckSketch(std::string_view doc_id, const ShingleSketch& sketch) {
  if (sketch.words == 0) return {};
  const auto k = static_cast<size_t>(num_hashes());
  // A sketch without shingles (or from a mismatched sketcher) is matched
  // exactly only; its stored signature is all zeros and it joins no band.
  const bool has_signature = sketch.minhash.size() == k;
  query_sig_.assign(k, 0);
  if (has_signature) {
    for (size_t i = 0; i < k; ++i) query_sig_[i] = static_cast<uint8_t>(sketch.minhash[i]);
  }

  constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
  uint32_t match = kNone;
  // Exact: the 64-bit hash decides; equal signatures guard against a hash
  // collision between texts of different content.
  exact_.ForEach(sketch.exact_hash, [&](uint32_t doc) {
    if (doc < match &&
        std::equal(query_sig_.begin(), query_sig_.end(), signatures_.begin() + doc * k)) {
      match = doc;
    }
  });
  if (match != kNone) return IdOf(match);

  band_keys_.clear();
  band_chain_.clear();
  if (has_signature) {
    candidates_.clear();
    for (int b = 0; b < bands_; ++b) {
      const uint32_t* rows = sketch.minhash.data() + static_cast<size_t>(b) * rows_;
      const auto key = static_cast<uint32_t>(
          XXH3_64bits_withSeed(rows, sizeof(uint32_t) * static_cast<size_t>(rows_), b));
      band_keys_.push_back(key);
      band_map_.Prefetch(key);
    }
    for (uint32_t key : band_keys_) {
      const size_t chain =
          band_map_.ForEach(key, [&](uint32_t doc) { candidates_.push_back(doc); });
      band_chain_.push_back(static_cast<uint8_t>(std::min<size_t>(chain, 255)));
    }
    std::sort(candidates_.begin(), candidates_.end());
    candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
    // Ascending ids: the first candidate over the threshold is the earliest.
    for (uint32_t doc : candidates_) {
      if (EstimateJaccard(query_sig_.data(), signatures_.data() + doc * k) >= options_.threshold) {
        return IdOf(doc);
      }
    }
  }

  // Document numbers are uint32 and 0xFFFFFFFF marks a free table slot; past
  // that many documents the index stops growing but still answers.
  if (size() < kNone - 1) Add(doc_id, sketch);
  return {};
}

uint32_t DuplicateIndex::Add(std::string_view doc_id, const ShingleSketch& sketch) {
  const auto doc = static_cast<uint32_t>(size());
  ids_.append(doc_id);
  id_offsets_.push_back(ids_.size());
  signatures_.insert(signatures_.end(), query_sig_.begin(), query_sig_.end());
  exact_.Insert(sketch.exact_hash, doc);
  for (size_t b = 0; b < band_keys_.size(); ++b) {
    if (band_chain_[b] < kMaxBandChain) band_map_.Insert(band_keys_[b], doc);
  }
  return doc;
}

size_t DuplicateIndex::MemoryBytes() const {
  return ids_.capacity() + id_offsets_.capacity() * sizeof(uint64_t) + signatures_.capacity() +
         exact_.MemoryBytes() + band_map_.MemoryBytes();
}

}  // namespace sitrep
