#include "lexicon/actor_lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Invented actors only: no real people are quoted or described here.
constexpr char kGood[] = R"(# a comment
actor zz.vantor              # trailing comment
  name    Ilsa Vantor
  kind    person
  country ZZZ
  code    ZZZGOV
  role    ZZZOPP 2010 2019-06
  role    ZZZGOV 2019-07-01 -
  alias   Vantor; Ilsa Vantorova
  alias   I. Vantor
  desc    the Zemblan leader

actor zzz
  name    Zembla
  kind    country
  country ZZZ
  code    ZZZ
  adj     Zemblan
  demonym Zemblans
  metonym Onhava
)";

std::vector<std::string> Strings(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(d.ToString());
  return out;
}

TEST(ActorLexiconTest, LoadsWellFormedText) {
  auto r = ActorLexicon::LoadText(kGood, "good.txt");
  ASSERT_TRUE(r.ok()) << ::testing::PrintToString(Strings(r.diagnostics));
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.lexicon.size(), 2u);
  const Actor* v = r.lexicon.Find("zz.vantor");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->name, "Ilsa Vantor");
  EXPECT_EQ(v->kind, ActorKind::kPerson);
  EXPECT_EQ(v->country, "ZZZ");
  EXPECT_THAT(v->aliases, ElementsAre("Vantor", "Ilsa Vantorova", "I. Vantor"));
  EXPECT_EQ(v->line, 2u);
  EXPECT_EQ(v->origin, "good.txt");
  ASSERT_EQ(v->roles.size(), 2u);
  EXPECT_EQ(v->roles[0].from, 20100101u);
  EXPECT_EQ(v->roles[0].to, 20190630u);
  EXPECT_EQ(v->CodeOn(20150101), "ZZZOPP");
  EXPECT_EQ(v->CodeOn(20230101), "ZZZGOV");
  EXPECT_EQ(r.lexicon.Find("nobody"), nullptr);
}

TEST(ActorLexiconTest, LookupFoldsAndReportsKind) {
  auto r = ActorLexicon::LoadText(kGood, "good.txt");
  auto hits = r.lexicon.Lookup("ZEMBLAN");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(r.lexicon.actors()[hits[0].actor].id, "zzz");
  EXPECT_EQ(hits[0].kind, NameKind::kAdjective);
  EXPECT_EQ(hits[0].form, "Zemblan");
  EXPECT_EQ(r.lexicon.Lookup("  the   zemblan LEADER").size(), 1u);
  EXPECT_TRUE(r.lexicon.Lookup("Zembl").empty());
}

TEST(ActorLexiconTest, SurfacesAreSorted) {
  auto r = ActorLexicon::LoadText(kGood, "good.txt");
  const auto& s = r.lexicon.surfaces();
  ASSERT_FALSE(s.empty());
  for (size_t i = 1; i < s.size(); ++i) EXPECT_LE(s[i - 1].folded, s[i].folded);
}

TEST(ActorLexiconTest, ReportsErrorsWithLineNumbers) {
  constexpr char kBad[] =
      "name   Orphan\n"                 // 1: before any actor
      "actor Bad Id\n"                  // 2: bad id
      "  name x\n"                      // 3
      "actor zz.a\n"                    // 4
      "  name   A\n"                    // 5
      "  kind   robot\n"                // 6: bad kind
      "  code   zzzgov\n"               // 7: bad code
      "  role   ZZZGOV 2020-13-01 -\n"  // 8: bad date
      "  colour blue\n"                 // 9: unknown key
      "  name   Again\n"                // 10: repeated key
      "actor zz.b\n"                    // 11: missing name
      "  kind   person\n"               // 12
      "  code   ZZZ\n"                  // 13
      "actor zz.b\n"                    // 14: duplicate id
      "  name   B2\n"                   // 15
      "  kind   person\n"               // 16
      "  code   ZZZ\n"                  // 17
      "actor zz.c\n"                    // 18
      "  name\n"                        // 19: missing value
      "  kind   group\n"                // 20
      "  code   ZZZ\n"                  // 21
      "  role   ZZZGOV 2020 2019\n"     // 22: ends before start
      "  country Zembla\n";             // 23: bad country
  auto r = ActorLexicon::LoadText(kBad, "bad.txt");
  EXPECT_FALSE(r.ok());
  auto msgs = Strings(r.diagnostics);
  auto has = [&](const std::string& prefix, const std::string& text) {
    for (const auto& m : msgs) {
      if (m.starts_with(prefix) && m.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("bad.txt:1: ", "before the first 'actor'"));
  EXPECT_TRUE(has("bad.txt:2: ", "bad id 'Bad Id'"));
  EXPECT_TRUE(has("bad.txt:6: ", "bad kind 'robot'"));
  EXPECT_TRUE(has("bad.txt:7: ", "bad code 'zzzgov'"));
  EXPECT_TRUE(has("bad.txt:8: ", "bad date '2020-13-01'"));
  EXPECT_TRUE(has("bad.txt:9: ", "unknown key 'colour'"));
  EXPECT_TRUE(has("bad.txt:10: ", "'name' given twice"));
  EXPECT_TRUE(has("bad.txt:11: ", "has no name"));
  EXPECT_TRUE(has("bad.txt:14: ", "duplicate id 'zz.b' (first at bad.txt:11)"));
  EXPECT_TRUE(has("bad.txt:19: ", "missing value for 'name'"));
  EXPECT_TRUE(has("bad.txt:22: ", "ends before it starts"));
  EXPECT_TRUE(has("bad.txt:23: ", "bad country 'Zembla'"));
  EXPECT_TRUE(has("bad.txt:18: ", "actor 'zz.c' has no name"));
  EXPECT_EQ(CountErrors(r.diagnostics), 13u) << ::testing::PrintToString(msgs);
  // Every block had an error, so none was kept.
  EXPECT_TRUE(r.lexicon.empty());
}

TEST(ActorLexiconTest, MissingKindCodeAndCountry) {
  auto r = ActorLexicon::LoadText(
      "actor zz\n  name Z\n\nactor yy\n  name Y\n  kind country\n"
      "  code YYY\n",
      "m.txt");
  auto msgs = Strings(r.diagnostics);
  EXPECT_THAT(msgs,
              ElementsAre("m.txt:1: actor 'zz' has no kind", "m.txt:1: actor 'zz' has no code",
                          "m.txt:4: country actor 'yy' has no country"));
}

TEST(ActorLexiconTest, AliasConflictsAreWarnings) {
  constexpr char kText[] =
      "actor zz.a\n name Ama Dorn\n kind person\n code ZZZ\n alias Dorn\n"
      "actor zz.b\n name Bex Dorn\n kind person\n code ZZZ\n alias DORN\n";
  auto r = ActorLexicon::LoadText(kText, "c.txt");
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].ToString(),
            "c.txt:6: warning: 'DORN' also names actor 'zz.a' (c.txt:1)");
  EXPECT_EQ(r.lexicon.Lookup("dorn").size(), 2u);
}

