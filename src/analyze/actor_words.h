// Closed word lists of the actor stage (function words, organisation heads,
// name particles, titles, speech verbs), as bit classes of folded words.
//
// Why classes rather than sets queried per token: ActorMatcher interns every
// class word in its vocabulary and keeps the class per vocabulary id, so a
// document's tokens get their classes from the one vocabulary lookup Fold()
// already does (FoldedTokens::word_class), with no further hashing.
#ifndef SITREP_ANALYZE_ACTOR_WORDS_H_
#define SITREP_ANALYZE_ACTOR_WORDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep {

enum WordClass : uint8_t {
  kNonNameWord = 1 << 0,   // never a name on its own: the, he, monday, said...
  kOrgHeadWord = 1 << 1,   // ministry, council, party, times...
  kParticleWord = 1 << 2,  // al, van, de, bin... inside person names
  kTitleWord = 1 << 3,     // mr., senator, minister, spokesman... before a name
  kSpeechVerb = 1 << 4,    // said, told, warned... after a speaker
  kSayingWord = 1 << 5,    // a speech verb that may also precede its speaker
                           // in inversion ("said Jones"): said, says, added...
};

// The classes of one folded word (0 for most words). Hashes: for setup and
// cold paths; per-token code reads FoldedTokens::word_class.
uint8_t ClassOfWord(std::string_view folded);
// Every word that has a class, each once.
std::vector<std::string_view> ClassWords();

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_WORDS_H_
