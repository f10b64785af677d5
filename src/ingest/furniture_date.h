// Reads a publication date from a short visible date line of a scraped page
// ("Section 5/15/22", "May 15, 2022", "Updated 15 May 2022 10:32", "2022-05-15").
// The calendar itself (names, validity, digit forms) is text/calendar.h.
#ifndef SITREP_INGEST_FURNITURE_DATE_H_
#define SITREP_INGEST_FURNITURE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace sitrep::furniture {

// Returns YYYY-MM-DD when `line` is a date line: it contains one date (forms
// M/D/YY, M/D/YYYY, D/M/YYYY when the first number exceeds 12, YYYY-MM-DD,
// "Month D, YYYY", "Mon. D YYYY", "D Month YYYY") and at most
// `max_other_words` other words. Two-digit years are 20YY. Invalid dates
// (month 13, day 32) are rejected, never guessed.
std::optional<std::string> ParseDateLine(std::string_view line, int max_other_words = 5);

}  // namespace sitrep::furniture

#endif  // SITREP_INGEST_FURNITURE_DATE_H_
