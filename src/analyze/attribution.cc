#include "analyze/attribution.h"

#include <algorithm>

#include "analyze/attribution_adverb.h"
#include "analyze/attribution_colon_lead.h"
#include "analyze/attribution_content_breaks.h"
#include "analyze/attribution_cue_opening.h"
#include "analyze/attribution_cue_site.h"
#include "analyze/attribution_filters.h"
#include "analyze/attribution_hedge.h"
#include "analyze/attribution_indirect.h"
#include "analyze/attribution_nominal.h"
#include "analyze/attribution_passive.h"
#include "analyze/attribution_poll.h"
#include "analyze/attribution_quotes.h"
#include "analyze/attribution_refine.h"
#include "analyze/attribution_source.h"
#include "analyze/attribution_source_speaker.h"
#include "analyze/attribution_spans.h"
#include "analyze/attribution_text.h"
#include "analyze/attribution_trailing.h"
#include "analyze/attribution_words.h"
#include "analyze/statement_channel.h"
#include "analyze/statement_date.h"
#include "analyze/statement_evidence.h"

namespace sitrep {
namespace {

using attribution::AttributionText;
using attribution::kNone;

// Runs the rules over one document, sentence by sentence, left to right.
class Finder {
 public:
  Finder(const CueLexicon& cues, Document* doc) : doc_(*doc), t_(cues, *doc) {}

  void Run() {
    doc_.statements.clear();
    for (const Sentence& s : doc_.sentences) {
      const uint32_t b = s.first_token, e = s.last_token;
      const uint32_t tail = attribution::TrailingAttributionComma(t_, b, e);
      if (tail == kNone) {
        FindInSentence(b, e, b);
        continue;
      }
      // The cues before a final "..., she said." report clauses that stop
      // at its comma; the final cue reports all of it, from the start.
      FindInSentence(b, tail + 1, b);
      FindInSentence(b, e, tail + 1);
    }
  }

 private:
  void Emit(uint32_t cue_first, uint32_t cue_last, uint32_t src_first, uint32_t src_last,
            Span content, bool direct, const CueEntry* cue) {
    Statement st;
    st.cue = t_.SpanOf(cue_first, cue_last);
    if (src_first != kNone) st.source = t_.SpanOf(src_first, src_last);
    st.content = attribution::RefineContent(t_, content, *st.cue, st.source);
    st.direct = direct;
    if (cue != nullptr) {
      st.kind = cue->kind;
      st.cameo = cue->cameo;
    }
    doc_.statements.push_back(std::move(st));
  }

  bool RelativeSource(const attribution::SourceSite& src) const {
    return src.first != kNone && src.first == src.last && !src.right &&
           (attribution::EqualsLower(t_.W(src.first), "who") ||
            attribution::EqualsLower(t_.W(src.first), "which"));
  }

  // The object of a reduced relative ("a group backing Dara Quist spent
  // ..."): the sentence's own verb follows it, so a name stops at its last
  // capitalized word. Other objects keep `content`: without a tagger the
  // end of a common noun phrase is not known.
  Span RelativeObject(uint32_t a, uint32_t end, Span content) const {
    if (a >= end || !t_.Capitalized(a)) return content;
    uint32_t z = a;
    while (z < end && t_.IsWordLike(z) &&
           (t_.Capitalized(z) || t_.toks()[z].kind == TokenKind::kAbbreviation)) {
      ++z;
    }
    if (z == a) return content;
    return {content.start, std::min(content.end, t_.toks()[z - 1].span.end)};
  }

  bool OnlyPunctFrom(uint32_t k, uint32_t e) const {
    for (; k < e; ++k) {
      if (!t_.IsPunct(k)) return false;
    }
    return true;
  }

  // Tokens [b, e) of one sentence; cues are looked for from token `start`.
  void FindInSentence(uint32_t b, uint32_t e, uint32_t start);

