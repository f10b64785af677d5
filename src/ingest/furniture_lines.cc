#include "ingest/furniture_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>

namespace sitrep::furniture {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsSpace(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with(kNbsp)) {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && IsSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kNbsp)) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

// Splits off the first whitespace-separated word of s.
std::string_view NextWord(std::string_view* s) {
  size_t i = 0;
  while (i < s->size() && IsSpace((*s)[i])) ++i;
  size_t j = i;
  while (j < s->size() && !IsSpace((*s)[j])) ++j;
  std::string_view w = s->substr(i, j - i);
  s->remove_prefix(j);
  return w;
}

// First code point is an uppercase letter (ICU, so "Łukasz" counts).
bool IsCapitalized(std::string_view w) {
  if (w.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c >= 0 && u_isupper(c);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

std::string_view StripTrailing(std::string_view w, std::string_view chars) {
  while (!w.empty() && chars.find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  return w;
}

// A word that can be part of a personal name: "Jane", "F.", "O'Neill",
// "al-Assad", and lowercase particles inside a name.
bool IsNameWord(std::string_view w, bool first) {
  static constexpr std::array<std::string_view, 9> kParticles = {"de", "van", "von", "der", "da",
                                                                 "al", "bin", "le",  "la"};
  if (IsCapitalized(w)) return true;
  if (first) return false;
  for (std::string_view p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

// Reads a personal name (2 to 5 name words, last one capitalized) from the
// front of s. Returns the name and leaves s after it; nullopt if none.
std::optional<std::string_view> ReadName(std::string_view* s) {
  std::string_view rest = *s;
  const char* begin = nullptr;
  const char* end = nullptr;
  int n = 0;
  std::string_view after = rest;
  for (; n < 5;) {
    std::string_view probe = rest;
    std::string_view w = NextWord(&probe);
    if (w.empty()) break;
    std::string_view core = StripTrailing(w, ",");
    if (!IsNameWord(core, n == 0) || AllDigits(core)) break;
    if (begin == nullptr) begin = w.data();
    rest = probe;
    ++n;
    if (IsCapitalized(core)) {
      end = core.data() + core.size();
      after = rest;
    }
    if (core.size() != w.size()) break;  // a comma ends the name
  }
  if (n < 2 || begin == nullptr || end == nullptr || end - begin < 3) return std::nullopt;
  std::string_view name(begin, static_cast<size_t>(end - begin));
  // A name has at least two words: "Jane Doe", "Jane F. Doe".
  if (name.find(' ') == std::string_view::npos) return std::nullopt;
  *s = after;
  return name;
}

// Skips a leading "the " (outlets are stored without it: "Atlantic Council").
std::string_view SkipThe(std::string_view s) {
  if (StartsWithNoCase(s, "the ")) s.remove_prefix(4);
  return s;
}

// Reads a proper-noun phrase from the front of s: capitalized words joined by
// "of", "and", "for", "&", "on", stopping at the first other word or at a
// word ending in , . ; : ( ). "Atlantic Council. NV ..." -> "Atlantic Council".
std::string_view ReadProperPhrase(std::string_view s) {
  s = SkipThe(Trim(s));
  static constexpr std::array<std::string_view, 6> kJoiners = {"of", "and", "for",
                                                               "&",  "on",  "the"};
  const char* begin = s.data();
  const char* end = nullptr;
  while (true) {
    std::string_view w = NextWord(&s);
    if (w.empty()) break;
    std::string_view core = StripTrailing(w, ",.;:)\"");
    // "U.S." keeps its final period and does not end the phrase.
    if (w.size() == core.size() + 1 && w.back() == '.' &&
        core.find('.') != std::string_view::npos) {
      core = w;
    }
    bool capital = IsCapitalized(core) || (core.size() > 1 && IsDigit(core[0]));
    bool joiner = false;
    for (std::string_view j : kJoiners) joiner = joiner || core == j;
    if (!capital && !joiner) break;
    if (capital) end = core.data() + core.size();
    if (core.size() != w.size()) break;  // "Council." or "Council," ends it
  }
  if (end == nullptr) return {};
  return std::string_view(begin, static_cast<size_t>(end - begin));
}

// Suffix of s before any trailing '.' and spaces.
std::string_view WithoutFinalPeriod(std::string_view s) { return StripTrailing(s, ". "); }

// Credit words that open a parenthesised credit: "(Image via ...)",
// "(Photo: ...)", "(AP Photo/...)".
constexpr std::array<std::string_view, 11> kParenCredit = {
    "image", "photo",      "picture",  "photograph", "credit",  "illustration",
    "video", "file photo", "ap photo", "source:",    "courtesy"};

// "(Image via Name)", "(Photo: Agency)", "(AP Photo/Name)", but not "(photo
// credits were disputed)": a capitalised credit word, then a credit connector.
bool IsParenCredit(std::string_view inner) {
  if (!IsCapitalized(inner)) return false;
  for (std::string_view w : kParenCredit) {
    if (!StartsWithNoCase(inner, w)) continue;
    std::string_view rest = Trim(inner.substr(w.size()));
    if (w.back() == ':' || rest.empty()) return true;  // "(Source: X)", "(File photo)"
    for (std::string_view c : {":", "/", "via ", "by ", "courtesy", "credit", "\xC2\xA9"}) {
      if (StartsWithNoCase(rest, c)) return true;
    }
  }
  return false;
}

// Line openers that make the whole (short) line a credit.
constexpr std::array<std::string_view, 15> kCreditOpeners = {
    "image:",    "images:",   "photo:",        "photos:",       "photograph:",
    "picture:",  "credit:",   "photo credit:", "image credit:", "illustration:",
    "photo by ", "image by ", "image via ",    "photo via ",    "photo courtesy"};

// Agencies and photo libraries that end a credit tail with no final period:
// "Name/Agency/AFP via Getty Images".
constexpr std::array<std::string_view, 12> kCreditTails = {
    "getty images", "via ap",        "via reuters", "/afp",       "/ap",       "/reuters",
    "/epa",         "/shutterstock", "/alamy",      "/bloomberg", "/ap photo", "/sipa"};

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsNoCase(s.substr(s.size() - suffix.size()), suffix);
}

// Words whose presence makes "X is a ..." an author bio.
// Kept to writing and commentary roles: "X is a student at Y." or "X is a
// director of Y." closing an article is as likely body as bio.
constexpr std::array<std::string_view, 16> kRoles = {
    "reporter",    "correspondent", "editor",   "writer",   "journalist", "columnist",
    "contributor", "commentator",   "blogger",  "analyst",  "fellow",     "professor",
    "researcher",  "author",        "producer", "freelance"};
// Roles after which "for <X>" names the publishing outlet.
constexpr std::array<std::string_view, 8> kOutletRoles = {
    "reporter",   "correspondent", "editor",      "writer",
    "journalist", "columnist",     "contributor", "producer"};

// 0x80 in each byte of v that is a space or tab, 0 elsewhere (exact; the
// classic "has zero byte" trick applied to v ^ broadcast(c)).
uint64_t SpaceBytes(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  auto zero_bytes = [](uint64_t y) { return ~(((y & kLow7) + kLow7) | y | kLow7); };
  return zero_bytes(v ^ (kOnes * ' ')) | zero_bytes(v ^ (kOnes * '\t'));
}

// Words (runs of non-space) of the trimmed string s, stopping once `cap` is
// reached. Hand-rolled SWAR, 8 bytes a step: this is the only per-byte work
// of the cleaner, so it sets its speed (a byte loop ran at ~110 MB/s).
uint32_t CountWords(std::string_view s, uint32_t cap) {
  if (s.empty()) return 0;
  uint32_t words = 1;  // trimmed: s starts with a word
  size_t i = 1;
  if constexpr (std::endian::native == std::endian::little) {
    // prev_top: 0x80 when the byte before the current block is a space.
    uint64_t prev_top = 0;
    for (; i + 8 <= s.size() && words < cap; i += 8) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      uint64_t space = SpaceBytes(v);
      uint64_t before = (space << 8) | prev_top;  // "byte i-1 is a space"
      if (i == 1) before |= (s[0] == ' ' || s[0] == '\t') ? 0x80 : 0;
      // Count the 0x80 bits: move them to bit 0 of each byte, sum the bytes
      // with one multiply (no popcnt instruction needed on baseline x86-64).
      uint64_t starts = (before & ~space & 0x8080808080808080ull) >> 7;
      words += static_cast<uint32_t>((starts * 0x0101010101010101ull) >> 56);
      prev_top = space >> 56;
    }
    // Hand the last block's final byte to the scalar tail below.
  }
  for (; i < s.size() && words < cap; ++i) {
    bool space_before = s[i - 1] == ' ' || s[i - 1] == '\t';
    bool space_here = s[i] == ' ' || s[i] == '\t';
    words += space_before && !space_here;
  }
  return std::min(words, cap);
}

}  // namespace

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsNoCase(s.substr(0, prefix.size()), prefix);
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  if (s.size() < needle.size()) return false;
  // Lines are tested against a dozen needles each. Lowercasing a short line
  // into a buffer (a loop the compiler vectorizes) and searching it with
  // string_view::find (memchr for the first byte) is several times faster
  // than comparing byte by byte; the needles are lowercase ASCII, so the
  // answer is the same. Long lines (rare here) take the allocation-free loop.
  if (s.size() <= 4096) {
    thread_local std::string lower;
    lower.resize(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      lower[i] = static_cast<char>(c + (static_cast<unsigned>(c - 'A') < 26u ? 32 : 0));
    }
    return std::string_view(lower).find(needle) != std::string_view::npos;
  }
  // For a letter, c | 0x20 folds case without a branch; other bytes must
  // match exactly.
  const unsigned char first = static_cast<unsigned char>(needle[0]);
  const bool letter = first >= 'a' && first <= 'z';
  const unsigned char fold = letter ? 0x20 : 0;
  const size_t last = s.size() - needle.size();
  for (size_t i = 0; i <= last; ++i) {
    if ((static_cast<unsigned char>(s[i]) | fold) == first &&
        EqualsNoCase(s.substr(i + 1, needle.size() - 1), needle.substr(1))) {
      return true;
    }
  }
  return false;
}

LineShape ShapeLine(std::string_view raw) {
  LineShape shape;
  std::string_view s = Trim(raw);
  static constexpr std::array<std::string_view, 5> kBullets = {"\xE2\x80\xA2", "\xE2\x97\xA6",
                                                               "\xE2\x96\xAA", "\xC2\xB7", "*"};
  for (std::string_view b : kBullets) {
    if (s.starts_with(b)) {
      s = Trim(s.substr(b.size()));
      shape.bullet = true;
      break;
    }
  }
  shape.text = s;
  const uint32_t words = CountWords(s, kMaxCountedWords + 1);
  shape.words = std::min(words, kMaxCountedWords + 1);
  // Terminal mark, looking through closing quotes and brackets.
  std::string_view t = s;
  for (;;) {
    if (t.empty()) break;
    char c = t.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      t.remove_suffix(1);
    } else if (t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99")) {  // ” ’
      t.remove_suffix(3);
    } else if (t.ends_with("\xC2\xBB")) {  // »
      t.remove_suffix(2);
    } else {
      break;
    }
  }
  if (!t.empty()) {
    char c = t.back();
    if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == ',') {
      shape.terminal = c;
    } else if (t.ends_with("\xE2\x80\xA6")) {  // …
      shape.terminal = '.';
    }
  }
  return shape;
}

