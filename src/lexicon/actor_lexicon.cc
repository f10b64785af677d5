#include "lexicon/actor_lexicon.h"

#include <algorithm>
#include <system_error>

#include "lexicon/data_dir.h"
#include "lexicon/line_format.h"

namespace sitrep {
namespace {

bool IsIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

bool IsValidId(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), IsIdChar) &&
         id.front() != '.' && id.front() != '-';
}

bool IsUpperRun(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A CAMEO actor code is one to five three-letter groups: BLR, BLRGOV, IGOUNO,
// USAMILSPY.
bool IsValidCode(std::string_view code) {
  return !code.empty() && code.size() % 3 == 0 && code.size() <= 15 && IsUpperRun(code);
}

bool IsValidCountry(std::string_view c) { return c.size() == 3 && IsUpperRun(c); }

std::string Quote(std::string_view s) {
  std::string q = "'";
  q.append(s.substr(0, 80));
  q += '\'';
  return q;
}

}  // namespace

// Parses lexicon text into actors, collecting diagnostics. One builder spans
// all files of a directory so that duplicate ids across files are caught.
class ActorLexiconBuilder {
 public:
  explicit ActorLexiconBuilder(std::vector<Diagnostic>* diagnostics) : diagnostics_(diagnostics) {}

  void Parse(std::string_view text, std::string_view origin) {
    origin_ = std::string(origin);
    lexfmt::ForEachLine(text, [&](uint32_t number, std::string_view raw) {
      line_ = number;
      ParseLine(lexfmt::StripComment(raw));
    });
    FinishBlock();
  }

  ActorLexicon Finish() {
    ActorLexicon lex;
    lex.actors_ = std::move(actors_);
    for (Diagnostic& d : lex.Reindex(0)) diagnostics_->push_back(std::move(d));
    return lex;
  }

  void Error(std::string message) { Report(Diagnostic::Severity::kError, std::move(message)); }

 private:
  // Single-valued keys; seen_ bits catch repeats.
  enum Key : uint8_t { kNameKey = 1, kKindKey = 2, kCountryKey = 4, kCodeKey = 8 };

  void Report(Diagnostic::Severity severity, std::string message) {
    diagnostics_->push_back({origin_, line_, severity, std::move(message)});
    if (severity == Diagnostic::Severity::kError) block_ok_ = false;
  }

  void ParseLine(std::string_view line) {
    if (line.empty()) return;
    auto [key, value] = lexfmt::SplitKey(line);
    if (key == "actor") {
      const uint32_t here = line_;
      FinishBlock();
      line_ = here;
      StartBlock(value);
      return;
    }
    if (!in_block_) {
      Error("'" + std::string(key.substr(0, 40)) + "' before the first 'actor' line");
      return;
    }
    if (value.empty()) {
      Error("missing value for '" + std::string(key.substr(0, 40)) + "'");
      return;
    }
    if (key == "name") {
      if (Once(kNameKey, key)) cur_.name = value;
    } else if (key == "kind") {
      if (!Once(kKindKey, key)) return;
      if (auto k = ParseActorKind(value)) {
        cur_.kind = *k;
      } else {
        Error("bad kind " + Quote(value) + " (person, organization, country or group)");
      }
    } else if (key == "country") {
      if (!Once(kCountryKey, key)) return;
      if (IsValidCountry(value)) {
        cur_.country = value;
      } else {
        Error("bad country " + Quote(value) + " (ISO 3166-1 alpha-3, e.g. BLR)");
      }
    } else if (key == "code") {
      if (!Once(kCodeKey, key)) return;
      if (IsValidCode(value)) {
        cur_.code = value;
      } else {
        Error("bad code " + Quote(value) + " (three-letter CAMEO groups, e.g. BLRGOV)");
      }
    } else if (key == "role") {
      ParseRole(value);
    } else if (key == "alias") {
      AddList(value, &cur_.aliases);
    } else if (key == "adj") {
      AddList(value, &cur_.adjectives);
    } else if (key == "demonym") {
      AddList(value, &cur_.demonyms);
    } else if (key == "metonym") {
      AddList(value, &cur_.metonyms);
    } else if (key == "desc") {
      AddList(value, &cur_.descs);
    } else if (key == "note") {
      if (!cur_.note.empty()) cur_.note += ' ';
      cur_.note += value;
    } else {
      Error("unknown key " + Quote(key));
    }
  }

