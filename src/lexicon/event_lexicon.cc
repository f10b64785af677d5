#include "lexicon/event_lexicon.h"

#include <algorithm>
#include <charconv>
#include <unordered_set>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "lexicon/data_dir.h"
#include "lexicon/line_format.h"

namespace sitrep {
namespace {

constexpr std::string_view kPloverTypes[] = {
    "AGREE",   "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",
    "RETREAT", "REQUEST", "ACCUSE",  "REJECT",   "THREATEN",  "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

bool IsCodeText(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  if (!std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    return false;
  }
  const int root = (c[0] - '0') * 10 + (c[1] - '0');
  return root >= 1 && root <= 20;
}

bool IsWord(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '\'';
  });
}

std::vector<std::string_view> Fields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Quote(std::string_view s) { return "'" + std::string(s.substr(0, 60)) + "'"; }

}  // namespace

bool PatternElement::Matches(std::string_view lemma) const {
  for (const std::string& w : words) {
    if (w == lemma) return true;
  }
  return false;
}

bool EventPattern::has_target() const {
  return std::any_of(elements.begin(), elements.end(),
                     [](const PatternElement& e) { return e.target; });
}

class EventLexiconBuilder {
 public:
  explicit EventLexiconBuilder(EventLexicon::Result* r) : r_(r), lex_(r->lexicon) {}

  void Codes(std::string_view text) {
    origin_ = "codes.txt";
    lexfmt::ForEachLine(text, [&](uint32_t n, std::string_view raw) {
      line_ = n;
      CodeLine(lexfmt::StripComment(raw));
    });
    // Alt codes refer forward and back: check them once the table is whole.
    for (const auto& [code, line] : alt_lines_) {
      line_ = line;
      const EventCodeInfo& info = lex_.codes_[lex_.by_code_.at(code)];
      if (!lex_.by_code_.count(info.alt)) Error("alt code " + Quote(info.alt) + " not in the table");
    }
  }

  void Irregular(std::string_view text) {
    origin_ = "irregular.txt";
    std::unordered_set<std::string> seen;
    lexfmt::ForEachLine(text, [&](uint32_t n, std::string_view raw) {
      line_ = n;
      std::string_view line = lexfmt::StripComment(raw);
      if (line.empty()) return;
      auto f = Fields(line);
      if (f.size() != 2 || !IsWord(f[0]) || !IsWord(f[1])) {
        Error("expected 'FORM LEMMA' in lowercase letters");
        return;
      }
      if (!seen.insert(std::string(f[0])).second) {
        Error("form " + Quote(f[0]) + " given twice");
        return;
      }
      lex_.lemmatizer_.AddIrregular(std::string(f[0]), std::string(f[1]));
      lex_.lemmatizer_.AddVocabulary(std::string(f[1]));
    });
  }

  void Verbs(std::string_view text) {
    origin_ = "verbs.txt";
    bool nominal = false, in_section = false;
    std::unordered_set<std::string> seen;
    lexfmt::ForEachLine(text, [&](uint32_t n, std::string_view raw) {
      line_ = n;
      std::string_view line = lexfmt::StripComment(raw);
      if (line.empty()) return;
      if (line.front() == '[') {
        if (line == "[verb]" || line == "[noun]") {
          nominal = line == "[noun]";
          in_section = true;
        } else {
          Error("unknown section " + Quote(line) + " ([verb] or [noun])");
        }
        return;
      }
      if (!in_section) {
        Error("pattern before the first [verb] or [noun] section");
        return;
      }
      size_t arrow = line.find("->");
      if (arrow == std::string_view::npos) {
        Error("expected 'PATTERN -> CODE'");
        return;
      }
      std::string_view code = lexfmt::Trim(line.substr(arrow + 2));
      if (!lex_.by_code_.count(code)) {
        Error("unknown event code " + Quote(code) + " (not in codes.txt)");
        return;
      }
      EventPattern p;
      p.nominal = nominal;
      p.code = code;
      p.line = n;
      std::vector<std::string_view> fields = Fields(line.substr(0, arrow));
      if (!fields.empty() && fields[0] == "$TARGET" && fields.size() > 1) {
        p.subject_is_target = true;
        fields.erase(fields.begin());
      }
      for (std::string_view f : fields) {
        PatternElement e;
        if (f == "$TARGET") {
          e.target = true;
        } else {
          for (std::string_view w : lexfmt::SplitList(f, '|')) {
            if (!IsWord(w)) {
              Error("bad word " + Quote(w) + " (lowercase lemmas, a|b, or $TARGET)");
              return;
            }
            e.words.emplace_back(w);
          }
        }
        p.elements.push_back(std::move(e));
      }
      if (p.elements.empty() || p.elements[0].target) {
        Error("a pattern starts with a word (or '$TARGET word')");
        return;
      }
      if (std::count_if(p.elements.begin(), p.elements.end(),
                        [](const PatternElement& e) { return e.target; }) +
              p.subject_is_target >
          1) {
        Error("more than one $TARGET");
        return;
      }
      std::string key(line.substr(0, arrow));
      key += nominal ? "n" : "v";
      if (!seen.insert(lexfmt::Key(key)).second) {
        Warning("pattern repeated; the first one wins");
        return;
      }
      lex_.patterns_.push_back(std::move(p));
    });
    Index();
  }

