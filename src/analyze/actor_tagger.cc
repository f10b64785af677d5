#include "analyze/actor_tagger.h"

#include <algorithm>
#include <array>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analyze/actor_pronouns.h"
#include "analyze/actor_resolver.h"
#include "text/fold.h"

namespace sitrep {

namespace {

using WordSet = std::unordered_set<std::string_view>;

// Lowercase words allowed between a country adjective and an agent noun
// ("Russian state journalists", "Belarusian exiled opposition").
bool IsModifier(std::string_view w) {
  static const WordSet* set = new WordSet{"state",
                                          "exiled",
                                          "senior",
                                          "former",
                                          "top",
                                          "local",
                                          "regional",
                                          "pro-government",
                                          "pro-kremlin",
                                          "government",
                                          "official",
                                          "new",
                                          "acting",
                                          "interim",
                                          "current",
                                          "retired",
                                          "high-ranking",
                                          "leading",
                                          "prominent",
                                          "jailed",
                                          "imprisoned",
                                          "detained",
                                          "chief",
                                          "deputy",
                                          "elite",
                                          "young",
                                          "veteran",
                                          "independent",
                                          "democratic",
                                          "opposition",
                                          "anti-government",
                                          "pro-democracy",
                                          "armed",
                                          "masked",
                                          "uniformed",
                                          "unidentified",
                                          "anonymous",
                                          "several",
                                          "two",
                                          "three",
                                          "many",
                                          "some"};
  return set->count(w) != 0;
}

// Singular role nouns that, after "the" + a country adjective, describe the
// one person holding that office ("the Belarusian dictator").
bool IsRoleNoun(std::string_view w) {
  static const WordSet* set =
      new WordSet{"leader",  "president",      "dictator",      "strongman", "autocrat", "ruler",
                  "premier", "prime minister", "head of state", "despot",    "tyrant"};
  return set->count(w) != 0;
}

// Nouns for places that "of" + a name follows ("the city of X").
bool IsPlaceNoun(std::string_view w) {
  static const WordSet* set = new WordSet{
      "city",     "town",       "village",      "region",    "province", "republic", "capital",
      "district", "county",     "island",       "port",      "oblast",   "state",    "suburb",
      "area",     "settlement", "municipality", "outskirts", "streets"};
  return set->count(w) != 0;
}

// Role nouns of a description that stands for a person already named ("the
// Florida senator", "the presumptive nominee"); gender where the noun has one.
char DescriptionRole(std::string_view w) {
  static const std::unordered_map<std::string_view, char>* map =
      new std::unordered_map<std::string_view, char>{
          {"senator", 'u'},         {"governor", 'u'},
          {"nominee", 'u'},         {"candidate", 'u'},
          {"president-elect", 'u'}, {"front-runner", 'u'},
          {"frontrunner", 'u'},     {"hopeful", 'u'},
          {"congressman", 'm'},     {"congresswoman", 'f'},
          {"spokesman", 'm'},       {"spokeswoman", 'f'},
          {"spokesperson", 'u'},    {"businessman", 'm'},
          {"businesswoman", 'f'},   {"billionaire", 'u'},
          {"lawmaker", 'u'},        {"mayor", 'u'},
          {"chairman", 'm'},        {"chairwoman", 'f'},
          {"actress", 'f'},         {"actor", 'm'},
          {"senator-elect", 'u'},   {"incumbent", 'u'},
          {"challenger", 'u'},      {"congressman-elect", 'm'},
          {"secretary", 'u'},       {"minister", 'u'},
          {"mogul", 'u'},           {"star", 'u'},
          {"anchor", 'u'},          {"host", 'u'},
          {"senator's", 'u'},       {"rapper", 'u'},
          {"singer", 'u'},          {"contender", 'u'},
          {"republican", 'u'},      {"democrat", 'u'}};
  auto it = map->find(w);
  return it == map->end() ? 0 : it->second;
}

// Lowercase words allowed between "the" and a description's role noun.
bool IsDescriptionModifier(std::string_view w) {
  static const WordSet* set = new WordSet{
      "presumptive",  "former",      "freshman",    "likely",       "leading",  "eventual",
      "junior",       "senior",      "top",         "presidential", "vice",     "party's",
      "republican",   "democratic",  "gop",         "longtime",     "outgoing", "incoming",
      "embattled",    "veteran",     "first-term",  "two-term",     "current",  "new",
      "billionaire",  "real-estate", "reality",     "tv",           "former",   "self-described",
      "conservative", "liberal",     "progressive", "independent"};
  return set->count(w) != 0;
}

// CAMEO region codes for adjectives that name no country.
std::string_view RegionCode(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view>* map =
      new std::unordered_map<std::string_view, std::string_view>{
          {"western", "WST"}, {"european", "EUR"},  {"african", "AFR"},
          {"asian", "ASA"},   {"balkan", "BLK"},    {"scandinavian", "SCN"},
          {"nordic", "SCN"},  {"caucasian", "CAU"}, {"arab", "MEA"}};
  auto it = map->find(w);
  return it == map->end() ? std::string_view() : it->second;
}

// Gender from a surname ending, for Slavic and Baltic feminine forms.
char SurnameGender(std::string_view surname) {
  for (std::string_view s :
       {"skaya", "ckaya", "ova", "eva", "ava", "ina", "aya", "yte", "ite", "iene"}) {
    if (surname.size() > s.size() + 2 && surname.ends_with(s)) return 'f';
  }
  return 0;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t sp = s.find(' ', pos);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > pos) out.push_back(s.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

// An agent phrase in title case that is part of a longer organisation name
// ("Ministry of Harbours", "Harbour Defence Ministry") is left to discovery.
bool CapitalizedOrgPart(const Document& doc, const FoldedTokens& f,
                        const std::vector<uint8_t>& covered, uint32_t first, uint32_t last) {
  if (!IsOrgHead(f.at(last - 1))) return false;
  for (uint32_t i = first; i < last; ++i) {
    if (f.level[i] == 0) return false;
  }
  auto name_word = [&](uint32_t i) {
    return i < f.size() && doc.tokens[i].kind == TokenKind::kWord && f.level[i] > 0 &&
           !IsNonNameWord(f.at(i));
  };
  if (name_word(last)) return true;
  if (last + 1 < f.size() && f.at(last) == "of" && name_word(last + 1)) return true;
  return first > 0 && !covered[first - 1] && name_word(first - 1) &&
         !doc.tokens[first].has(kNewlineBefore);
}

enum class ItemType : uint8_t { kName, kAgent, kCandidate };

struct Item {
  uint32_t first = 0;
  uint32_t last = 0;
  ItemType type = ItemType::kName;
  uint32_t payload = 0;  // trie state, or index into candidates
};

}  // namespace

ActorTagger::ActorTagger(const ActorLexicon& lex, const AgentLexicon& agents)
    : ActorTagger(lex, agents, GivenNames::LoadDefault()) {}

ActorTagger::ActorTagger(const ActorLexicon& lex, const AgentLexicon& agents, GivenNames given)
    : lex_(lex),
      agents_(agents),
      matcher_(lex, agents),
      given_(std::move(given)),
      places_(Gazetteer::LoadDefault().gazetteer) {
  lex_gender_.assign(lex.size(), 0);
  given_names_.resize(lex.size());
  for (uint32_t i = 0; i < lex.size(); ++i) {
    const Actor& a = lex.actors()[i];
    if (a.kind != ActorKind::kPerson) continue;
    std::vector<std::string_view> forms = {a.name};
    for (const std::string& alias : a.aliases) forms.push_back(alias);
    for (std::string_view form : forms) {
      const std::string folded = Fold(form);
      std::vector<std::string_view> words = Words(folded);
      if (words.empty()) continue;
      surnames_.Add(words.back(), i);
      if (words.size() >= 2) given_names_[i].emplace_back(words.front());
    }
    const std::string name = Fold(a.name);
    std::vector<std::string_view> words = Words(name);
    if (!words.empty()) {
      lex_gender_[i] = given_.Gender(words.front());
      if (lex_gender_[i] == 'u') lex_gender_[i] = 0;
      if (lex_gender_[i] == 0 && words.size() >= 2) lex_gender_[i] = SurnameGender(words.back());
    }
  }
}

uint32_t ActorTagger::LexiconVariant(std::span<const std::string_view> words) const {
  if (words.empty()) return kNoActor;
  const std::vector<VariantIndex::Hit> hits = surnames_.Find(words.back());
  uint32_t best = kNoActor, best_distance = 0;
  bool tie = false;
  for (const VariantIndex::Hit& h : hits) {
    if (words.size() >= 2 && !given_names_[h.value].empty()) {
      bool ok = false;
      for (const std::string& g : given_names_[h.value]) {
        const bool initial = words.front().size() <= 2 && g[0] == words.front()[0];
        if (initial || IsNameVariant(g, words.front())) ok = true;
      }
      if (!ok) continue;
    }
    if (best == kNoActor) {
      best = h.value;
      best_distance = h.distance;
    } else if (h.distance == best_distance && h.value != best) {
      tie = true;
    }
  }
  return tie ? kNoActor : best;
}

bool ActorTagger::IsPlace(const FoldedTokens& f, uint32_t first, uint32_t last,
                          std::string_view text) const {
  if (places_.Find(text) != nullptr) return true;
  if (first == 0 || f.possessive[last - 1]) return false;  // "in Vantor's view"
  const std::string_view prev = f.at(first - 1);
  if (prev == "in" || prev == "near" || prev == "outside") return true;
  return prev == "of" && first >= 2 && IsPlaceNoun(f.at(first - 2));
}

void ActorTagger::Tag(Document* doc) const {
  doc->mentions.clear();
  doc->actors.clear();
  thread_local FoldedTokens f;
  matcher_.Fold(*doc, &f);
  const uint32_t n = static_cast<uint32_t>(f.size());
  uint32_t date = 0;
  if (!doc->published.empty()) date = ParseLexiconDate(doc->published).value_or(0);

  // 1. Lexicon names and agent phrases, longest match first.
  std::vector<Item> items;
  std::vector<uint8_t> covered(n, 0);
  for (uint32_t i = 0; i < n;) {
    if (f.id[i] == kUnknownToken || !matcher_.InPhrases(f.id[i])) {
      ++i;
      continue;
    }
    const PhraseTrie::Match nm = matcher_.Name(f, i);
    const PhraseTrie::Match am = matcher_.Agent(f, i);
    if (nm.length == 0 && am.length == 0) {
      ++i;
      continue;
    }
    Item it;
    it.first = i;
    if (nm.length >= am.length) {
      it.last = i + nm.length;
      it.type = ItemType::kName;
      it.payload = nm.state;
    } else {
      it.last = i + am.length;
      it.type = ItemType::kAgent;
      it.payload = am.state;
      if (CapitalizedOrgPart(*doc, f, covered, it.first, it.last)) {
        i = it.last;  // left to discovery: "Ministry of Harbours"
        continue;
      }
    }
    std::fill(covered.begin() + it.first, covered.begin() + it.last, 1);
    items.push_back(it);
    i = it.last;
  }

  // 2. Names no lexicon knows, merged in text order.
  const std::vector<NameCandidate> cands = DiscoverNames(*doc, f, covered, given_);
  {
    std::vector<Item> merged;
    merged.reserve(items.size() + cands.size());
    size_t a = 0;
    for (uint32_t c = 0; c < cands.size(); ++c) {
      while (a < items.size() && items[a].first < cands[c].first) merged.push_back(items[a++]);
      merged.push_back({cands[c].first, cands[c].last, ItemType::kCandidate, c});
    }
    while (a < items.size()) merged.push_back(items[a++]);
    items.swap(merged);
  }

  // 3. Composition and resolution.
  ActorRegistry reg;
  std::vector<Mention> mentions;
  std::vector<uint8_t> consumed(items.size(), 0);
  std::unordered_map<std::string, uint32_t> acronyms;  // folded acronym -> actor
  // LexiconVariant per folded name: documents repeat names, and each fresh
  // lookup builds a skeleton and its deletes. The answer depends only on the
  // words and this tagger, so the memo lives across documents (bounded).
  thread_local std::unordered_map<std::string, uint32_t> variant_memo;
  thread_local const ActorTagger* memo_owner = nullptr;
  if (memo_owner != this || variant_memo.size() > 50000) {
    variant_memo.clear();
    memo_owner = this;
  }
  auto lexicon_variant = [&](const std::string& joined, std::span<const std::string_view> ws) {
    auto [it, inserted] = variant_memo.try_emplace(joined, kNoActor);
    if (inserted) it->second = LexiconVariant(ws);
    return it->second;
  };

  auto span = [&](uint32_t first, uint32_t last) -> Span {
    return {doc->tokens[first].span.start, f.end[last - 1]};
  };
  auto add = [&](uint32_t first, uint32_t last, uint32_t actor, MentionKind kind) {
    const Span s = span(first, last);
    mentions.push_back({s, actor, kind});
    reg.info(actor).last_mention = s.start;
  };
  auto entry = [&](const Item& it) -> const ActorMatcher::NameEntry& {
    std::span<const ActorMatcher::NameEntry> es = matcher_.NameEntries(it.payload);
    // An ambiguous form goes to the actor the document already mentions.
    for (const auto& e : es) {
      if (reg.Find(lex_.actors()[e.actor].id) != kNoActor) return e;
    }
    return es[0];
  };
  auto lex_actor = [&](uint32_t index) {
    return reg.AddLexicon(lex_.actors()[index], date, lex_gender_[index]);
  };
  auto is_person_item = [&](size_t k) {
    if (k >= items.size()) return false;
    const Item& it = items[k];
    if (it.type == ItemType::kName) {
      const auto& e = entry(it);
      return lex_.actors()[e.actor].kind == ActorKind::kPerson &&
             (e.kind == NameKind::kName || e.kind == NameKind::kAlias);
    }
    if (it.type == ItemType::kCandidate) {
      return cands[it.payload].kind != CandidateKind::kOrganization;
    }
    return false;
  };
  // Only lowercase modifiers between two items, at most `max` of them.
  auto gap_ok = [&](uint32_t from, uint32_t to, uint32_t max) {
    if (to < from || to - from > max) return false;
    for (uint32_t i = from; i < to; ++i) {
      if (!IsModifier(f.at(i))) return false;
    }
    return true;
  };
  // The person of a country in government the document mentions last.
  auto office_holder = [&](std::string_view country) {
    uint32_t best = kNoActor;
    for (uint32_t a = 0; a < reg.size(); ++a) {
      const DocActor& d = reg.actor(a);
      if (!reg.info(a).person || d.country != country || !d.code.ends_with("GOV")) continue;
      if (best == kNoActor || reg.info(a).last_mention > reg.info(best).last_mention) best = a;
    }
    return best;
  };
  // Role from an apposition after item k: ", a former Belarusian minister".
  auto apposition_role = [&](size_t k, std::string* country, std::string* code) {
    const Item& it = items[k];
    if (it.last >= n || f.at(it.last) != ",") return;
    uint32_t end = it.last + 1;
    while (end < n && end < it.last + 16) {
      std::string_view w = f.at(end);
      if (w == "," || w == "." || w == ";" || w == "(" ||
          doc->tokens[end].kind == TokenKind::kQuote)
        break;
      ++end;
    }
    std::string role;
    for (size_t j = k + 1; j < items.size() && items[j].first < end; ++j) {
      if (items[j].type == ItemType::kAgent) {
        if (role.empty()) role = agents_.agents()[matcher_.AgentIndex(items[j].payload)].codes[0];
        consumed[j] = 1;  // a role word, not an actor of its own
      } else if (items[j].type == ItemType::kName && country->empty()) {
        const Actor& a = lex_.actors()[entry(items[j]).actor];
        if (a.kind == ActorKind::kCountry) *country = a.country;
      }
    }
    if (!country->empty() && !role.empty()) *code = *country + role;
  };
  // Resolves a discovered candidate; returns the actor or kNoActor.
  // Folded surname -> item of the first discovered full person name with it.
  std::unordered_map<std::string_view, size_t> full_name_of;
  for (size_t k = 0; k < items.size(); ++k) {
    if (items[k].type != ItemType::kCandidate) continue;
    const NameCandidate& c = cands[items[k].payload];
    if (c.kind == CandidateKind::kPerson && c.last - c.first >= 2)
      full_name_of.try_emplace(f.at(c.last - 1), k);
  }
  // Folded lone name -> an item where it speaks or carries a title, so its
  // other mentions, earlier ones too, resolve the same way.
  std::unordered_map<std::string_view, size_t> speaking_name;
  for (size_t k = 0; k < items.size(); ++k) {
    if (items[k].type != ItemType::kCandidate) continue;
    const NameCandidate& c = cands[items[k].payload];
    if (c.last - c.first == 1 && c.kind != CandidateKind::kOrganization && (c.speech || c.titled))
      speaking_name.try_emplace(f.at(c.first), k);
  }
  // Folded words capitalized somewhere other than a sentence start: proper
  // nouns. Built on first use only, since few documents need it.
  std::unordered_set<std::string_view> midcaps;
  bool midcaps_built = false;
  auto capitalized_mid_sentence = [&](std::string_view folded) {
    if (!midcaps_built) {
      midcaps_built = true;
      for (const Sentence& s : doc->sentences) {
        for (uint32_t t = s.first_token + 1; t < s.last_token; ++t) {
          if (doc->tokens[t - 1].kind == TokenKind::kWord && doc->tokens[t].has(kCapitalized))
            midcaps.insert(f.at(t));
        }
      }
    }
    return midcaps.count(folded) > 0;
  };
  std::function<uint32_t(size_t, MentionKind*)> resolve_candidate =
      [&](size_t k, MentionKind* kind) -> uint32_t {
    const NameCandidate& c = cands[items[k].payload];
    const uint32_t words = c.last - c.first;
    // DiscoverNames keeps candidates of at most kMaxNameWords words, so the
    // words fit a fixed array (no allocation per candidate).
    std::array<std::string_view, kMaxNameWords> ws_buf;
    const std::span<const std::string_view> ws(ws_buf.data(),
                                               std::min<size_t>(words, ws_buf.size()));
    std::string joined;
    for (uint32_t i = c.first; i < c.last; ++i) {
      if (i - c.first < ws_buf.size()) ws_buf[i - c.first] = f.at(i);
      if (!joined.empty()) joined.push_back(' ');
      joined.append(f.at(i));
    }
    const std::string_view text = doc->view(span(c.first, c.last));
    *kind = MentionKind::kName;
    if (c.kind == CandidateKind::kOrganization) {
      if (words == 1) {
        if (auto it = acronyms.find(joined); it != acronyms.end()) return it->second;
        // "the Times" after "The New York Times": a short form.
        if (uint32_t o = reg.OrganizationByShortName(joined); o != kNoActor) return o;
        // A bare head noun ("Union", "Party") names no organisation alone.
        if (!doc->tokens[c.first].has(kAllCaps) && IsOrgHead(joined)) return kNoActor;
      }
      const uint32_t a = reg.AddDiscovered(DiscoveredId(joined), text, "organization", false, 0);
      if (c.acronym != UINT32_MAX) acronyms[std::string(f.at(c.acronym))] = a;
      return a;
    }
    if (words >= 2) {
      const std::string id = DiscoveredId(joined);
      if (uint32_t a = reg.Find(id); a != kNoActor) return a;
      if (uint32_t lv = lexicon_variant(joined, ws); lv != kNoActor) return lex_actor(lv);
      if (uint32_t p = reg.PersonBySurname(ws.back()); p != kNoActor) {
        const std::string& given = reg.info(p).given;
        if (!given.empty() && IsNameVariant(given, ws.front())) return p;
      }
      if (c.kind != CandidateKind::kPerson && !c.titled) return kNoActor;
      if (IsPlace(f, c.first, c.last, text)) return kNoActor;
      char g = c.title_gender;
      if (g == 0) g = given_.Gender(ws.front());
      if (g == 'u') g = 0;
      if (g == 0) g = SurnameGender(ws.back());
      return reg.AddDiscovered(id, text, "person", true, g);
    }
    // One word: a surname after a full mention, an acronym, or a lone name
    // with a title before it or a speech verb after it.
    if (auto it = acronyms.find(joined); it != acronyms.end()) return it->second;
    if (uint32_t p = reg.PersonBySurname(joined); p != kNoActor) {
      *kind = MentionKind::kSurname;
      return p;
    }
    if (IsPlace(f, c.first, c.last, text)) return kNoActor;
    // A given name alone for the one person of that given name.
    if (given_.Contains(joined)) {
      if (uint32_t p = reg.PersonByGivenName(joined); p != kNoActor) return p;
    }
    // A surname before the full name it abbreviates ("Vantor ... Ilsa Vantor").
    if (auto it = full_name_of.find(joined); it != full_name_of.end() && it->second != k) {
      MentionKind full_kind;
      if (uint32_t p = resolve_candidate(it->second, &full_kind); p != kNoActor) {
        *kind = MentionKind::kSurname;
        return p;
      }
    }
    if (uint32_t a = reg.Find(DiscoveredId(joined)); a != kNoActor) return a;
    if (!c.speech && !c.titled) {
      if (auto it = speaking_name.find(joined); it != speaking_name.end() && it->second != k) {
        MentionKind other_kind;
        if (uint32_t p = resolve_candidate(it->second, &other_kind); p != kNoActor) return p;
      }
    }
    if (!c.sentence_initial || c.speech || c.titled) {
      if (uint32_t lv = lexicon_variant(joined, ws); lv != kNoActor) {
        *kind = MentionKind::kSurname;
        return lex_actor(lv);
      }
    }
    if (c.titled || c.speech) {
      // "Democrats said": a plural is a group of people, not a person.
      const bool plural =
          !c.titled && joined.size() > 3 && joined.ends_with('s') && !joined.ends_with("ss");
      // "Organisers said" at a sentence start is a common noun, unless the
      // word is capitalized mid-sentence elsewhere ("the Brujas said").
      if (plural && c.sentence_initial && !capitalized_mid_sentence(joined)) return kNoActor;
      if (plural) return reg.AddDiscovered(DiscoveredId(joined), text, "group", false, 0);
      return reg.AddDiscovered(DiscoveredId(joined), text, "person", true, c.title_gender);
    }
    return kNoActor;
  };
  // Resolves person item k, optionally as the end of a title starting at
  // token title_first, with a role (country, code) the title gives.
  auto resolve_person = [&](size_t k, uint32_t title_first, std::string_view country,
                            std::string_view code) {
    const Item& it = items[k];
    consumed[k] = 1;
    uint32_t actor = kNoActor;
    MentionKind kind = MentionKind::kName;
    if (it.type == ItemType::kName) {
      actor = lex_actor(entry(it).actor);
    } else {
      actor = resolve_candidate(k, &kind);
      if (actor == kNoActor && title_first != UINT32_MAX) {
        // A title makes a name a person even without other evidence.
        std::string joined;
        for (uint32_t i = it.first; i < it.last; ++i) {
          if (!joined.empty()) joined.push_back(' ');
          joined.append(f.at(i));
        }
        actor = reg.AddDiscovered(DiscoveredId(joined), doc->view(span(it.first, it.last)),
                                  "person", true, 0);
      }
    }
    if (actor == kNoActor) return;
    DocActor& d = reg.actor(actor);
    if (!d.known && d.code.empty()) {
      std::string c(country), cd;
      if (!code.empty() && !country.empty()) cd = std::string(code);
      if (cd.empty()) apposition_role(k, &c, &cd);
      if (d.country.empty()) d.country = c;
      if (!cd.empty()) d.code = cd;
    }
    if (title_first != UINT32_MAX) {
      add(title_first, it.last, actor, MentionKind::kTitle);
    } else {
      add(it.first, it.last, actor, kind);
    }
  };

  for (size_t k = 0; k < items.size(); ++k) {
    if (consumed[k]) continue;
    const Item& it = items[k];
    if (it.type == ItemType::kCandidate) {
      if (is_person_item(k)) {
        resolve_person(k, UINT32_MAX, "", "");
      } else {
        MentionKind kind;
        if (uint32_t a = resolve_candidate(k, &kind); a != kNoActor)
          add(it.first, it.last, a, kind);
      }
      continue;
    }
    if (it.type == ItemType::kAgent) {
      const Agent& agent = agents_.agents()[matcher_.AgentIndex(it.payload)];
      if (k + 1 < items.size() && items[k + 1].first == it.last && is_person_item(k + 1)) {
        resolve_person(k + 1, it.first, "", "");
        continue;
      }
      if (it.first > 0) {
        std::string_view region = RegionCode(f.at(it.first - 1));
        if (!region.empty() && doc->tokens[it.first - 1].has(kCapitalized)) {
          const std::string code = std::string(region) + agent.codes[0];
          const uint32_t g = reg.AddGroup(code, doc->view(span(it.first - 1, it.last)), "");
          add(it.first - 1, it.last, g, MentionKind::kAgent);
          continue;
        }
      }
      // A bare agent is an actor only when it names a body of people
      // (plural or collective), not a lone role word ("minister").
      const std::string_view last_word = f.at(it.last - 1);
      const bool plural =
          last_word.size() > 3 && last_word.ends_with('s') && !last_word.ends_with("ss");
      const std::string_view c0 = agent.codes[0];
      const bool collective =
          it.last - it.first >= 2 && (c0 == "COP" || c0 == "MED" || c0 == "OPP" || c0 == "MIL");
      if (plural || collective) {
        const uint32_t g = reg.AddGroup(c0, agent.phrase, "");
        add(it.first, it.last, g, MentionKind::kAgent);
      }
      continue;
    }
    // A lexicon name.
    const ActorMatcher::NameEntry& e = entry(it);
    const Actor& a = lex_.actors()[e.actor];
    const bool adjective = e.kind == NameKind::kAdjective;
    const bool country_name =
        a.kind == ActorKind::kCountry && (e.kind == NameKind::kName || e.kind == NameKind::kAlias);
    const bool possessive_country = country_name && f.possessive[it.last - 1];
    // "US envoy Jane Roe": a country name used as a title adjective, one
    // mention of the person rather than a country and a person.
    const bool country_title = country_name && k + 2 < items.size() &&
                               items[k + 1].type == ItemType::kAgent && !consumed[k + 1] &&
                               items[k + 1].first == it.last &&
                               items[k + 2].first == items[k + 1].last && is_person_item(k + 2);
    if (adjective || possessive_country || country_title) {
      const uint32_t start = it.first > 0 && f.at(it.first - 1) == "the" ? it.first - 1 : it.first;
      const size_t next = k + 1;
      if (next < items.size() && items[next].type == ItemType::kAgent && !consumed[next] &&
          gap_ok(it.last, items[next].first, 2)) {
        const Agent& agent = agents_.agents()[matcher_.AgentIndex(items[next].payload)];
        const std::string code = a.code + agent.codes[0];
        if (next + 1 < items.size() && items[next + 1].first == items[next].last &&
            is_person_item(next + 1)) {
          consumed[next] = 1;
          resolve_person(next + 1, it.first, a.country, code);
          continue;
        }
        if (start < it.first && IsRoleNoun(agent.folded)) {
          if (uint32_t p = office_holder(a.country); p != kNoActor) {
            consumed[next] = 1;
            add(start, items[next].last, p, MentionKind::kDescription);
            continue;
          }
        }
        consumed[next] = 1;
        const uint32_t g =
            reg.AddGroup(code, doc->view(span(it.first, items[next].last)), a.country);
        add(start, items[next].last, g, MentionKind::kAgent);
        continue;
      }
      if (adjective && start < it.first && it.last < n && IsRoleNoun(f.at(it.last))) {
        if (uint32_t p = office_holder(a.country); p != kNoActor) {
          add(start, it.last + 1, p, MentionKind::kDescription);
        }
        continue;
      }
      if (adjective) continue;  // "Belarusian capital": no actor
    }
    if (a.kind == ActorKind::kPerson && it.last - it.first == 1 && IsNonNameWord(f.at(it.first))) {
      continue;  // a surname that is also a common word ("May")
    }
    MentionKind kind = MentionKind::kName;
    switch (e.kind) {
      case NameKind::kName:
      case NameKind::kAlias:
        if (a.kind == ActorKind::kPerson && it.last - it.first == 1 &&
            a.name.find(' ') != std::string::npos)
          kind = MentionKind::kSurname;
        break;
      case NameKind::kDemonym:
      case NameKind::kAdjective:
        kind = MentionKind::kAdjective;
        break;
      case NameKind::kMetonym:
        kind = MentionKind::kMetonym;
        break;
      case NameKind::kDesc:
        kind = MentionKind::kDescription;
        break;
    }
    add(it.first, it.last, lex_actor(e.actor), kind);
  }

  auto by_start = [](const Mention& x, const Mention& y) { return x.span.start < y.span.start; };
  std::stable_sort(mentions.begin(), mentions.end(), by_start);

  // 4. Role descriptions ("the Florida senator") for the one compatible
  // person named in the three sentences before (two: no link); never one
  // named in the same sentence, where a description usually means someone
  // else ("Doe met the senator").
  {
    std::vector<Mention> described;
    for (size_t si = 0; si < doc->sentences.size(); ++si) {
      const Sentence& sent = doc->sentences[si];
      const uint32_t window = doc->sentences[si >= 3 ? si - 3 : 0].span.start;
      for (uint32_t i = sent.first_token; i + 1 < sent.last_token; ++i) {
        if (f.at(i) != "the") continue;
        uint32_t j = i + 1;
        while (j < sent.last_token && j < i + 4 && DescriptionRole(f.at(j)) == 0 &&
               doc->tokens[j].kind == TokenKind::kWord &&
               (doc->tokens[j].has(kCapitalized) || IsDescriptionModifier(f.at(j))))
          ++j;
        if (j >= sent.last_token) continue;
        const char role = DescriptionRole(f.at(j));
        if (role == 0) continue;
        // "the senator Jane Doe" is a title: the name follows.
        if (j + 1 < sent.last_token && doc->tokens[j + 1].kind == TokenKind::kWord &&
            doc->tokens[j + 1].has(kCapitalized))
          continue;
        const Span sp{doc->tokens[i].span.start, f.end[j]};
        auto after =
            std::lower_bound(mentions.begin(), mentions.end(), Mention{sp, kNoActor}, by_start);
        bool overlaps = after != mentions.end() && after->span.start < sp.end;
        if (after != mentions.begin() && std::prev(after)->span.end > sp.start) overlaps = true;
        if (overlaps) continue;
        // The one compatible person in the window; with two, no link.
        uint32_t actor = kNoActor;
        bool ambiguous = false;
        for (auto it = after; it != mentions.begin() && !ambiguous;) {
          --it;
          if (it->span.start >= sent.span.start) continue;
          if (it->span.start < window) break;
          if (it->actor == kNoActor || !reg.info(it->actor).person) continue;
          const char g = reg.info(it->actor).gender;
          if ((role == 'm' && g == 'f') || (role == 'f' && g == 'm')) continue;
          if (actor != kNoActor && actor != it->actor) ambiguous = true;
          actor = it->actor;
        }
        if (ambiguous) actor = kNoActor;
        if (actor != kNoActor) described.push_back({sp, actor, MentionKind::kDescription});
        i = j;
      }
    }
    if (!described.empty()) {
      mentions.insert(mentions.end(), described.begin(), described.end());
      std::stable_sort(mentions.begin(), mentions.end(), by_start);
    }
  }

  // 5. Pronouns.
  std::vector<uint8_t> is_person(reg.size());
  std::vector<char> gender(reg.size());
  for (uint32_t a = 0; a < reg.size(); ++a) {
    is_person[a] = reg.info(a).person;
    gender[a] = reg.info(a).gender;
  }
  LinkPronouns(*doc, f, is_person, gender, &mentions);
  doc->mentions = std::move(mentions);
  reg.Finish(doc);
}

}  // namespace sitrep