  bool Once(Key key, std::string_view name) {
    if (seen_ & key) {
      Error("'" + std::string(name) + "' given twice");
      return false;
    }
    seen_ |= key;
    return true;
  }

  void StartBlock(std::string_view id) {
    in_block_ = true;
    block_ok_ = true;
    seen_ = 0;
    cur_ = Actor();
    cur_.origin = origin_;
    cur_.line = line_;
    if (!IsValidId(id)) {
      Error("bad id " + Quote(id) + " (lowercase letters, digits, '.', '_', '-')");
      return;
    }
    cur_.id = id;
    auto [it, inserted] = first_seen_.try_emplace(cur_.id, origin_ + ":" + std::to_string(line_));
    if (!inserted) Error("duplicate id " + Quote(id) + " (first at " + it->second + ")");
  }

  void FinishBlock() {
    if (!in_block_) return;
    in_block_ = false;
    line_ = cur_.line;  // block-level problems point at the header
    if (!cur_.id.empty()) {
      if (cur_.name.empty()) Error("actor " + Quote(cur_.id) + " has no name");
      if (!(seen_ & kKindKey)) Error("actor " + Quote(cur_.id) + " has no kind");
      if (cur_.code.empty() && !(seen_ & kCodeKey)) {
        Error("actor " + Quote(cur_.id) + " has no code");
      }
      if (cur_.kind == ActorKind::kCountry && cur_.country.empty() && !(seen_ & kCountryKey)) {
        Error("country actor " + Quote(cur_.id) + " has no country");
      }
    }
    if (block_ok_) actors_.push_back(std::move(cur_));
  }

  // role CODE FROM [TO], FROM/TO a date or "-" (open).
  void ParseRole(std::string_view value) {
    std::vector<std::string_view> parts;
    while (!value.empty()) {
      auto [word, rest] = lexfmt::SplitKey(value);
      parts.push_back(word);
      value = rest;
    }
    if (parts.size() < 2 || parts.size() > 3) {
      Error("role wants: CODE FROM [TO], dates as YYYY[-MM[-DD]] or -");
      return;
    }
    RoleSpan role;
    if (!IsValidCode(parts[0])) {
      Error("bad code " + Quote(parts[0]) + " (three-letter CAMEO groups, e.g. BLRGOV)");
      return;
    }
    role.code = parts[0];
    for (size_t i = 1; i < parts.size(); ++i) {
      if (parts[i] == "-") continue;
      auto date = ParseLexiconDate(parts[i], /*end_of_period=*/i == 2);
      if (!date) {
        Error("bad date " + Quote(parts[i]) + " (YYYY, YYYY-MM, YYYY-MM-DD or -)");
        return;
      }
      (i == 1 ? role.from : role.to) = *date;
    }
    if (role.from != 0 && role.to != 0 && role.from > role.to) {
      Error("role " + role.code + " ends before it starts");
      return;
    }
    cur_.roles.push_back(std::move(role));
  }

  void AddList(std::string_view value, std::vector<std::string>* out) {
    for (std::string_view item : lexfmt::SplitList(value, ';')) {
      if (item.empty()) {
        Report(Diagnostic::Severity::kWarning, "empty item in list");
        continue;
      }
      out->emplace_back(item);
    }
  }

  std::vector<Diagnostic>* diagnostics_;
  std::vector<Actor> actors_;
  std::unordered_map<std::string, std::string> first_seen_;  // id -> file:line
  std::string origin_;
  uint32_t line_ = 0;
  Actor cur_;
  bool in_block_ = false;
  bool block_ok_ = true;
  uint8_t seen_ = 0;
};

ActorLexicon::ActorLexicon(const ActorLexicon& other) : actors_(other.actors_) { Reindex(0); }

