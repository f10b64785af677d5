#include "text/calendar.h"

#include <array>
#include <utility>

#include "fmt/format.h"

namespace sitrep {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view word, std::string_view lower_name) {
  if (word.size() != lower_name.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower_name[i]) return false;
  }
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The value of s[pos, pos+len) when all of it is digits, else -1.
int Digits(std::string_view s, size_t pos, size_t len) {
  if (pos + len > s.size() || len == 0) return -1;
  int v = 0;
  for (size_t k = pos; k < pos + len; ++k) {
    if (!IsDigit(s[k])) return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

std::optional<CivilDate> Checked(int y, int m, int d) {
  if (IsValidDate(y, m, d)) return CivilDate{y, m, d};
  return std::nullopt;
}

}  // namespace

bool IsValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string FormatIsoDate(const CivilDate& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  return Checked(Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2));
}

int MonthFromName(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;
  // Dispatch on the first letter: this runs for every word of every dated
  // sentence, and at most three months share a letter.
  auto is = [&](std::string_view name) {
    return EqualsLower(w, name) || EqualsLower(w, name.substr(0, 3));
  };
  switch (Lower(w[0])) {
    case 'j':
      return is("january") ? 1 : is("june") ? 6 : is("july") ? 7 : 0;
    case 'f':
      return is("february") ? 2 : 0;
    case 'm':
      return is("march") ? 3 : is("may") ? 5 : 0;
    case 'a':
      return is("april") ? 4 : is("august") ? 8 : 0;
    case 's':
      return is("september") || EqualsLower(w, "sept") ? 9 : 0;
    case 'o':
      return is("october") ? 10 : 0;
    case 'n':
      return is("november") ? 11 : 0;
    case 'd':
      return is("december") ? 12 : 0;
    default:
      return 0;
  }
}

int WeekdayFromName(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  // Every weekday name ends in "day"; most words are rejected by that and
  // the length before any name is compared.
  if (w.size() < 6 || w.size() > 9 || Lower(w[w.size() - 1]) != 'y') return -1;
  for (int d = 0; d < 7; ++d) {
    if (EqualsLower(w, kDays[d])) return d;
  }
  return -1;
}

std::optional<CivilDate> ParseDigitDate(std::string_view s) {
  // Year first, with one separator used twice.
  if (s.size() >= 10 && Digits(s, 0, 4) >= 0 && (s[4] == '-' || s[4] == '/' || s[4] == '.') &&
      s[7] == s[4]) {
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != ',') return std::nullopt;
    return Checked(Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2));
  }
  // Compact.
  if (Digits(s, 0, 8) >= 0 && (s.size() == 8 || !IsDigit(s[8]))) {
    return Checked(Digits(s, 0, 4), Digits(s, 4, 2), Digits(s, 6, 2));
  }
  // Year last: M/D/Y or D/M/Y.
  const size_t a = s.find('/');
  if (a == std::string_view::npos || a == 0 || a > 2) return std::nullopt;
  const size_t b = s.find('/', a + 1);
  if (b == std::string_view::npos || b == a + 1 || b > a + 3) return std::nullopt;
  std::string_view ys = s.substr(b + 1);
  while (!ys.empty() && (ys.back() == ',' || ys.back() == '.')) ys.remove_suffix(1);
  if (ys.size() != 2 && ys.size() != 4) return std::nullopt;
  int m = Digits(s, 0, a), d = Digits(s, a + 1, b - a - 1), y = Digits(ys, 0, ys.size());
  if (m < 0 || d < 0 || y < 0) return std::nullopt;
  if (ys.size() == 2) y += 2000;
  if (m > 12) std::swap(m, d);  // day first when that is the only reading
  return Checked(y, m, d);
}

}  // namespace sitrep
