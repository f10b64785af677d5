#include "analyze/attribution_cues.h"

#include <fstream>
#include <sstream>

#include "lexicon/data_dir.h"

namespace sitrep {
namespace {

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::optional<CueLexicon> CueLexicon::Parse(std::string_view content, std::string* error) {
  CueLexicon lex;
  size_t line_no = 0;
  for (std::string_view line : SplitOn(content, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = SplitOn(line, '\t');
    if (cols.size() != 5 || (cols[1] != "verb" && cols[1] != "noun" && cols[1] != "object")) {
      if (error)
        *error = "cues line " + std::to_string(line_no) +
                 ": expected "
                 "lemma, verb|object|noun, kind, cameo, forms";
      return std::nullopt;
    }
    CueEntry e{std::string(cols[0]), std::string(cols[2]),
               cols[3] == "-" ? std::string() : std::string(cols[3]), cols[1] == "noun",
               cols[1] == "object"};
    uint32_t index = static_cast<uint32_t>(lex.entries_.size());
    lex.entries_.push_back(std::move(e));
    for (std::string_view form : SplitOn(cols[4], ' ')) {
      // The first listing of a form wins, so a verb reading listed before a
      // noun reading ("claims") keeps the verb behaviour.
      if (lex.forms_.Find(form) == WordIndex::kNone) {
        lex.forms_.Insert(form);
        lex.NoteForm(form);
        lex.entry_of_form_.push_back(index);
      }
    }
  }
  return lex;
}

std::optional<CueLexicon> CueLexicon::Load(const std::filesystem::path& file, std::string* error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    if (error) *error = "cannot read " + file.string();
    return std::nullopt;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  return Parse(buf.str(), error);
}

std::optional<CueLexicon> CueLexicon::LoadDefault(std::string* error) {
  for (const auto& actors : ActorDataDirCandidates()) {
    std::filesystem::path file = actors.parent_path() / "cues.txt";
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) return Load(file, error);
  }
  if (error) *error = "data/cues.txt not found";
  return std::nullopt;
}

const CueEntry* CueLexicon::Find(std::string_view lower_form) const {
  const uint32_t id = forms_.Find(lower_form);
  return id == WordIndex::kNone ? nullptr : &entries_[entry_of_form_[id]];
}

void CueLexicon::NoteForm(std::string_view form) {
  if (form.empty() || form.size() > kMaxWord) return;
  const uint64_t h = FilterHash(form);
  const uint64_t b1 = h >> 51, b2 = (h >> 38) & (kFilterBits - 1);
  filter_[b1 >> 6] |= uint64_t{1} << (b1 & 63);
  filter_[b2 >> 6] |= uint64_t{1} << (b2 & 63);
}

const CueEntry* CueLexicon::FindWord(std::string_view word) const {
  char buf[kMaxWord];
  if (word.size() > sizeof(buf) || word.empty()) return nullptr;
  // Forms are nonempty (SplitOn drops empty fields): a word the filter
  // rejects is surely no form.
  if (!MayBeForm(word)) return nullptr;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return Find(std::string_view(buf, word.size()));
}

}  // namespace sitrep
