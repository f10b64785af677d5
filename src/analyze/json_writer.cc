#include "analyze/json_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace sitrep {

namespace {

template <typename W>
void StringOrNull(W& w, const std::string& s) {
  if (s.empty()) {
    w.Null();
  } else {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
}

template <typename W>
void Key(W& w, const char* k) {
  w.Key(k);
}

template <typename W>
void WriteDoc(W& w, const Document& doc) {
  w.StartObject();
  Key(w, "doc");
  w.StartObject();
  Key(w, "id");
  StringOrNull(w, doc.id);
  Key(w, "path");
  StringOrNull(w, doc.path);
  Key(w, "url");
  StringOrNull(w, doc.url);
  Key(w, "title");
  StringOrNull(w, doc.title);
  Key(w, "author");
  StringOrNull(w, doc.author);
  Key(w, "outlet");
  StringOrNull(w, doc.outlet);
  Key(w, "published");
  StringOrNull(w, doc.published);
  Key(w, "origin");
  StringOrNull(w, doc.origin);
  Key(w, "language");
  StringOrNull(w, doc.language);
  Key(w, "format");
  StringOrNull(w, doc.format);
  Key(w, "duplicate_of");
  StringOrNull(w, doc.duplicate_of);
  Key(w, "invalid_utf8");
  w.Uint(doc.invalid_utf8);
  Key(w, "sentences");
  w.Uint(static_cast<unsigned>(doc.sentences.size()));
  Key(w, "paragraphs");
  w.Uint(static_cast<unsigned>(doc.paragraphs.size()));
  Key(w, "tokens");
  w.Uint(static_cast<unsigned>(doc.tokens.size()));
  Key(w, "text");
  w.String(doc.text.data(), static_cast<rapidjson::SizeType>(doc.text.size()));
  Key(w, "removed");
  w.StartArray();
  for (const Removed& r : doc.removed) {
    w.StartObject();
    Key(w, "start");
    w.Uint(r.start);
    Key(w, "end");
    w.Uint(r.end);
    Key(w, "reason");
    w.String(r.reason.data(), static_cast<rapidjson::SizeType>(r.reason.size()));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();

  // Filled by the actor, statement and event stages.
  Key(w, "actors");
  w.StartArray();
  w.EndArray();
  Key(w, "statements");
  w.StartArray();
  w.EndArray();
  Key(w, "events");
  w.StartArray();
  w.EndArray();
  w.EndObject();
}

}  // namespace

void WriteJson(const Document& doc, bool pretty, std::string* out) {
  rapidjson::StringBuffer buf;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    w.SetIndent(' ', 2);
    WriteDoc(w, doc);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    WriteDoc(w, doc);
  }
  out->append(buf.GetString(), buf.GetSize());
}

}  // namespace sitrep
