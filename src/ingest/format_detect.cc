#include "ingest/format_detect.h"

#include <algorithm>
#include <cctype>

#include "ingest/gzip_stream.h"

namespace sitrep {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view s, std::string_view needle) {
  auto it = std::search(s.begin(), s.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
  return it != s.end();
}

// Text in any 8-bit charset or UTF-8 has no NULs and few C0 controls;
// UTF-16 without BOM, images, PDFs and executables do.
bool LooksBinary(std::string_view head) {
  size_t controls = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && !IsBlank(ch) && c != 0x1b) ++controls;
  }
  return controls * 20 > head.size();  // over 5%
}

}  // namespace

InputFormat DetectFormat(std::string_view head) {
  head = head.substr(0, kSniffBytes);
  if (IsGzipMagic(head)) return InputFormat::kGzip;
  if (IsZstdMagic(head)) return InputFormat::kZstd;
  if (head.starts_with("WARC/1.")) return InputFormat::kWarc;
  if (LooksBinary(head)) return InputFormat::kBinary;

  std::string_view s = head;
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  size_t i = 0;
  while (i < s.size() && IsBlank(s[i])) ++i;
  s.remove_prefix(i);
  if (s.empty()) return InputFormat::kEmpty;
  if (s.starts_with("WARC/1.")) return InputFormat::kWarc;
  if (s[0] == '{') return InputFormat::kJsonLines;
  if (s[0] == '[') {
    size_t j = 1;
    while (j < s.size() && IsBlank(s[j])) ++j;
    if (j < s.size() && (s[j] == '{' || s[j] == ']')) return InputFormat::kJsonArray;
    return InputFormat::kText;
  }
  if (s[0] == '<') {
    for (std::string_view marker : {"<!doctype", "<html", "<head", "<body", "<meta", "<!--"}) {
      if (StartsWithNoCase(s, marker)) return InputFormat::kHtml;
    }
    if (ContainsNoCase(s, "<html") || ContainsNoCase(s, "<body")) return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

const char* FormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kEmpty:
      return "empty";
    case InputFormat::kGzip:
      return "gzip";
    case InputFormat::kZstd:
      return "zstd";
    case InputFormat::kWarc:
      return "warc";
    case InputFormat::kJsonLines:
      return "jsonl";
    case InputFormat::kJsonArray:
      return "json";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kText:
      return "text";
    case InputFormat::kBinary:
      return "binary";
  }
  return "unknown";
}

}  // namespace sitrep
