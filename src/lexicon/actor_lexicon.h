// ActorLexicon: the set of known actors, read from the line-oriented files in
// data/actors/ (format: data/actors/README.md), with an index from folded
// surface form (name, alias, adjective, demonym, metonym, desc) to actor.
//
// Loading never throws and never stops at the first problem: every problem is
// a line-numbered Diagnostic, and blocks with errors are left out, so
// `sitrep lexicon check` can list them all. Callers that need a trustworthy
// lexicon check ok() and refuse it otherwise.
//
// Invariants of a loaded lexicon:
//   - ids are unique; Find(id) is O(1);
//   - surfaces() is sorted by folded form, so each form's actors are one
//     contiguous run (Lookup is a binary search); one form may name several
//     actors (an alias conflict, reported as a warning at load);
//   - Actor pointers stay valid until the next Merge.
#ifndef SITREP_LEXICON_ACTOR_LEXICON_H_
#define SITREP_LEXICON_ACTOR_LEXICON_H_

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/actor.h"
#include "lexicon/diagnostic.h"

namespace sitrep {

class ActorLexicon {
 public:
  struct Result;

  // One surface form of one actor.
  struct Surface {
    std::string folded;     // lexfmt::Key(form): Fold() + collapsed spaces
    std::string_view form;  // as written in the file (points into the Actor)
    uint32_t actor = 0;     // index into actors()
    NameKind kind = NameKind::kName;
  };

  struct SearchHit {
    const Actor* actor = nullptr;
    std::string_view form;  // the surface form that matched (or the id)
    NameKind kind = NameKind::kName;
    bool exact = false;  // the whole folded form equals the query
  };

  // Reads one file, or every lexicon file of a directory in name order
  // (*.txt except agents.txt and *-extras.txt, which have other formats or
  // are generator inputs). Ids must be unique across all files read.
  static Result Load(const std::filesystem::path& path);
  static Result LoadText(std::string_view text, std::string_view origin_name);
  // Load() of the first directory FindActorDataDir() finds.
  static Result LoadDefault();
  // All diagnostics for a text, nothing else (`sitrep lexicon check`).
  static std::vector<Diagnostic> Validate(std::string_view text, std::string_view origin_name);

  // Adds other's actors; an actor whose id already exists is replaced whole
  // (a user lexicon overrides the shipped entry). Returns the alias-conflict
  // warnings that involve an actor from `other`.
  std::vector<Diagnostic> Merge(const ActorLexicon& other);

  const Actor* Find(std::string_view id) const;
  // Actors named by a form (folded here), exact match only; hot-path safe.
  std::span<const Surface> Lookup(std::string_view form) const;
  // Interactive search (`sitrep actors --search`): folds the query and ranks
  // actors by exact form, id, form prefix, then substring of any form or id.
  // Linear in the number of forms: not for per-token use.
  std::vector<SearchHit> Search(std::string_view query, size_t limit = 20) const;

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Surface>& surfaces() const { return surfaces_; }
  size_t size() const { return actors_.size(); }
  bool empty() const { return actors_.empty(); }
  std::vector<Actor>::const_iterator begin() const { return actors_.begin(); }
  std::vector<Actor>::const_iterator end() const { return actors_.end(); }

  ActorLexicon() = default;
  // Surfaces point into actors_, so copies must rebuild the index.
  ActorLexicon(const ActorLexicon& other);
  ActorLexicon& operator=(const ActorLexicon& other);
  ActorLexicon(ActorLexicon&&) noexcept = default;
  ActorLexicon& operator=(ActorLexicon&&) noexcept = default;

 private:
  friend class ActorLexiconBuilder;
  // Rebuilds by_id_ and surfaces_; returns alias-conflict warnings for forms
  // where an actor with index >= first_new meets another actor.
  std::vector<Diagnostic> Reindex(uint32_t first_new);

  std::vector<Actor> actors_;
  std::unordered_map<std::string_view, uint32_t> by_id_;  // views into actors_
  std::vector<Surface> surfaces_;
};

struct ActorLexicon::Result {
  ActorLexicon lexicon;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !HasErrors(diagnostics); }
};

}  // namespace sitrep

#endif  // SITREP_LEXICON_ACTOR_LEXICON_H_
