// The channel or audience of a statement, from its own sentence: "told The
// Associated Press", "in a televised news conference", "tweeted" (Twitter),
// "on Radio Free Europe", "reported by the state news agency BelTA",
// "in a speech to parliament". Empty when none is named.
#ifndef SITREP_ANALYZE_STATEMENT_CHANNEL_H_
#define SITREP_ANALYZE_STATEMENT_CHANNEL_H_

#include <string>

#include "text/document.h"

namespace sitrep {

std::string FindChannel(const Document& doc, const Statement& st);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_STATEMENT_CHANNEL_H_
