#include "ingest/record_reader.h"

#include "ingest/format_detect.h"
#include "ingest/gzip_stream.h"
#include "ingest/jsonl_reader.h"
#include "ingest/warc_reader.h"

namespace sitrep {
namespace {

// gzip inside gzip happens (a .gz of a .warc.gz); deeper nesting is junk.
constexpr int kMaxCompressionLayers = 2;

}  // namespace

bool ReadRecordsFrom(std::unique_ptr<ByteStream> stream, const std::string& name,
                     const RecordFn& on_record, const ErrorFn& on_error, const ReadOptions& opts) {
  auto reader = std::make_unique<BufferedReader>(std::move(stream));
  InputFormat format;
  for (int layer = 0;; ++layer) {
    std::string_view head = reader->Peek(kSniffBytes);
    if (head.empty()) {
      on_error(name, reader->error().empty() ? "empty input" : reader->error());
      return false;
    }
    format = DetectFormat(head);
    const bool compressed = format == InputFormat::kGzip || format == InputFormat::kZstd;
    if (!compressed) break;
    if (layer == kMaxCompressionLayers) {
      format = InputFormat::kBinary;
      break;
    }
    auto decoder = format == InputFormat::kGzip ? GzipStream(std::move(reader))
                                                : ZstdStream(std::move(reader));
    reader = std::make_unique<BufferedReader>(std::move(decoder));
  }

  switch (format) {
    case InputFormat::kEmpty:
      on_error(name, "empty input");
      return false;
    case InputFormat::kBinary:
    case InputFormat::kGzip:
    case InputFormat::kZstd:
      on_error(name, "binary data, neither text nor a known container");
      return false;
    case InputFormat::kWarc:
      ReadWarc(*reader, name, on_record, on_error, opts);
      return true;
    case InputFormat::kJsonLines:
      ReadJsonLines(*reader, name, on_record, on_error, opts);
      return true;
    case InputFormat::kJsonArray:
      ReadJsonArray(*reader, name, on_record, on_error, opts);
      return true;
    case InputFormat::kHtml:
    case InputFormat::kText:
      break;
  }

  Record rec;
  rec.name = name;
  rec.kind = format == InputFormat::kHtml ? Record::Kind::kHtml : Record::Kind::kText;
  reader->ReadInto(opts.max_record_bytes, &rec.body);
  if (!reader->AtEnd()) {
    on_error(name,
             "input exceeds the size limit of " + std::to_string(opts.max_record_bytes) + " bytes");
    return false;
  }
  if (!reader->error().empty()) {
    on_error(name, "input cut short: " + reader->error());
    return false;
  }
  on_record(rec);
  return true;
}

bool ReadRecords(const std::string& path, const RecordFn& on_record, const ErrorFn& on_error,
                 const ReadOptions& opts) {
  std::string error;
  auto stream = OpenFileStream(path, &error);
  if (stream == nullptr) {
    on_error(path, error);
    return false;
  }
  return ReadRecordsFrom(std::move(stream), path, on_record, on_error, opts);
}

}  // namespace sitrep
