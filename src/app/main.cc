// sitrep: who did and said what, to whom, when, where, and on what evidence.
#include <CLI/CLI.hpp>

#include "app/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"sitrep: actors, statements and events from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sitrep 0.1.0");
  int status = 0;
  sitrep::AddAnalyzeCommand(&app, &status);
  sitrep::AddEvalCommand(&app, &status);
  sitrep::AddLexiconCommands(&app, &status);
  CLI11_PARSE(app, argc, argv);
  return status;
}
