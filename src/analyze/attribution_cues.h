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
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ATTRIBUTION_CUES_H_
