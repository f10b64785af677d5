// Small helpers shared by the line-oriented lexicon file parsers
// (actor_lexicon, agent_lexicon). Hand-written: the formats are a few lines
// of "key value" text, for which a general parser library would be heavier
// than the parsing itself.
#ifndef SITREP_LEXICON_LINE_FORMAT_H_
#define SITREP_LEXICON_LINE_FORMAT_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::lexfmt {

std::string_view Trim(std::string_view s);

// Drops a '#' comment (one at the line start or after whitespace, so that
// "C#" survives) and trims the rest.
std::string_view StripComment(std::string_view line);

// Splits at the first run of spaces/tabs: "alias  A; B" -> {"alias", "A; B"}.
std::pair<std::string_view, std::string_view> SplitKey(std::string_view line);

// Splits at `sep`, trimming items; empty items are kept (callers report them).
std::vector<std::string_view> SplitList(std::string_view s, char sep);

// Calls fn(line_number, line) for each line (1-based, '\r' stripped).
template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  uint32_t number = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(++number, line);
  }
}

bool ReadFile(const std::filesystem::path& path, std::string* out);

// The lookup key of a lexicon form: text/fold.h Fold() (lowercase, accents
// removed) with whitespace runs collapsed to one space and trimmed, so that
// a stray double space in a data file or a query does not hide an entry.
std::string Key(std::string_view form);

}  // namespace sitrep::lexfmt

#endif  // SITREP_LEXICON_LINE_FORMAT_H_
