#include "ingest/html_extract.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "ingest/html_dom.h"
#include "ingest/html_metadata.h"

namespace sitrep {
namespace {

constexpr uint32_t kNone = HtmlDom::kNoParent;
// Below this many characters an extraction pass is retried with fewer rules.
constexpr uint32_t kMinArticleChars = 500;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

void AppendLowered(std::string_view s, std::string& out) {
  for (char c : s) out.push_back(Lower(c));
}

bool HasAny(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Class/id hints. Substring tests over the lower-cased "class id" string: the
// lists are short and most elements carry no class, so this beats a regex
// engine's setup cost per page.
bool UnlikelyHint(std::string_view h) {
  return HasAny(
      h,
      {"-ad-",    "ad-break",  "advert",       "agegate",  "ai2html",    "banner",     "breadcrumb",
       "combx",   "comment",   "community",    "cookie",   "cover-wrap", "disqus",     "extra",
       "footer",  "gdpr",      "header",       "legends",  "menu",       "modal",      "newsletter",
       "nav",     "pager",     "pagination",   "popup",    "promo",      "related",    "remark",
       "replies", "rss",       "share",        "shoutbox", "sidebar",    "skyscraper", "social",
       "sponsor", "subscribe", "supplemental", "widget",   "yom-remote"});
}
bool MaybeCandidateHint(std::string_view h) {
  return HasAny(h, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}
bool NegativeHint(std::string_view h) {
  return HasAny(h, {"-ad-",     "hidden",     "banner",  "combx",    "comment", "com-",
                    "contact",  "footer",     "gdpr",    "masthead", "media",   "meta",
                    "outbrain", "promo",      "related", "scroll",   "share",   "shoutbox",
                    "sidebar",  "skyscraper", "sponsor", "shopping", "tags",    "widget"});
}
bool PositiveHint(std::string_view h) {
  return HasAny(h, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                    "pagination", "post", "text", "blog", "story"});
}

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

// Tags whose presence makes a <div> a container rather than a paragraph.
bool IsDivBlock(GumboTag t) {
  return t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_DL || t == GUMBO_TAG_DIV ||
         t == GUMBO_TAG_IMG || t == GUMBO_TAG_OL || t == GUMBO_TAG_P || t == GUMBO_TAG_PRE ||
         t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL;
}

bool IsPhrasing(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_A:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

// Tags that end a line in the output.
bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Elements never part of an article's text.
bool IsJunkTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// Characters of s with whitespace runs counted once (UTF-8 code points).
uint32_t CollapsedLength(std::string_view s, bool* ends_space, bool starts_after_space) {
  uint32_t n = 0;
  bool space = starts_after_space;
  for (char c : s) {
    if (IsSpace(c)) {
      if (!space) ++n;
      space = true;
    } else {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
      space = false;
    }
  }
  *ends_space = space;
  return n;
}

uint32_t CountCommas(std::string_view s) {
  uint32_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') {
      ++n;
    } else if (s.substr(i, 3) == "\xEF\xBC\x8C" || s.substr(i, 2) == "\xD8\x8C") {
      ++n;  // fullwidth comma, Arabic comma
    }
  }
  return n;
}

struct Options {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

// Per-node aggregates over the live part of a subtree.
struct Counts {
  float chars = 0;  // collapsed text length
  float link = 0;   // text inside <a> (in-page "#" links count 0.3)
  uint32_t commas = 0;
  uint32_t p = 0, img = 0, li = 0, input = 0, embed = 0;
  float heading = 0;   // text under h1-h6
  float list = 0;      // text under ul/ol
  float textish = 0;   // text under span/li/td/p/div/... elements
  bool block = false;  // contains a DIV_TO_P block element
};

class Extractor {
 public:
  Extractor(const HtmlDom& dom, const HtmlMetadata& md) : dom_(dom), md_(md), n_(dom.size()) {
    hints_.resize(n_);
    for (uint32_t i = 0; i < n_; ++i) {
      if (dom_[i].is_text) continue;
      std::string_view cls = dom_.Attr(i, "class"), id = dom_.Attr(i, "id");
      if (cls.empty() && id.empty()) continue;
      AppendLowered(cls, hints_[i]);
      hints_[i].push_back(' ');
      AppendLowered(id, hints_[i]);
    }
    // Containers that declare themselves the article (and their ancestors)
    // are never stripped by the class-name rules.
    protect_.assign(n_, 0);
    for (uint32_t i = 0; i < n_; ++i) {
      if (dom_[i].is_text) continue;
      bool declared = dom_[i].tag == GUMBO_TAG_ARTICLE || dom_[i].tag == GUMBO_TAG_MAIN ||
                      dom_.Attr(i, "role") == "main" || dom_.Attr(i, "itemprop") == "articleBody";
      for (uint32_t a = i; declared && a != kNone && !protect_[a]; a = dom_[a].parent) {
        protect_[a] = 1;
      }
    }
  }

