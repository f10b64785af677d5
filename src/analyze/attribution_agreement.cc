#include "analyze/attribution_agreement.h"

#include <filesystem>

#include "lexicon/line_format.h"
#include "text/utf8.h"

namespace sitrep {

void ScoreAnnotators(const std::vector<GoldAttribution>& second,
                     const std::vector<GoldAttribution>& first, AttributionScores* scores) {
  // A Statement always has a content; an annotation may lack one, and then
  // it is left out rather than scored as an empty span.
  std::vector<Statement> as_statements;
  as_statements.reserve(second.size());
  for (const GoldAttribution& g : second) {
    if (!g.content) continue;
    Statement s;
    s.source = g.source;
    s.cue = g.cue;
    s.content = *g.content;
    as_statements.push_back(s);
  }
  ScoreDocument(as_statements, first, scores);
}

std::optional<AttributionScores> ScoreAgreement(const std::string& dir, std::string* error) {
  namespace fs = std::filesystem;
  const fs::path text_dir = fs::path(dir) / "text";
  std::error_code ec;
  if (!fs::is_directory(text_dir, ec) || !fs::is_directory(fs::path(dir) / "attributions", ec)) {
    if (error) *error = dir + ": expected text/ and attributions/";
    return std::nullopt;
  }
  AttributionScores scores;
  for (const auto& [article, anns] : AnnotationFiles(dir)) {
    if (anns.size() < 2) continue;
    std::string raw, first, second;
    if (!lexfmt::ReadFile(text_dir / (article + ".txt"), &raw) ||
        !lexfmt::ReadFile(anns[0], &first) || !lexfmt::ReadFile(anns[1], &second)) {
      continue;
    }
    std::string text;
    RepairUtf8(raw, &text);
    ScoreAnnotators(ParseBratAttributions(second, text), ParseBratAttributions(first, text),
                    &scores);
    ++scores.documents;
    scores.bytes += text.size();
  }
  return scores;
}

}  // namespace sitrep
