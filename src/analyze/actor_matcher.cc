#include "analyze/actor_matcher.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "analyze/actor_words.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace sitrep {

namespace {

// The folded form of a non-ASCII word. Non-ASCII tokens are mostly a few
// quote marks, dashes and accented names repeated across documents; ICU
// folding costs far more than a lookup, so folds are remembered per thread
// (bounded).
const std::string& FoldNonAscii(std::string_view word) {
  thread_local std::unordered_map<std::string, std::string> memo;
  auto it = memo.find(std::string(word));
  if (it == memo.end()) {
    if (memo.size() > 20000) memo.clear();
    it = memo.emplace(std::string(word), sitrep::Fold(word)).first;
  }
  return it->second;
}

// A word of up to 8 bytes as an integer, first byte lowest (a Slot key).
uint64_t Pack(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size() && i < 8; ++i)
    v |= uint64_t{static_cast<uint8_t>(w[i])} << (8 * i);
  return v;
}

// Writes the folded form of one token at out[at, ...) and returns its length;
// out must have room for word.size() bytes at `at` (ASCII folds in place, the
// common case, skipping ICU); a longer non-ASCII fold grows out. *packed
// gets Pack() of the folded form, built in a register as the bytes are
// written: loading it back from the bytes just stored would stall on store
// forwarding.
size_t WriteFolded(std::string_view word, size_t at, std::string* out, uint64_t* packed) {
  // One pass over raw pointers: copy lowercased and note any non-ASCII byte
  // (then the copy is overwritten by ICU's fold).
  char* dst = out->data() + at;
  unsigned char high = 0;
  uint64_t v = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    high |= c;
    const unsigned char lower = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    dst[i] = static_cast<char>(lower);
    if (i < 8) v |= uint64_t{lower} << (8 * i);
  }
  *packed = v;
  if (high < 0x80) return word.size();
  const std::string& folded = FoldNonAscii(word);
  if (at + folded.size() > out->size()) out->resize(at + folded.size() + out->size() / 2);
  out->replace(at, folded.size(), folded);
  *packed = Pack(folded);
  return folded.size();
}

void AppendFolded(std::string_view word, std::string* out) {
  const size_t at = out->size();
  out->resize(at + word.size());
  uint64_t packed;
  out->resize(at + WriteFolded(word, at, out, &packed));
}

// Slot hash: a multiply for packed words (Fibonacci hashing, high bits
// folded down), the XXH3 hash itself for long words.
uint64_t SlotHash(uint64_t key, size_t len) {
  if (len > 8) return key;
  const uint64_t h = (key ^ len) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

uint8_t TextLevel(const Token& tok) {
  if (tok.has(kAllCaps)) return 2;
  if (tok.has(kCapitalized)) return 1;
  return 0;
}

}  // namespace

size_t ActorMatcher::Hash::operator()(std::string_view s) const {
  return static_cast<size_t>(XXH3_64bits(s.data(), s.size()));
}

uint32_t PossessiveLength(std::string_view w) {
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 1 && w.ends_with(suffix);
  };
  if (ends("'s") || ends("'S")) return 2;
  if (ends("\u2019s") || ends("\u2019S")) return 4;
  if (ends("s'") || ends("S'")) return 1;
  if (ends("s\u2019") || ends("S\u2019")) return 3;
  return 0;
}

uint32_t PhraseTrie::Insert(std::span<const uint32_t> ids, std::span<const uint8_t> levels) {
  flat_.clear();  // stale until the next Freeze()
  uint32_t state = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    auto [it, inserted] =
        edges_.try_emplace(Key(state, levels[i], ids[i]), static_cast<uint32_t>(terminal_.size()));
    if (inserted) terminal_.push_back(0);
    state = it->second;
  }
  terminal_[state] = 1;
  max_length_ = std::max<uint32_t>(max_length_, static_cast<uint32_t>(ids.size()));
  return state;
}

