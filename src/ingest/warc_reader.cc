#include "ingest/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <string_view>

#include "ingest/format_detect.h"
#include "ingest/gzip_stream.h"

namespace sitrep {
namespace {

constexpr size_t kMaxHeaderLine = size_t{64} << 10;
constexpr size_t kMaxHeaderBytes = size_t{1} << 20;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "text/html; charset=windows-1251" -> media "text/html", charset
// "windows-1251" (both lower-cased, quotes stripped).
void ParseContentType(std::string_view value, std::string* media, std::string* charset) {
  size_t semi = value.find(';');
  *media = Lower(Trim(value.substr(0, semi)));
  charset->clear();
  while (semi != std::string_view::npos) {
    value.remove_prefix(semi + 1);
    semi = value.find(';');
    std::string_view param = Trim(value.substr(0, semi));
    size_t eq = param.find('=');
    if (eq == std::string_view::npos || !EqualsNoCase(Trim(param.substr(0, eq)), "charset")) {
      continue;
    }
    std::string_view v = Trim(param.substr(eq + 1));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
    *charset = Lower(Trim(v));
  }
}

bool IsHtmlMedia(std::string_view media) {
  return media == "text/html" || media == "application/xhtml+xml" || media == "application/xhtml";
}

// Undoes chunked transfer coding. Returns false if body is not well-formed
// chunked data (some archivers de-chunk but keep the header).
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  for (;;) {
    size_t eol = body.find('\n');
    if (eol == std::string_view::npos) return false;
    std::string_view size_line = Trim(body.substr(0, eol));
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    uint64_t size = 0;
    auto [p, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || p != size_line.data() + size_line.size() || size_line.empty()) {
      return false;
    }
    body.remove_prefix(eol + 1);
    if (size == 0) return true;  // trailers, if any, are ignored
    if (size > body.size()) return false;
    out->append(body.data(), size);
    body.remove_prefix(size);
    if (body.starts_with("\r\n")) {
      body.remove_prefix(2);
    } else if (body.starts_with("\n")) {
      body.remove_prefix(1);
    } else {
      return false;
    }
  }
}

struct WarcHeader {
  std::string type, target_uri, record_id, date, content_type;
  uint64_t content_length = 0;
  bool has_length = false;
};

enum class HttpResult { kTake, kSkip, kError };

// Splits an HTTP response block into headers and an HTML body for *rec.
HttpResult ParseHttpResponse(std::string_view block, const ReadOptions& opts, Record* rec,
                             std::string* scratch, std::string* error) {
  if (!block.starts_with("HTTP/")) {
    *error = "response record without an HTTP status line";
    return HttpResult::kError;
  }
  size_t head_end = block.find("\r\n\r\n");
  size_t body_start = head_end == std::string_view::npos ? head_end : head_end + 4;
  if (head_end == std::string_view::npos) {
    head_end = block.find("\n\n");
    body_start = head_end == std::string_view::npos ? block.size() : head_end + 2;
    if (head_end == std::string_view::npos) head_end = block.size();
  }
  std::string_view head = block.substr(0, head_end);
  size_t eol = head.find('\n');
  std::string_view status_line = Trim(head.substr(0, eol));
  size_t sp = status_line.find(' ');
  int status = 0;
  if (sp != std::string_view::npos) {
    std::string_view code = status_line.substr(sp + 1, 3);
    std::from_chars(code.data(), code.data() + code.size(), status);
  }
  if (status < 100 || status > 599) {
    *error = "malformed HTTP status line";
    return HttpResult::kError;
  }
  if (status < 200 || status > 299) return HttpResult::kSkip;  // redirects, errors

  std::string media, transfer, encoding;
  bool has_type = false;
  head.remove_prefix(eol == std::string_view::npos ? head.size() : eol + 1);
  while (!head.empty()) {
    eol = head.find('\n');
    std::string_view line = head.substr(0, eol);
    head.remove_prefix(eol == std::string_view::npos ? head.size() : eol + 1);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = Trim(line.substr(0, colon));
    std::string_view value = Trim(line.substr(colon + 1));
    if (EqualsNoCase(name, "content-type")) {
      ParseContentType(value, &media, &rec->charset);
      has_type = true;
    } else if (EqualsNoCase(name, "transfer-encoding")) {
      transfer = Lower(value);
    } else if (EqualsNoCase(name, "content-encoding")) {
      encoding = Lower(value);
    }
  }
  std::string_view body = block.substr(std::min(body_start, block.size()));
  if (transfer.find("chunked") != std::string::npos && Dechunk(body, scratch)) {
    rec->body.swap(*scratch);
    body = rec->body;
  }
  if (!encoding.empty() && encoding != "identity") {
    if (!DecodeContentEncoding(encoding, body, opts.max_record_bytes, scratch, error)) {
      return HttpResult::kError;
    }
    rec->body.swap(*scratch);
    body = rec->body;
  }
  bool html = has_type ? IsHtmlMedia(media) : DetectFormat(body) == InputFormat::kHtml;
  if (!html) return HttpResult::kSkip;
  if (body.data() != rec->body.data()) rec->body.assign(body);
  rec->kind = Record::Kind::kHtml;
  return HttpResult::kTake;
}

class WarcReader {
 public:
  WarcReader(BufferedReader& in, const std::string& input_name, const RecordFn& on_record,
             const ErrorFn& on_error, const ReadOptions& opts)
      : in_(in), input_(input_name), on_record_(on_record), on_error_(on_error), opts_(opts) {}

