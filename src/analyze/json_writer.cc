#include "analyze/json_writer.h"

// Not RAPIDJSON_SSE2: its vector scan for characters to escape compares with
// 0x19 and lets 0x1A-0x1F through unescaped (invalid JSON; a PolNeAR article
// holds an ESC byte). The scalar path escapes every control character.
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

const char* MentionKindName(MentionKind k) {
  switch (k) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kSurname:
      return "surname";
    case MentionKind::kTitle:
      return "title";
    case MentionKind::kDescription:
      return "description";
    case MentionKind::kPronoun:
      return "pronoun";
    case MentionKind::kAdjective:
      return "adjective";
    case MentionKind::kMetonym:
      return "metonym";
    case MentionKind::kAgent:
      return "agent";
  }
  return "name";
}

// start, end and text keys of a span, inside an object the caller opened.
template <typename W>
void WriteSpanFields(W& w, const Document& doc, Span span) {
  Key(w, "start");
  w.Uint(span.start);
  Key(w, "end");
  w.Uint(span.end);
  Key(w, "text");
  const std::string_view t = doc.view(span);
  w.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
}

template <typename W>
void WriteSpan(W& w, const Document& doc, Span span) {
  w.StartObject();
  WriteSpanFields(w, doc, span);
  w.EndObject();
}

template <typename W>
void WriteOptionalSpan(W& w, const Document& doc, const std::optional<Span>& span) {
  if (span) {
    WriteSpan(w, doc, *span);
  } else {
    w.Null();
  }
}

template <typename W>
void WriteActorRef(W& w, const Document& doc, uint32_t actor) {
  if (actor < doc.actors.size()) {
    StringOrNull(w, doc.actors[actor].id);
  } else {
    w.Null();
  }
}

template <typename W>
void WriteActors(W& w, const Document& doc) {
  w.StartArray();
  for (const DocActor& a : doc.actors) {
    w.StartObject();
    Key(w, "id");
    StringOrNull(w, a.id);
    Key(w, "name");
    StringOrNull(w, a.name);
    Key(w, "kind");
    StringOrNull(w, a.kind);
    Key(w, "code");
    StringOrNull(w, a.code);
    Key(w, "country");
    StringOrNull(w, a.country);
    Key(w, "known");
    w.Bool(a.known);
    Key(w, "mentions");
    w.StartArray();
    for (uint32_t m : a.mentions) {
      const Mention& mention = doc.mentions[m];
      w.StartObject();
      WriteSpanFields(w, doc, mention.span);
      Key(w, "kind");
      w.String(MentionKindName(mention.kind));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

template <typename W>
void WriteStatements(W& w, const Document& doc) {
  w.StartArray();
  for (const Statement& s : doc.statements) {
    w.StartObject();
    Key(w, "speaker");
    WriteActorRef(w, doc, s.speaker);
    Key(w, "source");
    WriteOptionalSpan(w, doc, s.source);
    Key(w, "cue");
    WriteOptionalSpan(w, doc, s.cue);
    Key(w, "content");
    WriteSpan(w, doc, s.content);
    Key(w, "direct");
    w.Bool(s.direct);
    Key(w, "kind");
    StringOrNull(w, s.kind);
    Key(w, "cameo");
    StringOrNull(w, s.cameo);
    Key(w, "channel");
    StringOrNull(w, s.channel);
    Key(w, "evidence");
    StringOrNull(w, s.evidence);
    Key(w, "certainty");
    w.Double(s.certainty);
    Key(w, "date");
    StringOrNull(w, s.date);
    Key(w, "about");
    w.StartArray();
    for (uint32_t a : s.about) WriteActorRef(w, doc, a);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

template <typename W>
void WriteEvents(W& w, const Document& doc) {
  w.StartArray();
  for (const Event& e : doc.events) {
    w.StartObject();
    Key(w, "code");
    StringOrNull(w, e.code);
    Key(w, "root");
    StringOrNull(w, e.root);
    Key(w, "plover");
    StringOrNull(w, e.plover);
    Key(w, "quad");
    w.Uint(e.quad);
    Key(w, "goldstein");
    w.Double(e.goldstein);
    Key(w, "source");
    WriteActorRef(w, doc, e.source);
    Key(w, "source_code");
    StringOrNull(w, e.source_code);
    Key(w, "source2");
    WriteActorRef(w, doc, e.source2);
    Key(w, "source2_code");
    StringOrNull(w, e.source2_code);
    Key(w, "target");
    WriteActorRef(w, doc, e.target);
    Key(w, "target_code");
    StringOrNull(w, e.target_code);
    Key(w, "trigger");
    WriteSpan(w, doc, e.trigger);
    Key(w, "negated");
    w.Bool(e.negated);
    Key(w, "modality");
    StringOrNull(w, e.modality);
    Key(w, "factual");
    w.Bool(e.factual());
    Key(w, "date");
    StringOrNull(w, e.date);
    Key(w, "location");
    if (e.location) {
      w.StartObject();
      Key(w, "name");
      StringOrNull(w, e.location->name);
      Key(w, "country");
      StringOrNull(w, e.location->country);
      w.EndObject();
    } else {
      w.Null();
    }
    Key(w, "statement");
    if (e.statement >= 0) {
      w.Int(e.statement);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
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

  Key(w, "actors");
  WriteActors(w, doc);
  Key(w, "statements");
  WriteStatements(w, doc);
  Key(w, "events");
  WriteEvents(w, doc);
  w.EndObject();
}

}  // namespace

void WriteJson(const Document& doc, bool pretty, std::string* out) {
  // One buffer per thread, reused: a record is tens of KB, and a fresh
  // buffer would grow to that by repeated reallocation for every document.
  thread_local rapidjson::StringBuffer buf;
  buf.Clear();
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    w.SetIndent(' ', 2);
    WriteDoc(w, doc);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    WriteDoc(w, doc);
  }
  out->append(buf.GetString(), buf.GetSize());
  if (buf.GetSize() > (16u << 20)) {
    buf.Clear();
    buf.ShrinkToFit();  // don't hold a huge document's buffer for the rest of the run
  }
}

}  // namespace sitrep
