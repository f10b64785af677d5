// Document: the one owner of an article's text. Everything else (tokens,
// sentences, paragraphs, mentions, statements, events) is a byte-offset span
// into Document::text, never a copy; this is spaCy's Doc/Token/Span model.
//
// Invariants, established by the pipeline and relied on by every later stage:
//   - input holds the bytes as read, after UTF-8 repair (valid UTF-8).
//   - text is input minus the removed ranges, bytes otherwise unchanged.
//   - segments map text back to input: text[seg.text_start, +seg.length) ==
//     input[seg.input_start, +seg.length); segments are sorted and cover text.
//   - every Span satisfies start <= end <= text.size(), and starts and ends on
//     a UTF-8 character boundary.
//   - tokens are sorted, non-overlapping; each sentence and paragraph covers a
//     contiguous run of tokens [first_token, last_token).
#ifndef SITREP_TEXT_DOCUMENT_H_
#define SITREP_TEXT_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// A half-open byte range [start, end) into Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return start == end; }
  bool operator==(const Span&) const = default;
};

enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with inner apostrophes or hyphens
  kNumber,       // 1,000  3.5  2020  9  (a following "pm" is its own word)
  kAbbreviation, // U.S.  Jan.  Mr.  (the period belongs to the token)
  kPunct,        // , ; : ( ) . ! ? and dashes
  kQuote,        // " ' “ ” ‘ ’ « » when used as quotation marks
  kSymbol,       // anything else: % $ & @ emoji ...
};

// Token flags, bit-or'ed.
enum TokenFlag : uint8_t {
  kSpaceBefore = 1 << 0,     // whitespace precedes the token
  kNewlineBefore = 1 << 1,   // a line break precedes the token
  kCapitalized = 1 << 2,     // first character is an uppercase letter
  kAllCaps = 1 << 3,         // two or more letters, all uppercase
  kOpenQuote = 1 << 4,       // kQuote that opens a quotation
  kCloseQuote = 1 << 5,      // kQuote that closes a quotation
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, last_token) into Document::tokens
  uint32_t last_token = 0;
  uint32_t paragraph = 0;    // index into Document::paragraphs
};

struct Paragraph {
  Span span;
  uint32_t first_sentence = 0;  // [first_sentence, last_sentence)
  uint32_t last_sentence = 0;
};

// A range of the *input* that the cleaner dropped, and why ("navigation",
// "link_list", "caption", "author_bio", "republication", "title", ...).
struct Removed {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string reason;
};

// Index meaning "none" for actor references.
inline constexpr uint32_t kNoActor = UINT32_MAX;

// How a mention refers to its actor.
enum class MentionKind : uint8_t {
  kName,         // full name or alias from the lexicon, or a discovered name
  kSurname,      // surname alone after a full mention
  kTitle,        // "President Putin" (the title part is in the span)
  kDescription,  // "the Belarusian leader"
  kPronoun,      // he, she, his, her, they
  kAdjective,    // "Belarusian" (country adjective standing for an actor)
  kMetonym,      // "Minsk", "the Kremlin" standing for a government
  kAgent,        // generic agent composed with a country: "Belarusian troops"
};

struct Mention {
  Span span;
  uint32_t actor = kNoActor;  // index into Document::actors
  MentionKind kind = MentionKind::kName;
};

// One actor identity in the document, known from the lexicon or discovered.
struct DocActor {
  std::string id;       // lexicon id, or "x." + folded name for discovered actors
  std::string name;     // display name
  std::string kind;     // person | organization | country | group
  std::string code;     // CAMEO actor code, e.g. BLRGOV; empty when unknown
  std::string country;  // ISO 3166-1 alpha-3, empty when unknown
  bool known = false;   // from the lexicon
  std::vector<uint32_t> mentions;  // indexes into Document::mentions, sorted
};

