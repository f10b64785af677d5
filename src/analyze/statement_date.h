// The date of a statement or event, from its own sentence. The first date
// expression in the sentence wins:
//   - "March 7, 2021", "7 March 2021": that day;
//   - "on May 5", "March 7th", "Jan. 28", "7 March": resolved against
//     doc.published (YYYY-MM-DD): a day later than publication is taken from
//     the year before; without a publication date, the partial "--05-05";
//   - "August 2020", "in August of 2020": "2020-08";
//   - relative to publication only (nothing without it): "in August" (the
//     latest August up to publication, "YYYY-MM"), "on Tuesday" (the latest
//     Tuesday on or before publication), "yesterday", "today", "tomorrow",
//     "over the weekend" (its Saturday; "next weekend" the coming one),
//     "last month"/"this month" ("YYYY-MM"), "last year"/"this year"
//     ("YYYY").
// Empty when no date is found. Month names, weekdays and validity come from
// text/calendar.h.
#ifndef SITREP_ANALYZE_STATEMENT_DATE_H_
#define SITREP_ANALYZE_STATEMENT_DATE_H_

#include <string>
#include <string_view>

#include "text/document.h"

namespace sitrep {

std::string FindStatementDate(const Document& doc, const Statement& st);

// Sets the date of every statement in doc. Equal to FindStatementDate per
// statement, but each sentence is read once however many statements it holds.
void AssignStatementDates(Document* doc);

// The date in tokens [first, last) of doc, resolved against `published`
// (empty or YYYY-MM-DD). Exposed for tests.
std::string FindDateIn(const Document& doc, uint32_t first, uint32_t last,
                       std::string_view published);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_STATEMENT_DATE_H_
