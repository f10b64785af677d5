// Entry point of the container readers: turns one input (a file, or "-" for
// stdin) into Records, whatever its container. The format is sniffed from
// the content, not the file name (see format_detect.h):
//   gzip / zstd  -> decompressed on the fly, then sniffed again
//   WARC         -> one record per HTML response/resource (warc_reader.h)
//   JSON Lines / JSON array -> one record per object (jsonl_reader.h)
//   HTML / text  -> the whole input is one record named `path`
// Everything streams through fixed-size buffers: memory is bounded by
// opts.max_record_bytes, not by the input size.
#ifndef SITREP_INGEST_RECORD_READER_H_
#define SITREP_INGEST_RECORD_READER_H_

#include <memory>
#include <string>

#include "ingest/byte_stream.h"
#include "ingest/record.h"

namespace sitrep {

// Calls on_record for each good record and on_error(name, message) for each
// bad one, and keeps going. Returns false when nothing could be read at all:
// the input cannot be opened, is empty, is binary junk, or is a single
// text/HTML document that is truncated or over the size limit (each also
// reported through on_error). A recognised container returns true even if
// some or all of its records were bad.
bool ReadRecords(const std::string& path, const RecordFn& on_record, const ErrorFn& on_error,
                 const ReadOptions& opts = {});

// The same for an already-open stream; name stands for it in records and
// errors.
bool ReadRecordsFrom(std::unique_ptr<ByteStream> stream, const std::string& name,
                     const RecordFn& on_record, const ErrorFn& on_error,
                     const ReadOptions& opts = {});

}  // namespace sitrep

#endif  // SITREP_INGEST_RECORD_READER_H_
