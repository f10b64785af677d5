#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/readers_testutil.h"

namespace sitrep {
namespace {

using testutil::Gzip;
using testutil::HtmlPage;
using testutil::HttpResponse;
using testutil::Sink;
using testutil::WarcRecord;

Sink ReadAll(const std::string& warc, const ReadOptions& opts = {}, size_t step = 4096) {
  Sink sink;
  BufferedReader in(std::make_unique<testutil::TrickleStream>(warc, step));
  ReadWarc(in, "crawl.warc", sink.on_record(), sink.on_error(), opts);
  return sink;
}

std::string Page(int n) {
  return HttpResponse("text/html; charset=UTF-8",
                      HtmlPage("Story " + std::to_string(n), "Body of story " + std::to_string(n)));
}

// warcinfo, request, response, metadata, a non-HTML response, a 404, a
// resource, a revisit: only the response and the resource are articles.
std::string MixedWarc() {
  return WarcRecord("warcinfo", "", "software: test\r\nformat: WARC File Format 1.0\r\n",
                    {{"Content-Type", "application/warc-fields"}}) +
         WarcRecord("request", "https://news.example/a",
                    "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
                    {{"Content-Type", "application/http; msgtype=request"}}) +
         WarcRecord("response", "https://news.example/a", Page(1),
                    {{"Content-Type", "application/http; msgtype=response"}}) +
         WarcRecord("metadata", "https://news.example/a", "fetchTimeMs: 12\r\n") +
         WarcRecord("response", "https://news.example/logo.png",
                    HttpResponse("image/png", "\x89PNG binary")) +
         WarcRecord("response", "https://news.example/gone",
                    HttpResponse("text/html", HtmlPage("Gone", "Not found"), 404)) +
         WarcRecord("resource", "file:///saved/b.html", HtmlPage("Saved", "Saved body"),
                    {{"Content-Type", "text/html; charset=\"ISO-8859-1\""}}, -1, "1.1") +
         WarcRecord("revisit", "https://news.example/a", "HTTP/1.1 304 Not Modified\r\n\r\n");
}

TEST(WarcReaderTest, TakesOnlyHtmlResponsesAndResources) {
  Sink s = ReadAll(MixedWarc());
  EXPECT_TRUE(s.errors.empty()) << s.ErrorText();
  ASSERT_EQ(s.records.size(), 2u);
  const Record& a = s.records[0];
  EXPECT_EQ(a.name, "https://news.example/a");
  EXPECT_EQ(a.url, "https://news.example/a");
  EXPECT_EQ(a.fetched, "2024-03-01T10:00:00Z");
  EXPECT_EQ(a.id.rfind("urn:uuid:response-", 0), 0u);
  EXPECT_EQ(a.charset, "utf-8");
  EXPECT_EQ(a.kind, Record::Kind::kHtml);
  EXPECT_EQ(a.body, HtmlPage("Story 1", "Body of story 1"));  // HTTP headers stripped
  const Record& b = s.records[1];
  EXPECT_EQ(b.name, "file:///saved/b.html");
  EXPECT_EQ(b.charset, "iso-8859-1");
  EXPECT_EQ(b.body, HtmlPage("Saved", "Saved body"));
}

TEST(WarcReaderTest, SameResultWhateverTheReadSize) {
  for (size_t step : {1, 3, 100, 1 << 20}) {
    Sink s = ReadAll(MixedWarc(), {}, step);
    EXPECT_EQ(s.records.size(), 2u) << step;
    EXPECT_TRUE(s.errors.empty()) << step;
  }
}

TEST(WarcReaderTest, PassesDeclaredLegacyCharsetThrough) {
  // "Привет" in windows-1251; the body stays raw bytes.
  const std::string cp1251 = "<html><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>";
  Sink s = ReadAll(WarcRecord("response", "https://ru.example/",
                              HttpResponse("text/html;charset=Windows-1251", cp1251)));
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].charset, "windows-1251");
  EXPECT_EQ(s.records[0].body, cp1251);
}

TEST(WarcReaderTest, UndoesChunkingAndContentEncoding) {
  const std::string html = HtmlPage("Chunked", "Chunked and gzipped body");
  const std::string gz = Gzip(html);
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 10) {
    std::string piece = gz.substr(i, 10);
    char hex[16];
    snprintf(hex, sizeof(hex), "%zx", piece.size());
    chunked += std::string(hex) + "\r\n" + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
      "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" +
      chunked;
  Sink s = ReadAll(WarcRecord("response", "https://news.example/c", http));
  ASSERT_EQ(s.records.size(), 1u) << s.ErrorText();
  EXPECT_EQ(s.records[0].body, html);

  // A body that is not really chunked (archiver already de-chunked) is kept.
  std::string plain =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
      "Transfer-Encoding: chunked\r\n\r\n" +
      html;
  s = ReadAll(WarcRecord("response", "https://news.example/d", plain));
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].body, html);
}

TEST(WarcReaderTest, SniffsHtmlWhenContentTypeIsMissing) {
  Sink s =
      ReadAll(WarcRecord("response", "https://x.example/", HttpResponse("", HtmlPage("T", "B"))) +
              WarcRecord("response", "https://x.example/t", HttpResponse("", "plain words")));
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].url, "https://x.example/");
}

