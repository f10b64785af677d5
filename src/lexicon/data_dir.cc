#include "lexicon/data_dir.h"

#include <cstdlib>
#include <system_error>

namespace sitrep {

std::vector<std::filesystem::path> ActorDataDirCandidates() {
  std::vector<std::filesystem::path> out;
  if (const char* env = std::getenv("SITREP_DATA"); env != nullptr && *env != '\0') {
    out.push_back(std::filesystem::path(env) / "actors");
  }
#ifdef SITREP_DATA_DIR
  out.push_back(std::filesystem::path(SITREP_DATA_DIR) / "actors");
#endif
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) out.push_back(exe.parent_path().parent_path() / "share" / "sitrep" / "actors");
  out.push_back("/usr/share/sitrep/actors");
  return out;
}

std::optional<std::filesystem::path> FindActorDataDir() {
  for (const auto& dir : ActorDataDirCandidates()) {
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) return dir;
  }
  return std::nullopt;
}

}  // namespace sitrep
