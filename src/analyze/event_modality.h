// Negation and modality of an event trigger, from the words before it in its
// clause: "have yet to directly intervene" (negated), "plans to visit"
// (planned), "threatened to cut ties" (threatened), "if ... attacked",
// "could strike", "pressed X to strike" (hypothetical).
//
// Works on the lowercased words of one sentence; the scan runs back from the
// trigger to the clause start (a clause punctuation mark or the sentence
// start) and at most kWindow words, so it is linear in the sentence length.
#ifndef SITREP_ANALYZE_EVENT_MODALITY_H_
#define SITREP_ANALYZE_EVENT_MODALITY_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep {

enum class Modality : uint8_t { kAsserted, kPlanned, kThreatened, kHypothetical };

std::string_view ModalityName(Modality m);

struct ModalityResult {
  bool negated = false;
  Modality modality = Modality::kAsserted;
};

// words[i] is the lowercased token i of the sentence ("" for punctuation,
// which also ends a clause; "," does not end one). `anchor` is the trigger's
// first word.
ModalityResult FindModality(const std::vector<std::string_view>& words,
                            const std::vector<bool>& clause_break, uint32_t anchor);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_MODALITY_H_
