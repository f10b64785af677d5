#include "analyze/attribution_eval.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "fmt/format.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    out.push_back(
        s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::optional<uint32_t> ToU32(std::string_view s) {
  uint32_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// One-to-one matches between predicted and gold spans.
void Match(std::vector<Span> pred, std::vector<Span> gold, ComponentScore* c) {
  c->predicted += pred.size();
  c->gold += gold.size();
  auto by_pos = [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  };
  std::sort(pred.begin(), pred.end(), by_pos);
  std::sort(gold.begin(), gold.end(), by_pos);
  // Exact: merge of two sorted lists.
  for (size_t i = 0, j = 0; i < pred.size() && j < gold.size();) {
    if (pred[i] == gold[j]) {
      ++c->exact;
      ++i;
      ++j;
    } else if (by_pos(pred[i], gold[j])) {
      ++i;
    } else {
      ++j;
    }
  }
  // Overlap: greedy, each gold used once (documents hold tens of spans).
  std::vector<bool> used(gold.size(), false);
  for (const Span& p : pred) {
    for (size_t j = 0; j < gold.size(); ++j) {
      if (!used[j] && gold[j].start < p.end && p.start < gold[j].end) {
        used[j] = true;
        ++c->overlap;
        break;
      }
    }
  }
}

}  // namespace

double ComponentScore::ExactF1() const { return F1(ExactP(), ExactR()); }
double ComponentScore::OverlapF1() const { return F1(OverlapP(), OverlapR()); }
void ComponentScore::Add(const ComponentScore& o) {
  predicted += o.predicted;
  gold += o.gold;
  exact += o.exact;
  overlap += o.overlap;
}

std::vector<GoldAttribution> ParseBratAttributions(std::string_view ann, std::string_view text) {
  // Byte offset of every code point index (and of the end).
  std::vector<uint32_t> byte_of;
  byte_of.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_of.push_back(i);
  }
  byte_of.push_back(static_cast<uint32_t>(text.size()));

  std::unordered_map<std::string_view, Span> spans;  // T id -> extent
  std::vector<std::string_view> relations;
  for (std::string_view line : Split(ann, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() < 2 || cols[0].empty()) continue;
    if (cols[0][0] == 'E') {
      relations.push_back(cols[1]);
      continue;
    }
    if (cols[0][0] != 'T') continue;
    size_t sp = cols[1].find(' ');
    if (sp == std::string_view::npos) continue;
    std::optional<uint32_t> lo, hi;
    bool ok = true;
    for (std::string_view part : Split(cols[1].substr(sp + 1), ';')) {
      std::vector<std::string_view> ab = Split(part, ' ');
      auto a = ab.size() == 2 ? ToU32(ab[0]) : std::nullopt;
      auto b = ab.size() == 2 ? ToU32(ab[1]) : std::nullopt;
      if (!a || !b || *a > *b || *b >= byte_of.size()) {
        ok = false;
        break;
      }
      lo = lo ? std::min(*lo, *a) : *a;
      hi = hi ? std::max(*hi, *b) : *b;
    }
    if (ok && lo) spans[cols[0]] = Span{byte_of[*lo], byte_of[*hi]};
  }
  std::vector<GoldAttribution> out;
  for (std::string_view rel : relations) {
    GoldAttribution g;
    for (std::string_view arg : Split(rel, ' ')) {
      size_t colon = arg.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view role = arg.substr(0, colon);
      auto it = spans.find(arg.substr(colon + 1));
      if (it == spans.end()) continue;
      if (role == "Source") g.source = it->second;
      if (role == "Cue") g.cue = it->second;
      if (role == "Content") g.content = it->second;
    }
    out.push_back(g);
  }
  return out;
}

std::map<std::string, std::vector<std::string>> AnnotationFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::map<std::string, std::vector<std::string>> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "attributions", ec)) {
    std::string name = e.path().filename().string();
    if (!name.ends_with(".ann")) continue;
    size_t us = name.rfind('_');
    if (us == std::string::npos) continue;
    out[name.substr(0, us)].push_back(e.path().string());
  }
  for (auto& [article, files] : out) std::sort(files.begin(), files.end());
  return out;
}

void ScoreDocument(const std::vector<Statement>& predicted,
                   const std::vector<GoldAttribution>& gold, AttributionScores* scores) {
  std::vector<Span> ps, pc, pt, gs, gc, gt;
  for (const Statement& s : predicted) {
    if (s.source) ps.push_back(*s.source);
    if (s.cue) pc.push_back(*s.cue);
    pt.push_back(s.content);
  }
  for (const GoldAttribution& g : gold) {
    if (g.source) gs.push_back(*g.source);
    if (g.cue) gc.push_back(*g.cue);
    if (g.content) gt.push_back(*g.content);
  }
  Match(std::move(ps), std::move(gs), &scores->source);
  Match(std::move(pc), std::move(gc), &scores->cue);
  Match(std::move(pt), std::move(gt), &scores->content);
}

std::optional<AttributionScores> ScoreAttribution(const std::string& dir,
                                                  const StatementFinder& finder,
                                                  const std::function<void(Document*)>& extra,
                                                  std::string* error) {
  namespace fs = std::filesystem;
  const fs::path text_dir = fs::path(dir) / "text";
  const fs::path ann_dir = fs::path(dir) / "attributions";
  std::error_code ec;
  if (!fs::is_directory(text_dir, ec) || !fs::is_directory(ann_dir, ec)) {
    if (error) *error = dir + ": expected text/ and attributions/";
    return std::nullopt;
  }
  AttributionScores scores;
  for (const auto& [article, anns] : AnnotationFiles(dir)) {
    fs::path txt = text_dir / (article + ".txt");
    if (!fs::exists(txt, ec)) continue;
    Document doc;
    RepairUtf8(ReadFile(txt), &doc.text);
    auto t0 = std::chrono::steady_clock::now();
    Tokenize(doc.text, &doc.tokens);
    SplitSentences(&doc);
    if (extra) extra(&doc);
    finder.Find(&doc);
    scores.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    scores.bytes += doc.text.size();
    ++scores.documents;
    ScoreDocument(doc.statements, ParseBratAttributions(ReadFile(anns.front()), doc.text), &scores);
  }
  return scores;
}

std::string FormatScores(const AttributionScores& s) {
  std::string out = fmt::format("{:<8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n", "",
                                "pred", "gold", "ex.P", "ex.R", "ex.F1", "ov.P", "ov.R", "ov.F1");
  auto row = [&](const char* name, const ComponentScore& c) {
    out += fmt::format(
        "{:<8} {:>6} {:>6} {:>6.3f} {:>6.3f} {:>6.3f} {:>6.3f} {:>6.3f} "
        "{:>6.3f}\n",
        name, c.predicted, c.gold, c.ExactP(), c.ExactR(), c.ExactF1(), c.OverlapP(), c.OverlapR(),
        c.OverlapF1());
  };
  row("source", s.source);
  row("cue", s.cue);
  row("content", s.content);
  out += fmt::format("{} documents, {:.1f} MB", s.documents, s.bytes / 1e6);
  if (s.seconds > 0) out += fmt::format(", {:.2f} MB/s", s.bytes / 1e6 / s.seconds);
  out += "\n";
  return out;
}

}  // namespace sitrep