CreditKind MatchCredit(const LineShape& line) {
  if (line.blank() || line.words > 45) return CreditKind::kNone;
  std::string_view s = line.text;
  // "Image: Agency." "Photo by Name on Site"
  if (line.words <= 12) {
    for (std::string_view opener : kCreditOpeners) {
      if (StartsWithNoCase(s, opener)) return CreditKind::kCredit;
    }
  }
  // "Two men shake hands in Haldberg. Image: Agency." A description whose
  // last sentence is a short credit.
  if (size_t dot = s.rfind(". "); dot != std::string_view::npos) {
    std::string_view tail = s.substr(dot + 2);
    for (std::string_view opener : kCreditOpeners) {
      if (opener.back() == ':' && StartsWithNoCase(tail, opener) &&
          std::count(tail.begin(), tail.end(), ' ') < 8) {
        return CreditKind::kCaption;
      }
    }
  }
  // "... (Image via Name)" / "... (Photo: Name)."
  std::string_view t = WithoutFinalPeriod(s);
  if (t.ends_with(')')) {
    size_t open = t.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = Trim(t.substr(open + 1, t.size() - open - 2));
      if (IsParenCredit(inner)) return open == 0 ? CreditKind::kCredit : CreditKind::kCaption;
    }
  }
  // "... Name/Agency/AFP via Getty Images" (no final period: a sentence that
  // ends "... via AP." is body).
  if (line.terminal == 0 && line.words <= 30) {
    for (std::string_view tail : kCreditTails) {
      if (EndsWithNoCase(s, tail)) {
        return line.words <= 5 ? CreditKind::kCredit : CreditKind::kCaption;
      }
    }
  }
  return CreditKind::kNone;
}

