// The date of a statement, from its own sentence: "on May 5", "March 7th",
// "Jan. 28", "on Tuesday", "yesterday", "last month".
//
// Resolved against doc.published (YYYY-MM-DD) when it is set: a month-day
// later than the publication date is taken from the year before; a weekday
// is the latest such day on or before publication. Without a publication
// date a month-day gives the partial form "--MM-DD" and relative forms give
// nothing. "last month" gives "YYYY-MM". Empty when no date is found.
#ifndef SITREP_ANALYZE_STATEMENT_DATE_H_
#define SITREP_ANALYZE_STATEMENT_DATE_H_

#include <string>
#include <string_view>

#include "text/document.h"

namespace sitrep {

std::string FindStatementDate(const Document& doc, const Statement& st);

// The date in tokens [first, last) of doc, resolved against `published`
// (empty or YYYY-MM-DD). Exposed for tests.
std::string FindDateIn(const Document& doc, uint32_t first, uint32_t last,
                       std::string_view published);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_STATEMENT_DATE_H_
