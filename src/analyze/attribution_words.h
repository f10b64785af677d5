// Closed word classes used by the statement finder, and case-insensitive
// membership tests over them. ASCII case folding only: the sets are English
// function words, and a non-ASCII word is never a member.
#ifndef SITREP_ANALYZE_ATTRIBUTION_WORDS_H_
#define SITREP_ANALYZE_ATTRIBUTION_WORDS_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace sitrep::attribution {

// True when `word` equals the lowercase `lower` up to ASCII case. Inline:
// the word-set tests below call it for every entry.
inline bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

namespace internal {

// Class of a word's first byte: 0-25 for an ASCII letter of either case
// (exactly the bytes that fold into a-z), 26 for anything else.
constexpr size_t FirstClass(char c) {
  const char f = static_cast<char>(c | 0x20);
  return f >= 'a' && f <= 'z' ? static_cast<size_t>(f - 'a') : 26;
}

// A word's bucket: (length up to 15, first-byte class). Members of a set
// can only equal words of their own bucket.
inline constexpr size_t kBuckets = 16 * 27;
constexpr size_t BucketOf(std::string_view w) {
  return (w.size() < 15 ? w.size() : 15) * 27 + (w.empty() ? 26 : FirstClass(w[0]));
}

// A set's entries grouped by bucket: entries of bucket k are
// words[start[k] .. start[k + 1]).
template <size_t N>
struct BucketedSet {
  std::array<std::string_view, N> words{};
  std::array<uint8_t, kBuckets + 1> start{};
};

template <size_t N>
constexpr BucketedSet<N> Bucket(const std::array<std::string_view, N>& set) {
  static_assert(N < 256, "bucket offsets are 8-bit");
  BucketedSet<N> out;
  std::array<size_t, kBuckets + 1> count{};
  for (std::string_view s : set) ++count[BucketOf(s) + 1];
  for (size_t k = 0; k < kBuckets; ++k) count[k + 1] += count[k];
  for (size_t k = 0; k <= kBuckets; ++k) out.start[k] = static_cast<uint8_t>(count[k]);
  for (std::string_view s : set) out.words[count[BucketOf(s)]++] = s;
  return out;
}

}  // namespace internal

// True when `word` is in Set (entries lowercase, ASCII case ignored). The
// rules call it on most tokens, so the entries are grouped at compile time
// by (length, first letter) and a word is compared only with the few
// entries of its own group (none, for most words).
template <const auto& Set>
bool InSetOf(std::string_view word) {
  static constexpr auto kSet = internal::Bucket(Set);
  const size_t k = internal::BucketOf(word);
  for (size_t j = kSet.start[k]; j < kSet.start[k + 1]; ++j) {
    if (EqualsLower(word, kSet.words[j])) return true;
  }
  return false;
}

// True for "'s" and "’s" endings: a possessive (or a clitic "is").
bool IsPossessive(std::string_view word);

inline constexpr std::array<std::string_view, 10> kPronouns = {"he", "she", "they", "we",    "i",
                                                               "it", "you", "who",  "which", "one"};
inline constexpr std::array<std::string_view, 16> kDeterminers = {
    "the",     "a",    "an",  "this", "these", "those", "some", "many",
    "several", "both", "his", "her",  "their", "its",   "our",  "most"};
// Words that cannot be inside a speaker phrase: clause links, prepositions
// ("for" too: PolNeAR sources rarely run over a preposition phrase), verbs
// and adverbs.
inline constexpr std::array<std::string_view, 62> kStops = {
    "that",  "and",  "but",   "or",   "which",   "when",   "while",   "as",       "because",
    "if",    "so",   "then",  "than", "after",   "before", "since",   "although", "though",
    "where", "what", "how",   "why",  "is",      "was",    "are",     "were",     "be",
    "been",  "has",  "have",  "had",  "to",      "in",     "on",      "at",       "with",
    "by",    "from", "about", "into", "over",    "under",  "against", "not",      "also",
    "who",   "said", "says",  "told", "would",   "will",   "could",   "can",      "did",
    "does",  "do",   "yet",   "even", "however", "now",    "just",    "for"};
// Auxiliaries, negation and adverbs that PolNeAR puts inside the cue span
// ("has said", "did not mention", "now says", "initially denied").
inline constexpr std::array<std::string_view, 74> kCueLead = {
    "can", "didn't", "doesn't", "don't", "didn\u2019t", "doesn\u2019t", "don\u2019t", "has", "have",
    "had", "also", "will", "would", "could", "may", "might", "later", "again", "previously",
    "repeatedly", "publicly", "then", "once", "not", "never", "did", "does", "do", "just", "first",
    "now", "still", "often", "even", "recently", "quickly", "initially", "widely", "openly",
    "formally", "officially", "explicitly", "forcefully", "strongly", "privately",
    // Added with measured train gains: "long", "already", "always" (cue +21
    // exact), modals, negated auxiliaries and a few adverbs (cue +26).
    "long", "already", "always", "should", "must", "cannot", "can't", "can\u2019t", "won't",
    "won\u2019t", "wouldn't", "wouldn\u2019t", "couldn't", "couldn\u2019t", "haven't",
    "haven\u2019t", "hasn't", "hasn\u2019t", "isn't", "isn\u2019t", "wasn't", "wasn\u2019t",
    "aren't", "aren\u2019t", "actually", "finally", "soon", "eventually", "usually"};
