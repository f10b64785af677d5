// Calendar facts shared by every date reader in sitrep: the visible date line
// of a scraped page (ingest/furniture_date.h), HTML metadata
// (ingest/html_metadata.h) and dates inside sentences
// (analyze/statement_date.h). Each reader decides *where* to look; this file
// decides what a month name, a weekday and a valid date are, so the readers
// cannot disagree.
//
// Contract:
//   - Dates are proleptic Gregorian, years 1900..2100 (news, not history:
//     a wider range mostly admits phone numbers and prices).
//   - Names are English and case-insensitive; a trailing '.' is allowed.
//   - Nothing here allocates except FormatIsoDate.
#ifndef SITREP_TEXT_CALENDAR_H_
#define SITREP_TEXT_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// True for a real calendar day (no February 30; February 29 only in leap
// years) with year in 1900..2100.
bool IsValidDate(int year, int month, int day);
inline bool IsValidDate(const CivilDate& d) { return IsValidDate(d.year, d.month, d.day); }

// "YYYY-MM-DD". Precondition: IsValidDate(d).
std::string FormatIsoDate(const CivilDate& d);

// Exactly "YYYY-MM-DD" and valid.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

// 1..12 for "January", "jan", "Jan.", "Sept", "sept."; else 0. Only full
// names, three-letter abbreviations and "Sept" count, so "Mayor" and
// "Marsh" are no months.
int MonthFromName(std::string_view word);

// 0 (Sunday)..6 (Saturday) for a full weekday name; else -1.
int WeekdayFromName(std::string_view word);

// A date written in digits, at the start of `s`:
//   year first:  2022-05-15, 2022/05/15, 2022.05.15, optionally followed by
//                'T', ' ', ',' or the end ("2022-05-15T10:00:00Z");
//   compact:     20220515 (not followed by another digit);
//   year last:   5/15/22, 5/15/2022 (US order), or day first when the first
//                number exceeds 12 (15/5/2022); a two-digit year is 20YY;
//                trailing ',' or '.' allowed.
// Invalid dates are rejected, never guessed.
std::optional<CivilDate> ParseDigitDate(std::string_view s);

}  // namespace sitrep

#endif  // SITREP_TEXT_CALENDAR_H_
