#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <limits>

namespace sitrep {
namespace {

// ---------------------------------------------------------------------------
// Abbreviations that keep their period. Only consulted for a word directly
// followed by '.', so a small linear table is cheap. Dotted chains (U.S.,
// e.g., a.m.) and single capital initials are recognized by shape instead.
struct Abbreviation {
  std::string_view text;  // without the period, case-sensitive
  bool title;             // precedes a name, so never ends a sentence
};
// A packed table with comments between its groups.
// clang-format off
constexpr Abbreviation kAbbreviations[] = {
    {"Mr", true},    {"Mrs", true},   {"Ms", true},    {"Messrs", true}, {"Dr", true},
    {"Prof", true},  {"Gen", true},   {"Gov", true},   {"Sen", true},    {"Rep", true},
    {"Lt", true},    {"Col", true},   {"Sgt", true},   {"Capt", true},   {"Maj", true},
    {"Adm", true},   {"Cmdr", true},  {"Cpl", true},   {"Pvt", true},    {"Brig", true},
    {"Rev", true},   {"Fr", true},    {"Hon", true},   {"Rt", true},     {"Pres", true},
    {"vs", true},    {"St", false},   {"Mt", false},   {"Jr", false},    {"Sr", false},
    {"No", false},   {"Nos", false},  {"Jan", false},  {"Feb", false},   {"Mar", false},
    {"Apr", false},  {"Jun", false},  {"Jul", false},  {"Aug", false},   {"Sep", false},
    {"Sept", false}, {"Oct", false},  {"Nov", false},  {"Dec", false},   {"etc", false},
    {"Inc", false},  {"Ltd", false},  {"Co", false},   {"Corp", false},  {"approx", false},
    {"Ave", false},  {"Dept", false}, {"Univ", false},
    // "Roe v. Wade": the court-case "v." joins two names like "vs.".
    {"v", true},
    // US state abbreviations in AP style, as in "(D-Calif.)" and "Burlington,
    // Vt., said": without them the period split a speaker's party tag off its
    // sentence. Two-letter ones that are also words ("Me", "La") are left out.
    {"Ala", false},  {"Ariz", false}, {"Ark", false},  {"Calif", false}, {"Colo", false},
    {"Conn", false}, {"Del", false},  {"Fla", false},  {"Ga", false},    {"Ill", false},
    {"Ind", false},  {"Kan", false},  {"Ky", false},   {"Md", false},    {"Mass", false},
    {"Mich", false}, {"Minn", false}, {"Miss", false}, {"Mo", false},    {"Mont", false},
    {"Neb", false},  {"Nev", false},  {"Okla", false}, {"Ore", false},   {"Pa", false},
    {"Tenn", false}, {"Tex", false},  {"Va", false},   {"Vt", false},    {"Wash", false},
    {"Wis", false},  {"Wyo", false},
};
// clang-format on

const Abbreviation* FindAbbreviation(std::string_view word) {
  for (const Abbreviation& a : kAbbreviations) {
    if (a.text == word) return &a;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------
// ASCII class table.
enum : uint8_t {
  kAlpha = 1 << 0,
  kDigit = 1 << 1,
  kUpper = 1 << 2,
  kSpace = 1 << 3,    // whitespace, and control bytes (ignored like spaces)
  kNewline = 1 << 4,  // \n \r \f (also has kSpace)
  kPunctCh = 1 << 5,  // , ; : ( ) [ ] { } . ! ? -
  kQuoteCh = 1 << 6,  // " '
  kCloser = 1 << 7,   // may follow a closing quote: , . ; : ! ? ) ] }
};

constexpr std::array<uint8_t, 256> MakeClassTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = kSpace;
  t[0x7F] = kSpace;
  t['\n'] = t['\r'] = t['\f'] = kSpace | kNewline;
  t[' '] = kSpace;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlpha;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlpha | kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (char c : std::string_view("([{-")) t[static_cast<uint8_t>(c)] = kPunctCh;
  for (char c : std::string_view(",;:)]}.!?")) t[static_cast<uint8_t>(c)] = kPunctCh | kCloser;
  t['"'] = t['\''] = kQuoteCh;
  return t;  // bytes >= 0x80 stay 0: decode and ask ICU
}
constexpr std::array<uint8_t, 256> kClass = MakeClassTable();

uint8_t ClassOf(char ch) { return kClass[static_cast<uint8_t>(ch)]; }

// ---------------------------------------------------------------------------
// Unicode helpers for non-ASCII code points.
bool IsQuoteCp(UChar32 c) {
  switch (c) {
    case '"':
    case '\'':
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
      return true;
    default:
      return false;
  }
}
bool IsDoubleQuote(UChar32 c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x00AB ||
         c == 0x00BB;
}
bool IsNewlineCp(UChar32 c) { return c == 0x85 || c == 0x2028 || c == 0x2029; }
bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }
bool IsWordCp(UChar32 c) { return u_isalnum(c) || IsMark(c); }
bool IsSpaceCp(UChar32 c) {
  return u_isUWhiteSpace(c) || c == 0x200B || u_charType(c) == U_CONTROL_CHAR;
}

// Decodes the code point at `i`, setting *next past it (c < 0: invalid, and
// *next is past the maximal ill-formed subpart).
UChar32 DecodeAt(std::string_view t, size_t i, size_t* next) {
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, t.size(), c);
  *next = i;
  return c;
}

bool IsWordCharAt(std::string_view t, size_t i) {
  if (i >= t.size()) return false;
  uint8_t cls = ClassOf(t[i]);
  if (static_cast<uint8_t>(t[i]) < 0x80) return (cls & (kAlpha | kDigit)) != 0;
  size_t next;
  UChar32 c = DecodeAt(t, i, &next);
  return c >= 0 && IsWordCp(c);
}
bool IsDigitAt(std::string_view t, size_t i) { return i < t.size() && (ClassOf(t[i]) & kDigit); }

// Length of an apostrophe (' or ’) at i, else 0.
size_t ApostropheAt(std::string_view t, size_t i) {
  if (i < t.size() && t[i] == '\'') return 1;
  if (t.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}
// Length of a hyphen joining word parts (- ‐ ‑) at i, else 0.
size_t HyphenAt(std::string_view t, size_t i) {
  if (i < t.size() && t[i] == '-') return 1;
  std::string_view s = t.substr(i, 3);
  if (s == "\xE2\x80\x90" || s == "\xE2\x80\x91") return 3;
  return 0;
}
// Length of an en dash at i, else 0 (joins number ranges: 1939–1945).
size_t EnDashAt(std::string_view t, size_t i) { return t.substr(i, 3) == "\xE2\x80\x93" ? 3 : 0; }

struct WordStats {
  uint32_t letters = 0;
  uint32_t upper = 0;
  bool first_upper = false;
  bool any_char = false;
  bool only_digits = true;  // no letters or marks: a number if it stays so
  size_t digit_end = 0;     // end of the leading digit run
};

// Stats for one non-ASCII word character.
void CountNonAscii(UChar32 c, WordStats* st) {
  bool first = !st->any_char;
  st->any_char = true;
  if (u_isdigit(c)) return;
  st->only_digits = false;
  if (u_isalpha(c)) {
    ++st->letters;
    bool up = u_isupper(c) || u_istitle(c);
    if (up) ++st->upper;
    if (first) st->first_upper = up;
  }
}

// Consumes word characters from i, returning the end. Soft hyphens and
// zero-width (non-)joiners stay inside a word when a word character follows.
size_t ScanRun(std::string_view t, size_t i, WordStats* st) {
  const size_t n = t.size();
  if (!st->any_char && i < n && static_cast<uint8_t>(t[i]) < 0x80) {
    st->first_upper = (kClass[static_cast<uint8_t>(t[i])] & kUpper) != 0;
  }
  while (i < n) {
    // ASCII inner loop: branch-light counting, the bulk of all text.
    uint32_t letters = 0;
    uint32_t upper = 0;
    size_t j = i;
    // Locals, not st->: stores through st would make the compiler reload.
    const bool only_digits = st->only_digits;
    size_t digit_end = st->digit_end;
    while (j < n) {
      auto b = static_cast<uint8_t>(t[j]);
      uint8_t cls = kClass[b];
      if (!(cls & (kAlpha | kDigit))) break;
      letters += cls & kAlpha;
      upper += (cls & kUpper) >> 2;
      if (only_digits && letters == 0) digit_end = j + 1;
      ++j;
    }
    st->digit_end = digit_end;
    if (j > i) {
      st->any_char = true;
      st->letters += letters;
      st->upper += upper;
      if (letters != 0) st->only_digits = false;
      i = j;
    }
    if (i >= n || static_cast<uint8_t>(t[i]) < 0x80) break;
    size_t next;
    UChar32 c = DecodeAt(t, i, &next);
    if (c < 0) break;
    if (IsWordCp(c)) {
      CountNonAscii(c, st);
      if (st->only_digits) st->digit_end = next;
      i = next;
      continue;
    }
    if ((c == 0x00AD || c == 0x200C || c == 0x200D) && IsWordCharAt(t, next)) {
      i = next;
      continue;
    }
    break;
  }
  return i;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    char c = a[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  return true;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* out) : t_(text), out_(out) {}

  void Run() {
    const size_t n = t_.size();
    size_t i = 0;
    while (i < n) {
      auto b = static_cast<uint8_t>(t_[i]);
      if (b < 0x80) {
        uint8_t cls = kClass[b];
        if (cls & kSpace) {
          Space(cls & kNewline);
          ++i;
        } else if (cls & (kAlpha | kDigit)) {
          i = Word(i);
        } else if (cls & kQuoteCh) {
          i = Quote(i, i + 1, b);
        } else if (b == '.' || b == '-') {
          size_t j = i + 1;
          while (j < n && static_cast<uint8_t>(t_[j]) == b) ++j;
          Emit(i, j, TokenKind::kPunct);
          i = j;
        } else {
          Emit(i, i + 1, (cls & kPunctCh) ? TokenKind::kPunct : TokenKind::kSymbol);
          ++i;
        }
        continue;
      }
      size_t next;
      UChar32 c = DecodeAt(t_, i, &next);
      if (c < 0) {
        Emit(i, next, TokenKind::kSymbol);
      } else if (IsWordCp(c)) {
        next = Word(i);
      } else if (IsQuoteCp(c)) {
        next = Quote(i, next, c);
      } else if (IsSpaceCp(c)) {
        Space(IsNewlineCp(c));
      } else if (u_charType(c) == U_FORMAT_CHAR) {
        // BOM, stray joiners: invisible, not tokens, not spaces.
      } else if (U_GET_GC_MASK(c) & U_GC_P_MASK) {
        Emit(i, next, TokenKind::kPunct);  // dashes, ellipsis, ¿ ¡ ...
      } else {
        next = SymbolEnd(c, next);
        Emit(i, next, TokenKind::kSymbol);
      }
      i = next;
    }
  }

 private:
  void Space(bool newline) {
    pending_ |= kSpaceBefore;
    if (newline) {
      pending_ |= kNewlineBefore;
      double_open_ = single_open_ = false;  // quotations end with the paragraph
    }
  }

  void Emit(size_t start, size_t end, TokenKind kind, uint8_t flags = 0) {
    Token tok;
    tok.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    tok.kind = kind;
    tok.flags = static_cast<uint8_t>(flags | pending_);
    out_->push_back(tok);
    pending_ = 0;
  }

  // A symbol with the marks, variation selectors, skin tones, zero-width
  // joiner sequences and regional-indicator pair that render as one glyph.
  size_t SymbolEnd(UChar32 first, size_t i) {
    bool regional = first >= 0x1F1E6 && first <= 0x1F1FF;
    while (i < t_.size()) {
      size_t next;
      UChar32 c = DecodeAt(t_, i, &next);
      if (c < 0) break;
      if (IsMark(c) || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F)) {
        i = next;
      } else if (c == 0x200D && next < t_.size()) {
        size_t after;
        UChar32 d = DecodeAt(t_, next, &after);
        if (d < 0 || IsSpaceCp(d)) break;
        i = after;
      } else if (regional && c >= 0x1F1E6 && c <= 0x1F1FF) {
        regional = false;
        i = next;
      } else {
        break;
      }
    }
    return i;
  }

  size_t Word(size_t start) {
    WordStats st;
    size_t i = ScanRun(t_, start, &st);
    bool joined = false;
    // Join parts: 1,000 3.5 500-1000 1939–1945 pro-democracy don't.
    while (i < t_.size()) {
      char ch = t_[i];
      // Most words end at a space or plain punctuation: skip the joiner tests.
      if (ch != ',' && ch != '.' && ch != '-' && ch != '\'' && static_cast<uint8_t>(ch) < 0x80) {
        break;
      }
      size_t len = 0;
      if ((ch == ',' || ch == '.') && st.only_digits && IsDigitAt(t_, i + 1)) {
        len = 1;
      } else if ((len = HyphenAt(t_, i)) != 0 && IsWordCharAt(t_, i + len)) {
      } else if (st.only_digits && (len = EnDashAt(t_, i)) != 0 && IsDigitAt(t_, i + len)) {
      } else if ((len = ApostropheAt(t_, i)) != 0 && IsWordCharAt(t_, i + len) &&
                 !IsDigitAt(t_, i + len)) {
        st.only_digits = false;
      } else {
        break;
      }
      joined = true;
      i = ScanRun(t_, i + len, &st);
    }
    size_t end = i;

    // "9pm": the number, then the word.
    if (!joined && st.digit_end > start && st.digit_end + 2 == end &&
        (EqualsIgnoreCase(t_.substr(st.digit_end, 2), "am") ||
         EqualsIgnoreCase(t_.substr(st.digit_end, 2), "pm"))) {
      Emit(start, st.digit_end, TokenKind::kNumber);
      Emit(st.digit_end, end, TokenKind::kWord);
      return end;
    }

    // Possessive: Belarus’ officials' (but ‘Milk Wars’ closes a quotation).
    if (end > start && (t_[end - 1] == 's' || t_[end - 1] == 'S') && !single_open_) {
      size_t len = ApostropheAt(t_, end);
      if (len != 0 && !IsWordCharAt(t_, end + len)) end += len;
    }

    TokenKind kind = st.only_digits ? TokenKind::kNumber : TokenKind::kWord;
    if (end == i && i < t_.size() && t_[i] == '.' && !joined) {
      size_t abbr_end = AbbreviationEnd(start, i, &st);
      if (abbr_end != 0) {
        end = abbr_end;
        kind = TokenKind::kAbbreviation;
      }
    }

    uint8_t flags = 0;
    if (st.first_upper) flags |= kCapitalized;
    if (st.letters >= 2 && st.upper == st.letters) flags |= kAllCaps;
    Emit(start, end, kind, flags);
    return end;
  }

  // For a word [start, dot) followed by '.', the end of the abbreviation it
  // starts, or 0 if it is not one. Counts the letters of dotted chains.
  size_t AbbreviationEnd(size_t start, size_t dot, WordStats* st) {
    std::string_view word = t_.substr(start, dot - start);
    const size_t n = t_.size();
    if (word.size() == 1 && (ClassOf(word[0]) & kAlpha)) {
      // Dotted chain: U.S.  e.g.  a.m.  U.S.A.
      size_t j = dot + 1;
      bool chain = false;
      while (j + 1 < n && (ClassOf(t_[j]) & kAlpha) && t_[j + 1] == '.') {
        chain = true;
        ++st->letters;
        if (ClassOf(t_[j]) & kUpper) ++st->upper;
        j += 2;
      }
      if (chain) return j;
    }
    if (FindAbbreviation(word) != nullptr) {
      if (word == "No" || word == "Nos") {  // "No. 5", not "said No."
        size_t j = dot + 1;
        while (j < n && t_[j] == ' ') ++j;
        if (!IsDigitAt(t_, j)) return 0;
      }
      return dot + 1;
    }
    // A single capital initial: George W. Bush, J. Smith.
    if (st->letters == 1 && st->upper == 1 && !st->only_digits) {
      size_t next;
      UChar32 c = DecodeAt(t_, start, &next);
      if (c >= 0 && next == dot) return dot + 1;
    }
    return 0;
  }

  // Is the text before a quote "open" (start, space, opening bracket, dash,
  // another opening quote) and after it "closed" (end, space, punctuation,
  // another quote)?
  bool LeftOpen(size_t i) const {
    if (out_->empty() || (pending_ & kSpaceBefore)) return true;
    const Token& prev = out_->back();
    if (prev.span.end != i) return true;  // only skipped format characters between
    if (prev.kind == TokenKind::kQuote) return prev.has(kOpenQuote);
    if (prev.kind != TokenKind::kPunct) return false;
    auto p = static_cast<uint8_t>(t_[prev.span.start]);
    if (p == '(' || p == '[' || p == '{' || p == '-') return true;
    // U+2010..U+2015: hyphens and dashes (– —).
    return prev.span.size() == 3 && t_.substr(prev.span.start, 2) == "\xE2\x80" &&
           static_cast<uint8_t>(t_[prev.span.start + 2]) >= 0x90 &&
           static_cast<uint8_t>(t_[prev.span.start + 2]) <= 0x95;
  }
  bool RightClosed(size_t i) const {
    if (i >= t_.size()) return true;
    auto b = static_cast<uint8_t>(t_[i]);
    if (b < 0x80) return (kClass[b] & (kSpace | kCloser | kQuoteCh)) != 0;
    size_t next;
    UChar32 c = DecodeAt(t_, i, &next);
    if (c < 0) return true;
    if (IsSpaceCp(c) || IsQuoteCp(c)) return true;
    int8_t type = u_charType(c);
    return type == U_DASH_PUNCTUATION || type == U_END_PUNCTUATION || type == U_OTHER_PUNCTUATION ||
           type == U_FINAL_PUNCTUATION;
  }

  size_t Quote(size_t i, size_t next, UChar32 c) {
    bool left_open = LeftOpen(i);
    bool right_closed = RightClosed(next);
    bool dbl = IsDoubleQuote(c);
    bool& open_state = dbl ? double_open_ : single_open_;
    bool opens;
    if (left_open && !right_closed) {
      opens = true;
    } else if (!left_open && right_closed) {
      opens = false;
    } else {
      switch (c) {  // context is ambiguous: the glyph decides, else the state
        case 0x201C:
        case 0x201E:
        case 0x201F:
        case 0x00AB:
        case 0x2018:
        case 0x201A:
        case 0x201B:
        case 0x2039:
          opens = true;
          break;
        case 0x201D:
        case 0x00BB:
        case 0x203A:
          opens = false;
          break;
        default:  // " ' ’
          opens = !open_state;
      }
    }
    open_state = opens;
    Emit(i, next, TokenKind::kQuote, opens ? kOpenQuote : kCloseQuote);
    return next;
  }

  std::string_view t_;
  std::vector<Token>* out_;
  uint8_t pending_ = 0;
  bool double_open_ = false;
  bool single_open_ = false;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  constexpr size_t kMax = std::numeric_limits<uint32_t>::max();
  if (text.size() > kMax) text = text.substr(0, kMax);
  out->reserve(text.size() / 5 + 16);  // ~5 bytes per token in English prose
  Tokenizer(text, out).Run();
}

bool AbbreviationMayEndSentence(std::string_view abbreviation) {
  if (!abbreviation.empty() && abbreviation.back() == '.') abbreviation.remove_suffix(1);
  const Abbreviation* a = FindAbbreviation(abbreviation);
  return a == nullptr || !a->title;
}

}  // namespace sitrep