 private:
  void Error(std::string m) {
    r_->diagnostics.push_back({origin_, line_, Diagnostic::Severity::kError, std::move(m)});
  }
  void Warning(std::string m) {
    r_->diagnostics.push_back({origin_, line_, Diagnostic::Severity::kWarning, std::move(m)});
  }

  void CodeLine(std::string_view line) {
    if (line.empty()) return;
    auto f = Fields(line);
    if (f.size() < 4 || f.size() > 5) {
      Error("expected 'CODE QUAD GOLDSTEIN PLOVER [ALT]'");
      return;
    }
    EventCodeInfo info;
    if (!IsCodeText(f[0])) {
      Error("bad code " + Quote(f[0]) + " (2 to 4 digits, root 01..20)");
      return;
    }
    info.code = f[0];
    if (f[1].size() != 1 || f[1][0] < '1' || f[1][0] > '4') {
      Error("bad QuadClass " + Quote(f[1]) + " (1..4)");
      return;
    }
    info.quad = static_cast<uint8_t>(f[1][0] - '0');
    auto [ptr, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), info.goldstein);
    if (ec != std::errc() || ptr != f[2].data() + f[2].size() || info.goldstein < -10 ||
        info.goldstein > 10) {
      Error("bad Goldstein weight " + Quote(f[2]) + " (-10..10)");
      return;
    }
    if (f[3] != "-") {
      if (std::find(std::begin(kPloverTypes), std::end(kPloverTypes), f[3]) ==
          std::end(kPloverTypes)) {
        Error("unknown PLOVER type " + Quote(f[3]));
        return;
      }
      info.plover = f[3];
    }
    if (f.size() == 5) {
      if (!IsCodeText(f[4])) {
        Error("bad alt code " + Quote(f[4]));
        return;
      }
      info.alt = f[4];
      alt_lines_.emplace_back(info.code, line_);
    }
    if (lex_.by_code_.count(info.code)) {
      Error("code " + Quote(info.code) + " given twice");
      return;
    }
    lex_.by_code_.emplace(info.code, static_cast<uint32_t>(lex_.codes_.size()));
    lex_.codes_.push_back(std::move(info));
  }

  void Index() {
    for (uint32_t i = 0; i < lex_.patterns_.size(); ++i) {
      const EventPattern& p = lex_.patterns_[i];
      for (const PatternElement& e : p.elements) {
        for (const std::string& w : e.words) lex_.lemmatizer_.AddVocabulary(w);
      }
      for (const std::string& w : p.elements[0].words) {
        const uint32_t a = lex_.anchors_.Insert(w);
        if (a >= lex_.by_anchor_.size()) lex_.by_anchor_.resize(a + 1);
        lex_.by_anchor_[a].push_back(i);
      }
    }
    for (std::vector<uint32_t>& list : lex_.by_anchor_) {
      // Longest first; file order among equals (stable).
      std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
        return lex_.patterns_[a].elements.size() > lex_.patterns_[b].elements.size();
      });
    }
  }

  EventLexicon::Result* r_;
  EventLexicon& lex_;
  std::string origin_;
  uint32_t line_ = 0;
  std::vector<std::pair<std::string, uint32_t>> alt_lines_;
};

EventLexicon::Result EventLexicon::LoadText(std::string_view codes, std::string_view verbs,
                                            std::string_view irregular) {
  Result r;
  EventLexiconBuilder b(&r);
  b.Codes(codes);
  b.Irregular(irregular);
  b.Verbs(verbs);
  return r;
}

EventLexicon::Result EventLexicon::Load(const std::filesystem::path& dir) {
  std::string files[3];
  const char* names[3] = {"codes.txt", "verbs.txt", "irregular.txt"};
  for (int i = 0; i < 3; ++i) {
    if (!lexfmt::ReadFile(dir / names[i], &files[i])) {
      Result r;
      r.diagnostics.push_back({(dir / names[i]).string(), 0, Diagnostic::Severity::kError,
                               "cannot read file"});
      return r;
    }
  }
  return LoadText(files[0], files[1], files[2]);
}

std::filesystem::path EventLexicon::DefaultDir() {
  if (auto dir = FindActorDataDir()) return dir->parent_path() / "events";
  return {};
}

EventLexicon::Result EventLexicon::LoadDefault() {
  std::filesystem::path dir = DefaultDir();
  if (!dir.empty()) return Load(dir);
  Result r;
  r.diagnostics.push_back({"sitrep", 0, Diagnostic::Severity::kError,
                           "no data directory found; set SITREP_DATA"});
  return r;
}

const EventCodeInfo* EventLexicon::FindCode(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &codes_[it->second];
}

size_t EventLexicon::Hash::operator()(std::string_view s) const {
  return static_cast<size_t>(XXH3_64bits(s.data(), s.size()));
}

std::span<const uint32_t> EventLexicon::PatternsFor(std::string_view lemma) const {
  const uint32_t a = anchors_.Find(lemma);
  if (a == WordIndex::kNone) return {};
  return by_anchor_[a];
}

}  // namespace sitrep
