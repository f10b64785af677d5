#include "ingest/byte_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace sitrep {
namespace {

// Large enough that a read(2) or inflate call amortises its overhead, small
// enough to stay in L2.
constexpr size_t kMinRead = size_t{64} << 10;
constexpr size_t kInitialBuffer = size_t{256} << 10;

class FileStream : public ByteStream {
 public:
  FileStream(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FileStream() override {
    if (owned_) close(fd_);
  }
  size_t Read(char* out, size_t n) override {
    if (done_) return 0;
    for (;;) {
      ssize_t got = read(fd_, out, n);
      if (got > 0) return static_cast<size_t>(got);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) error_ = std::string("read error: ") + std::strerror(errno);
      done_ = true;
      return 0;
    }
  }

 private:
  int fd_;
  bool owned_;
  bool done_ = false;
};

class StringStream : public ByteStream {
 public:
  explicit StringStream(std::string bytes) : bytes_(std::move(bytes)) {}
  size_t Read(char* out, size_t n) override {
    n = std::min(n, bytes_.size() - pos_);
    std::memcpy(out, bytes_.data() + pos_, n);
    pos_ += n;
    return n;
  }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<ByteStream> OpenFileStream(const std::string& path, std::string* error) {
  if (path == "-") return std::make_unique<FileStream>(STDIN_FILENO, false);
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return nullptr;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    *error = "cannot open: not a file";
    close(fd);
    return nullptr;
  }
  posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  return std::make_unique<FileStream>(fd, true);
}

std::unique_ptr<ByteStream> MemoryStream(std::string bytes) {
  return std::make_unique<StringStream>(std::move(bytes));
}

BufferedReader::BufferedReader(std::unique_ptr<ByteStream> source)
    : source_(std::move(source)), buf_(kInitialBuffer) {}

size_t BufferedReader::ReadSource(char* out, size_t n) {
  if (source_done_) return 0;
  size_t got = source_->Read(out, n);
  if (got == 0) {
    source_done_ = true;
    error_ = source_->error();
  }
  return got;
}

size_t BufferedReader::Fill(size_t want) {
  while (available() < want && !source_done_) {
    if (buf_.size() - end_ < kMinRead || buf_.size() - pos_ < want) {
      const size_t avail = available();
      if (pos_ > 0) {
        std::memmove(buf_.data(), buf_.data() + pos_, avail);
        pos_ = 0;
        end_ = avail;
      }
      const size_t need = std::max(want, avail + kMinRead);
      if (buf_.size() < need) buf_.resize(std::max(need, buf_.size() * 2));
    }
    end_ += ReadSource(buf_.data() + end_, buf_.size() - end_);
  }
  return available();
}

size_t BufferedReader::Read(char* out, size_t n) {
  if (available() == 0) {
    // Large reads bypass the buffer: one copy fewer on the bulk path.
    if (n >= kMinRead) {
      size_t got = ReadSource(out, n);
      offset_ += got;
      return got;
    }
    Fill(1);
  }
  n = std::min(n, available());
  std::memcpy(out, buf_.data() + pos_, n);
  Consume(n);
  return n;
}

std::string_view BufferedReader::Peek(size_t n) {
  Fill(n);
  return std::string_view(buf_.data() + pos_, std::min(n, available()));
}

bool BufferedReader::ReadLine(size_t max_len, std::string_view* line, bool* too_long) {
  *too_long = false;
  *line = {};
  size_t scanned = 0;
  for (;;) {
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start + scanned, '\n', available() - scanned);
    if (nl != nullptr) {
      size_t len = static_cast<const char*>(nl) - start;
      Consume(len + 1);
      if (len > 0 && start[len - 1] == '\r') --len;
      if (len > max_len) {
        *too_long = true;
      } else {
        *line = std::string_view(start, len);
      }
      return true;
    }
    scanned = available();
    if (scanned > max_len) {
      // Stream past the rest of an over-long line without buffering it.
      *too_long = true;
      Consume(scanned);
      while (Fill(1) > 0) {
        const char* s = buf_.data() + pos_;
        const void* end = std::memchr(s, '\n', available());
        if (end != nullptr) {
          Consume(static_cast<const char*>(end) - s + 1);
          return true;
        }
        Consume(available());
      }
      return true;
    }
    if (Fill(scanned + kMinRead) == scanned) {  // end of data
      if (scanned == 0) return false;
      *line = std::string_view(buf_.data() + pos_, scanned);
      Consume(scanned);
      return true;
    }
  }
}

size_t BufferedReader::ReadInto(size_t n, std::string* out) {
  size_t from_buf = std::min(n, available());
  out->append(buf_.data() + pos_, from_buf);
  Consume(from_buf);
  size_t done = from_buf;
  if (done < n) {
    // Read the remainder straight into *out rather than through the buffer,
    // growing it geometrically so that a large n (a caller's upper bound)
    // does not allocate more than the data actually present.
    const size_t base = out->size();
    const size_t rest = n - done;
    size_t got = 0;
    while (got < rest) {
      const size_t cap = out->size() - base;
      if (got == cap) out->resize(base + std::min(rest, std::max(cap * 2, kInitialBuffer)));
      size_t r = ReadSource(out->data() + base + got, out->size() - base - got);
      if (r == 0) break;
      got += r;
    }
    out->resize(base + got);
    offset_ += got;
    done += got;
  }
  return done;
}

uint64_t BufferedReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (available() == 0 && Fill(1) == 0) break;
    size_t take = static_cast<size_t>(std::min<uint64_t>(available(), n - done));
    Consume(take);
    done += take;
  }
  return done;
}

bool BufferedReader::SkipTo(std::string_view pattern) {
  if (pattern.empty()) return true;
  for (;;) {
    std::string_view data(buf_.data() + pos_, available());
    size_t p = data.find(pattern);
    if (p != std::string_view::npos) {
      Consume(p);
      return true;
    }
    // Keep a possible prefix of the pattern that straddles the refill.
    size_t keep = std::min(available(), pattern.size() - 1);
    Consume(available() - keep);
    if (Fill(keep + kMinRead) == keep) {
      Consume(keep);
      return false;
    }
  }
}

void BufferedReader::Unread(std::string_view bytes) {
  const size_t n = bytes.size();
  if (n <= pos_) {
    pos_ -= n;
    std::memcpy(buf_.data() + pos_, bytes.data(), n);
  } else {
    std::vector<char> merged(std::max(buf_.size(), n + available() + kMinRead));
    std::memcpy(merged.data(), bytes.data(), n);
    std::memcpy(merged.data() + n, buf_.data() + pos_, available());
    end_ = n + available();
    pos_ = 0;
    buf_.swap(merged);
  }
  offset_ = offset_ >= n ? offset_ - n : 0;
}

bool BufferedReader::AtEnd() { return Fill(1) == 0; }

}  // namespace sitrep
