// The channel or audience of a statement, from its own sentence: "told The
// Associated Press", "in a televised news conference", "tweeted" (Twitter),
// "on Radio Free Europe", "reported by the state news agency BelTA",
// "in a speech to parliament". Empty when none is named.
#ifndef SITREP_ANALYZE_STATEMENT_CHANNEL_H_
#define SITREP_ANALYZE_STATEMENT_CHANNEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/document.h"

namespace sitrep {

std::string FindChannel(const Document& doc, const Statement& st);

// FindChannel for the statements of one document. The words that can name
// a channel ("told", "on", "in", ...) are listed once per sentence and kept
// for the next statement of the same sentence, so the statements of a
// sentence do not each re-read up to 80 tokens around their cue. Any order
// gives the same results; sentence order (as the finder emits them) reads
// each sentence once.
class ChannelFinder {
 public:
  explicit ChannelFinder(const Document& doc) : doc_(doc) {}
  // Same result as FindChannel(doc, st).
  std::string Find(const Statement& st);

 private:
  const Document& doc_;
  uint32_t sentence_ = UINT32_MAX;  // the sentence triggers_ lists
  std::vector<uint32_t> triggers_;  // its trigger tokens, ascending
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_STATEMENT_CHANNEL_H_
