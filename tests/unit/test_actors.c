/* Actors: named groups and their aliases, state forces from patterns,
** unnamed groups under the outlet's label, civilians, references. */
#include <stdio.h>
#include <sys/stat.h>

#include "acled/acled.h"
#include "doc.h"
#include "testutil.h"

static const sr_mention *actor(const sr_doc *doc, const char *text) {
  return test_need(doc, SR_MENTION_ACTOR, text);
}

static void expect_actor(const sr_doc *doc, const char *text, const char *name,
                         int inter) {
  assert_int_equal(sr_actor_of(test_named(doc, SR_MENTION_ACTOR, text, name))->inter, inter);
}

/* A report with one actor to check. */
static void expect_one(const sr_engine *engine, const char *text, const char *lang,
                       const char *published, const char *mention, const char *name,
                       int inter) {
  sr_doc *doc = test_doc(engine, text, lang, published);
  expect_actor(doc, mention, name, inter);
  sr_doc_free(doc);
}

/* A state's forces by its federal name ("Ethiopian federal forces"), and a
** group by whom its forces are loyal to ("forces loyal to Khalifa Haftar"). */
static void test_forces_by_whom_they_serve(void **state) {
  expect_one(*state, "Ethiopian federal forces clashed with Fano militiamen in Amhara.", "en",
             "2024-03-05", "Ethiopian federal forces", "Military Forces of Ethiopia (2018-)", 1);
  expect_one(*state, "Les forces fédérales éthiopiennes ont affronté des miliciens Fano.", "fr",
             "2024-03-05", "forces fédérales éthiopiennes", "Military Forces of Ethiopia (2018-)",
             1);
  expect_one(*state, "Forces loyal to Khalifa Haftar launched air strikes on Misrata.", "en",
             "2024-03-05", "Forces loyal to Khalifa Haftar", "LNA: Libyan National Army", 2);
}

static void test_aliases_meet(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Le front al-Nosra, devenu Front Fatah al-Cham, est la "
                         "branche d'Al-Qaïda en Syrie. Daech et l'EI ne font qu'un. "
                         "Jaish al-Fatah et Jaïsh al-Fateh aussi. L'ASL recule.",
                         "fr", "2016-11-01");
  expect_actor(doc, "front al-Nosra", "Jabhat al-Nusra", 2);
  expect_actor(doc, "Front Fatah al-Cham", "Jabhat al-Nusra", 2);
  expect_actor(doc, "branche d'Al-Qaïda en Syrie", "Jabhat al-Nusra", 2);
  expect_actor(doc, "Daech", "Islamic State (Syria)", 2);
  expect_actor(doc, "EI", "Islamic State (Syria)", 2);
  expect_actor(doc, "Jaish al-Fatah", "Jaish al-Fatah", 2);
  expect_actor(doc, "Jaïsh al-Fateh", "Jaish al-Fatah", 2);
  expect_actor(doc, "ASL", "Free Syrian Army", 2);
  sr_doc_free(doc);
}

/* "civilian rule", "le pouvoir civil": words of civilians that name no
** one (civilians.txt "none"); "five civilians" still are. */
static void test_words_of_civilians_that_name_no_one(void **state) {
  sr_doc *doc = test_doc(*state, "Protesters demanded civilian rule in Khartoum, where five "
                                 "civilians were killed.", "en", "2022-01-10");
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "civilian"));
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "civilian rule"));
  assert_non_null(test_mention(doc, SR_MENTION_ACTOR, "civilians"));
  sr_doc_free(doc);
  doc = test_doc(*state, "Les manifestants réclament un pouvoir civil.", "fr", "2022-01-10");
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "civil"));
  sr_doc_free(doc);
}

/* "Hamas-run Gaza", "rebel-held Idlib", "Iran-backed militias",
** "police-involved deaths": who rules, backs or had a part in what follows
** is no actor (held_words.txt); "the Saudi-led coalition" is. */
static void test_rulers_are_no_actors(void **state) {
  sr_doc *doc = test_doc(*state, "In Hamas-run Gaza, an air strike killed 15 people. Rebel fire "
                                 "hit IS-held areas.", "en", "2024-08-17");
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "Hamas"));
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "IS"));
  sr_doc_free(doc);
  /* "police-involved deaths": deaths the police had a part in, no police
  ** acting in the sentence */
  doc = test_doc(*state, "Protesters marched in Greenville over police-involved deaths.", "en",
                 "2020-06-06");
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "police"));
  sr_doc_free(doc);
}

/* "une attaque armée", "un vol à main armée": armed, not the army
** (forces.txt rows that start before the force noun); "l'armée" alone and
** "les forces armées maliennes" still are. */
static void test_armed_is_no_army(void **state) {
  sr_doc *doc = test_doc(*state, "Trente personnes ont été tuées lors d'une attaque armée contre "
                                 "un village de Zamfara. Deux commerçants ont été blessés lors "
                                 "d'un vol à main armée à Kano.", "fr", "2024-03-05");
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "armée"));
  sr_doc_free(doc);
  doc = test_doc(*state, "L'armée a repoussé une attaque armée près de Gao, selon les forces "
                         "armées maliennes.", "fr", "2024-03-05");
  assert_non_null(test_mention(doc, SR_MENTION_ACTOR, "armée"));
  assert_non_null(test_mention(doc, SR_MENTION_ACTOR, "forces armées maliennes"));
  sr_doc_free(doc);
}

/* The name of the group an unnamed actor may stand for, or NULL. */
static const char *stands_for(const sr_doc *doc, const char *text) {
  const sr_mention *m = test_mention(doc, SR_MENTION_ACTOR, text);
  assert_non_null(m);
  int32_t g = sr_actor_of(m)->stands_for;
  return g ? doc->mentions.items[g - 1].name : NULL;
}

