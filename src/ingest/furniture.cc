// StripFurniture classifies whole lines in three passes:
//   1. anywhere: lines whose own shape is unmistakable wherever they stand
//      (credits, "Read also: ...", link lists after a cue, republication
//      notices, "About <Name> <N> Articles", error banners, stock navigation);
//   2. top zone: from the first line down to the first body line, the page
//      header (navigation, date line, byline, title, repeated title,
//      captions). The line right under the title may be the standfirst: it is
//      article text, so it is kept, but the header may go on below it;
//   3. bottom zone: from the last line up to the last body line, the page
//      footer (blog footers, disclaimers, section labels, author bios).
// Everything not claimed by a rule is body. Zones matter because the same
// shape (a short line without a period, "X is a writer for Y.") is furniture
// around an article and a subheading or a sentence inside it.
#include "ingest/furniture.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "ingest/furniture_date.h"
#include "ingest/furniture_lines.h"

namespace sitrep {
namespace {

using furniture::CreditKind;
using furniture::LineShape;
using furniture::PhraseKind;

constexpr const char* kTitle = "title";
constexpr const char* kByline = "byline";
constexpr const char* kAuthorBio = "author_bio";
constexpr const char* kCaption = "caption";
constexpr const char* kCredit = "credit";
constexpr const char* kNavigation = "navigation";
constexpr const char* kLinkList = "link_list";
constexpr const char* kRelatedHeadline = "related_headline";
constexpr const char* kFooter = "footer";
constexpr const char* kErrorBanner = "error_banner";
constexpr const char* kRepublication = "republication";
constexpr const char* kBoilerplate = "boilerplate";

// Limits of the shape rules, in words.
constexpr uint32_t kMaxTitleWords = 25;       // longer lines are never titles
constexpr uint32_t kMaxCaptionWords = 30;     // unpunctuated caption in the header
constexpr uint32_t kMaxListItemWords = 20;    // one headline of a link list
constexpr uint32_t kMaxWidgetTitleWords = 6;  // "Top Headlines This Hour"

struct Line {
  uint32_t start = 0;  // input offset of the line's first byte
  LineShape shape;
  PhraseKind phrase = PhraseKind::kNone;
  const char* reason = nullptr;  // furniture reason, or nullptr for body/blank
};

class Cleaner {
 public:
  explicit Cleaner(Document* doc) : doc_(doc) {}

  void Run() {
    SplitLines();
    Anywhere();
    TopZone();
    BottomZone();
    Assemble();
    SetMetadata();
  }

 private:
  void SplitLines() {
    std::string_view in = doc_->input;
    size_t pos = 0;
    while (pos < in.size()) {
      size_t nl = in.find('\n', pos);
      size_t end = nl == std::string_view::npos ? in.size() : nl;
      Line line;
      line.start = static_cast<uint32_t>(pos);
      line.shape = furniture::ShapeLine(in.substr(pos, end - pos));
      line.phrase = furniture::MatchPhrase(line.shape);
      lines_.push_back(line);
      pos = end + 1;
    }
  }

  int Next(int i) const {
    for (++i; i < static_cast<int>(lines_.size()); ++i) {
      if (!lines_[i].shape.blank()) return i;
    }
    return -1;
  }
  int Prev(int i) const {
    for (--i; i >= 0; --i) {
      if (!lines_[i].shape.blank()) return i;
    }
    return -1;
  }
  const LineShape& Shape(int i) const { return lines_[i].shape; }

  // Error phrases ("Something went wrong.") are removed only as a banner:
  // bulleted, or next to another error phrase.
  bool IsBanner(int i) const {
    if (lines_[i].phrase != PhraseKind::kError) return false;
    if (lines_[i].shape.bullet) return true;
    int p = Prev(i), n = Next(i);
    auto error = [&](int j) {
      return j >= 0 && (lines_[j].phrase == PhraseKind::kError ||
                        lines_[j].phrase == PhraseKind::kErrorAlone);
    };
    return error(p) || error(n);
  }

  // A link-list item: a short headline line.
  bool IsListItem(int i) const {
    const LineShape& s = Shape(i);
    return lines_[i].reason == nullptr && s.words >= 2 && s.HeadlineShaped(kMaxListItemWords);
  }

