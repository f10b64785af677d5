#include "ingest/furniture_date.h"

#include <vector>

#include "text/calendar.h"

namespace sitrep::furniture {
namespace {

// A day or year number filling all of s, else -1.
int Number(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
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
  std::optional<CivilDate> found;
  size_t used = 0;
  for (size_t k = 0; k < words.size() && !found; ++k) {
    if (auto v = ParseDigitDate(words[k])) {
      found = v;
      used = 1;
    } else if (int m = MonthFromName(words[k]); m && k + 2 < words.size()) {
      // "May 15, 2022"
      CivilDate c{Number(strip(words[k + 2])), m, Number(strip(words[k + 1]))};
      if (IsValidDate(c)) found = c, used = 3;
    } else if (int d = Number(strip(words[k])); d > 0 && k + 2 < words.size()) {
      // "15 May 2022"
      CivilDate c{Number(strip(words[k + 2])), MonthFromName(words[k + 1]), d};
      if (IsValidDate(c)) found = c, used = 3;
    }
  }
  if (!found || static_cast<int>(words.size() - used) > max_other_words) return std::nullopt;
  return FormatIsoDate(*found);
}

}  // namespace sitrep::furniture
