// EventLexicon: the event coder's data, read from data/events/ (format:
// data/events/README.md):
//   codes.txt      CAMEO code -> QuadClass, Goldstein weight, PLOVER type, and
//                  the intent/threat code an announced act takes;
//   verbs.txt      patterns over lemmas, particles and a $TARGET slot -> code;
//   irregular.txt  irregular inflections for the Lemmatizer.
//
// Loading never throws: every problem is a line-numbered Diagnostic and bad
// lines are left out (a pattern with an unknown code, a code whose alt code is
// not in the table, ...).
//
// Invariants of a loaded lexicon: every pattern's code is in codes();
// PatternsFor(lemma) lists the patterns anchored on that lemma, longest
// (most elements) first, so the first match is the most specific; every word
// of every pattern is in the lemmatizer's vocabulary.
#ifndef SITREP_LEXICON_EVENT_LEXICON_H_
#define SITREP_LEXICON_EVENT_LEXICON_H_

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/diagnostic.h"
#include "lexicon/lemmatizer.h"
#include "lexicon/word_index.h"

namespace sitrep {

struct EventCodeInfo {
  std::string code;    // "040"
  uint8_t quad = 0;    // 1..4
  float goldstein = 0;
  std::string plover;  // empty for "-"
  std::string alt;     // intent/threat code, may be empty
  std::string_view root() const { return std::string_view(code).substr(0, 2); }
};

struct PatternElement {
  bool target = false;             // the $TARGET slot
  std::vector<std::string> words;  // lemma alternatives (empty for $TARGET)
  bool Matches(std::string_view lemma) const;
};

struct EventPattern {
  bool nominal = false;  // [noun] section
  // Written "$TARGET verb ...": the clause subject is the target
  // ("$TARGET fall under sanction"); elements then start at the verb.
  bool subject_is_target = false;
  std::vector<PatternElement> elements;  // elements[0] is the anchor
  std::string code;
  uint32_t line = 0;
  bool has_target() const;
};

class EventLexicon {
 public:
  struct Result;

  // Reads codes.txt, verbs.txt and irregular.txt from a directory.
  static Result Load(const std::filesystem::path& dir);
  static Result LoadText(std::string_view codes, std::string_view verbs,
                         std::string_view irregular);
  // Load() of data/events next to FindActorDataDir()'s actors/.
  static Result LoadDefault();
  static std::filesystem::path DefaultDir();

  const EventCodeInfo* FindCode(std::string_view code) const;
  // Patterns anchored on a lemma, longest first; hot-path safe.
  std::span<const uint32_t> PatternsFor(std::string_view lemma) const;
  const std::vector<EventPattern>& patterns() const { return patterns_; }
  const std::vector<EventCodeInfo>& codes() const { return codes_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }

 private:
  friend class EventLexiconBuilder;
  // XXH3: cheaper than std::hash; PatternsFor runs once per token.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const;
  };
  std::vector<EventCodeInfo> codes_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> by_code_;
  std::vector<EventPattern> patterns_;
  // Anchor lemma -> patterns: a flat WordIndex, as PatternsFor runs once
  // per token.
  WordIndex anchors_;
  std::vector<std::vector<uint32_t>> by_anchor_;  // by id in anchors_
  Lemmatizer lemmatizer_;
};

struct EventLexicon::Result {
  EventLexicon lexicon;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !HasErrors(diagnostics); }
};

}  // namespace sitrep

#endif  // SITREP_LEXICON_EVENT_LEXICON_H_