std::optional<std::string_view> MatchByline(const LineShape& line) {
  if (line.words < 3 || line.words > 16 || line.terminal == '.') return std::nullopt;
  std::string_view s = line.text;
  if (!s.starts_with("By ") && !s.starts_with("BY ")) return std::nullopt;
  s.remove_prefix(3);
  // The names run up to the first separator: "By Jane Doe and John Roe,
  // Outlet | May 2, 2022".
  size_t stop = s.find_first_of(",|(0123456789");
  for (std::string_view sep : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xE2\x80\xA2 "}) {
    stop = std::min(stop, s.find(sep));
  }
  std::string_view names = Trim(s.substr(0, stop));
  std::string_view probe = names;
  if (!ReadName(&probe)) return std::nullopt;
  return names;
}

std::optional<BioMatch> MatchBio(const LineShape& line) {
  if (line.words < 5 || line.words > 80 || !line.EndsSentence()) return std::nullopt;
  std::string_view rest = line.text;
  auto name = ReadName(&rest);
  if (!name) return std::nullopt;
  rest = Trim(rest);
  std::string_view verb;
  for (std::string_view v : {"is a ", "is an ", "is the ", "was a ", "was an "}) {
    if (rest.starts_with(v)) verb = v;
  }
  if (verb.empty()) return std::nullopt;
  rest.remove_prefix(verb.size());
  // The role is in the first clause: "is a national security reporter for".
  std::string_view clause = rest.substr(0, rest.find_first_of(".;"));
  std::string_view role;
  size_t role_end = std::string_view::npos;
  for (std::string_view r : kRoles) {
    size_t pos = clause.find(r);
    if (pos != std::string_view::npos && pos < role_end) {
      role = r;
      role_end = pos + r.size();
    }
  }
  if (role.empty() || role_end > 80) return std::nullopt;
  BioMatch match{*name, {}};
  bool outlet_role = false;
  for (std::string_view r : kOutletRoles) outlet_role = outlet_role || r == role;
  if (outlet_role) {
    // clause is a prefix of rest, so offsets carry over. Allow a plural or
    // suffix between role and preposition: "reporters for", "writer-at-large".
    std::string_view after = rest.substr(role_end);
    for (std::string_view prep : {" for ", " at "}) {
      size_t pos = after.find(prep);
      if (pos != std::string_view::npos && pos <= 2 && role_end + pos < clause.size()) {
        match.outlet = ReadProperPhrase(after.substr(pos + prep.size()));
        break;
      }
    }
  }
  return match;
}

