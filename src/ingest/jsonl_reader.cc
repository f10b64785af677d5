#include "ingest/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdint>
#include <string_view>

namespace sitrep {
namespace {

using Json = rapidjson::GenericValue<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>>;
using JsonDoc = rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>>;

bool GetString(const Json& obj, const char* key, std::string* out) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return false;
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return true;
}

// Fills *rec from one JSON object; false (with *error) if it is not one or
// has no body.
bool RecordFromJson(const Json& v, Record* rec, std::string* error) {
  if (!v.IsObject()) {
    *error = "not a JSON object";
    return false;
  }
  if (GetString(v, "text", &rec->body) && !rec->body.empty()) {
    rec->kind = Record::Kind::kText;
  } else if (GetString(v, "html", &rec->body)) {
    rec->kind = Record::Kind::kHtml;
  } else if (v.HasMember("text")) {
    rec->kind = Record::Kind::kText;  // an empty text is still a (blank) record
  } else {
    *error = "object has neither a \"text\" nor an \"html\" string";
    return false;
  }
  auto id = v.FindMember("id");
  if (id != v.MemberEnd()) {
    if (id->value.IsString()) {
      rec->id.assign(id->value.GetString(), id->value.GetStringLength());
    } else if (id->value.IsInt64()) {
      rec->id = std::to_string(id->value.GetInt64());
    } else if (id->value.IsUint64()) {
      rec->id = std::to_string(id->value.GetUint64());
    }
  }
  GetString(v, "url", &rec->url);
  GetString(v, "title", &rec->title);
  GetString(v, "published", &rec->published) || GetString(v, "date", &rec->published);
  GetString(v, "outlet", &rec->outlet) || GetString(v, "source", &rec->outlet) ||
      GetString(v, "site", &rec->outlet);
  rec->charset = "utf-8";  // JSON text is Unicode by definition
  return true;
}

std::string Where(const std::string& input, uint64_t n) {
  return input + "#record-" + std::to_string(n);
}

// RapidJSON input stream over a BufferedReader. Reports '\0' (which ends the
// parse with an error) at the end of data or once an element has used up
// its byte budget, so one huge element cannot exhaust memory.
class ReaderStream {
 public:
  using Ch = char;
  ReaderStream(BufferedReader& in, size_t limit) : in_(in), limit_(limit) {}
  ~ReaderStream() { Sync(); }

  Ch Peek() {
    if (cur_ == end_ && !Refill()) return '\0';
    if (count_ - element_start_ > limit_) {
      over_limit_ = true;
      return '\0';
    }
    return *cur_;
  }
  Ch Take() {
    Ch c = Peek();
    if (c != '\0') {
      ++cur_;
      ++count_;
    }
    return c;
  }
  size_t Tell() const { return count_; }
  // Write side of the concept; unused by a non-in-situ parse.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  size_t PutEnd(Ch*) { return 0; }

  void SkipBlanks() {
    for (Ch c = Peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = Peek()) Take();
  }
  void StartElement() { element_start_ = count_; }
  bool over_limit() const { return over_limit_; }

 private:
  // Hands consumed bytes back to the reader, then borrows its next window.
  bool Refill() {
    Sync();
    std::string_view w = in_.Peek(size_t{64} << 10);
    begin_ = cur_ = w.data();
    end_ = w.data() + w.size();
    return !w.empty();
  }
  void Sync() {
    in_.Skip(cur_ - begin_);
    begin_ = cur_;
  }

  BufferedReader& in_;
  size_t limit_;
  const char* begin_ = nullptr;
  const char* cur_ = nullptr;
  const char* end_ = nullptr;
  size_t count_ = 0;
  size_t element_start_ = 0;
  bool over_limit_ = false;
};

}  // namespace

void ReadJsonLines(BufferedReader& in, const std::string& input_name, const RecordFn& on_record,
                   const ErrorFn& on_error, const ReadOptions& opts) {
  rapidjson::MemoryPoolAllocator<> pool;  // reused: cleared after every line
  std::string_view line;
  bool too_long = false;
  uint64_t line_no = 0;
  while (in.ReadLine(opts.max_record_bytes, &line, &too_long)) {
    ++line_no;
    if (too_long) {
      on_error(Where(input_name, line_no),
               "line " + std::to_string(line_no) + " exceeds the size limit; skipped");
      continue;
    }
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Record rec;
    std::string error;
    {
      JsonDoc doc(&pool);
      doc.Parse(line.data(), line.size());
      if (doc.HasParseError()) {
        error = std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                " at column " + std::to_string(doc.GetErrorOffset() + 1);
      } else {
        RecordFromJson(doc, &rec, &error);
      }
    }
    pool.Clear();
    if (!error.empty()) {
      on_error(Where(input_name, line_no), "line " + std::to_string(line_no) + ": " + error);
      continue;
    }
    rec.name = Where(input_name, line_no);
    on_record(rec);
  }
  if (!in.error().empty()) on_error(input_name, in.error());
}

void ReadJsonArray(BufferedReader& in, const std::string& input_name, const RecordFn& on_record,
                   const ErrorFn& on_error, const ReadOptions& opts) {
  rapidjson::MemoryPoolAllocator<> pool;
  ReaderStream s(in, opts.max_record_bytes);
  if (s.Peek() == '\xEF') {  // UTF-8 BOM
    for (int i = 0; i < 3; ++i) s.Take();
  }
  s.SkipBlanks();
  if (s.Take() != '[') {
    on_error(input_name, "not a JSON array");
    return;
  }
  s.SkipBlanks();
  if (s.Peek() == ']') return;
  for (uint64_t n = 1;; ++n) {
    s.SkipBlanks();
    s.StartElement();
    Record rec;
    std::string error;
    bool fatal = false;
    {
      JsonDoc doc(&pool);
      doc.ParseStream<rapidjson::kParseStopWhenDoneFlag>(s);
      if (s.over_limit()) {
        error = "element exceeds the size limit";
        fatal = true;
      } else if (doc.HasParseError()) {
        error = std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError());
        fatal = true;
      } else {
        RecordFromJson(doc, &rec, &error);
      }
    }
    pool.Clear();
    if (error.empty()) {
      rec.name = Where(input_name, n);
      on_record(rec);
    } else {
      on_error(Where(input_name, n), "element " + std::to_string(n) + ": " + error);
    }
    if (fatal) break;
    s.SkipBlanks();
    char c = s.Take();
    if (c == ']') break;
    if (c != ',') {
      on_error(input_name, "expected ',' or ']' after element " + std::to_string(n));
      break;
    }
  }
  if (!in.error().empty()) on_error(input_name, in.error());
}

}  // namespace sitrep
