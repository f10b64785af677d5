// Coverage of the CAMEO categories on invented wire sentences: for each PLOVER
// type, phrasings written from the code definitions (verb, verb + particle,
// verb + noun, nominal forms, irregular inflections), not from any evaluation
// set. Each case names the PLOVER type, the CAMEO code and the country part
// (first three letters) of the source and target codes; an empty expectation
// is not checked.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "analyze/event_test_util.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* plover;
  const char* code;
  const char* source;  // country part of the source code, "" = not checked
  const char* target;  // country part of the other party's code, "" = not checked
};

// Failure messages show the sentence, not the struct's bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.text << '"'; }

// The event with the expected code, else the first of the expected type.
const Event* Pick(const Document& doc, const Case& c) {
  if (const Event* e = FindCode(doc, c.code)) return e;
  for (const Event& e : doc.events) {
    if (e.plover == c.plover) return &e;
  }
  return nullptr;
}

class EventCoverageTest : public testing::TestWithParam<Case> {};

TEST_P(EventCoverageTest, CodesTypeSourceAndTarget) {
  const Case& c = GetParam();
  Document doc = EventWorld::Get().Run(c.text);
  const Event* e = Pick(doc, c);
  ASSERT_NE(e, nullptr) << c.text << "\n" << Dump(doc);
  EXPECT_EQ(e->plover, c.plover) << c.text << "\n" << Dump(doc);
  EXPECT_EQ(e->code, c.code) << c.text << "\n" << Dump(doc);
  if (*c.source) {
    EXPECT_EQ(e->source_code.substr(0, 3), c.source) << c.text << "\n" << Dump(doc);
  }
  if (*c.target) {
    // The other party: the target, or for a joint act done "with" it (talks,
    // cooperation) the co-source.
    const std::string& other = e->target_code.empty() ? e->source2_code : e->target_code;
    EXPECT_EQ(other.substr(0, 3), c.target) << c.text << "\n" << Dump(doc);
  }
  EXPECT_TRUE(e->factual()) << c.text;
}

const std::vector<Case> kCooperative = {
    // AGREE (03x): stated intent.
    {"Latvia pledged to release the detained fishermen.", "AGREE", "0353", "LVA", ""},
    {"Estonia agreed to withdraw its troops from the border.", "AGREE", "0356", "EST", ""},
    {"Norway expressed willingness to mediate.", "AGREE", "030", "NOR", ""},
    {"Bhutan accepted an invitation to the summit.", "AGREE", "036", "BTN", ""},
    // CONSULT (04x).
    {"Latvia held talks with Estonia in Riga.", "CONSULT", "040", "LVA", "EST"},
    {"The Polish foreign minister paid a visit to Lithuania on Monday.", "CONSULT", "042", "POL",
     "LTU"},
    {"Finland hosted a summit on Arctic shipping.", "CONSULT", "043", "FIN", ""},
    {"Norway brokered a truce in the border dispute.", "CONSULT", "045", "NOR", ""},
    {"Moldova opened negotiations with Romania.", "CONSULT", "046", "MDA", "ROU"},
    {"Chile held a phone call with Peru on Tuesday.", "CONSULT", "041", "CHL", "PER"},
    // SUPPORT (05x).
    {"Kenya congratulated Tanzania on the peaceful vote.", "SUPPORT", "051", "KEN", "TZA"},
    {"Uruguay established diplomatic relations with Bhutan.", "SUPPORT", "054", "URY", ""},
    {"Ghana welcomed the decision to reopen the port.", "SUPPORT", "051", "GHA", ""},
    {"Chile inked a fisheries deal with Peru.", "SUPPORT", "057", "CHL", ""},
    {"Nepal ratified the treaty on Thursday.", "SUPPORT", "057", "NPL", ""},
    // COOPERATE (06x).
    {"Canadian instructors trained Ukrainian troops.", "COOPERATE", "062", "CAN", ""},
    {"Kenya collaborated with Uganda on border security.", "COOPERATE", "060", "KEN", "UGA"},
    {"Spain exchanged intelligence with Morocco on smuggling.", "COOPERATE", "064", "ESP", "MAR"},
    // AID (07x).
    {"Japan extended emergency aid to Nepal.", "AID", "070", "JPN", "NPL"},
    {"Sweden donated 5 million dollars to Somalia.", "AID", "071", "SWE", "SOM"},
    {"Germany shipped medicine and blankets to Syria.", "AID", "073", "DEU", "SYR"},
    {"Britain sent anti-tank weapons to Ukraine.", "AID", "072", "GBR", "UKR"},
    {"Ireland contributed peacekeepers to the mission in Lebanon.", "AID", "074", "IRL", ""},
    // CONCEDE (080-083).
    {"Serbia eased restrictions on opposition rallies.", "CONCEDE", "081", "SRB", ""},
    {"Egypt lifted the curfew in Cairo.", "CONCEDE", "0813", "EGY", ""},
    {"Jordan accepted the demands of the strikers.", "CONCEDE", "083", "JOR", ""},
    {"The Peruvian government backed down after the protests.", "CONCEDE", "080", "PER", ""},
    // RETREAT (084-087).
    {"Iran freed the prisoners on Sunday.", "RETREAT", "0841", "IRN", ""},
    {"Armenia pulled back troops from the frontier.", "RETREAT", "0874", "ARM", ""},
    {"Ethiopia lifted sanctions on Eritrea.", "RETREAT", "085", "ETH", "ERI"},
    {"Sudan reopened the border crossing at Adre.", "RETREAT", "086", "SDN", ""},
    {"The release of the hostages by Mali ended the standoff.", "RETREAT", "0841", "MLI", ""},
    {"Colombian rebels laid down their weapons.", "RETREAT", "0873", "COL", ""},
    // REQUEST (02x, 10x).
    {"Haiti sought aid from Canada after the storm.", "REQUEST", "023", "HTI", ""},
    {"Bolivia demanded the resignation of the electoral chief.", "REQUEST", "1041", "BOL", ""},
    {"Lebanon called for an investigation into the explosion.", "REQUEST", "101", "LBN", ""},
    {"Libya appealed for calm after the clashes.", "REQUEST", "0252", "LBY", ""},
};

