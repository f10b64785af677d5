// Record: one article-like unit found in an input (a whole file, one WARC
// response, one JSON Lines object), with the metadata its container carried.
// The body is the raw bytes as found -- not yet charset-converted (see
// charset.h) and not yet cleaned.
#ifndef SITREP_INGEST_RECORD_H_
#define SITREP_INGEST_RECORD_H_

#include <cstddef>
#include <functional>
#include <string>

namespace sitrep {

struct Record {
  enum class Kind { kText, kHtml };

  // "path" for a whole file, the WARC-Target-URI for a WARC record, or
  // "path#record-N" (N = 1-based line of a JSONL file, element of a JSON
  // array, or record of a WARC without a target URI).
  std::string name;
  // Optional metadata; empty = unknown.
  std::string url;
  std::string title;
  std::string published;  // as given by the source (JSON published/date)
  std::string fetched;    // WARC-Date (capture time)
  std::string outlet;
  std::string id;       // JSON id or WARC-Record-ID
  std::string charset;  // declared charset (HTTP/WARC Content-Type, "utf-8" for JSON)
  Kind kind = Kind::kText;
  std::string body;
};

struct ReadOptions {
  // Records larger than this are reported and skipped (streamed past, never
  // buffered). Also bounds the longest JSON line.
  size_t max_record_bytes = size_t{32} << 20;
};

// Gets each good record; it may be moved from.
using RecordFn = std::function<void(Record& record)>;
// Gets the name of a bad record (or the input) and a one-line message.
using ErrorFn = std::function<void(const std::string& name, const std::string& message)>;

}  // namespace sitrep

#endif  // SITREP_INGEST_RECORD_H_