std::optional<std::string_view> MatchAboutAuthor(const LineShape& line) {
  if (line.words < 4 || line.words > 9) return std::nullopt;
  std::string_view s = line.text;
  if (!s.starts_with("About ")) return std::nullopt;
  s.remove_prefix(6);
  size_t last_space = s.rfind(' ');
  if (last_space == std::string_view::npos) return std::nullopt;
  std::string_view unit = s.substr(last_space + 1);
  bool unit_ok = false;
  for (std::string_view u : {"Articles", "articles", "Posts", "posts", "Stories", "stories"}) {
    unit_ok = unit_ok || unit == u;
  }
  if (!unit_ok) return std::nullopt;
  s = s.substr(0, last_space);
  size_t count_space = s.rfind(' ');
  if (count_space == std::string_view::npos) return std::nullopt;
  if (!AllDigits(StripTrailing(s.substr(count_space + 1), ","))) return std::nullopt;
  std::string_view name_part = s.substr(0, count_space);
  std::string_view probe = name_part;
  auto name = ReadName(&probe);
  if (!name || !Trim(probe).empty()) return std::nullopt;
  return name;
}

std::optional<RepublicationMatch> MatchRepublication(const LineShape& line) {
  if (line.words < 3 || line.words > 60) return std::nullopt;
  std::string_view s = line.text;
  static constexpr std::array<std::string_view, 12> kSubjects = {
      "story", "article",    "piece",  "post",      "report",   "essay",
      "op-ed", "commentary", "column", "interview", "analysis", "content"};
  static constexpr std::array<std::string_view, 8> kOriginCues = {
      "first published by ",      "originally published by ", "first published in ",
      "originally published in ", "first published on ",      "originally published on ",
      "originally appeared in ",  "originally appeared on "};
  static constexpr std::array<std::string_view, 9> kVerbs = {
      " was first published",  " was originally published", " originally appeared",
      " first appeared",       " was first posted",         " is republished",
      " has been republished", " was republished",          " is reprinted"};
  bool notice = false;
  // "This story was first published by ...": subject then the verb phrase.
  if (line.words <= 30 && (s.starts_with("This ") || s.starts_with("The "))) {
    std::string_view rest = s.substr(s.find(' ') + 1);
    for (std::string_view subj : kSubjects) {
      if (!StartsWithNoCase(rest, subj)) continue;
      std::string_view after = rest.substr(subj.size());
      for (std::string_view verb : kVerbs) notice = notice || after.starts_with(verb);
    }
  }
  bool republishes =
      line.words <= 30 &&
      (ContainsNoCase(s, " republishes with") || ContainsNoCase(s, "republished with permission") ||
       ContainsNoCase(s, "reprinted with permission") || StartsWithNoCase(s, "republished from"));
  if (!notice && !republishes) return std::nullopt;

  RepublicationMatch match;
  for (std::string_view cue : kOriginCues) {
    size_t pos = s.find(cue);
    if (pos != std::string_view::npos) {
      match.origin = ReadProperPhrase(s.substr(pos + cue.size()));
      break;
    }
  }
  if (match.origin.empty()) {
    // "Republished with permission from X." / "republished from X"
    for (std::string_view cue : {"permission from ", "republished from ", "Republished from "}) {
      size_t pos = s.find(cue);
      if (pos != std::string_view::npos) {
        match.origin = ReadProperPhrase(s.substr(pos + cue.size()));
        break;
      }
    }
  }
  // "Y republishes with permission": Y is the sentence's subject.
  size_t rep = s.find(" republishes");
  if (rep != std::string_view::npos) {
    std::string_view before = s.substr(0, rep);
    size_t sentence = before.rfind(". ");
    std::string_view subject =
        sentence == std::string_view::npos ? before : before.substr(sentence + 2);
    subject = Trim(subject);
    if (!subject.empty() && subject.find(' ') == std::string_view::npos) {
      match.outlet = subject;
    } else if (!subject.empty() && ReadProperPhrase(subject).size() == SkipThe(subject).size()) {
      match.outlet = SkipThe(subject);
    }
  }
  return match;
}

