#include "analyze/statement_date.h"

#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>

#include "analyze/statement_evidence.h"
#include "fmt/format.h"
#include "text/calendar.h"

namespace sitrep {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

// Every date word (month name or abbreviation with an optional '.', weekday,
// "yesterday", "today", "last") is 3..10 bytes long.
constexpr size_t kMinDateWord = 3;
constexpr size_t kMaxDateWord = 10;

// ASCII-lowercases `s` into `buf`; callers bound s.size() by kMaxDateWord so
// the hot loop allocates nothing.
std::string_view LowerInto(std::string_view s, char (&buf)[kMaxDateWord]) {
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, s.size());
}

// True when a word may start a date word: its folded first letter is one of
// a d f j l m n o s t w y. Checked before any string comparison because the
// loop runs over every token of every statement sentence.
bool MayStartDateWord(char c) {
  const unsigned lower = static_cast<unsigned char>(c) | 0x20u;
  if (lower < 'a' || lower > 'z') return false;
  constexpr uint32_t kLetters = (1u << ('a' - 'a')) | (1u << ('d' - 'a')) |
                                (1u << ('f' - 'a')) | (1u << ('j' - 'a')) |
                                (1u << ('l' - 'a')) | (1u << ('m' - 'a')) |
                                (1u << ('n' - 'a')) | (1u << ('o' - 'a')) |
                                (1u << ('s' - 'a')) | (1u << ('t' - 'a')) |
                                (1u << ('w' - 'a')) | (1u << ('y' - 'a'));
  return (kLetters >> (lower - 'a')) & 1u;
}

// A month word in running text: "Mar" stands for March only on a page's
// date line (it is also a surname), so here March must be spelled out. The
// caller requires a capital and a following day number besides.
int MonthOf(std::string_view lower) {
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  const int m = MonthFromName(lower);
  return (m == 3 && lower.size() == 3) ? 0 : m;
}

// 1..31 from "5", "7th", "28," ; 0 otherwise.
int DayOf(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || v < 1 || v > 31) return 0;
  std::string_view rest(p, s.data() + s.size() - p);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") {
    return 0;
  }
  return v;
}

std::optional<year_month_day> ParseIso(std::string_view s) {
  std::optional<CivilDate> d = ParseIsoDate(s);
  if (!d) return std::nullopt;
  return year_month_day{year(d->year), month(static_cast<unsigned>(d->month)),
                        day(static_cast<unsigned>(d->day))};
}

std::string Iso(year_month_day d) {
  return FormatIsoDate({static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
                        static_cast<int>(static_cast<unsigned>(d.day()))});
}

}  // namespace