// Forms of "be" that PolNeAR puts in the cue before a participle: the
// passive "was asked" and the progressive "is seeking".
inline constexpr std::array<std::string_view, 4> kBeForms = {"is", "are", "was", "were"};
// Cues whose verb takes an addressee before the content ("told reporters").
inline constexpr std::array<std::string_view, 10> kObjectCues = {
    "tell", "ask", "urge", "warn", "remind", "assure", "accuse", "blame", "promise", "criticize"};
// Cues that name something rather than report a clause: content is the
// quotation after them ("called it 'a disgrace'").
inline constexpr std::array<std::string_view, 8> kNamingCues = {
    "call", "refer", "describe", "characterize", "label", "brand", "dub", "praise"};
// Verb cues with the particles that PolNeAR puts in the cue span ("pointed
// out", "talked about", "warned of"), space-separated. `only`: the verb is a
// cue only with one of them ("focused on", "voted for"; "talk" alone is not).
struct PhrasalCue {
  std::string_view lemma;
  std::string_view particles;
  bool only;
};
inline constexpr std::array<PhrasalCue, 23> kPhrasalCues = {{
    {"respond", "to", false},
    {"point", "out to", true},
    {"talk", "about of to out", true},
    {"speak", "about of out", true},  // "spoke to reporters" reports nothing
    {"ask", "about for", false},
    {"worry", "about", false},
    {"complain", "about", false},
    {"warn", "of about against", false},
    {"caution", "against", false},
    {"agree", "with", false},
    {"joke", "about", false},
    {"boast", "of about", false},
    {"comment", "on", false},
    {"rail", "against", true},
    {"vote", "for against", true},
    {"advocate", "for", true},
    {"push", "for", true},
    {"side", "with", true},
    {"lash", "out", true},
    {"shoot", "back", true},  // "shot back": a retort, with its quotation
    // "was accused of" (6 to 2 on train), "assured of", "charged with".
    {"accuse", "of", false},
    {"assure", "of", false},
    {"charge", "with", false},
}};
// Words opening an adverbial between a cue and its "that" clause.
inline constexpr std::array<std::string_view, 18> kAdverbialLead = {
    "without",   "in",    "on",         "at",        "during",   "last",
    "earlier",   "again", "repeatedly", "privately", "publicly", "recently",
    "yesterday", "today", "late",       "early",     "after",    "before"};
// After a comma, words that open a clause of the reporter's own: the content
// stops before them ("X said A, while Y ...").
// Time words a reporting verb may carry before its clause ("said Tuesday
// he would run"); PolNeAR leaves them out of the content.
inline constexpr std::array<std::string_view, 10> kTimeLead = {
    "monday",   "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",  "yesterday", "today",    "tonight"};
// Subordinators before a sentence-opening cue ("When asked about it, ...").
inline constexpr std::array<std::string_view, 4> kOpenerLead = {"when", "after", "if", "once"};
inline constexpr std::array<std::string_view, 7> kContentBreak = {
    "but", "while", "though", "although", "whereas", "even", "compared"};
// Concessive links after a comma that PolNeAR keeps inside a reported
// clause ("said A, but B"), unless B has a cue of its own.
inline constexpr std::array<std::string_view, 5> kConcessive = {"but", "while", "though",
                                                                "although", "even"};
// Relative pronouns after a comma: a relative clause on the content's last
// noun that closes the sentence is the reporter's, not the speaker's.
inline constexpr std::array<std::string_view, 3> kTrailingBreak = {"which", "who", "where"};
// Words that end an object noun phrase ("endorsed the mayor on Monday").
inline constexpr std::array<std::string_view, 14> kObjectEnd = {
    "that", "and",     "but",   "or",     "as",     "in",    "on",
    "at",   "because", "after", "before", "during", "while", "when"};
// Cues that report speech only as speech verbs, with a quotation before or
// after them or after the speaker ("'...,' he continued"): otherwise they
// are aspect verbs ("has continued his approach"). "read" reports the text
// of a sign or a letter ("'...,' the letter read"), otherwise it is reading
// (train: cue +5 exact for 5 more predictions). The manner-of-speaking
// verbs ("retorted", "barked", "mused", "shot back") report only with a
// quotation too (train: +14 exact cues, +17 sources, +15 contents for 18
// more predictions).
inline constexpr std::array<std::string_view, 21> kSpeechOnlyCues = {
    "continue", "read",  "retort", "exclaim", "bark",  "boom",  "scoff",
    "gush",     "muse",  "snap",   "thunder", "shoot", "cry",   "whisper",
    "scream",   "gloat", "jeer",   "grouse",  "fume",  "snipe", "marvel"};
// Cues that start a report of their own inside another cue's indirect
// clause ("A said that B wrote C"): speech verbs only. attribution.cc tests
// their forms' first letters (s, w, r) before the lexicon lookup.
inline constexpr std::array<std::string_view, 3> kNestedCues = {"say", "write", "report"};
// Prepositions before a participle cue that keep it a report by the
// sentence's subject ("distanced himself by saying that ...").
inline constexpr std::array<std::string_view, 4> kParticipleLead = {"by", "while", "after",
                                                                    "before"};
// Personal pronouns that can be the subject of a reporting verb.
inline constexpr std::array<std::string_view, 7> kSubjectPronouns = {"he", "she", "they", "we",
                                                                     "i",  "you", "it"};
// Possessive determiners before a noun cue ("his claim that").
inline constexpr std::array<std::string_view, 3> kPossessives = {"his", "her", "their"};
// Words before a cue word that make it a noun or adjective ("base of
// support", "so-called", "no comment"), besides determiners and possessives.
inline constexpr std::array<std::string_view, 4> kNounLead = {"of", "whose", "no", "new"};

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_WORDS_H_
