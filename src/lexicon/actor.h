// Actor: one entry of the actor lexicon (a person, organization, country or
// group) with every surface form the text may use for it, and the CAMEO actor
// code it carries, possibly changing over time (a minister leaves office).
//
// Dates are packed as YYYYMMDD integers so that range checks are plain integer
// compares; 0 means "open" (no bound).
#ifndef SITREP_LEXICON_ACTOR_H_
#define SITREP_LEXICON_ACTOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

enum class ActorKind : uint8_t { kPerson, kOrganization, kCountry, kGroup };

std::string_view ActorKindName(ActorKind kind);
std::optional<ActorKind> ParseActorKind(std::string_view name);

// How a surface form names its actor; later stages weigh them differently
// (a metonym like "Minsk" may just be the city, an adjective needs a head
// noun: "Belarusian troops").
enum class NameKind : uint8_t {
  kName,       // the canonical name
  kAlias,      // another full name or spelling
  kAdjective,  // "Belarusian"
  kDemonym,    // "Belarusians"
  kMetonym,    // "Minsk", "the Kremlin" standing for the government
  kDesc,       // "the Belarusian leader"
};

std::string_view NameKindName(NameKind kind);

// A CAMEO code that holds over an inclusive date range.
struct RoleSpan {
  std::string code;
  uint32_t from = 0;  // YYYYMMDD, 0 = since ever
  uint32_t to = 0;    // YYYYMMDD, 0 = still
  bool Contains(uint32_t date) const {
    return (from == 0 || date >= from) && (to == 0 || date <= to);
  }
};

struct Actor {
  std::string id;    // lowercase [a-z0-9._-], unique in a lexicon
  std::string name;  // canonical display name
  ActorKind kind = ActorKind::kPerson;
  std::string country;  // ISO 3166-1 alpha-3, may be empty (IGOs)
  std::string code;     // default CAMEO code
  std::vector<RoleSpan> roles;
  std::vector<std::string> aliases;
  std::vector<std::string> adjectives;
  std::vector<std::string> demonyms;
  std::vector<std::string> metonyms;
  std::vector<std::string> descs;
  std::string note;  // free text for humans, never matched

  std::string origin;  // file it was read from, for messages
  uint32_t line = 0;   // line of its "actor" header

  // The code on a given date (YYYYMMDD): the first role whose range holds it,
  // else `code`. date 0 (unknown) gives `code`.
  std::string_view CodeOn(uint32_t date) const;
};

// Parses YYYY, YYYY-MM or YYYY-MM-DD into YYYYMMDD, checking month and day
// (leap years included). A partial date is widened to the first day of the
// period, or to its last day when end_of_period is set ("2020" as an end
// means 2020-12-31). Returns nullopt for anything else.
std::optional<uint32_t> ParseLexiconDate(std::string_view text, bool end_of_period = false);

}  // namespace sitrep

#endif  // SITREP_LEXICON_ACTOR_H_
