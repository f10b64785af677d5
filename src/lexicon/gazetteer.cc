#include "lexicon/gazetteer.h"

#include <algorithm>

#include "lexicon/data_dir.h"
#include "lexicon/line_format.h"

namespace sitrep {
namespace {

bool IsCountryCode(std::string_view c) {
  return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

}  // namespace

bool Gazetteer::Add(std::string_view name, std::string_view country, bool is_country) {
  std::string key = lexfmt::Key(name);
  if (key.empty() || by_key_.count(key)) return false;
  by_key_.emplace(key, static_cast<uint32_t>(places_.size()));
  places_.push_back({std::string(name), std::string(country), is_country});
  max_words_ = std::max<size_t>(max_words_, 1 + std::count(key.begin(), key.end(), ' '));
  return true;
}

Gazetteer::Result Gazetteer::LoadText(std::string_view text, std::string_view origin) {
  Result r;
  lexfmt::ForEachLine(text, [&](uint32_t n, std::string_view raw) {
    std::string_view line = lexfmt::StripComment(raw);
    if (line.empty()) return;
    size_t colon = line.find(':');
    auto error = [&](std::string m) {
      r.diagnostics.push_back({std::string(origin), n, Diagnostic::Severity::kError, std::move(m)});
    };
    if (colon == std::string_view::npos) return error("expected 'CCC: place; place'");
    std::string_view cc = lexfmt::Trim(line.substr(0, colon));
    if (!IsCountryCode(cc)) return error("bad country '" + std::string(cc) + "' (ISO alpha-3)");
    for (std::string_view name : lexfmt::SplitList(line.substr(colon + 1), ';')) {
      if (name.empty()) {
        error("empty place name");
      } else if (!r.gazetteer.Add(name, cc, false)) {
        // Spellings of one place that fold together ("Klaipeda; Klaipėda")
        // are variants, not mistakes; the same form twice, or one name for
        // two countries, is.
        const Place* had = r.gazetteer.Find(name);
        if (had != nullptr && had->country == cc && had->name != name) continue;
        r.diagnostics.push_back({std::string(origin), n, Diagnostic::Severity::kWarning,
                                 "place '" + std::string(name) + "' given twice"});
      }
    }
  });
  return r;
}

Gazetteer::Result Gazetteer::Load(const std::filesystem::path& file) {
  std::string text;
  if (!lexfmt::ReadFile(file, &text)) {
    Result r;
    r.diagnostics.push_back({file.string(), 0, Diagnostic::Severity::kError, "cannot read file"});
    return r;
  }
  return LoadText(text, file.filename().string());
}

Gazetteer::Result Gazetteer::LoadDefault() {
  if (auto dir = FindActorDataDir()) return Load(dir->parent_path() / "places.txt");
  Result r;
  r.diagnostics.push_back({"sitrep", 0, Diagnostic::Severity::kError,
                           "no data directory found; set SITREP_DATA"});
  return r;
}

void Gazetteer::AddCountries(const ActorLexicon& lex) {
  for (const Actor& a : lex) {
    if (a.kind != ActorKind::kCountry || a.country.empty()) continue;
    Add(a.name, a.country, true);
    for (const std::string& s : a.aliases) Add(s, a.country, true);
    for (const std::string& s : a.metonyms) Add(s, a.country, false);
    for (const std::string& s : a.adjectives) adjectives_.emplace(lexfmt::Key(s), a.country);
    for (const std::string& s : a.demonyms) adjectives_.emplace(lexfmt::Key(s), a.country);
  }
}

std::string_view Gazetteer::CountryOfAdjective(std::string_view word) const {
  auto it = adjectives_.find(lexfmt::Key(word));
  return it == adjectives_.end() ? std::string_view() : std::string_view(it->second);
}

const Place* Gazetteer::Find(std::string_view phrase) const {
  auto it = by_key_.find(lexfmt::Key(phrase));
  return it == by_key_.end() ? nullptr : &places_[it->second];
}

}  // namespace sitrep
