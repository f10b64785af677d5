// Discovery of names no lexicon knows, from capitalization patterns.
//
// A candidate is a run of capitalized words (with initials like "W.", inner
// particles al/van/de/von/bin..., and "of"/"for"/"the" inside organisation
// names: "Ministry of Defence") on tokens the lexicon matcher left alone.
// Rules that keep common words out:
//   - function words, pronouns, month and day names never start or join a run;
//   - a run that starts a sentence loses its first word unless that word is a
//     known given name or the run is one word (single words are only kept as
//     candidates for the resolver, which links them to an earlier full name
//     or accepts them with a title / speech verb next to them);
//   - in a run of 3+ words not starting with a given name, the words before
//     the first known given name are a title ("Deputy Secretary Jane Doe");
//   - paragraphs in headline case (most words capitalized, no final period)
//     are skipped entirely.
// A lone word between quotation marks is never a candidate; an all-caps run
// opening a line before ':' is a transcript speaker tag (a person, speaking).
// A saying verb right before a run ("said Jones") counts as speech.
// Kind: organisation when a word is an organisation head (Ministry, Council,
// Battalion, Party, Times...) or the run is an acronym; person when it has
// 2-4 words and a given name, initial, particle, title before it, or speech
// verb / apposition after it; unknown otherwise (the resolver drops those).
#ifndef SITREP_ANALYZE_ACTOR_NAMES_H_
#define SITREP_ANALYZE_ACTOR_NAMES_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyze/actor_matcher.h"
#include "text/document.h"

namespace sitrep {

// Given names with their usual gender, from data/names/given-names.txt
// (lines "name<TAB>m|f|u", '#' comments). Used to recognise person names and
// to give pronouns a gender.
class GivenNames {
 public:
  static GivenNames LoadText(std::string_view text);
  static GivenNames Load(const std::filesystem::path& file);
  // data/names/given-names.txt next to the actor data directory, or empty.
  static GivenNames LoadDefault();
  // 'm', 'f', 'u' (either) for a folded given name, 0 when unknown.
  char Gender(std::string_view folded) const;
  bool Contains(std::string_view folded) const { return Gender(folded) != 0; }
  size_t size() const { return names_.size(); }

 private:
  std::unordered_map<std::string, char> names_;
};

enum class CandidateKind : uint8_t { kPerson, kOrganization, kUnknown };

// Longer runs of capitalized words are not taken for names.
inline constexpr uint32_t kMaxNameWords = 8;

struct NameCandidate {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  CandidateKind kind = CandidateKind::kUnknown;
  char title_gender = 0;  // 'm' after Mr., 'f' after Mrs./Ms., else 0
  bool titled = false;    // a title or role word right before it
  bool speech = false;    // a speech verb right after it ("X said")
  bool sentence_initial = false;
  bool speaker_tag = false;       // an all-caps transcript tag before ':'
  uint32_t acronym = UINT32_MAX;  // token of "(FSB)" right after an org name
};

// Candidates in text order, non-overlapping, never on a `covered` token.
// `folded` must come from ActorMatcher::Fold (word classes filled).
std::vector<NameCandidate> DiscoverNames(const Document& doc, const FoldedTokens& folded,
                                         const std::vector<uint8_t>& covered,
                                         const GivenNames& given);

// True for title words that precede a name (mr, sen, president, minister...).
bool IsTitleWord(std::string_view folded);
// True for organisation head nouns (ministry, council, battalion, times...).
bool IsOrgHead(std::string_view folded);
// True for folded words that are never names on their own (the, he, monday...).
bool IsNonNameWord(std::string_view folded);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ACTOR_NAMES_H_
