#include "analyze/event_modality.h"

namespace sitrep {
namespace {

constexpr uint32_t kWindow = 8;

bool StartsWith(std::string_view w, std::string_view p) { return w.substr(0, p.size()) == p; }

}  // namespace

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kPlanned: return "planned";
    case Modality::kThreatened: return "threatened";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

ModalityResult FindModality(const std::vector<std::string_view>& words,
                            const std::vector<bool>& clause_break, uint32_t anchor) {
  ModalityResult r;
  // The word right after a candidate, to tell "plans to" from "plans".
  auto next = [&](uint32_t i) -> std::string_view {
    return i + 1 < words.size() ? words[i + 1] : std::string_view();
  };
  uint32_t seen = 0;
  for (uint32_t i = anchor; i-- > 0 && seen < kWindow;) {
    if (clause_break[i]) break;
    std::string_view w = words[i];
    if (w.empty()) continue;
    ++seen;
    if (w == "not" || w.ends_with("n't") || w == "never" || w == "nor" || w == "cannot") {
      r.negated = true;
    } else if (w == "yet" && next(i) == "to") {
      r.negated = true;  // "have yet to", "is yet to"
    } else if ((StartsWith(w, "refrain") && next(i) == "from") ||
               ((StartsWith(w, "declin") || StartsWith(w, "refus") || w == "fail" ||
                 w == "failed" || w == "fails") &&
                next(i) == "to")) {
      r.negated = true;
    } else if (StartsWith(w, "threat") && next(i) == "to") {
      r.modality = Modality::kThreatened;
    } else if (w == "will" || w == "shall" || w == "'ll" || w == "intend" || w == "intends" ||
               w == "intended" || ((StartsWith(w, "plan") || w == "ready" || w == "prepared" ||
                                    w == "going" || w == "expected" || w == "set" ||
                                    w == "poised" || w == "scheduled" || w == "due") &&
                                   next(i) == "to")) {
      if (r.modality == Modality::kAsserted) r.modality = Modality::kPlanned;
    } else if (StartsWith(w, "pressur") || w == "urge" || w == "urged" || w == "urges" ||
               w == "urging" || w == "asked" || w == "asks" || w == "asking" || w == "want" ||
               w == "wants" || w == "wanted") {
      // "pressuring him to send troops to fight": an act others want done
      // has not happened.
      r.modality = Modality::kHypothetical;
    } else if (w == "could" || w == "would" || w == "might" || w == "may" || w == "if" ||
               w == "unless" || w == "should" || w == "whether") {
      r.modality = Modality::kHypothetical;
    }
  }
  return r;
}

}  // namespace sitrep
