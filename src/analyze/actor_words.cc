#include "analyze/actor_words.h"

#include <string_view>
#include <unordered_set>

namespace sitrep {

namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& NonNameWords() {
  static const WordSet* set =
      new WordSet{"the",      "a",        "an",       "and",       "or",        "but",
                  "if",       "in",       "on",       "at",        "to",        "of",
                  "for",      "from",     "by",       "with",      "as",        "after",
                  "before",   "while",    "when",     "since",     "until",     "during",
                  "about",    "he",       "she",      "it",        "they",      "we",
                  "i",        "you",      "his",      "her",       "its",       "their",
                  "our",      "my",       "your",     "this",      "that",      "these",
                  "those",    "there",    "here",     "what",      "who",       "whom",
                  "why",      "how",      "where",    "which",     "not",       "no",
                  "yes",      "so",       "then",     "now",       "also",      "yet",
                  "still",    "all",      "some",     "many",      "most",      "more",
                  "other",    "another",  "every",    "each",      "both",      "one",
                  "two",      "three",    "first",    "last",      "new",       "according",
                  "under",    "over",     "between",  "is",        "was",       "are",
                  "were",     "be",       "will",     "would",     "can",       "could",
                  "should",   "may",      "might",    "must",      "do",        "does",
                  "did",      "has",      "have",     "had",       "mr",        "mrs",
                  "ms",       "dr",       "january",  "february",  "march",     "april",
                  "june",     "july",     "august",   "september", "october",   "november",
                  "december", "jan.",     "feb.",     "mar.",      "apr.",      "jun.",
                  "jul.",     "aug.",     "sep.",     "sept.",     "oct.",      "nov.",
                  "dec.",     "monday",   "tuesday",  "wednesday", "thursday",  "friday",
                  "saturday", "sunday",   "today",    "yesterday", "tomorrow",  "tv",
                  "ok",       "am",       "pm",       "a.m.",      "p.m.",      "ceo",
                  "covid",    "covid-19", "photo",    "video",     "image",     "read",
                  "watch",    "listen",   "share",    "click",     "subscribe", "advertisement",
                  "update",   "updated",  "breaking", "exclusive", "opinion",   "analysis",
                  "editor's", "god",      "internet", "web",       "chapter",   "section",
                  "article",  "page",     "part",     "please",    "thank",     "thanks",
                  "dear",     "hello",    "however",  "meanwhile", "instead",   "although",
                  "though",   "because",  "despite",  "following", "like",      "just",
                  "even",     "only",     "never",    "always",    "speaking",  "asked",
                  "said",     "says",     "told",     "added",     "later",     "earlier",
                  "several",  "few",      "any",      "such",      "much",      "very",
                  "well",     "good",     "great",    "best"};
  return *set;
}

const WordSet& OrgHeads() {
  static const WordSet* set =
      new WordSet{"ministry",     "council",        "committee",    "party",
                  "service",      "agency",         "army",         "union",
                  "court",        "commission",     "institute",    "university",
                  "foundation",   "center",         "centre",       "bank",
                  "guard",        "guards",         "regiment",     "brigade",
                  "battalion",    "division",       "corps",        "front",
                  "movement",     "office",         "department",   "association",
                  "organization", "organisation",   "group",        "corporation",
                  "company",      "inc.",           "corp.",        "corp",
                  "ltd",          "ltd.",           "llc",          "times",
                  "post",         "news",           "journal",      "network",
                  "television",   "radio",          "press",        "church",
                  "school",       "college",        "assembly",     "parliament",
                  "senate",       "congress",       "federation",   "alliance",
                  "coalition",    "fund",           "initiative",   "project",
                  "watch",        "international",  "media",        "observer",
                  "herald",       "tribune",        "gazette",      "guardian",
                  "telegraph",    "review",         "chronicle",    "examiner",
                  "bulletin",     "monitor",        "inquirer",     "daily",
                  "magazine",     "agency",         "bureau",       "authority",
                  "board",        "administration", "police",       "fleet",
                  "forces",       "legion",         "militia",      "regime",
                  "club",         "society",        "trust",        "academy",
                  "campaign",     "caucus",         "cabinet",      "secretariat",
                  "mission",      "tribunal",       "prosecutor's", "airlines",
                  "group's",      "holdings",       "industries",   "systems",
                  "technologies", "laboratory",     "lab",          "hospital",
                  "clinic",       "channel",        "broadcasting", "studies",
                  "research",     "council's"};
  return *set;
}

const WordSet& Particles() {
  static const WordSet* set =
      new WordSet{"al", "al-", "el",  "van", "von", "de",  "der",   "den", "da",  "di",  "du", "la",
                  "le", "bin", "ibn", "dos", "das", "del", "della", "ter", "ten", "abu", "st."};
  return *set;
}

const WordSet& TitleWords() {
  static const WordSet* set =
      new WordSet{"mr.",         "mrs.",          "ms.",        "dr.",          "gen.",
                  "sen.",        "rep.",          "gov.",       "lt.",          "col.",
                  "maj.",        "capt.",         "sgt.",       "rev.",         "prof.",
                  "pres.",       "adm.",          "amb.",       "sec.",         "gen",
                  "mr",          "mrs",           "ms",         "dr",           "president",
                  "minister",    "senator",       "governor",   "general",      "colonel",
                  "judge",       "secretary",     "chairman",   "chairwoman",   "speaker",
                  "mayor",       "ambassador",    "spokesman",  "spokeswoman",  "spokesperson",
                  "leader",      "activist",      "analyst",    "journalist",   "reporter",
                  "commander",   "officer",       "professor",  "director",     "chief",
                  "coach",       "pope",          "king",       "queen",        "prince",
                  "princess",    "rabbi",         "bishop",     "father",       "sister",
                  "brother",     "lawyer",        "attorney",   "economist",    "researcher",
                  "blogger",     "editor",        "founder",    "head",         "deputy",
                  "premier",     "chancellor",    "envoy",      "diplomat",     "lawmaker",
                  "congressman", "congresswoman", "candidate",  "nominee",      "sheriff",
                  "detective",   "sergeant",      "lieutenant", "captain",      "major",
                  "admiral",     "marshal",       "patriarch",  "metropolitan", "imam",
                  "cardinal",    "dissident",     "opposition", "politician",   "author",
                  "writer",      "historian",     "expert",     "scholar",      "student",
                  "pastor",      "executive",     "ceo",        "adviser",      "advisor",
                  "aide",        "strategist",    "pollster",   "commentator",  "democrat",
                  "republican",  "rep",           "sen",        "gop"};
  return *set;
}

const WordSet& SpeechVerbs() {
  static const WordSet* set = new WordSet{
      "said",       "says",         "told",     "tells",    "added",     "adds",      "wrote",
      "writes",     "stated",       "argued",   "argues",   "explained", "claimed",   "claims",
      "warned",     "warns",        "noted",    "notes",    "asked",     "insisted",  "tweeted",
      "posted",     "announced",    "declared", "denied",   "confirmed", "suggested", "believes",
      "believed",   "thinks",       "thought",  "replied",  "responded", "testified", "reported",
      "reports",    "acknowledged", "admitted", "urged",    "called",    "accused",   "stressed",
      "emphasized", "predicted",    "contends", "contended"};
  return *set;
}

// Speech verbs that also introduce their speaker after them ("said Jones").
const WordSet& SayingWords() {
  static const WordSet* set =
      new WordSet{"said", "says", "added", "adds", "told", "wrote", "asked", "noted", "explained"};
  return *set;
}

struct ClassSet {
  const WordSet& words;
  uint8_t cls;
};

const ClassSet* Classes() {
  static const ClassSet* classes = new ClassSet[6]{
      {NonNameWords(), kNonNameWord}, {OrgHeads(), kOrgHeadWord},   {Particles(), kParticleWord},
      {TitleWords(), kTitleWord},     {SpeechVerbs(), kSpeechVerb}, {SayingWords(), kSayingWord}};
  return classes;
}

}  // namespace

uint8_t ClassOfWord(std::string_view folded) {
  uint8_t cls = 0;
  for (int k = 0; k < 6; ++k) {
    if (Classes()[k].words.count(folded) != 0) cls |= Classes()[k].cls;
  }
  return cls;
}

std::vector<std::string_view> ClassWords() {
  WordSet all;
  for (int k = 0; k < 6; ++k) all.insert(Classes()[k].words.begin(), Classes()[k].words.end());
  return {all.begin(), all.end()};
}

}  // namespace sitrep