ActorLexicon& ActorLexicon::operator=(const ActorLexicon& other) {
  if (this != &other) {
    actors_ = other.actors_;
    Reindex(0);
  }
  return *this;
}

std::vector<Diagnostic> ActorLexicon::Reindex(uint32_t first_new) {
  by_id_.clear();
  by_id_.reserve(actors_.size());
  surfaces_.clear();
  for (uint32_t i = 0; i < actors_.size(); ++i) {
    const Actor& a = actors_[i];
    by_id_.emplace(a.id, i);
    auto add = [&](const std::string& form, NameKind kind) {
      surfaces_.push_back({lexfmt::Key(form), form, i, kind});
    };
    add(a.name, NameKind::kName);
    for (const auto& s : a.aliases) add(s, NameKind::kAlias);
    for (const auto& s : a.adjectives) add(s, NameKind::kAdjective);
    for (const auto& s : a.demonyms) add(s, NameKind::kDemonym);
    for (const auto& s : a.metonyms) add(s, NameKind::kMetonym);
    for (const auto& s : a.descs) add(s, NameKind::kDesc);
  }
  // Sort by form, then actor, then kind, so that one actor's exact repeats
  // (an alias equal to its name) are adjacent for the dedup. The same form
  // under two kinds of one actor ("US" alias and adjective) is kept twice:
  // later stages treat the kinds differently.
  std::sort(surfaces_.begin(), surfaces_.end(), [](const Surface& x, const Surface& y) {
    if (x.folded != y.folded) return x.folded < y.folded;
    if (x.actor != y.actor) return x.actor < y.actor;
    return x.kind < y.kind;
  });
  surfaces_.erase(std::unique(surfaces_.begin(), surfaces_.end(),
                              [](const Surface& x, const Surface& y) {
                                return x.actor == y.actor && x.kind == y.kind &&
                                       x.folded == y.folded;
                              }),
                  surfaces_.end());

  std::vector<Diagnostic> warnings;
  for (size_t i = 1; i < surfaces_.size(); ++i) {
    const Surface& prev = surfaces_[i - 1];
    const Surface& cur = surfaces_[i];
    if (prev.folded != cur.folded || prev.actor == cur.actor) continue;
    if (prev.actor < first_new && cur.actor < first_new) continue;
    const Actor& a = actors_[prev.actor];
    const Actor& b = actors_[cur.actor];
    warnings.push_back({b.origin, b.line, Diagnostic::Severity::kWarning,
                        "'" + std::string(cur.form) + "' also names actor '" + a.id + "' (" +
                            a.origin + ":" + std::to_string(a.line) + ")"});
  }
  return warnings;
}

ActorLexicon::Result ActorLexicon::LoadText(std::string_view text, std::string_view origin_name) {
  Result result;
  ActorLexiconBuilder builder(&result.diagnostics);
  builder.Parse(text, origin_name);
  result.lexicon = builder.Finish();
  return result;
}

std::vector<Diagnostic> ActorLexicon::Validate(std::string_view text,
                                               std::string_view origin_name) {
  return LoadText(text, origin_name).diagnostics;
}

ActorLexicon::Result ActorLexicon::Load(const std::filesystem::path& path) {
  Result result;
  ActorLexiconBuilder builder(&result.diagnostics);
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(path, ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      const std::string name = entry.path().filename().string();
      if (!entry.is_regular_file(ec) || entry.path().extension() != ".txt") continue;
      if (name == "agents.txt" || name.ends_with("-extras.txt")) continue;
      files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      result.diagnostics.push_back(
          {path.string(), 0, Diagnostic::Severity::kError, "no lexicon files (*.txt)"});
    }
  } else {
    files.push_back(path);
  }
  std::string text;
  for (const auto& file : files) {
    if (!lexfmt::ReadFile(file, &text)) {
      result.diagnostics.push_back(
          {file.string(), 0, Diagnostic::Severity::kError, "cannot read file"});
      continue;
    }
    builder.Parse(text, file.string());
  }
  result.lexicon = builder.Finish();
  return result;
}