  std::string Run() {
    std::string best;
    size_t best_chars = 0;
    for (Options o : {Options{true, true, true}, Options{false, true, true},
                      Options{false, false, true}, Options{false, false, false}}) {
      std::string text = Pass(o);
      size_t chars = CodePoints(text);
      if (chars >= kMinArticleChars) return text;
      if (chars > best_chars) {
        best_chars = chars;
        best = std::move(text);
      }
    }
    return best;
  }

 private:
  static size_t CodePoints(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  }

  bool Hidden(uint32_t i) const {
    if (gumbo_get_attribute(&dom_[i].node->v.element.attributes, "hidden") != nullptr) return true;
    if (dom_.Attr(i, "aria-hidden") == "true" &&
        hints_[i].find("fallback-image") == std::string::npos) {
      return true;
    }
    std::string_view style = dom_.Attr(i, "style");
    if (style.empty()) return false;
    std::string s;
    for (char c : style) {
      if (!IsSpace(c)) s.push_back(Lower(c));
    }
    return HasAny(s, {"display:none", "visibility:hidden"});
  }

  int ClassWeight(uint32_t i, const Options& o) const {
    if (!o.weight_classes || hints_[i].empty()) return 0;
    std::string_view cls = dom_.Attr(i, "class"), id = dom_.Attr(i, "id");
    std::string_view h = hints_[i];
    std::string_view hc = h.substr(0, cls.size()), hi = h.substr(cls.size() + 1, id.size());
    int w = 0;
    if (!hc.empty()) w += (NegativeHint(hc) ? -25 : 0) + (PositiveHint(hc) ? 25 : 0);
    if (!hi.empty()) w += (NegativeHint(hi) ? -25 : 0) + (PositiveHint(hi) ? 25 : 0);
    return w;
  }

  // Marks what this pass drops before scoring.
  void MarkRemoved(const Options& o) {
    dead_.assign(n_, 0);
    bool title_heading_seen = false;
    std::vector<uint8_t> in_table(n_, 0), in_article(n_, 0);
    for (uint32_t i = 1; i < n_; ++i) {
      const DomNode& d = dom_[i];
      uint32_t par = d.parent;
      in_table[i] =
          in_table[par] || dom_[par].tag == GUMBO_TAG_TABLE || dom_[par].tag == GUMBO_TAG_CODE;
      in_article[i] = in_article[par] || dom_[par].tag == GUMBO_TAG_ARTICLE;
      if (dead_[par]) {
        dead_[i] = 1;
        continue;
      }
      if (d.is_text) continue;
      bool drop = false;
      if (IsJunkTag(d.tag) && !(protect_[i] && d.tag != GUMBO_TAG_HEAD)) {
        drop = true;
      } else if (d.tag == GUMBO_TAG_HEADER && !in_article[i] && !protect_[i]) {
        drop = true;  // site masthead; an <article>'s own header holds its headline
      } else if (i == md_.byline_node) {
        drop = true;
      } else if (Hidden(i)) {
        drop = true;
      } else if (!protect_[i]) {
        std::string_view role = dom_.Attr(i, "role");
        if (!role.empty() && (role == "menu" || role == "menubar" || role == "complementary" ||
                              role == "navigation" || role == "alert" || role == "alertdialog" ||
                              role == "dialog")) {
          drop = true;
        } else if (o.strip_unlikely && !hints_[i].empty() && !in_table[i] &&
                   d.tag != GUMBO_TAG_BODY && d.tag != GUMBO_TAG_A && UnlikelyHint(hints_[i]) &&
                   !MaybeCandidateHint(hints_[i])) {
          drop = true;
        }
      }
      if (!drop && !title_heading_seen && (d.tag == GUMBO_TAG_H1 || d.tag == GUMBO_TAG_H2) &&
          !md_.title.empty()) {
        // The headline repeated at the top of the article is metadata, not body.
        std::string h = dom_.InnerText(i);
        if (TextSimilarity(md_.title, h) > 0.75) {
          drop = true;
          title_heading_seen = true;
        }
      }
      dead_[i] = drop;
    }
  }

