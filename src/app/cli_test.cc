// End-to-end tests of the sitrep binary: real processes, real files, bad input.
#include <rapidjson/document.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs the binary through the shell with a time limit; stdout and stderr are
// captured in files so that large outputs cannot deadlock the test.
RunResult RunSitrep(const std::string& args, const std::string& stdin_file = "/dev/null") {
  // Per process: ctest runs the tests of this file in parallel.
  const fs::path dir =
      fs::path(testing::TempDir()) / ("sitrep_cli_run_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string out = (dir / "out").string(), err = (dir / "err").string();
  const std::string cmd = "timeout 60 " + std::string(SITREP_BINARY) + " " + args + " <" +
                          stdin_file + " >" + out + " 2>" + err;
  RunResult r;
  const int raw = std::system(cmd.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream o(out), e(err);
  std::stringstream so, se;
  so << o.rdbuf();
  se << e.rdbuf();
  r.out = so.str();
  r.err = se.str();
  return r;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void Write(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

// An invented article: invented people and places.
const char kArticle[] =
    "Skip to content\n"
    "Harbour Talks Stall as Delegations Leave Port Velin\n"
    "\n"
    "Negotiators from the two coastal states left Port Velin on Tuesday without an agreement, "
    "officials said.\n"
    "\n"
    "\xE2\x80\x9CWe will return when the other side is serious,\xE2\x80\x9D said Mirela Dostan, "
    "the chief negotiator. She added that talks could resume in March.\n";

class CliTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) / ("sitrep_cli_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "inputs");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(CliTest, AnalyzesOneFileToOneJsonLine) {
  Write(dir_ / "inputs/a.txt", kArticle);
  RunResult r = RunSitrep("analyze " + (dir_ / "inputs/a.txt").string());
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  rapidjson::Document d;
  d.Parse(lines[0].c_str());
  ASSERT_FALSE(d.HasParseError());
  ASSERT_TRUE(d.HasMember("doc") && d.HasMember("actors") && d.HasMember("statements") &&
              d.HasMember("events"));
  const auto& doc = d["doc"];
  EXPECT_EQ(std::string(doc["id"].GetString()).size(), 32u);
  const std::string text = doc["text"].GetString();
  EXPECT_NE(text.find("Negotiators from the two coastal states"), std::string::npos);
  EXPECT_EQ(text.find("Skip to content"), std::string::npos);
  EXPECT_GE(doc["sentences"].GetUint(), 3u);
}

TEST_F(CliTest, ReadsStdin) {
  Write(dir_ / "a.txt", kArticle);
  RunResult r = RunSitrep("analyze -", (dir_ / "a.txt").string());
  ASSERT_EQ(r.status, 0) << r.err;
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_STREQ(d["doc"]["path"].GetString(), "-");
}

TEST_F(CliTest, PrettyOutputIsOneJsonValue) {
  Write(dir_ / "inputs/a.txt", kArticle);
  RunResult r = RunSitrep("analyze --pretty " + (dir_ / "inputs/a.txt").string());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_GT(Lines(r.out).size(), 10u);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  EXPECT_FALSE(d.HasParseError());
}

TEST_F(CliTest, BadFilesAreReportedAndTheRestGoesOn) {
  const fs::path in = dir_ / "inputs";
  Write(in / "1_good.txt", kArticle);
  Write(in / "2_empty.txt", "");
  Write(in / "3_binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) +
                                 std::string(4096, '\0'));
  Write(in / "4_invalid.txt", std::string("Officials met in Port Velin \xC3\x28 on Friday.\n"));
  // 200 MB: text at the start, then a sparse tail; over the per-document limit.
  {
    std::ofstream big(in / "5_big.txt");
    for (int i = 0; i < 1000; ++i) big << "A line of text about the harbour talks.\n";
  }
  fs::resize_file(in / "5_big.txt", size_t{200} << 20);
  fs::create_directory_symlink(dir_ / "nowhere", in / "6_dangling");
  fs::create_symlink(dir_ / "missing.txt", in / "7_broken.txt");
  Write(in / "8_good.txt", kArticle);

  RunResult r = RunSitrep("analyze " + in.string());
  EXPECT_EQ(r.status, 1);
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.err;  // two good files and the repaired one
  rapidjson::Document d;
  d.Parse(lines[1].c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["doc"]["invalid_utf8"].GetUint(), 1u);
  EXPECT_NE(std::string(d["doc"]["path"].GetString()).find("4_invalid.txt"), std::string::npos);

  EXPECT_NE(r.err.find("2_empty.txt: empty"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3_binary.bin: binary data"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4_invalid.txt: warning: replaced 1 invalid UTF-8"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("5_big.txt: input exceeds the size limit"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("7_broken.txt: broken symbolic link"), std::string::npos) << r.err;
}

TEST_F(CliTest, MissingPathFails) {
  RunResult r = RunSitrep("analyze " + (dir_ / "no-such-file.txt").string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no-such-file.txt: no such file or folder"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(CliTest, UsageErrorsExitNonZero) {
  EXPECT_NE(RunSitrep("").status, 0);
  EXPECT_NE(RunSitrep("analyze").status, 0);
  EXPECT_NE(RunSitrep("no-such-command").status, 0);
}

TEST_F(CliTest, OutputOrderFollowsInputOrder) {
  for (int i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "doc%02d.txt", i);
    Write(dir_ / "inputs" / name, std::string(kArticle) + "Item " + std::to_string(i) + ".\n");
  }
  RunResult r = RunSitrep("analyze -j 2 " + (dir_ / "inputs").string());
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 40u);
  for (int i = 0; i < 40; ++i) {
    rapidjson::Document d;
    d.Parse(lines[i].c_str());
    char name[32];
    std::snprintf(name, sizeof name, "doc%02d.txt", i);
    EXPECT_NE(std::string(d["doc"]["path"].GetString()).find(name), std::string::npos);
  }
}

}  // namespace