// Who said what (attribution): a statement and its parts as spans.
struct Statement {
  uint32_t speaker = kNoActor;   // index into Document::actors
  std::optional<Span> source;    // the words naming the speaker
  std::optional<Span> cue;       // said, told, according to, ...
  Span content;                  // what was said (for quotes, inside the marks)
  bool direct = false;           // a quotation
  std::string kind;              // claim, denial, accusation, appeal, ...
  std::string cameo;             // CAMEO code where one fits ("112"), else empty
  std::string channel;           // "The Associated Press", "televised news conference"
  std::string evidence;          // none_cited | unverified | disputed | corroborated | ""
  float certainty = 1.0f;        // lowered by hedges (allegedly, reportedly)
  std::string date;              // YYYY-MM-DD, --MM-DD, or empty
  std::vector<uint32_t> about;   // indexes into Document::actors
};

// A coded event: who did what to whom (CAMEO/PLOVER), with its trigger words,
// negation, modality, time and place. Code facts (root, quad, goldstein,
// plover) come from data/events/codes.txt.
struct EventPlace {
  std::string name;     // as written ("Blagoveshchensk")
  std::string country;  // ISO 3166-1 alpha-3, empty when unknown
};

struct Event {
  std::string code;     // CAMEO event code, "040"
  std::string root;     // its first two digits, "04"
  std::string plover;   // PLOVER type ("CONSULT"), empty for root 01
  uint8_t quad = 0;     // GDELT QuadClass 1..4
  float goldstein = 0;  // -10..10
  uint32_t source = kNoActor;  // index into Document::actors
  uint32_t target = kNoActor;
  std::string source_code;  // CAMEO actor code; may be set without an actor
  std::string target_code;
  // A second source acting together with the first: "X and Y signed", "French
  // and Egyptian warships". PLOVER codes both as sources, and a joint act
  // between them has no target.
  uint32_t source2 = kNoActor;
  std::string source2_code;
  Span trigger;             // the words that matched the pattern
  bool negated = false;     // not, never, refrained from, have yet to ...
  // asserted | reported | planned | threatened | hypothetical
  std::string modality = "asserted";
  std::string date;         // YYYY-MM-DD, YYYY-MM, --MM-DD, or empty
  std::optional<EventPlace> location;
  int32_t statement = -1;   // index into Document::statements, or -1
  // Happened as told: asserted or reported, and not negated.
  bool factual() const {
    return !negated && (modality == "asserted" || modality == "reported");
  }
};

// Maps a run of text back to the input.
struct Segment {
  uint32_t text_start = 0;
  uint32_t input_start = 0;
  uint32_t length = 0;
};

class Document {
 public:
  // Metadata. Empty string means unknown (written as null).
  std::string id;         // hex digest of the raw input bytes
  std::string path;       // where it was read from; "-" for stdin
  std::string title;
  std::string author;
  std::string outlet;
  std::string published;  // YYYY-MM-DD
  std::string origin;     // outlet that first published it (republications)
  std::string language;   // ISO 639-1, "en" by default for plain text
  std::string url;
  std::string duplicate_of;  // id of the first copy of this article in the run
  std::string format;        // "text" or "html": what the record held

  std::string input;      // repaired input bytes
  uint32_t invalid_utf8 = 0;  // bytes replaced during UTF-8 repair

  std::string text;       // the article body
  std::vector<Segment> segments;
  std::vector<Removed> removed;

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;

  std::vector<Mention> mentions;  // sorted by span.start
  std::vector<DocActor> actors;
  std::vector<Statement> statements;
  std::vector<Event> events;      // sorted by trigger start

  std::string_view view(Span s) const {
    return std::string_view(text).substr(s.start, s.end - s.start);
  }
  // The input offset of a text offset (for a position at a segment's end,
  // the offset just past that segment's last byte).
  uint32_t ToInputOffset(uint32_t text_offset) const;
};

}  // namespace sitrep

#endif  // SITREP_TEXT_DOCUMENT_H_
