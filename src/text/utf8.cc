#include "text/utf8.h"

#include <unicode/utf8.h>

#include <cstring>

namespace sitrep {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Index of the first non-ASCII byte at or after `i`, or in.size().
size_t SkipAscii(std::string_view in, size_t i) {
  const char* p = in.data();
  const size_t n = in.size();
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);  // unaligned-safe load
    if ((word & kHighBits) != 0) break;
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  return i;
}

}  // namespace

uint32_t RepairUtf8(std::string_view in, std::string* out) {
  out->clear();
  uint32_t replaced = 0;
  size_t run_start = 0;  // start of the pending run of valid bytes
  size_t i = 0;
  const size_t n = in.size();
  const auto* bytes = reinterpret_cast<const uint8_t*>(in.data());
  while (true) {
    i = SkipAscii(in, i);
    if (i >= n) break;
    // ICU's U8_NEXT validates against Unicode's well-formed table and, on an
    // ill-formed sequence, advances past exactly its maximal subpart.
    size_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c < 0) {
      if (out->empty()) out->reserve(n + 16);
      out->append(in.data() + run_start, start - run_start);
      out->append("\xEF\xBF\xBD");
      replaced += static_cast<uint32_t>(i - start);
      run_start = i;
    }
  }
  if (run_start == 0) {
    out->assign(in);  // the common case: all valid, one copy
  } else {
    out->append(in.data() + run_start, n - run_start);
  }
  return replaced;
}

bool LooksBinary(std::string_view head) {
  constexpr size_t kLimit = 64 * 1024;
  if (head.size() > kLimit) head = head.substr(0, kLimit);
  if (head.empty()) return false;
  if (std::memchr(head.data(), '\0', head.size()) != nullptr) return true;
  size_t control = 0;
  for (char ch : head) {
    auto b = static_cast<unsigned char>(ch);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) ++control;
  }
  return control * 10 > head.size();
}

}  // namespace sitrep
