// Folding: a lowercase, accent-free form of text for matching names and
// phrases ("Viačorka" and "Viacorka" meet). Not for display.
//
// Fold():
//   - ASCII input is lowercased byte by byte (no ICU call);
//   - otherwise: full Unicode case folding (ß -> ss), NFKD (ligatures like
//     "ﬁ" split, full-width forms narrow), nonspacing marks removed, NFC;
//   - letters that do not decompose are mapped by hand: ł->l ø->o đ->d ð->d
//     ħ->h ı->i æ->ae œ->oe þ->th;
//   - punctuation is kept, except that typographic apostrophes (’ ‘ ‛ ʼ)
//     become ' and typographic double quotes (“ ” „ ‟) become ";
//   - invalid UTF-8 becomes U+FFFD; Fold(Fold(s)) == Fold(s).
// Thread-safe: ICU's normalizer instances are immutable singletons.
//
// Transliterate(): Fold() after converting other scripts to ASCII Latin with
// ICU "Russian-Latin/BGN; Any-Latin; Latin-ASCII" (BGN/PCGN gives the
// English-press spellings of Cyrillic names: Лукашенко -> lukashenko). The
// transliterator is built once per thread (building one takes milliseconds,
// and sharing one instance across threads is not something ICU promises).
#ifndef SITREP_TEXT_FOLD_H_
#define SITREP_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace sitrep {

std::string Fold(std::string_view s);
std::string Transliterate(std::string_view s);

}  // namespace sitrep

#endif  // SITREP_TEXT_FOLD_H_
