#include "analyze/event_words.h"

#include <algorithm>
#include <iterator>

namespace sitrep::event_words {
namespace {

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

}  // namespace

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPreps[] = {
      "of", "in",      "on",   "at",   "from",  "with",   "to",      "for",
      "by", "against", "into", "over", "about", "toward", "towards", "near"};
  return In(kPreps, w);
}

bool IsBe(std::string_view w) {
  static constexpr std::string_view kBe[] = {"was", "were",  "is",  "are", "been",
                                             "be",  "being", "got", "get", "gets"};
  return In(kBe, w);
}

bool IsPossessivePronoun(std::string_view w) {
  return w == "its" || w == "their" || w == "his" || w == "her";
}

bool IsPlaceNoun(std::string_view w) {
  static constexpr std::string_view kPlaces[] = {"town",      "city",   "village", "capital",
                                                 "province",  "region", "border",  "enclave",
                                                 "territory", "port"};
  return In(kPlaces, w);
}

bool IsDeterminer(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

bool EndsObjectPhrase(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"that",   "who",   "which",   "by",     "after",
                                               "before", "while", "because", "since",  "when",
                                               "in",     "at",    "near",    "without"};
  return In(kEnds, w);
}

bool IsDomesticRole(std::string_view code) {
  static constexpr std::string_view kRoles[] = {
      "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "JUD",
      "LAB", "LEG", "MED", "MIL", "OPP", "RAD", "REB", "REF", "SEP", "SPY", "UAF"};
  return In(kRoles, code);
}

bool IsDomesticAct(std::string_view root, std::string_view plover) {
  if (plover == "RETREAT") return false;
  return root == "08" || root == "12" || root == "14" || root == "17";
}

bool IsSymmetric(std::string_view code) {
  return code.starts_with("04") || code.starts_with("06") || code == "057" || code == "190";
}

}  // namespace sitrep::event_words
