#include "analyze/actor_names.h"

#include <fstream>
#include <sstream>
#include <unordered_set>

#include "lexicon/data_dir.h"

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
      new WordSet{"ministry",       "council",      "committee",   "party",
                  "service",        "agency",       "army",        "union",
                  "court",          "commission",   "institute",   "university",
                  "foundation",     "center",       "centre",      "bank",
                  "guard",          "guards",       "regiment",    "brigade",
                  "battalion",      "division",     "corps",       "front",
                  "movement",       "office",       "department",  "association",
                  "organization",   "organisation", "group",       "corporation",
                  "company",        "inc.",         "corp.",       "ltd",
                  "ltd.",           "llc",          "times",       "post",
                  "news",           "journal",      "network",     "television",
                  "radio",          "press",        "church",      "school",
                  "college",        "assembly",     "parliament",  "senate",
                  "congress",       "federation",   "alliance",    "coalition",
                  "fund",           "initiative",   "project",     "watch",
                  "international",  "media",        "observer",    "herald",
                  "tribune",        "gazette",      "guardian",    "telegraph",
                  "review",         "chronicle",    "examiner",    "bulletin",
                  "monitor",        "inquirer",     "daily",       "magazine",
                  "agency",         "bureau",       "authority",   "board",
                  "administration", "police",       "fleet",       "forces",
                  "legion",         "militia",      "regime",      "club",
                  "society",        "trust",        "academy",     "campaign",
                  "caucus",         "cabinet",      "secretariat", "mission",
                  "tribunal",       "prosecutor's", "airlines",    "group's",
                  "holdings",       "industries",   "systems",     "technologies",
                  "laboratory",     "lab",          "hospital",    "clinic",
                  "channel",        "broadcasting", "studies",     "research",
                  "council's"};
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

bool Has(const WordSet& set, std::string_view w) { return set.count(w) != 0; }

bool IsInitial(const Document& doc, const Token& tok) {
  // "W." : one capital letter and a period (the tokenizer keeps them together).
  std::string_view s = doc.view(tok.span);
  return tok.kind == TokenKind::kAbbreviation && s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z';
}

// A word that can be part of a name: capitalized (or all caps) letters, or a
// particle-prefixed form like al-Assad.
bool IsNameWord(const Document& doc, const FoldedTokens& f, size_t i) {
  const Token& tok = doc.tokens[i];
  if (tok.kind != TokenKind::kWord) return false;
  if (Has(NonNameWords(), f.at(i))) return false;
  if (tok.has(kCapitalized) || tok.has(kAllCaps)) return true;
  std::string_view s = doc.view(tok.span);
  for (std::string_view p : {"al-", "el-", "bin-", "ibn-", "abu-"}) {
    if (s.size() > p.size() + 1 && s.starts_with(p) && s[p.size()] >= 'A' && s[p.size()] <= 'Z')
      return true;
  }
  return false;
}

// Headline-case paragraphs: >= 3 words, >= 70% capitalized, no final period.
std::vector<uint8_t> HeadlineParagraphs(const Document& doc, const FoldedTokens& f) {
  std::vector<uint8_t> out(doc.paragraphs.size(), 0);
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    if (para.first_sentence >= para.last_sentence) continue;
    const uint32_t first = doc.sentences[para.first_sentence].first_token;
    const uint32_t last = doc.sentences[para.last_sentence - 1].last_token;
    uint32_t words = 0, caps = 0;
    for (uint32_t i = first; i < last; ++i) {
      if (doc.tokens[i].kind != TokenKind::kWord) continue;
      // Title case leaves short function words lowercase; don't count them.
      if (f.at(i).size() <= 3 && Has(NonNameWords(), f.at(i))) continue;
      ++words;
      if (doc.tokens[i].has(kCapitalized) || doc.tokens[i].has(kAllCaps)) ++caps;
    }
    const bool period = last > first && doc.view(doc.tokens[last - 1].span) == ".";
    if (words >= 3 && caps * 10 >= words * 7 && !period) out[p] = 1;
  }
  return out;
}

}  // namespace

bool IsOrgHead(std::string_view folded) { return Has(OrgHeads(), folded); }
bool IsTitleWord(std::string_view folded) { return Has(TitleWords(), folded); }
bool IsNonNameWord(std::string_view folded) { return Has(NonNameWords(), folded); }

GivenNames GivenNames::LoadText(std::string_view text) {
  GivenNames g;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab + 1 >= line.size()) continue;
    const char gender = line[tab + 1];
    if (gender != 'm' && gender != 'f' && gender != 'u') continue;
    std::string name(line.substr(0, tab));
    for (char& c : name) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    g.names_[name] = gender;
  }
  return g;
}

GivenNames GivenNames::Load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::stringstream ss;
  ss << in.rdbuf();
  return LoadText(ss.str());
}

GivenNames GivenNames::LoadDefault() {
  auto dir = FindActorDataDir();
  if (!dir) return {};
  return Load(dir->parent_path() / "names" / "given-names.txt");
}

