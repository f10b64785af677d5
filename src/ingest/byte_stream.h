// Pull-based byte streams for the container readers: a raw file (or stdin)
// source, and a BufferedReader on top that gives lines, exact-length blocks,
// pattern scans and push-back, all in memory bounded by the largest single
// line or block a caller asks for (never by the input size).
#ifndef SITREP_INGEST_BYTE_STREAM_H_
#define SITREP_INGEST_BYTE_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// A source of bytes. Read() returns 0 only at the end of the data or after an
// error; error() is then non-empty for an error and empty for a clean end.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  virtual size_t Read(char* out, size_t n) = 0;
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// Opens a file for reading ("-" = stdin). Returns null and sets *error when
// it cannot be opened or is not a regular file / pipe.
std::unique_ptr<ByteStream> OpenFileStream(const std::string& path, std::string* error);

// A stream over bytes held in memory (tests, already-loaded inputs).
std::unique_ptr<ByteStream> MemoryStream(std::string bytes);

// Buffers a ByteStream; error() reports the source's error once it shows.
// Views it returns stay valid until the next call that
// consumes or fills. It is itself a ByteStream, so a decoder can be stacked on
// a reader that has already been peeked at for format detection.
class BufferedReader : public ByteStream {
 public:
  explicit BufferedReader(std::unique_ptr<ByteStream> source);

  size_t Read(char* out, size_t n) override;

  // Up to n bytes from the current position, without consuming them (fewer
  // only at the end of the data).
  std::string_view Peek(size_t n);

  // Reads through the next '\n'; *line gets the line without "\n" or
  // "\r\n". A line longer than max_len is consumed whole but not returned:
  // *too_long is set and *line is empty. Returns false at the end of data.
  bool ReadLine(size_t max_len, std::string_view* line, bool* too_long);

  // Appends up to n bytes to *out; returns how many (fewer = end of data).
  size_t ReadInto(size_t n, std::string* out);

  // Discards up to n bytes; returns how many.
  uint64_t Skip(uint64_t n);

  // Positions the reader at the next occurrence of pattern (not consumed).
  // Returns false, having consumed everything, if there is none.
  bool SkipTo(std::string_view pattern);

  // Puts bytes back in front of the unread data (used to resynchronise on a
  // container record whose declared length was wrong).
  void Unread(std::string_view bytes);

  // Bytes consumed so far (decreases by what Unread puts back).
  uint64_t offset() const { return offset_; }
  // True once the source is exhausted and the buffer empty.
  bool AtEnd();

 private:
  // Makes at least `want` bytes available if the source has them. Returns
  // the number available.
  size_t Fill(size_t want);
  size_t available() const { return end_ - pos_; }
  void Consume(size_t n) {
    pos_ += n;
    offset_ += n;
  }
  // Reads from the source, recording its end and error.
  size_t ReadSource(char* out, size_t n);

  std::unique_ptr<ByteStream> source_;
  std::vector<char> buf_;
  size_t pos_ = 0;  // first unread byte
  size_t end_ = 0;  // one past the last buffered byte
  bool source_done_ = false;
  uint64_t offset_ = 0;
};

}  // namespace sitrep

#endif  // SITREP_INGEST_BYTE_STREAM_H_
