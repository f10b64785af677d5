#include "analyze/actor_names.h"

#include <fstream>
#include <sstream>

#include "analyze/actor_words.h"
#include "lexicon/data_dir.h"

namespace sitrep {

namespace {

// Token i's word class (actor_words.h), from the fold: no hashing here.
bool Is(const FoldedTokens& f, size_t i, uint8_t cls) { return (f.word_class[i] & cls) != 0; }

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
  if (Is(f, i, kNonNameWord)) return false;
  if (tok.has(kCapitalized) || tok.has(kAllCaps)) return true;
  std::string_view s = doc.view(tok.span);
  // Called for every token: most lowercase words have no hyphen at 2 or 3.
  if (s.size() < 4 || (s[2] != '-' && s[3] != '-')) return false;
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
      if (f.at(i).size() <= 3 && Is(f, i, kNonNameWord)) continue;
      ++words;
      if (doc.tokens[i].has(kCapitalized) || doc.tokens[i].has(kAllCaps)) ++caps;
    }
    const bool period = last > first && doc.view(doc.tokens[last - 1].span) == ".";
    if (words >= 3 && caps * 10 >= words * 7 && !period) out[p] = 1;
  }
  return out;
}

}  // namespace

bool IsOrgHead(std::string_view folded) { return (ClassOfWord(folded) & kOrgHeadWord) != 0; }
bool IsTitleWord(std::string_view folded) { return (ClassOfWord(folded) & kTitleWord) != 0; }
bool IsNonNameWord(std::string_view folded) { return (ClassOfWord(folded) & kNonNameWord) != 0; }

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
      bool org = Is(f, i, kOrgHeadWord);
      bool marked = false;  // an initial or particle: a strong person signal
      while (j < sent.last_token && !covered[j]) {
        const Token& tok = doc.tokens[j];
        if (tok.has(kNewlineBefore)) break;
        // An organisation head that is also a boilerplate word ("Watch")
        // still closes a name begun before it ("Judicial Watch").
        const bool org_tail = tok.kind == TokenKind::kWord && tok.has(kCapitalized) &&
                              Is(f, j, kOrgHeadWord) && Is(f, j, kNonNameWord);
        if (IsNameWord(doc, f, j) || org_tail) {
          org = org || Is(f, j, kOrgHeadWord);
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
        if (tok.kind == TokenKind::kWord && Is(f, j, kParticleWord) && next_name) {
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
          (Is(f, i, kTitleWord) ||
           (c.sentence_initial && j - i >= 3 && !given.Contains(f.at(i))))) {
        // "Democrat Jane Doe", "Analyst Jane Doe": the first word is a title
        // or an ordinary word opening the sentence, not part of the name.
        c.first = i + 1;
        c.sentence_initial = false;
      }
      // "Deputy Secretary Jane Doe", "State Jane Doe" (after "Secretary of"):
      // words before the first known given name of a longer run are a title.
      if (!org && !marked && c.last - c.first >= 3 && !given.Contains(f.at(c.first))) {
        for (uint32_t p = c.first + 1; p + 2 <= c.last; ++p) {
          if (given.Contains(f.at(p))) {
            c.first = p;
            c.sentence_initial = false;
            break;
          }
        }
      }
      i = j;
      // Context: title before, speech verb or apposition after, "(ACRONYM)".
      if (c.first > sent.first_token) {
        std::string_view prev = f.at(c.first - 1);
        c.titled = Is(f, c.first - 1, kTitleWord) || c.first > i;
        // "its chairman, Tomas Verhaegen": a title in apposition before.
        if (prev == "," && c.first >= sent.first_token + 2 && Is(f, c.first - 2, kTitleWord))
          c.titled = true;
        if (prev == "mr." || prev == "mr") c.title_gender = 'm';
        if (prev == "mrs." || prev == "ms." || prev == "mrs" || prev == "ms") c.title_gender = 'f';
      }
      if (c.last < sent.last_token) {
        uint32_t k = c.last;
        std::string_view next = f.at(k);
        const uint32_t verb = next == "," && k + 1 < sent.last_token ? k + 1 : k;
        c.speech = Is(f, verb, kSpeechVerb);
        if (next == "(" && k + 2 < sent.last_token && doc.tokens[k + 1].has(kAllCaps) &&
            f.at(k + 2) == ")")
          c.acronym = k + 1;
      }
      // "said Jones": a saying verb right before (inversion).
      if (c.first > sent.first_token && Is(f, c.first - 1, kSayingWord)) c.speech = true;
      const uint32_t words = c.last - c.first;
      // A lone word in quotation marks is a term being quoted ("the 'Union'"),
      // not a name.
      if (words == 1 && c.first > 0 && c.last < doc.tokens.size() &&
          doc.tokens[c.first - 1].kind == TokenKind::kQuote &&
          doc.tokens[c.last].kind == TokenKind::kQuote)
        continue;
      // A transcript speaker tag: all-caps words opening a line, then a colon
      // ("HOST:", "MARTA KOVALENKA:").
      bool speaker_tag =
          c.last < sent.last_token && f.at(c.last) == ":" &&
          (c.first == 0 || doc.tokens[c.first].has(kNewlineBefore) || c.first == start_word);
      for (uint32_t t = c.first; t < c.last && speaker_tag; ++t) {
        speaker_tag = doc.tokens[t].has(kAllCaps) && doc.tokens[t].kind == TokenKind::kWord;
      }
      const bool acronym =
          words == 1 && doc.tokens[c.first].has(kAllCaps) && f.at(c.first).size() <= 6;
      if (speaker_tag && !org && words <= 3) {
        c.kind = CandidateKind::kPerson;
        c.speech = true;
        c.speaker_tag = true;
        c.sentence_initial = false;
      } else if (org || acronym) {
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
      if (words == 0 || words > kMaxNameWords) continue;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace sitrep
