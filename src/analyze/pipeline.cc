#include "analyze/pipeline.h"

#include <xxhash.h>

#include <fmt/format.h>

#include "analyze/actor_tagger.h"
#include "analyze/attribution.h"
#include "analyze/event_coder.h"
#include "corpus/language.h"
#include "ingest/charset.h"
#include "ingest/furniture.h"
#include "ingest/html_extract.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace sitrep {

namespace {

std::string HexDigest(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

void SetIfEmpty(std::string* field, std::string&& value) {
  if (field->empty() && !value.empty()) *field = std::move(value);
}

// Plain text is taken as UTF-8 and repaired byte by byte, so that a few bad
// bytes are counted and replaced. Text that is mostly not UTF-8 is a legacy
// 8-bit encoding (windows-1251 is common in this region's press); that is
// decoded with charset detection instead of being turned into U+FFFD soup.
void DecodeText(std::string_view bytes, std::string_view declared, Document* doc,
                Diagnostics* diag) {
  if (!declared.empty()) {
    std::string used;
    doc->input = ToUtf8(bytes, declared, &used);
    return;
  }
  doc->invalid_utf8 = RepairUtf8(bytes, &doc->input);
  if (doc->invalid_utf8 == 0) return;
  if (doc->invalid_utf8 >= 16 && doc->invalid_utf8 * 20 > bytes.size()) {
    std::string used;
    doc->input = ToUtf8(bytes, {}, &used);
    doc->invalid_utf8 = 0;
    diag->warnings.push_back(fmt::format("not UTF-8: decoded as {}", used));
    return;
  }
  diag->warnings.push_back(
      fmt::format("replaced {} invalid UTF-8 byte(s) with U+FFFD", doc->invalid_utf8));
}

}  // namespace

void DetectDocumentLanguage(Document* doc) {
  // Plainly English text under no other language's label skips CLD2, which
  // gives the same answer there (see LooksPlainlyEnglish).
  const std::string_view hint = doc->language;
  if ((hint.empty() || hint.starts_with("en")) && LooksPlainlyEnglish(doc->text)) {
    doc->language = "en";
    return;
  }
  const LanguageGuess lang = DetectLanguage(doc->text, doc->language);
  if (lang.code != "und") doc->language = lang.code;
  if (doc->language.empty()) doc->language = "en";
}

bool PrepareInput(Record&& record, Document* doc, Diagnostics* diag) {
  doc->path = std::move(record.name);
  if (record.kind == Record::Kind::kText && LooksBinary(record.body)) {
    diag->error = "binary data, not text";
    return false;
  }
  doc->id = HexDigest(record.body);
  doc->url = std::move(record.url);
  doc->title = std::move(record.title);
  doc->published = std::move(record.published);
  doc->outlet = std::move(record.outlet);
  if (record.kind == Record::Kind::kHtml) {
    doc->format = "html";
    Extracted ex = ExtractArticle(ToUtf8(record.body, record.charset), doc->url);
    if (ex.text.empty()) {
      diag->error = "no article text found in the HTML";
      return false;
    }
    doc->input = std::move(ex.text);
    SetIfEmpty(&doc->title, std::move(ex.title));
    SetIfEmpty(&doc->author, std::move(ex.author));
    SetIfEmpty(&doc->published, std::move(ex.published));
    SetIfEmpty(&doc->outlet, std::move(ex.outlet));
    SetIfEmpty(&doc->url, std::move(ex.url));
    SetIfEmpty(&doc->language, std::move(ex.language));
  } else {
    doc->format = "text";
    DecodeText(record.body, record.charset, doc, diag);
  }
  if (doc->input.size() > UINT32_MAX / 2) {
    // Spans are 32-bit offsets; the input cap keeps documents far below this.
    diag->error = "document too large for 32-bit offsets";
    return false;
  }
  return true;
}

Analyzer::Analyzer(const AnalyzerConfig& config) {
  if (config.actors != nullptr && config.agents != nullptr) {
    tagger_ = std::make_unique<ActorTagger>(*config.actors, *config.agents);
  }
  if (config.cues != nullptr) statements_ = std::make_unique<StatementFinder>(*config.cues);
  if (config.events != nullptr && config.places != nullptr && tagger_) {
    events_ = std::make_unique<EventCoder>(*config.events, *config.places);
  }
}

Analyzer::~Analyzer() = default;

bool Analyzer::Analyze(Record&& record, Document* doc, Diagnostics* diag) const {
  if (!PrepareInput(std::move(record), doc, diag)) return false;
  const std::string published_hint = doc->published;
  StripFurniture(doc);
  if (!published_hint.empty()) doc->published = published_hint;  // container metadata wins
  DetectDocumentLanguage(doc);
  if (doc->language != "en") return diag->ok();  // recorded, not mis-analysed
  Tokenize(doc->text, &doc->tokens);
  SplitSentences(doc);
  if (tagger_) tagger_->Tag(doc);
  if (statements_) statements_->Find(doc);
  if (events_) events_->Code(doc);
  return diag->ok();
}

bool Analyzer::AnalyzeText(const std::string& name, std::string&& bytes, Document* doc,
                           Diagnostics* diag) const {
  Record r;
  r.name = name;
  r.body = std::move(bytes);
  return Analyze(std::move(r), doc, diag);
}

}  // namespace sitrep
