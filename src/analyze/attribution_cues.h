// CueLexicon: the words that introduce reported speech ("said", "denied",
// "urged", "claim"), each with the statement kind and CAMEO code it implies.
//
// Loaded from a plain-text file (data/cues.txt): one lemma per line, tab-
// separated lemma, part (verb|object|noun), kind, CAMEO code ("-" for none),
// and the space-separated surface forms. An "object" verb reports a stance
// toward a thing rather than a clause ("endorsed the mayor", "cited the
// report"): its content is the noun phrase after it. Lookup is by the lowercased surface form, so
// one hash probe per word token.
#ifndef SITREP_ANALYZE_ATTRIBUTION_CUES_H_
#define SITREP_ANALYZE_ATTRIBUTION_CUES_H_

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/word_index.h"

namespace sitrep {

struct CueEntry {
  std::string lemma;    // "say"
  std::string kind;     // claim | denial | accusation | appeal | ...
  std::string cameo;    // "112", or empty
  bool noun = false;    // "claim", "allegation": cue only after a possessive
  bool object = false;  // content is the object noun phrase, not a clause
};

class CueLexicon {
 public:
  // Parses the cues.txt format; returns nullopt and sets *error on a
  // malformed line (the line number is in the message).
  static std::optional<CueLexicon> Parse(std::string_view content, std::string* error);
  static std::optional<CueLexicon> Load(const std::filesystem::path& file, std::string* error);
  // data/cues.txt found like the actor data ($SITREP_DATA, the source tree,
  // the install prefix); nullopt when none exists or it does not parse.
  static std::optional<CueLexicon> LoadDefault(std::string* error);

  // The entry for a lowercase ASCII surface form, or nullptr.
  const CueEntry* Find(std::string_view lower_form) const;
  // Same, lowercasing `word` first (ASCII only; longer words never match).
  const CueEntry* FindWord(std::string_view word) const;
  size_t size() const { return forms_.size(); }

 private:
  std::vector<CueEntry> entries_;
  // Surface forms, looked up once per token: a flat table (see
  // lexicon/word_index.h) rather than a node-based hash map.
  WordIndex forms_;
  std::vector<uint32_t> entry_of_form_;  // by form id

  // FindWord runs on nearly every word token and nearly all of them are no
  // cue: a 1 KB Bloom filter over (length, first, second and last letter)
  // of the forms rejects most words before the hash probe, whose table does
  // not fit in L1 (length and end letters alone let "and", "that", "have"
  // through: a quarter of all words). Letters are ASCII-folded, so a word
  // whose folded form is a form always passes.
  static constexpr size_t kMaxWord = 24;  // longer words never match
  static constexpr uint64_t kFilterBits = 8192;
  static uint64_t FilterHash(std::string_view w) {
    auto fold = [](char c) {
      return static_cast<uint64_t>(
          static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c));
    };
    const uint64_t key = fold(w[0]) | fold(w[w.size() > 1 ? 1 : 0]) << 8 | fold(w.back()) << 16 |
                         uint64_t{w.size()} << 24;
    return key * 0x9E3779B97F4A7C15ull;
  }
  void NoteForm(std::string_view form);
  bool MayBeForm(std::string_view word) const {
    const uint64_t h = FilterHash(word);
    const uint64_t b1 = h >> 51, b2 = (h >> 38) & (kFilterBits - 1);
    return (filter_[b1 >> 6] >> (b1 & 63) & 1u) != 0 && (filter_[b2 >> 6] >> (b2 & 63) & 1u) != 0;
  }
  std::array<uint64_t, kFilterBits / 64> filter_{};
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ATTRIBUTION_CUES_H_
