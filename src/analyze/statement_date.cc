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

// Case-insensitive "month".
bool EqualsMonthWord(std::string_view s) {
  constexpr std::string_view kMonth = "month";
  if (s.size() != kMonth.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c) != kMonth[i]) return false;
  }
  return true;
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
  for (uint32_t i = first; i < last; ++i) {
    if (t[i].kind != TokenKind::kWord && t[i].kind != TokenKind::kAbbreviation) continue;
    const std::string_view raw = doc.view(t[i].span);
    if (raw.size() < kMinDateWord || raw.size() > kMaxDateWord || !MayStartDateWord(raw[0])) {
      continue;
    }
    char buf[kMaxDateWord];
    const std::string_view w = LowerInto(raw, buf);
    int m = MonthOf(w);
    if (m != 0 && (t[i].flags & kCapitalized) && i + 1 < last) {
      // The day may be a number token ("7") or a word with a suffix ("7th").
      int d = DayOf(doc.view(t[i + 1].span));
      if (d == 0 && i + 2 < last && t[i + 2].kind == TokenKind::kWord &&
          !t[i + 2].has(kSpaceBefore)) {
        std::string_view suffix = doc.view(t[i + 2].span);
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
          d = DayOf(doc.view(t[i + 1].span));
        }
      }
      if (d != 0) {
        if (!pub) return fmt::format("--{:02}-{:02}", m, d);
        year_month_day ymd{pub->year(), month(static_cast<unsigned>(m)),
                           day(static_cast<unsigned>(d))};
        if (!ymd.ok()) continue;
        if (sys_days(ymd) > sys_days(*pub)) {
          ymd = year_month_day{pub->year() - std::chrono::years(1), ymd.month(), ymd.day()};
        }
        return Iso(ymd);
      }
    }
    if (!pub) continue;
    int wd = WeekdayFromName(w);
    if (wd >= 0) {
      sys_days p(*pub);
      unsigned today = std::chrono::weekday(p).c_encoding();
      int back = (static_cast<int>(today) - wd + 7) % 7;
      return Iso(year_month_day(p - std::chrono::days(back)));
    }
    if (w == "yesterday") {
      return Iso(year_month_day(sys_days(*pub) - std::chrono::days(1)));
    }
    if (w == "today") return Iso(*pub);
    if (w == "last" && i + 1 < last && EqualsMonthWord(doc.view(t[i + 1].span))) {
      auto ym = pub->year() / pub->month() - std::chrono::months(1);
      return fmt::format("{:04}-{:02}", static_cast<int>(ym.year()),
                         static_cast<unsigned>(ym.month()));
    }
  }
  return "";
}

std::string FindStatementDate(const Document& doc, const Statement& st) {
  if (doc.sentences.empty()) return "";
  const Sentence& s = doc.sentences[SentenceAt(doc, st.cue ? st.cue->start : st.content.start)];
  return FindDateIn(doc, s.first_token, s.last_token, doc.published);
}

}  // namespace sitrep
