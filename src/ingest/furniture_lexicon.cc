// The furniture phrase table. Kept small on purpose: these are the stock
// phrases that site templates (WordPress, news CMSs, embedded players) put
// around an article, written the same way on thousands of sites. Anything
// site-specific is recognised by shape in furniture.cc, not listed here.
//
// Matching is ASCII case-insensitive on the trimmed line (bullet removed):
//   kWhole    the whole line, ignoring trailing . ! : and an ellipsis
//   kPrefix   the line starts with the phrase at a word boundary
//   kCue      the phrase, then ':' or '|' or a dash, then some text
//   kContains the phrase occurs anywhere
// and only when the line has at most max_words words, so that a body sentence
// that happens to begin with "Published by" or "Related" is never matched.
#include <array>

#include "ingest/furniture_lines.h"

namespace sitrep::furniture {
namespace {

enum class Mode : uint8_t { kWhole, kPrefix, kCue, kContains };

struct Phrase {
  std::string_view text;  // lowercase ASCII
  Mode mode;
  PhraseKind kind;
  uint8_t max_words;
};

using K = PhraseKind;
using M = Mode;

// Order matters only where one phrase could match as two kinds: the inline
// cue "Read more: <headline>" is listed before the bare cue "Read more".
constexpr Phrase kPhrases[] = {
    // Site navigation and ad slots.
    {"skip to content", M::kWhole, K::kNavigation, 4},
    {"skip to main content", M::kWhole, K::kNavigation, 5},
    {"skip to navigation", M::kWhole, K::kNavigation, 4},
    {"toggle navigation", M::kWhole, K::kNavigation, 3},
    {"main menu", M::kWhole, K::kNavigation, 2},
    {"menu", M::kWhole, K::kNavigation, 1},
    {"search", M::kWhole, K::kNavigation, 1},
    {"home", M::kWhole, K::kNavigation, 1},
    {"sign in", M::kWhole, K::kNavigation, 2},
    {"log in", M::kWhole, K::kNavigation, 2},
    {"advertisement", M::kWhole, K::kNavigation, 1},
    {"sponsored content", M::kWhole, K::kNavigation, 2},
    {"listen to this article", M::kPrefix, K::kNavigation, 8},
    {"continue reading", M::kWhole, K::kNavigation, 2},
    // Share-button rows: site boilerplate, not navigation (they lead off-site).
    {"share this article", M::kWhole, K::kBoilerplate, 3},
    {"share on facebook", M::kWhole, K::kBoilerplate, 3},
    {"share on twitter", M::kWhole, K::kBoilerplate, 3},
    // Error banners of embedded players and widgets. Removed only when
    // bulleted or next to another error line (furniture.cc).
    {"oops", M::kWhole, K::kError, 1},
    {"something went wrong", M::kWhole, K::kError, 3},
    {"please try again later", M::kWhole, K::kError, 4},
    {"please try again", M::kWhole, K::kError, 3},
    {"try again later", M::kWhole, K::kError, 3},
    {"an error occurred", M::kWhole, K::kError, 3},
    {"an error has occurred", M::kWhole, K::kError, 4},
    {"there was an error", M::kWhole, K::kError, 4},
    {"this video is unavailable", M::kWhole, K::kError, 4},
    {"your browser does not support", M::kPrefix, K::kErrorAlone, 12},
    {"please enable javascript", M::kPrefix, K::kErrorAlone, 12},
    {"refresh the page", M::kContains, K::kErrorAlone, 15},
    {"reload the page", M::kContains, K::kErrorAlone, 15},
    // Blog and site footers (furniture.cc applies these in the bottom zone).
    {"published by", M::kPrefix, K::kFooter, 5},
    {"posted by", M::kPrefix, K::kFooter, 5},
    {"create a website or blog at", M::kPrefix, K::kFooter, 8},
    {"create a free website", M::kPrefix, K::kFooter, 8},
    {"powered by", M::kPrefix, K::kFooter, 8},
    {"proudly powered by", M::kPrefix, K::kFooter, 8},
    {"bloggers like this", M::kContains, K::kFooter, 5},
    {"like this", M::kWhole, K::kFooter, 2},
    {"like loading", M::kWhole, K::kFooter, 2},
    {"share this", M::kWhole, K::kFooter, 2},
    {"loading", M::kWhole, K::kFooter, 1},
    {"leave a comment", M::kPrefix, K::kFooter, 6},
    {"leave a reply", M::kPrefix, K::kFooter, 6},
    {"copyright", M::kPrefix, K::kFooter, 14},
    {"all rights reserved", M::kContains, K::kFooter, 14},
    {"privacy policy", M::kPrefix, K::kFooter, 10},
    {"terms of use", M::kPrefix, K::kFooter, 10},
    {"terms of service", M::kPrefix, K::kFooter, 10},
    // Tag and category lines link to the site's own pages: navigation, but
    // only in the bottom zone, where they cannot be a body sentence.
    {"filed under", M::kPrefix, K::kTagLine, 12},
    {"posted in", M::kPrefix, K::kTagLine, 12},
    {"tags", M::kCue, K::kTagLine, 20},
    {"categories", M::kCue, K::kTagLine, 20},
    {"follow us", M::kPrefix, K::kFooter, 6},
    {"sign up for", M::kPrefix, K::kFooter, 12},
    {"subscribe to", M::kPrefix, K::kFooter, 10},
    {"subscribe", M::kWhole, K::kFooter, 1},
    // One-line links to another story.
    {"read also", M::kCue, K::kInlineCue, 30},
    {"also read", M::kCue, K::kInlineCue, 30},
    {"read more", M::kCue, K::kInlineCue, 30},
    {"read next", M::kCue, K::kInlineCue, 30},
    {"see also", M::kCue, K::kInlineCue, 30},
    {"related", M::kCue, K::kInlineCue, 30},
    {"recommended", M::kCue, K::kInlineCue, 30},
    {"watch", M::kCue, K::kInlineCue, 20},
    {"more", M::kCue, K::kInlineCue, 20},
    // Cues that introduce a list of headlines (or stand alone as a widget
    // title); a short line starting with one of these.
    {"you may also like", M::kPrefix, K::kLinkCue, 6},
    {"you might also like", M::kPrefix, K::kLinkCue, 6},
    {"related", M::kPrefix, K::kLinkCue, 3},
    {"more from", M::kPrefix, K::kLinkCue, 6},
    {"more stories", M::kPrefix, K::kLinkCue, 5},
    {"more on this", M::kPrefix, K::kLinkCue, 5},
    {"read more", M::kPrefix, K::kLinkCue, 4},
    {"read next", M::kPrefix, K::kLinkCue, 3},
    {"most popular", M::kPrefix, K::kLinkCue, 4},
    {"most read", M::kPrefix, K::kLinkCue, 4},
    {"top stories", M::kPrefix, K::kLinkCue, 5},
    {"top headlines", M::kPrefix, K::kLinkCue, 5},
    {"headlines", M::kWhole, K::kLinkCue, 1},
    {"trending", M::kPrefix, K::kLinkCue, 3},
    {"recommended", M::kPrefix, K::kLinkCue, 3},
    {"see also", M::kPrefix, K::kLinkCue, 2},
    {"recent posts", M::kPrefix, K::kLinkCue, 3},
    {"popular posts", M::kPrefix, K::kLinkCue, 3},
    {"latest news", M::kPrefix, K::kLinkCue, 3},
    {"what to read next", M::kPrefix, K::kLinkCue, 5},
};

bool IsWordBoundary(std::string_view s, size_t pos) {
  if (pos >= s.size()) return true;
  unsigned char c = static_cast<unsigned char>(s[pos]);
  return !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c < 0x80;
}

// Drops trailing . ! : and a UTF-8 ellipsis, for kWhole comparison.
std::string_view StripTrailingMarks(std::string_view s) {
  while (!s.empty()) {
    char c = s.back();
    if (c == '.' || c == '!' || c == ':' || c == ' ') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6") {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

bool Matches(const Phrase& p, std::string_view line) {
  switch (p.mode) {
    case Mode::kWhole:
      return EqualsNoCase(StripTrailingMarks(line), p.text);
    case Mode::kPrefix:
      return StartsWithNoCase(line, p.text) && IsWordBoundary(line, p.text.size());
    case Mode::kContains:
      return ContainsNoCase(line, p.text);
    case Mode::kCue: {
      if (!StartsWithNoCase(line, p.text)) return false;
      std::string_view rest = line.substr(p.text.size());
      size_t i = 0;
      while (i < rest.size() && rest[i] == ' ') ++i;
      if (i >= rest.size()) return false;
      size_t sep = 0;
      if (rest[i] == ':' || rest[i] == '|') {
        sep = 1;
      } else if (rest.substr(i, 3) == "\xE2\x80\x94" || rest.substr(i, 3) == "\xE2\x80\x93") {
        sep = 3;  // em or en dash
      } else {
        return false;
      }
      rest.remove_prefix(i + sep);
      return rest.find_first_not_of(' ') != std::string_view::npos;
    }
  }
  return false;
}

}  // namespace

PhraseKind MatchPhrase(const LineShape& line) {
  if (line.blank() || line.words > 30) return PhraseKind::kNone;
  for (const Phrase& p : kPhrases) {
    if (line.words <= p.max_words && Matches(p, line.text)) return p.kind;
  }
  return PhraseKind::kNone;
}

}  // namespace sitrep::furniture
