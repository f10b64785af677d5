#include "ingest/extract_eval.h"

#include <rapidjson/document.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "ingest/html_dom.h"
#include "ingest/html_extract.h"

namespace sitrep {
namespace {

bool IsWordChar(UChar32 c) {
  if (c == '_') return true;
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
}

using Shingles = std::unordered_map<std::string, size_t>;

Shingles MakeShingles(std::string_view text) {
  std::vector<std::string_view> tokens = WordTokens(text);
  Shingles out;
  if (tokens.empty()) return out;
  constexpr size_t kN = 4;
  size_t count = tokens.size() >= kN ? tokens.size() - kN + 1 : 1;
  std::string key;
  for (size_t i = 0; i < count; ++i) {
    key.clear();
    for (size_t k = i; k < std::min(i + kN, tokens.size()); ++k) {
      key.append(tokens[k]);
      key.push_back('\x1f');
    }
    ++out[key];
  }
  return out;
}

bool ReadGzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  bool ok = n == 0;
  gzclose(f);
  return ok;
}

std::string Field(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return NormalizeSpace({it->value.GetString(), it->value.GetStringLength()});
}

std::string NoBy(std::string s) {
  if (s.size() > 3 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') && s[2] == ' ') {
    s.erase(0, 3);
  }
  return s;
}

double Ratio(size_t a, size_t b) {
  return b == 0 ? 0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t len = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0, start = -1;
  while (i < len) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    bool word = c >= 0 && IsWordChar(c);
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      out.push_back(text.substr(static_cast<size_t>(start), static_cast<size_t>(at - start)));
      start = -1;
    }
  }
  if (start >= 0)
    out.push_back(text.substr(static_cast<size_t>(start), static_cast<size_t>(len - start)));
  return out;
}

ShingleMatch MatchShingles(std::string_view got, std::string_view gold) {
  Shingles g = MakeShingles(got), t = MakeShingles(gold);
  ShingleMatch m;
  for (const auto& [key, n] : g) {
    auto it = t.find(key);
    size_t common = it == t.end() ? 0 : std::min(n, it->second);
    m.tp += common;
    m.fp += n - common;
  }
  for (const auto& [key, n] : t) {
    auto it = g.find(key);
    m.fn += n - (it == g.end() ? 0 : std::min(n, it->second));
  }
  return m;
}

void Summarize(ExtractScores& s) {
  double p_sum = 0, r_sum = 0;
  size_t p_n = 0, r_n = 0, title_ok = 0, byline_ok = 0, date_ok = 0;
  s.title_pages = s.byline_pages = s.date_pages = 0;
  for (const PageScore& r : s.rows) {
    if (r.produced_text) p_sum += r.precision, ++p_n;
    if (r.has_gold_text) r_sum += r.recall, ++r_n;
    if (r.title >= 0) ++s.title_pages, title_ok += static_cast<size_t>(r.title);
    if (r.byline >= 0) ++s.byline_pages, byline_ok += static_cast<size_t>(r.byline);
    if (r.date >= 0) ++s.date_pages, date_ok += static_cast<size_t>(r.date);
  }
  s.pages = s.rows.size();
  s.precision = p_n ? p_sum / static_cast<double>(p_n) : 0;
  s.recall = r_n ? r_sum / static_cast<double>(r_n) : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  s.title_rate = Ratio(title_ok, s.title_pages);
  s.byline_rate = Ratio(byline_ok, s.byline_pages);
  s.date_rate = Ratio(date_ok, s.date_pages);
}

ExtractScores ScoreExtraction(const std::string& dir) {
  ExtractScores scores;
  std::ifstream in(dir + "/ground-truth.json", std::ios::binary);
  if (!in) {
    scores.error = "cannot read " + dir + "/ground-truth.json";
    return scores;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string json = ss.str();
  rapidjson::Document gt;
  gt.Parse(json.data(), json.size());
  if (gt.HasParseError() || !gt.IsObject()) {
    scores.error = "ground-truth.json is not a JSON object";
    return scores;
  }
  for (const auto& m : gt.GetObject()) {
    if (!m.value.IsObject()) continue;
    PageScore row;
    row.id.assign(m.name.GetString(), m.name.GetStringLength());
    std::string html;
    if (!ReadGzip(dir + "/html/" + row.id + ".html.gz", &html)) {
      scores.error = "cannot read page " + row.id;
      continue;
    }
    auto t0 = std::chrono::steady_clock::now();
    Extracted got = ExtractArticle(html);
    scores.extract_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    scores.html_bytes += html.size();

    auto body = m.value.FindMember("articleBody");
    std::string_view gold_text;
    if (body != m.value.MemberEnd() && body->value.IsString()) {
      gold_text = {body->value.GetString(), body->value.GetStringLength()};
    }
    row.body = MatchShingles(got.text, gold_text);
    row.produced_text = row.body.tp + row.body.fp > 0;
    row.has_gold_text = row.body.tp + row.body.fn > 0;
    row.precision = Ratio(row.body.tp, row.body.tp + row.body.fp);
    row.recall = Ratio(row.body.tp, row.body.tp + row.body.fn);

    row.gold_title = Field(m.value, "title");
    row.got_title = NormalizeSpace(got.title);
    if (!row.gold_title.empty()) row.title = row.got_title == row.gold_title;
    std::string gold_byline = NoBy(Field(m.value, "byline"));
    if (!gold_byline.empty()) row.byline = NoBy(NormalizeSpace(got.author)) == gold_byline;
    std::string gold_date = Field(m.value, "published").substr(0, 10);
    if (!gold_date.empty()) row.date = got.published.substr(0, 10) == gold_date;
    scores.rows.push_back(std::move(row));
  }
  Summarize(scores);
  return scores;
}

}  // namespace sitrep