void PhraseTrie::Walk(const FoldedTokens& t, size_t first, size_t depth, uint32_t state,
                      Match* best) const {
  const size_t i = first + depth;
  if (i >= t.size() || depth >= max_length_) return;
  const uint32_t tok = t.id[i];
  if (tok == kUnknownToken) return;
  // A text token of case class L may follow edges requiring any class <= L;
  // in practice at most one of them exists, so this rarely branches.
  for (uint8_t level = 0; level <= t.level[i]; ++level) {
    const uint32_t next = Next(Key(state, level, tok));
    if (next == 0) continue;
    if (terminal_[next] && depth + 1 > best->length) {
      best->length = static_cast<uint32_t>(depth + 1);
      best->state = next;
    }
    Walk(t, first, depth + 1, next, best);
  }
}

namespace {
uint64_t MixKey(uint64_t key) { return (key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull; }
}  // namespace

void PhraseTrie::Freeze() {
  size_t capacity = 16;
  while (capacity < 2 * edges_.size()) capacity *= 2;
  flat_.assign(capacity, {kNoKey, 0});
  flat_mask_ = capacity - 1;
  for (const auto& [key, next] : edges_) {
    uint64_t i = MixKey(key) & flat_mask_;
    while (flat_[i].first != kNoKey) i = (i + 1) & flat_mask_;
    flat_[i] = {key, next};
  }
}

uint32_t PhraseTrie::Next(uint64_t key) const {
  if (flat_.empty()) {
    auto it = edges_.find(key);
    return it == edges_.end() ? 0 : it->second;
  }
  for (uint64_t i = MixKey(key) & flat_mask_;; i = (i + 1) & flat_mask_) {
    if (flat_[i].first == key) return flat_[i].second;
    if (flat_[i].first == kNoKey) return 0;
  }
}

PhraseTrie::Match PhraseTrie::Longest(const FoldedTokens& t, size_t first) const {
  Match best;
  Walk(t, first, 0, 0, &best);
  return best;
}

void ActorMatcher::Compile(std::string_view phrase, std::vector<uint32_t>* ids,
                           std::vector<uint8_t>* levels) {
  ids->clear();
  levels->clear();
  std::vector<Token> tokens;
  Tokenize(phrase, &tokens);
  std::string folded;
  for (const Token& tok : tokens) {
    std::string_view word = phrase.substr(tok.span.start, tok.span.size());
    word.remove_suffix(PossessiveLength(word));
    folded.clear();
    AppendFolded(word, &folded);
    auto [it, inserted] = vocab_.try_emplace(folded, static_cast<uint32_t>(vocab_.size()));
    ids->push_back(it->second);
    uint8_t level = 0;
    if (tok.has(kAllCaps) && word.size() <= 6) {
      level = 2;
    } else if (tok.has(kCapitalized) || tok.has(kAllCaps)) {
      level = 1;
    }
    levels->push_back(level);
  }
}

ActorMatcher::ActorMatcher(const ActorLexicon& lexicon, const AgentLexicon& agents) {
  std::vector<uint32_t> ids;
  std::vector<uint8_t> levels;
  for (const ActorLexicon::Surface& s : lexicon.surfaces()) {
    Compile(s.form, &ids, &levels);
    if (ids.empty()) continue;
    uint32_t state = names_.Insert(ids, levels);
    auto& entries = name_entries_[state];
    bool seen = false;
    for (NameEntry& e : entries) {
      if (e.actor == s.actor) {
        // One actor, one form listed twice (e.g. as name and alias): keep
        // the strongest kind (kName < kAlias < ... in enum order).
        e.kind = std::min(e.kind, s.kind);
        seen = true;
      }
    }
    if (!seen) entries.push_back({s.actor, s.kind});
  }
  for (uint32_t i = 0; i < agents.agents().size(); ++i) {
    Compile(agents.agents()[i].phrase, &ids, &levels);
    if (ids.empty()) continue;
    // Agent phrases are common nouns: any case ("OMON" keeps its caps rule).
    agent_of_state_[agents_.Insert(ids, levels)] = i;
  }
  lexicon_vocab_ = static_cast<uint32_t>(vocab_.size());
  for (std::string_view w : ClassWords()) {
    vocab_.try_emplace(std::string(w), static_cast<uint32_t>(vocab_.size()));
  }
  class_of_id_.assign(vocab_.size(), 0);
  for (const auto& [word, id] : vocab_) class_of_id_[id] = ClassOfWord(word);
  BuildLookup();
  names_.Freeze();
  agents_.Freeze();
}

void ActorMatcher::BuildLookup() {
  std::vector<std::string_view> by_id(vocab_.size());
  for (const auto& [word, id] : vocab_) by_id[id] = word;
  word_arena_.clear();
  word_offset_.assign(1, 0);
  for (std::string_view w : by_id) {
    word_arena_.append(w);
    word_offset_.push_back(static_cast<uint32_t>(word_arena_.size()));
  }
  size_t capacity = 16;
  while (capacity < 2 * vocab_.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  slot_mask_ = capacity - 1;
  for (uint32_t id = 0; id < by_id.size(); ++id) {
    const std::string_view w = by_id[id];
    const uint64_t key = w.size() <= 8 ? Pack(w) : XXH3_64bits(w.data(), w.size());
    uint64_t i = SlotHash(key, w.size()) & slot_mask_;
    while (slots_[i].id != kUnknownToken) i = (i + 1) & slot_mask_;
    slots_[i] = Slot{key, id, static_cast<uint32_t>(w.size())};
    max_word_ = std::max(max_word_, w.size());
  }
}

std::span<const ActorMatcher::NameEntry> ActorMatcher::NameEntries(uint32_t state) const {
  auto it = name_entries_.find(state);
  if (it == name_entries_.end()) return {};
  return it->second;
}

uint32_t ActorMatcher::Lookup(std::string_view folded, uint64_t packed) const {
  const size_t len = folded.size();
  if (len > max_word_) return kUnknownToken;
  const uint64_t key = len <= 8 ? packed : XXH3_64bits(folded.data(), len);
  for (uint64_t i = SlotHash(key, len) & slot_mask_;; i = (i + 1) & slot_mask_) {
    const Slot& slot = slots_[i];
    if (slot.id == kUnknownToken) return kUnknownToken;
    if (slot.key != key || slot.len != len) continue;
    if (len <= 8) return slot.id;  // the key is the word itself
    if (std::memcmp(word_arena_.data() + word_offset_[slot.id], folded.data(), len) == 0) {
      return slot.id;
    }
  }
}

uint32_t ActorMatcher::TokenId(std::string_view folded) const {
  return Lookup(folded, Pack(folded));
}

void ActorMatcher::Fold(const Document& doc, FoldedTokens* out) const {
  const size_t n = doc.tokens.size();
  // Folded ASCII tokens are never longer than the text, so the arena is
  // sized once and written through a cursor; only longer non-ASCII folds
  // (rare) grow it.
  std::string& arena = out->arena;
  arena.resize(doc.text.size());
  size_t pos = 0;
  out->offset.resize(n + 1);
  out->id.resize(n);
  out->level.resize(n);
  out->end.resize(n);
  out->possessive.resize(n);
  out->word_class.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[i];
    std::string_view word = doc.view(tok.span);
    uint32_t poss = tok.kind == TokenKind::kWord ? PossessiveLength(word) : 0;
    word.remove_suffix(poss);
    out->offset[i] = static_cast<uint32_t>(pos);
    if (pos + word.size() > arena.size()) arena.resize(pos + word.size() + arena.size() / 2);
    uint64_t packed;
    const size_t len = WriteFolded(word, pos, &arena, &packed);
    const std::string_view folded(arena.data() + pos, len);
    pos += len;
    out->level[i] = TextLevel(tok);
    out->end[i] = tok.span.end - poss;
    out->possessive[i] = poss != 0;
    const uint32_t id = Lookup(folded, packed);
    out->id[i] = id;
    out->word_class[i] = id == kUnknownToken ? 0 : class_of_id_[id];
  }
  out->offset[n] = static_cast<uint32_t>(pos);
  arena.resize(pos);
}

}  // namespace sitrep
