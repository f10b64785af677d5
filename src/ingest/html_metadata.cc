#include "ingest/html_metadata.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <utility>
#include <vector>

#include "text/calendar.h"

namespace sitrep {
namespace {

using MetaMap = std::vector<std::pair<std::string, std::string>>;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerNoSpace(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!IsSpace(c)) out.push_back(Lower(c));
  }
  return out;
}

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Last value wins, as when a later tag overrides an earlier one.
std::string_view Lookup(const MetaMap& meta, std::string_view key) {
  for (auto it = meta.rbegin(); it != meta.rend(); ++it) {
    if (it->first == key) return it->second;
  }
  return {};
}

std::string_view FirstOf(const MetaMap& meta, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    std::string_view v = Lookup(meta, k);
    if (!v.empty()) return v;
  }
  return {};
}

MetaMap CollectMeta(const HtmlDom& dom) {
  MetaMap meta;
  for (uint32_t i = 0; i < dom.size(); ++i) {
    if (dom[i].is_text || dom[i].tag != GUMBO_TAG_META) continue;
    std::string content = NormalizeSpace(dom.Attr(i, "content"));
    if (content.empty()) continue;
    // property may list several names: property="og:title twitter:title".
    std::string_view prop = dom.Attr(i, "property");
    size_t p = 0;
    while (p < prop.size()) {
      while (p < prop.size() && IsSpace(prop[p])) ++p;
      size_t q = p;
      while (q < prop.size() && !IsSpace(prop[q])) ++q;
      if (q > p) meta.emplace_back(Lowered(prop.substr(p, q - p)), content);
      p = q;
    }
    // name="DC.title" and name="dc:title" are the same key.
    std::string name = LowerNoSpace(dom.Attr(i, "name"));
    std::replace(name.begin(), name.end(), '.', ':');
    if (!name.empty()) meta.emplace_back(std::move(name), content);
    std::string_view itemprop = dom.Attr(i, "itemprop");
    if (!itemprop.empty()) meta.emplace_back("itemprop:" + LowerNoSpace(itemprop), content);
    std::string_view equiv = dom.Attr(i, "http-equiv");
    if (!equiv.empty()) meta.emplace_back("http-equiv:" + LowerNoSpace(equiv), content);
  }
  return meta;
}

