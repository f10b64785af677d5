// StripFurniture: removes page furniture (titles, bylines, navigation, photo
// captions and credits, link lists, author bios, blog footers, error banners,
// republication notices, site disclaimers) from one scraped plain-text article.
//
// Contract:
//   - Reads doc->input (valid UTF-8, one article). Rewrites doc->text,
//     doc->segments and doc->removed from scratch, so that the Document
//     invariants hold: text is input minus the removed ranges, bytes otherwise
//     unchanged; segments map text back to input.
//   - Works on whole lines. A removed range is one furniture line plus its line
//     break and the blank lines after it, so body paragraphs keep their "\n\n"
//     separators. Removed::reason is one of "title", "byline", "author_bio",
//     "caption", "credit", "navigation", "link_list", "related_headline",
//     "footer", "error_banner", "republication", "boilerplate".
//   - Conservative: a line is removed only when a rule positively recognises
//     it; every other line is body. A body line that merely mentions an image,
//     a credit or a site is kept.
//   - A standfirst (the summary line under the headline) is a sentence of the
//     article and is kept in text; only the headline itself is "title".
//   - Fills metadata it finds, but only fields that are still empty (an HTML
//     extractor may have set better values): title, author, published
//     (YYYY-MM-DD from a visible date line), origin and outlet (from a
//     republication notice, or outlet from a reporter's bio "... for <Outlet>.").
//   - Linear in the input size; no regular expressions.
#ifndef SITREP_INGEST_FURNITURE_H_
#define SITREP_INGEST_FURNITURE_H_

#include "text/document.h"

namespace sitrep {

void StripFurniture(Document* doc);

}  // namespace sitrep

#endif  // SITREP_INGEST_FURNITURE_H_
