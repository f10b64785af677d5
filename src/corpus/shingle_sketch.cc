#include "corpus/shingle_sketch.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <limits>

// Header-only xxHash: the hashes here are of a few bytes each, where inlining
// matters, and it needs no extra link library.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sitrep {
namespace {

// MurmurHash3's finalizer: a fast bijective 64-bit mix.
inline uint64_t Mix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

// Maps a uniform 32-bit value to [0, n) without a division (Lemire).
inline uint32_t FastRange(uint32_t x, uint32_t n) {
  return static_cast<uint32_t>((static_cast<uint64_t>(x) * n) >> 32);
}

constexpr uint64_t kShingleSeed = 0x9E3779B97F4A7C15ULL;
constexpr uint64_t kShinglePrime = 0x100000001B3ULL * 0x5851F42D4C957F2DULL | 1;
constexpr uint64_t kDensifySeed = 0xD6E8FEB86659FD93ULL;

// ASCII fast path: 0 = separator, otherwise the folded byte.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c + 32);
  return t;
}();

enum class CharClass { kWord, kIgnore, kSeparator };

CharClass Classify(UChar32 c) {
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_COMBINING_SPACING_MARK:
      return CharClass::kWord;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return CharClass::kIgnore;
    default:
      return CharClass::kSeparator;
  }
}

}  // namespace

namespace {

// Donor bin of empty bin j at the given attempt (attempt >= 1).
inline uint32_t ProbeDonor(uint32_t j, uint32_t attempt, uint32_t k) {
  const uint64_t r = Mix64(kDensifySeed ^ (static_cast<uint64_t>(j) << 32) ^ attempt);
  return FastRange(static_cast<uint32_t>(r >> 32), k);
}

}  // namespace

ShingleSketcher::ShingleSketcher(int shingle_words, int num_hashes)
    : shingle_words_(std::max(1, shingle_words)), num_hashes_(std::max(1, num_hashes)) {
  const auto k = static_cast<uint32_t>(num_hashes_);
  probes_.resize(static_cast<size_t>(k) * kCachedProbes);
  for (uint32_t j = 0; j < k; ++j) {
    for (uint32_t a = 0; a < kCachedProbes; ++a)
      probes_[j * kCachedProbes + a] = ProbeDonor(j, a + 1, k);
  }
}

void ShingleSketcher::Normalize(std::string_view text) {
  normalized_.clear();
  word_hashes_.clear();
  size_t word_start = 0;
  bool in_word = false;
  auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    word_hashes_.push_back(
        XXH3_64bits(normalized_.data() + word_start, normalized_.size() - word_start));
  };
  auto begin_word = [&] {
    if (in_word) return;
    in_word = true;
    if (!normalized_.empty()) normalized_.push_back(' ');
    word_start = normalized_.size();
  };

  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      const char folded = kAsciiFold[s[i++]];
      if (folded == 0) {
        end_word();
      } else {
        begin_word();
        normalized_.push_back(folded);
      }
      continue;
    }
    UChar32 c;
    // Decode at most one character from a 4-byte window, so U8_NEXT's
    // int32_t length never overflows whatever the text size.
    int32_t pos = 0;
    const int32_t avail = static_cast<int32_t>(std::min<size_t>(n - i, 4));
    U8_NEXT(s + i, pos, avail, c);
    i += static_cast<size_t>(pos);
    if (c < 0) {
      end_word();  // invalid UTF-8 separates words
      continue;
    }
    switch (Classify(c)) {
      case CharClass::kSeparator:
        end_word();
        break;
      case CharClass::kIgnore:
        break;
      case CharClass::kWord: {
        c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (c == 0x0451) c = 0x0435;  // ё -> е
        begin_word();
        uint8_t buf[U8_MAX_LENGTH];
        int32_t len = 0;
        U8_APPEND_UNSAFE(buf, len, c);
        normalized_.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
        break;
      }
    }
  }
  end_word();
}

void ShingleSketcher::MinHash(std::vector<uint32_t>* out) {
  const size_t w = static_cast<size_t>(shingle_words_);
  const auto k = static_cast<uint32_t>(num_hashes_);
  out->clear();
  if (word_hashes_.size() < w) return;
  out->assign(k, std::numeric_limits<uint32_t>::max());
  filled_.assign(k, 0);
  uint32_t* mins = out->data();

  for (size_t i = 0; i + w <= word_hashes_.size(); ++i) {
    // Order-sensitive combination of the shingle's word hashes; each step is
    // a bijection of h, and Mix64 spreads every input bit over the output.
    uint64_t h = kShingleSeed;
    for (size_t j = 0; j < w; ++j) h = (h ^ word_hashes_[i + j]) * kShinglePrime;
    h = Mix64(h);
    const uint32_t bin = FastRange(static_cast<uint32_t>(h >> 32), k);
    const auto value = static_cast<uint32_t>(h);
    mins[bin] = std::min(mins[bin], value);
    filled_[bin] = 1;
  }

  // Optimal densification: empty bin j takes the value of the first filled
  // bin on its own probe sequence. The sequence depends only on (j, attempt),
  // so two texts whose filled bins agree borrow the same values. Only filled
  // bins are read and only empty ones written, so this works in place.
  for (uint32_t j = 0; j < k; ++j) {
    if (filled_[j]) continue;
    bool done = false;
    // With f filled bins the expected number of attempts is k / f; the cap
    // bounds the worst case (one filled bin) to O(k) per empty bin.
    const uint32_t max_attempts = 16 * k;
    const uint32_t* cached = probes_.data() + static_cast<size_t>(j) * kCachedProbes;
    for (uint32_t attempt = 1; attempt <= max_attempts && !done; ++attempt) {
      const uint32_t donor =
          attempt <= kCachedProbes ? cached[attempt - 1] : ProbeDonor(j, attempt, k);
      if (filled_[donor]) {
        mins[j] = mins[donor];
        done = true;
      }
    }
    for (uint32_t d = 1; d < k && !done; ++d) {  // deterministic fallback
      const uint32_t donor = (j + d) % k;
      if (filled_[donor]) {
        mins[j] = mins[donor];
        done = true;
      }
    }
  }
}

void ShingleSketcher::Sketch(std::string_view text, ShingleSketch* out) {
  Normalize(text);
  out->exact_hash = XXH3_64bits(normalized_.data(), normalized_.size());
  out->words = word_hashes_.size();
  MinHash(&out->minhash);
}

}  // namespace sitrep