// Decodes the few entities that sites leave in JSON-LD strings.
std::string DecodeEntities(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kNamed = {
      {{"&amp;", "&"},
       {"&lt;", "<"},
       {"&gt;", ">"},
       {"&quot;", "\""},
       {"&apos;", "'"},
       {"&nbsp;", " "}}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    bool done = false;
    for (const auto& [from, to] : kNamed) {
      if (s.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        done = true;
        break;
      }
    }
    if (!done && i + 2 < s.size() && s[i + 1] == '#') {
      size_t j = i + 2;
      bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
      if (hex) ++j;
      uint32_t cp = 0;
      size_t digits = 0;
      for (; j < s.size() && digits < 7; ++j, ++digits) {
        char c = s[j];
        int v = IsDigit(c)                                    ? c - '0'
                : hex && (Lower(c) >= 'a' && Lower(c) <= 'f') ? Lower(c) - 'a' + 10
                                                              : -1;
        if (v < 0) break;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      }
      if (digits > 0 && j < s.size() && s[j] == ';' && cp > 0 && cp <= 0x10FFFF &&
          (cp < 0xD800 || cp > 0xDFFF)) {
        if (cp < 0x80) {
          out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
          out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
          out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
          out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        i = j + 1;
        done = true;
      }
    }
    if (!done) out.push_back(s[i++]);
  }
  return out;
}

struct JsonLd {
  std::string name, headline, author, published, publisher;
};

bool IsArticleType(const rapidjson::Value& type) {
  auto one = [](const rapidjson::Value& v) {
    if (!v.IsString()) return false;
    std::string_view t(v.GetString(), v.GetStringLength());
    auto ends = [&](std::string_view suf) {
      return t.size() >= suf.size() && t.substr(t.size() - suf.size()) == suf;
    };
    // Article, NewsArticle, BlogPosting, LiveBlogPosting, Report, ...
    return ends("Article") || ends("Posting") || t == "Report" || t == "APIReference";
  };
  if (type.IsArray()) {
    for (const auto& v : type.GetArray()) {
      if (one(v)) return true;
    }
    return false;
  }
  return one(type);
}

std::string JsonString(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return NormalizeSpace(DecodeEntities({it->value.GetString(), it->value.GetStringLength()}));
}

// Name of a schema.org Person/Organization, or a list of them ("A, B").
std::string JsonName(const rapidjson::Value& v) {
  if (v.IsString()) return NormalizeSpace(DecodeEntities({v.GetString(), v.GetStringLength()}));
  if (v.IsObject()) return JsonString(v, "name");
  if (v.IsArray()) {
    std::string out;
    for (const auto& e : v.GetArray()) {
      std::string n = e.IsObject() ? JsonString(e, "name") : std::string();
      if (n.empty()) continue;
      if (!out.empty()) out += ", ";
      out += n;
    }
    return out;
  }
  return {};
}

// Finds the first article-typed object in a JSON-LD value (top level, arrays,
// @graph), depth-bounded against hostile nesting.
const rapidjson::Value* FindArticle(const rapidjson::Value& v, int depth) {
  if (depth > 4) return nullptr;
  if (v.IsArray()) {
    for (const auto& e : v.GetArray()) {
      if (const auto* r = FindArticle(e, depth + 1)) return r;
    }
    return nullptr;
  }
  if (!v.IsObject()) return nullptr;
  auto type = v.FindMember("@type");
  if (type != v.MemberEnd() && IsArticleType(type->value)) return &v;
  auto graph = v.FindMember("@graph");
  if (graph != v.MemberEnd()) return FindArticle(graph->value, depth + 1);
  return nullptr;
}

JsonLd ParseJsonLd(const HtmlDom& dom) {
  JsonLd out;
  for (uint32_t i = 0; i < dom.size(); ++i) {
    if (dom[i].is_text || dom[i].tag != GUMBO_TAG_SCRIPT) continue;
    if (LowerNoSpace(dom.Attr(i, "type")) != "application/ld+json") continue;
    std::string text;
    for (uint32_t j = i + 1; j < dom[i].end; ++j) text += dom.Text(j);
    // Some sites wrap the JSON in CDATA markers.
    std::string_view body = text;
    while (!body.empty() && IsSpace(body.front())) body.remove_prefix(1);
    if (body.substr(0, 9) == "<![CDATA[") body.remove_prefix(9);
    while (!body.empty() && IsSpace(body.back())) body.remove_suffix(1);
    if (body.size() >= 3 && body.substr(body.size() - 3) == "]]>") body.remove_suffix(3);
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseStopWhenDoneFlag>(body.data(), body.size());
    if (doc.HasParseError()) continue;
    const rapidjson::Value* a = FindArticle(doc, 0);
    if (a == nullptr) continue;
    out.name = JsonString(*a, "name");
    out.headline = JsonString(*a, "headline");
    if (auto it = a->FindMember("author"); it != a->MemberEnd()) out.author = JsonName(it->value);
    out.published = JsonString(*a, "datePublished");
    if (auto it = a->FindMember("publisher"); it != a->MemberEnd()) {
      out.publisher = JsonName(it->value);
    }
    return out;
  }
  return out;
}

// Counts pieces the way "s.split(/\s+/).length" does: one more than the
// number of whitespace runs (so leading/trailing runs count).
int PieceCount(std::string_view s) {
  int n = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpace(s[i]) && (i == 0 || !IsSpace(s[i - 1]))) ++n;
  }
  return n;
}

