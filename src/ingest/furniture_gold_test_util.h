// Test helper (header-only): reads a furniture gold file and the articles it
// annotates, for furniture_seeds_test.cc.
//
// Gold format, one row per furniture line: <file name>\t<1-based line>\t<reason>;
// lines starting with '#' and blank lines are ignored. Every non-blank line of
// an annotated article that is not listed is body.
#ifndef SITREP_INGEST_FURNITURE_GOLD_TEST_UTIL_H_
#define SITREP_INGEST_FURNITURE_GOLD_TEST_UTIL_H_

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::testing {

struct GoldLine {
  int number = 0;       // 1-based
  uint32_t offset = 0;  // byte offset of the line in the article
  std::string text;     // the raw line, without its '\n'
  std::string reason;   // empty for body lines
};

struct GoldArticle {
  std::string name;
  std::string input;            // the whole file
  std::vector<GoldLine> lines;  // every line of the file
};

inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// file name -> (line number -> reason). Malformed rows are reported in
// *errors (as "path:line") rather than silently dropped.
inline std::map<std::string, std::map<int, std::string>> ReadGold(
    const std::filesystem::path& tsv, std::vector<std::string>* errors) {
  std::map<std::string, std::map<int, std::string>> gold;
  std::ifstream in(tsv);
  std::string row;
  for (int n = 1; std::getline(in, row); ++n) {
    if (row.empty() || row[0] == '#') continue;
    size_t a = row.find('\t');
    size_t b = a == std::string::npos ? a : row.find('\t', a + 1);
    int number = 0;
    if (b != std::string::npos) number = std::atoi(row.c_str() + a + 1);
    if (b == std::string::npos || number <= 0) {
      errors->push_back(tsv.string() + ":" + std::to_string(n));
      continue;
    }
    std::string reason = row.substr(b + 1);
    while (!reason.empty() && (reason.back() == '\r' || reason.back() == ' ')) reason.pop_back();
    gold[row.substr(0, a)][number] = reason;
  }
  return gold;
}

// Loads every article named in `tsv` from `dir`, splitting it into lines.
inline std::vector<GoldArticle> LoadGoldArticles(const std::filesystem::path& dir,
                                                 const std::filesystem::path& tsv,
                                                 std::vector<std::string>* errors) {
  std::vector<GoldArticle> articles;
  for (auto& [name, reasons] : ReadGold(tsv, errors)) {
    GoldArticle article;
    article.name = name;
    if (!std::filesystem::exists(dir / name)) {
      errors->push_back("missing article " + (dir / name).string());
      continue;
    }
    article.input = ReadWholeFile(dir / name);
    std::string_view in = article.input;
    int number = 1;
    for (size_t pos = 0; pos < in.size(); ++number) {
      size_t nl = in.find('\n', pos);
      size_t end = nl == std::string_view::npos ? in.size() : nl;
      GoldLine line{number, static_cast<uint32_t>(pos), std::string(in.substr(pos, end - pos)), {}};
      if (auto it = reasons.find(number); it != reasons.end()) line.reason = it->second;
      article.lines.push_back(std::move(line));
      pos = end + 1;
    }
    for (auto& [number_listed, reason] : reasons) {
      if (number_listed > static_cast<int>(article.lines.size())) {
        errors->push_back(name + ": line " + std::to_string(number_listed) + " out of range");
      }
    }
    articles.push_back(std::move(article));
  }
  return articles;
}

// Trims spaces, tabs, CR and NBSP from both ends.
inline std::string_view TrimLine(std::string_view s) {
  auto space_front = [&] {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
      return size_t{1};
    if (s.starts_with("\xC2\xA0")) return size_t{2};
    return size_t{0};
  };
  auto space_back = [&] {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) return size_t{1};
    if (s.ends_with("\xC2\xA0")) return size_t{2};
    return size_t{0};
  };
  while (size_t n = space_front()) s.remove_prefix(n);
  while (size_t n = space_back()) s.remove_suffix(n);
  return s;
}

}  // namespace sitrep::testing

#endif  // SITREP_INGEST_FURNITURE_GOLD_TEST_UTIL_H_
