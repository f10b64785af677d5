#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>

namespace sitrep {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

struct Utf8Stats {
  size_t multibyte = 0;  // well-formed non-ASCII characters
  size_t invalid = 0;    // ill-formed sequences
};

// Counts UTF-8 characters and errors. ASCII runs are skipped eight bytes at a
// time since most news text is mostly ASCII. Stops counting errors early
// once the answer (mostly invalid) is clear.
Utf8Stats ScanUtf8(std::string_view s) {
  Utf8Stats st;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  if (s.size() > static_cast<size_t>(INT32_MAX)) st.invalid = 1;
  int32_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      if (++st.invalid > 64 && st.invalid * 4 > st.multibyte) return st;
    } else {
      ++st.multibyte;
    }
  }
  return st;
}

std::string NormalizeName(std::string_view name) {
  while (!name.empty() && (std::isspace(static_cast<unsigned char>(name.front())) ||
                           name.front() == '"' || name.front() == '\'')) {
    name.remove_prefix(1);
  }
  while (!name.empty() && (std::isspace(static_cast<unsigned char>(name.back())) ||
                           name.back() == '"' || name.back() == '\'')) {
    name.remove_suffix(1);
  }
  std::string out(name);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Converts with ICU. strict: fail on any illegal/unmappable byte sequence;
// otherwise substitute U+FFFD. Returns false on failure.
bool Convert(std::string_view bytes, const char* charset, bool strict, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  Converter cnv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return false;
  if (strict) {
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  if (U_FAILURE(status) || bytes.size() > INT32_MAX / 4) return false;
  // Every input byte yields at most 3 UTF-8 bytes (a 4-byte UTF-8 character
  // always comes from at least 2 input bytes).
  out->resize(bytes.size() * 3 + 4);
  int32_t len =
      ucnv_toAlgorithmic(UCNV_UTF8, cnv.get(), out->data(), static_cast<int32_t>(out->size()),
                         bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  out->resize(len);
  // ICU substitutes U+001A instead of U+FFFD for charsets whose own
  // substitution byte is SUB; normalise so callers see one marker.
  if (!strict && out->find('\x1a') != std::string::npos) {
    std::string fixed;
    fixed.reserve(out->size() + 16);
    for (char c : *out) {
      if (c == '\x1a') {
        fixed += "\xEF\xBF\xBD";
      } else {
        fixed += c;
      }
    }
    out->swap(fixed);
  }
  return true;
}

// Best guess of ICU's detector, or empty.
std::string Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  // The detector's statistics settle within a few KB; more only costs time.
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), 64 << 10));
  ucsdet_setText(det.get(), bytes.data(), n, &status);
  // Markup would skew the statistics towards ASCII-compatible charsets.
  ucsdet_enableInputFilter(det.get(), true);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name != nullptr ? std::string(name) : std::string();
}

void SetUsed(std::string* used, std::string_view name) {
  if (used != nullptr) used->assign(name);
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) { return ScanUtf8(bytes).invalid == 0; }

std::string ToUtf8(std::string_view bytes, std::string_view declared_charset,
                   std::string* used_charset) {
  std::string out;
  // 1. Byte-order marks.
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    declared_charset = "utf-8";
  } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const char* cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (Convert(bytes.substr(2), cs, /*strict=*/false, &out)) {
      SetUsed(used_charset, cs);
      return out;
    }
  }
  std::string declared = NormalizeName(declared_charset);
  const bool wide = declared.starts_with("utf-16") || declared.starts_with("utf-32") ||
                    declared.starts_with("ucs-2") || declared.starts_with("ucs2");

  // 2. Valid UTF-8 (including pure ASCII) wins over an 8-bit declaration;
  //    so does UTF-8 with a few damaged sequences (at least four good
  //    multi-byte characters per bad one), which is repaired.
  if (!wide) {
    const Utf8Stats st = ScanUtf8(bytes);
    if (st.invalid == 0) {
      SetUsed(used_charset, "UTF-8");
      return std::string(bytes);
    }
    if (st.multibyte >= 4 * st.invalid && Convert(bytes, "UTF-8", /*strict=*/false, &out)) {
      SetUsed(used_charset, "UTF-8");
      return out;
    }
  }
  // 3. The declared charset, if every byte is legal in it. (A declared UTF-8
  //    that failed the checks above fails here too and falls through.)
  if (!declared.empty() && Convert(bytes, declared.c_str(), /*strict=*/true, &out)) {
    SetUsed(used_charset, declared);
    return out;
  }
  // 4. Statistical detection.
  std::string guess = Detect(bytes);
  if (!guess.empty() && Convert(bytes, guess.c_str(), /*strict=*/false, &out)) {
    SetUsed(used_charset, guess);
    return out;
  }
  // 5. Repair as UTF-8.
  Convert(bytes, "UTF-8", /*strict=*/false, &out);
  SetUsed(used_charset, "UTF-8");
  return out;
}

}  // namespace sitrep