ActorLexicon::Result ActorLexicon::LoadDefault() {
  if (auto dir = FindActorDataDir()) return Load(*dir);
  std::string tried;
  for (const auto& c : ActorDataDirCandidates()) {
    if (!tried.empty()) tried += ", ";
    tried += c.string();
  }
  Result result;
  result.diagnostics.push_back(
      {"sitrep", 0, Diagnostic::Severity::kError,
       "no actor data directory found (tried " + tried + "); set SITREP_DATA"});
  return result;
}

std::vector<Diagnostic> ActorLexicon::Merge(const ActorLexicon& other) {
  // Decide first, then write: by_id_ keys view into actors_.
  std::unordered_map<uint32_t, const Actor*> replaced;
  std::vector<Actor> added;
  for (const Actor& a : other.actors_) {
    auto it = by_id_.find(a.id);
    if (it != by_id_.end()) {
      replaced[it->second] = &a;
    } else {
      added.push_back(a);
    }
  }
  // Replaced actors keep their slot; move them behind the untouched ones so
  // that Reindex's "new" range covers exactly the actors from `other`.
  std::vector<Actor> merged;
  merged.reserve(actors_.size() + added.size());
  std::vector<Actor> fresh;
  for (uint32_t i = 0; i < actors_.size(); ++i) {
    auto it = replaced.find(i);
    if (it == replaced.end()) {
      merged.push_back(std::move(actors_[i]));
    } else {
      fresh.push_back(*it->second);
    }
  }
  const uint32_t first_new = static_cast<uint32_t>(merged.size());
  for (auto& a : fresh) merged.push_back(std::move(a));
  for (auto& a : added) merged.push_back(std::move(a));
  actors_ = std::move(merged);
  return Reindex(first_new);
}

const Actor* ActorLexicon::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &actors_[it->second];
}

std::span<const ActorLexicon::Surface> ActorLexicon::Lookup(std::string_view form) const {
  const std::string key = lexfmt::Key(form);
  auto [lo, hi] =
      std::equal_range(surfaces_.begin(), surfaces_.end(), key, [](const auto& x, const auto& y) {
        if constexpr (std::is_same_v<std::decay_t<decltype(x)>, Surface>) {
          return x.folded < y;
        } else {
          return x < y.folded;
        }
      });
  return {lo, hi};
}

std::vector<ActorLexicon::SearchHit> ActorLexicon::Search(std::string_view query,
                                                          size_t limit) const {
  const std::string q = lexfmt::Key(query);
  if (q.empty() || limit == 0) return {};
  // Rank: 0 exact form, 1 exact id, 2 form prefix, 3 substring of form or id.
  struct Best {
    int rank = 99;
    SearchHit hit;
  };
  std::vector<Best> best(actors_.size());
  auto offer = [&](uint32_t actor, int rank, std::string_view form, NameKind kind) {
    if (rank < best[actor].rank) {
      best[actor] = {rank, {&actors_[actor], form, kind, rank == 0}};
    }
  };
  for (const Surface& s : surfaces_) {
    size_t pos = s.folded.find(q);
    if (pos == std::string::npos) continue;
    int rank = s.folded.size() == q.size() ? 0 : pos == 0 ? 2 : 3;
    offer(s.actor, rank, s.form, s.kind);
  }
  for (uint32_t i = 0; i < actors_.size(); ++i) {
    const std::string& id = actors_[i].id;
    if (id == q) {
      offer(i, 1, id, NameKind::kName);
    } else if (id.find(q) != std::string::npos) {
      offer(i, 3, id, NameKind::kName);
    }
  }
  std::vector<const Best*> ranked;
  for (const Best& b : best) {
    if (b.hit.actor != nullptr) ranked.push_back(&b);
  }
  std::sort(ranked.begin(), ranked.end(), [](const Best* x, const Best* y) {
    if (x->rank != y->rank) return x->rank < y->rank;
    return x->hit.actor->id < y->hit.actor->id;
  });
  std::vector<SearchHit> out;
  for (size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(ranked[i]->hit);
  return out;
}

}  // namespace sitrep