/* The rebels, militants, gunmen of a report that names one rebel group
** and no other, near it, may stand for that group (events name them so
** unless it is their other side); not with two groups named, not
** militias (a side of their own), not pages away. */
static void test_the_documents_one_group(void **state) {
  sr_doc *doc = test_doc(*state, "Suspected rebels killed twelve villagers near Beni, in eastern "
                                 "Congo, on Sunday. The army blamed the ADF for the raid.", "en",
                         "2024-08-17");
  assert_string_equal(stands_for(doc, "rebels"), "ADF: Allied Democratic Forces");
  const sr_event *e = &doc->events[0];
  assert_non_null(e->side_name[0]);
  assert_string_equal(e->side_name[0], "ADF: Allied Democratic Forces");
  sr_doc_free(doc);
  doc = test_doc(*state, "Suspected rebels killed twelve villagers near Beni, in eastern Congo, "
                         "on Sunday. The ADF and M23 are active there.", "en", "2024-08-17");
  assert_null(stands_for(doc, "rebels"));
  sr_doc_free(doc);
  doc = test_doc(*state, "Militiamen killed twelve villagers near Beni, in eastern Congo, on "
                         "Sunday. The army blamed the ADF for the raid.", "en", "2024-08-17");
  assert_null(stands_for(doc, "Militiamen"));
  sr_doc_free(doc);
  doc = test_doc(*state, "The ADF attacked Beni, in eastern Congo, on Sunday. The army said it "
                         "held the town. Aid groups sent food. Schools stayed shut. Gunmen later "
                         "looted a market in Butembo.", "en", "2024-08-17");
  assert_null(stands_for(doc, "Gunmen"));
  sr_doc_free(doc);
  /* unnamed men whose deed no one claims stand for no one */
  doc = test_doc(*state, "ADF rebels attacked Beni, in eastern Congo, on Sunday. In Butembo, two "
                         "gunmen shot a trader. No one has claimed the killing.", "en",
                 "2024-08-17");
  assert_null(stands_for(doc, "gunmen"));
  sr_doc_free(doc);
  doc = test_doc(*state, "Les rebelles des ADF ont attaqué Beni dimanche. A Butembo, deux hommes "
                         "armés ont tué un commerçant. L'attaque n'a pas été revendiquée.", "fr",
                 "2024-08-17");
  assert_null(stands_for(doc, "hommes armés"));
  sr_doc_free(doc);
  /* a war of many groups under one word (many_sides.tsv: Syria): the one
  ** group named is one of them, not the shellers of another city */
  doc = test_doc(*state, "Rebels shelled a school in Aleppo on Monday, killing two pupils. In "
                         "Damascus, Jaish al-Islam fired mortars at a market.", "en",
                 "2024-08-17");
  assert_null(stands_for(doc, "Rebels"));
  sr_doc_free(doc);
  /* the group as the other side: the unnamed fighters are someone else */
  doc = test_doc(*state, "An ADF bomber killed 20 fighters near Beni, in eastern Congo, on Sunday. "
                         "He blew himself up among militants waiting for a truck.", "en",
                         "2024-08-17");
  for (size_t i = 0; i < doc->event_count; i++)
    if (doc->events[i].side_name[1])
      assert_string_not_equal(doc->events[i].side_name[1], "ADF: Allied Democratic Forces");
  sr_doc_free(doc);
  /* a group named only for its deeds of years ago did not do today's */
  const char *past[][2] = {
      {"en", "Gunmen abducted 50 pupils from a school in Kaduna state on Thursday, police said. "
             "In 2014, Boko Haram abducted 276 schoolgirls in Chibok."},
      {"fr", "Des hommes armés ont enlevé au moins 50 élèves dans une école de l'État de Kaduna "
             "jeudi, selon la police. En 2014, Boko Haram avait enlevé 276 lycéennes à Chibok."}};
  for (size_t i = 0; i < sizeof past / sizeof *past; i++) {
    doc = test_doc(*state, past[i][1], past[i][0], "2024-03-05");
    assert_true(doc->event_count >= 1);
    assert_null(doc->events[0].side_name[0]);
    sr_doc_free(doc);
  }
}

/* A group named like a place is the group: "Ahrar al-Sham" is not
** Damascus ("al-Sham"), and a short alias in lower case is a word. */
static void test_group_not_place_short_alias_cased(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Ahrar al-Sham et le Hezbollah combattent près d'Alep. "
                         "This is what ISIS is.",
                         "fr", "2016-11-01");
  expect_actor(doc, "Ahrar al-Sham", "Ahrar al-Sham", 2);
  expect_actor(doc, "Hezbollah", "Hezbollah", 3);
  assert_null(test_mention(doc, SR_MENTION_PLACE, "al-Sham"));
  assert_null(test_mention(doc, SR_MENTION_PLACE, "Sham"));
  assert_non_null(test_mention(doc, SR_MENTION_PLACE, "Alep"));
  expect_actor(doc, "ISIS", "Islamic State (Syria)", 2);
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "is"));
  sr_doc_free(doc);
}

