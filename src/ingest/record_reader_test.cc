#include "ingest/record_reader.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <filesystem>
#include <string>

#include "ingest/readers_testutil.h"

namespace sitrep {
namespace {

using testutil::Gzip;
using testutil::HtmlPage;
using testutil::HttpResponse;
using testutil::Sink;
using testutil::WarcRecord;
using testutil::WriteTemp;

struct Result {
  bool ok;
  Sink sink;
};

Result ReadFile(const std::string& path, const ReadOptions& opts = {}) {
  Result r;
  r.ok = ReadRecords(path, r.sink.on_record(), r.sink.on_error(), opts);
  return r;
}

std::string ArticleWarc(int first, int count) {
  std::string warc;
  for (int i = first; i < first + count; ++i) {
    std::string n = std::to_string(i);
    warc += WarcRecord("response", "https://n.example/" + n,
                       HttpResponse("text/html", HtmlPage("T" + n, "Story number " + n)));
  }
  return warc;
}

TEST(RecordReaderTest, PlainTextAndHtmlFilesAreOneRecord) {
  auto txt = ReadFile(WriteTemp("plain.txt", "Councillor Mara Quist said the vote was close.\n"));
  ASSERT_TRUE(txt.ok);
  ASSERT_EQ(txt.sink.records.size(), 1u);
  EXPECT_EQ(txt.sink.records[0].kind, Record::Kind::kText);
  EXPECT_EQ(txt.sink.records[0].name, testing::TempDir() + "sitrep_readers_plain.txt");

  // Content decides, not the extension.
  auto html = ReadFile(WriteTemp("page.txt", HtmlPage("A", "B")));
  ASSERT_EQ(html.sink.records.size(), 1u);
  EXPECT_EQ(html.sink.records[0].kind, Record::Kind::kHtml);
  EXPECT_EQ(html.sink.records[0].body, HtmlPage("A", "B"));
}

TEST(RecordReaderTest, GzipPerRecordWarcWithEveryRecordType) {
  // Each record is its own gzip member, as crawlers write .warc.gz.
  std::string gz = Gzip(WarcRecord("warcinfo", "", "software: t\r\n")) +
                   Gzip(WarcRecord("request", "https://n.example/1", "GET / HTTP/1.1\r\n\r\n"));
  for (int i = 1; i <= 3; ++i) gz += Gzip(ArticleWarc(i, 1));
  gz += Gzip(WarcRecord("metadata", "https://n.example/1", "via: x\r\n"));
  gz += Gzip(WarcRecord("response", "https://n.example/ru",
                        HttpResponse("text/html; charset=windows-1251",
                                     "<html><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>")));
  auto r = ReadFile(WriteTemp("crawl.warc.gz", gz));
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.sink.errors.empty()) << r.sink.ErrorText();
  ASSERT_EQ(r.sink.records.size(), 4u);
  EXPECT_EQ(r.sink.records[2].url, "https://n.example/3");
  EXPECT_EQ(r.sink.records[3].charset, "windows-1251");
}

TEST(RecordReaderTest, TruncatedGzipKeepsEarlierRecords) {
  std::string gz;
  for (int i = 1; i <= 5; ++i) gz += Gzip(ArticleWarc(i, 1));
  gz.resize(gz.size() - 30);  // cut inside the last member
  auto r = ReadFile(WriteTemp("cut.warc.gz", gz));
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.sink.records.size(), 4u);
  ASSERT_EQ(r.sink.errors.size(), 1u) << r.sink.ErrorText();
  EXPECT_EQ(r.sink.errors[0].first, "https://n.example/5");
  EXPECT_NE(r.sink.errors[0].second.find("truncated gzip"), std::string::npos);
}

