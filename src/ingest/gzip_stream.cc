#include "ingest/gzip_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

constexpr size_t kInBuffer = size_t{128} << 10;

class Inflater : public ByteStream {
 public:
  explicit Inflater(std::unique_ptr<ByteStream> source)
      : source_(std::move(source)), in_(kInBuffer) {
    // 16 + MAX_WBITS: gzip wrapper only, so a zlib or raw stream is an error
    // rather than silently accepted.
    if (inflateInit2(&zs_, 16 + MAX_WBITS) != Z_OK) Fail("cannot initialise zlib");
  }
  ~Inflater() override { inflateEnd(&zs_); }

  size_t Read(char* out, size_t n) override {
    if (done_ || n == 0) return 0;
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    const uInt want = zs_.avail_out;
    while (zs_.avail_out > 0 && !done_) {
      if (zs_.avail_in == 0 && !Refill()) break;
      if (!in_member_) {
        // Between members: tolerate zero padding, then require the magic.
        while (zs_.avail_in > 0 && *zs_.next_in == 0) {
          ++zs_.next_in;
          --zs_.avail_in;
        }
        if (zs_.avail_in == 0) continue;
        if (*zs_.next_in != 0x1f) {
          Fail("trailing garbage after gzip data");
          break;
        }
        in_member_ = true;
      }
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        inflateReset(&zs_);
        in_member_ = false;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        Fail(std::string("corrupt gzip data: ") + (zs_.msg ? zs_.msg : "inflate failed"));
      }
    }
    return want - zs_.avail_out;
  }

 private:
  bool Refill() {
    size_t got = source_->Read(reinterpret_cast<char*>(in_.data()), in_.size());
    if (got == 0) {
      if (!source_->error().empty()) {
        Fail(source_->error());
      } else if (in_member_) {
        Fail("truncated gzip data");
      } else {
        done_ = true;
      }
      return false;
    }
    zs_.next_in = in_.data();
    zs_.avail_in = static_cast<uInt>(got);
    return true;
  }
  void Fail(std::string message) {
    error_ = std::move(message);
    done_ = true;
  }

  std::unique_ptr<ByteStream> source_;
  std::vector<Bytef> in_;
  z_stream zs_{};
  bool in_member_ = false;
  bool done_ = false;
};

class ZstdDecoder : public ByteStream {
 public:
  explicit ZstdDecoder(std::unique_ptr<ByteStream> source)
      : source_(std::move(source)), in_(ZSTD_DStreamInSize()), ds_(ZSTD_createDStream()) {
    if (ds_ == nullptr) {
      error_ = "cannot initialise zstd";
      done_ = true;
    }
  }
  ~ZstdDecoder() override { ZSTD_freeDStream(ds_); }

  size_t Read(char* out, size_t n) override {
    ZSTD_outBuffer ob{out, n, 0};
    while (ob.pos < ob.size && !done_) {
      if (ib_.pos == ib_.size) {
        size_t got = source_->Read(in_.data(), in_.size());
        if (got == 0) {
          done_ = true;
          if (!source_->error().empty()) {
            error_ = source_->error();
          } else if (in_frame_) {
            error_ = "truncated zstd data";
          }
          break;
        }
        ib_ = ZSTD_inBuffer{in_.data(), got, 0};
      }
      size_t rc = ZSTD_decompressStream(ds_, &ob, &ib_);
      if (ZSTD_isError(rc)) {
        error_ = std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc);
        done_ = true;
      } else {
        in_frame_ = rc != 0;
      }
    }
    return ob.pos;
  }

 private:
  std::unique_ptr<ByteStream> source_;
  std::vector<char> in_;
  ZSTD_DStream* ds_;
  ZSTD_inBuffer ib_{nullptr, 0, 0};
  bool in_frame_ = false;
  bool done_ = false;
};

}  // namespace

bool IsGzipMagic(std::string_view b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f &&
         static_cast<unsigned char>(b[1]) == 0x8b;
}

bool IsZstdMagic(std::string_view b) {
  return b.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd");
}

namespace {

// windows_bits: 32 + MAX_WBITS = gzip or zlib header; -MAX_WBITS = raw.
int InflateAll(int window_bits, std::string_view in, size_t max_out, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Z_MEM_ERROR;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  out->clear();
  char chunk[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk);
    zs.avail_out = sizeof(chunk);
    rc = inflate(&zs, Z_NO_FLUSH);
    size_t produced = sizeof(chunk) - zs.avail_out;
    if (out->size() + produced > max_out) {
      rc = Z_MEM_ERROR;
      break;
    }
    out->append(chunk, produced);
    if (rc == Z_BUF_ERROR && produced == 0) break;  // input ended mid-stream
    if (rc == Z_BUF_ERROR) rc = Z_OK;
  }
  inflateEnd(&zs);
  return rc;
}

}  // namespace

bool DecodeContentEncoding(std::string_view encoding, std::string_view in, size_t max_out,
                           std::string* out, std::string* error) {
  if (in.size() > (1u << 30)) {
    *error = "encoded body too large";
    return false;
  }
  int rc;
  if (encoding == "gzip" || encoding == "x-gzip") {
    rc = InflateAll(32 + MAX_WBITS, in, max_out, out);
  } else if (encoding == "deflate") {
    // Servers disagree on whether "deflate" has the zlib wrapper.
    rc = InflateAll(32 + MAX_WBITS, in, max_out, out);
    if (rc != Z_STREAM_END) rc = InflateAll(-MAX_WBITS, in, max_out, out);
  } else {
    *error = "unsupported Content-Encoding: " + std::string(encoding);
    return false;
  }
  if (rc == Z_STREAM_END) return true;
  *error = rc == Z_MEM_ERROR ? "decoded body exceeds the size limit"
                             : "corrupt " + std::string(encoding) + " body";
  return false;
}

std::unique_ptr<ByteStream> GzipStream(std::unique_ptr<ByteStream> source) {
  return std::make_unique<Inflater>(std::move(source));
}

std::unique_ptr<ByteStream> ZstdStream(std::unique_ptr<ByteStream> source) {
  return std::make_unique<ZstdDecoder>(std::move(source));
}

}  // namespace sitrep
