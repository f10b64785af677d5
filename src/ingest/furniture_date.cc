#include "ingest/furniture_date.h"

#include <array>
#include <utility>
#include <vector>

#include "ingest/furniture_lines.h"

namespace sitrep::furniture {
namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

bool Valid(const Ymd& v) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return v.y >= 1900 && v.y <= 2100 && v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= kDays[v.m - 1];
}

// Parses an unsigned decimal of 1..4 digits filling all of s.
int Number(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// "May", "may", "Sept.", "September" -> 5, 9; 0 if not a month.
int Month(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    std::string_view name = kNames[i];
    if (EqualsNoCase(w, name)) return i + 1;
    if (w.size() <= 4 && w.size() < name.size() && StartsWithNoCase(name, w)) {
      // Abbreviations: "Jan", "Sept", but not "Mar" for "Marsh".
      if (w.size() == 3 || (w.size() == 4 && i == 8)) return i + 1;
    }
  }
  return 0;
}

// "5/15/22", "15/5/2022", "2022-05-15", "2022-05-15T10:00:00Z".
std::optional<Ymd> NumericDate(std::string_view w) {
  if (w.size() >= 10 && w[4] == '-' && w[7] == '-') {
    Ymd v{Number(w.substr(0, 4)), Number(w.substr(5, 2)), Number(w.substr(8, 2))};
    if (Valid(v) && (w.size() == 10 || w[10] == 'T' || w[10] == ',')) return v;
    return std::nullopt;
  }
  size_t a = w.find('/');
  if (a == std::string_view::npos) return std::nullopt;
  size_t b = w.find('/', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  std::string_view ys = w.substr(b + 1);
  while (!ys.empty() && (ys.back() == ',' || ys.back() == '.')) ys.remove_suffix(1);
  int m = Number(w.substr(0, a)), d = Number(w.substr(a + 1, b - a - 1)), y = Number(ys);
  if (m < 0 || d < 0 || y < 0 || (ys.size() != 2 && ys.size() != 4)) return std::nullopt;
  if (ys.size() == 2) y += 2000;
  if (m > 12) std::swap(m, d);  // day-first when unambiguous
  Ymd v{y, m, d};
  if (Valid(v)) return v;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ParseDateLine(std::string_view line, int max_other_words) {
  // Date lines are short; this bounds the work on any input.
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) words.push_back(line.substr(i, j - i));
    if (words.size() > static_cast<size_t>(max_other_words) + 3) return std::nullopt;
    i = j;
  }
  auto strip = [](std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == '|'))
      w.remove_suffix(1);
    return w;
  };
  std::optional<Ymd> found;
  size_t used = 0;
  for (size_t k = 0; k < words.size() && !found; ++k) {
    if (auto v = NumericDate(words[k])) {
      found = v;
      used = 1;
    } else if (int m = Month(words[k]); m && k + 2 < words.size()) {
      // "May 15, 2022"
      Ymd c{Number(strip(words[k + 2])), m, Number(strip(words[k + 1]))};
      if (Valid(c)) found = c, used = 3;
    } else if (int d = Number(strip(words[k])); d > 0 && k + 2 < words.size()) {
      // "15 May 2022"
      Ymd c{Number(strip(words[k + 2])), Month(words[k + 1]), d};
      if (Valid(c)) found = c, used = 3;
    }
  }
  if (!found || static_cast<int>(words.size() - used) > max_other_words) return std::nullopt;
  // Valid() bounds the fields, so fixed-width digits are exact.
  std::string iso = "0000-00-00";
  auto put = [&](size_t end, int v) {
    for (size_t i = end; v > 0; v /= 10) iso[--i] = static_cast<char>('0' + v % 10);
  };
  put(4, found->y);
  put(7, found->m);
  put(10, found->d);
  return iso;
}

}  // namespace sitrep::furniture