// Lower-cased words (runs of ASCII alphanumerics or non-ASCII bytes).
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) || c == '_') {
      cur.push_back(Lower(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

}  // namespace

double TextSimilarity(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = Words(a), wb = Words(b);
  if (wa.empty() || wb.empty()) return 0;
  std::sort(wa.begin(), wa.end());
  size_t all = 0, fresh = 0;
  for (const std::string& w : wb) {
    all += w.size() + 1;
    if (!std::binary_search(wa.begin(), wa.end(), w)) fresh += w.size() + 1;
  }
  return 1.0 - static_cast<double>(fresh) / static_cast<double>(all);
}

namespace {

// The separators sites put between headline and site name.
constexpr std::array<std::string_view, 8> kTitleSeparators = {
    " | ", " - ", " \\ ", " / ", " > ", " \xC2\xBB ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};

// s without separator characters (for the word-count comparison).
std::string StripSeparators(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '|' || c == '-' || c == '\\' || c == '/' || c == '>') continue;
    if (s.substr(i, 2) == "\xC2\xBB") {
      ++i;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// Whether some h1/h2 carries exactly this text.
bool HeadingMatches(const HtmlDom& dom, std::string_view title) {
  for (uint32_t i = 0; i < dom.size(); ++i) {
    if (dom[i].is_text || (dom[i].tag != GUMBO_TAG_H1 && dom[i].tag != GUMBO_TAG_H2)) continue;
    if (dom.InnerText(i) == title) return true;
  }
  return false;
}

bool IsUrl(std::string_view s) {
  return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" || s.substr(0, 2) == "//";
}

// A date like /2022/05/15/ or -2022-05-15 inside a URL path.
std::string DateFromUrl(std::string_view url) {
  for (size_t i = 0; i + 10 <= url.size(); ++i) {
    if (!IsDigit(url[i]) || (i > 0 && IsDigit(url[i - 1]))) continue;
    std::string_view s = url.substr(i);
    if (s.size() >= 10 && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3]) &&
        (s[4] == '/' || s[4] == '-') && IsDigit(s[5]) && IsDigit(s[6]) && s[7] == s[4] &&
        IsDigit(s[8]) && IsDigit(s[9]) && (s.size() == 10 || !IsDigit(s[10]))) {
      std::string d = NormalizeDate(s.substr(0, 10));
      if (!d.empty()) return d;
    }
  }
  return {};
}

bool HasHint(std::string_view lowered, std::initializer_list<std::string_view> hints) {
  for (std::string_view h : hints) {
    if (lowered.find(h) != std::string_view::npos) return true;
  }
  return false;
}

// The first short element marked as a byline: rel=author, itemprop=author, or
// a class/id such as "byline" or "author".
uint32_t FindByline(const HtmlDom& dom, std::string* text) {
  uint32_t body = dom.Find(GUMBO_TAG_BODY);
  if (body == HtmlDom::kNoParent) return body;
  for (uint32_t i = body + 1; i < dom[body].end; ++i) {
    const DomNode& n = dom[i];
    if (n.is_text) continue;
    if (n.tag == GUMBO_TAG_SCRIPT || n.tag == GUMBO_TAG_STYLE || n.tag == GUMBO_TAG_TEMPLATE) {
      i = n.end - 1;
      continue;
    }
    std::string hints = Lowered(dom.Attr(i, "class"));
    hints += ' ';
    hints += Lowered(dom.Attr(i, "id"));
    std::string itemprop = Lowered(dom.Attr(i, "itemprop"));
    bool marked = Lowered(dom.Attr(i, "rel")) == "author" ||
                  itemprop.find("author") != std::string::npos ||
                  HasHint(hints, {"byline", "author", "dateline", "writtenby", "p-author"});
    if (!marked || n.end - i > 200) continue;
    // itemprop=author often wraps itemprop=name plus a job title.
    uint32_t src = i;
    for (uint32_t j = i + 1; j < n.end; ++j) {
      if (!dom[j].is_text && Lowered(dom.Attr(j, "itemprop")) == "name") {
        src = j;
        break;
      }
    }
    std::string t = dom.InnerText(src);
    if (!t.empty() && t.size() < 100 * 2) {  // ~100 characters of mixed scripts
      *text = std::move(t);
      return i;
    }
  }
  return HtmlDom::kNoParent;
}

}  // namespace

std::string CleanAuthor(std::string_view s) {
  std::string out = NormalizeSpace(s);
  if (out.size() > 3 && Lower(out[0]) == 'b' && Lower(out[1]) == 'y' &&
      (out[2] == ' ' || out[2] == ':')) {
    out.erase(0, out[2] == ':' ? 3 : 3);
    while (!out.empty() && (out[0] == ' ' || out[0] == ':')) out.erase(0, 1);
  }
  return out;
}

std::string NormalizeDate(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  if (auto d = ParseDigitDate(s)) return FormatIsoDate(*d);
  // "May 15, 2022" / "15 May 2022".
  std::array<std::string_view, 3> parts;
  size_t n = 0, p = 0;
  while (p < s.size() && n < parts.size()) {
    while (p < s.size() && (IsSpace(s[p]) || s[p] == ',')) ++p;
    size_t q = p;
    while (q < s.size() && !IsSpace(s[q]) && s[q] != ',') ++q;
    if (q > p) parts[n++] = s.substr(p, q - p);
    p = q;
  }
  auto number = [](std::string_view w, size_t maxlen) {
    if (w.empty() || w.size() > maxlen) return -1;
    int v = 0;
    for (char c : w) {
      if (!IsDigit(c)) return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  if (n == 3) {
    CivilDate c{number(parts[2], 4), MonthFromName(parts[0]), number(parts[1], 2)};
    if (!IsValidDate(c)) c = {number(parts[2], 4), MonthFromName(parts[1]), number(parts[0], 2)};
    if (IsValidDate(c)) return FormatIsoDate(c);
  }
  return {};
}

std::string TitleFromTitleElement(const HtmlDom& dom) {
  uint32_t t = dom.Find(GUMBO_TAG_TITLE);
  std::string orig = t == HtmlDom::kNoParent ? std::string() : dom.InnerText(t);
  std::string cur = orig;
  size_t last_sep = std::string::npos;
  for (std::string_view sep : kTitleSeparators) {
    size_t at = orig.rfind(sep);
    if (at != std::string::npos && (last_sep == std::string::npos || at > last_sep)) last_sep = at;
  }
  // Path-like separators mark a breadcrumb ("Site > Section > Headline").
  bool hierarchical = false;
  for (std::string_view sep : {" \\ ", " / ", " > ", " \xC2\xBB "}) {
    hierarchical = hierarchical || orig.find(sep) != std::string::npos;
  }
  if (last_sep != std::string::npos) {
    // "Headline | Site": drop the last part; if that leaves too little, the
    // site name came first ("Site - Headline"): drop up to the first separator.
    cur = orig.substr(0, last_sep);
    if (PieceCount(cur) < 3) {
      size_t first = orig.find_first_of("|-\\/>");
      size_t raquo = orig.find("\xC2\xBB");
      size_t dash = std::min(orig.find("\xE2\x80\x93"), orig.find("\xE2\x80\x94"));
      size_t cut = std::min({first, raquo, dash});
      size_t len = cut == first ? 1 : cut == raquo ? 2 : 3;
      cur = cut == std::string::npos ? orig : orig.substr(cut + len);
    }
  } else if (orig.find(": ") != std::string::npos) {
    if (!HeadingMatches(dom, orig)) {
      cur = orig.substr(orig.rfind(':') + 1);
      if (PieceCount(cur) < 3) {
        cur = orig.substr(orig.find(':') + 1);
      } else if (PieceCount(orig.substr(0, orig.find(':'))) > 5) {
        cur = orig;
      }
    }
  } else if (orig.size() > 150 || orig.size() < 15) {
    uint32_t h1 = HtmlDom::kNoParent;
    int count = 0;
    for (uint32_t i = 0; i < dom.size(); ++i) {
      if (!dom[i].is_text && dom[i].tag == GUMBO_TAG_H1 && count++ == 0) h1 = i;
    }
    if (count == 1) cur = dom.InnerText(h1);
  }
  cur = NormalizeSpace(cur);
  int words = PieceCount(cur);
  if (words <= 4 && (!hierarchical || words != PieceCount(StripSeparators(orig)) - 1)) cur = orig;
  return cur;
}

HtmlMetadata ExtractMetadata(const HtmlDom& dom, std::string_view url_hint) {
  HtmlMetadata md;
  MetaMap meta = CollectMeta(dom);
  JsonLd ld = ParseJsonLd(dom);

  // Title: JSON-LD, then the meta tags, then <title> with the site removed.
  if (!ld.name.empty() && !ld.headline.empty() && ld.name != ld.headline) {
    // Some sites put the site name in "name"; prefer whichever matches <title>.
    std::string page = TitleFromTitleElement(dom);
    bool name_ok = TextSimilarity(ld.name, page) > 0.75;
    bool headline_ok = TextSimilarity(ld.headline, page) > 0.75;
    md.title = headline_ok && !name_ok ? ld.headline : ld.name;
  } else {
    md.title = !ld.name.empty() ? ld.name : ld.headline;
  }
  if (md.title.empty()) {
    md.title = FirstOf(meta, {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                              "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
  }
  if (md.title.empty()) md.title = TitleFromTitleElement(dom);

  // Author: structured data first, then the page's own byline.
  std::string author = ld.author;
  if (author.empty()) {
    author = FirstOf(meta, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
  }
  if (author.empty()) {
    std::string_view a = Lookup(meta, "article:author");
    if (!IsUrl(a)) author = a;  // often a profile URL, not a name
  }
  std::string byline;
  uint32_t byline_node = FindByline(dom, &byline);
  if (author.empty()) author = byline;
  md.byline_node = byline_node;
  md.author = CleanAuthor(author);

  // Published date.
  std::string date = NormalizeDate(ld.published);
  for (std::string_view key :
       {"article:published_time", "parsely-pub-date", "itemprop:datepublished", "date", "dc:date",
        "dc:date:issued", "dcterm:created", "dcterms:created", "pubdate", "publishdate",
        "publish-date", "sailthru:date", "og:published_time"}) {
    if (!date.empty()) break;
    date = NormalizeDate(Lookup(meta, key));
  }
  for (uint32_t i = 0; date.empty() && i < dom.size(); ++i) {
    if (dom[i].is_text) continue;
    if (Lowered(dom.Attr(i, "itemprop")) == "datepublished") {
      std::string_view v = dom.Attr(i, "datetime");
      if (v.empty()) v = dom.Attr(i, "content");
      date = NormalizeDate(v.empty() ? std::string_view(dom.InnerText(i)) : v);
    }
  }
  for (uint32_t i = 0; date.empty() && i < dom.size(); ++i) {
    if (!dom[i].is_text && dom[i].tag == GUMBO_TAG_TIME)
      date = NormalizeDate(dom.Attr(i, "datetime"));
  }

  md.outlet = ld.publisher.empty() ? std::string(Lookup(meta, "og:site_name")) : ld.publisher;

  std::string_view lang = dom.Attr(0, "lang");
  if (lang.empty()) lang = Lookup(meta, "http-equiv:content-language");
  size_t cut = lang.find_first_of("-_");
  md.language = Lowered(NormalizeSpace(lang.substr(0, cut)));

  md.url = url_hint;
  for (uint32_t i = 0; md.url.empty() && i < dom.size(); ++i) {
    if (!dom[i].is_text && dom[i].tag == GUMBO_TAG_LINK &&
        Lowered(dom.Attr(i, "rel")) == "canonical") {
      md.url = NormalizeSpace(dom.Attr(i, "href"));
    }
  }
  if (md.url.empty()) md.url = Lookup(meta, "og:url");
  if (date.empty()) date = DateFromUrl(md.url);
  md.published = std::move(date);
  return md;
}

}  // namespace sitrep