bool IsDisclaimer(const LineShape& line) {
  if (line.words < 6 || line.words > 80) return false;
  std::string_view s = line.text;
  bool site = ContainsNoCase(s, "the site") || ContainsNoCase(s, "this site") ||
              ContainsNoCase(s, "our site") || ContainsNoCase(s, "website") ||
              ContainsNoCase(s, "web site");
  if (!site) return false;
  static constexpr std::array<std::string_view, 9> kCues = {
      "point of view", "views expressed", "opinions expressed", "responsib", "automatically",
      "translat",      "endorse",         "disclaimer",         "cookies"};
  for (std::string_view cue : kCues) {
    if (ContainsNoCase(s, cue)) return true;
  }
  return false;
}

bool IsPromo(const LineShape& line) {
  if (line.words < 3 || line.words > 30) return false;
  std::string_view s = line.text;
  bool channel = ContainsNoCase(s, "newsletter") || ContainsNoCase(s, "in your inbox") ||
                 ContainsNoCase(s, "podcast");
  if (!channel) return false;
  static constexpr std::array<std::string_view, 6> kCalls = {
      "sign up", "subscribe", "get our", "join our", "receive our", "listen to"};
  for (std::string_view call : kCalls) {
    if (StartsWithNoCase(s, call)) return true;
  }
  return ContainsNoCase(s, "subscribe now") || ContainsNoCase(s, "sign up now");
}

