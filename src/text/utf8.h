// UTF-8 repair and binary sniffing: the first thing done to raw input bytes,
// so every later stage may assume valid UTF-8 (see document.h).
#ifndef SITREP_TEXT_UTF8_H_
#define SITREP_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

// Replaces *out with a copy of `in` in which every ill-formed sequence is
// replaced by U+FFFD, and returns how many input bytes were replaced.
// Ill-formed means anything outside Unicode's well-formed table (overlongs,
// surrogates, code points above U+10FFFF, stray continuation bytes,
// truncated sequences). Each *maximal subpart* of an ill-formed sequence
// becomes one U+FFFD (the W3C/WHATWG convention, as ICU's U8_NEXT does), so
// "\xE2\x82" followed by "A" yields one U+FFFD then "A".
// Valid input is copied with a single append; ASCII runs are checked 8 bytes
// at a time. `out` must not alias `in`.
uint32_t RepairUtf8(std::string_view in, std::string* out);

// True when `head` does not look like text: it contains a NUL byte, or more
// than 10% of its bytes are C0 control bytes other than \t \n \r \f (or DEL).
// Only the first 64 KiB are examined, so the cost is bounded for any input.
// Empty input is text.
bool LooksBinary(std::string_view head);

}  // namespace sitrep

#endif  // SITREP_TEXT_UTF8_H_
