// Scores main-text extraction against a directory laid out like
// data/extraction/readability-pages: html/<id>.html.gz pages and
// ground-truth.json mapping id -> {articleBody, title, byline, published}.
//
// Body metric (the customary one for this task): texts are split into word
// tokens (runs of Unicode letters, digits and '_', case kept), each text
// becomes a multiset of 4-token shingles (a text of 1-3 tokens is one
// shingle), and per page tp/fp/fn are the multiset intersection and the two
// differences. Precision is averaged over pages that produced text, recall
// over pages with gold text; F1 comes from the two averages.
//
// Metadata: exact-match rates over pages whose gold value is non-empty, after
// trimming and collapsing whitespace; bylines also drop a leading "By " (the
// extractor strips it by contract), dates compare the YYYY-MM-DD prefix.
#ifndef SITREP_INGEST_EXTRACT_EVAL_H_
#define SITREP_INGEST_EXTRACT_EVAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

struct ShingleMatch {
  size_t tp = 0, fp = 0, fn = 0;
};

// Word tokens of text (\w+ in Unicode terms).
std::vector<std::string_view> WordTokens(std::string_view text);
// Shingle multiset comparison of an extracted text against the gold text.
ShingleMatch MatchShingles(std::string_view got, std::string_view gold);

struct PageScore {
  std::string id;
  ShingleMatch body;
  double precision = 0, recall = 0;  // 0 when undefined
  bool produced_text = false, has_gold_text = false;
  // Per field: -1 no gold value, 0 mismatch, 1 match.
  int title = -1, byline = -1, date = -1;
  std::string got_title, gold_title;
};

struct ExtractScores {
  size_t pages = 0;
  double precision = 0, recall = 0, f1 = 0;
  double title_rate = 0, byline_rate = 0, date_rate = 0;
  size_t title_pages = 0, byline_pages = 0, date_pages = 0;
  size_t html_bytes = 0;
  double extract_seconds = 0;  // time inside ExtractArticle only
  std::vector<PageScore> rows;
  std::string error;  // non-empty when dir could not be read
};

// Folds per-page rows into the averages (used by ScoreExtraction; exposed so
// the arithmetic is testable on its own).
void Summarize(ExtractScores& scores);

ExtractScores ScoreExtraction(const std::string& dir);

}  // namespace sitrep

#endif  // SITREP_INGEST_EXTRACT_EVAL_H_
