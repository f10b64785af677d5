// Sniffs an input's format from its first bytes, so that a .txt holding a
// WARC, or a gzip file with any name, is still read correctly.
#ifndef SITREP_INGEST_FORMAT_DETECT_H_
#define SITREP_INGEST_FORMAT_DETECT_H_

#include <cstddef>
#include <string_view>

namespace sitrep {

enum class InputFormat {
  kEmpty,      // no bytes, or only whitespace
  kGzip,       // 1f 8b
  kZstd,       // 28 b5 2f fd
  kWarc,       // "WARC/1."
  kJsonLines,  // first non-blank char '{'
  kJsonArray,  // '[' then (after blanks) '{' or ']'
  kHtml,       // '<' and an HTML marker (<!doctype, <html, <head, <body, <meta, <!--)
  kText,       // anything else that looks like text in some charset
  kBinary,     // NUL bytes or many control characters
};

// How many leading bytes DetectFormat wants to see.
inline constexpr size_t kSniffBytes = 4096;

// Classifies an input from (up to kSniffBytes of) its head. A UTF-8 BOM and
// leading whitespace are skipped for the text formats.
InputFormat DetectFormat(std::string_view head);

const char* FormatName(InputFormat f);

}  // namespace sitrep

#endif  // SITREP_INGEST_FORMAT_DETECT_H_
