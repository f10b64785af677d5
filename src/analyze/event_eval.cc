#include "analyze/event_eval.h"

#include <fmt/format.h>
#include <rapidjson/document.h>

#include <set>
#include <vector>

#include "analyze/actor_tagger.h"
#include "analyze/event_coder.h"
#include "lexicon/line_format.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep {
namespace {

std::vector<std::string> GoldCodes(const rapidjson::Value& rec, const char* key) {
  std::vector<std::string> out;
  if (!rec.HasMember(key) || !rec[key].IsArray()) return out;
  for (const auto& a : rec[key].GetArray()) {
    if (a.IsObject() && a.HasMember("code") && a["code"].IsString()) {
      out.emplace_back(a["code"].GetString());
    } else if (a.IsString()) {
      out.emplace_back(a.GetString());
    }
  }
  return out;
}

std::set<std::string> LowerWords(std::string_view s) {
  std::set<std::string> out;
  std::string cur;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      cur += static_cast<char>(c | 0x20);
    } else if (!cur.empty()) {
      out.insert(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.insert(cur);
  return out;
}

bool CodeIn(const std::string& predicted, const std::vector<std::string>& gold) {
  if (predicted.size() < 3) return false;
  for (const std::string& g : gold) {
    if (g.size() >= 3 && predicted.compare(0, 3, g, 0, 3) == 0) return true;
  }
  return false;
}

}  // namespace

std::string MapPloverLabel(const std::string& label) {
  if (label == "DEMAND") return "REQUEST";
  if (label == "DISAPPROVE" || label == "INVESTIGATE") return "ACCUSE";
  if (label == "FIGHT") return "ASSAULT";
  return label;
}

std::string EventScores::Report() const {
  if (!error.empty()) return "error: " + error + "\n";
  std::string out = fmt::format(
      "records {}\nevent type   {:.3f}\nsource       {:.3f}\ntarget       {:.3f}\n"
      "whole triple {:.3f}\nno event     {}\n\nconfusion (gold -> predicted: count)\n",
      records, Rate(type), Rate(source), Rate(target), Rate(triple), no_event);
  for (const auto& [k, v] : confusion) {
    if (k.first != k.second) out += fmt::format("  {:<10} -> {:<10} {}\n", k.first, k.second, v);
  }
  return out;
}

EventScores ScoreEvents(const std::string& json_file, const ActorLexicon& actors,
                        const AgentLexicon& agents, const EventLexicon& events,
                        const Gazetteer& gazetteer) {
  EventScores sc;
  std::string json;
  if (!lexfmt::ReadFile(json_file, &json)) {
    sc.error = "cannot read " + json_file;
    return sc;
  }
  rapidjson::Document root;
  root.Parse(json.c_str(), json.size());
  if (root.HasParseError() || !root.IsArray()) {
    sc.error = json_file + ": not a JSON array";
    return sc;
  }
  ActorTagger tagger(actors, agents);
  EventCoder coder(events, gazetteer);
  for (const auto& rec : root.GetArray()) {
    if (!rec.IsObject() || !rec.HasMember("event") || !rec["event"].IsString() ||
        !rec.HasMember("text") || !rec["text"].IsString()) {
      continue;
    }
    const std::string gold_type = MapPloverLabel(rec["event"].GetString());
    if (gold_type == "DOCUMENT") continue;
    ++sc.records;
    Document doc;
    doc.text = rec["text"].GetString();
    Tokenize(doc.text, &doc.tokens);
    SplitSentences(&doc);
    tagger.Tag(&doc);
    coder.Code(&doc);

    const Event* best = nullptr;
    if (rec.HasMember("eventText") && rec["eventText"].IsString()) {
      const std::set<std::string> gold_words = LowerWords(rec["eventText"].GetString());
      for (const Event& ev : doc.events) {
        std::string_view head = doc.view(ev.trigger);
        head = head.substr(0, head.find(' '));
        const std::set<std::string> words = LowerWords(head);
        if (!words.empty() && gold_words.count(*words.begin())) {
          best = &ev;
          break;
        }
      }
    }
    if (best == nullptr && !doc.events.empty()) best = &doc.events.front();
    const std::string predicted = best ? (best->plover.empty() ? "-" : best->plover) : "NONE";
    if (!best) ++sc.no_event;
    ++sc.confusion[{gold_type, predicted}];
    const bool type_ok = predicted == gold_type;
    const std::vector<std::string> gs = GoldCodes(rec, "source"), gt = GoldCodes(rec, "target");
    const bool src_ok = best && (CodeIn(best->source_code, gs) || CodeIn(best->source2_code, gs));
    const bool tgt_ok =
        best && (gt.empty() ? best->target_code.empty() : CodeIn(best->target_code, gt));
    sc.type += type_ok;
    sc.source += src_ok;
    sc.target += tgt_ok;
    sc.triple += type_ok && src_ok && tgt_ok;
    if (!(type_ok && src_ok && tgt_ok)) {
      auto join = [](const std::vector<std::string>& v) {
        std::string o;
        for (const std::string& x : v) o += (o.empty() ? "" : "/") + x;
        return o;
      };
      sc.misses += fmt::format(
          "{}{}{} {} gold {} {} -> {} | got {} {} -> {} \"{}\" | {}\n", type_ok ? '.' : 'T',
          src_ok ? '.' : 'S', tgt_ok ? '.' : 'G',
          rec.HasMember("id") && rec["id"].IsString() ? rec["id"].GetString() : "?", gold_type,
          join(gs), join(gt), predicted,
          best ? best->source_code + (best->source2_code.empty() ? "" : "+" + best->source2_code)
               : "",
          best ? best->target_code : "", best ? doc.view(best->trigger) : "", doc.text);
    }
  }
  return sc;
}

EventScores ScoreEvents(const std::string& json_file) {
  EventScores sc;
  auto actors = ActorLexicon::LoadDefault();
  auto agents = AgentLexicon::LoadDefault();
  auto events = EventLexicon::LoadDefault();
  auto places = Gazetteer::LoadDefault();
  if (!actors.ok() || !agents.ok() || !events.ok() || !places.ok()) {
    sc.error = "cannot load the default lexicons";
    return sc;
  }
  places.gazetteer.AddCountries(actors.lexicon);
  return ScoreEvents(json_file, actors.lexicon, agents.lexicon, events.lexicon, places.gazetteer);
}

}  // namespace sitrep
