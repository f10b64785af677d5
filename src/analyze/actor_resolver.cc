#include "analyze/actor_resolver.h"

#include <algorithm>

#include "analyze/actor_variants.h"
#include "text/fold.h"

namespace sitrep {

std::string DiscoveredId(std::string_view folded) {
  std::string id = "x.";
  bool dash = false;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && id.size() > 2) id.push_back('-');
      dash = false;
      id.push_back(c);
    } else if (c == ' ' || c == '-') {
      dash = true;
    }
  }
  return id;
}

namespace {

// The folded last word of a name of two or more words, else "".
std::string ShortName(std::string_view name) {
  std::string folded = Fold(name);
  const size_t sp = folded.rfind(' ');
  return sp == std::string::npos ? std::string() : folded.substr(sp + 1);
}

}  // namespace

uint32_t ActorRegistry::PersonByGivenName(std::string_view folded) const {
  uint32_t found = kNoActor;
  for (uint32_t i = 0; i < info_.size(); ++i) {
    if (!info_[i].person || info_[i].given != folded) continue;
    if (found != kNoActor) return kNoActor;
    found = i;
  }
  return found;
}

uint32_t ActorRegistry::OrganizationByShortName(std::string_view folded) const {
  uint32_t best = kNoActor;
  for (uint32_t i = 0; i < info_.size(); ++i) {
    if (info_[i].short_name.empty() || info_[i].short_name != folded) continue;
    if (best == kNoActor || info_[i].last_mention > info_[best].last_mention) best = i;
  }
  return best;
}

uint32_t ActorRegistry::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? kNoActor : it->second;
}

void ActorRegistry::Reserve() {
  // A news article has tens of actors; growing the vectors one doubling at a
  // time moved every DocActor several times.
  if (actors_.capacity() == 0) {
    actors_.reserve(64);
    info_.reserve(64);
  }
}

uint32_t ActorRegistry::AddLexicon(const Actor& a, uint32_t date, char gender) {
  if (uint32_t i = Find(a.id); i != kNoActor) return i;
  Reserve();
  const uint32_t i = static_cast<uint32_t>(actors_.size());
  DocActor d;
  d.id = a.id;
  d.name = a.name;
  d.kind = std::string(ActorKindName(a.kind));
  d.code = std::string(a.CodeOn(date));
  d.country = a.country;
  d.known = true;
  actors_.push_back(std::move(d));
  Info info;
  info.person = a.kind == ActorKind::kPerson;
  info.gender = gender;
  if (info.person) {
    std::string folded = Fold(a.name);
    size_t sp = folded.rfind(' ');
    info.surname = sp == std::string::npos ? folded : folded.substr(sp + 1);
    if (sp != std::string::npos) info.given = folded.substr(0, folded.find(' '));
    info.skeleton = NameSkeleton(info.surname);
  } else if (a.kind == ActorKind::kOrganization) {
    info.short_name = ShortName(a.name);
  }
  info_.push_back(std::move(info));
  by_id_[a.id] = i;
  return i;
}

uint32_t ActorRegistry::AddDiscovered(std::string id, std::string_view name, std::string_view kind,
                                      bool person, char gender) {
  if (uint32_t i = Find(id); i != kNoActor) return i;
  Reserve();
  const uint32_t i = static_cast<uint32_t>(actors_.size());
  DocActor d;
  d.id = id;
  d.name = std::string(name);
  d.kind = std::string(kind);
  actors_.push_back(std::move(d));
  Info info;
  info.person = person;
  info.gender = gender;
  if (person) {
    std::string folded = Fold(name);
    size_t sp = folded.rfind(' ');
    info.surname = sp == std::string::npos ? folded : folded.substr(sp + 1);
    if (sp != std::string::npos) info.given = folded.substr(0, folded.find(' '));
    info.skeleton = NameSkeleton(info.surname);
  } else if (kind == "organization") {
    info.short_name = ShortName(name);
  }
  info_.push_back(std::move(info));
  by_id_[std::move(id)] = i;
  return i;
}

uint32_t ActorRegistry::AddGroup(std::string_view code, std::string_view name,
                                 std::string_view country) {
  std::string id = "group.";
  for (char c : code) id.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  if (uint32_t i = Find(id); i != kNoActor) return i;
  Reserve();
  const uint32_t i = static_cast<uint32_t>(actors_.size());
  DocActor d;
  d.id = id;
  d.name = std::string(name);
  d.kind = "group";
  d.code = std::string(code);
  d.country = std::string(country);
  actors_.push_back(std::move(d));
  info_.push_back({});
  by_id_[std::move(id)] = i;
  return i;
}

uint32_t ActorRegistry::PersonBySurname(std::string_view folded) const {
  // An exact surname beats any variant, so variants (a skeleton and edit
  // distances per person) are only computed when no surname is exact.
  uint32_t best = kNoActor;
  bool any_person = false;
  for (uint32_t i = 0; i < info_.size(); ++i) {
    const Info& in = info_[i];
    if (!in.person || in.surname.empty()) continue;
    any_person = true;
    if (in.surname != folded) continue;
    if (best == kNoActor || in.last_mention > info_[best].last_mention) best = i;
  }
  if (best != kNoActor || !any_person) return best;
  const std::string skeleton = NameSkeleton(folded);
  if (skeleton.empty()) return kNoActor;
  for (uint32_t i = 0; i < info_.size(); ++i) {
    const Info& in = info_[i];
    if (!in.person || in.surname.empty() || in.skeleton.empty()) continue;
    const uint32_t limit = VariantThreshold(std::min(in.skeleton.size(), skeleton.size()));
    if (BoundedEditDistance(in.skeleton, skeleton, limit) > limit) continue;
    if (best == kNoActor || in.last_mention > info_[best].last_mention) best = i;
  }
  return best;
}

void ActorRegistry::Finish(Document* doc) {
  std::vector<uint32_t> renumber(actors_.size(), kNoActor);
  doc->actors.clear();
  doc->actors.reserve(actors_.size());
  for (uint32_t k = 0; k < doc->mentions.size(); ++k) {
    Mention& m = doc->mentions[k];
    if (m.actor == kNoActor) continue;
    if (renumber[m.actor] == kNoActor) {
      renumber[m.actor] = static_cast<uint32_t>(doc->actors.size());
      doc->actors.push_back(std::move(actors_[m.actor]));
    }
    m.actor = renumber[m.actor];
    doc->actors[m.actor].mentions.push_back(k);
  }
  actors_.clear();
  info_.clear();
  by_id_.clear();
}

}  // namespace sitrep
