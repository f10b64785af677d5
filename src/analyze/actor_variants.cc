#include "analyze/actor_variants.h"

#include <algorithm>
#include <unordered_set>

namespace sitrep {

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Every string reachable from s by deleting up to `depth` characters.
void Deletes(const std::string& s, uint32_t depth, std::unordered_set<std::string>* out) {
  out->insert(s);
  if (depth == 0 || s.size() <= 1) return;
  for (size_t i = 0; i < s.size(); ++i) {
    std::string d = s.substr(0, i) + s.substr(i + 1);
    if (out->count(d) == 0) Deletes(d, depth - 1, out);
  }
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
  std::vector<uint32_t> prev(m + 1), cur(m + 1);
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
  std::unordered_set<std::string> dels;
  Deletes(sk, VariantThreshold(sk.size()), &dels);
  for (const std::string& d : dels) deletes_[d].push_back(key);
  keys_.push_back({std::move(sk), value});
}

std::vector<VariantIndex::Hit> VariantIndex::Find(std::string_view folded) const {
  std::vector<Hit> hits;
  const std::string sk = NameSkeleton(folded);
  if (sk.empty()) return hits;
  std::unordered_set<std::string> dels;
  Deletes(sk, VariantThreshold(sk.size()), &dels);
  std::unordered_set<uint32_t> tried;
  for (const std::string& d : dels) {
    auto it = deletes_.find(d);
    if (it == deletes_.end()) continue;
    for (uint32_t key : it->second) {
      if (!tried.insert(key).second) continue;
      const Key& k = keys_[key];
      const uint32_t limit = VariantThreshold(std::min(k.skeleton.size(), sk.size()));
      const uint32_t dist = BoundedEditDistance(k.skeleton, sk, limit);
      if (dist <= limit) hits.push_back({k.value, dist});
    }
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
