// Scale test: a stream of synthetic documents with 1% injected near copies.
// Every copy must be found and attributed to its source, with no false
// positives, within a few seconds. SITREP_DEDUP_SCALE_DOCS overrides the
// document count for manual runs (e.g. 1000000 in a release build).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "corpus/dedup.h"

namespace sitrep {
namespace {

// 100,000 documents take ~1 CPU s in a release build and ~3 under
// ASan+UBSan; the sanitizer build runs half as many to stay quick on a
// loaded machine.
#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kDefaultDocs = 50'000;
#else
constexpr size_t kDefaultDocs = 100'000;
#endif

size_t DocCount() {
  if (const char* env = std::getenv("SITREP_DEDUP_SCALE_DOCS")) {
    const long n = std::strtol(env, nullptr, 10);
    if (n > 0) return static_cast<size_t>(n);
  }
  return kDefaultDocs;
}

// Random lowercase pseudo-words; a big vocabulary makes accidental shared
// shingles between originals vanishingly rare, as between real articles.
std::vector<std::string> MakeVocabulary(size_t n) {
  std::mt19937_64 rng(7);
  std::vector<std::string> words(n);
  for (std::string& w : words) {
    const size_t len = 3 + rng() % 8;
    for (size_t i = 0; i < len; ++i) w.push_back(static_cast<char>('a' + rng() % 26));
  }
  return words;
}

// Original document `doc`: 100..160 words, reproducible from its number so a
// copy can be made later without keeping the text.
std::vector<uint32_t> OriginalWords(size_t doc, size_t vocabulary) {
  std::mt19937_64 rng(doc * 0x9E3779B97F4A7C15ULL + 1);
  std::vector<uint32_t> words(100 + rng() % 61);
  for (uint32_t& w : words) w = static_cast<uint32_t>(rng() % vocabulary);
  return words;
}

// Built by appending: "d" + std::to_string() trips GCC 12's -Wrestrict false
// positive at -O3.
std::string DocId(size_t doc) {
  std::string id = "d";
  id += std::to_string(doc);
  return id;
}

void Render(const std::vector<uint32_t>& words, const std::vector<std::string>& vocab,
            std::string* out) {
  out->clear();
  for (size_t i = 0; i < words.size(); ++i) {
    *out += vocab[words[i]];
    *out += (i % 17 == 16) ? ".\n" : " ";
  }
}

TEST(DuplicateIndexScale, FindsAllInjectedCopiesWithoutFalsePositives) {
  const size_t n = DocCount();
  const std::vector<std::string> vocab = MakeVocabulary(20'000);
  DuplicateIndex index;
  std::mt19937_64 rng(42);

  std::vector<size_t> original_docs;  // doc numbers of originals so far
  size_t injected = 0, found = 0, misattributed = 0, false_positives = 0;
  double index_seconds = 0;
  size_t text_bytes = 0;
  std::string text;
  for (size_t doc = 0; doc < n; ++doc) {
    const bool inject = doc % 100 == 99;
    size_t source = 0;
    std::vector<uint32_t> words;
    if (inject) {
      // A near copy of a random earlier original: one word changed, or a
      // short republication notice in front, or both. True Jaccard >= 0.87.
      source = original_docs[rng() % original_docs.size()];
      words = OriginalWords(source, vocab.size());
      const unsigned kind = rng() % 3;
      if (kind != 1) words[rng() % words.size()] = static_cast<uint32_t>(rng() % vocab.size());
      if (kind != 0) {
        for (int i = 0; i < 3; ++i) {
          words.insert(words.begin(), static_cast<uint32_t>(rng() % vocab.size()));
        }
      }
    } else {
      words = OriginalWords(doc, vocab.size());
    }
    Render(words, vocab, &text);
    text_bytes += text.size();

    // CPU time, not wall time: the build machine is shared.
    const std::clock_t start = std::clock();
    const std::string match = index.Check(DocId(doc), text);
    index_seconds += static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;

    if (inject) {
      ++injected;
      if (match == DocId(source)) {
        ++found;
      } else if (!match.empty()) {
        ++misattributed;
      }
    } else {
      original_docs.push_back(doc);
      if (!match.empty()) ++false_positives;
    }
  }

  EXPECT_EQ(found, injected);
  EXPECT_EQ(misattributed, 0u);
  EXPECT_EQ(false_positives, 0u);
  EXPECT_EQ(index.size(), n - injected);

  const double bytes_per_doc = static_cast<double>(index.MemoryBytes()) / index.size();
  std::printf(
      "[ scale ] %zu docs (%zu copies): %.2f CPU s in Check, %.0f docs/s, %.1f MB/s, "
      "%.0f index bytes/doc\n",
      n, injected, index_seconds, n / index_seconds, text_bytes / index_seconds / 1e6,
      bytes_per_doc);
  RecordProperty("docs_per_second", static_cast<int>(n / index_seconds));
  RecordProperty("bytes_per_doc", static_cast<int>(bytes_per_doc));
  // ~256 B signature + 32 band slots of 8 B at load 0.375..0.75 + id + exact slot.
  EXPECT_LT(bytes_per_doc, 1400);
}

}  // namespace
}  // namespace sitrep
