// Line-level recognisers used by StripFurniture (furniture.h). Each function
// looks at one trimmed line and answers "is this line of kind K?"; position
// rules (top zone, bottom zone, what follows what) live in furniture.cc.
//
// All recognisers are hand-rolled prefix/suffix/word checks rather than regular
// expressions: they run only on short lines, reject on the first byte or word
// in the common case, and keep the cleaner well above 100 MB/s. Every
// recogniser is deliberately narrow: a false "yes" deletes article text.
#ifndef SITREP_INGEST_FURNITURE_LINES_H_
#define SITREP_INGEST_FURNITURE_LINES_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace sitrep::furniture {

// Word counts saturate: no rule looks at lines longer than this.
inline constexpr uint32_t kMaxCountedWords = 100;

// The shape of one line, computed once per line.
struct LineShape {
  std::string_view text;  // trimmed; a leading bullet glyph removed
  uint32_t words = 0;     // whitespace-separated words, at most kMaxCountedWords + 1
  // Final punctuation after stripping closing quotes and brackets: one of
  // . ? ! : ; , (an ellipsis counts as '.'), or 0 when the line ends in a
  // letter, digit or anything else.
  char terminal = 0;
  bool bullet = false;  // the raw line started with a bullet (•, ◦, ▪, ·, *)

  bool blank() const { return text.empty(); }
  bool EndsSentence() const { return terminal == '.' || terminal == '?' || terminal == '!'; }
  // Short, and not ending like a declarative sentence: headlines may end in
  // ? or ! but not in a period.
  bool HeadlineShaped(uint32_t max_words) const {
    return words >= 1 && words <= max_words &&
           (terminal == 0 || terminal == '?' || terminal == '!');
  }
};

LineShape ShapeLine(std::string_view raw);

// Phrase lexicon (furniture_lexicon.cc).
enum class PhraseKind : uint8_t {
  kNone,
  kNavigation,   // "Skip to content", "Advertisement"
  kError,        // "Oops!", "Something went wrong." (furniture only as a banner)
  kErrorAlone,   // "Please refresh the page": an error message on its own
  kFooter,       // "Published by", "Create a website or blog at" (bottom zone)
  kTagLine,      // "Tags: a, b", "Filed under ..." (bottom zone, navigation)
  kBoilerplate,  // "Share this article": a share-button row
  kLinkCue,      // "You may also like": a list of headlines follows
  kInlineCue,    // "Read also: <headline>" on one line
};
PhraseKind MatchPhrase(const LineShape& line);

// Photo credits and captions.
enum class CreditKind : uint8_t {
  kNone,
  kCredit,   // the line is only a credit: "Image: Agency." "Photo by Name"
  kCaption,  // a description ending in a credit: "... (Image via Name)"
};
CreditKind MatchCredit(const LineShape& line);

// "By Jane Doe" / "By Jane Doe and John Roe, Outlet": returns the name(s).
std::optional<std::string_view> MatchByline(const LineShape& line);

// "Jane Doe is a senior reporter for The Outlet." Returns the name and, for
// journalistic roles written as "for <Outlet>", the outlet (else empty).
struct BioMatch {
  std::string_view name;
  std::string_view outlet;
};
std::optional<BioMatch> MatchBio(const LineShape& line);

// "About Jane Doe 12 Articles": returns the name.
std::optional<std::string_view> MatchAboutAuthor(const LineShape& line);

// "This story was first published by X. Y republishes with permission."
// origin = X, outlet = Y; either may be empty when the notice omits it.
struct RepublicationMatch {
  std::string_view origin;
  std::string_view outlet;
};
std::optional<RepublicationMatch> MatchRepublication(const LineShape& line);

// A site disclaimer: mentions the site and what it does not vouch for.
bool IsDisclaimer(const LineShape& line);

// A site promotion inside or around the article: "Sign up for our
// newsletter ...", "Get our briefing in your inbox ... Subscribe now".
bool IsPromo(const LineShape& line);

// A cookie-consent banner: "We use cookies ... Accept | Manage settings".
bool IsConsentBanner(const LineShape& line);

// Every word of two letters or more starts with a capital: "Top Headlines
// This Hour". Short function words ("of", "the", "and") are allowed.
bool IsTitleCase(const LineShape& line);

// Section/breadcrumb labels: "World | Europe", "| Local News", "Home > News".
bool IsSectionLabel(const LineShape& line);

// True when the line starts with the name's first or last word ("Doe has
// written ..." after "About Jane Doe 12 Articles").
bool StartsWithNameOf(const LineShape& line, std::string_view name);

// ASCII case-insensitive helpers (the lexicon is ASCII).
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
bool EqualsNoCase(std::string_view a, std::string_view b);
// needle must be lowercase ASCII.
bool ContainsNoCase(std::string_view s, std::string_view needle);

}  // namespace sitrep::furniture

#endif  // SITREP_INGEST_FURNITURE_LINES_H_