  void Anywhere() {
    for (int i = Next(-1); i >= 0; i = Next(i)) {
      Line& line = lines_[i];
      if (line.reason != nullptr) continue;
      const LineShape& s = line.shape;
      switch (line.phrase) {
        case PhraseKind::kNavigation:
          line.reason = kNavigation;
          continue;
        case PhraseKind::kInlineCue:
          line.reason = kRelatedHeadline;
          continue;
        case PhraseKind::kError:
          if (IsBanner(i)) line.reason = kErrorBanner;
          continue;
        case PhraseKind::kErrorAlone:
          line.reason = kErrorBanner;
          continue;
        case PhraseKind::kLinkCue:
          line.reason = kLinkList;
          for (int j = Next(i); j >= 0 && IsListItem(j); j = Next(j)) {
            lines_[j].reason = kRelatedHeadline;
          }
          continue;
        case PhraseKind::kBoilerplate:
          line.reason = kBoilerplate;
          continue;
        case PhraseKind::kFooter:  // bottom zone only
        case PhraseKind::kTagLine:
        case PhraseKind::kNone:
          break;
      }
      if (CreditKind c = furniture::MatchCredit(s); c != CreditKind::kNone) {
        line.reason = c == CreditKind::kCredit ? kCredit : kCaption;
      } else if (furniture::IsPromo(s)) {
        line.reason = kBoilerplate;
      } else if (auto rep = furniture::MatchRepublication(s)) {
        line.reason = kRepublication;
        if (origin_.empty()) origin_ = rep->origin;
        if (outlet_.empty()) outlet_ = rep->outlet;
      } else if (auto name = furniture::MatchAboutAuthor(s)) {
        line.reason = kAuthorBio;
        if (author_.empty()) author_ = *name;
        // The bio paragraphs under it start with the author's name.
        for (int j = Next(i), k = 0; j >= 0 && k < 3; j = Next(j), ++k) {
          if (!furniture::StartsWithNameOf(Shape(j), *name)) break;
          lines_[j].reason = kAuthorBio;
        }
      }
    }
  }

  // Classifies header line i, or returns nullptr when i is body (the header
  // ends there).
  const char* ClassifyTop(int i) {
    const LineShape& s = Shape(i);
    if (furniture::IsConsentBanner(s)) return kBoilerplate;
    if (auto names = furniture::MatchByline(s)) {
      if (author_.empty()) author_ = *names;
      if (auto date = furniture::ParseDateLine(s.text, 12); date && published_.empty()) {
        published_ = *date;
      }
      return kByline;
    }
    if (s.words <= 8) {
      if (auto date = furniture::ParseDateLine(s.text)) {
        if (published_.empty()) published_ = *date;
        // A bare date belongs to the byline block; a date beside a section
        // label ("World News 3/14/25") is a section dateline, navigation.
        return furniture::ParseDateLine(s.text, 0) ? kByline : kNavigation;
      }
    }
    if (furniture::IsSectionLabel(s)) return kNavigation;
    int prev = Prev(i);
    // The same line twice in a row: a repeated title or caption.
    if (prev >= 0 && lines_[prev].reason != nullptr && Shape(prev).text == s.text) {
      return lines_[prev].reason;
    }
    if (int next = Next(i); next >= 0 && s.words <= kMaxCaptionWords) {
      // A caption, then the same caption with its credit appended.
      std::string_view nt = Shape(next).text;
      if (nt.size() > s.text.size() && nt.starts_with(s.text) && lines_[next].reason == kCaption) {
        return kCaption;
      }
      // A caption with its credit on the very next line.
      if (next == i + 1 && lines_[next].reason == kCredit) return kCaption;
    }
    if (title_ < 0) {
      if (s.words >= 3 && s.HeadlineShaped(kMaxTitleWords)) {
        title_ = i;
        return kTitle;
      }
      // A kicker or section label above the title: "World", "Opinion".
      if (s.words <= 3 && s.terminal == 0) return kNavigation;
      return nullptr;
    }
    // Between the title and the first paragraph, a short unpunctuated line
    // describes the lead photo. Not the line right under the title, nor any
    // line after it once it was kept: that is where a standfirst stands, and
    // an unpunctuated standfirst has the same shape as a caption.
    const bool after_title = prev >= 0 && lines_[prev].reason == kTitle;
    if (!after_title && standfirst_ < 0 && s.terminal == 0 && s.words <= kMaxCaptionWords) {
      return kCaption;
    }
    return nullptr;
  }

