#include "ingest/byte_stream.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/readers_testutil.h"

namespace sitrep {
namespace {

using testutil::TrickleStream;

BufferedReader Reader(std::string bytes, size_t step = 7) {
  return BufferedReader(std::make_unique<TrickleStream>(std::move(bytes), step));
}

TEST(BufferedReaderTest, ReadsLinesWithAnyLineEnding) {
  auto r = Reader("alpha\r\nbeta\n\ngamma");
  std::string_view line;
  bool too_long;
  std::vector<std::string> lines;
  while (r.ReadLine(100, &line, &too_long)) {
    EXPECT_FALSE(too_long);
    lines.emplace_back(line);
  }
  EXPECT_EQ(lines, (std::vector<std::string>{"alpha", "beta", "", "gamma"}));
  EXPECT_TRUE(r.AtEnd());
  EXPECT_EQ(r.offset(), 18u);
}

TEST(BufferedReaderTest, OverlongLineIsConsumedNotReturned) {
  std::string big(300000, 'x');
  auto r = Reader(big + "\nshort\n", 4096);
  std::string_view line;
  bool too_long;
  ASSERT_TRUE(r.ReadLine(1000, &line, &too_long));
  EXPECT_TRUE(too_long);
  EXPECT_TRUE(line.empty());
  ASSERT_TRUE(r.ReadLine(1000, &line, &too_long));
  EXPECT_FALSE(too_long);
  EXPECT_EQ(line, "short");
  EXPECT_FALSE(r.ReadLine(1000, &line, &too_long));
}

TEST(BufferedReaderTest, SkipToFindsPatternAcrossRefills) {
  // The pattern straddles many 3-byte reads and the 256 KiB buffer.
  std::string data(400000, 'a');
  data += "\nWARC/1.0 rest";
  auto r = Reader(data, 3);
  ASSERT_TRUE(r.SkipTo("\nWARC/1."));
  EXPECT_EQ(r.offset(), 400000u);
  EXPECT_EQ(r.Peek(9), "\nWARC/1.0");
  EXPECT_FALSE(r.SkipTo("missing"));
  EXPECT_TRUE(r.AtEnd());
}

TEST(BufferedReaderTest, ReadIntoSkipAndUnread) {
  std::string data;
  for (int i = 0; i < 100000; ++i) data += static_cast<char>('a' + i % 26);
  auto r = Reader(data, 1000);
  std::string block;
  EXPECT_EQ(r.ReadInto(70000, &block), 70000u);
  EXPECT_EQ(block, data.substr(0, 70000));
  r.Unread(std::string_view(block).substr(10));  // push back all but 10
  EXPECT_EQ(r.offset(), 10u);
  EXPECT_EQ(r.Skip(5), 5u);
  std::string rest;
  EXPECT_EQ(r.ReadInto(1000000, &rest), data.size() - 15);
  EXPECT_EQ(rest, data.substr(15));
  EXPECT_EQ(r.Skip(10), 0u);
}

TEST(BufferedReaderTest, PeekDoesNotConsume) {
  auto r = Reader("WARC/1.1\r\n", 2);
  EXPECT_EQ(r.Peek(4), "WARC");
  EXPECT_EQ(r.Peek(100), "WARC/1.1\r\n");
  char buf[4];
  EXPECT_EQ(r.Read(buf, 4), 4u);
  EXPECT_EQ(std::string(buf, 4), "WARC");
}

TEST(FileStreamTest, ReportsMissingFileAndDirectory) {
  std::string error;
  EXPECT_EQ(OpenFileStream("/nonexistent/sitrep/file", &error), nullptr);
  EXPECT_NE(error.find("cannot open"), std::string::npos);
  error.clear();
  EXPECT_EQ(OpenFileStream(testing::TempDir(), &error), nullptr);
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace sitrep
