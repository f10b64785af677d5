#include "ingest/format_detect.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

TEST(FormatDetectTest, ClassifiesByContent) {
  struct Case {
    std::string head;
    InputFormat want;
  };
  const Case cases[] = {
      {"", InputFormat::kEmpty},
      {" \r\n\t ", InputFormat::kEmpty},
      {"\x1f\x8b\x08\x00", InputFormat::kGzip},
      {std::string("\x28\xb5\x2f\xfd\x00", 5), InputFormat::kZstd},
      {"WARC/1.0\r\nWARC-Type: warcinfo\r\n", InputFormat::kWarc},
      {"WARC/1.1\r\n", InputFormat::kWarc},
      {"\xEF\xBB\xBF  {\"text\": \"x\"}\n", InputFormat::kJsonLines},
      {"[\n  {\"text\": \"x\"}]", InputFormat::kJsonArray},
      {"[]", InputFormat::kJsonArray},
      {"[1] Footnote style text", InputFormat::kText},
      {"\n<!DOCTYPE html><html>", InputFormat::kHtml},
      {"<HTML><body>", InputFormat::kHtml},
      {"<div class=x>", InputFormat::kText},
      {"<?xml version=\"1.0\"?><html xmlns=\"x\">", InputFormat::kHtml},
      {"Plain article text. It has <b>no</b> document tag.", InputFormat::kText},
      {"\xcf\xf0\xe8\xe2\xe5\xf2 windows-1251 bytes", InputFormat::kText},
      {std::string("PK\x03\x04\x00\x00", 6), InputFormat::kBinary},
      {"\x01\x02\x03\x04\x05\x06 mostly control", InputFormat::kBinary},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatName(DetectFormat(c.head)), std::string(FormatName(c.want))) << c.head;
  }
}

TEST(FormatDetectTest, LooksOnlyAtTheSniffWindow) {
  std::string head(kSniffBytes, 'a');
  head += std::string(100, '\0');  // binary beyond the window does not count
  EXPECT_EQ(DetectFormat(head), InputFormat::kText);
}

}  // namespace
}  // namespace sitrep