  void ComputeCounts() {
    counts_.assign(n_, Counts{});
    for (uint32_t i = n_; i-- > 1;) {
      if (dead_[i]) continue;
      const DomNode& d = dom_[i];
      Counts& c = counts_[i];
      if (d.is_text) {
        std::string_view t = dom_.Text(i);
        bool end_space;
        c.chars = static_cast<float>(CollapsedLength(t, &end_space, false));
        c.commas = CountCommas(t);
      } else {
        GumboTag t = d.tag;
        if (t == GUMBO_TAG_A) {
          std::string_view href = dom_.Attr(i, "href");
          c.link = c.chars * (!href.empty() && href[0] == '#' ? 0.3f : 1.0f);
        }
        if (t == GUMBO_TAG_P) ++c.p;
        if (t == GUMBO_TAG_IMG) ++c.img;
        if (t == GUMBO_TAG_LI) ++c.li;
        if (t == GUMBO_TAG_INPUT) ++c.input;
        if (t == GUMBO_TAG_OBJECT || t == GUMBO_TAG_EMBED || t == GUMBO_TAG_IFRAME) ++c.embed;
      }
      Counts& p = counts_[d.parent];
      GumboTag t = d.tag;
      p.chars += c.chars;
      p.link += c.link;
      p.commas += c.commas;
      p.p += c.p, p.img += c.img, p.li += c.li, p.input += c.input, p.embed += c.embed;
      bool text = d.is_text;
      p.heading += !text && IsHeading(t) ? c.chars : c.heading;
      p.list += !text && (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) ? c.chars : c.list;
      p.textish +=
          !text && (t == GUMBO_TAG_SPAN || t == GUMBO_TAG_LI || t == GUMBO_TAG_TD || IsDivBlock(t))
              ? c.chars
              : c.textish;
      p.block = p.block || c.block || (!text && IsDivBlock(t));
    }
  }

  float LinkDensity(uint32_t i) const {
    return counts_[i].chars > 0 ? counts_[i].link / counts_[i].chars : 0;
  }

  void Initialize(uint32_t i, const Options& o) {
    if (scored_[i]) return;
    scored_[i] = 1;
    float s = 0;
    switch (dom_[i].tag) {
      case GUMBO_TAG_DIV:
        s = 5;
        break;
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_BLOCKQUOTE:
        s = 3;
        break;
      case GUMBO_TAG_ADDRESS:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_DL:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_LI:
      case GUMBO_TAG_FORM:
        s = -3;
        break;
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
      case GUMBO_TAG_TH:
        s = -5;
        break;
      default:
        break;
    }
    score_[i] = s + static_cast<float>(ClassWeight(i, o));
    candidates_.push_back(i);
  }

  // A paragraph of `chars` characters and `commas` commas votes for its
  // ancestors, starting at `first`: full score, half, then 1/(3 * level).
  void Vote(uint32_t first, float chars, uint32_t commas, const Options& o) {
    if (chars < 25) return;
    float s = 1 + static_cast<float>(commas) + std::min(std::floor(chars / 100), 3.0f);
    uint32_t a = first;
    for (int level = 0; level < 5 && a != kNone && a != 0; ++level, a = dom_[a].parent) {
      Initialize(a, o);
      float div = level == 0 ? 1 : level == 1 ? 2 : static_cast<float>(level * 3);
      score_[a] += s / div;
    }
  }