const std::vector<Case> kConflictual = {
    // ACCUSE (09x, 11x).
    {"Pakistan decried India's decision.", "ACCUSE", "111", "PAK", "IND"},
    {"Morocco summoned the Algerian ambassador.", "ACCUSE", "114", "MAR", "DZA"},
    {"Qatar filed a lawsuit against Bahrain.", "ACCUSE", "115", "QAT", "BHR"},
    {"Colombia held Venezuela responsible for the attack.", "ACCUSE", "112", "COL", "VEN"},
    {"Kenya set up a commission to examine the killings.", "ACCUSE", "090", "KEN", ""},
    // REJECT (12x).
    {"Cuba snubbed the American proposal.", "REJECT", "120", "CUB", "USA"},
    {"Venezuela boycotted the talks in Oslo.", "REJECT", "125", "VEN", ""},
    {"Turkey blocked the resolution.", "REJECT", "120", "TUR", ""},
    // THREATEN (13x).
    {"Russia warned Georgia of retaliation.", "THREATEN", "130", "RUS", "GEO"},
    {"Greece threatened to cut aid to Albania.", "THREATEN", "1311", "GRC", ""},
    {"Turkey threatened to suspend the talks.", "THREATEN", "134", "TUR", ""},
    // PROTEST (14x).
    {"Chilean students staged a sit-in at the ministry.", "PROTEST", "141", "CHL", ""},
    {"Thousands of Kenyan teachers took to the streets.", "PROTEST", "141", "KEN", ""},
    {"French farmers blocked roads near Lyon.", "PROTEST", "144", "FRA", ""},
    {"Nigerian workers walked out over unpaid wages.", "PROTEST", "143", "NGA", ""},
    {"Iraqi protests over power cuts spread.", "PROTEST", "140", "IRQ", ""},
    // SANCTION (16x).
    {"Canada expelled Russian diplomats.", "SANCTION", "161", "CAN", "RUS"},
    {"Lithuania withdrew its ambassador from Belarus.", "SANCTION", "161", "LTU", "BLR"},
    {"Brazil withheld aid from Paraguay.", "SANCTION", "162", "BRA", ""},
    {"India imposed tariffs on China.", "SANCTION", "163", "IND", "CHN"},
    {"Japan froze the assets of North Korean banks.", "SANCTION", "163", "JPN", ""},
    // MOBILIZE (15x).
    {"China dispatched warships to the strait.", "MOBILIZE", "154", "CHN", ""},
    {"Azerbaijan called up reservists.", "MOBILIZE", "154", "AZE", ""},
    {"Kenyan police stepped up security in Nairobi.", "MOBILIZE", "153", "KEN", ""},
    {"North Korea test-fired a missile.", "MOBILIZE", "150", "PRK", ""},
    {"The deployment of Turkish troops angered Greece.", "MOBILIZE", "154", "TUR", ""},
    // COERCE (17x, 191, 192).
    {"Belarusian police rounded up dozens of activists.", "COERCE", "173", "BLR", ""},
    {"Myanmar's junta shut down the newspaper.", "COERCE", "1721", "MMR", ""},
    {"Sri Lanka imposed a state of emergency.", "COERCE", "1724", "LKA", ""},
    {"Uganda disqualified the opposition candidate.", "COERCE", "1722", "UGA", ""},
    {"Ecuadorian forces seized control of the port.", "COERCE", "192", "ECU", ""},
    {"Malian rebels overran an army base.", "COERCE", "192", "MLI", ""},
    // ASSAULT (175, 18x, 19x, 20x).
    {"Serbian police fired tear gas at protesters.", "ASSAULT", "175", "SRB", ""},
    {"Somali militants stabbed a Kenyan aid worker.", "ASSAULT", "182", "SOM", "KEN"},
    {"Yemeni rebels fired missiles at Saudi Arabia.", "ASSAULT", "195", "YEM", "SAU"},
    {"Armenian troops exchanged fire with Azerbaijani forces.", "ASSAULT", "193", "ARM", ""},
    {"An airstrike on Yemen killed nine people.", "ASSAULT", "195", "", "YEM"},
    {"Sudanese soldiers shot dead a protester.", "ASSAULT", "1823", "SDN", ""},
};

// Test names like "Conflictual/EventCoverageTest.CodesTypeSourceAndTarget/3_COERCE_173".
std::string CaseName(const testing::TestParamInfo<Case>& info) {
  return std::to_string(info.index) + "_" + info.param.plover + "_" + info.param.code;
}

INSTANTIATE_TEST_SUITE_P(Cooperative, EventCoverageTest, testing::ValuesIn(kCooperative), CaseName);
INSTANTIATE_TEST_SUITE_P(Conflictual, EventCoverageTest, testing::ValuesIn(kConflictual), CaseName);

}  // namespace
}  // namespace sitrep