bool IsConsentBanner(const LineShape& line) {
  if (line.words < 4 || line.words > 60) return false;
  std::string_view s = line.text;
  return ContainsNoCase(s, "cookies") &&
         (ContainsNoCase(s, "we use cookies") || ContainsNoCase(s, "use of cookies") ||
          ContainsNoCase(s, "accept all") || ContainsNoCase(s, "cookie settings") ||
          ContainsNoCase(s, "manage settings"));
}

bool IsTitleCase(const LineShape& line) {
  static constexpr std::array<std::string_view, 12> kSmall = {"a",  "an", "the", "of", "and", "or",
                                                              "in", "on", "at",  "to", "for", "by"};
  std::string_view rest = line.text;
  int capitals = 0;
  for (std::string_view w = NextWord(&rest); !w.empty(); w = NextWord(&rest)) {
    if (IsCapitalized(w) || (IsDigit(w[0]))) {
      ++capitals;
      continue;
    }
    bool small = false;
    for (std::string_view k : kSmall) small = small || w == k;
    if (!small) return false;
  }
  return capitals >= 2;
}

bool IsSectionLabel(const LineShape& line) {
  if (line.blank() || line.words > 8 || line.terminal != 0) return false;
  std::string_view s = line.text;
  return s.find('|') != std::string_view::npos || s.find(" > ") != std::string_view::npos ||
         s.find("\xE2\x80\xBA") != std::string_view::npos ||  // ›
         s.find(" \xC2\xBB ") != std::string_view::npos;      // »
}

bool StartsWithNameOf(const LineShape& line, std::string_view name) {
  std::string_view probe = name;
  std::string_view first = NextWord(&probe);
  std::string_view last = name.substr(name.rfind(' ') + 1);
  std::string_view s = line.text;
  auto starts_with_word = [&](std::string_view w) {
    return w.size() >= 2 && s.starts_with(w) &&
           (s.size() == w.size() || s[w.size()] == ' ' || s[w.size()] == '\'' ||
            s[w.size()] == ',' || static_cast<unsigned char>(s[w.size()]) >= 0x80);
  };
  return starts_with_word(first) || starts_with_word(last);
}

}  // namespace sitrep::furniture