  void ScoreParagraphs(const Options& o) {
    score_.assign(n_, 0);
    scored_.assign(n_, 0);
    candidates_.clear();
    for (uint32_t i = 0; i < n_; ++i) {
      const DomNode& d = dom_[i];
      if (d.is_text || dead_[i]) continue;
      GumboTag t = d.tag;
      bool paragraph = t == GUMBO_TAG_P || t == GUMBO_TAG_TD || t == GUMBO_TAG_PRE ||
                       t == GUMBO_TAG_SECTION || (IsHeading(t) && t != GUMBO_TAG_H1);
      if (paragraph) {
        Vote(d.parent, counts_[i].chars, counts_[i].commas, o);
      } else if (t == GUMBO_TAG_DIV) {
        if (!counts_[i].block) {
          Vote(d.parent, counts_[i].chars, counts_[i].commas, o);  // a <div> used as a <p>
          continue;
        }
        // Runs of inline content directly in a container div are paragraphs
        // of that div.
        float run_chars = 0;
        uint32_t run_commas = 0;
        for (uint32_t c = i + 1; c < d.end; c = dom_[c].end) {
          if (dead_[c]) continue;
          if (dom_[c].is_text || IsPhrasing(dom_[c].tag)) {
            run_chars += counts_[c].chars;
            run_commas += counts_[c].commas;
          } else {
            Vote(i, run_chars, run_commas, o);
            run_chars = 0, run_commas = 0;
          }
        }
        Vote(i, run_chars, run_commas, o);
      }
    }
  }

  bool Contains(uint32_t a, uint32_t b) const { return a <= b && b < dom_[a].end; }

  uint32_t ElementChildren(uint32_t i) const {
    uint32_t k = 0;
    for (uint32_t c = i + 1; c < dom_[i].end; c = dom_[c].end) k += !dead_[c] && !dom_[c].is_text;
    return k;
  }

  uint32_t PickTop(uint32_t body) {
    for (uint32_t c : candidates_) score_[c] *= 1 - LinkDensity(c);
    std::vector<uint32_t> top;
    for (uint32_t c : candidates_) {
      auto pos =
          std::find_if(top.begin(), top.end(), [&](uint32_t t) { return score_[c] > score_[t]; });
      if (pos - top.begin() < 5) top.insert(pos, c);
      if (top.size() > 5) top.pop_back();
    }
    if (top.empty() || dom_[top[0]].tag == GUMBO_TAG_BODY || dom_[top[0]].tag == GUMBO_TAG_HTML) {
      return body;
    }
    uint32_t best = top[0];
    // Several near-best candidates under one ancestor: the article is split
    // into sections, so take the ancestor.
    std::vector<uint32_t> alt;
    for (size_t k = 1; k < top.size(); ++k) {
      if (score_[top[k]] / score_[best] >= 0.75f) alt.push_back(top[k]);
    }
    if (alt.size() >= 3) {
      for (uint32_t a = dom_[best].parent; a != kNone && a != body && a != 0; a = dom_[a].parent) {
        int n = 0;
        for (uint32_t c : alt) n += Contains(a, c) && a != c;
        if (n >= 3) {
          best = a;
          Initialize(best, Options{false, false, false});
          break;
        }
      }
    }
    // Climb while the parent scores higher (the article's own container).
    float last = score_[best], threshold = last / 3;
    for (uint32_t a = dom_[best].parent; a != kNone && a != body && a != 0; a = dom_[a].parent) {
      if (!scored_[a]) continue;
      if (score_[a] < threshold) break;
      if (score_[a] > last) {
        best = a;
        break;
      }
      last = score_[a];
    }
    while (dom_[best].parent != body && dom_[best].parent != kNone && dom_[best].parent != 0 &&
           ElementChildren(dom_[best].parent) == 1) {
      best = dom_[best].parent;
    }
    return best;
  }

  // The top candidate plus its siblings that look like part of the article.
  std::vector<uint32_t> Gather(uint32_t top, uint32_t body) {
    if (top == body) return {top};
    uint32_t parent = dom_[top].parent;
    float threshold = std::max(10.0f, score_[top] * 0.2f);
    std::string_view top_class = dom_.Attr(top, "class");
    std::vector<uint32_t> out;
    for (uint32_t s = parent + 1; s < dom_[parent].end; s = dom_[s].end) {
      if (dead_[s] || dom_[s].is_text) continue;
      if (s == top) {
        out.push_back(s);
        continue;
      }
      float bonus =
          !top_class.empty() && dom_.Attr(s, "class") == top_class ? score_[top] * 0.2f : 0;
      if (scored_[s] && score_[s] + bonus >= threshold) {
        out.push_back(s);
      } else if (dom_[s].tag == GUMBO_TAG_P) {
        float len = counts_[s].chars, ld = LinkDensity(s);
        if (len > 80 && ld < 0.25f) {
          out.push_back(s);
        } else if (len < 80 && len > 0 && ld == 0) {
          std::string t = dom_.InnerText(s);
          if (t.find(". ") != std::string::npos || (!t.empty() && t.back() == '.'))
            out.push_back(s);
        }
      }
    }
    return out;
  }

