// ActorTagger: the actor stage. Finds every mention of an actor in a
// Document and resolves mentions of one identity to one DocActor.
//
// Steps, each linear in the number of tokens:
//   1. ActorMatcher: lexicon names/aliases/descs/metonyms and agent phrases,
//      longest match first (actor_matcher.h);
//   2. DiscoverNames on the tokens left over (actor_names.h);
//   3. composition and resolution, left to right:
//        adjective + [modifiers] + agent   -> group ("Belarusian troops")
//        [adjective] agent + person name   -> title mention of the person
//        "the" + adjective + role noun     -> description of the one person
//                                             of that country in office
//        discovered full name              -> lexicon actor when a spelling
//                                             variant of one (actor_variants.h),
//                                             else a discovered actor
//        single capitalized word           -> surname of an earlier person,
//                                             or of a full name later on
//        "the Times" (organisation head)   -> the organisation whose longer
//                                             name ends in it
//      places (gazetteer, or after "in", "city of"...) never become persons;
//      with role and country of a discovered person from a title before it or
//      an apposition after it ("X, a former minister who fled Belarus");
//   4. role descriptions "the [modifiers] senator/nominee/..." not part of a
//      longer mention -> the one compatible person named in the three
//      sentences before (none when two are);
//   5. LinkPronouns (actor_pronouns.h).
// Results: doc->mentions sorted by start, doc->actors in order of first
// mention (actor ids: actor_resolver.h).
//
// Immutable after construction and safe to share between threads; the
// lexicons must outlive the tagger.
#ifndef SITREP_ANALYZE_ACTOR_TAGGER_H_
#define SITREP_ANALYZE_ACTOR_TAGGER_H_

#include <span>
#include <string_view>
#include <vector>

#include "analyze/actor_matcher.h"
#include "analyze/actor_names.h"
#include "analyze/actor_variants.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/agent_lexicon.h"
#include "lexicon/gazetteer.h"
#include "text/document.h"

namespace sitrep {

class ActorTagger {
 public:
  // Compiles the matcher; reads data/names/given-names.txt and the place
  // gazetteer (data/places.txt) when found.
  ActorTagger(const ActorLexicon& lex, const AgentLexicon& agents);
  ActorTagger(const ActorLexicon& lex, const AgentLexicon& agents, GivenNames given);

  // Requires doc->tokens and doc->sentences (text layer). Replaces
  // doc->mentions and doc->actors.
  void Tag(Document* doc) const;

  const ActorMatcher& matcher() const { return matcher_; }

 private:
  struct Work;
  char LexiconGender(uint32_t actor) const { return lex_gender_[actor]; }
  // A lexicon person whose name is a spelling variant of the folded words;
  // kNoActor when none or ambiguous.
  uint32_t LexiconVariant(std::span<const std::string_view> words) const;
  // True when tokens [first, last) (reading `text`) name a place, not a
  // person: a gazetteer place, or a name after "in", "near", "outside" or
  // "<city|town|region...> of".
  bool IsPlace(const FoldedTokens& f, uint32_t first, uint32_t last, std::string_view text) const;

  const ActorLexicon& lex_;
  const AgentLexicon& agents_;
  ActorMatcher matcher_;
  GivenNames given_;
  VariantIndex surnames_;                              // lexicon person surnames -> actor
  std::vector<std::vector<std::string>> given_names_;  // per actor: folded given names
  std::vector<char> lex_gender_;
  Gazetteer places_;
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_TAGGER_H_
