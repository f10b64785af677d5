// HtmlDom: a gumbo parse tree flattened into a preorder array, so the content
// scorer can keep per-node arrays (scores, removal marks, text counts) indexed
// by position instead of maps keyed by pointer.
//
// Invariants:
//   - nodes()[0] is the <html> element (gumbo always synthesises one).
//   - Preorder: node i's subtree is exactly [i, nodes()[i].end); so "a contains
//     b" is a range test, and a reverse sweep visits children before parents.
//   - Only elements and text nodes are kept (comments, doctype dropped); text
//     nodes include whitespace-only and CDATA nodes. Gumbo already decoded the
//     entities, and it repairs any markup, so every input parses.
//   - The dom owns the GumboOutput; all string_views point into it or into the
//     caller's html, which must outlive the dom.
#ifndef SITREP_INGEST_HTML_DOM_H_
#define SITREP_INGEST_HTML_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

struct DomNode {
  const GumboNode* node = nullptr;
  uint32_t parent = 0;               // kNoParent for the root
  uint32_t end = 0;                  // one past the last descendant
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text nodes too
  bool is_text = false;
};

class HtmlDom {
 public:
  static constexpr uint32_t kNoParent = UINT32_MAX;

  explicit HtmlDom(std::string_view html);
  ~HtmlDom();
  HtmlDom(const HtmlDom&) = delete;
  HtmlDom& operator=(const HtmlDom&) = delete;

  const std::vector<DomNode>& nodes() const { return nodes_; }
  size_t size() const { return nodes_.size(); }
  const DomNode& operator[](uint32_t i) const { return nodes_[i]; }

  // Attribute value of element i ("" when absent or not an element).
  std::string_view Attr(uint32_t i, const char* name) const;
  // Text of text node i ("" for elements).
  std::string_view Text(uint32_t i) const;
  // Lower-case tag name of element i, also for tags gumbo does not know.
  std::string_view TagName(uint32_t i) const;
  // Text content of the subtree of i, whitespace runs collapsed to one space,
  // trimmed (Readability's getInnerText).
  std::string InnerText(uint32_t i) const;
  // First element with this tag, or kNoParent.
  uint32_t Find(GumboTag tag) const;

 private:
  GumboOutput* output_ = nullptr;
  std::vector<DomNode> nodes_;
};

// Appends s to out with each run of whitespace collapsed to one space; a run
// at the start is dropped when out is empty or already ends with a space.
void AppendCollapsed(std::string_view s, std::string& out);
// Removes leading/trailing ASCII whitespace and collapses inner runs.
std::string NormalizeSpace(std::string_view s);

}  // namespace sitrep

#endif  // SITREP_INGEST_HTML_DOM_H_
