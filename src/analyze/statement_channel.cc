#include "analyze/statement_channel.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/attribution_words.h"
#include "analyze/statement_evidence.h"

namespace sitrep {
namespace {

// True when `w` equals the lowercase `lower` up to ASCII case.
bool Is(std::string_view w, std::string_view lower) { return attribution::EqualsLower(w, lower); }

constexpr std::array<std::string_view, 17> kVenues = {
    "conference", "speech",     "interview", "statement", "address", "briefing",
    "video",      "post",       "broadcast", "op-ed",     "letter",  "tweet",
    "message",    "appearance", "remarks",   "podcast",   "column"};
constexpr std::array<std::string_view, 6> kPlatforms = {"twitter",   "facebook", "telegram",
                                                        "instagram", "youtube",  "television"};

// True for the words that start a channel rule below: "tweeted", "tweets",
// "tweet", "told", "tells", "telling", "on", "via", "by", "in".
bool IsTrigger(std::string_view x) {
  // All are 2 to 7 letters starting with one of b i o t v: most tokens fail
  // that test and skip the string compares.
  if (x.size() < 2 || x.size() > 7) return false;
  const char c0 = static_cast<char>(x[0] | 0x20);
  if (c0 != 't' && c0 != 'o' && c0 != 'v' && c0 != 'b' && c0 != 'i') return false;
  return Is(x, "tweeted") || Is(x, "tweets") || Is(x, "tweet") || Is(x, "told") || Is(x, "tells") ||
         Is(x, "telling") || Is(x, "on") || Is(x, "via") || Is(x, "by") || Is(x, "in");
}

}  // namespace

std::string FindChannel(const Document& doc, const Statement& st) {
  return ChannelFinder(doc).Find(st);
}

std::string ChannelFinder::Find(const Statement& st) {
  const Document& doc = doc_;
  if (!st.cue || doc.sentences.empty()) return "";
  const uint32_t sentence_index = SentenceAt(doc, st.cue->start);
  const Sentence& sentence = doc.sentences[sentence_index];
  const auto& t = doc.tokens;
  if (sentence_index != sentence_) {
    triggers_.clear();
    for (uint32_t i = sentence.first_token; i < sentence.last_token; ++i) {
      if (IsTrigger(doc.view(t[i].span))) triggers_.push_back(i);
    }
    sentence_ = sentence_index;
  }
  // Channels sit next to their cue ("told X", "in a speech to Y", "on Z").
  // Looking only kWindow tokens either side keeps the work per statement
  // bounded, so a sentence holding thousands of cues stays linear.
  constexpr uint32_t kWindow = 40;
  const uint32_t cue_token = static_cast<uint32_t>(
      std::lower_bound(t.begin() + sentence.first_token, t.begin() + sentence.last_token,
                       st.cue->start,
                       [](const Token& k, uint32_t pos) { return k.span.end <= pos; }) -
      t.begin());
  struct {
    uint32_t first_token, last_token;
  } s{cue_token > sentence.first_token + kWindow ? cue_token - kWindow : sentence.first_token,
      std::min(sentence.last_token, cue_token + kWindow)};
  auto w = [&](uint32_t i) { return doc.view(t[i].span); };
  auto cap = [&](uint32_t i) { return t[i].has(kCapitalized); };
  auto word = [&](uint32_t i) {
    return t[i].kind == TokenKind::kWord || t[i].kind == TokenKind::kAbbreviation;
  };
  // A capitalized name run from i (allowing "of" and "the" inside).
  auto name_end = [&](uint32_t i) {
    uint32_t e = i;
    while (e < s.last_token && word(e) && (cap(e) || Is(w(e), "of") || Is(w(e), "the"))) {
      ++e;
    }
    while (e > i && !cap(e - 1)) --e;
    return e;
  };
  auto text = [&](uint32_t a, uint32_t e) {
    return std::string(doc.view({t[a].span.start, t[e - 1].span.end}));
  };
  // Only trigger tokens can make a rule below fire; the window's others
  // are skipped, as the rules would skip them.
  for (auto it = std::lower_bound(triggers_.begin(), triggers_.end(), s.first_token);
       it != triggers_.end() && *it < s.last_token; ++it) {
    const uint32_t i = *it;
    std::string_view x = w(i);
    if (Is(x, "tweeted") || Is(x, "tweets") || Is(x, "tweet")) return "Twitter";
    if ((Is(x, "told") || Is(x, "tells") || Is(x, "telling")) && i + 1 < s.last_token) {
      uint32_t a = i + 1;
      if (Is(w(a), "the") && a + 1 < s.last_token && cap(a + 1)) {
        uint32_t e = name_end(a + 1);
        if (e > a + 1) return text(a, e);
      }
      if (cap(a) && word(a)) {
        uint32_t e = name_end(a);
        if (e > a) return text(a, e);
      }
    }
    if ((Is(x, "on") || Is(x, "via")) && i + 1 < s.last_token) {
      if (attribution::InSetOf<kPlatforms>(w(i + 1))) return std::string(w(i + 1));
      if (cap(i + 1) && word(i + 1) && st.cue->end <= t[i].span.start) {
        uint32_t e = name_end(i + 1);
        // "on Radio Free Europe" but not "on Tuesday" / "on March 3".
        static constexpr std::array<std::string_view, 19> kNotChannel = {
            "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
            "january", "february",  "march",     "april",    "may",     "june",     "july",
            "august",  "september", "october",   "november", "december"};
        if (e > i + 1 && !attribution::InSetOf<kNotChannel>(w(i + 1))) return text(i + 1, e);
      }
    }
    if (Is(x, "by") && i > s.first_token && Is(w(i - 1), "reported") && i + 1 < s.last_token) {
      uint32_t a = i + 1;
      uint32_t e = a;
      while (e < s.last_token && word(e) && e - a < 8) ++e;
      while (e > a && !cap(e - 1)) --e;
      if (e > a) return text(a, e);
    }
    if (Is(x, "in") && i + 1 < s.last_token &&
        (Is(w(i + 1), "a") || Is(w(i + 1), "an") || Is(w(i + 1), "his") || Is(w(i + 1), "her") ||
         Is(w(i + 1), "their"))) {
      for (uint32_t k = i + 2; k < s.last_token && k < i + 6 && word(k); ++k) {
        if (attribution::InSetOf<kVenues>(w(k))) {
          uint32_t e = k + 1;
          // "... speech to parliament", "... address to the nation"
          if (e + 1 < s.last_token && Is(w(e), "to") && word(e + 1)) {
            e += Is(w(e + 1), "the") && e + 2 < s.last_token ? 3 : 2;
          }
          return text(i + 1, e);
        }
      }
    }
  }
  return "";
}

}  // namespace sitrep
