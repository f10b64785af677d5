#include "corpus/language.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
//
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cstdint>
#include <span>
#include <string>

#include "text/utf8.h"

namespace sitrep {
namespace {

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Primary subtag of one BCP 47-ish tag, lowercased: "be-BY" / "uk_UA" -> "be" / "uk".
// Sites in Belarus and Ukraine often write the country code where the language
// belongs (lang="by", lang="ua"); those are not ISO 639-1 codes, so map them.
std::string PrimarySubtag(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (c == ' ' || c == '\t') continue;
    out.push_back(AsciiLower(c));
  }
  if (out == "by") return "be";
  if (out == "ua") return "uk";
  return out;
}

// "en-US, ru;q=0.5" -> "en,ru" (CLD2's content_language_hint format).
std::string NormalizeLangHint(std::string_view hint) {
  std::string out;
  while (!hint.empty()) {
    const size_t comma = hint.find(',');
    std::string_view item = hint.substr(0, comma);
    item = item.substr(0, item.find(';'));
    std::string tag = PrimarySubtag(item);
    if (!tag.empty()) {
      if (!out.empty()) out.push_back(',');
      out += tag;
    }
    if (comma == std::string_view::npos) break;
    hint.remove_prefix(comma + 1);
  }
  return out;
}

// "news.example.BY" / ".by" / "by" -> "by"; anything not 2..3 letters -> "".
std::string NormalizeTld(std::string_view hint) {
  const size_t dot = hint.rfind('.');
  if (dot != std::string_view::npos) hint.remove_prefix(dot + 1);
  if (hint.size() < 2 || hint.size() > 3) return {};
  std::string out;
  for (char c : hint) {
    c = AsciiLower(c);
    if (c < 'a' || c > 'z') return {};
    out.push_back(c);
  }
  return out;
}

// CLD2 code -> what LanguageGuess::code promises (see language.h).
std::string ToIsoCode(CLD2::Language lang) {
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "und";
  std::string_view code = CLD2::LanguageCode(lang);
  if (code.empty() || code == "un" || code.starts_with("xx")) return "und";
  code = code.substr(0, code.find('-'));
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  return std::string(code);
}

// Non-space characters, counted only up to `limit` so long text costs nothing.
size_t CountVisibleChars(std::string_view text, size_t limit) {
  size_t n = 0;
  for (size_t i = 0; i < text.size() && n < limit; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if ((b & 0xC0) == 0x80) continue;  // continuation byte
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') continue;
    ++n;
  }
  return n;
}

// CLD2 refuses (returns "unknown" for) text holding control characters or
// Unicode noncharacters even though they are valid UTF-8. Replaces each with
// spaces of the same byte length. `text` must be valid UTF-8.
void BlankCld2Rejects(std::string* text) {
  std::string& s = *text;
  for (size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    size_t len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    if (i + len > s.size()) len = s.size() - i;
    bool reject = false;
    if (len == 1) {
      reject = (b0 < 0x20 && b0 != '\t' && b0 != '\n' && b0 != '\r' && b0 != '\f') || b0 == 0x7F;
    } else if (len == 2) {
      reject = b0 == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;  // C1 controls
    } else {
      uint32_t cp = b0 & (len == 3 ? 0x0F : 0x07);
      for (size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      reject = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
    if (reject) s.replace(i, len, len, ' ');
    i += len;
  }
}

struct Cld2Result {
  CLD2::Language lang = CLD2::UNKNOWN_LANGUAGE;
  int percent = 0;
  bool reliable = false;
  bool valid = false;  // false: CLD2 rejected the bytes
};

Cld2Result RunCld2(std::string_view text, const CLD2::CLDHints& hints, int flags) {
  Cld2Result r;
  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix = 0;
  r.lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints, flags, language3,
      percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &r.reliable, &valid_prefix);
  r.valid = valid_prefix >= static_cast<int>(text.size());
  r.percent = percent3[0];
  return r;
}

// A word of up to 8 ASCII bytes packed into an integer, so that matching it
// against the function-word list below is a few integer compares per word.
constexpr uint64_t Pack(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size() && i < 8; ++i)
    v |= uint64_t{static_cast<uint8_t>(w[i])} << (8 * i);
  return v;
}

// English function words (the most frequent words of English news that are
// rare as words of other Latin-script languages; "a", "in", "on", "die" and
// the like are left out for that reason), by length 2..5.
constexpr uint64_t kThe = Pack("the");
constexpr uint64_t kFunction2[] = {Pack("of"), Pack("to"), Pack("is"), Pack("by"),
                                   Pack("it"), Pack("he"), Pack("at"), Pack("an"),
                                   Pack("be"), Pack("as"), Pack("or"), Pack("we")};
constexpr uint64_t kFunction3[] = {kThe,        Pack("and"), Pack("for"), Pack("was"), Pack("his"),
                                   Pack("her"), Pack("has"), Pack("who"), Pack("had"), Pack("are"),
                                   Pack("she"), Pack("not"), Pack("but"), Pack("its"), Pack("our")};
constexpr uint64_t kFunction4[] = {Pack("that"), Pack("with"), Pack("said"), Pack("from"),
                                   Pack("have"), Pack("were"), Pack("this"), Pack("been"),
                                   Pack("they"), Pack("will"), Pack("also"), Pack("than")};
constexpr uint64_t kFunction5[] = {Pack("which"), Pack("their"), Pack("would"),
                                   Pack("after"), Pack("there"), Pack("about")};

bool IsEnglishFunctionWord(uint64_t packed, size_t len) {
  std::span<const uint64_t> words;
  switch (len) {
    case 2:
      words = kFunction2;
      break;
    case 3:
      words = kFunction3;
      break;
    case 4:
      words = kFunction4;
      break;
    case 5:
      words = kFunction5;
      break;
    default:
      return false;
  }
  for (uint64_t w : words) {
    if (w == packed) return true;
  }
  return false;
}

// The prefix of text that CLD2 reads: kMaxLanguageBytes, backed off to a
// character boundary.
std::string_view Cld2Window(std::string_view text) {
  if (text.size() <= kMaxLanguageBytes) return text;
  size_t cut = kMaxLanguageBytes;
  // At most 3 continuation bytes precede a boundary.
  for (int k = 0; k < 3 && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80; ++k) {
    --cut;
  }
  return text.substr(0, cut);
}

}  // namespace