static void test_state_forces_from_patterns(void **state) {
  sr_doc *doc = test_doc(*state,
                         "L'armée syrienne avance à Alep. Les avions syriens et "
                         "russes frappent. L'aviation russe aussi. Les forces "
                         "régulières tiennent Hama. Les forces avancent.",
                         "fr", "2016-11-01");
  expect_actor(doc, "armée syrienne", "Military Forces of Syria (2000-)", 1);
  const sr_mention *a = test_mention_n(doc, SR_MENTION_ACTOR, "avions syriens et russes", 0);
  const sr_mention *b = test_mention_n(doc, SR_MENTION_ACTOR, "avions syriens et russes", 1);
  assert_non_null(a);
  assert_non_null(b);
  assert_string_not_equal(a->name, b->name);
  assert_true(strcmp(a->name, "Military Forces of Russia (2000-)") == 0 ||
              strcmp(b->name, "Military Forces of Russia (2000-)") == 0);
  expect_actor(doc, "aviation russe", "Military Forces of Russia (2000-)", 8);
  /* "régulières": the document's own country, Syria here */
  expect_actor(doc, "forces régulières", "Military Forces of Syria (2000-)", 1);
  /* "les forces" alone say nothing of whose */
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "forces"));
  sr_doc_free(doc);

  doc = test_doc(*state,
                 "Syrian and Russian warplanes struck Aleppo while Syrian "
                 "government forces advanced and the regime denied it.",
                 "en", "2016-11-01");
  a = test_mention_n(doc, SR_MENTION_ACTOR, "Syrian and Russian warplanes", 0);
  b = test_mention_n(doc, SR_MENTION_ACTOR, "Syrian and Russian warplanes", 1);
  assert_non_null(a);
  assert_non_null(b);
  assert_string_not_equal(a->name, b->name);
  expect_actor(doc, "Syrian government forces", "Military Forces of Syria (2000-)", 1);
  expect_actor(doc, "regime", "Government of Syria (2000-)", 1);
  sr_doc_free(doc);

  /* a nationality of two words is whose they are, not its last word's */
  doc = test_doc(*state, "South Sudanese troops clashed with rebels in Juba on Thursday.", "en",
                 "2016-11-01");
  expect_actor(doc, "South Sudanese troops", "Military Forces of South Sudan (2011-)", 1);
  sr_doc_free(doc);

  /* a group's French name is one name: its "libération" is no deed */
  doc = test_doc(*state, "Les combattants de l'Armée populaire de libération du Soudan-Opposition "
                         "ont attaqué vendredi la base militaire de Pajut, dans l'Etat du Jonglei.",
                 "fr", "2016-08-24");
  expect_actor(doc, "combattants de l'Armée populaire de libération du Soudan-Opposition",
               "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)", 2);
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_string_equal(e[0]->action->name, "attack");
  sr_doc_free(doc);
  doc = test_doc(*state, "Des combattants de l'Armée de libération d'Oromo ont attaqué lundi un "
                         "village de l'ouest de Wollega, tuant dix civils.",
                 "fr", "2022-07-05");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_string_equal(e[0]->action->name, "attack");
  sr_doc_free(doc);
}

/* The outlet's label is kept as text, never taken for a name. */
static void test_labelled_generic(void **state) {
  sr_doc *doc = test_doc(*state,
                         "À Alep, les terroristes ont attaqué. Les rebelles "
                         "reculent. Les miliciens du front al-Nosra et d'Ahrar al-Sham aussi.",
                         "fr", "2016-11-01");
  /* "les terroristes" of no group named before: an unnamed one */
  const sr_mention *m = actor(doc, "les terroristes");
  assert_int_equal(sr_actor_of(m)->actor_kind, SR_ACTOR_GENERIC);
  assert_string_equal(m->name, "Unidentified Armed Group (Syria)");
  assert_int_equal(sr_actor_of(m)->inter, 3);
  expect_actor(doc, "rebelles", "Unidentified Armed Group (Syria)", 2);
  /* a label before a name is that name */
  expect_actor(doc, "miliciens du front al-Nosra", "Jabhat al-Nusra", 2);
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "miliciens"));
  sr_doc_free(doc);
  /* the name after an article too: "de l'", "de la", "of the" */
  expect_one(*state, "Des rebelles de l'UPC ont attaqué un village près de Bambari.", "fr",
             "2024-06-01", "rebelles de l'UPC", "UPC: Union for Peace in the Central African Republic",
             2);
  /* counted, as who was hit: the label's group */
  expect_one(*state, "Une frappe a tué trois combattants du Hezbollah dans le sud du Liban.", "fr",
             "2024-06-01", "combattants du Hezbollah", "Hezbollah", 3);
  /* a state's weapon, one of them, by its country */
  expect_one(*state, "Un drone ukrainien a frappé une raffinerie près de Krasnodar.", "fr",
             "2024-06-01", "drone ukrainien", "Military Forces of Ukraine (2019-)", 8);
  /* peacekeepers are the mission of the report's country, counted too */
  expect_one(*state, "Deux casques bleus ont été tués lundi près de Kidal, au Mali.", "fr",
             "2019-01-21", "casques bleus",
             "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", 8);
  expect_one(*state, "Gunmen attacked UN peacekeepers near Bangui, Central African Republic.", "en",
             "2019-01-21", "UN peacekeepers",
             "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the "
             "Central African Republic",
             8);
  /* a word of nationality between the label and its "de" */
  expect_one(*state, "La rébellion centrafricaine de la CPJP a signé un accord à Bangui.", "fr",
             "2011-06-12", "rébellion centrafricaine de la CPJP",
             "CPJP: Convention of Patriots for Justice and Peace", 2);
  expect_one(*state, "Fighters of the ADF attacked a village near Beni, Congo.", "en",
             "2024-06-01", "Fighters of the ADF", "ADF: Allied Democratic Forces", 2);
  /* "from" between the label and the name (forces.txt institution from) */
  expect_one(*state, "A man was hurt by mortar rounds fired by terrorists from Jaish al-Islam "
                     "in Damascus on Monday.",
             "en", "2016-11-28", "terrorists from Jaish al-Islam", "Jaish al-Islam", 2);
  /* "affiliated to" joins them the same way: the groups are that group */
  expect_one(*state, "Soldiers of the Syrian army clashed with armed groups affiliated to Jabhat "
                     "al-Nusra near Hama on Monday.",
             "en", "2016-06-01", "armed groups affiliated to Jabhat al-Nusra", "Jabhat al-Nusra", 2);
  expect_one(*state, "Lundi, l'armée syrienne a affronté des groupes armés affiliés au Front "
                     "al-Nosra près de Hama.",
             "fr", "2016-06-01", "groupes armés affiliés au Front al-Nosra", "Jabhat al-Nusra", 2);
}

