#include "ingest/gzip_stream.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <string>

#include "ingest/readers_testutil.h"

namespace sitrep {
namespace {

using testutil::Gzip;

// Drains a stream, returning the bytes and its final error.
std::pair<std::string, std::string> Drain(ByteStream& s) {
  std::string out;
  char buf[1000];
  while (size_t n = s.Read(buf, sizeof(buf))) out.append(buf, n);
  return {out, s.error()};
}

std::string Sample(size_t n) {
  std::string s;
  for (size_t i = 0; s.size() < n; ++i) s += "line " + std::to_string(i * 7919 % 1000) + "\n";
  return s.substr(0, n);
}

TEST(GzipStreamTest, DecodesSingleAndMultiMember) {
  const std::string a = Sample(200000), b = "second member", c = Sample(5000);
  auto s = GzipStream(MemoryStream(Gzip(a) + Gzip(b) + Gzip(c)));
  auto [out, err] = Drain(*s);
  EXPECT_EQ(err, "");
  EXPECT_EQ(out, a + b + c);
}

TEST(GzipStreamTest, DecodesThroughTinySourceReads) {
  const std::string a = Sample(50000);
  auto s = GzipStream(std::make_unique<testutil::TrickleStream>(Gzip(a) + Gzip(a), 5));
  auto [out, err] = Drain(*s);
  EXPECT_EQ(err, "");
  EXPECT_EQ(out, a + a);
}

TEST(GzipStreamTest, TruncationKeepsEarlierDataAndReportsError) {
  const std::string a = Sample(30000), b = Sample(90000);
  std::string gz = Gzip(a) + Gzip(b);
  gz.resize(gz.size() - 100);
  auto s = GzipStream(MemoryStream(gz));
  auto [out, err] = Drain(*s);
  EXPECT_EQ(err, "truncated gzip data");
  ASSERT_GE(out.size(), a.size());
  EXPECT_EQ(out.substr(0, a.size()), a);
  EXPECT_LT(out.size(), a.size() + b.size());
}

TEST(GzipStreamTest, CorruptAndTrailingDataAreErrors) {
  std::string gz = Gzip(Sample(10000));
  std::string corrupt = gz;
  corrupt[gz.size() / 2] ^= 0x55;
  corrupt[gz.size() / 2 + 1] ^= 0x55;
  auto s1 = GzipStream(MemoryStream(corrupt));
  EXPECT_NE(Drain(*s1).second, "");

  auto s2 = GzipStream(MemoryStream(gz + "junk"));
  auto [out, err] = Drain(*s2);
  EXPECT_EQ(out, Sample(10000));
  EXPECT_EQ(err, "trailing garbage after gzip data");

  auto s3 = GzipStream(MemoryStream(gz + std::string(512, '\0')));  // tape padding
  EXPECT_EQ(Drain(*s3).second, "");
}

TEST(ZstdStreamTest, DecodesFramesAndReportsTruncation) {
  const std::string a = Sample(100000), b = "tail";
  auto zstd = [](const std::string& d) {
    std::string out(ZSTD_compressBound(d.size()), '\0');
    out.resize(ZSTD_compress(out.data(), out.size(), d.data(), d.size(), 3));
    return out;
  };
  std::string z = zstd(a) + zstd(b);
  ASSERT_TRUE(IsZstdMagic(z));
  auto s = ZstdStream(MemoryStream(z));
  auto [out, err] = Drain(*s);
  EXPECT_EQ(err, "");
  EXPECT_EQ(out, a + b);

  auto cut = ZstdStream(MemoryStream(z.substr(0, z.size() / 2)));
  EXPECT_EQ(Drain(*cut).second, "truncated zstd data");
}

TEST(ContentEncodingTest, GzipDeflateAndLimits) {
  const std::string body = Sample(20000);
  std::string out, err;
  ASSERT_TRUE(DecodeContentEncoding("gzip", Gzip(body), 1 << 20, &out, &err)) << err;
  EXPECT_EQ(out, body);

  // "deflate" both zlib-wrapped and raw.
  for (int bits : {MAX_WBITS, -MAX_WBITS}) {
    z_stream zs{};
    ASSERT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string packed(deflateBound(&zs, body.size()), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    zs.avail_in = static_cast<uInt>(body.size());
    zs.next_out = reinterpret_cast<Bytef*>(packed.data());
    zs.avail_out = static_cast<uInt>(packed.size());
    ASSERT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
    packed.resize(zs.total_out);
    deflateEnd(&zs);
    ASSERT_TRUE(DecodeContentEncoding("deflate", packed, 1 << 20, &out, &err)) << bits;
    EXPECT_EQ(out, body);
  }

  EXPECT_FALSE(DecodeContentEncoding("gzip", Gzip(std::string(1 << 20, 'z')), 1000, &out, &err));
  EXPECT_NE(err.find("size limit"), std::string::npos);
  EXPECT_FALSE(DecodeContentEncoding("br", "xx", 1000, &out, &err));
  EXPECT_FALSE(DecodeContentEncoding("gzip", Gzip(body).substr(0, 50), 1 << 20, &out, &err));
}

}  // namespace
}  // namespace sitrep
