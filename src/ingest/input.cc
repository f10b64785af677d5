#include "ingest/input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>

namespace sitrep {

namespace fs = std::filesystem;

namespace {

bool Hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

std::string Megabytes(size_t n) { return fmt::format("{:.1f} MB", n / 1048576.0); }

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      const InputErrorFn& on_error) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      on_error(p, "no such file or folder");
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      on_error(p, "cannot list folder: " + ec.message());
      continue;
    }
    for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
      if (ec) {
        on_error(p, "cannot list folder: " + ec.message());
        break;
      }
      if (Hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

bool ReadInput(const std::string& name, const InputOptions& opts, std::string* bytes,
               std::string* error) {
  bytes->clear();
  const bool is_stdin = name == "-";
  const int fd = is_stdin ? STDIN_FILENO : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    if (static_cast<size_t>(st.st_size) > opts.max_doc_bytes) {
      *error = fmt::format("too large: {} exceeds the {} per-document limit (--max-doc-mb)",
                           Megabytes(st.st_size), Megabytes(opts.max_doc_bytes));
      if (!is_stdin) ::close(fd);
      return false;
    }
    bytes->reserve(st.st_size);
  } else if (!is_stdin && ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    *error = "is a folder";
    ::close(fd);
    return false;
  }
  char buf[1 << 16];
  bool ok = true;
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = std::string("read failed: ") + std::strerror(errno);
      ok = false;
      break;
    }
    if (n == 0) break;
    if (bytes->size() + n > opts.max_doc_bytes) {
      // Streams (stdin, pipes) have no size up front: stop at the cap.
      *error = fmt::format("too large: more than the {} per-document limit (--max-doc-mb)",
                           Megabytes(opts.max_doc_bytes));
      ok = false;
      break;
    }
    bytes->append(buf, n);
  }
  if (!is_stdin) ::close(fd);
  if (ok && bytes->empty()) {
    *error = "empty file";
    ok = false;
  }
  if (!ok) bytes->clear();
  return ok;
}

}  // namespace sitrep