TEST(ActorLexiconTest, EmptyListItemIsAWarning) {
  auto r =
      ActorLexicon::LoadText("actor zz\n name Z\n kind group\n code ZZZ\n alias A;; B\n", "e.txt");
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].ToString(), "e.txt:5: warning: empty item in list");
  EXPECT_THAT(r.lexicon.Find("zz")->aliases, ElementsAre("A", "B"));
}

TEST(ActorLexiconTest, MergeOverridesAndAdds) {
  auto base = ActorLexicon::LoadText(kGood, "shipped.txt");
  ASSERT_TRUE(base.ok());
  auto user = ActorLexicon::LoadText(
      "actor zz.vantor\n name Ilsa Vantor-Keld\n kind person\n code ZZZELI\n"
      "actor zz.new\n name Oren Pask\n kind person\n code ZZZOPP\n alias Onhava\n",
      "user.txt");
  ASSERT_TRUE(user.ok());
  ActorLexicon lex = std::move(base.lexicon);
  auto warnings = lex.Merge(user.lexicon);
  EXPECT_EQ(lex.size(), 3u);
  const Actor* v = lex.Find("zz.vantor");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->name, "Ilsa Vantor-Keld");
  EXPECT_EQ(v->code, "ZZZELI");
  EXPECT_TRUE(v->aliases.empty());            // replaced whole
  EXPECT_TRUE(lex.Lookup("Vantor").empty());  // old aliases gone from the index
  EXPECT_EQ(lex.Lookup("Ilsa Vantor-Keld").size(), 1u);
  ASSERT_NE(lex.Find("zz.new"), nullptr);
  ASSERT_NE(lex.Find("zzz"), nullptr);
  // "Onhava" is Zembla's metonym and now also an alias of the new actor.
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_THAT(warnings[0].ToString(), HasSubstr("user.txt:5: warning: 'Onhava'"));
}

TEST(ActorLexiconTest, CopyRebuildsIndex) {
  auto r = ActorLexicon::LoadText(kGood, "good.txt");
  ActorLexicon copy;
  {
    ActorLexicon temp = r.lexicon;
    copy = temp;
  }
  auto hits = copy.Lookup("Zemblans");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].form, "Zemblans");
  EXPECT_EQ(copy.Find("zzz")->name, "Zembla");
}

TEST(ActorLexiconTest, SearchRanksExactBeforePartial) {
  auto r = ActorLexicon::LoadText(kGood, "good.txt");
  auto hits = r.lexicon.Search("zembla");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].actor->id, "zzz");
  EXPECT_TRUE(hits[0].exact);
  EXPECT_EQ(hits[1].actor->id, "zz.vantor");  // via "the Zemblan leader"
  EXPECT_FALSE(hits[1].exact);
  EXPECT_EQ(r.lexicon.Search("VANTOROVA")[0].form, "Ilsa Vantorova");
  EXPECT_EQ(r.lexicon.Search("zz.vantor")[0].actor->id, "zz.vantor");
  EXPECT_TRUE(r.lexicon.Search("").empty());
  EXPECT_EQ(r.lexicon.Search("a", 1).size(), 1u);
}

TEST(ActorLexiconTest, ValidateAndWeirdInputNeverCrash) {
  EXPECT_TRUE(ActorLexicon::Validate("", "x").empty());
  std::string junk = "actor zz\n  name \xff\xfe\n  kind person\n  code ZZZ\r\n";
  junk += std::string(100000, '#') + "\n";
  junk += "actor";  // no id, no newline
  auto ds = ActorLexicon::Validate(junk, "junk.txt");
  EXPECT_TRUE(HasErrors(ds));
  EXPECT_THAT(Strings(ds).back(), HasSubstr("junk.txt:6: bad id ''"));
}

TEST(ActorLexiconTest, LoadReportsUnreadableFile) {
  auto r = ActorLexicon::Load("/nonexistent/sitrep/actors.txt");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].ToString(), "/nonexistent/sitrep/actors.txt: cannot read file");
}

}  // namespace
}  // namespace sitrep