TEST(WarcReaderTest, LengthTooLongIsReportedAndNextRecordKept) {
  std::string warc = WarcRecord("response", "https://e.example/1", Page(1)) +
                     WarcRecord("response", "https://e.example/2", Page(2), {},
                                static_cast<long>(Page(2).size()) + 300) +
                     WarcRecord("response", "https://e.example/3", Page(3)) +
                     WarcRecord("response", "https://e.example/4", Page(4));
  Sink s = ReadAll(warc);
  ASSERT_EQ(s.errors.size(), 1u) << s.ErrorText();
  EXPECT_EQ(s.errors[0].first, "https://e.example/2");
  EXPECT_NE(s.errors[0].second.find("Content-Length"), std::string::npos);
  ASSERT_EQ(s.records.size(), 3u);
  EXPECT_EQ(s.records[0].url, "https://e.example/1");
  EXPECT_EQ(s.records[1].url, "https://e.example/3");
  EXPECT_EQ(s.records[2].url, "https://e.example/4");
}

TEST(WarcReaderTest, LengthTooShortIsReportedAndNextRecordKept) {
  std::string warc = WarcRecord("response", "https://e.example/1", Page(1), {}, 40) +
                     WarcRecord("response", "https://e.example/2", Page(2));
  Sink s = ReadAll(warc);
  ASSERT_EQ(s.errors.size(), 1u) << s.ErrorText();
  EXPECT_EQ(s.errors[0].first, "https://e.example/1");
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].url, "https://e.example/2");
}

TEST(WarcReaderTest, LengthPastEndOfInputIsReported) {
  Sink s = ReadAll(WarcRecord("response", "https://e.example/1", Page(1)) +
                   WarcRecord("response", "https://e.example/2", Page(2), {}, 1000000));
  ASSERT_EQ(s.records.size(), 1u);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_NE(s.errors[0].second.find("longer than the data"), std::string::npos);
}

TEST(WarcReaderTest, OversizedRecordSkippedWithoutLosingTheNext) {
  ReadOptions opts;
  opts.max_record_bytes = 1000;
  std::string big = HttpResponse("text/html", HtmlPage("Big", std::string(5000, 'w')));
  Sink s = ReadAll(WarcRecord("response", "https://e.example/big", big) +
                       WarcRecord("response", "https://e.example/small", Page(1)),
                   opts);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.errors[0].first, "https://e.example/big");
  EXPECT_NE(s.errors[0].second.find("size limit"), std::string::npos);
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].url, "https://e.example/small");
}

TEST(WarcReaderTest, GarbageBetweenRecordsResynchronises) {
  std::string warc = WarcRecord("response", "https://e.example/1", Page(1)) +
                     "stray bytes\r\nmore junk\r\n" +
                     WarcRecord("response", "https://e.example/2", Page(2)) +
                     "WARC/1.0\r\nWARC-Type: response\r\n\r\n" +  // no Content-Length
                     WarcRecord("response", "https://e.example/3", Page(3));
  Sink s = ReadAll(warc);
  EXPECT_EQ(s.errors.size(), 2u) << s.ErrorText();
  ASSERT_EQ(s.records.size(), 3u);
  EXPECT_EQ(s.records[2].url, "https://e.example/3");
}

TEST(WarcReaderTest, RecordWithoutUriIsNamedByIndex) {
  Sink s = ReadAll(WarcRecord("warcinfo", "", "x") +
                   WarcRecord("resource", "", HtmlPage("A", "B"), {{"Content-Type", "text/html"}}));
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].name, "crawl.warc#record-2");
}

// Every prefix of a valid WARC is read without crashing or hanging, yields
// only records that are whole, and never more than the full file has.
TEST(WarcReaderTest, EveryTruncationIsSafe) {
  const std::string warc = MixedWarc();
  for (size_t cut = 0; cut < warc.size(); cut += 7) {
    Sink s = ReadAll(warc.substr(0, cut), {}, 64);
    ASSERT_LE(s.records.size(), 2u) << cut;
    for (const Record& r : s.records) {
      EXPECT_TRUE(r.body == HtmlPage("Story 1", "Body of story 1") ||
                  r.body == HtmlPage("Saved", "Saved body"))
          << cut;
    }
  }
}

// Random byte damage (including to headers and lengths) never crashes,
// hangs or yields more records than the file holds.
TEST(WarcReaderTest, RandomDamageIsSafe) {
  const std::string warc = MixedWarc() + MixedWarc();
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 300; ++round) {
    std::string damaged = warc;
    for (int k = 0; k < 1 + round % 5; ++k) {
      damaged[(next() >> 8) % damaged.size()] = static_cast<char>(next() >> 16);
    }
    ReadOptions opts;
    opts.max_record_bytes = 1 + (next() >> 8) % 4096;
    Sink s = ReadAll(damaged, opts, 1 + (next() >> 8) % 300);
    ASSERT_LE(s.records.size(), 4u) << round;
  }
}

}  // namespace
}  // namespace sitrep