  Document& doc_;
  AttributionText t_;
};

void Finder::FindInSentence(uint32_t b, uint32_t e, uint32_t start) {
  using namespace attribution;  // NOLINT: the rule helpers
  uint32_t floor = b;           // content of a later cue starts here or after
  SourceSite last_src;
  if (start == b) {
    if (std::optional<Nominal> n = HeadlineColon(t_, b, e)) {
      Emit(n->cue_first, n->cue_last, n->src_first, n->src_last, n->content, false,
           t_.cues().Find("say"));
      return;
    }
  }
  uint32_t nested_end = 0;  // tokens before it are inside a reported clause
  // The floor before the last report that raised it, and that report's cue:
  // see the retry after FindSource.
  uint32_t inner_floor = b, inner_cue = kNone;
  for (uint32_t i = start; i < e; ++i) {
    // Past a reported clause that was scanned for nested cues, later cues
    // look for their content after it, as after any other report.
    if (i >= nested_end) floor = std::max(floor, nested_end);
    if (t_.QuoteAt(i) != nullptr) continue;
    // The rules below that fire on one word are tried on its length first
    // ("according" 9, "in" 2, ...): this loop runs on every token, and a
    // call that returns at once still costs its word view.
    const size_t len = t_.W(i).size();
    if (std::optional<Nominal> n = len == 9 ? AccordingTo(t_, i, b, e, floor) : std::nullopt) {
      Emit(n->cue_first, n->cue_last, n->src_first, n->src_last, n->content, false,
           t_.cues().Find("say"));
      floor = n->end;
      i = n->end - 1;
      continue;
    }
    if (i < nested_end) {
      // Inside a reported clause only a speech verb starts a report of its
      // own ("A said B, and most voters said C"); belief and stance verbs
      // there are mostly the speaker's words, not PolNeAR attributions.
      // Their forms start with s, w or r: test that before the hash probe,
      // as this pass reads every token of every indirect clause again.
      const char c0 = t_.W(i).empty() ? 0 : static_cast<char>(t_.W(i)[0] | 0x20);
      if (c0 != 's' && c0 != 'w' && c0 != 'r') continue;
      const CueEntry* c = t_.CueAt(i);
      if (c == nullptr || !InSetOf<kNestedCues>(std::string_view(c->lemma))) continue;
    }
    if (std::optional<Nominal> n = len == 2 ? PollIn(t_, i, b, e, floor) : std::nullopt) {
      Emit(n->cue_first, n->cue_last, n->src_first, n->src_last, n->content, false,
           t_.cues().Find("report"));
      floor = n->end;
      i = n->end - 1;
      continue;
    }
    if (std::optional<Nominal> n = len == 1 ? NameColonQuote(t_, i, e, floor) : std::nullopt) {
      Emit(n->cue_first, n->cue_last, n->src_first, n->src_last, n->content, true,
           t_.cues().Find("say"));
      floor = n->end;
      i = n->end - 1;
      continue;
    }
    if (std::optional<Nominal> n = len == 5 ? AskedBy(t_, i, e) : std::nullopt) {
      Emit(n->cue_first, n->cue_last, n->src_first, n->src_last, n->content, false,
           t_.cues().Find("ask"));
      floor = std::max(floor, n->end);
      i = n->end - 1;
      continue;
    }
    if (std::optional<Nominal> n = len == 10 ? ReportingAdverb(t_, i, b, e, floor) : std::nullopt) {
      // The clause may hold a cue of its own ("reportedly told aides").
      Emit(n->cue_first, n->cue_last, kNone, kNone, n->content, false, t_.cues().Find("report"));
      continue;
    }
    // Hedge words ("seems", "expected") are 4 to 8 bytes.
    if (std::optional<Nominal> n =
            len >= 4 && len <= 8 ? Hedge(t_, i, b, e, floor) : std::nullopt) {
      // The clause may hold a cue of its own ("appeared to say that A").
      Emit(n->cue_first, n->cue_last, kNone, kNone, n->content, false, t_.cues().Find("believe"));
      continue;
    }
    const CueEntry* cue = t_.CueAt(i);
    std::optional<CueSite> site;
    if (cue == nullptr) {
      // Multiword cues around a verb that is no cue alone ("made it clear").
      site = len == 4 ? MadeClearAt(t_, i, b, e) : std::nullopt;
      if (!site) continue;
      cue = site->cue;
    } else {
      if (i > b && t_.Capitalized(i) && !TitleCaseCue(t_, i, b, e)) continue;
      if (i + 1 < e && EqualsLower(t_.W(i + 1), "by")) continue;
      if (cue->noun) {
        if (std::optional<Nominal> n = PossessiveNounCue(t_, i, b, e)) {
          Emit(n->cue_first, n->cue_last, n->src_first, n->src_last, n->content, false, cue);
        }
        continue;
      }
      site = VerbCueAt(t_, i, b, e, cue);
      if (!site) continue;
      if (site->opening) {
        std::optional<Nominal> n = OpeningParticiple(t_, *site, b, e);
        if (!n) continue;
        Emit(n->cue_first, n->cue_last, n->src_first, n->src_last, n->content, false, cue);
        floor = n->end;
        i = n->end - 1;
        continue;
      }
    }
    SourceSite src = FindSource(t_, *site, b, e, floor, last_src);
    // "Lawmakers, who are close to firms that oppose the rule, have vowed":
    // a cue inside the speaker phrase made a report whose content set the
    // floor; a speaker found below that floor and spanning that cue holds
    // it (train: +1 exact source, no loss).
    if (src.first == kNone && !src.chained && inner_cue != kNone && inner_floor < floor) {
      SourceSite wide = FindSource(t_, *site, b, e, inner_floor, last_src);
      if (wide.first != kNone && !wide.right && wide.first < inner_cue) src = wide;
    }
    if (!PlausibleCue(t_, *site, src, b, e)) continue;
    uint32_t left_edge = src.first != kNone && !src.right && !src.chained ? src.first : site->first;
    uint32_t right_edge = src.right ? src.last + 1 : site->last + 1;

    std::optional<Span> content;
    bool direct = false, postposed = false, quote_first = false;
    uint32_t nested_from = kNone;
    if (QuoteBefore(t_, b, e, floor, left_edge, &right_edge, &content)) {
      direct = content.has_value();
      quote_first = direct;
    } else {
      content = Postposed(t_, e, floor, left_edge, &right_edge);
      postposed = content.has_value();
    }
    if (!content && left_edge == b && right_edge < e && CueTail(t_, right_edge, e - 1) &&
        t_.IsPunct(e - 1)) {
      // "'A?' Roe said to the crowd." split in two at the quote's mark.
      content = QuoteEndingBefore(t_, b);
      direct = content.has_value();
    }
    if (!content) {
      uint32_t a = right_edge;
      if (a < e && (t_.IsPunct(a, ":") || t_.IsPunct(a, ","))) ++a;
      // "X interjected, calling Y 'Z'": what follows the comma is the
      // participle's report, not this cue's.
      if (a > right_edge && a < e && t_.W(a).ends_with("ing") && t_.CueAt(a) != nullptr) continue;
      if (site->phrase) {
        uint32_t z = a;
        while (z < e && !t_.IsPunct(z, ",")) {
          z = t_.OpensQuote(z) ? t_.QuoteAt(z)->close_token + 1 : z + 1;
        }
        content = Content(t_, a, std::min(z, e));
        right_edge = std::min(z, e);
      } else if (site->naming) {
        content = NamingQuote(t_, a, e, &right_edge);
        direct = content.has_value();
        if (!content && src.first != kNone && !src.right) {
          // "X praised the mayor", "X called him a liar": without a
          // quotation the named object is the content.
          Forward f = ForwardContent(t_, *cue, a, e);
          content = f.content;
          right_edge = f.end;
        }
      } else {
        Forward f = ForwardContent(t_, *cue, a, OpenerEnd(t_, site->first, a, b, e));
        if (f.content && !f.direct && t_.W(i).ends_with("ing")) {
          // "telling A and questioning B": the second participle reports
          // on its own (attribution_content_breaks.h).
          const uint32_t z = AndParticipleBreak(t_, a, f.end);
          if (z < f.end) {
            f.content = Content(t_, a, z);
            f.end = z;
          }
        }
        content = f.content;
        direct = f.direct;
        right_edge = f.end;
        if (content && !direct && !cue->object) nested_from = a;
        if (content && site->relative) content = RelativeObject(a, f.end, *content);
      }
    }
    if (!content && left_edge == b && OnlyPunctFrom(right_edge, e)) {
      // "'A.' Roe said." split in two at the quote's full stop.
      content = QuoteEndingBefore(t_, b);
      direct = content.has_value();
    }
    if (!content && src.first != kNone && ColonEndsSentence(t_, site->last + 1, e)) {
      // "Roe declared:" + the next paragraph (attribution_colon_lead.h);
      // PolNeAR's cue takes the colon.
      content = ColonLeadContent(t_, e, &direct);
      if (content) {
        right_edge = e;
        ++site->last;
      }
    }
    if (!content) continue;
    if (!direct && !postposed && InSetOf<kSpeechOnlyCues>(std::string_view(cue->lemma))) continue;
    if (direct) {
      // A quotation that closes the sentence may go on in the next ones; so
      // may one that opens it ("'A,' he told a radio host. 'B.'"), whatever
      // follows the speaker.
      uint32_t z = std::min(right_edge, e);
      while (z < e && t_.IsPunct(z)) ++z;
      if (z >= e || quote_first) {
        uint32_t run = QuoteRunEnd(t_, std::max(right_edge, e) - 1);
        if (run != kNone) content->end = t_.toks()[run - 1].span.end;
      }
    }
    Emit(site->first, site->last, src.first, src.last, *content, direct, cue);
    // "took to Twitter to say", "were more likely to say": PolNeAR starts
    // the cue at "to" or the governing "be" (attribution_cue_site.h); the
    // content is refined against the verb's own span.
    if (const uint32_t k = InfinitiveCueStart(t_, site->first, site->verb, b);
        k < site->first && (src.first == kNone || src.right || src.last < k)) {
      doc_.statements.back().cue->start = t_.toks()[k].span.start;
    }
    if (src.first != kNone) last_src = src;
    const uint32_t end = std::min(right_edge, e);
    // "X, who says A, said B": a relative clause's report leaves the main
    // clause's speaker, left of it, available to the next cue.
    if (nested_from != kNone && nested_from > i && i >= nested_end && !RelativeSource(src)) {
      // An indirect clause may report another speaker: look for speech cues
      // inside it, whose sources lie inside it too. One level only: reports
      // nested deeper would each hold the rest of the clause, which is
      // quadratic on a sentence of many "said"s.
      // "Roe, in the wake of a poll showing A, told B": the floor's retry
      // after FindSource covers a nested report too (train: +4 sources).
      if (nested_from > floor) {
        inner_floor = floor;
        inner_cue = site->first;
      }
      floor = std::max(floor, nested_from);
      nested_end = std::max(nested_end, end);
      i = nested_from - 1;
      continue;
    }
    if (!RelativeSource(src) && end > floor) {
      inner_floor = floor;
      inner_cue = site->first;
      floor = end;
    }
    i = std::max(i, end > 0 ? end - 1 : 0);
  }
}

// The actor of the first mention overlapping `span`, or kNoActor.
uint32_t SpeakerOf(const Document& doc, Span span) {
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), span.start,
                             [](const Mention& m, uint32_t pos) { return m.span.end <= pos; });
  // mentions are sorted by start and do not nest deeply; scan the few that
  // may overlap. The speaker is the phrase's person if it names one ("The
  // president of Belarus, Jane Roe,"), else its organisation or group, else
  // the first actor it mentions.
  uint32_t best = kNoActor;
  int best_rank = 3;
  for (; it != doc.mentions.end() && it->span.start < span.end; ++it) {
    if (it->span.end <= span.start || it->actor >= doc.actors.size()) continue;
    const std::string& kind = doc.actors[it->actor].kind;
    const int rank = kind == "person" ? 0 : (kind == "country" ? 2 : 1);
    if (rank < best_rank) {
      best = it->actor;
      best_rank = rank;
    }
  }
  return best;
}

}  // namespace

void StatementFinder::Find(Document* doc) const {
  Finder(cues_, doc).Run();
  ChannelFinder channels(*doc);
  for (Statement& st : doc->statements) {
    if (st.source) st.speaker = SpeakerOf(*doc, *st.source);
    RefineKind(*doc, &st);
    st.channel = channels.Find(st);
  }
  InheritPronounSpeakers(doc);
  AssignStatementDates(doc);
  AssessEvidence(doc);
}

}  // namespace sitrep
