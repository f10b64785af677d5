// WARC 1.0 / 1.1 reader (ISO 28500). Takes the records that hold a web page:
//   - "response" records whose HTTP payload has a 2xx status and an HTML
//     Content-Type (text/html, application/xhtml+xml; or none, if the body
//     sniffs as HTML). The charset parameter goes to Record::charset;
//     chunked Transfer-Encoding and gzip/deflate Content-Encoding are undone.
//   - "resource" records whose WARC Content-Type is HTML.
// warcinfo, request, metadata, revisit, conversion and non-HTML records are
// skipped silently.
//
// Robustness contract: a record whose Content-Length is wrong (the block is
// not followed by CRLF CRLF, or the data ends first), has no usable header,
// or exceeds opts.max_record_bytes is reported through on_error and skipped;
// the reader then resynchronises on the next line starting "WARC/1.". Every
// step consumes input, so it always terminates; memory is bounded by one
// record (max_record_bytes), never by the input.
#ifndef SITREP_INGEST_WARC_READER_H_
#define SITREP_INGEST_WARC_READER_H_

#include <string>

#include "ingest/byte_stream.h"
#include "ingest/record.h"

namespace sitrep {

// Reads all records from in (positioned at the first "WARC/1." line).
// input_name names the input in errors and nameless records.
void ReadWarc(BufferedReader& in, const std::string& input_name, const RecordFn& on_record,
              const ErrorFn& on_error, const ReadOptions& opts);

}  // namespace sitrep

#endif  // SITREP_INGEST_WARC_READER_H_
