#include "analyze/pipeline.h"

#include <xxhash.h>

#include <fmt/format.h>

#include "ingest/furniture.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace sitrep {

namespace {

std::string HexDigest(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

}  // namespace

bool PrepareInput(std::string&& bytes, Document* doc, Diagnostics* diag) {
  if (LooksBinary(bytes)) {
    diag->error = "binary data, not text";
    return false;
  }
  doc->id = HexDigest(bytes);
  doc->invalid_utf8 = RepairUtf8(bytes, &doc->input);
  if (doc->invalid_utf8 > 0) {
    diag->warnings.push_back(
        fmt::format("replaced {} invalid UTF-8 byte(s) with U+FFFD", doc->invalid_utf8));
  }
  if (doc->input.size() > UINT32_MAX / 2) {
    // Spans are 32-bit offsets; the input cap keeps documents far below this.
    diag->error = "document too large for 32-bit offsets";
    return false;
  }
  return true;
}

bool Analyzer::Analyze(const std::string& name, std::string&& bytes, Document* doc,
                       Diagnostics* diag) const {
  doc->path = name;
  if (!PrepareInput(std::move(bytes), doc, diag)) return false;
  if (doc->language.empty()) doc->language = "en";
  StripFurniture(doc);
  Tokenize(doc->text, &doc->tokens);
  SplitSentences(doc);
  return diag->ok();
}

}  // namespace sitrep