  // Removes i from the live tree, keeping ancestors' counts right for later
  // decisions (cleaning runs bottom-up, as inner removals change outer ratios).
  void Kill(uint32_t i) {
    dead_[i] = 1;
    Counts c = counts_[i];
    for (uint32_t a = dom_[i].parent; a != kNone; a = dom_[a].parent) {
      Counts& p = counts_[a];
      p.chars -= c.chars, p.link -= c.link, p.commas -= c.commas;
      p.p -= c.p, p.img -= c.img, p.li -= c.li, p.input -= c.input, p.embed -= c.embed;
      p.heading -= c.heading, p.list -= c.list, p.textish -= c.textish;
    }
  }

  bool IsDataTable(uint32_t t) const {
    if (dom_.Attr(t, "role") == "presentation" || dom_.Attr(t, "datatable") == "0") return false;
    if (!dom_.Attr(t, "summary").empty()) return true;
    uint32_t rows = 0, cols = 0, cur = 0;
    for (uint32_t j = t + 1; j < dom_[t].end; ++j) {
      switch (dom_[j].tag) {
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_COL:
        case GUMBO_TAG_COLGROUP:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TH:
          if (!dom_[j].is_text) return true;
          break;
        case GUMBO_TAG_TABLE:
          if (!dom_[j].is_text) return false;  // layout tables nest
          break;
        case GUMBO_TAG_TR:
          if (!dom_[j].is_text) ++rows, cur = 0;
          break;
        case GUMBO_TAG_TD:
          if (!dom_[j].is_text) cols = std::max(cols, ++cur);
          break;
        default:
          break;
      }
    }
    return rows >= 10 || cols > 4 || rows * cols > 10;
  }

  bool HasAncestor(uint32_t i, GumboTag tag, uint32_t stop) const {
    for (uint32_t a = dom_[i].parent; a != kNone && a != stop; a = dom_[a].parent) {
      if (dom_[a].tag == tag) return true;
    }
    return false;
  }

  bool ShouldClean(uint32_t i, const Options& o, const std::vector<uint8_t>& data_table) const {
    GumboTag tag = dom_[i].tag;
    if (tag == GUMBO_TAG_TABLE && data_table[i]) return false;
    if (HasAncestor(i, GUMBO_TAG_CODE, kNone)) return false;
    for (uint32_t a = dom_[i].parent; a != kNone; a = dom_[a].parent) {
      if (dom_[a].tag == GUMBO_TAG_TABLE && data_table[a]) return false;
    }
    int weight = ClassWeight(i, o);
    if (weight < 0) return true;
    const Counts& c = counts_[i];
    if (c.commas >= 10) return false;
    bool list =
        tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || (c.chars > 0 && c.list / c.chars > 0.9f);
    bool figure = HasAncestor(i, GUMBO_TAG_FIGURE, kNone);
    float p = static_cast<float>(c.p), img = static_cast<float>(c.img);
    float li = static_cast<float>(c.li) - 100;
    float ld = LinkDensity(i), heading_density = c.chars > 0 ? c.heading / c.chars : 0;
    bool remove = (!figure && img > 1 && p / img < 0.5f) || (!list && li > p) ||
                  (static_cast<float>(c.input) > std::floor(p / 3)) ||
                  (!list && !figure && heading_density < 0.9f && c.chars < 25 &&
                   (img == 0 || img > 2) && ld > 0) ||
                  (!list && weight < 25 && ld > 0.2f) || (weight >= 25 && ld > 0.5f) ||
                  (c.embed == 1 && c.chars < 75) || c.embed > 1 ||
                  (img == 0 && c.textish == 0 && c.chars > 0);
    if (list && remove) {
      // A plain list of images stays.
      for (uint32_t ch = i + 1; ch < dom_[i].end; ch = dom_[ch].end) {
        if (!dead_[ch] && !dom_[ch].is_text && ElementChildren(ch) > 1) return true;
      }
      if (c.img == c.li) return false;
    }
    return remove;
  }

