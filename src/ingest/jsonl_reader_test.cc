#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/readers_testutil.h"

namespace sitrep {
namespace {

using testutil::Sink;

Sink ReadLines(const std::string& data, const ReadOptions& opts = {}) {
  Sink sink;
  BufferedReader in(std::make_unique<testutil::TrickleStream>(data, 5));
  ReadJsonLines(in, "feed.jsonl", sink.on_record(), sink.on_error(), opts);
  return sink;
}

Sink ReadArray(const std::string& data, const ReadOptions& opts = {}) {
  Sink sink;
  BufferedReader in(std::make_unique<testutil::TrickleStream>(data, 5));
  ReadJsonArray(in, "feed.json", sink.on_record(), sink.on_error(), opts);
  return sink;
}

TEST(JsonLinesTest, ReadsFieldsAndAliases) {
  Sink s = ReadLines(
      "{\"id\": \"a1\", \"text\": \"Mayor Ana Voss spoke.\", \"url\": \"https://n.example/1\", "
      "\"title\": \"Voss speaks\", \"published\": \"2024-05-02\", \"outlet\": \"Daily Example\"}\n"
      "\r\n"
      "{\"id\": 42, \"html\": \"<p>Hi</p>\", \"date\": \"2024-05-03\", \"source\": \"Wire\"}\r\n"
      "{\"text\": \"\\u00e9t\\u00e9\", \"site\": \"S\"}");
  EXPECT_TRUE(s.errors.empty()) << s.ErrorText();
  ASSERT_EQ(s.records.size(), 3u);
  const Record& a = s.records[0];
  EXPECT_EQ(a.name, "feed.jsonl#record-1");
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.kind, Record::Kind::kText);
  EXPECT_EQ(a.body, "Mayor Ana Voss spoke.");
  EXPECT_EQ(a.url, "https://n.example/1");
  EXPECT_EQ(a.title, "Voss speaks");
  EXPECT_EQ(a.published, "2024-05-02");
  EXPECT_EQ(a.outlet, "Daily Example");
  EXPECT_EQ(a.charset, "utf-8");
  const Record& b = s.records[1];
  EXPECT_EQ(b.name, "feed.jsonl#record-3");  // numbered by line; blank line 2 skipped
  EXPECT_EQ(b.id, "42");
  EXPECT_EQ(b.kind, Record::Kind::kHtml);
  EXPECT_EQ(b.body, "<p>Hi</p>");
  EXPECT_EQ(b.published, "2024-05-03");
  EXPECT_EQ(b.outlet, "Wire");
  EXPECT_EQ(s.records[2].body, "\xc3\xa9t\xc3\xa9");
  EXPECT_EQ(s.records[2].outlet, "S");
}

TEST(JsonLinesTest, BadLinesAreReportedWithLineNumberAndSkipped) {
  Sink s = ReadLines(
      "{\"text\": \"one\"}\n"
      "{\"text\": \"two\"\n"          // unterminated
      "{\"title\": \"no body\"}\n"    // neither text nor html
      "[1, 2]\n"                      // not an object
      "{\"text\": \"x\"} trailing\n"  // junk after the value
      "{\"text\": \"six\"}\n");
  ASSERT_EQ(s.records.size(), 2u);
  EXPECT_EQ(s.records[0].body, "one");
  EXPECT_EQ(s.records[1].body, "six");
  EXPECT_EQ(s.records[1].name, "feed.jsonl#record-6");
  ASSERT_EQ(s.errors.size(), 4u) << s.ErrorText();
  EXPECT_EQ(s.errors[0].first, "feed.jsonl#record-2");
  EXPECT_EQ(s.errors[0].second.rfind("line 2: invalid JSON", 0), 0u) << s.errors[0].second;
  EXPECT_NE(s.errors[1].second.find("neither"), std::string::npos);
  EXPECT_EQ(s.errors[3].first, "feed.jsonl#record-5");
}

TEST(JsonLinesTest, OverlongLineIsSkipped) {
  ReadOptions opts;
  opts.max_record_bytes = 100;
  Sink s = ReadLines("{\"text\": \"" + std::string(500, 'a') + "\"}\n{\"text\": \"ok\"}\n", opts);
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].body, "ok");
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_NE(s.errors[0].second.find("size limit"), std::string::npos);
}

TEST(JsonArrayTest, ReadsElementsInOrder) {
  Sink s = ReadArray(" [ {\"text\": \"a\", \"id\": 1},\n {\"html\": \"<p>b</p>\"} , {\"x\": 1} ] ");
  ASSERT_EQ(s.records.size(), 2u);
  EXPECT_EQ(s.records[0].body, "a");
  EXPECT_EQ(s.records[0].name, "feed.json#record-1");
  EXPECT_EQ(s.records[1].kind, Record::Kind::kHtml);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.errors[0].first, "feed.json#record-3");
}

TEST(JsonArrayTest, SyntaxErrorStopsAfterEarlierElements) {
  Sink s = ReadArray("[{\"text\": \"a\"}, {\"text\": oops}, {\"text\": \"c\"}]");
  ASSERT_EQ(s.records.size(), 1u);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.errors[0].first, "feed.json#record-2");
  EXPECT_TRUE(ReadArray("[]").records.empty());
  EXPECT_EQ(ReadArray("[{\"text\": \"a\"}").errors.size(), 1u);  // unterminated array
}

TEST(JsonArrayTest, ElementOverLimitIsAnError) {
  ReadOptions opts;
  opts.max_record_bytes = 64;
  Sink s = ReadArray("[{\"text\": \"" + std::string(1000, 'q') + "\"}]", opts);
  EXPECT_TRUE(s.records.empty());
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_NE(s.errors[0].second.find("size limit"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