  void Run() {
    std::string_view line;
    bool too_long = false;
    while (in_.ReadLine(kMaxHeaderLine, &line, &too_long)) {
      if (line.empty() && !too_long) continue;  // blank lines between records
      ++index_;
      const uint64_t start = in_.offset();
      if (too_long || !line.starts_with("WARC/1.")) {
        Error(input_ + "#record-" + std::to_string(index_),
              "no WARC header where a record should start (before offset " + std::to_string(start) +
                  ")");
        Resync();
        continue;
      }
      ReadRecord();
    }
    if (!in_.error().empty() && !reported_stream_error_) Error(input_, in_.error());
  }

 private:
  void Error(const std::string& name, const std::string& message) { on_error_(name, message); }

  // Skips to the next line that starts a WARC record (possibly the current
  // position). Cannot loop: every record attempt consumed its header line,
  // and Unread only ever puts back bytes from after it.
  void Resync() {
    if (in_.Peek(7) == "WARC/1.") return;
    if (in_.SkipTo("\nWARC/1.")) in_.Skip(1);
  }

  // Reads the header lines after "WARC/1.x". Returns false on a bad header.
  bool ReadHeader(WarcHeader* h, std::string* problem) {
    std::string_view line;
    bool too_long = false;
    size_t total = 0;
    std::string* last = nullptr;
    for (;;) {
      if (!in_.ReadLine(kMaxHeaderLine, &line, &too_long)) {
        *problem = "input ends inside the record header";
        return false;
      }
      if (too_long || (total += line.size()) > kMaxHeaderBytes) {
        *problem = "record header too long";
        return false;
      }
      if (line.empty()) break;
      if (line.front() == ' ' || line.front() == '\t') {  // folded continuation
        if (last != nullptr) last->append(Trim(line));
        continue;
      }
      last = nullptr;
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view name = Trim(line.substr(0, colon));
      std::string_view value = Trim(line.substr(colon + 1));
      if (EqualsNoCase(name, "WARC-Type")) {
        last = &h->type;
      } else if (EqualsNoCase(name, "WARC-Target-URI")) {
        last = &h->target_uri;
      } else if (EqualsNoCase(name, "WARC-Record-ID")) {
        last = &h->record_id;
      } else if (EqualsNoCase(name, "WARC-Date")) {
        last = &h->date;
      } else if (EqualsNoCase(name, "Content-Type")) {
        last = &h->content_type;
      } else if (EqualsNoCase(name, "Content-Length")) {
        auto [p, ec] =
            std::from_chars(value.data(), value.data() + value.size(), h->content_length);
        h->has_length = ec == std::errc() && p == value.data() + value.size();
        continue;
      }
      if (last != nullptr) last->assign(value);
    }
    if (!h->has_length) {
      *problem = "missing or invalid Content-Length";
      return false;
    }
    return true;
  }

