#include "lexicon/actor.h"

#include <array>

namespace sitrep {
namespace {

constexpr std::array<std::string_view, 4> kKindNames = {"person", "organization", "country",
                                                        "group"};
constexpr std::array<std::string_view, 6> kNameKindNames = {"name",    "alias",   "adjective",
                                                            "demonym", "metonym", "desc"};

bool ParseDigits(std::string_view s, size_t n, uint32_t* out) {
  if (s.size() != n) return false;
  uint32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  *out = v;
  return true;
}

uint32_t DaysInMonth(uint32_t year, uint32_t month) {
  static constexpr std::array<uint32_t, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                     31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::string_view ActorKindName(ActorKind kind) { return kKindNames[static_cast<size_t>(kind)]; }

std::optional<ActorKind> ParseActorKind(std::string_view name) {
  for (size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<ActorKind>(i);
  }
  return std::nullopt;
}

std::string_view NameKindName(NameKind kind) { return kNameKindNames[static_cast<size_t>(kind)]; }

std::string_view Actor::CodeOn(uint32_t date) const {
  if (date != 0) {
    for (const RoleSpan& r : roles) {
      if (r.Contains(date)) return r.code;
    }
  }
  return code;
}

std::optional<uint32_t> ParseLexiconDate(std::string_view text, bool end_of_period) {
  uint32_t year = 0, month = 0, day = 0;
  if (!ParseDigits(text.substr(0, 4), 4, &year) || year == 0) return std::nullopt;
  if (text.size() == 4) {
    month = end_of_period ? 12 : 1;
    day = end_of_period ? 31 : 1;
  } else {
    if (text.size() < 7 || text[4] != '-') return std::nullopt;
    if (!ParseDigits(text.substr(5, 2), 2, &month) || month < 1 || month > 12) return std::nullopt;
    if (text.size() == 7) {
      day = end_of_period ? DaysInMonth(year, month) : 1;
    } else {
      if (text.size() != 10 || text[7] != '-') return std::nullopt;
      if (!ParseDigits(text.substr(8, 2), 2, &day) || day < 1 || day > DaysInMonth(year, month)) {
        return std::nullopt;
      }
    }
  }
  return year * 10000 + month * 100 + day;
}

}  // namespace sitrep
