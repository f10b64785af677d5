#include "ingest/html_dom.h"

#include <cstring>

namespace sitrep {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

}  // namespace

void AppendCollapsed(std::string_view s, std::string& out) {
  bool space = out.empty() || out.back() == ' ' || out.back() == '\n';
  for (char c : s) {
    if (IsSpace(c)) {
      if (!space) out.push_back(' ');
      space = true;
    } else {
      out.push_back(c);
      space = false;
    }
  }
}

std::string NormalizeSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendCollapsed(s, out);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

HtmlDom::HtmlDom(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  // Parse errors are never read; not recording them saves time and memory.
  options.max_errors = 0;
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  nodes_.reserve(html.size() / 32 + 16);

  // Iterative preorder walk: malformed pages can nest thousands deep.
  struct Frame {
    const GumboNode* node;
    uint32_t index;  // our index of node
    unsigned next_child;
  };
  std::vector<Frame> stack;
  auto push = [&](const GumboNode* n, uint32_t parent) {
    DomNode d;
    d.node = n;
    d.parent = parent;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      d.tag = n->v.element.tag;
      nodes_.push_back(d);
      stack.push_back({n, static_cast<uint32_t>(nodes_.size() - 1), 0});
    } else {
      d.is_text = true;
      nodes_.push_back(d);
      nodes_.back().end = static_cast<uint32_t>(nodes_.size());
    }
  };
  push(output_->root, kNoParent);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children = f.node->v.element.children;
    if (f.next_child == children.length) {
      nodes_[f.index].end = static_cast<uint32_t>(nodes_.size());
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[f.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        push(child, f.index);  // may reallocate stack: f is not used after
        break;
      default:
        break;
    }
  }
}

HtmlDom::~HtmlDom() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

std::string_view HtmlDom::Attr(uint32_t i, const char* name) const {
  const GumboNode* n = nodes_[i].node;
  if (nodes_[i].is_text) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string_view HtmlDom::Text(uint32_t i) const {
  if (!nodes_[i].is_text) return {};
  return nodes_[i].node->v.text.text;
}

std::string_view HtmlDom::TagName(uint32_t i) const {
  const DomNode& d = nodes_[i];
  if (d.is_text) return {};
  if (d.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(d.tag);
  // Unknown tags keep their source spelling; custom elements are lower case
  // by the spec, so this is only used for hint matching.
  GumboStringPiece piece = d.node->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return std::string_view(piece.data, piece.length);
}

std::string HtmlDom::InnerText(uint32_t i) const {
  std::string out;
  for (uint32_t j = i; j < nodes_[i].end; ++j) {
    if (nodes_[j].is_text) AppendCollapsed(Text(j), out);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

uint32_t HtmlDom::Find(GumboTag tag) const {
  for (uint32_t i = 0; i < nodes_.size(); ++i) {
    if (!nodes_[i].is_text && nodes_[i].tag == tag) return i;
  }
  return kNoParent;
}

}  // namespace sitrep