static void test_civilians_are_victims(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Un raid sur Idleb a tué 12 civils, dont un enfant et "
                         "une femme.",
                         "fr", "2016-11-01");
  expect_actor(doc, "civils", "Civilians (Syria)", 7);
  expect_actor(doc, "enfant", "Civilians (Syria)", 7);
  expect_actor(doc, "femme", "Civilians (Syria)", 7);
  assert_int_equal(sr_actor_of(actor(doc, "civils"))->actor_kind, SR_ACTOR_CIVILIAN);
  sr_doc_free(doc);
}

static void test_references_point_back(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Les avions syriens et russes frappent Alep. Selon "
                         "Sputnik, ces derniers visent Boustane al-Qasr.\n"
                         "La coalition Jaïsh al-Fateh recule à Hama. Elle a perdu "
                         "Kawkab. Ahrar al-Sham tient Idleb. Plus tard, la "
                         "coalition attaque.\n"
                         "La région est stratégique. Elle se trouve près d'Idleb.",
                         "fr", "2016-11-01");
  const sr_mention *m = actor(doc, "ces derniers");
  assert_int_equal(m->ref_count, 2);
  m = actor(doc, "Elle");
  assert_non_null(m->name);
  assert_string_equal(m->name, "Jaish al-Fatah");
  /* "la coalition" three sentences on: the last coalition, not Ahrar */
  m = actor(doc, "la coalition");
  assert_non_null(m->name);
  assert_string_equal(m->name, "Jaish al-Fatah");
  /* "Elle" for "la région": no actor before it to agree with */
  m = test_mention_n(doc, SR_MENTION_ACTOR, "Elle", 1);
  assert_non_null(m);
  assert_null(m->name);
  assert_int_equal(m->ref_count, 0);
  sr_doc_free(doc);
  /* "the militants" is the group named before; with none, an unnamed one */
  doc = test_doc(*state,
                 "On Monday, JNIM militants entered Kaya. The militants burned the school.",
                 "en", "2020-10-10");
  expect_actor(doc, "The militants", "JNIM: Group for Support of Islam and Muslims", 2);
  sr_doc_free(doc);
  /* "its militants": the group's own, the one that speaks of them */
  doc = test_doc(*state, "On Monday the Islamic State group said its militants had destroyed "
                         "six statues in Raqqa.", "en", "2020-10-10");
  expect_actor(doc, "its militants", "Islamic State (Syria)", 2);
  sr_doc_free(doc);
  doc = test_doc(*state, "On Monday, the gunmen burned a school in Kaya.", "en", "2020-10-10");
  expect_actor(doc, "the gunmen", "Unidentified Armed Group (Burkina Faso)", 3);
  sr_doc_free(doc);
  doc = test_doc(*state, "Lundi, des éléments de l'EIGS sont entrés à Kaya. Les assaillants "
                         "ont incendié l'école.", "fr", "2020-10-10");
  expect_actor(doc, "Les assaillants", "Islamic State (Greater Sahara)", 2);
  sr_doc_free(doc);
  /* "the forces": the state forces named last ("a separate airstrike by
  ** the forces" after the coalition's strikes) */
  doc = test_doc(*state, "Saudi-led coalition jets struck Hudaydah on Monday. Five civilians "
                         "were killed in Taiz in a separate airstrike by the forces.",
                 "en", "2017-12-08");
  const sr_mention *forces = actor(doc, "the forces");
  assert_non_null(forces->name);
  assert_string_equal(forces->name, actor(doc, "Saudi-led coalition jets")->name);
  sr_doc_free(doc);
}

