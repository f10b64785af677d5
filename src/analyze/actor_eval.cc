#include "analyze/actor_eval.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_set>

#include "analyze/actor_names.h"
#include "text/fold.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep {

namespace {

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t k = s.find(sep, pos);
    out.push_back(s.substr(pos, k == std::string_view::npos ? std::string_view::npos : k - pos));
    if (k == std::string_view::npos) break;
    pos = k + 1;
  }
  return out;
}

Document Prepare(std::string text) {
  Document doc;
  doc.text = std::move(text);
  doc.language = "en";
  Tokenize(doc.text, &doc.tokens);
  SplitSentences(&doc);
  return doc;
}

// Byte offset of every character index (and of the end).
std::vector<uint32_t> CharToByte(std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace

SourceCoverage ScorePolnearSources(const std::filesystem::path& dir, const ActorTagger& tagger) {
  SourceCoverage result;
  const std::filesystem::path text_dir = dir / "text", ann_dir = dir / "attributions";
  std::error_code ec;
  if (!std::filesystem::is_directory(ann_dir, ec)) return result;
  std::vector<std::filesystem::path> anns;
  for (const auto& e : std::filesystem::directory_iterator(ann_dir, ec)) {
    if (e.path().extension() == ".ann") anns.push_back(e.path());
  }
  std::sort(anns.begin(), anns.end());
  std::map<std::string, Document> docs;  // article -> tagged document
  for (const auto& ann : anns) {
    // <article>_<annotator>.ann
    std::string stem = ann.stem().string();
    const std::string article = stem.substr(0, stem.rfind('_'));
    auto it = docs.find(article);
    if (it == docs.end()) {
      const std::filesystem::path txt = text_dir / (article + ".txt");
      if (!std::filesystem::exists(txt, ec)) continue;
      Document doc = Prepare(ReadFile(txt));
      tagger.Tag(&doc);
      it = docs.emplace(article, std::move(doc)).first;
      ++result.documents;
    }
    const Document& doc = it->second;
    const std::vector<uint32_t> c2b = CharToByte(doc.text);
    // Words capitalized somewhere mid-sentence: proper nouns stay capitalized.
    std::unordered_set<std::string> midcaps;
    for (const Sentence& s : doc.sentences) {
      for (uint32_t t = s.first_token + 1; t < s.last_token; ++t) {
        if (doc.tokens[t].has(kCapitalized)) midcaps.insert(Fold(doc.view(doc.tokens[t].span)));
      }
    }
    const std::string ann_text = ReadFile(ann);
    for (std::string_view line : Split(ann_text, '\n')) {
      std::vector<std::string_view> cols = Split(line, '\t');
      if (cols.size() < 3 || !cols[1].starts_with("Source ")) continue;
      ++result.sources;
      // "Source 12 20;25 30"
      std::vector<Span> frags;
      for (std::string_view range : Split(cols[1].substr(7), ';')) {
        std::vector<std::string_view> se = Split(range, ' ');
        if (se.size() != 2) continue;
        const size_t a = std::stoul(std::string(se[0])), b = std::stoul(std::string(se[1]));
        if (a >= c2b.size() || b >= c2b.size() || a > b) continue;
        frags.push_back({c2b[a], c2b[b]});
      }
      bool naming = false;
      for (const Span& fr : frags) {
        for (const Sentence& s : doc.sentences) {
          if (s.span.end <= fr.start || s.span.start >= fr.end) continue;
          for (uint32_t t = s.first_token; t < s.last_token; ++t) {
            const Token& tok = doc.tokens[t];
            if (tok.span.start < fr.start || tok.span.end > fr.end) continue;
            if (tok.kind != TokenKind::kWord) continue;
            if (!tok.has(kCapitalized) && !tok.has(kAllCaps)) continue;
            const std::string w = Fold(doc.view(tok.span));
            if (IsNonNameWord(w) || w == "i") continue;
            const bool first_word =
                t == s.first_token ||
                (t == s.first_token + 1 && doc.tokens[s.first_token].kind != TokenKind::kWord);
            if (!first_word || tok.has(kAllCaps) || midcaps.count(w)) naming = true;
          }
        }
      }
      if (!naming) continue;
      ++result.naming;
      bool covered = false;
      for (const Mention& m : doc.mentions) {
        if (m.actor == kNoActor) continue;
        for (const Span& fr : frags) {
          if (m.span.start < fr.end && fr.start < m.span.end) covered = true;
        }
      }
      if (covered) {
        ++result.covered;
      } else {
        result.missed.emplace_back(cols[2]);
      }
    }
  }
  return result;
}

MentionScore ScoreGoldMentions(const std::filesystem::path& dir, const ActorTagger& tagger) {
  MentionScore score;
  const std::string gold_text = ReadFile(dir / "gold.tsv");
  // file -> set of (start, end, id)
  std::map<std::string, std::set<std::tuple<uint32_t, uint32_t, std::string>>> gold;
  std::map<std::string, Document> docs;
  for (std::string_view line : Split(gold_text, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() != 4) continue;
    const std::string file(cols[0]);
    auto it = docs.find(file);
    if (it == docs.end()) {
      Document doc = Prepare(ReadFile(dir / file));
      tagger.Tag(&doc);
      it = docs.emplace(file, std::move(doc)).first;
    }
    const std::string& text = it->second.text;
    size_t pos = std::string::npos, from = 0;
    const int occurrence = std::stoi(std::string(cols[2]));
    auto word_char = [&](size_t i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      return std::isalnum(c) || c >= 0x80;
    };
    for (int k = 0; k < occurrence;) {
      pos = text.find(cols[1], from);
      if (pos == std::string::npos) break;
      from = pos + 1;
      const size_t end = pos + cols[1].size();
      // Whole words only: "she" is not the one in "shed".
      if ((pos > 0 && word_char(pos - 1)) || (end < text.size() && word_char(end))) continue;
      ++k;
    }
    if (pos == std::string::npos) {
      score.errors.push_back(file + ": gold surface not found: " + std::string(cols[1]));
      continue;
    }
    gold[file].insert({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + cols[1].size()),
                       std::string(cols[3])});
  }
  for (auto& [file, doc] : docs) {
    const auto& g = gold[file];
    score.gold += g.size();
    std::set<std::tuple<uint32_t, uint32_t, std::string>> predicted;
    for (const Mention& m : doc.mentions) {
      if (m.actor == kNoActor) continue;
      predicted.insert({m.span.start, m.span.end, doc.actors[m.actor].id});
    }
    score.predicted += predicted.size();
    for (const auto& p : predicted) {
      if (g.count(p)) {
        ++score.correct;
      } else {
        score.errors.push_back(file + ": spurious '" +
                               doc.text.substr(std::get<0>(p), std::get<1>(p) - std::get<0>(p)) +
                               "' -> " + std::get<2>(p));
      }
    }
    for (const auto& x : g) {
      if (!predicted.count(x)) {
        score.errors.push_back(file + ": missed '" +
                               doc.text.substr(std::get<0>(x), std::get<1>(x) - std::get<0>(x)) +
                               "' -> " + std::get<2>(x));
      }
    }
  }
  return score;
}

}  // namespace sitrep
