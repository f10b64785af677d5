// Article metadata from an HTML page: title, author, publication date, outlet,
// language and URL, from (in order of trust) JSON-LD, <meta> tags, the <title>
// element, in-page bylines and <time> elements, and finally the URL.
#ifndef SITREP_INGEST_HTML_METADATA_H_
#define SITREP_INGEST_HTML_METADATA_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/html_dom.h"

namespace sitrep {

struct HtmlMetadata {
  std::string title;
  std::string author;     // leading "By " removed
  std::string published;  // YYYY-MM-DD, or empty
  std::string outlet;
  std::string language;  // primary subtag of <html lang>, lower case ("en")
  std::string url;       // url_hint, else <link rel=canonical>, else og:url
  // The in-page byline element the author came from (kNoParent if none);
  // the content extractor drops it so the body does not start with "By X".
  uint32_t byline_node = HtmlDom::kNoParent;
};

HtmlMetadata ExtractMetadata(const HtmlDom& dom, std::string_view url_hint = {});

// The page title from <title> alone, with a site-name part (" | Site",
// "Site - ") removed when what remains still looks like a title. Exposed for
// tests.
std::string TitleFromTitleElement(const HtmlDom& dom);

// "2022-05-15T10:00:00Z" -> "2022-05-15"; also "2022/05/15", "20220515",
// "May 15, 2022", "15 May 2022". Returns "" when no full date is found.
std::string NormalizeDate(std::string_view s);

// Share of b's text (by characters of lower-cased words) made of words that
// also occur in a: 1 when b adds nothing new to a, 0 when it shares nothing.
double TextSimilarity(std::string_view a, std::string_view b);

// "By Jane Roe" -> "Jane Roe"; trims and collapses whitespace.
std::string CleanAuthor(std::string_view s);

}  // namespace sitrep

#endif  // SITREP_INGEST_HTML_METADATA_H_
