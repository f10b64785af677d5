// JSON Lines (one object per line) and JSON array readers. Each object is
// one record:
//   text | html            the body (one required; text wins if both)
//   id                     string or number
//   url, title
//   published | date
//   outlet | source | site (first string one wins)
// Record::name is "<input>#record-N" (N = 1-based line, or array element).
//
// JSON Lines are parsed line by line, so a bad line is reported with its line
// number and the rest are still read; a line longer than
// opts.max_record_bytes is streamed past and reported. A JSON array is parsed
// element by element from the stream (memory = one element); since a syntax
// error leaves no safe place to resume, the first one ends the array.
#ifndef SITREP_INGEST_JSONL_READER_H_
#define SITREP_INGEST_JSONL_READER_H_

#include <string>

#include "ingest/byte_stream.h"
#include "ingest/record.h"

namespace sitrep {

void ReadJsonLines(BufferedReader& in, const std::string& input_name, const RecordFn& on_record,
                   const ErrorFn& on_error, const ReadOptions& opts);

void ReadJsonArray(BufferedReader& in, const std::string& input_name, const RecordFn& on_record,
                   const ErrorFn& on_error, const ReadOptions& opts);

}  // namespace sitrep

#endif  // SITREP_INGEST_JSONL_READER_H_
