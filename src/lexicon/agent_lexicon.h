// AgentLexicon: generic agent nouns ("troops", "riot police", "state media")
// and the CAMEO role/sector codes they carry, for composing actor codes later
// ("Belarusian troops" -> BLR + MIL = BLRMIL).
//
// File format (data/actors/agents.txt), one line per code group:
//     CODE[/CODE...]: phrase; phrase; ...     # comment
// e.g. "MIL: troops; soldiers" or "OPP/CVL: protesters". The first code is
// the default; later ones are alternatives a composer may prefer by context.
// Codes must be known CAMEO role, sector or attribute codes. Plural and
// singular are listed separately: no stemming happens here.
//
// Invariants: each folded phrase appears once (a repeat is an error); Find is
// O(1) on the folded phrase.
#ifndef SITREP_LEXICON_AGENT_LEXICON_H_
#define SITREP_LEXICON_AGENT_LEXICON_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/diagnostic.h"

namespace sitrep {

struct Agent {
  std::string phrase;              // as written
  std::string folded;              // lexfmt::Key(phrase), see line_format.h
  std::vector<std::string> codes;  // >= 1; codes[0] is the default
  uint32_t line = 0;
};

class AgentLexicon {
 public:
  struct Result;

  static Result Load(const std::filesystem::path& file);
  static Result LoadText(std::string_view text, std::string_view origin_name);
  // agents.txt in the directory FindActorDataDir() finds.
  static Result LoadDefault();

  // True for CAMEO role/sector/attribute codes (MIL, GOV, OPP, MED, ...).
  static bool IsAgentCode(std::string_view code);

  // Adds other's phrases; a phrase already present takes other's codes.
  void Merge(const AgentLexicon& other);

  // The agent for a phrase (folded here), or nullptr.
  const Agent* Find(std::string_view phrase) const;

  const std::vector<Agent>& agents() const { return agents_; }
  size_t size() const { return agents_.size(); }

 private:
  std::vector<Agent> agents_;
  std::unordered_map<std::string, uint32_t> by_folded_;
};

struct AgentLexicon::Result {
  AgentLexicon lexicon;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !HasErrors(diagnostics); }
};

}  // namespace sitrep

#endif  // SITREP_LEXICON_AGENT_LEXICON_H_
