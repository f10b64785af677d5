// Converting a record's raw bytes to UTF-8 with ICU.
//
// Order of trust:
//   1. a byte-order mark (UTF-8, UTF-16LE/BE) -- it cannot be there by accident;
//   2. bytes that are valid UTF-8 are UTF-8 even if declared as a legacy
//      8-bit charset (the commonest mislabel: multi-byte sequences almost
//      never arise by chance in windows-125x/koi8/iso-8859); so are bytes
//      with at least four good multi-byte characters per broken sequence,
//      which are repaired with U+FFFD;
//   3. the declared charset, if ICU knows it and every byte is legal in it;
//   4. ICU's CharsetDetector (ucsdet) on the bytes;
//   5. UTF-8 with U+FFFD for each invalid sequence.
// Unmappable bytes in steps 4-5 become U+FFFD.
// The result is always valid UTF-8 (the BOM removed); pure ASCII comes back
// unchanged without touching ICU.
#ifndef SITREP_INGEST_CHARSET_H_
#define SITREP_INGEST_CHARSET_H_

#include <string>
#include <string_view>

namespace sitrep {

// declared_charset: as found in a header or <meta> ("windows-1251",
// "KOI8-R", "\"utf-8\""...); empty if unknown. If used_charset is non-null
// it receives the ICU name of the charset actually used.
std::string ToUtf8(std::string_view bytes, std::string_view declared_charset,
                   std::string* used_charset = nullptr);

// True if bytes are well-formed UTF-8 (no surrogates, no overlongs).
bool IsValidUtf8(std::string_view bytes);

}  // namespace sitrep

#endif  // SITREP_INGEST_CHARSET_H_