std::string FindDateIn(const Document& doc, uint32_t first, uint32_t last,
                       std::string_view published) {
  std::optional<year_month_day> pub = ParseIso(published);
  const auto& t = doc.tokens;
  auto text = [&](uint32_t k) -> std::string_view {
    return k >= first && k < last ? doc.view(t[k].span) : std::string_view();
  };
  auto is = [&](uint32_t k, std::string_view lower_word) {
    std::string_view v = text(k);
    if (v.size() != lower_word.size()) return false;
    for (size_t c = 0; c < v.size(); ++c) {
      const char ch = v[c];
      if (((ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch) != lower_word[c]) {
        return false;
      }
    }
    return true;
  };
  // A four-digit year token at k (after an optional comma), else 0.
  auto year_at = [&](uint32_t k) {
    if (is(k, ",")) ++k;
    std::string_view v = text(k);
    int y = 0;
    if (v.size() != 4) return 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + 4, y);
    return ec == std::errc() && p == v.data() + 4 && y >= 1900 && y <= 2100 ? y : 0;
  };
  auto month_text = [](int y, int m) { return fmt::format("{:04}-{:02}", y, m); };
  // Month and day without a year: the latest such day on or before
  // publication, else the partial form.
  auto month_day = [&](int m, int d) -> std::string {
    if (!pub) return fmt::format("--{:02}-{:02}", m, d);
    year_month_day ymd{pub->year(), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d))};
    if (sys_days(ymd) > sys_days(*pub)) {
      ymd = year_month_day{pub->year() - std::chrono::years(1), ymd.month(), ymd.day()};
    }
    return ymd.ok() ? Iso(ymd) : std::string();
  };
  for (uint32_t i = first; i < last; ++i) {
    if (t[i].kind != TokenKind::kWord && t[i].kind != TokenKind::kAbbreviation) continue;
    // Without a publication date only a capitalized month can date the
    // sentence: most words are rejected here, before any comparison.
    if (!pub && !(t[i].flags & kCapitalized)) continue;
    const std::string_view raw = doc.view(t[i].span);
    if (raw.size() < kMinDateWord || raw.size() > kMaxDateWord || !MayStartDateWord(raw[0])) {
      continue;
    }
    char buf[kMaxDateWord];
    const std::string_view w = LowerInto(raw, buf);
    int m = MonthOf(w);
    if (m != 0 && (t[i].flags & kCapitalized)) {
      // "March 7", "March 7th", "March 7, 2021"; the day may be a number
      // token or a number with a suffix token.
      uint32_t after = i + 2;
      int d = DayOf(text(i + 1));
      if (d != 0 && i + 2 < last && t[i + 2].kind == TokenKind::kWord &&
          !t[i + 2].has(kSpaceBefore)) {
        std::string_view suffix = text(i + 2);
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") after = i + 3;
      }
      // "7 March 2021", "7 March".
      if (d == 0 && i > first && (d = DayOf(text(i - 1))) != 0) after = i + 1;
      if (d != 0) {
        if (int y = year_at(after)) {
          if (IsValidDate(y, m, d)) return FormatIsoDate({y, m, d});
          continue;
        }
        std::string out = month_day(m, d);
        if (!out.empty()) return out;
        continue;
      }
      // "August 2020", "August of 2020".
      if (int y = year_at(is(i + 1, "of") ? i + 2 : i + 1)) return month_text(y, m);
      // "in August": the latest August up to publication.
      if (pub && is(i - 1, "in")) {
        const int py = static_cast<int>(pub->year());
        return month_text(m > static_cast<int>(static_cast<unsigned>(pub->month())) ? py - 1 : py,
                          m);
      }
    }
    if (!pub) continue;
    const sys_days p(*pub);
    int wd = WeekdayFromName(w);
    if (wd >= 0) {
      unsigned today = std::chrono::weekday(p).c_encoding();
      int back = (static_cast<int>(today) - wd + 7) % 7;
      return Iso(year_month_day(p - std::chrono::days(back)));
    }
    if (w == "yesterday") return Iso(year_month_day(p - std::chrono::days(1)));
    if (w == "today") return Iso(*pub);
    if (w == "tomorrow") return Iso(year_month_day(p + std::chrono::days(1)));
    if (w == "weekend") {
      // The weekend is given as its Saturday: the last one on or before
      // publication, or the first after it for "next weekend".
      const int today = static_cast<int>(std::chrono::weekday(p).c_encoding());
      if (is(i - 1, "next")) return Iso(year_month_day(p + std::chrono::days(today == 6 ? 7 : 6 - today)));
      return Iso(year_month_day(p - std::chrono::days((today + 1) % 7)));
    }
    if ((w == "last" || w == "this") && i + 1 < last) {
      const bool prev = w == "last";
      if (is(i + 1, "month")) {
        auto ym = pub->year() / pub->month() - std::chrono::months(prev ? 1 : 0);
        return month_text(static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())));
      }
      if (is(i + 1, "year")) return fmt::format("{:04}", static_cast<int>(pub->year()) - (prev ? 1 : 0));
    }
  }
  return "";
}

std::string FindStatementDate(const Document& doc, const Statement& st) {
  if (doc.sentences.empty()) return "";
  const Sentence& s = doc.sentences[SentenceAt(doc, st.cue ? st.cue->start : st.content.start)];
  return FindDateIn(doc, s.first_token, s.last_token, doc.published);
}

void AssignStatementDates(Document* doc) {
  if (doc->sentences.empty()) return;
  // Statements of one sentence share its date: reading each sentence once
  // keeps a sentence with thousands of cues linear.
  uint32_t done_sentence = UINT32_MAX;
  std::string date;
  for (Statement& st : doc->statements) {
    const uint32_t si = SentenceAt(*doc, st.cue ? st.cue->start : st.content.start);
    if (si != done_sentence) {
      const Sentence& s = doc->sentences[si];
      date = FindDateIn(*doc, s.first_token, s.last_token, doc->published);
      done_sentence = si;
    }
    st.date = date;
  }
}

}  // namespace sitrep