  void TopZone() {
    for (int i = Next(-1); i >= 0; i = Next(i)) {
      if (lines_[i].reason != nullptr) continue;
      const char* reason = ClassifyTop(i);
      if (reason == nullptr) {
        // The first body line right under the title is kept (it may be the
        // standfirst, a sentence of the article), but a byline, date line or
        // lead photo may still follow it, so the header goes on once.
        int prev = Prev(i);
        if (standfirst_ >= 0 || prev < 0 || lines_[prev].reason != kTitle) break;
        standfirst_ = i;
        continue;
      }
      lines_[i].reason = reason;
    }
  }

  void BottomZone() {
    for (int i = Prev(static_cast<int>(lines_.size())); i >= 0; i = Prev(i)) {
      Line& line = lines_[i];
      if (line.reason != nullptr) continue;
      const LineShape& s = line.shape;
      if (line.phrase == PhraseKind::kFooter) {
        line.reason = kFooter;
      } else if (line.phrase == PhraseKind::kTagLine) {
        line.reason = kNavigation;  // links to the site's tag/category pages
      } else if (furniture::IsDisclaimer(s) || furniture::IsConsentBanner(s)) {
        line.reason = kBoilerplate;
      } else if (furniture::IsSectionLabel(s)) {
        line.reason = kNavigation;
      } else if (s.terminal == 0 && s.words <= kMaxWidgetTitleWords && furniture::IsTitleCase(s)) {
        // A widget title with no story under it ("Top Headlines This
        // Hour"): a heading followed only by furniture heads no body.
        line.reason = kLinkList;
      } else if (auto bio = furniture::MatchBio(s)) {
        line.reason = kAuthorBio;
        if (author_.empty()) author_ = bio->name;
        if (bio_outlet_.empty()) bio_outlet_ = bio->outlet;
      } else {
        break;
      }
    }
  }

  // Removes each furniture line with its line break and the blank lines
  // after it, so "P1\n\nFURNITURE\n\nP2" becomes "P1\n\nP2".
  void Assemble() {
    const std::string& in = doc_->input;
    doc_->text.reserve(in.size());
    uint32_t kept_from = 0;  // input offset where the current kept run starts
    auto keep_until = [&](uint32_t end) {
      if (end > kept_from) {
        doc_->segments.push_back(
            Segment{static_cast<uint32_t>(doc_->text.size()), kept_from, end - kept_from});
        doc_->text.append(in, kept_from, end - kept_from);
      }
    };
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
      if (lines_[i].reason == nullptr) continue;
      int next = Next(i);
      uint32_t start = lines_[i].start;
      uint32_t end = next >= 0 ? lines_[next].start : static_cast<uint32_t>(in.size());
      keep_until(start);
      doc_->removed.push_back(Removed{start, end, lines_[i].reason});
      kept_from = end;
      if (next < 0) break;
      i = next - 1;
    }
    keep_until(static_cast<uint32_t>(in.size()));
  }

  void SetMetadata() {
    auto set = [](std::string* field, std::string_view value) {
      if (field->empty()) field->assign(value);
    };
    if (title_ >= 0) set(&doc_->title, Shape(title_).text);
    set(&doc_->author, author_);
    set(&doc_->published, published_);
    set(&doc_->origin, origin_);
    set(&doc_->outlet, outlet_.empty() ? bio_outlet_ : outlet_);
  }

  Document* doc_;
  std::vector<Line> lines_;
  int title_ = -1;
  int standfirst_ = -1;  // the body line under the title the header skipped
  // Views into doc_->input, copied into doc_ at the end.
  std::string_view author_, origin_, outlet_, bio_outlet_;
  std::string published_;
};

}  // namespace

void StripFurniture(Document* doc) {
  doc->text.clear();
  doc->segments.clear();
  doc->removed.clear();
  // Document offsets are 32-bit; larger inputs must be split upstream. Keep
  // them whole rather than produce wrapped offsets.
  if (doc->input.size() > std::numeric_limits<uint32_t>::max()) {
    doc->text = doc->input;
    return;
  }
  Cleaner(doc).Run();
}

}  // namespace sitrep