  // Consumes the CRLF CRLF that must follow a block (LF LF tolerated; a
  // missing trailer at the very end of the input too).
  bool ConsumeTrailer() {
    std::string_view t = in_.Peek(4);
    if (t == "\r\n\r\n") return in_.Skip(4) == 4;
    if (t.starts_with("\n\n")) return in_.Skip(2) == 2;
    if (t.empty() || t == "\r\n" || t == "\n") {
      in_.Skip(t.size());
      return in_.error().empty();
    }
    return false;
  }

  void ReadRecord() {
    WarcHeader h;
    std::string problem;
    if (!ReadHeader(&h, &problem)) {
      Error(input_ + "#record-" + std::to_string(index_), problem);
      Resync();
      return;
    }
    const std::string name =
        h.target_uri.empty() ? input_ + "#record-" + std::to_string(index_) : h.target_uri;
    const bool wanted = h.type == "response" || h.type == "resource";

    if (h.content_length > opts_.max_record_bytes) {
      if (wanted) {
        Error(name, "record of " + std::to_string(h.content_length) +
                        " bytes exceeds the size limit; skipped");
      }
      // Streamed past, never buffered; a wrong length here cannot be
      // recovered by rewinding, only by scanning on.
      if (in_.Skip(h.content_length) < h.content_length || !ConsumeTrailer()) {
        TruncatedOrMislength(name, /*short_read=*/false);
        Resync();
      }
      return;
    }

    block_.clear();
    if (in_.ReadInto(h.content_length, &block_) < h.content_length) {
      TruncatedOrMislength(name, /*short_read=*/true);
      in_.Unread(block_);
      Resync();
      return;
    }
    if (!ConsumeTrailer()) {
      TruncatedOrMislength(name, /*short_read=*/false);
      // The true end may lie inside the block (length too long) or after it
      // (too short): rescan from the start of the block either way.
      in_.Unread(block_);
      Resync();
      return;
    }
    if (wanted) TakeRecord(h, name);
  }

  void TruncatedOrMislength(const std::string& name, bool short_read) {
    if (!in_.error().empty()) {
      Error(name, "record cut short: " + in_.error());
      reported_stream_error_ = true;
    } else if (short_read) {
      Error(name, "Content-Length is longer than the data left in the input");
    } else {
      Error(name, "Content-Length does not match the record (no CRLF CRLF after the block)");
    }
  }

  void TakeRecord(const WarcHeader& h, const std::string& name) {
    Record rec;
    rec.name = name;
    rec.url = h.target_uri;
    rec.fetched = h.date;
    rec.id = h.record_id;
    if (rec.id.size() >= 2 && rec.id.front() == '<' && rec.id.back() == '>') {
      rec.id = rec.id.substr(1, rec.id.size() - 2);
    }
    if (h.type == "resource") {
      std::string media;
      ParseContentType(h.content_type, &media, &rec.charset);
      if (!IsHtmlMedia(media)) return;
      rec.kind = Record::Kind::kHtml;
      rec.body.swap(block_);
    } else {
      std::string error;
      switch (ParseHttpResponse(block_, opts_, &rec, &scratch_, &error)) {
        case HttpResult::kSkip:
          return;
        case HttpResult::kError:
          Error(name, error);
          return;
        case HttpResult::kTake:
          break;
      }
    }
    on_record_(rec);
  }

  BufferedReader& in_;
  const std::string& input_;
  const RecordFn& on_record_;
  const ErrorFn& on_error_;
  const ReadOptions& opts_;
  uint64_t index_ = 0;
  bool reported_stream_error_ = false;
  std::string block_;    // reused across records: capacity stays bounded by max_record_bytes
  std::string scratch_;  // likewise, for de-chunking / decoding
};

}  // namespace

void ReadWarc(BufferedReader& in, const std::string& input_name, const RecordFn& on_record,
              const ErrorFn& on_error, const ReadOptions& opts) {
  WarcReader(in, input_name, on_record, on_error, opts).Run();
}

}  // namespace sitrep
