// Streaming decompressors stacked on a ByteStream: gzip (including the
// multi-member files that per-record WARC.gz uses) and zstd (multi-frame).
// Both decode through fixed-size buffers, so memory does not depend on the
// input or output size.
//
// A stream that ends inside a member/frame, or that holds corrupt data,
// reports it through error() after returning every byte decoded before the
// damage; readers above therefore keep the records that came earlier.
#ifndef SITREP_INGEST_GZIP_STREAM_H_
#define SITREP_INGEST_GZIP_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/byte_stream.h"

namespace sitrep {

// True if bytes begin with the gzip / zstd magic number.
bool IsGzipMagic(std::string_view bytes);
bool IsZstdMagic(std::string_view bytes);

// Decompresses gzip data from source. Members are decoded back to back
// (inflateReset at each member end); zero padding after the last member is
// ignored, anything else after it is an error.
std::unique_ptr<ByteStream> GzipStream(std::unique_ptr<ByteStream> source);

// Decompresses zstd data (any number of frames) from source.
std::unique_ptr<ByteStream> ZstdStream(std::unique_ptr<ByteStream> source);

// Decodes an HTTP Content-Encoding ("gzip", "x-gzip", "deflate" -- zlib or
// raw) held in memory into *out. Fails, setting *error, on corrupt data, an
// unknown encoding, or output over max_out bytes (a decompression bomb).
bool DecodeContentEncoding(std::string_view encoding, std::string_view in, size_t max_out,
                           std::string* out, std::string* error);

}  // namespace sitrep

#endif  // SITREP_INGEST_GZIP_STREAM_H_
