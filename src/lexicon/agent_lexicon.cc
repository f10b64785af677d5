#include "lexicon/agent_lexicon.h"

#include <algorithm>
#include <array>

#include "lexicon/data_dir.h"
#include "lexicon/line_format.h"

namespace sitrep {
namespace {

// CAMEO role, sector and attribute codes (the three-letter groups that follow
// a country or generic code).
constexpr std::array<std::string_view, 26> kAgentCodes = {
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS",
    "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "RAD", "REB", "REF", "SEP", "SPY", "UAF"};

static_assert(std::is_sorted(kAgentCodes.begin(), kAgentCodes.end()));

}  // namespace

bool AgentLexicon::IsAgentCode(std::string_view code) {
  return std::binary_search(kAgentCodes.begin(), kAgentCodes.end(), code);
}

AgentLexicon::Result AgentLexicon::LoadText(std::string_view text, std::string_view origin_name) {
  Result result;
  AgentLexicon& lex = result.lexicon;
  const std::string origin(origin_name);
  auto error = [&](uint32_t line, std::string message) {
    result.diagnostics.push_back({origin, line, Diagnostic::Severity::kError, std::move(message)});
  };
  lexfmt::ForEachLine(text, [&](uint32_t number, std::string_view raw) {
    std::string_view line = lexfmt::StripComment(raw);
    if (line.empty()) return;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      error(number, "expected 'CODE: phrase; phrase'");
      return;
    }
    std::vector<std::string> codes;
    for (std::string_view code : lexfmt::SplitList(lexfmt::Trim(line.substr(0, colon)), '/')) {
      if (!IsAgentCode(code)) {
        error(number, "unknown agent code '" + std::string(code.substr(0, 40)) +
                          "' (CAMEO role or sector, e.g. MIL, GOV, OPP)");
        return;
      }
      codes.emplace_back(code);
    }
    for (std::string_view phrase : lexfmt::SplitList(line.substr(colon + 1), ';')) {
      if (phrase.empty()) {
        error(number, "empty phrase");
        continue;
      }
      std::string folded = lexfmt::Key(phrase);
      auto [it, inserted] = lex.by_folded_.try_emplace(folded, lex.agents_.size());
      if (!inserted) {
        error(number, "duplicate phrase '" + std::string(phrase) + "' (first at line " +
                          std::to_string(lex.agents_[it->second].line) + ")");
        continue;
      }
      lex.agents_.push_back({std::string(phrase), std::move(folded), codes, number});
    }
  });
  return result;
}

AgentLexicon::Result AgentLexicon::Load(const std::filesystem::path& file) {
  std::string text;
  if (!lexfmt::ReadFile(file, &text)) {
    Result result;
    result.diagnostics.push_back(
        {file.string(), 0, Diagnostic::Severity::kError, "cannot read file"});
    return result;
  }
  return LoadText(text, file.string());
}

AgentLexicon::Result AgentLexicon::LoadDefault() {
  if (auto dir = FindActorDataDir()) return Load(*dir / "agents.txt");
  Result result;
  result.diagnostics.push_back({"sitrep", 0, Diagnostic::Severity::kError,
                                "no actor data directory found; set SITREP_DATA"});
  return result;
}

void AgentLexicon::Merge(const AgentLexicon& other) {
  for (const Agent& a : other.agents_) {
    auto [it, inserted] = by_folded_.try_emplace(a.folded, agents_.size());
    if (inserted) {
      agents_.push_back(a);
    } else {
      agents_[it->second] = a;
    }
  }
}

const Agent* AgentLexicon::Find(std::string_view phrase) const {
  auto it = by_folded_.find(lexfmt::Key(phrase));
  return it == by_folded_.end() ? nullptr : &agents_[it->second];
}

}  // namespace sitrep