bool LooksPlainlyEnglish(std::string_view utf8_text) {
  const std::string_view t = Cld2Window(utf8_text);
  size_t words = 0, function_words = 0, the = 0, ascii_letters = 0, other_letters = 0;
  uint64_t word = 0;  // the current word's first 8 lowercased bytes, packed
  size_t len = 0;
  auto end_word = [&] {
    if (len == 0) return;
    ++words;
    if (IsEnglishFunctionWord(word, len)) {
      ++function_words;
      if (word == kThe) ++the;
    }
    word = 0;
    len = 0;
  };
  for (const char ch : t) {
    const auto b = static_cast<unsigned char>(ch);
    const auto lower = static_cast<unsigned char>(b | 0x20);
    if (lower >= 'a' && lower <= 'z') {
      ++ascii_letters;
      if (len < 8) word |= uint64_t{lower} << (8 * len);
      ++len;
      continue;
    }
    end_word();
    // Lead bytes of letters: Latin-1 letters to Cyrillic and beyond (C3-DF),
    // and the three-byte scripts except E2 (general punctuation, dashes and
    // curly quotes, common in English news). C2 (Latin-1 symbols, no-break
    // space) and four-byte characters (emoji) are neutral.
    if ((b >= 0xC3 && b <= 0xDF) || (b >= 0xE0 && b <= 0xEF && b != 0xE2)) ++other_letters;
  }
  end_word();
  return words >= kPlainEnglishMinWords && function_words * 5 >= words && the * 50 >= words &&
         other_letters * 50 <= ascii_letters + other_letters;
}

LanguageGuess DetectLanguage(std::string_view utf8_text, std::string_view html_lang_hint,
                             std::string_view tld_hint) {
  utf8_text = Cld2Window(utf8_text);

  const std::string lang_hint = NormalizeLangHint(html_lang_hint);
  const std::string tld = NormalizeTld(tld_hint);
  const std::string first_lang = lang_hint.substr(0, lang_hint.find(','));
  const CLD2::Language hinted =
      first_lang.empty() ? CLD2::UNKNOWN_LANGUAGE : CLD2::GetLanguageFromName(first_lang.c_str());
  const bool has_hint = hinted != CLD2::UNKNOWN_LANGUAGE || !tld.empty();

  const bool is_short = CountVisibleChars(utf8_text, kMinLanguageChars) < kMinLanguageChars;
  if (is_short && !has_hint) return {};

  CLD2::CLDHints hints{lang_hint.empty() ? nullptr : lang_hint.c_str(),
                       tld.empty() ? nullptr : tld.c_str(), CLD2::UNKNOWN_ENCODING, hinted};
  // Short text: ask for CLD2's best guess (it otherwise says "unknown"), which
  // the hints steer; it still wins over the hint when the script contradicts
  // it (Cyrillic text under lang="en").
  const int flags = is_short ? CLD2::kCLDFlagBestEffort : 0;

  Cld2Result r = RunCld2(utf8_text, hints, flags);
  if (!r.valid) {
    // Rare: bad bytes or characters CLD2 rejects. Clean a copy and retry once.
    std::string clean;
    RepairUtf8(utf8_text, &clean);
    BlankCld2Rejects(&clean);
    r = RunCld2(clean, hints, flags);
    if (!r.valid) r = {};
  }

  LanguageGuess guess;
  guess.code = ToIsoCode(r.lang);
  if (guess.code != "und") {
    guess.percent = r.percent;
    guess.reliable = r.reliable && !is_short;
  } else if (is_short && hinted != CLD2::UNKNOWN_LANGUAGE) {
    guess.code = ToIsoCode(hinted);  // hint only: percent 0, not reliable
  }
  return guess;
}

}  // namespace sitrep
