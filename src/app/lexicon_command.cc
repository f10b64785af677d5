// sitrep lexicon check FILE...   validate user lexicons (line-numbered errors)
// sitrep actors [--search NAME]  list the loaded actors with their codes
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

#include "app/commands.h"
#include "app/resources.h"

namespace sitrep {

namespace {

int RunLexiconCheck(const std::vector<std::string>& files) {
  size_t errors = 0, warnings = 0, actors = 0;
  for (const std::string& file : files) {
    ActorLexicon::Result r = ActorLexicon::Load(file);
    for (const Diagnostic& d : r.diagnostics) {
      std::printf("%s\n", d.ToString().c_str());
      (d.is_error() ? errors : warnings)++;
    }
    actors += r.lexicon.size();
  }
  std::printf("%zu actor(s), %zu error(s), %zu warning(s)\n", actors, errors, warnings);
  return errors == 0 ? 0 : 1;
}

struct ActorsArgs {
  std::string search;
  size_t limit = 20;
  std::vector<std::string> lexicons;
};

void PrintActor(const Actor& a, std::string_view matched) {
  std::printf("%-28s %-8s %-12s %-4s %s", a.id.c_str(), std::string(a.code).c_str(),
              std::string(ActorKindName(a.kind)).c_str(), a.country.c_str(), a.name.c_str());
  if (!matched.empty() && matched != a.name) {
    std::printf("  (as \"%.*s\")", static_cast<int>(matched.size()), matched.data());
  }
  std::printf("\n");
}

int RunActors(const ActorsArgs& args) {
  Resources res;
  if (!LoadResources(args.lexicons, &res)) return 1;
  if (args.search.empty()) {
    for (const Actor& a : res.actors) PrintActor(a, {});
    return 0;
  }
  const auto hits = res.actors.Search(args.search, args.limit);
  for (const auto& h : hits) PrintActor(*h.actor, h.form);
  if (hits.empty()) {
    std::fprintf(stderr, "sitrep: no actor matches \"%s\"\n", args.search.c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void AddLexiconCommands(CLI::App* app, int* status) {
  CLI::App* lexicon = app->add_subcommand("lexicon", "Work with lexicon files");
  lexicon->require_subcommand(1);
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* check = lexicon->add_subcommand(
      "check", "Validate actor lexicon files or folders; errors as file:line: message");
  check->add_option("files", *files, "Lexicon files or folders")->required();
  check->callback([files, status] { *status = RunLexiconCheck(*files); });

  auto args = std::make_shared<ActorsArgs>();
  CLI::App* actors = app->add_subcommand("actors", "List known actors with their CAMEO codes");
  actors->add_option("-s,--search", args->search, "Name, alias, spelling variant or id to find");
  actors->add_option("-n,--limit", args->limit, "Most results for --search");
  AddLexiconOption(actors, &args->lexicons);
  actors->callback([args, status] { *status = RunActors(*args); });
}

}  // namespace sitrep