  void Clean(const std::vector<uint32_t>& parts, const Options& o) {
    std::vector<uint8_t> data_table(n_, 0);
    for (uint32_t part : parts) {
      for (uint32_t i = part; i < dom_[part].end; ++i) {
        if (!dom_[i].is_text && dom_[i].tag == GUMBO_TAG_TABLE) data_table[i] = IsDataTable(i);
      }
    }
    for (uint32_t part : parts) {
      // Bottom-up: reverse preorder visits descendants before ancestors.
      for (uint32_t i = dom_[part].end; i-- > part;) {
        if (dom_[i].is_text || dead_[i]) continue;
        GumboTag t = dom_[i].tag;
        bool cond = t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_DIV ||
                    t == GUMBO_TAG_FIELDSET;
        if (o.clean_conditionally && cond && i != part && ShouldClean(i, o, data_table)) {
          Kill(i);
        } else if ((t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) && ClassWeight(i, o) < 0) {
          Kill(i);
        } else if (!hints_[i].empty() && dom_[i].parent == part && counts_[i].chars < 500 &&
                   HasAny(hints_[i], {"share"})) {
          Kill(i);
        }
      }
    }
  }

  void Render(uint32_t i, std::string& out) const {
    struct Frame {
      uint32_t node;
      bool closing;
    };
    std::vector<Frame> stack{{i, false}};
    int pre = 0;
    auto line_break = [&] {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out.push_back('\n');
    };
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const DomNode& d = dom_[f.node];
      if (f.closing) {
        if (d.tag == GUMBO_TAG_PRE) --pre;
        line_break();
        continue;
      }
      if (dead_[f.node]) continue;
      if (d.is_text) {
        std::string_view t = dom_.Text(f.node);
        if (pre > 0) {
          // Keep the line structure of preformatted text.
          size_t start = 0;
          while (start <= t.size()) {
            size_t nl = t.find('\n', start);
            AppendCollapsed(t.substr(start, nl == std::string_view::npos ? nl : nl - start), out);
            if (nl == std::string_view::npos) break;
            line_break();
            start = nl + 1;
          }
        } else {
          AppendCollapsed(t, out);
        }
        continue;
      }
      if (d.tag == GUMBO_TAG_BR) {
        line_break();
        continue;
      }
      bool block = IsBlock(d.tag);
      if (block) {
        line_break();
        stack.push_back({f.node, true});
      }
      if (d.tag == GUMBO_TAG_PRE) ++pre;
      if (!block && d.tag == GUMBO_TAG_PRE) stack.push_back({f.node, true});
      // Children in reverse so they pop in document order.
      size_t mark = stack.size();
      for (uint32_t c = f.node + 1; c < d.end; c = dom_[c].end) stack.push_back({c, false});
      std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
    }
    line_break();
  }

  std::string Pass(const Options& o) {
    uint32_t body = dom_.Find(GUMBO_TAG_BODY);
    if (body == kNone) return {};
    MarkRemoved(o);
    ComputeCounts();
    ScoreParagraphs(o);
    uint32_t top = PickTop(body);
    std::vector<uint32_t> parts = Gather(top, body);
    Clean(parts, o);
    std::string out;
    for (uint32_t p : parts) Render(p, out);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
  }

  const HtmlDom& dom_;
  const HtmlMetadata& md_;
  uint32_t n_;
  std::vector<std::string> hints_;
  std::vector<uint8_t> protect_, dead_, scored_;
  std::vector<Counts> counts_;
  std::vector<float> score_;
  std::vector<uint32_t> candidates_;
};

}  // namespace

Extracted ExtractArticle(std::string_view html_utf8, std::string_view url_hint) {
  HtmlDom dom(html_utf8);
  HtmlMetadata md = ExtractMetadata(dom, url_hint);
  Extracted out;
  out.text = Extractor(dom, md).Run();
  out.title = std::move(md.title);
  out.author = std::move(md.author);
  out.published = std::move(md.published);
  out.outlet = std::move(md.outlet);
  out.language = std::move(md.language);
  out.url = std::move(md.url);
  return out;
}

}  // namespace sitrep