/* The Sahel: named groups, one of two ("JNIM or ISGS"), Burkina Faso's own
** militias and state forces, named with the regime of the day. */
static void test_sahel(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Suspected JNIM or ISGS militants ambushed a VDP patrol near "
                         "Djibo on Monday. Koglweogo members later arrested two of "
                         "them. Burkinabe soldiers and gendarmes reached the area.",
                         "en", "2020-11-02");
  expect_actor(doc, "JNIM or ISGS militants",
               "JNIM: Group for Support of Islam and Muslims and/or Islamic State "
               "(Greater Sahara)", 2);
  assert_null(test_mention(doc, SR_MENTION_ACTOR, "militants"));
  /* what forces hold after a name is its label ("a VDP patrol", forces.txt) */
  expect_actor(doc, "VDP patrol", "VDP: Volunteer for Defense of Homeland", 4);
  expect_actor(doc, "Koglweogo", "Koglweogo Militia", 3);
  expect_actor(doc, "Burkinabe soldiers", "Military Forces of Burkina Faso (2015-)", 1);
  expect_actor(doc, "gendarmes", "Police Forces of Burkina Faso (2015-) Gendarmerie", 1);
  sr_doc_free(doc);

  /* the pack's order, whichever the text names first; French names */
  doc = test_doc(*state,
                 "Des hommes armés de l'EIGS ou du JNIM ont attaqué Arbinda. Les "
                 "FAMa et la force Barkhane ont riposté près de Ménaka, au Mali.",
                 "fr", "2022-03-01");
  /* the label before the names, after "de l'", is theirs */
  expect_actor(doc, "hommes armés de l'EIGS ou du JNIM",
               "JNIM: Group for Support of Islam and Muslims and/or Islamic State "
               "(Greater Sahara)", 2);
  expect_actor(doc, "FAMa", "Military Forces of Mali (2021-)", 1);
  /* France's forces abroad: ACLED's external forces */
  expect_actor(doc, "force Barkhane", "Military Forces of France (2017-)", 8);
  sr_doc_free(doc);

  /* no country for the report, but ISGS fights in none of France's */
  expect_one(*state, "Operation Barkhane struck ISGS positions on Monday.", "en",
             "2020-11-02", "Operation Barkhane", "Military Forces of France (2017-)", 8);
  expect_one(*state, "A Burkinabe airstrike hit ISGS positions.", "en", "2020-11-02",
             "Burkinabe airstrike", "Military Forces of Burkina Faso (2015-)", 1);

  expect_one(*state, "Ansarul Islam or JNIM fighters burned a school in Burkina Faso.", "en",
             "2019-05-01", "Ansarul Islam or JNIM fighters",
             "JNIM: Group for Support of Islam and Muslims and/or Ansaroul Islam", 2);
}

/* A name two groups share means the one of the document's country; an
** unnamed group, civilians and state forces take that country too. */
static void test_country_chooses(void **state) {
  sr_doc *doc = test_doc(*state,
                         "ADF rebels killed 20 civilians near Beni in the Democratic "
                         "Republic of Congo. Congolese troops pursued them.",
                         "en", "2021-06-01");
  expect_actor(doc, "ADF rebels", "ADF: Allied Democratic Forces", 2);
  expect_actor(doc, "civilians", "Civilians (Democratic Republic of Congo)", 7);
  expect_actor(doc, "Congolese troops",
               "Military Forces of the Democratic Republic of Congo (2019-)", 1);
  sr_doc_free(doc);

  /* nothing else says where: a group of several countries says its first,
  ** unless the home country is one of them */
  expect_one(*state, "Houthi rebels fired a missile at a market, killing five civilians.", "en",
             "2021-06-01", "civilians", "Civilians (Yemen)", 7);
  expect_one(*state, "JNIM militants raided a market, killing five civilians.", "en", "2021-06-01",
             "civilians", "Civilians (Burkina Faso)", 7);

  expect_one(*state, "ADF separatists attacked a school in Bamenda, Cameroon.", "en",
             "2021-06-01", "ADF separatists", "ADF: Ambazonia Defence Forces", 2);

  expect_one(*state, "Islamic State fighters attacked a checkpoint near Kirkuk, Iraq.", "en",
             "2021-06-01", "Islamic State fighters", "Islamic State (Iraq)", 2);

  expect_one(*state, "Al-Shabaab insurgents raided a village in Cabo Delgado, Mozambique.",
             "en", "2021-06-01", "Al-Shabaab insurgents", "Ahlu Sunnah Wa-Jamo", 2);

  doc = test_doc(*state, "Al-Shabaab militants attacked an AMISOM base in Somalia.", "en",
                 "2021-06-01");
  expect_actor(doc, "Al-Shabaab militants", "Al Shabaab", 2);
  expect_actor(doc, "AMISOM", "AMISOM: African Union Mission in Somalia", 8);
  sr_doc_free(doc);

  /* a name of two groups in a report that names no country is the home
  ** country's (the pack adds Burkina Faso's GeoNames dump), not Syria's */
  doc = test_doc(*state, "Les FDS ont repoussé une attaque.", "fr", "2021-01-01");
  assert_non_null(actor(doc, "FDS")->name);
  assert_string_equal(actor(doc, "FDS")->name, "Military Forces of Burkina Faso (2015-)");
  sr_doc_free(doc);

  /* "SNA": Somalia's army in Somalia, the Syrian National Army in Syria */
  doc = test_doc(*state, "The SNA and AMISOM troops retook a town in Somalia.", "en",
                 "2021-06-01");
  expect_actor(doc, "SNA", "Military Forces of Somalia (2017-)", 1);
  expect_actor(doc, "AMISOM troops", "AMISOM: African Union Mission in Somalia", 8);
  sr_doc_free(doc);
  expect_one(*state, "The SNA shelled Kurdish positions near Manbij, Syria.", "en",
             "2021-06-01", "SNA", "SNA: Syrian National Army", 2);

  /* a neighbour's demonym is one vote; the country named, two */
  doc = test_doc(*state, "Suspected Ugandan rebels killed 12 civilians near Beni in eastern DRC.",
                 "en", "2021-06-01");
  expect_actor(doc, "rebels", "Unidentified Armed Group (Democratic Republic of Congo)",
               2);
  expect_actor(doc, "civilians", "Civilians (Democratic Republic of Congo)", 7);
  sr_doc_free(doc);

  /* no country named: the one the places are in ("Kaya" is also a name
  ** elsewhere, so it casts no vote) */
  doc = test_doc(*state, "Gunmen killed five villagers in Kaya on Monday.", "en",
                 "2020-11-02");
  expect_actor(doc, "Gunmen", "Unidentified Armed Group (Burkina Faso)", 3);
  expect_actor(doc, "villagers", "Civilians (Burkina Faso)", 7);
  sr_doc_free(doc);
}

