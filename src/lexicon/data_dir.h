// Where the shipped lexicon data (data/actors/) lives at run time.
//
// Candidates, first existing directory wins:
//   1. $SITREP_DATA/actors           (explicit override, e.g. for tests)
//   2. SITREP_DATA_DIR/actors        (compile definition: the source tree's
//                                     data/ when building from a checkout)
//   3. <dir of the executable>/../share/sitrep/actors   (relocatable install)
//   4. /usr/share/sitrep/actors      (system install)
#ifndef SITREP_LEXICON_DATA_DIR_H_
#define SITREP_LEXICON_DATA_DIR_H_

#include <filesystem>
#include <optional>
#include <vector>

namespace sitrep {

std::vector<std::filesystem::path> ActorDataDirCandidates();
std::optional<std::filesystem::path> FindActorDataDir();

}  // namespace sitrep

#endif  // SITREP_LEXICON_DATA_DIR_H_
