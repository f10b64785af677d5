#include "app/resources.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <optional>

namespace sitrep {

namespace {

// Prints diagnostics; returns true when none is an error.
bool Report(const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags) std::fprintf(stderr, "sitrep: %s\n", d.ToString().c_str());
  return !HasErrors(diags);
}

}  // namespace

bool LoadResources(const std::vector<std::string>& user_lexicons, Resources* out) {
  ActorLexicon::Result actors = ActorLexicon::LoadDefault();
  bool ok = Report(actors.diagnostics);
  out->actors = std::move(actors.lexicon);
  AgentLexicon::Result agents = AgentLexicon::LoadDefault();
  ok = Report(agents.diagnostics) && ok;
  out->agents = std::move(agents.lexicon);
  std::string error;
  std::optional<CueLexicon> cues = CueLexicon::LoadDefault(&error);
  if (cues) {
    out->cues = std::move(*cues);
  } else {
    std::fprintf(stderr, "sitrep: %s\n", error.c_str());
    ok = false;
  }
  EventLexicon::Result events = EventLexicon::LoadDefault();
  ok = Report(events.diagnostics) && ok;
  out->events = std::move(events.lexicon);
  Gazetteer::Result places = Gazetteer::LoadDefault();
  ok = Report(places.diagnostics) && ok;
  out->places = std::move(places.gazetteer);
  for (const std::string& file : user_lexicons) {
    ActorLexicon::Result user = ActorLexicon::Load(file);
    if (!Report(user.diagnostics)) {
      ok = false;
      continue;
    }
    Report(out->actors.Merge(user.lexicon));
  }
  out->places.AddCountries(out->actors);
  return ok;
}

void AddLexiconOption(CLI::App* cmd, std::vector<std::string>* files) {
  cmd->add_option("--lexicon", *files,
                  "A user actor lexicon (data/actors/README.md format) added to the shipped one; "
                  "repeatable")
      ->check(CLI::ExistingPath);
}

}  // namespace sitrep
