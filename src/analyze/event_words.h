// Closed word classes the event coder reads clauses with. Lowercase ASCII in;
// small fixed lists, so a linear scan is as fast as a hash probe.
#ifndef SITREP_ANALYZE_EVENT_WORDS_H_
#define SITREP_ANALYZE_EVENT_WORDS_H_

#include <string_view>

namespace sitrep::event_words {

bool IsPreposition(std::string_view w);
// Forms of "be" and "get" that make a following participle passive.
bool IsBe(std::string_view w);
bool IsPossessivePronoun(std::string_view w);
// town, city, border ...: "the Bosnian town of X" names a place, not an actor.
bool IsPlaceNoun(std::string_view w);
bool IsDeterminer(std::string_view w);
// "that", "who", "by", "after" ...: a word that ends the object phrase.
bool EndsObjectPhrase(std::string_view w);

// The role and sector codes of generic agents (data/actors/agents.txt): a
// code made only of one of these names no country yet. International codes
// (IGO, NGO, IMG) are whole codes and are not listed.
bool IsDomesticRole(std::string_view code);

// Roots whose untargeted acts are usually aimed at home (measured on the
// development data): yield (08), reject (12), protest (14), coerce (17). A
// retreat (resigning, withdrawing) is aimed at no one.
bool IsDomesticAct(std::string_view root, std::string_view plover);

// Acts done together: "X and Y met / negotiated / cooperated / signed /
// clashed". Their coordinated subjects are all sources (PLOVER's SRC/TAR).
bool IsSymmetric(std::string_view code);

}  // namespace sitrep::event_words

#endif  // SITREP_ANALYZE_EVENT_WORDS_H_
