// Main-text extraction from an HTML page: a Readability-style content scorer
// over a gumbo parse, plus page metadata.
//
// How the body is found: page furniture is dropped (script/style/nav/aside/
// footer/forms/iframes/svg, hidden elements, and elements whose class/id say
// comment/share/related/sidebar/cookie/... unless they hold the article);
// paragraphs then vote for their parent (full score) and grandparent (half)
// by length and comma count; each candidate's score is scaled by 1 - link
// density; the best one, and those of its siblings that score close to it or
// read like prose, form the article. The chosen content is cleaned once more
// (link-heavy lists, image galleries, short link blocks). When that yields
// under 500 characters the pass is repeated with the class-name rules relaxed.
//
// Output text: one block per line (p, h1-h6, li, blockquote, pre lines, td,
// br), whitespace collapsed, entities decoded, no trailing newline. Any input
// (empty, not HTML, invalid markup) yields a result; text may be empty. Cost
// is linear in the input size.
#ifndef SITREP_INGEST_HTML_EXTRACT_H_
#define SITREP_INGEST_HTML_EXTRACT_H_

#include <string>
#include <string_view>

namespace sitrep {

struct Extracted {
  std::string title;
  std::string author;
  std::string published;  // YYYY-MM-DD, or empty
  std::string outlet;
  std::string language;  // primary language subtag ("en"), or empty
  std::string url;
  std::string text;
};

// html_utf8 must be UTF-8 (convert other charsets first). url_hint, when
// given, is reported as the url and used for a date in the path.
Extracted ExtractArticle(std::string_view html_utf8, std::string_view url_hint = {});

}  // namespace sitrep

#endif  // SITREP_INGEST_HTML_EXTRACT_H_
