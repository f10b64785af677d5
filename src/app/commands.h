// The sitrep subcommands. Each Add*Command registers its options on the CLI11
// app and sets a callback that stores its exit status in *status.
#ifndef SITREP_APP_COMMANDS_H_
#define SITREP_APP_COMMANDS_H_

namespace CLI {
class App;
}

namespace sitrep {

void AddAnalyzeCommand(CLI::App* app, int* status);
void AddEvalCommand(CLI::App* app, int* status);
void AddLexiconCommands(CLI::App* app, int* status);

}  // namespace sitrep

#endif  // SITREP_APP_COMMANDS_H_