/* Named groups of other wars, and state forces with their regime's years. */
static void test_other_conflicts(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Boko Haram fighters killed 12 villagers near Maiduguri. "
                         "Nigerian troops repelled ISWAP in Borno State, Nigeria.",
                         "en", "2021-03-01");
  expect_actor(doc, "Boko Haram fighters",
               "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2);
  expect_actor(doc, "Nigerian troops", "Military Forces of Nigeria (2015-)", 1);
  expect_actor(doc, "ISWAP", "Islamic State West Africa Province", 2);
  sr_doc_free(doc);

  doc = test_doc(*state,
                 "Taliban fighters attacked Afghan policemen at a checkpoint in "
                 "Kunduz.",
                 "en", "2019-07-01");
  expect_actor(doc, "Taliban fighters", "Taliban", 2);
  expect_actor(doc, "Afghan policemen", "Police Forces of Afghanistan (2014-)", 1);
  sr_doc_free(doc);

  /* Mexico's cartels, in English and French; a name that starts within a
  ** label ("membres du cartel") and runs past it is the label's group */
  expect_one(*state, "Gunmen of the Jalisco New Generation Cartel ambushed police in Michoacan.",
             "en", "2019-10-16", "Gunmen of the Jalisco New Generation Cartel",
             "CJNG: Jalisco New Generation Cartel", 3);
  expect_one(*state, "Des membres du cartel de Sinaloa ont affronté des soldats à Culiacán.", "fr",
             "2019-10-16", "membres du cartel de Sinaloa", "Sinaloa Cartel", 3);

  /* a reference whose label and name follow is that name ("le groupe
  ** terroriste Shebab"), no pointer back */
  expect_one(*state, "L'attentat a été revendiqué par le groupe terroriste Shebab à Mogadiscio.",
             "fr", "2020-03-10", "le groupe terroriste Shebab", "Al Shabaab", 2);

  /* a spelling with a double a */
  expect_one(*state, "Suspected Al-Shaabab jihadists killed a district official in Mogadishu.", "en",
             "2019-09-24", "Al-Shaabab jihadists", "Al Shabaab", 2);
  expect_one(*state, "Les rebelles houthis ont tiré des missiles sur Marib, au Yémen.", "fr",
             "2021-03-01", "rebelles houthis", "Houthi Movement", 2);
  /* a group with another in brackets is a part of it, named by the group it
  ** belongs to; a group's own acronym in brackets is no other group */
  expect_one(*state, "Suspected Katiba Macina (JNIM) militants killed four herders near Djibo.",
             "en", "2020-03-10", "Katiba Macina (JNIM) militants",
             "JNIM: Group for Support of Islam and Muslims", 2);
  expect_one(*state, "Des combattants de la Katiba Macina (JNIM) ont tué quatre éleveurs lundi.",
             "fr", "2020-03-10", "combattants de la Katiba Macina (JNIM)",
             "JNIM: Group for Support of Islam and Muslims", 2);
  expect_one(*state, "Volunteer fighters (VDP) repelled an attack near Djibo on Monday.", "en",
             "2020-03-10", "Volunteer fighters", "VDP: Volunteer for Defense of Homeland", 4);
  /* ...even when the acronym alone would name two groups (Congo's ADF and
  ** Cameroon's) and nothing else says which country the report is about */
  expect_one(*state,
             "Des rebelles des Forces démocratiques alliées (ADF) ont tué neuf paysans "
             "dans le hameau de Kivuluka mardi.",
             "fr", "2022-05-10", "rebelles des Forces démocratiques alliées",
             "ADF: Allied Democratic Forces", 2);
  /* settlers who attack are ACLED's identity militia, of the West Bank */
  expect_one(*state, "Israeli settlers attacked Palestinian farmers near Nablus on Saturday.", "en",
             "2024-03-05", "Israeli settlers", "Settlers (Israel)", 4);
  expect_one(*state, "Des colons israéliens ont incendié des maisons samedi près de Naplouse.",
             "fr", "2024-03-05", "colons israéliens", "Settlers (Israel)", 4);

  doc = test_doc(*state,
                 "FARC dissidents ambushed soldiers in Cauca, Colombia. The ELN "
                 "denied any role.",
                 "en", "2023-04-01");
  expect_actor(doc, "FARC dissidents", "FARC Dissidents", 2);
  expect_actor(doc, "soldiers", "Military Forces of Colombia (2022-)", 1);
  expect_actor(doc, "ELN", "ELN: National Liberation Army", 2);
  sr_doc_free(doc);

  /* FARC dissidents however told, and the French capitalisation */
  expect_one(*state, "Dissidents of the now defunct FARC guerrilla raided a village in Cauca.", "en",
             "2023-04-01", "Dissidents of the now defunct FARC", "FARC Dissidents", 2);
  expect_one(*state, "Revolutionary Armed Forces of Colombia (FARC) dissidents raided a village in "
             "Cauca.", "en", "2023-04-01",
             "Revolutionary Armed Forces of Colombia (FARC) dissidents", "FARC Dissidents", 2);
  expect_one(*state, "Les Farc ont attaqué un poste de police dans le Cauca.", "fr", "2013-04-01",
             "Farc", "FARC: Revolutionary Armed Forces of Colombia", 2);
  /* the Philippines' groups */
  expect_one(*state, "Abu Sayyaf gunmen raided a village on Basilan island.", "en", "2018-05-01",
             "Abu Sayyaf gunmen", "Abu Sayyaf Group", 2);
  expect_one(*state, "New People's Army rebels ambushed a patrol in Samar.", "en", "2018-05-01",
             "New People's Army rebels", "NPA: New People's Army", 2);

  /* the regime of the day before a change, and no suffix without a day */
  expect_one(*state, "L'armée burkinabè a repoussé une attaque à Djibo.", "fr", "2013-05-01",
             "armée burkinabè", "Military Forces of Burkina Faso (1987-)", 1);
  expect_one(*state, "L'armée burkinabè a repoussé une attaque à Djibo.", "fr", NULL,
             "armée burkinabè", "Military Forces of Burkina Faso", 1);
}