char GivenNames::Gender(std::string_view folded) const {
  if (names_.empty()) return 0;
  auto it = names_.find(std::string(folded));
  return it == names_.end() ? 0 : it->second;
}

std::vector<NameCandidate> DiscoverNames(const Document& doc, const FoldedTokens& f,
                                         const std::vector<uint8_t>& covered,
                                         const GivenNames& given) {
  std::vector<NameCandidate> out;
  const std::vector<uint8_t> headline = HeadlineParagraphs(doc, f);
  for (const Sentence& sent : doc.sentences) {
    if (sent.paragraph < headline.size() && headline[sent.paragraph]) continue;
    // The first word token of the sentence (after opening quotes/brackets).
    uint32_t start_word = sent.first_token;
    while (start_word < sent.last_token && doc.tokens[start_word].kind != TokenKind::kWord &&
           doc.tokens[start_word].kind != TokenKind::kAbbreviation)
      ++start_word;
    for (uint32_t i = sent.first_token; i < sent.last_token;) {
      if (covered[i] || !IsNameWord(doc, f, i)) {
        ++i;
        continue;
      }
      uint32_t j = i + 1;
      bool org = Has(OrgHeads(), f.at(i));
      bool marked = false;  // an initial or particle: a strong person signal
      while (j < sent.last_token && !covered[j]) {
        const Token& tok = doc.tokens[j];
        if (tok.has(kNewlineBefore)) break;
        if (IsNameWord(doc, f, j)) {
          org = org || Has(OrgHeads(), f.at(j));
          ++j;
          continue;
        }
        const bool next_name =
            j + 1 < sent.last_token && !covered[j + 1] && IsNameWord(doc, f, j + 1);
        if (IsInitial(doc, tok) && next_name) {
          marked = true;
          ++j;
          continue;
        }
        if (tok.kind == TokenKind::kWord && Has(Particles(), f.at(j)) && next_name) {
          marked = true;
          ++j;
          continue;
        }
        // "Ministry of Defence", "Council of the Baltic Sea States".
        if (org && (f.at(j) == "of" || f.at(j) == "for")) {
          uint32_t k = j + 1;
          if (k < sent.last_token && f.at(k) == "the") ++k;
          if (k < sent.last_token && !covered[k] && IsNameWord(doc, f, k)) {
            j = k;
            continue;
          }
        }
        break;
      }
      NameCandidate c;
      c.first = i;
      c.last = j;
      c.sentence_initial = i == start_word;
      if (j - i >= 2 && !org && !IsInitial(doc, doc.tokens[i + 1]) &&
          (IsTitleWord(f.at(i)) ||
           (c.sentence_initial && j - i >= 3 && !given.Contains(f.at(i))))) {
        // "Democrat Jane Doe", "Analyst Jane Doe": the first word is a title
        // or an ordinary word opening the sentence, not part of the name.
        c.first = i + 1;
        c.sentence_initial = false;
      }
      i = j;
      // Context: title before, speech verb or apposition after, "(ACRONYM)".
      if (c.first > sent.first_token) {
        std::string_view prev = f.at(c.first - 1);
        c.titled = IsTitleWord(prev) || c.first > i;
        // "its chairman, Tomas Verhaegen": a title in apposition before.
        if (prev == "," && c.first >= sent.first_token + 2 && IsTitleWord(f.at(c.first - 2)))
          c.titled = true;
        if (prev == "mr." || prev == "mr") c.title_gender = 'm';
        if (prev == "mrs." || prev == "ms." || prev == "mrs" || prev == "ms") c.title_gender = 'f';
      }
      if (c.last < sent.last_token) {
        uint32_t k = c.last;
        std::string_view next = f.at(k);
        if (next == "," && k + 1 < sent.last_token) next = f.at(k + 1);
        c.speech = Has(SpeechVerbs(), next);
        if (next == "(" && k + 2 < sent.last_token && doc.tokens[k + 1].has(kAllCaps) &&
            f.at(k + 2) == ")")
          c.acronym = k + 1;
      }
      const uint32_t words = c.last - c.first;
      const bool acronym =
          words == 1 && doc.tokens[c.first].has(kAllCaps) && f.at(c.first).size() <= 6;
      if (org || acronym) {
        c.kind = CandidateKind::kOrganization;
      } else if (words >= 2 && words <= 4 &&
                 (given.Contains(f.at(c.first)) || marked || c.titled || c.speech ||
                  IsInitial(doc, doc.tokens[c.first]))) {
        c.kind = CandidateKind::kPerson;
      } else if (words >= 2 && words <= 4 && c.last < sent.last_token && f.at(c.last) == "," &&
                 c.last + 1 < sent.last_token &&
                 (f.at(c.last + 1) == "a" || f.at(c.last + 1) == "an" ||
                  f.at(c.last + 1) == "the" || f.at(c.last + 1) == "who")) {
        c.kind = CandidateKind::kPerson;  // apposition: "X Y, a former minister"
      }
      if (words == 0 || words > 8) continue;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace sitrep
