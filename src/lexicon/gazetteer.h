// Gazetteer: place names -> ISO 3166-1 alpha-3 country, for the place of an
// event ("in Blagoveshchensk" -> RUS).
//
// Sources: data/places.txt (cities and regions; format below and in
// data/events/README.md) plus, via AddCountries, every country actor of the
// actor lexicon with its name, aliases and metonyms (capitals such as Minsk).
// File format, one country a line:
//     CCC: Place; Other Place; ...    # comment
// Invariants: lookup is O(1) on the folded name (lexfmt::Key); a name already
// present keeps its first country (places.txt wins over country metonyms);
// max_words() bounds the words of any name.
#ifndef SITREP_LEXICON_GAZETTEER_H_
#define SITREP_LEXICON_GAZETTEER_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/actor_lexicon.h"
#include "lexicon/diagnostic.h"

namespace sitrep {

struct Place {
  std::string name;     // as written in the source
  std::string country;  // ISO 3166-1 alpha-3
  bool is_country = false;
};

class Gazetteer {
 public:
  struct Result;

  static Result Load(const std::filesystem::path& file);
  static Result LoadText(std::string_view text, std::string_view origin);
  // data/places.txt next to FindActorDataDir()'s actors/.
  static Result LoadDefault();

  // Adds country actors' names, aliases and metonyms, and their adjectives
  // and demonyms for CountryOfAdjective.
  void AddCountries(const ActorLexicon& lex);
  bool Add(std::string_view name, std::string_view country, bool is_country);

  // The place named by a phrase (folded here), or nullptr.
  const Place* Find(std::string_view phrase) const;
  // "Gambian" -> GMB: the country an adjective or demonym names, or "".
  std::string_view CountryOfAdjective(std::string_view word) const;
  size_t max_words() const { return max_words_; }
  size_t size() const { return places_.size(); }

 private:
  std::vector<Place> places_;
  std::unordered_map<std::string, uint32_t> by_key_;
  std::unordered_map<std::string, std::string> adjectives_;  // folded -> ISO3
  size_t max_words_ = 1;
};

struct Gazetteer::Result {
  Gazetteer gazetteer;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !HasErrors(diagnostics); }
};

}  // namespace sitrep

#endif  // SITREP_LEXICON_GAZETTEER_H_