/* A group's alias that is also a word for any armed group names the group
** only in a report of a country it fights in; elsewhere it is that word. */
static void test_local_alias(void **state) {
  expect_one(*state, "Des séparatistes ont attaqué un poste de gendarmerie à Bamenda, au Cameroun.",
             "fr", "2024-06-01", "séparatistes", "Ambazonian Separatists", 2);
  /* counted, as who was hit */
  expect_one(*state, "Au Cameroun, l'armée a tué deux séparatistes lundi près de Bamenda.", "fr",
             "2024-06-01", "séparatistes", "Ambazonian Separatists", 2);
  sr_doc *doc = test_doc(*state, "Armed separatists attacked a police station in Donetsk, Ukraine.",
                         "en", "2014-06-01");
  const sr_mention *m = actor(doc, "Armed separatists");
  assert_int_equal(sr_actor_of(m)->actor_kind, SR_ACTOR_GENERIC);
  assert_string_equal(m->name, "Unidentified Armed Group (Ukraine)");
  assert_int_equal(sr_actor_of(m)->inter, 2);
  sr_doc_free(doc);
  /* after a label, the word that ends the name is the alias */
  expect_one(*state, "Des groupes armés séparatistes ont attaqué Gao, au Mali, tuant trois civils.",
             "fr", "2024-06-01", "groupes armés séparatistes", "Unidentified Armed Group (Mali)", 2);
  expect_one(*state, "Des groupes armés séparatistes ont attaqué Bamenda, au Cameroun.", "fr",
             "2024-06-01", "groupes armés séparatistes", "Ambazonian Separatists", 2);
  /* a name whose last word is such a word is still the name */
  expect_one(*state, "M23 rebels seized the town of Kitshanga on Monday.", "en", "2024-06-01",
             "M23 rebels", "M23: March 23 Movement", 2);
  /* Cabo Delgado's one insurgency, by any of its words (ACLED's name) */
  expect_one(*state, "Des jihadistes ont tué dix villageois près de Mocímboa da Praia, au "
                     "Mozambique.",
             "fr", "2024-06-01", "jihadistes", "Islamic State (Mozambique)", 2);
  expect_one(*state, "Insurgents beheaded five villagers in Cabo Delgado, Mozambique, on Monday.",
             "en", "2024-06-01", "Insurgents", "Islamic State (Mozambique)", 2);
  expect_one(*state, "Des jihadistes ont tué dix villageois près de Gao, au Mali.", "fr",
             "2024-06-01", "jihadistes", "Unidentified Armed Group (Mali)", 3);
  /* southern Somalia's: Al Shabaab */
  expect_one(*state, "Islamists stormed a hotel in Kismayo, Somalia, killing nine guests.", "en",
             "2024-06-01", "Islamists", "Al Shabaab", 2);
}

/* A word of nationality of two countries ("congolais") names the forces of
** the report's own country when it is one of them. */
static void test_demonym_of_two_countries(void **state) {
  expect_one(*state, "Brazzaville - Le gouvernement congolais a signé un accord avec les rebelles "
                     "du Pool à Brazzaville.",
             "fr", "2017-12-23", "gouvernement congolais", "Government of the Republic of Congo", 1);
  expect_one(*state, "Kinshasa - Le gouvernement congolais a signé un accord avec les rebelles à "
                     "Kinshasa.",
             "fr", "2017-12-23", "gouvernement congolais",
             "Government of the Democratic Republic of Congo (2001-)", 1);
}

