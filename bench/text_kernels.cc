// Micro-benchmarks of the text layer's hot kernels over ~1 MB of synthetic
// news-like English (generated here, deterministic): UTF-8 repair,
// tokenization, sentence splitting, folding.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"
#include "text/fold.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

// A deterministic LCG: the text must be identical from run to run.
class Rng {
 public:
  uint32_t Next(uint32_t n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state_ >> 33) % n;
  }

 private:
  uint64_t state_ = 42;
};

const std::string& NewsText() {
  static const std::string text = [] {
    constexpr std::string_view kWords[] = {
        "the",     "minister",       "said",       "on",         "Tuesday",  "that",   "troops",
        "would",   "remain",         "in",         "the",        "region",   "of",     "Mirovka",
        "and",     "officials",      "warned",     "sanctions",  "against",  "Vesnia", "could",
        "follow",  "pro-government", "talks",      "were",       "held",     "with",   "opposition",
        "leaders", "Ivanka",         "Doe",        "Kalinoŭski", "Viačorka", "don't",  "Belarus’",
        "Putin’s", "65-year-old",    "parliament", "election",   "protest",  "border", "army",
    };
    constexpr std::string_view kNumbers[] = {"1,000", "3.5", "2020", "500-1000", "9", "70"};
    constexpr std::string_view kAbbrevs[] = {"U.S.", "Mr.", "Jan.", "Gen.", "e.g.", "St."};
    Rng rng;
    std::string s;
    s.reserve(1 << 20);
    while (s.size() < (1 << 20)) {
      // One paragraph: a few sentences, some quoted with attribution.
      int sentences = 1 + static_cast<int>(rng.Next(4));
      for (int k = 0; k < sentences; ++k) {
        bool quoted = rng.Next(4) == 0;
        if (quoted) s += "“";
        int words = 8 + static_cast<int>(rng.Next(20));
        for (int w = 0; w < words; ++w) {
          if (w > 0) s += ' ';
          uint32_t r = rng.Next(100);
          std::string_view word = kWords[rng.Next(std::size(kWords))];
          if (r < 5) {
            s += kNumbers[rng.Next(std::size(kNumbers))];
          } else if (r < 8) {
            s += kAbbrevs[rng.Next(std::size(kAbbrevs))];
          } else if (w == 0) {
            s += static_cast<char>(word[0] & ~0x20);  // capitalize (ASCII words)
            s += word.substr(1);
          } else {
            s += word;
          }
          if (r >= 90 && w + 1 < words) s += (r >= 97) ? " —" : ",";
        }
        if (quoted) {
          s += rng.Next(2) ? ",” he said. " : ".” ";
        } else {
          s += rng.Next(10) == 0 ? "? " : ". ";
        }
      }
      s += '\n';
    }
    return s;
  }();
  return text;
}

void BM_RepairUtf8(benchmark::State& state) {
  const std::string& text = NewsText();
  std::string out;
  for (auto _ : state) {
    benchmark::DoNotOptimize(RepairUtf8(text, &out));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}
BENCHMARK(BM_RepairUtf8);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = NewsText();
  std::vector<Token> tokens;
  for (auto _ : state) {
    Tokenize(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
  state.counters["tokens"] = static_cast<double>(tokens.size());
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  Document doc;
  doc.text = NewsText();
  Tokenize(doc.text, &doc.tokens);
  for (auto _ : state) {
    SplitSentences(&doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * doc.text.size());
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
}
BENCHMARK(BM_SplitSentences);

// The three together, as the pipeline runs them on one document.
void BM_RepairTokenizeSplit(benchmark::State& state) {
  const std::string& raw = NewsText();
  Document doc;
  for (auto _ : state) {
    RepairUtf8(raw, &doc.text);
    Tokenize(doc.text, &doc.tokens);
    SplitSentences(&doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * raw.size());
}
BENCHMARK(BM_RepairTokenizeSplit);

// Fold per token, as a lexicon matcher would call it.
void BM_FoldTokens(benchmark::State& state) {
  Document doc;
  doc.text = NewsText();
  Tokenize(doc.text, &doc.tokens);
  for (auto _ : state) {
    size_t total = 0;
    for (const Token& t : doc.tokens) total += Fold(doc.view(t.span)).size();
    benchmark::DoNotOptimize(total);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * doc.text.size());
}
BENCHMARK(BM_FoldTokens);

void BM_FoldNonAsciiName(benchmark::State& state) {
  const std::string name = "Łukaszenka Viačorka Kalinoŭski";
  for (auto _ : state) benchmark::DoNotOptimize(Fold(name));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * name.size());
}
BENCHMARK(BM_FoldNonAsciiName);

}  // namespace
}  // namespace sitrep
