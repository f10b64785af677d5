// Test-only helpers for the container readers: build WARC records, HTTP
// responses and gzip members in memory, write temp files, and collect what
// a reader reports. Header-only so each _test.cc can use it.
#ifndef SITREP_INGEST_READERS_TESTUTIL_H_
#define SITREP_INGEST_READERS_TESTUTIL_H_

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ingest/byte_stream.h"
#include "ingest/record.h"

namespace sitrep::testutil {

// One WARC record: version line, headers (Content-Length added unless
// length_override >= 0 gives a -- possibly lying -- value), block, trailer.
inline std::string WarcRecord(const std::string& type, const std::string& uri,
                              const std::string& block,
                              const std::vector<std::pair<std::string, std::string>>& extra = {},
                              long length_override = -1, const std::string& version = "1.0") {
  std::string r = "WARC/" + version + "\r\n";
  r += "WARC-Type: " + type + "\r\n";
  r += "WARC-Date: 2024-03-01T10:00:00Z\r\n";
  r += "WARC-Record-ID: <urn:uuid:" + type + "-" + std::to_string(block.size()) + ">\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  for (const auto& [k, v] : extra) r += k + ": " + v + "\r\n";
  long len = length_override >= 0 ? length_override : static_cast<long>(block.size());
  r += "Content-Length: " + std::to_string(len) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

inline std::string HttpResponse(const std::string& content_type, const std::string& body,
                                int status = 200, const std::string& extra_headers = "") {
  std::string r = "HTTP/1.1 " + std::to_string(status) + " X\r\n";
  if (!content_type.empty()) r += "Content-Type: " + content_type + "\r\n";
  r += extra_headers;
  r += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  return r + body;
}

inline std::string HtmlPage(const std::string& title, const std::string& text) {
  return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><p>" + text +
         "</p></body></html>";
}

// One complete gzip member holding data.
inline std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Hands out at most `step` bytes per Read, to exercise buffer boundaries.
class TrickleStream : public ByteStream {
 public:
  TrickleStream(std::string bytes, size_t step) : bytes_(std::move(bytes)), step_(step) {}
  size_t Read(char* out, size_t n) override {
    n = std::min({n, step_, bytes_.size() - pos_});
    bytes_.copy(out, n, pos_);
    pos_ += n;
    return n;
  }

 private:
  std::string bytes_;
  size_t step_;
  size_t pos_ = 0;
};

inline std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = testing::TempDir() + "sitrep_readers_" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// Collects records and errors.
struct Sink {
  std::vector<Record> records;
  std::vector<std::pair<std::string, std::string>> errors;
  RecordFn on_record() {
    return [this](Record& r) { records.push_back(std::move(r)); };
  }
  ErrorFn on_error() {
    return [this](const std::string& n, const std::string& m) { errors.emplace_back(n, m); };
  }
  std::string ErrorText() const {
    std::string s;
    for (const auto& [n, m] : errors) s += n + ": " + m + "\n";
    return s;
  }
};

}  // namespace sitrep::testutil

#endif  // SITREP_INGEST_READERS_TESTUTIL_H_