/* Every form of a word of nationality names its state's forces (French
** plurals: "soldats indiens"), and the nationalities of other countries in
** turmoil in the news ("Cambodian soldiers", "policiers chiliens"); so does
** a country's name right before a force noun ("Belarus police"). */
static void test_every_form_of_a_nationality(void **state) {
  static const char *const cases[][4] = {
      {"fr", "Des soldats indiens ont tué deux rebelles au Cachemire mardi.", "soldats indiens",
       "Military Forces of India (2014-)"},
      {"fr", "Des policiers égyptiens ont arrêté dix suspects au Caire.", "policiers égyptiens",
       "Police Forces of Egypt"},
      {"en", "Cambodian soldiers shot dead two smugglers near Poipet on Tuesday.",
       "Cambodian soldiers", "Military Forces of Cambodia"},
      {"fr", "Des soldats cambodgiens ont tué deux contrebandiers près de Poipet mardi.",
       "soldats cambodgiens", "Military Forces of Cambodia"},
      {"en", "South African police arrested 20 looters in Durban on Tuesday.",
       "South African police", "Police Forces of South Africa"},
      /* a country's name right before the noun, as a demonym */
      {"en", "Belarus police detained 200 protesters in Minsk on Sunday.", "police",
       "Police Forces of Belarus"},
      {"en", "Uganda police fired tear gas at opposition supporters in Kampala on Monday.",
       "police", "Police Forces of Uganda (1986-)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    expect_one(*state, cases[i][1], cases[i][0], "2024-03-05", cases[i][2], cases[i][3], 1);
  /* named so in a report whose one other word of nationality is Russia's
  ** (the own-country fallback made them Russia's police) */
  expect_one(*state, "Belarus police detained 200 protesters in Minsk ahead of talks with Russian "
                     "officials.", "en", "2024-03-05", "police", "Police Forces of Belarus", 8);
}

static void write_text(const char *dir, const char *name, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/acled/%s", dir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* ACLED's naming forms and regimes are data: a form holds only its "%s"
** holes, a regime its dates; names come out with the regime of the day. */
static void test_acled_naming_is_data(void **state) {
  (void)state;
  char dir[] = "/tmp/sitrep-acled-XXXXXX", sub[64], cmd[128];
  assert_non_null(mkdtemp(dir));
  snprintf(sub, sizeof sub, "%s/acled", dir);
  assert_int_equal(mkdir(sub, 0700), 0);
  write_text(dir, "sub_event_types.tsv",
             "B\tArmed clash\tPV\tclash\nB\tG\tPV\tterritory_state\nB\tN\tPV\tterritory_non_state\n"
             "V\tAttack\tPV\tcivilian_attack\nP\tI\tD\tprotest_intervention\n"
             "P\tE\tD\texcessive_force\nR\tM\tD\tmob_violence\nS\tL\tS\tproperty_destruction\n"
             "S\tA\tS\tarrests\nR\tV\tD\tviolent_demonstration\nS\tW\tS\tdisrupted_weapons\n"
             "V\tAbduction\tPV\tabduction\nE\tIED\tPV\texplosion\nE\tAir\tPV\tair_strike\n"
             "E\tSuicide\tPV\tsuicide_bomb\n");
  write_text(dir, "inter.tsv", "1\tS\n2\tR\n3\tP\n4\tI\n5\tRi\n6\tPr\n7\tC\n8\tE\n");
  write_text(dir, "precedence.txt", "V\tAttack\nB\tArmed clash\n");
  write_text(dir, "regimes.tsv",
             "BF\t1987-10-15\t2014-10-31\tx\nBF\t2015-12-29\t-\tx\n");
  sr_acled *a = NULL;
  sr_error err;
  const char *bad[] = {"military\tForces of %d\n", "military\tForces of %s %s\n",
                       "either\t%s or\n", "navy\tNavy of %s\n", "military\t%n\n"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    write_text(dir, "naming.tsv", bad[i]);
    assert_int_equal(sr_acled_load(dir, &a, &err), SR_EPACK);
    assert_non_null(strstr(err.message, "naming.tsv:1"));
  }
  write_text(dir, "naming.tsv", "military\tArmy of %s\neither\t%s and/or %s\n");
  assert_int_equal(sr_acled_load(dir, &a, &err), SR_OK);
  char buf[128];
  sr_str military = {"military", 8};
  assert_true(sr_acled_state_name(a, military, "BF", "Burkina", 20200101, NULL, buf, sizeof buf));
  assert_string_equal(buf, "Army of Burkina (2015-)");
  /* in place on the day: open; ended by then with none after: closed */
  sr_acled_state_name(a, military, "BF", "Burkina", 20100101, "Unit", buf, sizeof buf);
  assert_string_equal(buf, "Army of Burkina (1987-) Unit");
  sr_acled_state_name(a, military, "BF", "Burkina", 20150101, NULL, buf, sizeof buf);
  assert_string_equal(buf, "Army of Burkina (1987-2014)");
  sr_acled_state_name(a, military, "BF", "Burkina", 0, NULL, buf, sizeof buf);
  assert_string_equal(buf, "Army of Burkina");
  assert_false(sr_acled_state_name(a, (sr_str){"police", 6}, "BF", "B", 0, NULL, buf, sizeof buf));
  assert_true(sr_acled_either(a, "A", "B", buf, sizeof buf));
  assert_string_equal(buf, "A and/or B");
  sr_acled_free(a);
  write_text(dir, "regimes.tsv", "BF\t2015-12-29\t-\tx\nBF\t2014-01-01\t-\tx\n");
  assert_int_equal(sr_acled_load(dir, &a, &err), SR_EPACK);
  assert_non_null(strstr(err.message, "regimes.tsv:2"));
  /* the precedence of sub-event types names known ones, each once */
  const char *precedence[] = {"V\tNo such type\n", "V\tAttack\nV\tAttack\n", "V\n"};
  const char *where[] = {"precedence.txt:1", "precedence.txt:2", "precedence.txt:1"};
  for (size_t i = 0; i < 3; i++) {
    write_text(dir, "precedence.txt", precedence[i]);
    assert_int_equal(sr_acled_load(dir, &a, &err), SR_EPACK);
    assert_non_null(strstr(err.message, where[i]));
  }
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_aliases_meet),
      cmocka_unit_test(test_armed_is_no_army),
      cmocka_unit_test(test_group_not_place_short_alias_cased),
      cmocka_unit_test(test_state_forces_from_patterns),
      cmocka_unit_test(test_labelled_generic),
      cmocka_unit_test(test_civilians_are_victims),
      cmocka_unit_test(test_references_point_back),
      cmocka_unit_test(test_sahel),
      cmocka_unit_test(test_country_chooses),
      cmocka_unit_test(test_forces_by_whom_they_serve),
      cmocka_unit_test(test_other_conflicts),
      cmocka_unit_test(test_local_alias),
      cmocka_unit_test(test_demonym_of_two_countries),
      cmocka_unit_test(test_every_form_of_a_nationality),
      cmocka_unit_test(test_acled_naming_is_data),
      cmocka_unit_test(test_words_of_civilians_that_name_no_one),
      cmocka_unit_test(test_rulers_are_no_actors),
      cmocka_unit_test(test_the_documents_one_group),
  };
  return cmocka_run_group_tests(tests, test_engine_setup, test_engine_teardown);
}
