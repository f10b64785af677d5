#include "text/document.h"

#include <algorithm>

namespace sitrep {

uint32_t Document::ToInputOffset(uint32_t text_offset) const {
  if (segments.empty()) return text_offset;
  // Last segment whose text_start <= text_offset.
  auto it = std::upper_bound(segments.begin(), segments.end(), text_offset,
                             [](uint32_t off, const Segment& s) { return off < s.text_start; });
  if (it == segments.begin()) return segments.front().input_start;
  --it;
  return it->input_start + std::min(text_offset - it->text_start, it->length);
}

}  // namespace sitrep