TEST(RecordReaderTest, SingleGzipMemberAndZstd) {
  auto gz = ReadFile(WriteTemp("one.gz", Gzip(ArticleWarc(1, 3))));
  EXPECT_EQ(gz.sink.records.size(), 3u);

  std::string jsonl = "{\"text\": \"alpha\"}\n{\"text\": \"beta\"}\n";
  std::string z(ZSTD_compressBound(jsonl.size()), '\0');
  z.resize(ZSTD_compress(z.data(), z.size(), jsonl.data(), jsonl.size(), 1));
  auto zs = ReadFile(WriteTemp("feed.jsonl.zst", z));
  ASSERT_EQ(zs.sink.records.size(), 2u);
  EXPECT_EQ(zs.sink.records[1].body, "beta");
}

TEST(RecordReaderTest, JsonLinesAndJsonArrayFiles) {
  auto jl =
      ReadFile(WriteTemp("feed.jsonl", "{\"text\": \"a\"}\n{bad\n{\"html\": \"<p>c</p>\"}\n"));
  EXPECT_TRUE(jl.ok);
  EXPECT_EQ(jl.sink.records.size(), 2u);
  ASSERT_EQ(jl.sink.errors.size(), 1u);
  EXPECT_NE(jl.sink.errors[0].second.find("line 2"), std::string::npos);

  auto arr = ReadFile(WriteTemp("feed.json", "[{\"text\": \"a\"}, {\"text\": \"b\"}]"));
  EXPECT_EQ(arr.sink.records.size(), 2u);
}

TEST(RecordReaderTest, UnreadableEmptyAndBinaryInputsReturnFalse) {
  auto missing = ReadFile(testing::TempDir() + "sitrep_readers_does_not_exist");
  EXPECT_FALSE(missing.ok);
  EXPECT_EQ(missing.sink.errors.size(), 1u);

  auto empty = ReadFile(WriteTemp("empty.txt", ""));
  EXPECT_FALSE(empty.ok);
  ASSERT_EQ(empty.sink.errors.size(), 1u);
  EXPECT_EQ(empty.sink.errors[0].second, "empty input");

  std::string junk;
  for (int i = 0; i < 10000; ++i) junk += static_cast<char>((i * 131 + 7) % 256);
  auto bin = ReadFile(WriteTemp("junk.bin", junk));
  EXPECT_FALSE(bin.ok);
  EXPECT_TRUE(bin.sink.records.empty());
  ASSERT_EQ(bin.sink.errors.size(), 1u);
  EXPECT_NE(bin.sink.errors[0].second.find("binary"), std::string::npos);

  auto corrupt_gz = ReadFile(WriteTemp("junk.gz", "\x1f\x8b" + junk));
  EXPECT_FALSE(corrupt_gz.ok);
  EXPECT_TRUE(corrupt_gz.sink.records.empty());
  EXPECT_FALSE(corrupt_gz.sink.errors.empty());
}

TEST(RecordReaderTest, OversizedPlainFileIsRefused) {
  ReadOptions opts;
  opts.max_record_bytes = 100;
  auto r = ReadFile(WriteTemp("big.txt", std::string(1000, 'x')), opts);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.sink.records.empty());
  ASSERT_EQ(r.sink.errors.size(), 1u);
  EXPECT_NE(r.sink.errors[0].second.find("size limit"), std::string::npos);
}

TEST(RecordReaderTest, StreamInputIsSniffedLikeAFile) {
  Sink sink;
  EXPECT_TRUE(ReadRecordsFrom(MemoryStream(Gzip(ArticleWarc(1, 2))), "-", sink.on_record(),
                              sink.on_error()));
  EXPECT_EQ(sink.records.size(), 2u);
}

// Real inputs from the shared corpus, if present: every file must be read
// without crashing; this guards against formats the fixtures do not foresee.
TEST(RecordReaderTest, SharedCorpusFilesAreReadable) {
  const std::filesystem::path root = SITREP_SOURCE_DIR "/../shared/corpus";
  if (!std::filesystem::exists(root)) GTEST_SKIP() << "no shared corpus";
  size_t files = 0, records = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || files >= 200) continue;
    ++files;
    Sink sink;
    ReadRecords(e.path().string(), sink.on_record(), sink.on_error());
    records += sink.records.size();
  }
  EXPECT_GT(records, 0u) << files << " files";
}

}  // namespace
}  // namespace sitrep
