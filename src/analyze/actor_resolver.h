// ActorRegistry: the actors of one document, each identity once.
//
// Identity rules (ids are stable across documents):
//   - lexicon actors keep their lexicon id ("blr.lukashenko");
//   - discovered persons and organisations get "x." + their folded name with
//     words joined by '-' ("x.franak-viacorka"), so the same name discovered
//     in two articles is one actor;
//   - generic agents composed with a country or region get "group." + their
//     lowercased CAMEO code ("group.blrmil" for Belarusian troops); an agent
//     with no country gets "group." + its role code ("group.opp" for
//     protesters). One code, one group: Belarusian troops and Belarusian
//     soldiers are the same actor.
#ifndef SITREP_ANALYZE_ACTOR_RESOLVER_H_
#define SITREP_ANALYZE_ACTOR_RESOLVER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/actor.h"
#include "text/document.h"

namespace sitrep {

// "x." + words of a folded name joined by '-', keeping [a-z0-9] only.
std::string DiscoveredId(std::string_view folded_name);

class ActorRegistry {
 public:
  // Per-actor facts the resolver needs beyond DocActor.
  struct Info {
    bool person = false;
    char gender = 0;            // 'm', 'f', 0
    std::string surname;        // folded last word of the name (persons)
    std::string skeleton;       // NameSkeleton(surname), computed once
    std::string given;          // folded first word (persons with 2+ words)
    std::string short_name;     // folded last word of a 2+ word organisation name
    uint32_t last_mention = 0;  // text offset of the latest mention
  };

  uint32_t AddLexicon(const Actor& actor, uint32_t date, char gender);
  // Returns the existing actor with that id, or adds one.
  uint32_t AddDiscovered(std::string id, std::string_view name, std::string_view kind, bool person,
                         char gender);
  uint32_t AddGroup(std::string_view code, std::string_view name, std::string_view country);
  uint32_t Find(std::string_view id) const;

  DocActor& actor(uint32_t i) { return actors_[i]; }
  Info& info(uint32_t i) { return info_[i]; }
  const Info& info(uint32_t i) const { return info_[i]; }
  size_t size() const { return actors_.size(); }

  // Most recently mentioned person whose surname is `folded` or a spelling
  // variant of it; kNoActor when none, or when two different people tie.
  uint32_t PersonBySurname(std::string_view folded) const;

  // The one person whose folded given name is `folded` ("Ilsa" after "Ilsa
  // Vantor"); kNoActor when none or several.
  uint32_t PersonByGivenName(std::string_view folded) const;

  // Most recently mentioned organisation whose multi-word name ends in the
  // folded word ("Times" after "The New York Times"); kNoActor when none.
  uint32_t OrganizationByShortName(std::string_view folded) const;

  // Moves the actors into the document and fills their mention lists from
  // doc->mentions (which must be sorted); actors never mentioned are dropped
  // and mention actor indexes renumbered.
  void Finish(Document* doc);

 private:
  void Reserve();

  std::vector<DocActor> actors_;
  std::vector<Info> info_;
  // Transparent, so that Find(string_view) builds no string.
  struct IdHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, IdHash, std::equal_to<>> by_id_;
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_RESOLVER_H_
