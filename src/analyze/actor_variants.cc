#include "analyze/actor_variants.h"

#include <algorithm>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sitrep {

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

uint64_t HashOf(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

// Hashes of the strings reachable from s by deleting `depth` more characters
// at positions >= from (each set of positions once). s is edited in place and
// restored, so no string is allocated per delete.
void DeleteHashes(std::string* s, size_t from, uint32_t depth, std::vector<uint64_t>* out) {
  if (depth == 0 || s->size() <= 1) return;
  for (size_t i = from; i < s->size(); ++i) {
    const char c = (*s)[i];
    s->erase(i, 1);
    out->push_back(HashOf(*s));
    DeleteHashes(s, i, depth - 1, out);
    s->insert(i, 1, c);
  }
}

// The skeleton and its deletes within the threshold, as sorted unique hashes.
void Deletes(std::string skeleton, std::vector<uint64_t>* out) {
  out->clear();
  out->push_back(HashOf(skeleton));
  DeleteHashes(&skeleton, 0, VariantThreshold(skeleton.size()), out);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

}  // namespace

std::string NameSkeleton(std::string_view folded) {
  std::string s;
  s.reserve(folded.size() + 2);
  for (char c : folded) {
    if (c >= 'a' && c <= 'z') {
      if (c == 'x') {
        s += "ks";
      } else {
        s.push_back(c);
      }
    }
  }
  // Digraphs, longest first, left to right.
  std::string d;
  d.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto at = [&](std::string_view p) { return std::string_view(s).substr(i, p.size()) == p; };
    if (at("shch")) {
      d.push_back('s');
      i += 4;
    } else if (at("sch")) {
      d.push_back('s');
      i += 3;
    } else if (at("sh")) {
      d.push_back('s');
      i += 2;
    } else if (at("kh")) {
      d.push_back('h');
      i += 2;
    } else if (at("zh")) {
      d.push_back('z');
      i += 2;
    } else if (at("ch") || at("ts") || at("tz") || at("cz")) {
      d.push_back('c');
      i += 2;
    } else if (at("ph")) {
      d.push_back('f');
      i += 2;
    } else if (at("ck")) {
      d.push_back('k');
      i += 2;
    } else {
      char c = s[i++];
      if (c == 'q') c = 'k';
      if (c == 'w') c = 'v';
      if (c == 'y' || c == 'j') c = 'i';
      d.push_back(c);
    }
  }
  std::string out;
  out.reserve(d.size());
  for (size_t i = 0; i < d.size(); ++i) {
    char c = d[i];
    const char prev = i > 0 ? d[i - 1] : '\0';
    const char next = i + 1 < d.size() ? d[i + 1] : '\0';
    if ((c == 'u' || c == 'v') && i > 0 && IsVowel(prev) && prev != 'u' &&
        (next == '\0' || !IsVowel(next))) {
      continue;
    }
    if (c == 'i' && i > 0 && !IsVowel(prev) && next != '\0' && IsVowel(next) && next != 'i') {
      continue;
    }
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

uint32_t BoundedEditDistance(std::string_view a, std::string_view b, uint32_t limit) {
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Two rows on the stack for names (the common case): this runs for every
  // candidate pair, and heap rows were most of its cost.
  constexpr size_t kStack = 64;
  uint32_t stack_rows[2 * kStack];
  std::vector<uint32_t> heap_rows;
  uint32_t* prev = stack_rows;
  uint32_t* cur = stack_rows + kStack;
  if (m + 1 > kStack) {
    heap_rows.resize(2 * (m + 1));
    prev = heap_rows.data();
    cur = heap_rows.data() + m + 1;
  }
  for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<uint32_t>(i);
    uint32_t row_min = cur[0];
    for (size_t j = 1; j <= m; ++j) {
      uint32_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

uint32_t VariantThreshold(size_t n) {
  if (n < 5) return 0;
  if (n < 9) return 1;
  return 2;
}

bool IsNameVariant(std::string_view a, std::string_view b) {
  const std::string sa = NameSkeleton(a), sb = NameSkeleton(b);
  if (sa.empty() || sb.empty()) return false;
  const uint32_t limit = VariantThreshold(std::min(sa.size(), sb.size()));
  return BoundedEditDistance(sa, sb, limit) <= limit;
}

void VariantIndex::Add(std::string_view folded, uint32_t value) {
  std::string sk = NameSkeleton(folded);
  if (sk.empty()) return;
  const uint32_t key = static_cast<uint32_t>(keys_.size());
  std::vector<uint64_t> dels;
  Deletes(sk, &dels);
  for (uint64_t d : dels) deletes_[d].push_back(key);
  keys_.push_back({std::move(sk), value});
}

std::vector<VariantIndex::Hit> VariantIndex::Find(std::string_view folded) const {
  std::vector<Hit> hits;
  const std::string sk = NameSkeleton(folded);
  if (sk.empty()) return hits;
  thread_local std::vector<uint64_t> dels;
  thread_local std::vector<uint32_t> tried;
  Deletes(sk, &dels);
  tried.clear();
  for (uint64_t d : dels) {
    auto it = deletes_.find(d);
    if (it != deletes_.end()) tried.insert(tried.end(), it->second.begin(), it->second.end());
  }
  std::sort(tried.begin(), tried.end());
  tried.erase(std::unique(tried.begin(), tried.end()), tried.end());
  // A hash collision only adds a key to try: the edit distance decides.
  for (uint32_t key : tried) {
    const Key& k = keys_[key];
    const uint32_t limit = VariantThreshold(std::min(k.skeleton.size(), sk.size()));
    const uint32_t dist = BoundedEditDistance(k.skeleton, sk, limit);
    if (dist <= limit) hits.push_back({k.value, dist});
  }
  // One hit per value, at its smallest distance; nearest first.
  std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) {
    return x.value != y.value ? x.value < y.value : x.distance < y.distance;
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const Hit& x, const Hit& y) { return x.value == y.value; }),
             hits.end());
  std::stable_sort(hits.begin(), hits.end(),
                   [](const Hit& x, const Hit& y) { return x.distance < y.distance; });
  return hits;
}

}  // namespace sitrep
