/* Events: triggers in every tense, modality, ACLED typing, arguments,
** merging what is told twice, headings. */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "testutil.h"

/* The ACLED names of an event's types, as the output writes them. */
#define EVENT_TYPE(doc, e) sr_acled_type_name((doc)->engine->acled, (e)->sub)
#define SUB_TYPE(doc, e) sr_acled_sub_name((doc)->engine->acled, (e)->sub)

static const sr_event *only_event(const sr_doc *doc) {
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  if (n != 1) print_error("%zu events, expected 1\n", n);
  assert_int_equal(n, 1);
  return e[0];
}

/* The toll of the one event doc tells, doc freed. */
static double only_toll(sr_doc *doc) {
  double fatalities = only_event(doc)->fatalities;
  sr_doc_free(doc);
  return fatalities;
}

/* A side the type or a figure implies, by the name ACLED gives it. */
static void expect_implied(const sr_event *e, int side, const char *name) {
  assert_non_null(e->implied[side]);
  assert_string_equal(e->implied[side], name);
}

/* The one live event of this action. */
static const sr_event *event_of_action(const sr_doc *doc, const char *action) {
  const sr_event *all[8], *found = NULL;
  size_t n = test_live_events(doc, all, 8), count = 0;
  for (size_t i = 0; i < n; i++)
    if (strcmp(all[i]->action->name, action) == 0) {
      found = all[i];
      count++;
    }
  if (count != 1) print_error("%zu '%s' events, expected 1\n", count, action);
  assert_int_equal(count, 1);
  return found;
}

static void expect_no_event(const sr_doc *doc, const char *text) {
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  if (n) print_error("'%s' gave %s\n", text, e[0]->action->name);
  assert_int_equal(n, 0);
}

static sr_doc *fr(void **state, const char *text) {
  return test_doc(*state, text, "fr", "2016-11-02");
}

static void test_every_tense_matches(void **state) {
  /* and the passive: who acts comes after "par" */
  const char *texts[] = {
      "L'armée syrienne a pris la ville de Kawkab.",
      "L'armée syrienne prend la ville de Kawkab.",
      "L'armée syrienne vient de prendre la ville de Kawkab.",
      "La ville de Kawkab a été prise par l'armée syrienne.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = fr(state, texts[i]);
    const sr_event *e = only_event(doc);
    assert_string_equal(e->action->name, "capture");
    assert_string_equal(SUB_TYPE(doc, e), "Government regains territory");
    assert_true(e->actor1 >= 0);
    assert_string_equal(doc->mentions.items[e->actor1].name, "Military Forces of Syria (2000-)");
    sr_doc_free(doc);
  }
}

/* The army's words for its dead: "sont tombés au champ d'honneur" kills,
** and told again after the lede it is the same toll, not a second event. */
static void test_fallen_in_action(void **state) {
  sr_doc *doc = fr(state, "Au moins douze soldats ont été tués et deux autres blessés mardi dans une "
                          "embuscade près de Gao, a annoncé l'armée.\n\nDouze militaires « sont "
                          "tombés au champ d'honneur » et deux autres blessés, pris en charge.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 12.0);
  sr_doc_free(doc);
  doc = fr(state, "Douze militaires sont tombés au champ d'honneur mardi près de Gao.");
  e = only_event(doc);
  assert_string_equal(e->action->name, "kill");
  assert_true(e->fatalities == 12.0);
  sr_doc_free(doc);
}

/* A beating is no air strike: "durement frappés par" a crowd, "roué de
** coups" ("frappe", the noun, stays the air strike's). */
static void test_beaten_is_no_air_strike(void **state) {
  const char *texts[] = {"Deux voleurs ont été durement frappés par des habitants de Mopti mardi.",
                         "Des militaires ont roué de coups un commerçant mardi à Mopti."};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = fr(state, texts[i]);
    const sr_event *e = only_event(doc);
    assert_string_equal(e->action->name, "attack");
    assert_string_not_equal(EVENT_TYPE(doc, e), "Explosions/Remote violence");
    sr_doc_free(doc);
  }
}

static void test_not_realised(void **state) {
  const char *texts[] = {
      "L'armée syrienne devrait lancer une offensive sur Idleb dans les prochains jours.",
      "Les rebelles n'ont pas pu prendre la ville de Kawkab.",
      "Si les négociations échouent, les combats reprendront à Alep.",
      "Nous ne nous rendrons pas, a déclaré Zakaria Malahifji.",
      "Il n'y a aucun corridor sécurisé à Alep.",
      "Deux choix : celui de combattre jusqu'à la dernière balle, puis de se rendre.",
      /* un blessé emmené à l'hôpital : pas une évacuation de civils */
      "Deux blessés ont été évacués d'urgence vers Mopti.",
      /* des combats arrêtés ne sont pas des combats */
      "Les belligérants ont arrêté les combats lundi près de Goma.",
      /* un compte à ce jour, pas un événement */
      "A ce jour, plus de 300 personnes soupçonnées d'appartenir aux shebab ont été arrêtées.",
      /* des blessés qu'on emmène dans les hôpitaux */
      "Une vingtaine de blessés ont été évacués vers les hôpitaux de Mopti.",
      /* un total qui court, pas un événement */
      "Ces trois morts viennent s'ajouter aux quinze manifestants tués depuis mars à Bamako.",
      /* ce qu'un lieu abrite : ses gens */
      "Le stade de Goma abritait mardi des milliers de déplacés.",
      /* le bilan d'un mois */
      "Juin a été le mois le plus meurtrier, avec 40 civils tués dans des bombardements.",
      /* un ordre n'est pas encore exécuté */
      "Le président a ordonné à l'armée de reprendre la ville de Kolo.",
      /* une résolution, une habitude */
      "Le gouvernement s'est dit déterminé à maintenir l'offensive contre les rebelles.",
      "Les rebelles ont régulièrement attaqué des villages de la région.",
      "Les pourparlers de cessez-le-feu se poursuivent au Qatar.",
      /* une émeute nommée par la police qui la contient */
      "Des policiers anti-émeute patrouillaient jeudi matin dans les rues de Kolo.",
      /* une trêve passée */
      "Le calme est revenu dans la ville après une trêve de deux mois.",
      /* un bilan antérieur à celui du jour */
      "Huit manifestants avaient précédemment été tués par la police à Kolo.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = fr(state, texts[i]);
    expect_no_event(doc, texts[i]);
    /* the trigger is still there, with why it is not an event */
    size_t triggers = test_count(doc, SR_MENTION_TRIGGER);
    assert_true(triggers > 0);
    sr_doc_free(doc);
  }
}

static void test_acled_typing(void **state) {
  sr_doc *doc = fr(state, "Les troupes régulières syriennes ont repris Kawkab.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Government regains territory");
  sr_doc_free(doc);
  /* aircraft that bomb or fire: an air strike, whatever the verb */
  doc = test_doc(*state, "Two fighter jets bombed Chaung Ma village on Wednesday.", "en",
                 "2023-05-25");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Air/drone strike");
  sr_doc_free(doc);
  doc = fr(state, "Des avions de chasse ont bombardé le village de Boni mercredi.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Air/drone strike");
  sr_doc_free(doc);
  /* reinforcements are the state's forces: the checkpoint is retaken */
  doc = test_doc(*state, "Reinforcements arrived later and retook the checkpoint in Shahjoy.",
                 "en", "2017-09-21");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Government regains territory");
  sr_doc_free(doc);
  doc = fr(state, "Le front al-Nosra s'est emparé de Kawkab.");
  const sr_event *e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), "Battles");
  assert_string_equal(SUB_TYPE(doc, e), "Non-state actor overtakes territory");
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont attaqué des civils à Idleb.");
  e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), "Violence against civilians");
  assert_string_equal(SUB_TYPE(doc, e), "Attack");
  sr_doc_free(doc);
  doc = fr(state, "Un attentat-suicide a frappé Homs.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Suicide bomb");
  sr_doc_free(doc);
  doc = test_doc(*state, "Russian warplanes carried out air strikes on Idlib.", "en",
                 "2016-11-02");
  e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), "Explosions/Remote violence");
  assert_string_equal(SUB_TYPE(doc, e), "Air/drone strike");
  sr_doc_free(doc);
}

static void test_arguments(void **state) {
  sr_doc *doc = fr(state,
                   "Selon l'OSDH, l'aviation russe a bombardé le quartier de "
                   "Boustane al-Qasr le 28 octobre, tuant plus de 20 civils.");
  const sr_event *e = only_event(doc);
  const sr_mention_list *l = &doc->mentions;
  assert_true(e->actor1 >= 0);
  assert_string_equal(l->items[e->actor1].name, "Military Forces of Russia (2000-)");
  assert_true(e->place >= 0);
  assert_false(e->place_from_document);
  assert_true(e->date >= 0);
  assert_int_equal(sr_date_of(&l->items[e->date])->value.day, 28);
  assert_int_equal(e->quantity_count, 1);
  assert_string_equal(sr_quantity_kind_name(e->kinds[0]), "killed");
  assert_true(e->fatalities == 20.0); /* "plus de 20": 20 kept */
  sr_doc_free(doc);
  /* no place in the sentence: the document's town stands in */
  doc = fr(state, "À Alep, l'étau se resserre. Des affrontements ont eu lieu hier.");
  e = only_event(doc);
  assert_true(e->place_from_document);
  assert_false(e->date_published);
  sr_doc_free(doc);
  /* no date told: the report's stands in, marked as such */
  doc = fr(state, "Des affrontements ont eu lieu à Alep.");
  e = only_event(doc);
  assert_true(e->date < 0);
  assert_true(e->date_published);
  sr_doc_free(doc);
}

static void test_told_twice_is_one(void **state) {
  /* "après avoir tué": the killing joins the capture */
  sr_doc *doc = fr(state, "Les troupes régulières ont pris Kawkab après avoir tué 23 miliciens.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "capture");
  assert_int_equal(e->quantity_count, 1);
  assert_true(e->fatalities == 23.0);
  sr_doc_free(doc);
  /* restated with the same figures */
  doc = fr(state,
           "Deux nouveaux corridors humanitaires ont été ouverts à Alep. Le "
           "ministère l'a confirmé : deux nouveaux corridors humanitaires ont été "
           "ouverts.");
  e = only_event(doc);
  assert_int_equal(e->trigger_count, 2);
  sr_doc_free(doc);
}

static sr_doc *en_on(void **state, const char *text, const char *published) {
  return test_doc(*state, text, "en", published);
}

static sr_doc *en(void **state, const char *text) {
  return en_on(state, text, "2014-07-26");
}

/* "Three women were among the dead": a part of the toll told before, not
** a toll that clashes with it; the village and the day told with it say
** where and when the deed the lede placed only in its province was. */
static void test_among_the_dead(void **state) {
  sr_doc *doc = en_on(state, "Gunmen killed at least 12 people in Zamfara State, officials said on "
                             "Monday.\n\nThree women were among the dead of the attack near Gusau "
                             "late Sunday, a resident said.", "2020-01-27");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 12.0);
  assert_true(e->place >= 0);
  assert_memory_equal(doc->text + doc->mentions.items[e->place].byte_start, "Gusau", 5);
  sr_doc_free(doc);
  doc = test_doc(*state, "Au moins 15 civils ont été tués par des hommes armés dans la région de "
                         "Mopti, a annoncé lundi l'armée.\n\nQuatre enfants figurent parmi les "
                         "victimes, tuées dimanche soir à Bandiagara.", "fr", "2020-01-27");
  e = only_event(doc);
  assert_true(e->fatalities == 15.0);
  sr_doc_free(doc);
}

/* A lede that tells only deaths, then the body's deed that took them, at
** its place and with no day of its own: one event, whose doers the deed
** names. */
static void test_deed_of_a_lede_s_deaths(void **state) {
  sr_doc *doc = en_on(state, "Seven inmates were killed in the main prison of Gusau on Sunday, "
                             "officials said.\n\nThe prison had been overcrowded for years.\n\nThe "
                             "prison service said rival gangs clashed inside the prison.", "2020-01-27");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 7.0);
  assert_true(e->actor1 >= 0);
  sr_doc_free(doc);
  doc = test_doc(*state, "Sept détenus ont été tués dimanche dans la prison centrale de Mopti, selon "
                         "les autorités.\n\nLa prison était surpeuplée depuis des années.\n\nSelon "
                         "l'administration pénitentiaire, des gangs rivaux se sont affrontés dans la "
                         "prison.", "fr", "2020-01-27");
  e = only_event(doc);
  assert_true(e->actor1 >= 0);
  sr_doc_free(doc);
}

/* Past the lede, a deed named by its month ("the December attack", "the
** January 12 bombing") is an earlier one recalled, with all its clause
** tells after it ("that killed 19 of them"). */
static void test_deed_named_by_its_month(void **state) {
  const char *bodies[] = {
      "The same group carried out the December attack on a camp of road workers that killed 19 of them.",
      "The rebels claimed the January 12 bombing of a market in Gusau that killed 30 people."};
  for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
    char text[512];
    snprintf(text, sizeof text, "Gunmen killed three soldiers near Gusau on Thursday, the army "
                                "said.\n\nThe soldiers were guarding a bridge.\n\n%s", bodies[i]);
    sr_doc *doc = en_on(state, text, "2019-03-07");
    assert_true(only_event(doc)->fatalities == 3.0);
    sr_doc_free(doc);
  }
}

/* A lede that sums deeds at two places it joins ("in Gusau and Kaura
** Namoda"), each told in the body at its place, is their sum: the body's
** deeds are the events, one each. */
static void test_lede_sums_the_body(void **state) {
  sr_doc *doc = en_on(state, "Two men were lynched by mobs in Gusau and Kaura Namoda, police said on "
                             "Tuesday.\n\nThe police arrived late.\n\nA man was beaten to death on "
                             "Monday evening in Gusau by his neighbours after a theft.\n\nIn the second "
                             "case, a trader was lynched on Monday by a mob in Kaura Namoda.", "2019-03-07");
  const sr_event *e[3];
  assert_int_equal(test_live_events(doc, e, 3), 2);
  sr_doc_free(doc);
  doc = test_doc(*state, "Des frappes de drones ont tué deux personnes à Gao et à Tombouctou dans la "
                         "nuit de dimanche à lundi.\n\nLe calme est revenu lundi.\n\nÀ Gao, un drone a "
                         "frappé une maison, tuant un homme.\n\nÀ Tombouctou, une frappe de drone a tué "
                         "une femme près du marché.", "fr", "2019-03-07");
  assert_int_equal(test_live_events(doc, e, 3), 2);
  assert_true(e[0]->fatalities == 1.0 && e[1]->fatalities == 1.0);
  sr_doc_free(doc);
}

/* Past the lede, a sentence opening on "since" and a clause that names a
** day sums what it tells: no event of its own. */
static void test_since_a_dated_clause(void **state) {
  sr_doc *doc = en_on(state, "Police fired tear gas at protesters in Santiago on Monday.\n\nThe curfew "
                             "was extended.\n\nSince the country's worst unrest in decades began on "
                             "Friday, almost 1,500 people have been detained.", "2019-10-22");
  assert_string_equal(only_event(doc)->action->name, "intervene");
  sr_doc_free(doc);
}

/* The body telling one of the lede's dead again ("one student protester
** died in Kathmandu") is the lede's deed, even when the lede's words gave
** its doer as its victim too. */
static void test_one_of_the_lede_s_dead(void **state) {
  sr_doc *doc = en_on(state, "Kathmandu, September 8: Two people were reportedly killed as police in "
                             "Nepal fired tear gas and used water cannons to disperse protesters, who "
                             "tried to storm the parliament on Monday. The protesters were angered by a "
                             "ban on social media, local media reported.\n\nThe local daily reported that "
                             "one \"student\" protester died in Kathmandu, while several others were "
                             "injured in Damak city.", "2025-09-08");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
}

/* A length of weeks or more ("over the last three months", "au cours des
** quatre derniers mois", "ces deux dernières semaines", "depuis trois
** semaines") sums what its sentence tells: no event.  Days do not: "in the
** past two days" is mostly one battle's. */
static void test_a_toll_over_weeks(void **state) {
  sr_doc *doc = en_on(state, "Gunmen killed four farmers in Kolo on Saturday, police said.\n\nMore "
                             "than 40 people were kidnapped in the state over the last three months.",
                      "2024-03-10");
  assert_string_equal(only_event(doc)->action->name, "kill");
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont tué quatre paysans samedi à Kolo, selon la police.\n\n"
                     "Au cours des quatre derniers mois, plus de 200 civils ont été tués dans la "
                     "province. Ces deux dernières semaines, des dizaines de soldats ont été tués. "
                     "Trente civils ont été tués dans la région depuis trois semaines.");
  assert_true(only_event(doc)->fatalities == 4.0);
  sr_doc_free(doc);
  /* in another clause, it sums that clause's deeds only */
  doc = en_on(state, "Rebels killed nine villagers in Kolo on Sunday, officials said, the third such "
                     "attack in the region over the past four months.", "2024-03-12");
  assert_true(only_event(doc)->fatalities == 9.0);
  sr_doc_free(doc);
  doc = en_on(state, "Gunmen killed four farmers in Kolo on Saturday, police said.\n\nIn the past "
                     "two days, soldiers killed 12 bandits in Maru, 40 km away.", "2024-03-10");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

/* A deed the sentence opens on, subject of a modal, is not done:
** "Capturing the town would be ..."; of a pluperfect, past the lede, an
** earlier one. */
static void test_an_opening_deed_under_a_modal(void **state) {
  sr_doc *doc = en_on(state, "Rebels shelled Kolo on Monday, killing three civilians.\n\nCapturing "
                             "the town would be their biggest gain this year.", "2024-03-12");
  assert_string_equal(only_event(doc)->action->name, "shelling");
  sr_doc_free(doc);
  /* ... or in the pluperfect, past the lede: an earlier deed */
  doc = fr(state, "Des hommes armés ont tué six villageois lundi à Kolo, selon la police. Le "
                  "village se trouve près de la frontière.\n\nUne attaque similaire avait fait 30 "
                  "morts à Djibo.");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
}

/* "The attack comes a week after the group killed 26 people": news told as
** coming a length after an earlier deed recalls that deed, whatever its
** article; no event of its own. */
static void test_comes_a_length_after(void **state) {
  sr_doc *doc = en_on(state, "Gunmen attacked an army post in Kolo on Friday, killing six soldiers, "
                             "officials said.\n\nThe attack comes a week after the same group killed "
                             "20 people at a bus station in Maru.\n\nIt came almost three years to the "
                             "day after a bombing in the capital killed 40 people.", "2024-03-09");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont attaqué un poste de l'armée à Kolo vendredi, tuant six "
                  "soldats.\n\nCette attaque intervient trois jours après que le même groupe a tué "
                  "20 personnes dans une gare routière de Maru.");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
  /* right after the lede too, "came two days after" */
  doc = en_on(state, "Gunmen killed six villagers in Kolo on Monday, police said.\n\nThe attack "
                     "came two days after soldiers killed 10 militants in the area.", "2024-03-13");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
  /* appended after a comma, the length recalls too; "the earlier attack"
  ** is that one again */
  doc = en_on(state, "Gunmen attacked an army post in Kolo, killing six soldiers, officials said on "
                     "Saturday, a week after the same group killed 20 people at a bus station.\n\n"
                     "The group said the earlier attack was carried out on an army unit in Maru.",
              "2024-03-09");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
}

/* A sum of money counts no one: "who carried a reward of 36 lakh, were
** killed" gives no toll of 36. */
static void test_money_is_no_toll(void **state) {
  sr_doc *doc = en_on(state, "On Monday, three rebels, who carried a bounty of 50 lakh, were killed in "
                             "a gunfight with police in Kolo.", "2024-03-12");
  assert_true(only_event(doc)->fatalities != 50.0);
  sr_doc_free(doc);
  doc = fr(state, "Lundi, trois rebelles, dont la tête était mise à prix 500 000 francs CFA, ont "
                  "été tués par la police à Kolo.");
  assert_true(only_event(doc)->fatalities != 500000.0);
  sr_doc_free(doc);
}

/* A child or a bystander killed is a civilian killed, with no figure too:
** "Le jeune garçon a été tué", "A young boy was killed". */
static void test_a_boy_killed(void **state) {
  sr_doc *doc = fr(state, "Un jeune garçon non identifié a été tué dimanche à Kolo.");
  const sr_event *e = only_event(doc);
  assert_int_equal(e->actor2 >= 0 ? sr_actor_of(&doc->mentions.items[e->actor2])->inter : -1,
                   SR_INTER_CIVILIANS);
  sr_doc_free(doc);
  doc = en(state, "Police said a young boy, still unidentified, was killed in Kolo on Sunday.");
  e = only_event(doc);
  assert_int_equal(e->actor2 >= 0 ? sr_actor_of(&doc->mentions.items[e->actor2])->inter : -1,
                   SR_INTER_CIVILIANS);
  sr_doc_free(doc);
}

/* "A raid left six dead", then each side's dead told apart (four of one
** village, two of the other) adding up to six: the lede's toll told side by
** side, one event of six.  A lede of several deeds ("killed in clashes
** across the country") keeps the body's deeds apart. */
static void test_parts_of_the_lede_s_toll(void **state) {
  sr_doc *doc = en_on(state, "A cattle raid in Kolo county left six people dead and two others "
                             "wounded, an official said on Friday.\n\nWhile violence has eased "
                             "since the signing of a peace deal in May 2020, disputes over cattle "
                             "continue to result in the killing of herders.\n\n\"On the side of "
                             "the raiders, four people were killed, while one was wounded. On the "
                             "side of the village, two people were killed,\" the official said.",
                      "2024-03-09");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 6.0);
  /* May 2020 dates the peace deal, not the raid */
  assert_true(e->date < 0 || sr_date_of(&doc->mentions.items[e->date])->value.year == 2024);
  sr_doc_free(doc);
  doc = en_on(state, "At least six people were killed in clashes across the country on Sunday, "
                     "police said.\n\nIn Kolo, four protesters were killed when police opened "
                     "fire. Two people were killed in Maru, 80 km away.", "2024-03-11");
  const sr_event *all[4];
  assert_true(test_live_events(doc, all, 4) >= 2);
  sr_doc_free(doc);
}

/* "une bande armée", "an armed gang": an armed group nobody names, not the
** army of the country. */
static void test_an_armed_gang(void **state) {
  sr_doc *doc = fr(state, "Au moins douze personnes ont été tuées par une bande armée dans un "
                          "village du nord de Kolo, selon des témoins.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor1 >= 0);
  assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor1])->inter, 3);
  sr_doc_free(doc);
}

/* "on Monday, March 11", then "A week later the army killed 13 rebels":
** another day's deed, not the losses of the ambush's attackers. */
static void test_a_week_later_is_another_day(void **state) {
  sr_doc *doc = en_on(state, "Rebels killed four soldiers in an ambush near Kolo on Monday, March "
                             "11, the army said. A week later the army killed 13 rebels in two "
                             "operations in the same area.", "2024-03-20");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  assert_true(e[0]->fatalities == 4.0);
  sr_doc_free(doc);
}

/* "The attack was the deadliest this year": the attack told before; a
** year or a month is no day of its own that would make it news. */
static void test_an_anaphor_dated_by_its_year(void **state) {
  sr_doc *doc = en_on(state, "Gunmen killed six villagers in Kolo on Monday, police said. The "
                             "village lies near the border.\n\nThe attack was the deadliest in the "
                             "region this year.", "2024-03-13");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
}

static int has_live_action(const sr_doc *doc, const char *action);

/* A "social agreement" in scare quotes is still what "proposed" says:
** planned, no event. */
static void test_scare_quotes_keep_the_cue(void **state) {
  sr_doc *doc = en_on(state, "Police fired tear gas at protesters in Santiago on Monday.\n\nThe curfew "
                             "was extended.\n\nThe president on Monday night proposed a \"social "
                             "agreement\" to meet the demands of demonstrators.", "2019-10-22");
  assert_string_equal(only_event(doc)->action->name, "intervene");
  sr_doc_free(doc);
  doc = test_doc(*state, "La police a tiré des gaz lacrymogènes sur des manifestants lundi à "
                         "Santiago.\n\nLe président a proposé lundi soir un \"accord social\" pour "
                         "répondre aux manifestants.", "fr", "2019-10-22");
  assert_false(has_live_action(doc, "agreement"));
  sr_doc_free(doc);
}

/* Others dead told right after a count, with no deed, hand, day or place
** of their own, are more of that event's dead: one event, the counts summed. */
static void test_more_dead_of_the_event(void **state) {
  sr_doc *doc = fr(state, "Des hommes armés ont attaqué un bar de Kolo samedi soir.\n\nSur place, "
                          "trois clients ont été abattus. Deux autres ont succombé à leurs "
                          "blessures à l'hôpital.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
  doc = en(state, "Gunmen attacked a market in Kolo on Saturday.\n\nFour traders were shot dead "
                  "at the scene. Two others died on the way to hospital.");
  e = only_event(doc);
  assert_true(e->fatalities == 6.0);
  sr_doc_free(doc);
}

/* A report in the language a case table names ("fr" or "en"). */
static sr_doc *in_lang(void **state, const char *lang, const char *text) {
  return lang[0] == 'f' ? fr(state, text) : en(state, text);
}

static int kind_value(const sr_event *e, const sr_doc *doc, const char *kind, double value) {
  for (size_t i = 0; i < e->quantity_count; i++)
    if (e->kinds[i] == sr_quantity_kind_parse(test_str(kind)) &&
        sr_quantity_of(&doc->mentions.items[e->quantities[i]])->number == value)
      return 1;
  return 0;
}

static void test_losses_told_apart(void **state) {
  /* the subject suffers "lost": IS is actor2, and its losses join the fight
  ** told just before, beside the other side's */
  sr_doc *doc = en(state,
                   "At least 85 Syrian army troops were killed as the Islamic State "
                   "advanced on a regime position in Raqqa. The Division 17 base has "
                   "fallen from army control. The IS lost at least 28 jihadist "
                   "fighters he said.");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  assert_string_equal(e[0]->action->name, "advance");
  assert_true(kind_value(e[0], doc, "killed", 28));
  assert_true(e[0]->fatalities == 113.0);
  assert_string_equal(e[1]->action->name, "capture");
  sr_doc_free(doc);
  /* a loss is told by its figure: "lost ground" is no event */
  doc = en(state, "The Syrian army lost ground in the north.");
  assert_int_equal(test_live_events(doc, e, 4), 0);
  sr_doc_free(doc);
}

static void test_fight_told_over_two_sentences(void **state) {
  /* same sides, the next day's retreat of the same battle: one event; the
  ** day the monitor spoke is not the day of the fight */
  sr_doc *doc = en(state,
                   "The Islamic State advanced on the Syrian army in Raqqa a monitoring "
                   "group said Saturday. The IS assault forced the Syrian army to pull "
                   "back late on Friday.");
  const sr_event *e = only_event(doc);
  assert_int_equal(e->trigger_count, 2);
  assert_true(e->date >= 0);
  assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.day, 25); /* Friday */
  sr_doc_free(doc);
}

static void test_figure_after_its_verb(void **state) {
  /* "killed at least 44 and injured 140 others": each its verb's kind; a
  ** part ("including 10 children") is in its whole */
  sr_doc *doc = en(state,
                   "A car bomb killed at least 44 people including 10 children and "
                   "injured 140 others in Qamishli on Wednesday.");
  const sr_event *e = only_event(doc);
  assert_true(kind_value(e, doc, "killed", 44));
  assert_true(kind_value(e, doc, "injured", 140));
  assert_true(e->fatalities == 44.0);
  sr_doc_free(doc);
  /* the killing's figure, not the seizure's told after it */
  doc = en(state, "Gunmen killed 6 herders and seized 40 cattle in Kaya on Monday.");
  int killing = 0;
  for (size_t i = 0; i < doc->event_count; i++)
    if (doc->events[i].status == SR_EV_REALISED && !doc->events[i].merged &&
        strcmp(doc->events[i].action->name, "kill") == 0) {
      assert_true(doc->events[i].fatalities == 6.0);
      killing = 1;
    }
  assert_true(killing);
  sr_doc_free(doc);
  /* harm told by another verb is no more dead: "hurt", "harmed",
  ** "inflicted harm on" (the deed's own kind, killed, went to a figure
  ** no verb of the pack claimed) */
  static const char *const harmed[] = {
      "A gas attack killed 30 people and hurt 150 civilians in Idlib province on Tuesday.",
      "A gas attack killed 30 people and harmed 150 civilians in Idlib province on Tuesday.",
      "A gas attack in Idlib province claimed the lives of 30 people and inflicted harm on an "
      "additional 150 civilians on Tuesday."};
  for (size_t i = 0; i < sizeof harmed / sizeof *harmed; i++) {
    doc = en(state, harmed[i]);
    e = only_event(doc);
    assert_true(kind_value(e, doc, "killed", 30));
    assert_true(kind_value(e, doc, "injured", 150));
    assert_true(e->fatalities == 30.0);
    sr_doc_free(doc);
  }
}

static void test_toll_told_again(void **state) {
  const struct {
    const char *text;
    double fatalities;
  } cases[] = {
      /* the same count told twice, once */
      {"Air strikes killed 24 people in Idlib on Friday. The 24 killed were "
       "civilians said the monitor.", 24},
      /* "dozens", then "at least 58" of the same attack: the number */
      {"A chemical attack killed dozens of civilians in Khan Sheikhun on Tuesday. The "
       "attack on the town of Khan Sheikhun killed at least 58 civilians.", 58},
      /* two numbers told apart: the lowest, as ACLED records */
      {"A car bomb killed 18 militants in Quneitra on Tuesday. The blast killed 20 "
       "militants an activist said.", 18},
      /* another outlet's count of people no one names, told after the
      ** event's last sentence, not its first: the event's toll stays */
      {"A military airstrike on a village in Sagaing killed ten civilians on Tuesday, residents "
       "said. A jet dropped three bombs on the village in the afternoon, a fighter said. Ten "
       "people were killed and eight wounded, he said. Houses were destroyed. Local media also "
       "reported the strike, with some outlets saying nine people had been killed.", 10},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = en(state, cases[i].text);
    const sr_event *e = only_event(doc);
    assert_true(e->fatalities == cases[i].fatalities);
    sr_doc_free(doc);
  }
}

/* "and two more died": more victims of the event its sentence tells */
static void test_more_victims_in_one_sentence(void **state) {
  sr_doc *doc = en(state, "Gunmen killed 13 villagers in Kurmari on Monday and wounded 20 "
                          "others, and two more residents died on the way to hospital.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 15);
  sr_doc_free(doc);
}

/* "while 15 other people were wounded", told after: more of its wounded */
static void test_more_wounded_told_after(void **state) {
  sr_doc *doc = en(state, "Gunmen attacked a police checkpoint in Baghdad on Monday, killing "
                          "nine policemen. Civilians were also among the victims, while at least "
                          "15 other people were wounded, officials said.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 9);
  sr_doc_free(doc);
}

/* The same toll told again in parts: one event; told apart: two */
static void test_same_toll_told_in_parts(void **state) {
  sr_doc *doc = en(state, "At least 12 people were killed in Kurmari on Monday, officials said. "
                          "Nine villagers and three herders were killed, a witness said.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 12);
  sr_doc_free(doc);
  /* others wounded are no other toll */
  doc = en(state, "At least 25 people were killed in an attack by the RSF on El Fasher on "
                  "Saturday, activists said. The health ministry confirmed that the RSF's "
                  "attack killed more than 25 people and injured over 50 others.");
  e = only_event(doc);
  assert_true(e->fatalities == 25);
  sr_doc_free(doc);
  /* the report's place stood in for the village its body names */
  doc = en(state, "Ali Musa, Maiduguri\n\nBoko Haram has attacked a village in Borno, killing "
                  "no fewer than four persons while three others were injured.\n\nThe insurgents "
                  "attacked Kondori village in Konduga, some 30 kilometres from Maiduguri, on "
                  "Sunday, security sources told reporters in Maiduguri.\n\n\"Four persons were "
                  "killed and three of our people were injured,\" a village head said.");
  e = only_event(doc);
  assert_true(e->fatalities == 4);
  sr_doc_free(doc);
  /* the same sum at a place of its own is another toll */
  doc = en(state, "At least 12 people were killed in Maiduguri on Monday, officials said. "
                  "Nine villagers and three others were killed in Bama, a witness said.");
  const sr_event *two[4];
  assert_int_equal(test_live_events(doc, two, 4), 2);
  sr_doc_free(doc);
}

/* A toll told over several attacks, then each attack with its own place
** or toll: the attacks are the events, their sum is none. */
static void test_sum_of_attacks_told_after(void **state) {
  sr_doc *doc = en(state, "Gunmen killed at least nine people in attacks on two villages in "
                          "Borno State on Monday. In Gajiram, the gunmen killed five farmers. "
                          "In Malam Fatori, the gunmen shot dead four traders.");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  assert_int_equal(n, 2);
  assert_true(e[0]->fatalities == 5 && e[1]->fatalities == 4);
  sr_doc_free(doc);
  /* told as a total, the lead is the sum of the tolls that add up to it,
  ** wherever they are placed */
  const char *totals[][2] = {
      {"en", "A total of nine people were killed in attacks by gunmen in Borno State on Monday, "
             "officials said. In Kano, the gunmen killed five farmers. In Kaduna, the gunmen shot "
             "dead four traders."},
      {"fr", "Un total de neuf personnes ont été tuées lundi dans des attaques d'hommes armés "
             "dans l'Etat de Borno, selon des responsables. À Kano, les hommes armés ont tué cinq "
             "paysans. À Kaduna, ils ont abattu quatre commerçants."},
  };
  for (size_t i = 0; i < sizeof totals / sizeof *totals; i++) {
    doc = test_doc(*state, totals[i][1], totals[i][0], "2024-03-12");
    n = test_live_events(doc, e, 4);
    assert_int_equal(n, 2);
    assert_true(e[0]->fatalities == 5 && e[1]->fatalities == 4);
    sr_doc_free(doc);
  }
  /* the same lead with one attack told after, or one deadlier than the
  ** sum, or elsewhere: the lead stays an event */
  const char *kept[] = {
      "Gunmen killed at least nine people in attacks on two villages in Borno State on "
      "Monday. In Gajiram, the gunmen killed five farmers.",
      "Gunmen killed at least nine people in attacks on two villages in Borno State on "
      "Monday. In Gajiram, the gunmen killed five farmers. In Malam Fatori, the gunmen "
      "shot dead twelve traders.",
      "Gunmen killed at least nine people in attacks on two villages in Borno State on "
      "Monday. In Kano, the gunmen killed five farmers. In Kaduna, the gunmen shot dead "
      "four traders.",
  };
  for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
    doc = en(state, kept[i]);
    n = test_live_events(doc, e, 4);
    int lead = 0;
    for (size_t j = 0; j < n; j++) lead |= e[j]->fatalities == 9;
    if (!lead) print_error("case %zu lost its lead\n", i);
    assert_true(lead);
    sr_doc_free(doc);
  }
}

static void test_month_is_no_modality(void **state) {
  /* "May" opening a dateline is a month, not "may" */
  sr_doc *doc = en_on(state, "May 24 2017 At least 16 civilians were killed in air "
                             "strikes near Raqqa.", "2017-05-24");
  const sr_event *e = only_event(doc);
  assert_true(kind_value(e, doc, "killed", 16));
  sr_doc_free(doc);
}

static void test_not_events_en(void **state) {
  const char *texts[] = {
      /* a war's toll, not an event */
      "An estimated 170000 people have been killed since the conflict began in 2011.",
      /* "fell" alone took nothing */
      "Bread prices fell on Monday in Damascus.",
      /* "dealing with" is no deal */
      "The soft stance in dealing with Assad encourages him.",
      /* the wounded taken to hospital: no evacuation of civilians */
      "Two patients were evacuated to hospital in Damascus on Monday.",
      /* the dead taken for burial */
      "Their corpses were evacuated to Dari town on Friday where they were buried.",
      /* a warning of what may come */
      "Residents were warned against an attack on the city on Monday.",
      /* the victims taken away: no evacuation of the living */
      "A journalist saw ambulances evacuating the victims in Rafah on Tuesday.",
      /* a campaign, not an occasion */
      "The army has been carrying out airstrikes across the Sagaing region.",
      /* shown, no protest */
      "This crime once again demonstrated that the regime does not want peace.",
      /* a group's record, not an occasion */
      "Islamic State, which has seized large areas of Syria and Iraq, is weaker now.",
      /* "I" is no deed, though "IED" stems to it */
      "\"I condemn this act,\" the minister said on Monday in Mogadishu.",
      /* a trend or a habit: a kind of event, no occasion */
      "Islamic State fighters have intensified their attacks on army positions near Deir ez-Zor.",
      /* what a town shelters is its people */
      "The border town of Renk hosts thousands of displaced people.",
      "Armed gangs carry out random acts of kidnapping in Port-au-Prince.",
      "The militants stepped up their attacks on military convoys in Tillaberi.",
      /* the exodus told with a war's toll is the war's */
      "More than 300,000 people have been killed and around 10 million displaced in the war.",
      /* residents who flee are no side withdrawing */
      "Gunmen on motorcycles shot indiscriminately at the market in Magami as residents fled.",
      /* rescuers taking the hurt away: no evacuation of civilians */
      "Rescue workers rushed to evacuate the wounded from the rubble in Idlib on Monday.",
      /* a toll summed since a month's start */
      "Jihadist raids have killed more than 200 civilians and soldiers since early January.",
      /* an order's deed is not done yet */
      "The president ordered the army to retake the town of Kolo from the rebels.",
      /* a war's start told as the setting */
      "The dam is still run by local engineers despite being captured early in the war.",
      /* a resolve, and a habit told by its adverb */
      "The government said it was determined to keep up the offensive against the rebels.",
      "The separatists are increasingly kidnapping teachers in the region.",
      /* a ceasefire named by the talks towards it */
      "Diplomatic efforts continue, as well as ceasefire talks in Doha.",
      "On Thursday morning anti-riot police were patrolling the streets of Kolo.",
      "Violence from the insurgency fell to an historic low last year.",
      /* an earlier toll, summed before the day's */
      "At least eight people have been killed previously in police action against protesters in Kolo.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = en(state, texts[i]);
    expect_no_event(doc, texts[i]);
    sr_doc_free(doc);
  }
  /* "the terrorists" may be the group named the sentence before */
  sr_doc *doc = en(state, "Syrian air strikes hit the Islamic State in Raqqa. The strikes "
                          "killed at least 19 terrorists in Raqqa.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 19.0);
  sr_doc_free(doc);
}

/* The same not-event told in each language. */
static void expect_no_event_en_fr(void **state, const char *en_text, const char *fr_text) {
  sr_doc *doc = en(state, en_text);
  expect_no_event(doc, en_text);
  sr_doc_free(doc);
  doc = fr(state, fr_text);
  expect_no_event(doc, fr_text);
  sr_doc_free(doc);
}

/* A cause fought for names a movement: the sentence tells no fight. */
static void test_cause_fought_for_is_no_fight(void **state) {
  expect_no_event_en_fr(state, "The southern provinces are home to an insurgency by Muslims fighting for autonomy.",
                        "Le mouvement mène un combat pour l'autonomie de la région de Kolo.");
}

static void test_heading_is_no_event(void **state) {
  sr_doc *doc = fr(state, "Des miliciens faits prisonniers\nLe calme règne à Alep.");
  const sr_event *e[2];
  assert_int_equal(test_live_events(doc, e, 2), 0);
  sr_doc_free(doc);
}

/* Issue 12: every event real, and told once. */

static void test_anaphor_with_nothing_before(void **state) {
  /* an attack the report refers to but does not tell; one it warns of */
  const char *texts[] = {"No one has claimed the attack, police said.",
                         "Personne n'a encore revendiqué l'attaque.",
                         "Les habitants ont été invités à la prudence face à une attaque de drones."};
  for (size_t i = 0; i < 3; i++) {
    sr_doc *doc = i ? fr(state, texts[i]) : en(state, texts[i]);
    expect_no_event(doc, texts[i]);
    sr_doc_free(doc);
  }
}

/* "The incident occurred on Monday": the deed told before, on that day; an
** incident with nothing told before it, or another kind of deed, is none. */
static void test_incident_dates_the_deed_told_before(void **state) {
  const char *texts[][2] = {
      {"en", "Jets struck a militia post near Tabqa, killing 18 of its fighters. "
             "The incident occurred on October 31."},
      {"en", "Jets struck a militia post near Tabqa, killing 18 of its fighters. "
             "The incident took place on Monday."},
      {"fr", "Une frappe a tué 18 miliciens près de Tabqa. L'incident s'est produit le 31 octobre."},
      {"fr", "Une frappe a tué 18 miliciens près de Tabqa. L'incident a eu lieu lundi."}};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = test_doc(*state, texts[i][1], texts[i][0], "2016-11-02");
    const sr_event *e = only_event(doc);
    assert_true(e->date >= 0);
    assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.month, 10);
    assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.day, 31);
    sr_doc_free(doc);
  }
  const char *none[][2] = {{"en", "The incident occurred on Monday near Tabqa."},
                           {"fr", "L'incident s'est produit lundi près de Tabqa."},
                           {"en", "Crowds marched in Tabqa on Sunday. The incident occurred on Monday."}};
  for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
    sr_doc *doc = test_doc(*state, none[i][1], none[i][0], "2016-11-02");
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    for (size_t j = 0; j < n; j++) assert_string_not_equal(e[j]->action->name, "attack");
    sr_doc_free(doc);
  }
}

static void test_background_past_the_lede(void **state) {
  const char *texts[] = {
      "Gunmen attacked an army post in Kandahar on Monday, killing five soldiers. "
      "The attack began at dawn. Earlier this month, a suicide bomber killed ten "
      "people in Herat.",
      "Des hommes armés ont attaqué un poste de l'armée à Kandahar lundi. Cinq "
      "soldats ont été tués. Le mois dernier, un kamikaze avait tué dix personnes "
      "à Herat.",
      /* a habit told with its adverb */
      "Gunmen attacked an army post in Kandahar on Monday, killing five soldiers. "
      "The attack began at dawn. Insurgents regularly fire rockets at Herat and "
      "frequently bomb its markets.",
      /* the event described again, an adjective before its noun */
      "A bomb killed five people outside a mosque in Kandahar on Sunday, officials said. "
      "It was the deadliest attack in the city since foreign troops left at the end of "
      "June."};
  for (size_t i = 0; i < 4; i++) {
    sr_doc *doc = i == 1 ? fr(state, texts[i]) : en(state, texts[i]);
    const sr_event *e = only_event(doc);
    assert_true(e->place >= 0);
    assert_non_null(strstr(doc->text + doc->mentions.items[e->place].byte_start, "Kandahar"));
    sr_doc_free(doc);
  }
}

/* Violence told in the sentence after a past event, with no day of its
** own, goes on telling that past event. */
static void test_past_event_told_on(void **state) {
  const char *texts[] = {
      "Gunmen killed 12 villagers in Kurmari on Monday, a local official said. The group "
      "first struck in October 2012, when it attacked a police post in Mocimboa da Praia. "
      "Security forces retook the town after two days of fighting.",
      "Des hommes armés ont tué douze villageois lundi à Kurmari, selon un élu local. Le "
      "groupe s'est fait connaître en octobre 2012 lors d'une attaque contre la police à "
      "Mocimboa da Praia. Les forces de sécurité ont repris la ville au bout de deux jours "
      "de combats."};
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = i ? fr(state, texts[i]) : en(state, texts[i]);
    const sr_event *e = only_event(doc);
    assert_true(e->fatalities == 12);
    sr_doc_free(doc);
  }
}

/* An arrest and a seizure told in one sentence are one event, which the
** lede told before. */
static void test_arrest_and_seizure_told_again(void **state) {
  sr_doc *doc = en(state, "QUETTA: Three suspected militants were detained and a cache of arms "
                          "was seized during raids in Quetta on Friday, officials said. During "
                          "the raid three suspects were arrested and a large quantity of arms "
                          "and ammunition was seized.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Arrests");
  sr_doc_free(doc);
}

static void expect_side(const sr_doc *doc, long actor, const char *name, int inter);

/* Police dispersing crowds no one names, in the province of a riot told
** before, step into that riot. */
static void test_riot_policed(void **state) {
  sr_doc *doc = en_on(state, "Rioters looted shops in Durban on Monday, officials said. Police "
                             "fired rubber bullets to disperse crowds in Pietermaritzburg, where "
                             "people ran out of a store with stolen goods.",
                      "2021-07-13");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Violent demonstration");
  expect_side(doc, e->actor2, "Police Forces of South Africa", SR_INTER_STATE);
  sr_doc_free(doc);
  /* the crowd told again by the word of its protest, first taken as the
  ** side it faced, gives way to the police */
  doc = en_on(state, "Rioters looted shops in Durban on Tuesday. Police fired rubber bullets to "
                     "disperse crowds in Umlazi. \"Looting of stores during these protests is a "
                     "crime,\" the mayor said.",
              "2021-07-13");
  e = only_event(doc);
  expect_side(doc, e->actor2, "Police Forces of South Africa", SR_INTER_STATE);
  sr_doc_free(doc);
}

/* The people arrested on a riot's or a protest's occasion, no word naming
** them, are its crowd; arrests with no crowd before them, or after a mob's
** lynching, name no one. */
static void test_the_arrested_of_a_crowd(void **state) {
  static const char *const cases[][3] = {
      {"en", "Rioters burned tyres and looted shops in Durban on Monday, officials said. Police "
             "later arrested 30 people for public violence in the city.",
       "Rioters (South Africa)"},
      {"fr", "Des centaines de manifestants ont marché lundi à Conakry contre la vie chère. La "
             "police a arrêté une vingtaine de personnes dans la capitale.",
       "Protesters (Guinea)"},
      {"en", "Police arrested 30 people for theft in Durban on Monday.", NULL},
      /* a mob's lynching: who is arrested for it is no crowd */
      {"en", "Villagers beat a man to death in Dumka on Monday over a stolen goat. Police "
             "arrested two men in the village on Tuesday.", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = event_of_action(doc, "arrest");
    assert_non_null(e);
    if (!cases[i][2]) {
      assert_true(e->actor2 < 0 && !e->implied[1]);
    } else {
      if (!e->implied[1]) print_error("'%s': no actor2\n", cases[i][1]);
      expect_implied(e, 1, cases[i][2]);
    }
    sr_doc_free(doc);
  }
}

/* The police at an arrest are who make it, never whom it takes: a speaker
** who tells a passive arrest ("according to police, ... two suspects have
** been arrested"), or police named beside an arrest whose doer is lost. */
static void test_the_police_make_the_arrest(void **state) {
  static const char *const told[][2] = {
      {"en", "A grenade exploded in a bar in Gitega on Sunday, killing four people. According "
             "to police, the thrower was not identified, but two suspects have been arrested in "
             "the town."},
      {"fr", "Une grenade a explosé dimanche dans un bar de Gitega, faisant quatre morts. "
             "Toujours selon la police, l'auteur n'a pas été identifié, mais deux suspects ont "
             "été arrêtés dans la ville."},
      {"en", "\"They tried to storm the police headquarters to free the men who had just been "
             "arrested,\" he said."},
  };
  for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
    sr_doc *doc = in_lang(state, told[i][0], told[i][1]);
    const sr_event *e = event_of_action(doc, "arrest");
    if (e->actor2 >= 0) print_error("'%s': actor2 %s\n", told[i][1], doc->mentions.items[e->actor2].name);
    assert_true(e->actor2 < 0);
    int police = e->actor1 >= 0 ? sr_actor_of(&doc->mentions.items[e->actor1])->institution
                                : e->implied_institution[0];
    assert_int_equal(police, SR_INST_POLICE);
    sr_doc_free(doc);
  }
}

/* Who tells a deed after its noun is not its doer: "dans l'explosion d'une
** bombe à Sibi, selon la police" — the police are no agent of the bomb,
** and the forces killed stay whom it hit. */
static void test_the_speaker_after_the_deed_is_no_agent(void **state) {
  sr_doc *doc = fr(state, "Au moins quatre membres des forces de sécurité pakistanaises ont été "
                          "tués mardi dans l'explosion d'une bombe à Sibi, selon la police.");
  const sr_event *e = only_event(doc);
  if (e->actor1 >= 0) print_error("actor1 %s\n", doc->mentions.items[e->actor1].name);
  assert_true(e->actor1 < 0);
  expect_side(doc, e->actor2, "Police Forces of Pakistan", SR_INTER_STATE);
  sr_doc_free(doc);
}

/* Two deeds joined by "and" share their subject: what the first hit is not
** who did the second ("killed 13 militants and arrested 29 others"). */
static void test_joined_deeds_share_their_subject(void **state) {
  static const char *const cases[][2] = {
      {"en", "Soldiers killed 13 militants and arrested 29 others near Kidal on Monday."},
      {"fr", "Des patrouilles de l'armée malienne ont neutralisé 13 terroristes et arrêté 29 "
             "autres près de Kidal lundi."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = event_of_action(doc, "arrest");
    const char *a1 = e->actor1 >= 0 ? doc->mentions.items[e->actor1].name : "(none)";
    if (strncmp(a1, "Military Forces of Mali", 23) != 0)
      print_error("'%s': actor1 %s\n", cases[i][1], a1);
    assert_true(strncmp(a1, "Military Forces of Mali", 23) == 0);
    sr_doc_free(doc);
  }
}

/* Whether e's sides are named a1 and a2 (each the start of the name: a
** state's regime years may follow). */
static void expect_sides_named(const sr_doc *doc, const sr_event *e, const char *text,
                               const char *a1, const char *a2) {
  const char *g1 = e->actor1 >= 0 ? doc->mentions.items[e->actor1].name : "(none)";
  const char *g2 = e->actor2 >= 0 ? doc->mentions.items[e->actor2].name : "(none)";
  int ok = strncmp(g1, a1, strlen(a1)) == 0 && strncmp(g2, a2, strlen(a2)) == 0;
  if (!ok) print_error("'%s': %s -> %s\n", text, g1, g2);
  assert_true(ok);
}

/* Each case {lang, text, actor1, actor2}: one event, its sides so named. */
static void expect_sides_each(void **state, const char *const (*cases)[4], size_t n) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    expect_sides_named(doc, only_event(doc), cases[i][1], cases[i][2], cases[i][3]);
    sr_doc_free(doc);
  }
}

/* "Fighting between two militias: X and Y", and "clashes between armed
** groups ... The fighting was between X and Y": the unnamed kind on both
** sides is the two groups named after a colon, or in a retelling. */
static void test_the_two_sides_named_later(void **state) {
  static const char *const cases[][3] = {
      {"en", "Nine people were killed on Thursday in fighting between two militias in Zawiya: the "
             "Radaa force and the 444 Brigade.", "444 Brigade"},
      {"fr", "Neuf personnes ont été tuées jeudi dans des affrontements entre deux groupes armés à "
             "Zawiya : la force Radaa et la Brigade 444.", "444 Brigade"},
      {"en", "Nine people were killed on Thursday in clashes between armed groups in Zawiya, "
             "officials said. The fighting was between the Radaa force and the Tripoli "
             "Revolutionary Brigade.", "Tripoli Revolutionaries Brigade"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    expect_sides_named(doc, only_event(doc), cases[i][1], "Radaa Special Deterrence Forces",
                       cases[i][2]);
    sr_doc_free(doc);
  }
}

/* One force noun of two countries is both sides of a mutual deed, the
** country named first as actor1 ("Indian and Pakistani troops exchanged
** fire", "clashes between ... troops"); a side after "and" may carry a
** qualifier ("between police and anti-government protesters"). */
static void test_two_sides_on_one_noun(void **state) {
  static const char *const cases[][4] = {
      {"en", "Indian and Pakistani troops exchanged fire along the border in Kashmir on "
             "Tuesday, killing two soldiers.", "Military Forces of India", "Military Forces of Pakistan"},
      {"en", "Two soldiers were killed in clashes between Indian and Pakistani troops along the "
             "border in Kashmir on Tuesday.", "Military Forces of India", "Military Forces of Pakistan"},
      {"fr", "Des soldats tchadiens et nigériens se sont affrontés mardi près de la frontière, "
             "au nord de Diffa.", "Military Forces of Chad", "Military Forces of Niger"},
      {"en", "At least seven people died in the town of Leon during a night of clashes between "
             "police and anti-government protesters.", "Protesters (Nicaragua)", "Police Forces of Nicaragua"},
  };
  expect_sides_each(state, cases, sizeof cases / sizeof *cases);
}

/* Of armed sides joined as a deed's subject, the first named acts
** (ACLED's actor1; the others are its associates, never its actor2);
** a mutual deed's are its two sides. */
static void test_the_first_of_joined_subjects_acts(void **state) {
  static const char *const cases[][4] = {
      {"en", "Somalia's army and allied clan militias killed at least 20 al Shabaab fighters "
             "near Dhusamareb on Monday.", "Military Forces of", "(none)"},
      {"fr", "Les soldats maliens et les chasseurs dozos ont tué cinq jihadistes lundi près de "
             "Mopti.", "Military Forces of Mali", "Unidentified Armed Group (Mali)"},
      {"en", "Koglweogo and Foulse militiamen carried out revenge killings in the town of "
             "Arbinda on Monday, seven reported to have been killed.", "Koglweogo Militia", "(none)"},
      {"en", "JNIM and ISGS militants clashed near Menaka on Monday.",
       "JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)"},
  };
  expect_sides_each(state, cases, sizeof cases / sizeof *cases);
}

/* The death that set off a protest or a riot ("rioted after a man died in
** police custody", "ont manifesté après la mort d'un commerçant") is what
** the crowd protests: no toll of the crowd's event, nor an event of its
** own typed by the crowd's sides. */
static void test_the_death_that_set_off_a_crowd(void **state) {
  static const char *const cases[][3] = {
      {"en", "Hundreds of youths torched a police post in Garissa on Tuesday after a man died "
             "in police custody.", "Violent demonstration"},
      {"en", "Traders marched through Garissa on Tuesday following the killing of a vendor.",
       "Peaceful protest"},
      {"fr", "Des centaines de jeunes ont manifest\u00e9 mardi \u00e0 Garissa apr\u00e8s la mort "
             "d'un vendeur en garde \u00e0 vue.", "Peaceful protest"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    assert_string_equal(sr_acled_sub_name(doc->engine->acled, e->sub), cases[i][2]);
    assert_true(e->fatalities < 0);
    sr_doc_free(doc);
  }
}

/* The countries of one force ("US and British warplanes", "avions syriens
** et russes"): the one written first acts, the next is its associate
** (ACLED's assoc_actor_1), whatever order the words were read in. */
static void test_the_first_country_of_one_force_acts(void **state) {
  static const char *const cases[][4] = {
      {"en", "American and British warplanes struck radar sites near Hodeidah on Sunday.",
       "Military Forces of the United States", "Military Forces of the United Kingdom"},
      {"en", "British and American warplanes struck radar sites near Hodeidah on Sunday.",
       "Military Forces of the United Kingdom", "Military Forces of the United States"},
      {"fr", "Des avions am\u00e9ricains et britanniques ont frapp\u00e9 des radars pr\u00e8s "
             "de Hodeida dimanche.",
       "Military Forces of the United States", "Military Forces of the United Kingdom"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    assert_int_equal(doc->event_count, 1);
    const sr_event *e = &doc->events[0];
    assert_true(e->actor1 >= 0 && e->joined_with > 0);
    /* (the army's name from its years: a prefix) */
    assert_true(strncmp(doc->mentions.items[e->actor1].name, cases[i][2], strlen(cases[i][2])) == 0);
    assert_true(strncmp(doc->mentions.items[e->joined_with - 1].name, cases[i][3],
                        strlen(cases[i][3])) == 0);
    sr_doc_free(doc);
  }
}

/* The last event of doc, not merged, whose action is a clash; NULL none. */
static const sr_event *last_clash(const sr_doc *doc) {
  const sr_event *clash = NULL;
  for (size_t j = 0; j < doc->event_count; j++)
    if (!doc->events[j].merged && strcmp(doc->events[j].action->name, "clash") == 0)
      clash = &doc->events[j];
  return clash;
}

/* "clashes between the two sides": the sides of the deed told just
** before. */
static void test_the_two_sides_told_before(void **state) {
  static const char *const cases[][2] = {
      {"en", "On Monday, militiamen of the Radaa force detained a commander of the 444 Brigade in "
             "Tripoli. The incident led to armed clashes between the two sides."},
      {"fr", "Lundi, des miliciens de la force Radaa ont arrêté un commandant de la Brigade 444 à "
             "Tripoli. L'incident a provoqué des affrontements armés entre les deux camps."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *clash = last_clash(doc);
    assert_non_null(clash);
    expect_sides_named(doc, clash, cases[i][1], "Radaa Special Deterrence Forces", "444 Brigade");
    sr_doc_free(doc);
  }
}

/* "opened fire at Israeli soldiers ..., killing two of them": whom the
** deed hit is the subject the participle after it takes, not its doer. */
static void test_the_hit_are_not_the_participles_doer(void **state) {
  sr_doc *doc = en(state, "A gunman opened fire at Israeli soldiers at a checkpoint near Hebron "
                          "on Tuesday, killing two of them.");
  const sr_event *e = only_event(doc);
  if (e->actor1 >= 0) print_error("actor1 %s\n", doc->mentions.items[e->actor1].name);
  assert_true(e->actor1 < 0);
  assert_true(e->actor2 >= 0 && sr_actor_of(&doc->mentions.items[e->actor2])->inter ==
                                    SR_INTER_STATE);
  sr_doc_free(doc);
}

/* Soldiers who torch what follows destroy property ("troops torched 40
** homes"); soldiers who riot, with nothing after, riot as a crowd. */
static void test_forces_that_torch(void **state) {
  sr_doc *doc = en(state, "Soldiers torched 40 homes in a village near Kaya on Monday.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Looting/property destruction");
  assert_true(e->actor1 >= 0 && sr_actor_of(&doc->mentions.items[e->actor1])->inter ==
                                    SR_INTER_STATE);
  sr_doc_free(doc);
  doc = en(state, "Soldiers rioted in Kaya on Monday to demand their pay.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Violent demonstration");
  sr_doc_free(doc);
}

/* Past the lede, a deed of no one with nothing of its own is a detail. */
static void test_detail_of_no_one(void **state) {
  const char *texts[] = {
      "Gunmen attacked a market in Kandahar on Monday, killing five people, police said. "
      "Several shops were hit. The market was later evacuated and closed.",
      "Des hommes armés ont attaqué lundi un marché de Kandahar, selon la police. Plusieurs "
      "boutiques ont été visées. Le marché a ensuite été évacué, puis fermé."};
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = i ? fr(state, texts[i]) : en(state, texts[i]);
    const sr_event *e = only_event(doc);
    assert_string_equal(e->action->name, "attack");
    sr_doc_free(doc);
  }
}

/* What the attack destroyed, told three sentences after its lede and one
** after its last telling, is the attack's. */
static void test_property_of_an_attack_told_on(void **state) {
  sr_doc *doc = en_on(state, "Taliban fighters stormed a checkpoint in Balkh province on Saturday, "
                             "killing eight policemen, an official said.\n\nThe Taliban attacked "
                             "the checkpoint with guns and grenades. Several militants were also "
                             "killed, the official said.\n\nA Taliban spokesman said fighters had "
                             "destroyed the checkpoint and two police vehicles.",
                      "2019-02-17");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "attack");
  sr_doc_free(doc);
}

/* "after weeks of fighting": a stretch of the war, the setting of the
** deed its sentence tells, no event of its own. */
static void test_length_of_fighting(void **state) {
  const char *texts[] = {
      "The government and the rebels signed a ceasefire in Addis Ababa on Thursday after "
      "weeks of fierce fighting.",
      "Le gouvernement et les rebelles ont signé jeudi soir à Addis Abeba un accord de "
      "cessez-le-feu, après plus d'un mois de combats sanglants.",
      /* what it took in from a later sentence is no deed of its own sentence */
      "Le gouvernement et les rebelles ont signé jeudi soir à Addis Abeba un accord de "
      "cessez-le-feu, après plus d'un mois de combats sanglants. Il prévoit aussi de libérer "
      "onze détenus. La question de cette libération était au coeur des pourparlers."};
  for (size_t i = 0; i < 3; i++) {
    sr_doc *doc = i ? fr(state, texts[i]) : en(state, texts[i]);
    const sr_event *e = only_event(doc);
    assert_string_equal(EVENT_TYPE(doc, e), "Strategic developments");
    sr_doc_free(doc);
  }
}

/* A speaker's name is no place ("Isa said": Isa is also a town): the toll
** they tell again is the event's, where it happened. */
static void test_speaker_is_no_place(void **state) {
  sr_doc *doc = en_on(state, "Gunmen attacked a village in Katsina state on Tuesday, killing 12 "
                             "villagers, the police said.\n\nThe bandits arrived on motorcycles "
                             "and started shooting, police spokesman Gambo Isa said.\n\nThe 12 "
                             "people killed were all shot in farms outside the village, Isa said.",
                      "2020-03-03");
  const sr_event *e = only_event(doc);
  assert_true(e->place >= 0);
  assert_non_null(strstr(doc->text + doc->mentions.items[e->place].byte_start, "Katsina"));
  sr_doc_free(doc);
}

/* A toll summed since a month's start is no event. */
static void test_toll_since_a_month(void **state) {
  const char *text = "Au total, les raids attribués aux groupes jihadistes ont fait plus de 200 "
                     "morts dans le pays depuis début janvier.";
  sr_doc *doc = fr(state, text);
  expect_no_event(doc, text);
  sr_doc_free(doc);
}

static void test_body_retells_the_lede(void **state) {
  sr_doc *doc = en(state,
                   "A car bomb exploded in Mogadishu on Monday, killing ten people, police said.\n\n"
                   "Witnesses said a bomb hidden in a car blew up near a hotel in Mogadishu.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Remote explosive/landmine/IED");
  assert_true(e->fatalities == 10.0);
  sr_doc_free(doc);
}

static void test_toll_told_after_its_event(void **state) {
  sr_doc *doc = en(state,
                   "Clashes broke out between the army and ADF rebels near Beni on Sunday.\n\n"
                   "Four soldiers were killed, an army spokesman said.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "clash");
  assert_true(e->fatalities == 4.0);
  sr_doc_free(doc);
}

static int has_figure(const sr_event *e, const char *kind, double value, const sr_doc *doc);
static void test_wounds_of_an_event_told_again(void **state) {
  /* "the ambush" is the ambush of the lede; the civilian it also wounded
  ** is one more victim of it, not a second event */
  sr_doc *doc = en(state,
                   "Gunmen ambushed a police convoy near Gao on Tuesday, killing three officers, "
                   "the governor said.\n\n"
                   "Officials did not say how long the ambush, which also wounded two other officers "
                   "and a civilian, lasted.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 3.0);
  assert_true(has_figure(e, "injured", 2, doc));
  sr_doc_free(doc);
}

static void test_attackers_losses_in_an_event_told_again(void **state) {
  /* "cette attaque" is the attack of the lede; the assailants killed in
  ** it are its attackers' losses: one event, 12 + 20 dead, the
  ** assailants its actor1 */
  sr_doc *doc = fr(state,
                   "Au moins douze soldats ont été tués jeudi et huit autres blessés dans une "
                   "attaque près d'Ayorou, selon un bilan officiel.\n\n"
                   "Au cours de cette attaque, trois véhicules de l'armée nigérienne ont été "
                   "endommagés, a précisé le gouvernement, ajoutant qu'une vingtaine de terroristes "
                   "ont également été tués.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 32.0);
  expect_side(doc, e->actor1, "Unidentified Armed Group (Niger)", SR_INTER_POLITICAL_MILITIA);
  sr_doc_free(doc);
}

static void test_fleeing_is_no_withdrawal(void **state) {
  const char *text = "Most of the villagers fled to the neighbouring town.";
  sr_doc *doc = en(state, text);
  expect_no_event(doc, text);
  sr_doc_free(doc);
}

static void test_people_there_are_no_toll(void **state) {
  sr_doc *doc = en(state, "Air strikes killed dozens this week in Raqqa where 8000 people remain trapped.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 24.0); /* "dozens": at least 24 */
  sr_doc_free(doc);
}

static void test_fraction_of_a_million(void **state) {
  sr_doc *doc = en(state, "Shelling killed a quarter of a million people in Aleppo on Monday.");
  assert_true(only_event(doc)->fatalities == 250000.0);
  sr_doc_free(doc);
  doc = fr(state, "Les bombardements ont tué un demi-million de personnes lundi à Alep.");
  assert_true(only_event(doc)->fatalities == 500000.0);
  sr_doc_free(doc);
}


static void test_accidents_and_disease_are_no_violence(void **state) {
  const char *en_texts[] = {"Two people died of cholera in the camp on Monday.",
                            "Five soldiers were killed in a road accident near Gao on Monday.",
                            "Five soldiers died when their truck overturned near Gao on Monday."};
  const char *fr_texts[] = {"Cinq soldats ont été tués lundi dans un accident de la route à Gao.",
                            "Trois enfants sont morts du choléra dans le camp lundi.",
                            "Cinq soldats sont morts lundi quand leur camion s'est renversé près de Gao."};
  for (size_t i = 0; i < 3; i++) {
    sr_doc *doc = en(state, en_texts[i]);
    expect_no_event(doc, en_texts[i]);
    sr_doc_free(doc);
    doc = fr(state, fr_texts[i]);
    expect_no_event(doc, fr_texts[i]);
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "Two children died from malaria in the camp on Monday.");
  expect_no_event(doc, "died from malaria");
  sr_doc_free(doc);
  /* dying of one's wounds is no accident */
  doc = en(state, "Gunmen shot at a bus near Kaya on Monday and two passengers died from their wounds.");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
  doc = en(state, "Three soldiers succumbed to their wounds in Kaya on Monday.");
  assert_true(only_event(doc)->fatalities == 3.0);
  sr_doc_free(doc);
}

/* Who planted a mine is told after its blast: "The device was likely
** planted by ..." names the blast's actor1; a field planted is no blast. */
static void test_who_planted_the_device(void **state) {
  sr_doc *doc = en(state, "Two farmers were killed when their cart struck an IED near Kaya on Monday. "
                          "The device was likely planted by JNIM militants.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Remote explosive/landmine/IED");
  expect_side(doc, e->actor1, "JNIM: Group for Support of Islam and Muslims", 2);
  sr_doc_free(doc);
  doc = en(state, "Farmers planted millet near Kaya on Monday.");
  expect_no_event(doc, "planted millet");
  sr_doc_free(doc);
}

/* Raiders who kill villagers and burn houses: the villagers are victims,
** not a crowd that riots; an attack that hits no one and burns a depot is
** property destruction. */
static void test_raids_that_burn(void **state) {
  sr_doc *doc = en(state, "Gunmen attacked Kaya on Monday, killed five villagers and vandalized houses.");
  const sr_event *e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), "Violence against civilians");
  assert_true(e->fatalities == 5.0);
  expect_side(doc, e->actor2, "Civilians (Burkina Faso)", 7);
  sr_doc_free(doc);
  doc = en(state, "Gunmen opened fire in Kaya on Monday and torched a warehouse.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Looting/property destruction");
  sr_doc_free(doc);
  /* what was looted where the attack told before was is that attack's */
  doc = fr(state, "Deux policiers ont été tués lundi par des bandits lors d'une attaque à Bunia, "
                  "dans l'Ituri. Une quantité d'or a été pillée à Bunia, a déclaré un responsable "
                  "local.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Armed clash");
  sr_doc_free(doc);
}

static void test_denied_in_french(void **state) {
  const char *text = "L'armée a démenti avoir bombardé le village lundi.";
  sr_doc *doc = fr(state, text);
  expect_no_event(doc, text);
  sr_doc_free(doc);
}

static void test_trigger_word_inside_a_group_name(void **state) {
  /* "conquête" is a capture, but not in the group's name */
  sr_doc *doc = fr(state, "Les combattants du front de la conquête du Levant ont tué trois "
                          "soldats lundi à Idleb.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "kill");
  assert_true(e->actor1 >= 0);
  assert_string_equal(doc->mentions.items[e->actor1].name, "Jabhat al-Nusra");
  sr_doc_free(doc);
}

static void test_a_wars_toll_by_its_start_or_length(void **state) {
  const char *texts[] = {
      "Close to 500000 people have been killed since fighting first erupted.",
      "The civil war, which has lasted five years, has killed more than 280000 people.",
      "Plus de 300000 civils ont été tués depuis que la guerre a éclaté en mars.",
      "Selon un bilan communiqué lundi, 19.453 personnes ont été tuées depuis l'offensive.",
      "More than 9000 civilians have been killed since the invasion, the UN said on Monday.",
      "Around 5,000 people have died in the country's unrest this year, the UN said.",
      "More than 550 civilians have been killed in the last two months in Aleppo.",
      "Plus de 500 civils ont été tués en une semaine à Alep, selon une ONG."};
  for (size_t i = 0; i < 8; i++) {
    sr_doc *doc = i == 2 || i == 3 || i == 7 ? fr(state, texts[i]) : en(state, texts[i]);
    expect_no_event(doc, texts[i]);
    sr_doc_free(doc);
  }
}

static void test_decisions_and_threats_are_not_done(void **state) {
  /* a decision to attack is no attack; a decision to call a truce is the
  ** truce (an announcement), so decisions are not among these cues */
  expect_no_event_en_fr(state, "The rebels are preparing to attack the town of Idlib.",
                        "Les rebelles envisagent de prendre la ville d'Idleb.");
}

static void test_taken_in_a_locution_is_no_capture(void **state) {
  static const struct { const char *text, *action; } cases[] = {
      {"Trois civils ont été pris en otage lundi à Beni par des hommes armés.", "abduct"},
      {"Des hommes armés s'en sont pris à un convoi lundi près de Gao.", "attack"},
  };
  /* a source that puts a toll forward advances on nothing */
  const char *tolls[] = {"Un responsable local, avançant un bilan de 19 morts, a parlé mardi.",
                         "Un responsable local, avançant de son côté un bilan de 19 morts, a "
                         "parlé mardi.",
                         /* a fall from a floor takes no ground */
                         "A student fell from the third floor of a car park in Hong Kong on "
                         "Monday."};
  for (size_t i = 0; i < 3; i++) {
    sr_doc *doc = i == 2 ? en(state, tolls[i]) : fr(state, tolls[i]);
    expect_no_event(doc, tolls[i]);
    sr_doc_free(doc);
  }
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = fr(state, cases[i].text);
    assert_string_equal(only_event(doc)->action->name, cases[i].action);
    sr_doc_free(doc);
  }
}

/* Each text gives one event of this action, or none when action is NULL. */
static void expect_each(void **state, const char *lang, const char *const *texts, size_t n,
                        const char *action) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = test_doc(*state, texts[i], lang, "2016-11-02");
    if (action)
      assert_string_equal(only_event(doc)->action->name, action);
    else
      expect_no_event(doc, texts[i]);
    sr_doc_free(doc);
  }
}

#define EXPECT_EACH(state, lang, texts, action) \
  expect_each(state, lang, texts, sizeof texts / sizeof *texts, action)

static void test_what_a_mourning_an_inquiry_or_a_habit_is_about(void **state) {
  const char *en_texts[] = {
      "Funerals were held on Wednesday for the victims of Sunday's bombing in Maiduguri.",
      "An investigation into Monday's attack on the camp was opened on Tuesday.",
      "Experts arrived on Friday to investigate Wednesday's alleged attack on the town.",
      "Militant groups are receiving more strikes by the air force in the north.",
      "Government forces continue to shell rebel-held districts of the city.",
      "Rebels continue attacks on army posts around Hama.",
      "Rebels often fire missiles into the city from their strongholds.",
      "Residents fear further attacks on the market.",
      "The militia has been blamed for a string of massacres in the east.",
      "Hezbollah, which is fighting alongside government forces, denied the report on Monday.",
      "The SDF, supported by coalition air strikes, surrounded Tabqa on Monday.",
      "The woman fell to the ground in the market of Aleppo on Monday.",
      "The army aimed to capture the town of Tabqa in a major offensive this week.",
      "Besieged for nearly two years, residents of the old city suffer daily shelling.",
      "The group, which has carried out attacks across the Sahel, is linked to al-Qaeda.",
      "The militia is accused of killing hundreds of villagers in the east."};
  const char *fr_texts[] = {"Une enquête sur l'attaque de lundi a été ouverte mardi à Bamako.",
                            "Le groupe, qui mène des attaques dans tout le Sahel, est affilié à al-Qaïda.",
                            "Les ADF sont accusées d'avoir tué des milliers de civils dans l'est.",
                            "Les rebelles tirent souvent des roquettes sur la ville depuis leurs positions.",
                            "Les rebelles tirent régulièrement des obus de mortier sur les quartiers ouest.",
                            "Les violences ont déplacé plus de deux millions de personnes.",
                            "Le Hezbollah, qui combat aux côtés de l'armée syrienne, a démenti l'information lundi."};
  EXPECT_EACH(state, "en", en_texts, NULL);
  EXPECT_EACH(state, "fr", fr_texts, NULL);
  /* more of a deed, with a day and a toll of its own, is news; so is a
  ** deed after a support phrase that names its backer */
  const char *news[] = {"Warplanes carried out more strikes on the town on Monday, killing four."};
  EXPECT_EACH(state, "en", news, "airstrike");
  const char *backed[] = {
      "North of the capital the army backed by its ally Hezbollah shelled Flita on Monday."};
  EXPECT_EACH(state, "en", backed, "shelling");
  /* "a mené des frappes" is a past deed, not the habit "mène des" its
  ** folded words also spell; told of a group, it is still its habit */
  const char *done[] = {"L'armée malienne et ses alliés ont mené des frappes de drones à Kidal.",
                        "L'armée malienne a mené des frappes aériennes à Kidal."};
  EXPECT_EACH(state, "fr", done, "airstrike");
  const char *habit[] = {"Le groupe qui a mené des attaques dans tout le Sahel est affilié à al-Qaïda."};
  EXPECT_EACH(state, "fr", habit, NULL);
}

/* what someone calls for, urges or appeals for has not happened */
static void test_appeals_are_not_done(void **state) {
  const char *en_texts[] = {"The mayor urged residents to evacuate the town on Monday.",
                            "The UN called on both sides to resume ceasefire negotiations."};
  const char *fr_texts[] = {"Le gouvernement a appelé les deux parties à signer un cessez-le-feu."};
  EXPECT_EACH(state, "en", en_texts, NULL);
  EXPECT_EACH(state, "fr", fr_texts, NULL);
}

static void test_an_event_goes_on_after_its_last_word(void **state) {
  /* the headline's killing, told again in the lede, goes on in the next
  ** sentence: one event, its toll the next sentence's */
  sr_doc *doc = fr(state,
                   "Des villageois « tués par les jihadistes » au Niger. Selon plusieurs sources, "
                   "des hommes armés ont attaqué samedi trois villages dans la région de Tillabéri.\n"
                   "Les médias locaux annoncent que sept villageois ont été tués et leurs biens "
                   "détruits.");
  assert_true(only_event(doc)->fatalities == 7.0);
  sr_doc_free(doc);
}

static void test_the_first_attack_since_a_month(void **state) {
  const char *texts[] = {"Gunmen killed five people in Gao on Monday in the first such attack "
                         "since March."};
  EXPECT_EACH(state, "en", texts, "kill");
}

static void test_a_protest_told_again(void **state) {
  /* "At the protest": the protest told before, its crowd now counted */
  sr_doc *doc = en(state, "Students held a peaceful protest in front of the town hall in Bouaké "
                          "on Saturday.\n\nAt the protest, dozens of students chanted slogans.");
  assert_string_equal(only_event(doc)->action->name, "protest");
  sr_doc_free(doc);
}

static void test_an_arrest_told_again_and_one_more_deed(void **state) {
  /* the body tells the lede's arrest again, with no date or place of its own */
  sr_doc *doc = en(state, "The police arrested a suspected militant in Bannu on Monday.\n\n"
                          "The police launched a crackdown in the Sourani area of Bannu. During "
                          "the operation, a suspected militant was arrested along with a cache "
                          "of arms.");
  assert_string_equal(only_event(doc)->action->name, "arrest");
  sr_doc_free(doc);
  /* "également": one more agreement, not the one told before */
  doc = fr(state, "Le gouvernement et les rebelles ont signé jeudi un accord de cessez-le-feu à "
                  "Addis Abeba.\n\nLes deux parties ont également signé un accord prévoyant la "
                  "libération des détenus.");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

static void test_the_dead_of_a_clash_are_a_side(void **state) {
  sr_doc *doc = en(state, "At least 29 rebels were killed in clashes with regime troops on Monday "
                          "near Aleppo.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "clash");
  expect_side(doc, e->actor1, "Unidentified Armed Group (Syria)", SR_INTER_REBELS);
  expect_side(doc, e->actor2, "Military Forces of Syria (2000-)", SR_INTER_STATE);
  sr_doc_free(doc);
}

/* Whether a live event's side (0 actor1, 1 actor2) is named so at output,
** told or implied. */
static int a_side_named(const sr_doc *doc, int side, const char *name) {
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  for (size_t i = 0; i < n; i++) {
    long actor = side ? e[i]->actor2 : e[i]->actor1;
    /* a side's name is the event's own (a counted force, the report's
    ** group) or its mention's */
    const char *named = actor < 0              ? e[i]->implied[side]
                        : e[i]->side_name[side] ? e[i]->side_name[side]
                                                : doc->mentions.items[actor].name;
    if (named && strcmp(named, name) == 0) return 1;
  }
  return 0;
}

/* An attack or an abduction told as such, no one told doing it, is an
** unidentified armed group's (ACLED's actor1); not in a report of protests
** that names no armed group, whose unsaid force is the state's. */
static void test_an_attack_no_one_is_told_to_do(void **state) {
  static const char *const cases[][3] = {
      {"en", "An attack on a bar in Celaya left twelve people dead on Saturday.",
       "Unidentified Armed Group (Mexico)"},
      {"fr", "Cinquante villageois ont été enlevés samedi dans le village de Dutsi, dans l'Etat "
             "de Zamfara.", "Unidentified Armed Group (Nigeria)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    if (!a_side_named(doc, 0, cases[i][2])) print_error("'%s': no %s\n", cases[i][1], cases[i][2]);
    assert_true(a_side_named(doc, 0, cases[i][2]));
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "Thousands of people marched in Minsk on Sunday against the president. "
                          "Two waiters were wounded when a cafe near the square was attacked at "
                          "night.");
  assert_false(a_side_named(doc, 0, "Unidentified Armed Group (Belarus)"));
  sr_doc_free(doc);
}

/* A fight told as between communities, no side named, is fought by their
** militias, which ACLED codes "Unidentified Communal Militia (X)" on both
** sides; a side named is not replaced, nor a clash with the army. */
static void test_communities_fight_as_militias(void **state) {
  static const char *const cases[][3] = {
      {"fr", "Huit villageois ont été tués jeudi dans des affrontements intercommunautaires près "
             "de Sarh, au Tchad.", "Unidentified Communal Militia (Chad)"},
      {"en", "Fighting between nomadic herders and farmers killed nine people near Sarh, in southern "
             "Chad, on Thursday.", "Unidentified Communal Militia (Chad)"},
      {"en", "Tribal clashes killed eleven men in Enga province, Papua New Guinea, on Sunday.",
       "Unidentified Communal Militia (Papua New Guinea)"},
      /* armed men no name tells are the communities' militias too */
      {"fr", "Neuf personnes ont été tuées jeudi dans des affrontements intercommunautaires entre "
             "des hommes armés près de Sarh, au Tchad.", "Unidentified Communal Militia (Chad)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    for (int side = 0; side < 2; side++) {
      if (!a_side_named(doc, side, cases[i][2])) print_error("'%s': no %s\n", cases[i][1], cases[i][2]);
      assert_true(a_side_named(doc, side, cases[i][2]));
    }
    sr_doc_free(doc);
  }
  sr_doc *doc = fr(state, "Huit soldats ont été tués jeudi dans des affrontements avec des rebelles "
                          "près de Sarh, au Tchad.");
  assert_false(a_side_named(doc, 0, "Unidentified Communal Militia (Chad)"));
  assert_false(a_side_named(doc, 1, "Unidentified Communal Militia (Chad)"));
  sr_doc_free(doc);
}

/* "killed in clashes with security forces, the army said": the speaker
** after a fight is not its second side; the fighters killed are. */
static void test_who_tells_of_a_fight_is_no_side(void **state) {
  static const char *const cases[][4] = {
      {"en", "Nine Islamist fighters were killed on Monday near Kolo in clashes with security "
             "forces, the army said.", "Unidentified Armed Group", "Police Forces"},
      {"fr", "Neuf combattants islamistes ont été tués lundi près de Kolo dans un échange de tirs "
             "avec les forces de sécurité, a annoncé l'armée.", "Unidentified Armed Group",
       "Police Forces"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *clash = last_clash(doc);
    assert_non_null(clash);
    assert_true(clash->actor1 >= 0 && clash->actor2 >= 0);
    const char *one = doc->mentions.items[clash->actor1].name,
               *two = doc->mentions.items[clash->actor2].name;
    if (strncmp(one, cases[i][2], strlen(cases[i][2])) != 0 ||
        strncmp(two, cases[i][3], strlen(cases[i][3])) != 0)
      print_error("'%s': %s -> %s\n", cases[i][1], one, two);
    assert_true(strncmp(one, cases[i][2], strlen(cases[i][2])) == 0);
    assert_true(strncmp(two, cases[i][3], strlen(cases[i][3])) == 0);
    sr_doc_free(doc);
  }
}

/* Soldiers told with no nationality where the place has no army of its
** own on the ground are the army that holds it (armies.tsv): near Jenin,
** Israel's, not "Military Forces of Palestine"; police keep the place. */
static void test_soldiers_of_the_army_that_holds_the_place(void **state) {
  static const char *const cases[][2] = {
      {"en", "Two soldiers were wounded in a shooting attack near Jenin in the West Bank on Monday."},
      {"fr", "Deux soldats ont été blessés lundi dans une attaque par balles près de Jénine, en "
             "Cisjordanie."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i][1], cases[i][0], "2024-03-05");
    if (!a_side_named(doc, 1, "Military Forces of Israel (2022-)"))
      print_error("'%s': not Israel's army\n", cases[i][1]);
    assert_true(a_side_named(doc, 1, "Military Forces of Israel (2022-)"));
    sr_doc_free(doc);
  }
  sr_doc *doc = test_doc(*state, "Two policemen were wounded in a shooting attack near Jenin in the "
                                 "West Bank on Monday.", "en", "2024-03-05");
  assert_false(a_side_named(doc, 1, "Police Forces of Israel (2022-)"));
  sr_doc_free(doc);
}

/* A force told with no nationality after one told with it is that one
** ("the Turkish army shelled ... the army shelled"), not the army of the
** country the report is about; with none told before, the report's. */
static void test_the_army_told_before(void **state) {
  static const char *const cases[][2] = {
      {"en", "The Turkish army shelled villages near Kobani in northern Syria on Tuesday, killing "
             "three civilians. On Wednesday the army shelled positions of Kurdish fighters near "
             "Manbij."},
      {"fr", "L'armée turque a bombardé mardi des villages près de Kobané, dans le nord de la "
             "Syrie, tuant trois civils. Mercredi, l'armée a frappé des positions de combattants "
             "kurdes près de Manbij."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i][1], cases[i][0], "2024-03-05");
    if (a_side_named(doc, 0, "Military Forces of Syria (2000-)"))
      print_error("'%s': the army is Syria's\n", cases[i][1]);
    assert_false(a_side_named(doc, 0, "Military Forces of Syria (2000-)"));
    assert_true(a_side_named(doc, 0, "Military Forces of Turkey"));
    sr_doc_free(doc);
  }
  /* the report's own: none told before; after aircraft (foreign air
  ** power over the country whose army is "the army"); words that say the
  ** home state ("government forces", forces.txt home) */
  static const char *const own[][2] = {
      {"en", "On Wednesday the army shelled positions of Kurdish fighters near Manbij in northern "
             "Syria."},
      {"en", "Russian jets struck rebel positions near Palmyra in Syria on Tuesday. On Wednesday the "
             "army shelled the town of Tadmur, killing four civilians."},
      {"fr", "Des avions russes ont frappé mardi des positions rebelles près de Palmyre, en Syrie. "
             "Mercredi, l'armée a bombardé la ville, tuant quatre civils."},
      {"en", "Russian troops shelled rebel positions near Palmyra in Syria on Tuesday. On Wednesday "
             "government forces shelled the town of Tadmur, killing four civilians."},
      {"fr", "Des soldats russes ont bombardé mardi des positions rebelles près de Palmyre, en "
             "Syrie. Mercredi, les forces gouvernementales ont bombardé la ville, tuant quatre "
             "civils."},
  };
  for (size_t i = 0; i < sizeof own / sizeof *own; i++) {
    sr_doc *doc = test_doc(*state, own[i][1], own[i][0], "2024-03-05");
    if (!a_side_named(doc, 0, "Military Forces of Syria (2000-)"))
      print_error("'%s': the army is not Syria's\n", own[i][1]);
    assert_true(a_side_named(doc, 0, "Military Forces of Syria (2000-)"));
    sr_doc_free(doc);
  }
}

/* Each case {lang, text, actor1, actor2}: an event of the report has
** actor1 so named, one has actor2 (a counted force's implied side too). */
static void expect_both_sides(void **state, const char *const (*cases)[4], size_t n) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = test_doc(*state, cases[i][1], cases[i][0], "2024-05-06");
    for (int side = 0; side < 2; side++) {
      if (!a_side_named(doc, side, cases[i][2 + side]))
        print_error("'%s': no %s\n", cases[i][1], cases[i][2 + side]);
      assert_true(a_side_named(doc, side, cases[i][2 + side]));
    }
    sr_doc_free(doc);
  }
}

/* "The latest attack comes a week after al Shabaab killed ten people":
** the subject of an earlier deed recalled after the trigger is that
** deed's side, not the one this deed hit; the group then stands for the
** unnamed gunmen. */
static void test_the_subject_of_a_deed_recalled(void **state) {
  static const char *const cases[][4] = {
      {"en", "Gunmen opened fire on a checkpoint near Afgoye on Monday, killing five soldiers. The "
             "latest attack comes a week after al Shabaab killed ten people at a market in Baidoa.",
       "Al Shabaab", "Military Forces of Somalia (2022-)"},
      {"fr", "Des hommes armés ont attaqué lundi un commissariat à Afgoye, tuant quatre policiers. "
             "L'attaque survient trois jours après que les shebab ont tué dix soldats près de "
             "Baidoa.", "Al Shabaab", "Police Forces of Somalia (2022-)"},
  };
  expect_both_sides(state, cases, sizeof cases / sizeof *cases);
}

/* "Ali Nur, a spokesman for al Shabaab, claimed responsibility for the
** attack": the group that ends the apposition before the claim's verb
** claims it; a group the report's country does not know claims nothing. */
static void test_a_claim_after_an_apposition(void **state) {
  static const char *const cases[][4] = {
      {"en", "Gunmen opened fire on a checkpoint near Afgoye in Somalia on Monday, killing five "
             "soldiers. Officials said the gunmen fled. Residents heard shooting for an hour. Ali "
             "Nur, a spokesman for al Shabaab, claimed responsibility for the attack.",
       "Al Shabaab", "Military Forces of Somalia (2022-)"},
      {"fr", "Des hommes armés ont ouvert le feu lundi sur un poste de contrôle près d'Afgoye, en "
             "Somalie, tuant cinq soldats. Les assaillants ont pris la fuite. Des habitants ont "
             "entendu des tirs pendant une heure. Ali Nour, porte-parole des shebab, a revendiqué "
             "l'attaque.", "Al Shabaab", "Military Forces of Somalia (2022-)"},
      {"en", "Gunmen opened fire on a checkpoint near Kaya in Burkina Faso on Monday, killing five "
             "soldiers. Officials said the gunmen fled. Residents heard shooting for an hour. Ali "
             "Nur, a spokesman for al Shabaab, claimed responsibility for the attack.",
       "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"},
  };
  expect_both_sides(state, cases, sizeof cases / sizeof *cases);
}

/* Each case {lang, text}: no event of the report has that side so named. */
static void expect_no_side(void **state, const char *const (*cases)[2], size_t n, int side,
                           const char *name) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = test_doc(*state, cases[i][1], cases[i][0], "2024-05-06");
    if (a_side_named(doc, side, name)) print_error("'%s': %s\n", cases[i][1], name);
    assert_false(a_side_named(doc, side, name));
    sr_doc_free(doc);
  }
}

/* "les policiers auraient pu éviter cette attaque": what could have been
** is no deed; who could have prevented an attack did not do it. */
static void test_who_could_have_prevented_it(void **state) {
  static const char *const cases[][2] = {
      {"fr", "Kenscoff, un quartier de Port-au-Prince, en Haïti, est le théâtre d'attaques "
             "meurtrières. Le bilan provisoire fait état de 30 morts. Selon un syndicat, avec plus "
             "de moyens, les policiers auraient pu éviter cette attaque."},
      {"en", "Kenscoff, a district of Port-au-Prince in Haiti, has been the scene of deadly "
             "attacks. The provisional toll stands at 30 dead. With more resources, the police "
             "could have prevented this attack, a union said."},
  };
  expect_no_side(state, cases, sizeof cases / sizeof *cases, 0, "Police Forces of Haiti");
}

/* "The previous clashes had pitted security forces against Kurdish
** fighters", past the lede: background (modality.txt), not the sides of the
** clash the lede tells. */
static void test_the_sides_of_previous_clashes(void **state) {
  static const char *const cases[][2] = {
      {"fr", "Au moins cinq personnes ont été tuées jeudi dans des affrontements près de "
             "Mayadine, en Syrie. Le bilan s'est alourdi dans la journée. Les précédents "
             "affrontements avaient opposé les forces de sécurité syriennes à des combattants "
             "kurdes."},
      {"en", "At least five people were killed on Thursday in clashes near Mayadin in Syria. The "
             "toll rose later in the day. The previous clashes had pitted Syrian security forces "
             "against Kurdish fighters."},
  };
  expect_no_side(state, cases, sizeof cases / sizeof *cases, 0, "Police Forces of Syria (2000-)");
}

/* "the bodies of five rebels, including two women": people a figure counts
** as a part of fighters are of them, no side of a clash of their own;
** "twelve people, including two women" are civilians still. */
static void test_women_among_the_fighters(void **state) {
  static const char *const cases[][2] = {
      {"en", "After a two-hour exchange of fire, the bodies of five rebels, including two women, "
             "were recovered from the forest near Bijapur in India."},
      {"fr", "Après deux heures d'échange de tirs, les corps de cinq rebelles, dont deux femmes, "
             "ont été retrouvés dans la forêt près de Bijapur, en Inde."},
  };
  expect_no_side(state, cases, sizeof cases / sizeof *cases, 1, "Civilians (India)");
  sr_doc *doc = test_doc(*state, "Gunmen killed twelve people, including two women, in a village "
                                 "near Bokkos in Nigeria.", "en", "2024-05-06");
  assert_true(a_side_named(doc, 1, "Civilians (Nigeria)"));
  sr_doc_free(doc);
}

/* "Police Commissioner David Manning described the clash": a police rank
** before a name is a person's title (titles.txt), not the police as a side
** of the fight he tells of. */
static void test_a_police_rank_is_a_title(void **state) {
  static const char *const cases[][2] = {
      {"en", "Nine people were killed in clashes in Enga province, Papua New Guinea. Police "
             "Commissioner David Manning later described the clash as a fight between tribes."},
      {"en", "Nine people were killed in clashes in Enga province, Papua New Guinea. Police "
             "Superintendent David Manning described the clash as a feud between two tribes."},
  };
  expect_no_side(state, cases, sizeof cases / sizeof *cases, 0,
                 "Police Forces of Papua New Guinea");
}

/* "Troops hit a roadside bomb", "une équipe en renfort a sauté sur un
** engin explosif": the subject suffers the blast (triggers.txt victim), an
** unidentified group's; "un groupe d'individus lourdement armés" are
** unnamed armed men (armed_groups.txt). */
static void test_who_hits_a_mine(void **state) {
  static const char *const cases[][4] = {
      {"en", "Troops hit a roadside bomb near Dapaong in Togo on Tuesday.",
       "Unidentified Armed Group (Togo)", "Military Forces of Togo (2005-)"},
      {"en", "Army reinforcements hit a landmine near Dapaong in Togo on Tuesday.",
       "Unidentified Armed Group (Togo)", "Military Forces of Togo (2005-)"},
      {"fr", "Une équipe en renfort a sauté sur un engin explosif mardi près de Dapaong, au Togo.",
       "Unidentified Armed Group (Togo)", "Military Forces of Togo (2005-)"},
  };
  expect_both_sides(state, cases, sizeof cases / sizeof *cases);
  sr_doc *doc = test_doc(*state, "Un poste militaire a été attaqué mardi près de Dapaong, au Togo, "
                                 "par un groupe d'individus lourdement armés.", "fr", "2024-05-06");
  const sr_event *e = only_event(doc);
  assert_true(e->actor1 >= 0);
  assert_string_equal(doc->mentions.items[e->actor1].name, "Unidentified Armed Group (Togo)");
  sr_doc_free(doc);
}

/* State forces known by their own name (actors.tsv): the CRPF is the
** side hit, not civilians. */
static void test_forces_known_by_their_name(void **state) {
  static const char *const cases[][4] = {
      {"en", "Five CRPF personnel were wounded when Maoists attacked their camp in Sukma district "
             "of Chhattisgarh on Monday.",
       "CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India (2014-)"},
      {"fr", "Des membres de la CRPF ont été blessés lundi quand des maoïstes ont attaqué leur camp "
             "dans le district de Sukma, dans l'État du Chhattisgarh, en Inde.",
       "CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India (2014-)"},
  };
  expect_both_sides(state, cases, sizeof cases / sizeof *cases);
}

/* "a pénétré dans un bar en ouvrant le feu sur les clients": the gerund
** tells the shooting (French forms are not stemmed together: triggers.txt
** lists "ouvrant le feu" beside "ouvert le feu"), the gang's. */
static void test_opening_fire(void **state) {
  static const char *const cases[][4] = {
      {"fr", "Samedi, un gang armé a pénétré dans un bar d'Irapuato, au Mexique, en ouvrant le feu "
             "sur les clients.", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"},
  };
  expect_both_sides(state, cases, sizeof cases / sizeof *cases);
}

/* "des combats entre “deux communautés”": quotation marks around the words
** after a deed do not end what roles.c reads there (the communal cue). */
static void test_a_cue_in_quotes(void **state) {
  static const char *const cases[][4] = {
      {"fr", "Au moins vingt personnes ont été tuées dans des combats entre « deux communautés » "
             "dans l'est du Tchad, près d'Abéché.", "Unidentified Communal Militia (Chad)",
       "Unidentified Communal Militia (Chad)"},
      {"en", "At least twenty people were killed in fighting between \"two communities\" in eastern "
             "Chad, near Abeche.", "Unidentified Communal Militia (Chad)",
       "Unidentified Communal Militia (Chad)"},
  };
  expect_both_sides(state, cases, sizeof cases / sizeof *cases);
}

static void test_civilians_of_the_place_hit(void **state) {
  /* a report whose words are mostly Israel's: the civilians killed in Gaza
  ** are Palestine's */
  sr_doc *doc = test_doc(*state,
                         "L'armée israélienne a annoncé mardi une frappe aérienne contre le Hamas "
                         "à Gaza. Israël affirme viser le Hamas. Selon l'armée israélienne, la "
                         "frappe israélienne a tué trois civils à Gaza.",
                         "fr", "2024-01-01");
  assert_true(a_side_named(doc, 1, "Civilians (Palestine)"));
  sr_doc_free(doc);
}

/* An armed group no one names acts where it struck: "terroristes" who
** killed in a village of Niger, in a report whose words are mostly Burkina
** Faso's, are an unidentified group of Niger, as its victims are Niger's. */
static void test_unnamed_group_of_the_place_hit(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Des terroristes ont tué cinq villageois lundi près de Téra, dans la "
                         "région de Tillabéri, au Niger. Le Burkina Faso a renforcé sa "
                         "frontière. Le Burkina Faso craint des infiltrations.",
                         "fr", "2024-01-01");
  assert_true(a_side_named(doc, 0, "Unidentified Armed Group (Niger)"));
  sr_doc_free(doc);
  /* not where it signs: the rebels of an agreement signed abroad */
  doc = test_doc(*state,
                 "Le gouvernement sud-soudanais et les rebelles ont signé jeudi soir à Addis "
                 "Abeba, la capitale éthiopienne, un accord de cessez-le-feu, après un mois de "
                 "combats au Soudan du Sud.",
                 "fr", "2014-01-24");
  const sr_event *e = only_event(doc);
  const char *rebels = e->side_name[1]    ? e->side_name[1]
                       : e->actor2 >= 0 ? doc->mentions.items[e->actor2].name
                                        : "(none)";
  assert_string_equal(rebels, "Unidentified Armed Group (South Sudan)");
  sr_doc_free(doc);
}

/* "killed four soldiers and two civilians": the forces counted first are
** the side hit, the people beside them; and the raid told again that way
** is the raid of the lede, not a second one. */
static void test_forces_counted_before_civilians(void **state) {
  static const char *const cases[][2] = {
      {"en", "Rebels killed four soldiers and two civilians in a raid on a border post."},
      {"en", "Four soldiers and two civilians were killed in a raid on a border post."},
      {"fr", "Des rebelles ont tué quatre soldats et deux civils lors d'un raid sur un poste."},
      /* the forces' demonym between, and a short word after "et" */
      {"fr", "Quatre militaires maliens et sept civils ont été tués mardi près de Gao."},
      {"fr", "Deux militaires maliens et un civil ont été tués mardi près de Gao."},
      /* "security personnel" are forces too */
      {"en", "Six security personnel and a driver were killed on Tuesday in an ambush by "
             "Maoists in Sukma."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    const char *hit = e->actor2 < 0 ? e->implied[1]
                      : e->side_name[1] ? e->side_name[1]
                                        : doc->mentions.items[e->actor2].name;
    int forces = hit && (strncmp(hit, "Military Forces", 15) == 0 ||
                         strncmp(hit, "Police Forces", 13) == 0);
    if (!forces) print_error("'%s': actor2 %s\n", cases[i][1], hit ? hit : "(none)");
    assert_true(forces);
    sr_doc_free(doc);
  }
  /* the people counted first stay the side hit */
  sr_doc *doc = en(state, "A gunman killed five civilians and a policeman at the market.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor2 >= 0 && sr_actor_of(&doc->mentions.items[e->actor2])->inter ==
                                    SR_INTER_CIVILIANS);
  sr_doc_free(doc);
  doc = en(state, "Rebels killed six people in a raid on an army post in the north on Friday. "
                  "The raid claimed the lives of four soldiers and two civilians, officials said.");
  const sr_event *all[3];
  assert_int_equal(test_live_events(doc, all, 3), 1);
  sr_doc_free(doc);
}

/* A report with no date to count from: "on Wednesday" and "on Friday" are
** two days, so two deeds, though neither has a date. */
static void test_weekdays_apart_with_no_date(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Rebels killed six soldiers in a raid on an army post on Friday, the "
                         "government said Saturday.\nThe raid was the deadliest this month.\n"
                         "On Wednesday, rebels killed four soldiers in an attack on a convoy.",
                         "en", NULL);
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

/* A series' running total beside a single deed of the series: "the number
** killed in strikes rises to 15" is no event and no toll of the new strike;
** a deed's own update ("the death toll from the bombing rose to 21") is. */
static void test_running_total_of_a_series(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Two men were killed in a new drone strike on a car near Rafah on Monday, "
                         "medics said.\n\nThe number of people killed in drone strikes on the "
                         "area on Monday rises to 11.",
                         "en", "2024-03-05");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal((int)e[0]->fatalities, 2);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Nine people were killed in a suicide bombing at a market in Mopti on Monday.\n\n"
                 "The death toll from the bombing rose to 21 on Tuesday, officials said.",
                 "en", "2024-03-05");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal((int)e[0]->fatalities, 21);
  sr_doc_free(doc);
}

/* Unseen reports' forms: the attackers' own dead told after forces hit by
** no one named; an attack from the air is a strike; a bound on a toll
** ("pourrait s'élever à 100") adds no dead; "membres des forces" count. */
static void test_attackers_dead_and_bounds(void **state) {
  sr_doc *doc = in_lang(state, "fr",
                        "Quatre membres des forces de sécurité ont été tués mardi dans une "
                        "attaque lancée par des hommes armés contre un poste de Kolo. Trois des "
                        "assaillants ont également perdu la vie.");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal((int)e[0]->fatalities, 7);
  sr_doc_free(doc);
  doc = in_lang(state, "fr",
                "Des dizaines de villageois ont été tués mardi dans une attaque aérienne sur "
                "le village de Kolo. Au moins trente personnes ont été tuées, mais le bilan "
                "pourrait s'élever à 80 morts selon un secouriste.");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_string_equal(SUB_TYPE(doc, e[0]), "Air/drone strike");
  assert_int_equal((int)e[0]->fatalities, 30);
  sr_doc_free(doc);
  /* the rest of a whole's parts ("including five children and two women") */
  doc = en(state, "An air strike on Kolo on Saturday killed 18 people including five children "
                  "and two women.");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal((int)e[0]->fatalities, 18);
  sr_doc_free(doc);
  doc = in_lang(state, "fr", "L'attaque a coûté la vie à douze personnes, comprenant cinq gardes "
                             "et sept soldats.");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal((int)e[0]->fatalities, 12);
  sr_doc_free(doc);
  /* a quote's "today" counts from the speaker's day: the quote tells the
  ** lede's clashes again; a one-word label ("FILE.") is no lede */
  doc = test_doc(*state,
                 "Home World Peru, clashes between farmers and the police: 12 dead\nFILE. Clashes "
                 "in Peru between the police and farmers, who demand new elections, left at least "
                 "12 dead on Monday in Juliaca, during an attempt to storm the airport. The "
                 "ombudsman announced it.\n\n“We have confirmed 12 dead today in Puno during "
                 "clashes with the police near the Juliaca airport,” an official told AFP.",
                 "en", "2023-01-10");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  sr_doc_free(doc);
  /* a bound before another count is no bound of it */
  doc = en(state, "As many as eight policemen and one driver were killed when a bomb hit their "
                  "vehicle near Kolo on Monday.");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal((int)e[0]->fatalities, 9);
  sr_doc_free(doc);
  /* names in apposition between a figure and its verb */
  doc = in_lang(state, "fr", "Trois policiers, Jean Kolo, Paul Bama et Marc Gao, ont été tués "
                             "lundi à Delmas.");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal((int)e[0]->fatalities, 3);
  sr_doc_free(doc);
  /* the present of French headlines */
  doc = in_lang(state, "fr", "Des jihadistes attaquent un poste militaire à Kolo et enlèvent "
                             "trois gendarmes.");
  assert_true(test_live_events(doc, e, 4) >= 1);
  sr_doc_free(doc);
  /* the side attacked striking back from the air: a strike of its own */
  doc = en(state, "Eight soldiers died in an ambush by jihadists near Kolo on Friday, the army "
                  "said.\n\nEight soldiers were killed and three were wounded, it said.\n\n"
                  "Around 60 terrorists were killed in an airborne counterattack on their "
                  "columns, it said.");
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
  doc = en(state, "At least 30 people were killed in an air attack on the village of Kolo on "
                  "Tuesday, and the toll could rise to 80, a rescuer said.");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_string_equal(SUB_TYPE(doc, e[0]), "Air/drone strike");
  assert_int_equal((int)e[0]->fatalities, 30);
  sr_doc_free(doc);
}

/* "Hours later," opening a sentence tells it on the time of the sentence
** before: after a past deed recalled, a past deed too; after the news,
** news. */
static void test_later_than_the_past(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Jets struck a depot near Kolo on Saturday, killing ten people.\n"
                         "The strike comes a day after a strike in Bama killed a commander. "
                         "Hours later, a bomb killed a rebel leader in Gao.",
                         "en", "2024-08-17");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  sr_doc_free(doc);
  /* "comes after" an earlier deed recalls it */
  doc = test_doc(*state,
                 "Jets struck a depot near Kolo on Saturday, killing ten people.\n"
                 "The strike comes after a strike last month in Bama killed a commander.",
                 "en", "2024-08-17");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Des avions ont frappé un dépôt près de Kolo samedi, tuant dix personnes.\n"
                 "La frappe intervient après un raid qui a tué un commandant à Bama.",
                 "fr", "2024-08-17");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Gunmen killed five villagers in Kolo on Monday, officials said.\n\n"
                 "Hours later, a bomb killed three soldiers in Bama.",
                 "en", "2024-08-17");
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

/* A deed named again by its noun just after a past one ("One soldier was
** killed in the attack") is of that past; so is the sentence told on its
** time ("The same month, ...", "Le même jour, ..."). */
static void test_anaphor_of_the_past(void **state) {
  static const struct { const char *text, *lang; } cases[] = {
      {"Gunmen killed six farmers in Kolo on Monday, police said. The attackers fled.\n"
       "In January 2020, the group threatened the region. A few days later, fighters "
       "attacked an army base near Bama. One soldier was killed in the attack. The same "
       "month, three more people were killed in an attack on a bus near Gao.",
       "en"},
      {"Des hommes armés ont tué six paysans à Kolo lundi, selon la police. Les assaillants "
       "ont fui.\nEn janvier 2020, le groupe avait menacé la région. Quelques jours plus "
       "tard, des combattants ont attaqué une base de l'armée près de Bama. Un soldat a été "
       "tué dans l'attaque. Le même mois, trois autres personnes ont été tuées dans "
       "l'attaque d'un bus près de Gao.",
       "fr"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2024-08-17");
    const sr_event *e[4];
    assert_int_equal(test_live_events(doc, e, 4), 1);
    assert_int_equal((int)e[0]->fatalities, 6);
    sr_doc_free(doc);
  }
}

/* Past the lede, a deed dated by its year alone is a year's sum or one
** recalled, not the news; with no publication date, a month told with its
** year is as long past as a day would be ("in September 2013" when the
** report names January 2020); "had previously", "avaient déjà", "had been
** fighting" tell a past for context. */
static void test_year_or_month_told_whole(void **state) {
  static const struct { const char *text, *lang, *published; } cases[] = {
      {"Two civilians were killed on Saturday when their truck hit a mine near Kolo, "
       "officials said. Fifteen others were wounded.\nImprovised mines killed 76 people and "
       "wounded 287 in the country in 2020, a UN agency said.",
       "en", NULL},
      {"Deux civils ont été tués samedi quand leur camion a heurté une mine près de Kolo. "
       "Quinze autres ont été blessés.\nCes engins explosifs ont fait 76 morts et 287 blessés "
       "au Mali en 2020, selon l'ONU.",
       "fr", NULL},
      {"Six people were killed on Monday in Kolo, officials said. The attackers fled.\n"
       "In January 2020, the group threatened the country. For example, in September "
       "2013, 67 people died in an attack on a mall in Bama and 148 people were killed in "
       "an attack on a college in Gao in April 2015.",
       "en", NULL},
      /* "this year" past the lede is a year's sum; "At the same time," after
      ** it (past a sentence of no deed) is more of it */
      {"Israeli forces killed two men in Jenin on Thursday, officials said. The army gave no "
       "comment.\nThe ministry said 210 people have been killed this year. They included "
       "fighters and civilians. At the same time, 23 civilians have been killed in attacks in "
       "Israel, according to army figures.",
       "en", "2024-03-12"},
      {"A gang took control of a police station in Kolo on Saturday, a local radio said. Its "
       "members also blocked the main road.\nFor two weeks before, the gangs had been fighting "
       "each other in nearby Bama.",
       "en", "2024-03-12"},
      /* "had previously allied", "avaient déjà éclaté": a past told for context */
      {"Soldiers clashed with militiamen near Kolo on Wednesday, injuring 13 people, a doctor "
       "said. Three of them were seriously hurt. The militia had previously allied with "
       "federal troops during a civil war in Bama that ended with a truce.",
       "en", NULL},
      {"Des émeutiers ont affronté la police à Kolo mercredi, faisant trois blessés. Les "
       "magasins ont fermé. Des violences avaient déjà éclaté dans le quartier de Bama dans "
       "la nuit du 2 au 3 mars, au cours de laquelle deux policiers ont été blessés.",
       "fr", "2024-03-12"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, cases[i].published);
    const sr_event *e[4];
    int n = test_live_events(doc, e, 4);
    if (n != 1) print_error("case %zu: %d events\n", i, n);
    assert_int_equal(n, 1);
    sr_doc_free(doc);
  }
}

/* A sentence opening on "since" and a year ("Since 2017, ...", "C'est
** depuis fin 2017 que ...") tells a sum over years, even with no
** publication date to find the year long past. */
static void test_since_a_year_opening(void **state) {
  static const struct { const char *text, *lang; } cases[] = {
      {"Gunmen killed five soldiers near Kolo on Monday, the army said. Since 2017, troops "
       "and separatists have clashed in the two regions.",
       "en"},
      {"Des hommes armés ont tué cinq soldats près de Kolo lundi. C'est depuis fin 2017 que "
       "les forces de sécurité et des groupes séparatistes armés qui veulent un Etat, "
       "s'affrontent dans les deux régions.",
       "fr"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, NULL);
    const sr_event *e[4];
    assert_int_equal(test_live_events(doc, e, 4), 1);
    assert_int_equal((int)e[0]->fatalities, 5);
    sr_doc_free(doc);
  }
}

/* "La veille, trois soldats ont été tués": a day other than the story's
** (roles.txt `separate`) is another event, never a count of its toll; a
** mine that kills is an explosion. */
static void test_the_day_before_is_another_event(void **state) {
  static const struct { const char *text, *lang, *published; } cases[] = {
      {"Deux civils ont été tués samedi près de Kolo quand leur véhicule a heurté un engin "
       "explosif. La veille, trois soldats ont été tués par une mine dans le centre du pays.",
       "fr", NULL},
      {"Two civilians were killed on Saturday near Kolo when their vehicle hit a roadside bomb. "
       "The day before, three soldiers were killed by a landmine in the centre of the country.",
       "en", NULL},
      {"Deux civils ont été tués samedi près de Kolo quand leur véhicule a heurté un engin "
       "explosif. La veille, trois soldats ont été tués par une mine près de Bama.",
       "fr", "2024-03-12"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, cases[i].published);
    const sr_event *e[4];
    assert_int_equal(test_live_events(doc, e, 4), 2);
    assert_int_equal((int)e[1]->fatalities, 3);
    assert_string_equal(SUB_TYPE(doc, e[1]), "Remote explosive/landmine/IED");
    sr_doc_free(doc);
  }
}

/* "regained control of" takes ground back, as "took control of" takes it */
static void test_regained_control(void **state) {
  sr_doc *doc = en(state, "The police regained control of a police station in Port-au-Prince on "
                          "Sunday, a week after a gang seized it.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Government regains territory");
  sr_doc_free(doc);
}

static void test_the_crowd_of_a_riot_are_rioters(void **state) {
  /* ACLED names the crowd of a violent demonstration "Rioters (X)",
  ** whatever word named its people ("activists", "students") */
  static const char *const texts[] = {
      "Protesters clashed with police in Nairobi on Monday.",
      "Ten people were killed in clashes between student activists and police in Nairobi on "
      "Monday.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = en(state, texts[i]);
    const sr_event *e = only_event(doc);
    assert_string_equal(SUB_TYPE(doc, e), "Violent demonstration");
    if (!e->side_name[0] || strcmp(e->side_name[0], "Rioters (Kenya)") != 0)
      print_error("'%s': %s\n", texts[i], e->side_name[0] ? e->side_name[0] : "(none)");
    assert_non_null(e->side_name[0]);
    assert_string_equal(e->side_name[0], "Rioters (Kenya)");
    assert_int_equal(e->side_inter[0], SR_INTER_RIOTERS);
    sr_doc_free(doc);
  }
}

static void test_what_an_attack_destroyed(void **state) {
  sr_doc *doc = en(state, "Gunmen attacked a police checkpoint near Gao on Saturday night, killing "
                          "three officers.\n\nThe attackers burned two police vehicles and a "
                          "motorbike, the governor said.");
  assert_string_equal(only_event(doc)->action->name, "attack");
  sr_doc_free(doc);
}

static void test_what_the_subject_aims_at_is_no_agent(void **state) {
  sr_doc *doc = en(state, "The Saudi-led coalition targeting Shiite Houthi rebels in Yemen killed "
                          "at least 15 people on Monday.");
  expect_side(doc, only_event(doc)->actor1, "Military Forces of Saudi Arabia", SR_INTER_EXTERNAL);
  sr_doc_free(doc);
  /* a relative's past, the sentence retelling the lede: the forces
  ** "targeted" are hit, they are not who wounds */
  static const char *const retold[][2] = {
      {"en", "A car bomb exploded in a crowded market in Kirkuk on Monday, killing five people. "
             "Those attacks, mostly by bombs that went off in shops or targeted security forces, "
             "also wounded at least 20 people, police said."},
      {"fr", "Une voiture piégée a explosé lundi dans un marché de Kirkouk, tuant cinq personnes. "
             "Ces attaques, des bombes qui visaient les forces de sécurité, ont aussi blessé "
             "vingt personnes, selon la police."},
  };
  for (size_t i = 0; i < sizeof retold / sizeof *retold; i++) {
    doc = in_lang(state, retold[i][0], retold[i][1]);
    const sr_event *e = only_event(doc);
    const char *a1 = e->actor1 >= 0 ? doc->mentions.items[e->actor1].name : NULL;
    if (a1 && strncmp(a1, "Police Forces", 13) == 0) print_error("%s: actor1 %s\n", retold[i][0], a1);
    assert_false(a1 && strncmp(a1, "Police Forces", 13) == 0);
    sr_doc_free(doc);
  }
}

/* "a former Taliban leader", "un ancien militaire": a person once of an
** armed side is no side of the deed, and not armed: the killing is of a
** civilian. */
static void test_a_former_member_is_no_side(void **state) {
  static const char *const texts[][2] = {
      {"en", "Two gunmen opened fire at the home of a former Taliban leader in Kabul late "
             "Friday, killing a guard."},
      {"en", "Gunmen killed a former soldier in Bamako on Monday."},
      {"fr", "Un ancien militaire a été tué lundi par des hommes armés à Bamako."},
      {"fr", "Deux hommes armés ont ouvert le feu sur le domicile d'un ancien chef taliban à "
             "Kaboul, tuant un gardien."},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = in_lang(state, texts[i][0], texts[i][1]);
    const sr_event *e = only_event(doc);
    if (strcmp(EVENT_TYPE(doc, e), "Violence against civilians") != 0)
      print_error("'%s': %s\n", texts[i][1], EVENT_TYPE(doc, e));
    assert_string_equal(EVENT_TYPE(doc, e), "Violence against civilians");
    assert_true(e->actor2 < 0 || sr_actor_of(&doc->mentions.items[e->actor2])->inter ==
                                     SR_INTER_CIVILIANS);
    sr_doc_free(doc);
  }
  /* a former office holder after a possessive: one person killed */
  sr_doc *doc = en(state, "Al-Shabaab militants killed Kenya's former interior minister with a "
                          "car bomb in Mombasa on Monday.");
  const sr_event *e = only_event(doc);
  expect_implied(e, 1, "Civilians (Kenya)");
  assert_true(e->fatalities == 1);
  sr_doc_free(doc);
  /* who passes for a side is none of it: "posing as soldiers" */
  static const char *const posing[][2] = {
      {"en", "A group of armed men posing as soldiers killed a policeman in Neiva on Monday."},
      {"fr", "Des hommes armés se faisant passer pour des soldats ont tué un policier lundi à "
             "Neiva."},
  };
  for (size_t i = 0; i < sizeof posing / sizeof *posing; i++) {
    doc = in_lang(state, posing[i][0], posing[i][1]);
    e = only_event(doc);
    int inter = e->actor1 >= 0 ? sr_actor_of(&doc->mentions.items[e->actor1])->inter : 0;
    if (inter == SR_INTER_STATE) print_error("'%s': actor1 state forces\n", posing[i][1]);
    assert_true(inter != SR_INTER_STATE);
    sr_doc_free(doc);
  }
}

/* "Meanwhile", "Par ailleurs": the deed after it is another occasion than
** the one told before, not that one told again. */
static void test_a_separate_occasion(void **state) {
  static const char *const texts[][2] = {
      {"en", "Taliban insurgents attacked a police post in Farah on Saturday, killing three "
             "officers. Meanwhile, gunmen opened fire at a house, killing a guard."},
      {"en", "Taliban insurgents attacked a police post in Farah on Saturday, killing three "
             "officers. Elsewhere, gunmen opened fire at a house, killing a guard."},
      {"fr", "Des talibans ont attaqué samedi un poste de police à Farah, tuant trois "
             "policiers. Par ailleurs, des hommes armés ont ouvert le feu sur une maison, "
             "tuant un gardien."},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = in_lang(state, texts[i][0], texts[i][1]);
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    if (n != 2) print_error("'%s': %zu events\n", texts[i][1], n);
    assert_int_equal(n, 2);
    sr_doc_free(doc);
  }
}

/* "Two farmers were also killed": one more deed, no doer named, is the
** doer's of the deed told just before; not when that doer is the side hit,
** nor from a report with no doer before it. */
static void test_one_more_deed_of_the_last_doer(void **state) {
  static const char *const texts[][2] = {
      {"en", "Boko Haram fighters raided Konduga in Borno State on Sunday and killed ten "
             "villagers. Two farmers were also killed in their fields and three women abducted."},
      {"fr", "Des combattants de Boko Haram ont tué dix villageois dimanche à Konduga, dans "
             "l'Etat de Borno. Deux agriculteurs ont également été tués près de Bama."},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = in_lang(state, texts[i][0], texts[i][1]);
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    assert_int_equal(n, 2);
    for (size_t j = 0; j < n; j++)
      expect_side(doc, e[j]->actor1, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                  SR_INTER_REBELS);
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "Two farmers were also killed in their fields near Konduga on Sunday.");
  assert_true(only_event(doc)->actor1 < 0);
  sr_doc_free(doc);
}

/* A state named by its country or capital: in the possessive before a
** force ("Russia's army", demonyms.txt), or as the subject of a deed with
** a word or two between (state_names.txt): its own forces, not the forces
** of the country the deed falls in.  Not after a preposition, nor with a
** speech between ("Moscow said its troops"), nor far from the deed. */
/* One report a line, its one event's actor1 by name. */
typedef struct named_case {
  const char *lang, *text, *actor1;
} named_case;

static void expect_actor1_names(void **state, const named_case *cases, size_t n) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2024-03-05");
    long a1 = only_event(doc)->actor1;
    const char *name = a1 >= 0 ? doc->mentions.items[a1].name : NULL;
    if (!name || strcmp(name, cases[i].actor1) != 0)
      print_error("'%s': actor1 %s\n", cases[i].text, name ? name : "(none)");
    assert_true(name && strcmp(name, cases[i].actor1) == 0);
    sr_doc_free(doc);
  }
}

/* Militias told by their community, their ethnic group or their tribe,
** no name given, are ACLED's unnamed communal militias (inter 4). */
static void test_communal_militias_by_their_kind(void **state) {
  static const named_case cases[] = {
      {"en", "Tribal militiamen attacked a village near Wau in South Sudan on Tuesday, killing 14 "
             "people.", "Unidentified Communal Militia (South Sudan)"},
      {"fr", "Des miliciens communautaires ont attaqué mardi un village près de Wau, au Soudan du "
             "Sud, tuant quatorze civils.", "Unidentified Communal Militia (South Sudan)"},
  };
  expect_actor1_names(state, cases, sizeof cases / sizeof *cases);
}

/* The weapon a deed was done with, right after its noun, does not hide
** who did it ("une attaque à main armée attribuée aux séparatistes" was a
** battle against the separatists). */
static void test_the_weapon_then_the_doer(void **state) {
  static const named_case cases[] = {
      {"en", "Six people died on Saturday near Bamenda, Cameroon, during an attack with machetes "
             "blamed on separatists.", "Ambazonian Separatists"},
      {"fr", "Six personnes sont mortes samedi près de Bamenda, au Cameroun, au cours d'une attaque "
             "à main armée attribuée aux séparatistes.", "Ambazonian Separatists"},
  };
  expect_actor1_names(state, cases, sizeof cases / sizeof *cases);
}

static void test_a_state_by_its_name(void **state) {
  static const named_case cases[] = {
      {"en", "Russia's army shelled Kherson on Monday, killing two civilians.",
       "Military Forces of Russia (2000-)"},
      {"en", "Kyiv's forces shelled Donetsk on Monday, killing two civilians.",
       "Military Forces of Ukraine (2019-)"},
      {"fr", "La Russie a bombardé Kherson lundi, tuant deux civils.",
       "Military Forces of Russia (2000-)"},
      {"fr", "Lundi, Moscou a bombardé Kherson, tuant deux civils.",
       "Military Forces of Russia (2000-)"},
      {"en", "Officials said that Israel has bombed a house in Gaza, killing two civilians.",
       "Military Forces of Israel (2022-)"},
      /* the deed as the object of a verb of hers (state_names.txt "+") */
      {"fr", "La Russie a lancé une attaque massive de missiles sur Kiev, tuant cinq civils.",
       "Military Forces of Russia (2000-)"},
      {"en", "Russia launched a massive missile attack on Kyiv overnight, killing five civilians.",
       "Military Forces of Russia (2000-)"},
      /* a volley launched is a strike (triggers.txt) */
      {"fr", "Moscou a lancé une vague de drones sur Kherson, tuant deux civils.",
       "Military Forces of Russia (2000-)"},
      {"en", "Russia launched a wave of drones at Kherson overnight, killing two civilians.",
       "Military Forces of Russia (2000-)"},
      {"fr", "La Russie a tiré une salve de missiles sur Kherson lundi, tuant deux civils.",
       "Military Forces of Russia (2000-)"},
  };
  expect_actor1_names(state, cases, sizeof cases / sizeof *cases);
  static const char *const none[] = {
      "Five civilians were killed in a strike on Kyiv on Monday.",
      "Moscow said on Monday that the strikes on Kherson had killed two civilians.",
      "Blast at the Syria-Turkey border kills two civilians.",
      "Russia denies the attacks killed two civilians in Kharkiv.",
      "Kyiv says the strike killed two civilians in Kharkiv.",
  };
  for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
    sr_doc *doc = test_doc(*state, none[i], "en", "2024-03-05");
    const sr_event *e = only_event(doc);
    if (e->actor1 >= 0) print_error("'%s': actor1 %s\n", none[i], doc->mentions.items[e->actor1].name);
    int inter = e->actor1 >= 0 ? sr_actor_of(&doc->mentions.items[e->actor1])->inter : 0;
    assert_true(inter != SR_INTER_STATE && inter != SR_INTER_EXTERNAL);
    sr_doc_free(doc);
  }
}

/* Who tells a violent deed is not who did it: "an army official confirmed
** an attack", "the air force said several missiles hit" have no actor1 of
** the speaker's; a word of its own ("said it killed", "avoir tué", "its
** attack") keeps it.  The deed told so is still one occasion. */
static void test_the_speaker_is_no_doer(void **state) {
  static const char *const told[][2] = {
      {"en", "A senior army officer confirmed an attack had taken place near Gao."},
      {"en", "Ukraine's air force said several cruise missiles hit Kyiv overnight."},
      {"en", "Police said a suicide bomber blew himself up at a market in Maiduguri, killing "
             "six people."},
      {"fr", "L'armée malienne a confirmé une attaque près de Gao."},
      {"fr", "Le porte-parole de l'armée a déclaré que des tirs d'artillerie avaient visé Goma "
             "dimanche."},
      /* "described ... as": the police name the deed, they did not do it */
      {"en", "Five people were killed on Sunday when gunmen attacked two villages in Lamu "
             "county. Police described the incident as a terrorist attack."},
  };
  for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
    sr_doc *doc = in_lang(state, told[i][0], told[i][1]);
    const sr_event *e = only_event(doc);
    const char *a1 = e->actor1 >= 0 ? doc->mentions.items[e->actor1].name : NULL;
    if (a1 && (strncmp(a1, "Military", 8) == 0 || strncmp(a1, "Police", 6) == 0))
      print_error("'%s': actor1 %s\n", told[i][1], a1);
    assert_false(a1 && (strncmp(a1, "Military", 8) == 0 || strncmp(a1, "Police", 6) == 0));
    sr_doc_free(doc);
  }
  static const named_case own[] = {
      {"en", "The army said on Tuesday that it had killed twenty militants near Gao.",
       "Military Forces of Mali (2021-)"},
      {"fr", "L'armée a annoncé avoir tué vingt terroristes près de Gao.",
       "Military Forces of Mali (2021-)"},
      {"fr", "L'armée a indiqué qu'elle avait tué vingt terroristes près de Gao.",
       "Military Forces of Mali (2021-)"},
      {"en", "Al-Shabaab said it attacked a base in Baidoa on Monday, killing five soldiers.",
       "Al Shabaab"},
      {"en", "Al-Shabaab said its attack on a base in Baidoa on Monday killed five soldiers.",
       "Al Shabaab"},
  };
  expect_actor1_names(state, own, sizeof own / sizeof *own);
}

/* A fight told as the circumstance of a deed ("killed three suspected
** jihadists in an exchange of fire") is between that deed's doer and whom
** it hit, the doer first. */
static void test_a_fight_around_its_deed(void **state) {
  static const named_case cases[] = {
      {"fr", "Les soldats maliens ont tué mardi trois jihadistes présumés dans un échange de tirs "
             "et blessé deux bergers près de Gao.", "Military Forces of Mali (2021-)"},
      {"en", "Malian soldiers killed three suspected jihadists in an exchange of fire and wounded "
             "two herders near Gao on Tuesday.", "Military Forces of Mali (2021-)"},
  };
  expect_actor1_names(state, cases, sizeof cases / sizeof *cases);
}

static void test_a_toll_over_years_of_war(void **state) {
  const char *fr_texts[] = {"Plus de 1 500 personnes ont été tuées au cours des trois années "
                            "d'insurrection.",
                            "Plus de 300 civils ont été tués dans la région depuis 2017."};
  const char *en_texts[] = {"More than 1,500 people have been killed during three years of "
                            "insurgency.",
                            "Some 1,000 civilians have been killed there in similar attacks since 2014."};
  EXPECT_EACH(state, "fr", fr_texts, NULL);
  EXPECT_EACH(state, "en", en_texts, NULL);
}

static void test_an_aim_is_no_deed(void **state) {
  const char *en_texts[] = {"The rebels sought to capture the town of Marawi on Monday.",
                            "A proposed ceasefire between the army and the rebels was discussed in "
                            "Taiz on Monday."};
  const char *fr_texts[] = {"Les rebelles cherchent à prendre le contrôle de la ville de Kidal."};
  EXPECT_EACH(state, "en", en_texts, NULL);
  EXPECT_EACH(state, "fr", fr_texts, NULL);
}

static void test_phrases_that_tell_no_event(void **state) {
  const char *fr_texts[] = {"Le ministre est mort lundi d'une attaque cardiaque à Dakar.",
                            "Une pause dans les combats a été observée lundi à Bambari.",
                            "Le président a appelé lundi à poursuivre le combat contre la corruption.",
                            "Trois otages ont été libérés lundi par l'armée près de Kidal.",
                            "Les rebelles avaient pris les armes en 2016 contre le pouvoir."};
  const char *en_texts[] = {"She died on Monday after a long battle with cancer in Accra.",
                            "A two-day freeze on fighting brokered by Moscow expired on Monday.",
                            "Some 300 people died in the besieged town last year as a result of "
                            "food shortages."};
  EXPECT_EACH(state, "fr", fr_texts, NULL);
  EXPECT_EACH(state, "en", en_texts, NULL);
}

static void test_taking_words_that_take_no_ground(void **state) {
  const char *idioms[] = {"Le match a repris lundi soir au stade de Bamako.",
                          "Les élèves ont repris les cours lundi à Djibo.",
                          "Le ministre a pris la parole lundi à Bamako.",
                          "Les blessés ont été pris en charge lundi à l'hôpital de Mopti.",
                          "Le gouvernement a pris des mesures mardi pour sécuriser Kidal."};
  const char *en_idioms[] = {"Police seized 200 kilograms of cocaine at the port of Abidjan on Monday.",
                             "The ruling party captured 60 percent of the vote on Sunday.",
                             "The central bank took control of the troubled lender on Friday in Lagos."};
  const char *taken[] = {"Les jihadistes ont pris lundi le contrôle de Diafarabé.",
                         "Gao a été prise mardi par les jihadistes.",
                         "La localité a été prise mardi par les jihadistes.",
                         "Les rebelles ont repris Ménaka dimanche.",
                         "Les rebelles ont pris trois villages mardi près de Gao.",
                         /* "depuis 2012" is the occupation's, in another clause */
                         "Les forces régulières ont pris lundi le contrôle de la route, le "
                         "secteur étant occupé depuis 2012 par les rebelles."};
  const char *en_taken[] = {"Kurdish forces captured Sarrin on Monday after weeks of clashes.",
                            "Rebels seized government-held Idlib on Saturday.",
                            "The army retook the al-Qaryatain city on Sunday."};
  EXPECT_EACH(state, "fr", idioms, NULL);
  EXPECT_EACH(state, "en", en_idioms, NULL);
  /* people seized after a place named, a day after them: no ground taken */
  const char *people[] = {"Residents of Lingyado in Zamfara said that 52 people were seized on "
                          "Sunday."};
  EXPECT_EACH(state, "en", people, NULL);
  EXPECT_EACH(state, "fr", taken, "capture");
  EXPECT_EACH(state, "en", en_taken, "capture");
  const char *fled[] = {"Les assaillants ont pris la fuite mardi près de Gao."};
  EXPECT_EACH(state, "fr", fled, "withdraw");
  const char *marched[] = {"Plusieurs centaines de personnes ont pris part mardi à une marche à Niamey."};
  EXPECT_EACH(state, "fr", marched, "protest");
  /* a source who would not be named rejects nothing */
  const char *unnamed[] = {"\"The police were alerted by residents,\" said an official in Mueda "
                           "who declined to be named."};
  EXPECT_EACH(state, "en", unnamed, NULL);
  const char *anonyme[] = {"« La police a été prévenue par des habitants », a indiqué un officiel "
                           "de Mueda, qui a refusé d'être identifié."};
  EXPECT_EACH(state, "fr", anonyme, NULL);
  /* a raid on the ground is an attack; from the air it says so */
  const char *raid[] = {"Un raid jihadiste contre le village de Dibissi a fait 12 morts lundi."};
  EXPECT_EACH(state, "fr", raid, "attack");
  const char *air_raid[] = {"Les raids de l'aviation russe ont tué 12 civils lundi à Idleb.",
                            "Les raids aériens ont tué 12 civils lundi à Idleb."};
  EXPECT_EACH(state, "fr", air_raid, "airstrike");
  /* what aircraft do is an air strike, whatever the verb (forces.txt air) */
  const char *aircraft_fr[] = {"Les avions russes ont bombardé lundi le marché d'Ariha, tuant 12 "
                               "civils."};
  EXPECT_EACH(state, "fr", aircraft_fr, "airstrike");
  const char *aircraft_en[] = {"Syrian warplanes attacked rebel positions in Idlib on Monday."};
  EXPECT_EACH(state, "en", aircraft_en, "airstrike");
  /* shots in the air during an attack are the attack's */
  const char *in_the_air[] = {"Gunmen attacked the village of Tudun Wada in Zamfara on Sunday, "
                              "firing in the air to scare residents."};
  EXPECT_EACH(state, "en", in_the_air, "attack");
  /* what may come, is feared or is warned of has not happened */
  const char *feared[] = {"En cas d'attaque, les habitants fuiront vers Dori.",
                          "Le groupe a averti qu'il frapperait de nouveau Djibo.",
                          "Les habitants craignent une attaque imminente contre Djibo."};
  EXPECT_EACH(state, "fr", feared, NULL);
  const char *feared_en[] = {"In the event of an attack, residents will flee to Dori.",
                             "The group warned that it would strike Djibo again.",
                             /* a headline's present tense */
                             "Army chief warns against new missile strikes on Hama.",
                             "Governor warns of fresh air raids on Kobane."};
  EXPECT_EACH(state, "en", feared_en, NULL);
  /* what is to be done has not been done */
  const char *to_be[] = {"Some 5,000 residents are to be evacuated from Kidal on Thursday.",
                         "The town is due to be handed over to the army next week.",
                         "The prisoners are scheduled to be released on Friday."};
  EXPECT_EACH(state, "en", to_be, NULL);
  /* "s'en prendre à": an attack, whatever follows, not ground taken */
  const char *set_upon[] = {"Des hommes armés s'en sont pris mardi au village de Tin-Akoff.",
                            "Une bande s'en est prise dimanche aux habitants de Seytenga."};
  EXPECT_EACH(state, "fr", set_upon, "attack");
}

/* The name and inter code of an event's actor1 or actor2. */
static void expect_side(const sr_doc *doc, long actor, const char *name, int inter) {
  assert_true(actor >= 0);
  const sr_mention *m = &doc->mentions.items[actor];
  if (!m->name || strcmp(m->name, name) != 0)
    print_error("side '%s', expected '%s'\n", m->name ? m->name : "(null)", name);
  assert_string_equal(m->name, name);
  assert_int_equal(sr_actor_of(m)->inter, inter);
}

static int has_figure(const sr_event *e, const char *kind, double value, const sr_doc *doc) {
  for (size_t i = 0; i < e->quantity_count; i++)
    if (e->kinds[i] && strcmp(sr_quantity_kind_name(e->kinds[i]), kind) == 0 &&
        sr_quantity_of(&doc->mentions.items[e->quantities[i]])->number == value)
      return 1;
  return 0;
}

static void typed(sr_doc *doc, const char *type, const char *sub);

static void test_protests_and_riots(void **state) {
  static const struct {
    const char *lang, *text, *type, *sub, *actor1;
    int inter1;
    double participants;
  } cases[] = {
      {"en", "About forty students staged a sit-in in Ouagadougou on Monday.", "Protests",
       "Peaceful protest", "Protesters (Burkina Faso)", 6, 40},
      {"en", "Hundreds of residents demonstrated in Ouagadougou on Monday against power cuts.",
       "Protests", "Peaceful protest", "Protesters (Burkina Faso)", 6, 0},
      {"fr", "Des milliers de manifestants ont défilé lundi à Ouagadougou.", "Protests",
       "Peaceful protest", "Protesters (Burkina Faso)", 6, 0},
      {"fr", "Des commerçants ont observé un sit-in lundi devant la mairie de Ouagadougou.",
       "Protests", "Peaceful protest", "Protesters (Burkina Faso)", 6, 0},
      {"en", "Angry youths rioted and burned tyres in Ouagadougou on Monday.", "Riots",
       "Violent demonstration", "Rioters (Burkina Faso)", 5, 0},
      {"fr", "Des émeutiers ont saccagé la mairie de Ouagadougou lundi.", "Riots",
       "Violent demonstration", "Rioters (Burkina Faso)", 5, 0},
      {"en", "A suspected thief was lynched in Ouagadougou on Monday.", "Riots", "Mob violence",
       "Rioters (Burkina Faso)", 5, 0},
      {"fr", "Un voleur présumé a été victime de la vindicte populaire lundi à Ouagadougou.",
       "Riots", "Mob violence", "Rioters (Burkina Faso)", 5, 0},
      /* a demonstration whose crowd does violence is a riot, its crowd rioters */
      {"en", "Traders demonstrated in Ouagadougou (Ouagadougou, Kadiogo) on Monday and burned "
             "tyres.", "Riots", "Violent demonstration", "Rioters (Burkina Faso)", 5, 0},
      {"fr", "Des élèves ont manifesté lundi à Ouagadougou et ont érigé des barricades.", "Riots",
       "Violent demonstration", "Rioters (Burkina Faso)", 5, 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2020-06-02");
    const sr_event *e = only_event(doc);
    assert_string_equal(EVENT_TYPE(doc, e), cases[i].type);
    assert_string_equal(SUB_TYPE(doc, e), cases[i].sub);
    expect_side(doc, e->actor1, cases[i].actor1, cases[i].inter1);
    if (cases[i].participants) assert_true(has_figure(e, "participants", cases[i].participants, doc));
    sr_doc_free(doc);
  }
  /* "strike" is a labour strike here, not an air strike */
  sr_doc *doc = en(state, "Teachers began a 48-hour strike in Ouagadougou on Monday.");
  assert_string_equal(EVENT_TYPE(doc, only_event(doc)), "Protests");
  sr_doc_free(doc);
  /* what a march demands is not what it does */
  doc = en(state, "Traders marched in Ouagadougou on Monday, demanding the removal of barricades.");
  expect_side(doc, only_event(doc)->actor1, "Protesters (Burkina Faso)", 6);
  sr_doc_free(doc);
  /* protesters who assault someone riot */
  doc = en(state, "Students staged a sit-in in Ouagadougou on Monday and attacked a teacher.");
  typed(doc, "Riots", "Violent demonstration");
  /* the crowd's noun says who, not what: one protest, not two */
  doc = en(state, "Demonstrators marched through Ouagadougou on Monday.");
  expect_side(doc, only_event(doc)->actor1, "Protesters (Burkina Faso)", 6);
  sr_doc_free(doc);
}

/* doc's one event has these types; doc is freed. */
static void typed(sr_doc *doc, const char *type, const char *sub) {
  const sr_event *e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), type);
  assert_string_equal(SUB_TYPE(doc, e), sub);
  sr_doc_free(doc);
}

static void test_the_type_follows_the_sides(void **state) {
  /* force against demonstrators */
  sr_doc *doc = en(state, "Burkinabe police killed three demonstrators in Ouagadougou on Monday.");
  const sr_event *e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), "Protests");
  assert_string_equal(SUB_TYPE(doc, e), "Excessive force against protesters");
  expect_side(doc, e->actor2, "Protesters (Burkina Faso)", 6);
  sr_doc_free(doc);
  /* security forces stepping in */
  doc = en(state, "Burkinabe police dispersed the protesters with tear gas in Ouagadougou on Monday.");
  e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Protest with intervention");
  sr_doc_free(doc);
  typed(en(state, "Police arrested twenty demonstrators in Ouagadougou on Monday."), "Protests",
        "Protest with intervention");
  doc = fr(state, "La police burkinabè a dispersé les manifestants lundi à Ouagadougou.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Protest with intervention");
  sr_doc_free(doc);
  /* an armed side against unarmed people, or nobody armed told hit */
  const char *civilian[] = {
      "Gunmen killed five villagers in Djibo on Monday.",
      "Militants attacked a village near Djibo on Monday, killing four people.",
      "Five people were killed in Djibo on Monday.",
  };
  for (size_t i = 0; i < sizeof civilian / sizeof *civilian; i++) {
    doc = en(state, civilian[i]);
    e = only_event(doc);
    if (strcmp(EVENT_TYPE(doc, e), "Violence against civilians") != 0)
      print_error("'%s' gave %s\n", civilian[i], SUB_TYPE(doc, e));
    assert_string_equal(EVENT_TYPE(doc, e), "Violence against civilians");
    sr_doc_free(doc);
  }
  typed(fr(state, "Des hommes armés ont tué trois habitants lundi près de Djibo."),
        "Violence against civilians", "Attack");
  /* two organised armed sides */
  typed(en(state, "Militants attacked Burkinabe soldiers near Djibo on Monday, killing two soldiers."),
        "Battles", "Armed clash");
  /* "clashes between X and Y": both sides after the trigger */
  doc = en(state, "Clashes between Syrian soldiers and jihadists broke out near Aleppo on Monday.");
  e = only_event(doc);
  expect_side(doc, e->actor1, "Military Forces of Syria (2000-)", 1);
  expect_side(doc, e->actor2, "Unidentified Armed Group (Syria)", 3);
  sr_doc_free(doc);
  /* an armed side that burns property destroys it; it is no riot */
  typed(en(state, "Jihadists set fire to a school near Djibo on Monday."),
        "Strategic developments", "Looting/property destruction");
  /* a remote weapon, whatever it hits */
  typed(en(state, "An airstrike killed six civilians near Djibo on Monday."),
        "Explosions/Remote violence", "Air/drone strike");
}

/* Every form of a trigger family, in both languages: gender, number,
** tense, passive.  French words are stemmed with their accents, so that a
** feminine or plural participle meets its infinitive. */
static void test_inflected_forms(void **state) {
  static const struct {
    const char *lang, *action, *text;
  } forms[] = {
      {"fr", "kill", "Deux personnes ont été tuées mardi à Conakry."},
      {"fr", "kill", "Deux hommes ont été tués mardi à Conakry."},
      {"fr", "kill", "Une femme a été tuée par des hommes armés mardi à Conakry."},
      {"fr", "kill", "Un homme a été tué par des hommes armés mardi à Conakry."},
      {"fr", "kill", "Des hommes armés tuent deux personnes mardi à Conakry."},
      {"fr", "kill", "Des hommes armés tuaient des villageois mardi à Conakry."},
      {"fr", "wound", "Deux femmes ont été blessées mardi à Conakry."},
      {"fr", "wound", "Deux hommes ont été blessés mardi à Conakry."},
      {"fr", "abduct", "Deux infirmières ont été enlevées mardi à Conakry."},
      {"fr", "abduct", "Deux infirmiers ont été enlevés mardi à Conakry."},
      {"fr", "execute", "Deux otages ont été exécutées mardi à Conakry."},
      {"fr", "protest", "Des habitants ont manifesté mardi à Conakry."},
      {"fr", "protest", "Des habitants manifestent mardi à Conakry."},
      {"fr", "riot", "Des jeunes ont saccagé la mairie mardi à Conakry."},
      {"fr", "mob_violence", "Une femme a été lynchée par la foule mardi à Conakry."},
      {"fr", "mob_violence", "Deux hommes ont été lynchés mardi à Conakry."},
      {"fr", "kill", "Deux bergers ont été décapités mardi près de Mopti."},
      {"fr", "kill", "Une femme a succombé à ses blessures mardi à Conakry."},
      {"fr", "arrest", "Trente personnes ont été interpellées mardi à Conakry."},
      {"en", "kill", "Two men were fatally shot on Tuesday in Conakry."},
      {"fr", "abduct", "Deux enseignants ont été kidnappés mardi à Kidal."},
      {"fr", "execute", "Des soldats ont fusillé trois prisonniers mardi à Kidal."},
      {"en", "abduct", "Two teachers were taken hostage on Tuesday in Kidal."},
      {"en", "protest", "Teachers began a two-day strike on Tuesday in Kidal."},
      {"en", "destroy", "Gunmen sabotaged a water station on Tuesday in Kidal."},
      {"fr", "destroy", "Des hommes armés ont saboté une antenne mardi à Kidal."},
      {"en", "loot", "Gunmen intercepted a truck on Tuesday near Kidal and took its load."},
      {"en", "kill", "Two women were killed on Tuesday in Conakry."},
      {"en", "kill", "Gunmen kill two men on Tuesday in Conakry."},
      {"en", "kill", "Gunmen are killing villagers in Conakry."},
      {"en", "wound", "Two men were wounded on Tuesday in Conakry."},
      {"en", "protest", "Residents protested on Tuesday in Conakry."},
      {"en", "protest", "Residents are protesting on Tuesday in Conakry."},
      {"en", "protest", "Residents demonstrate on Tuesday in Conakry."},
      {"en", "riot", "Youths rioted on Tuesday in Conakry."},
      {"en", "mob_violence", "A man was lynched on Tuesday in Conakry."},
      {"fr", "riot", "Des violences urbaines ont éclaté mardi à Nanterre."},
      /* "une quarantaine de": about forty, no quarantine */
      {"fr", "kill", "Une quarantaine de personnes ont été tuées mardi à Conakry."},
      {"en", "riot", "Urban violence broke out on Tuesday in Nanterre."},
  };
  for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
    sr_doc *doc = test_doc(*state, forms[i].text, forms[i].lang, "2020-06-03");
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    if (n != 1 || strcmp(e[0]->action->name, forms[i].action) != 0)
      print_error("'%s': %zu events, %s\n", forms[i].text, n, n ? e[0]->action->name : "");
    assert_int_equal(n, 1);
    assert_string_equal(e[0]->action->name, forms[i].action);
    sr_doc_free(doc);
  }
}

static void test_violence_told_of_no_occasion(void **state) {
  const char *text = "Heavy fighting has continued.";
  sr_doc *doc = en(state, text);
  expect_no_event(doc, text);
  sr_doc_free(doc);
  /* with a place and a date it is an occasion */
  doc = en(state, "Fighting broke out in Beni on Sunday.");
  assert_string_equal(only_event(doc)->action->name, "clash");
  sr_doc_free(doc);
}

static void test_a_quotation_tells_it_again(void **state) {
  sr_doc *doc = en(state,
                   "An explosion killed seven traders at a market in Kidal on Monday.\n\n"
                   "The regional governor condemned the violence.\n\n"
                   "\"Gunmen attacked the stalls after the blast,\" a trader told reporters.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 7.0);
  assert_true(e->trigger_count >= 2);
  sr_doc_free(doc);
  /* with nothing told before to join, a witness's words are the news */
  doc = fr(state,
           "Le gouverneur s'est rendu à Kidal.\n\nIl a rencontré les notables.\n\n"
           "« Des hommes armés ont attaqué le marché lundi », a raconté un commerçant.");
  assert_string_equal(only_event(doc)->action->name, "attack");
  sr_doc_free(doc);
}

/* Whether one of doc's events is of this action. */
static int has_live_action(const sr_doc *doc, const char *action) {
  const sr_event *e[8];
  size_t n = test_live_events(doc, e, 8);
  for (size_t i = 0; i < n; i++)
    if (strcmp(e[i]->action->name, action) == 0) return 1;
  return 0;
}

static void test_a_kind_of_event_is_not_one(void **state) {
  const char *en_text = "Rebels have launched several attacks on army posts near Gao.";
  sr_doc *doc = en(state, en_text);
  expect_no_event(doc, en_text);
  sr_doc_free(doc);
  const char *fr_text = "L'armée a mené plusieurs frappes aériennes contre des positions rebelles à Idlib.";
  doc = fr(state, fr_text);
  expect_no_event(doc, fr_text);
  sr_doc_free(doc);
  /* past the lede, with no day, toll or place of its own: a plural ("attacks
  ** for years"), a habit ("this year"), what the report recalls, the week before */
  static const char *const lede[] = {
      "Gunmen killed five farmers near Maiduguri on Monday.\n\nThe governor condemned the killings.\n\n",
      "Des hommes armés ont tué cinq paysans lundi près de Djibo.\n\nLe gouverneur a condamné la tuerie.\n\n"};
  static const struct { int fr; const char *body; } past[] = {
      {0, "The group has carried out attacks on army posts for years."},
      {1, "Le groupe multiplie les attaques contre les postes de l'armée."},
      {0, "There have been several lynchings in the state this year."},
      {1, "La région abrite, rappelle-t-on, des groupes armés qui ont attaqué des écoles."},
      {0, "Last week, gunmen attacked a school in the same district."}};
  for (size_t i = 0; i < sizeof past / sizeof *past; i++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s", lede[past[i].fr], past[i].body);
    doc = past[i].fr ? fr(state, text) : en(state, text);
    assert_string_equal(only_event(doc)->action->name, "kill");
    sr_doc_free(doc);
  }
  /* with a date of its own it is news; "several others abducted" counts people */
  doc = en(state, "Several attacks hit army posts near Diffa on Monday.");
  assert_string_equal(EVENT_TYPE(doc, only_event(doc)), "Battles");
  sr_doc_free(doc);
  doc = en(state, "Gunmen killed two farmers near Maiduguri on Monday.\n\nThe police arrived late.\n\n"
                  "Two farmers were killed and several others abducted close to the town, residents said.");
  assert_true(has_live_action(doc, "abduct"));
  sr_doc_free(doc);
}

static void test_what_a_march_is_about(void **state) {
  /* the killing a march remembers is not told here: the march is the event */
  sr_doc *doc = en(state, "On 3 May, teachers marched in Kaya to denounce the killing of two colleagues.");
  const sr_event *e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), "Protests");
  assert_true(e->fatalities <= 0.0);
  sr_doc_free(doc);
  doc = fr(state, "Des étudiants ont manifesté lundi à Dori en mémoire des élèves tués l'an dernier.");
  assert_string_equal(EVENT_TYPE(doc, only_event(doc)), "Protests");
  sr_doc_free(doc);
  /* what the crowd did after "and" is not what it marched about */
  doc = en(state, "Youths marched in Bobo to protest against the arrests and clashed with the police.");
  assert_true(has_live_action(doc, "clash"));
  sr_doc_free(doc);
}

static void test_a_date_between_verb_and_figure(void **state) {
  /* "ont tué lundi cinq villageois": the date does not part the verb from its figure */
  sr_doc *doc = fr(state, "Des hommes armés ont tué lundi cinq villageois près de Djibo.");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
}

static void test_no_publication_date_the_latest_day_named(void **state) {
  /* with no publication date, the report is no older than the latest day it
  ** names: what it dates years before is history */
  sr_doc *doc = test_doc(*state,
                         "Des roquettes ont frappé Sdérot le 7 octobre 2023, tuant trois civils.\n\n"
                         "L'armée a riposté.\n\n"
                         "Le Hamas, qui a pris le pouvoir à Gaza en 2007, n'a pas commenté.",
                         "fr", NULL);
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 3.0);
  sr_doc_free(doc);
}

static void test_violence_with_nothing_of_its_own(void **state) {
  /* past the lede, violence with no date, place or figure of its own names
  ** no occasion: the lede's event told again */
  sr_doc *doc = en(state, "Gunmen killed five villagers near Djibo on Monday.\n\n"
                          "The governor condemned the killings and sent troops.\n\n"
                          "Witnesses said the gunmen fired on residents as they fled.");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
  /* a place of its own makes it another event, and ground taken is news */
  static const char *const other[] = {
      "Gunmen also fired on a bus near Kaya.",
      "The next day the militants took control of the army base."};
  for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
    char text[512];
    snprintf(text, sizeof text, "Gunmen killed five villagers near Djibo on Monday.\n\n"
                                "The governor condemned the killings and sent troops.\n\n%s", other[i]);
    doc = en(state, text);
    const sr_event *e[4];
    assert_int_equal(test_live_events(doc, e, 4), 2);
    sr_doc_free(doc);
  }
}

static void test_a_place_within_the_province_told(void **state) {
  /* the lede names the province, the body the village in it: one event */
  sr_doc *doc = fr(state, "Des dizaines de villageois ont été enlevés dimanche par des bandits dans "
                          "l'Etat de Zamfara.\n\nLes autorités n'ont pas commenté.\n\n"
                          "Entre 26 et 50 habitants ont été enlevés dimanche dans le village de Maradun "
                          "par des bandits.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->where->name, "Maradun");
  sr_doc_free(doc);
  /* a town of another province is another event */
  doc = en(state, "Gunmen killed ten people in Borno State on Sunday.\n\n"
                  "The governor condemned the attack.\n\nIn Kano, gunmen killed two traders on Sunday.");
  const sr_event *two[4];
  assert_int_equal(test_live_events(doc, two, 4), 2);
  sr_doc_free(doc);
}

static void test_a_province_without_the_report_town(void **state) {
  /* the report is about a town; a province that does not hold it says
  ** more than the town, one that holds it less */
  const char *texts[] = {
      "Gunmen shot dead three policemen in Kandahar on Monday, officials in Kandahar "
      "said.\n\nOn Wednesday, an air strike hit a wedding party in Helmand province, "
      "killing seven guests.",
      "Gunmen shot dead three policemen in Kandahar on Monday, officials in Kandahar "
      "said.\n\nOn Wednesday, an air strike hit a wedding party in Kandahar province, "
      "killing seven guests."};
  const char *want[] = {"Helmand", "Kandah"}; /* "Kandahār" */
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = en(state, texts[i]);
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    assert_true(n >= 2);
    const sr_event *strike = NULL;
    for (size_t k = 0; k < n; k++)
      if (strcmp(SUB_TYPE(doc, e[k]), "Air/drone strike") == 0) strike = e[k];
    assert_non_null(strike);
    assert_non_null(strike->where);
    if (!strstr(strike->where->name, want[i])) print_error("got %s\n", strike->where->name);
    assert_non_null(strstr(strike->where->name, want[i]));
    assert_int_equal(strike->place_from_document, i == 1);
    sr_doc_free(doc);
  }
}

static void test_part_of_the_country_told(void **state) {
  /* "in western Afghanistan" in a report about Kabul, in the east: the
  ** place named later in the west, not Kabul; "in eastern Afghanistan":
  ** Kabul stands in */
  const char *texts[] = {
      "Officials in Kabul said on Sunday that Taliban fighters attacked a police post in "
      "western Afghanistan on Saturday, killing four officers. The governor of Farah "
      "province said the attackers fled. Kabul has asked for calm.",
      "Officials in Kabul said on Sunday that Taliban fighters attacked a police post in "
      "eastern Afghanistan on Saturday, killing four officers. The governor of Farah "
      "province said the attackers fled. Kabul has asked for calm."};
  const char *want[] = {"Farah", "Kabul"};
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = en(state, texts[i]);
    const sr_event *e[4];
    assert_true(test_live_events(doc, e, 4) >= 1);
    assert_non_null(e[0]->where);
    if (strcmp(e[0]->where->name, want[i]) != 0) print_error("got %s\n", e[0]->where->name);
    assert_string_equal(e[0]->where->name, want[i]);
    sr_doc_free(doc);
  }
}

static void test_government_is_not_the_report_place(void **state) {
  /* a foreign capital named most, for its government, is not where the
  ** report's events happen */
  sr_doc *doc = en(state, "Moscow denied the report on Monday, and Moscow said its jets were "
                          "not involved. Jets bombed a market in a Syrian town, killing ten "
                          "civilians, the Syrian Observatory said.");
  const sr_event *e = only_event(doc);
  assert_true(e->place < 0 || strcmp(e->where->iso2, "RU") != 0);
  sr_doc_free(doc);
}

static void test_pluperfect_past_the_lede(void **state) {
  /* the report's news, then what came before it */
  sr_doc *doc = fr(state,
                   "Huit civils ont été tués vendredi à Beni par des rebelles.\n\n"
                   "Les victimes étaient des agriculteurs.\n\n"
                   "Des rebelles avaient attaqué un convoi sur la route de Kasindi.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 8.0);
  sr_doc_free(doc);
  /* the same toll told again in the pluperfect joins the news */
  doc = fr(state,
           "Une frappe a tué cinq personnes mardi à Rafah.\n\n"
           "Les secours sont arrivés sur place.\n\n"
           "Selon la Défense civile, cinq personnes avaient été tuées dans la frappe.");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
}

static void test_dated_long_before_is_background(void **state) {
  /* published 2016-11-02: "le 12 juillet" is months before */
  sr_doc *doc = fr(state,
                   "Des rebelles ont attaqué lundi un poste de l'armée à Kidal.\n\n"
                   "Le poste avait été renforcé.\n\n"
                   "Le 12 juillet, des rebelles ont attaqué un convoi près de Gao.");
  assert_string_equal(only_event(doc)->action->name, "attack");
  sr_doc_free(doc);
  /* a month told whole before publication's: a recap, even a few days back */
  doc = fr(state,
           "Des rebelles ont attaqué lundi un poste de l'armée à Kidal.\n\n"
           "Le poste avait été renforcé.\n\n"
           "En octobre, des rebelles ont attaqué un convoi près de Gao.");
  assert_string_equal(only_event(doc)->action->name, "attack");
  assert_int_equal(test_count(doc, SR_MENTION_DATE), 2);
  sr_doc_free(doc);
  /* in the lede, an old date is the report's own subject */
  doc = fr(state, "Le 12 juillet, des rebelles ont attaqué un convoi près de Gao.");
  assert_string_equal(only_event(doc)->action->name, "attack");
  sr_doc_free(doc);
}

/* The body telling again an attack the lede told as an abduction: one
** event, the lede's. */
static void test_lede_told_with_two_types(void **state) {
  /* people no one names, told as "a crowd", then "the rally" */
  sr_doc *crowd = en(state, "A twin bombing struck a crowd in Tsafe on Tuesday, killing 40 "
                            "people.\n\nA truck loaded with explosives went off near the rally.");
  only_event(crowd);
  sr_doc_free(crowd);
  sr_doc *doc = en(state, "Gunmen attacked a boarding school in Tsafe on Friday and abducted "
                          "dozens of pupils.\n\nThe attackers stormed the dormitories at about "
                          "11 pm.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Abduction/forced disappearance");
  sr_doc_free(doc);
}

/* Violence against civilians hits civilians, told or not: ACLED's
** "Civilians (X)" stands as actor2, shown by the victims' figure; not when
** fighters are hit. */
static void test_civilians_implied(void **state) {
  sr_doc *doc = en(state, "Boko Haram fighters raided a village near Maiduguri on Sunday, "
                          "killing four people.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor2 < 0);
  expect_implied(e, 1, "Civilians (Nigeria)");
  assert_true(e->implied_from[1] >= 0);
  assert_int_equal(doc->mentions.items[e->implied_from[1]].type, SR_MENTION_QUANTITY);
  sr_doc_free(doc);
  doc = en(state, "A roadside bomb killed three soldiers near Gao on Monday.");
  assert_int_not_equal(only_event(doc)->implied_inter[1], SR_INTER_CIVILIANS);
  sr_doc_free(doc);
  doc = en(state, "A car bomb killed nine people at a market in Mogadishu on Monday.");
  assert_string_equal(only_event(doc)->implied[1], "Civilians (Somalia)");
  sr_doc_free(doc);
  /* people no side arms, by their trade or their plight (counted.txt) */
  static const char *const unarmed[][2] = {
      {"en", "A shell killed nine patients at a hospital in Mogadishu on Monday."},
      {"en", "A roadside bomb killed five passengers near Mogadishu on Monday."},
      {"fr", "Un obus a tué neuf patients lundi dans un hôpital de Mogadiscio."},
      {"fr", "Une mine a tué cinq éleveurs lundi près de Mogadiscio."},
      /* one victim no side names: an official, a trader */
      {"en", "A car bomb killed a district commissioner in Mogadishu on Monday."},
      {"fr", "Un engin explosif a tué le commerçant lundi près de Mogadiscio."},
  };
  for (size_t i = 0; i < sizeof unarmed / sizeof *unarmed; i++) {
    doc = in_lang(state, unarmed[i][0], unarmed[i][1]);
    const char *hit = only_event(doc)->implied[1];
    if (!hit || strcmp(hit, "Civilians (Somalia)") != 0) print_error("'%s': %s\n", unarmed[i][1], hit);
    expect_implied(only_event(doc), 1, "Civilians (Somalia)");
    sr_doc_free(doc);
  }
}

/* A bomb's toll that counts no noun ("killed at least 30 and wounded 90
** others"), or people by a word of their own ("citizens", "a person"),
** hit civilians; not a toll at what state forces hold, nor a figure that
** stops at a capitalised word ("32 Afghan border force personnel"). */
static void test_a_bare_toll_of_a_bomb(void **state) {
  static const char *const people[][2] = {
      {"en", "A car bomb went off at a bus station in Mogadishu on Monday, killing at least 30 "
             "and wounding 90 others."},
      {"fr", "Une voiture piégée a tué au moins 30 et blessé 90 autres lundi à Mogadiscio."},
      {"en", "Mortar shells fell on a market in Mogadishu on Monday, killing six citizens."},
      {"en", "A roadside bomb wounded one person near Mogadishu on Monday."},
  };
  for (size_t i = 0; i < sizeof people / sizeof *people; i++) {
    sr_doc *doc = in_lang(state, people[i][0], people[i][1]);
    const sr_event *e = only_event(doc);
    if (e->actor2 >= 0 || !e->implied[1] || strcmp(e->implied[1], "Civilians (Somalia)") != 0)
      print_error("'%s': %s\n", people[i][1], e->implied[1]);
    assert_true(e->actor2 < 0);
    expect_implied(e, 1, "Civilians (Somalia)");
    sr_doc_free(doc);
  }
  static const char *const not_people[] = {
      "Two blasts targeted an army checkpoint near Mogadishu on Monday, killing four.",
      "A bomb killed 32 Afghan border force personnel in Kandahar on Friday.",
  };
  for (size_t i = 0; i < sizeof not_people / sizeof *not_people; i++) {
    sr_doc *doc = en(state, not_people[i]);
    const sr_event *e = only_event(doc);
    if (e->implied_inter[1] == SR_INTER_CIVILIANS) print_error("'%s': civilians\n", not_people[i]);
    assert_int_not_equal(e->implied_inter[1], SR_INTER_CIVILIANS);
    sr_doc_free(doc);
  }
}

/* Civilians killed where the report's place stands for the event's are of
** that place's country, not of the country the report's words vote for
** (Rwanda and Kigali, named as accused and denying). */
static void test_civilians_where_the_event_is_placed(void **state) {
  sr_doc *doc = fr(state, "Des combats ont opposé dimanche l'armée congolaise aux rebelles du M23 "
                          "près de Goma. Selon des sources locales, au moins huit civils ont été "
                          "tués par des bombes tombées sur un camp de déplacés. Kinshasa accuse le "
                          "Rwanda de soutenir le M23, ce que Kigali dément.");
  const sr_event *e = event_of_action(doc, "kill");
  assert_non_null(e->side_name[1]); /* the event's own name for its side */
  assert_string_equal(e->side_name[1], "Civilians (Democratic Republic of Congo)");
  sr_doc_free(doc);
}

/* Force against protesters is state forces' by ACLED's definition: with
** no one told to have used it, the country's police did. */
static void test_force_against_protesters_is_the_states(void **state) {
  sr_doc *doc = test_doc(*state, "Deux personnes sont mortes et d'autres ont été blessées lundi à "
                                 "Conakry lors d'une journée de manifestation contre le pouvoir.",
                         "fr", "2024-03-05");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Excessive force against protesters");
  expect_implied(e, 0, "Police Forces of Guinea (2021-)");
  sr_doc_free(doc);
}

/* What forces fire, their demonym on it ("des tirs de roquettes russes",
** "Russian rockets", "a Russian attack on Kharkiv"; forces.txt `weapon`),
** is theirs. */
static void test_what_forces_fire(void **state) {
  static const named_case cases[] = {
      {"fr", "Deux civils ont été tués par des tirs de roquettes russes lundi à Kharkiv.",
       "Military Forces of Russia (2000-)"},
      {"fr", "Deux civils ont été tués lundi par un tir d'obus ukrainien à Donetsk.",
       "Military Forces of Ukraine (2019-)"},
      {"en", "Two civilians were killed by Russian rockets in Kharkiv on Monday.",
       "Military Forces of Russia (2000-)"},
      {"en", "Two civilians were killed in a Russian attack on Kharkiv on Monday.",
       "Military Forces of Russia (2000-)"},
  };
  expect_actor1_names(state, cases, sizeof cases / sizeof *cases);
}

/* Civilians a nationality counts ("four Palestinians", "six Libanais")
** are of that nationality, however the report's countries vote or wherever
** they fell. */
static void test_civilians_by_their_nationality(void **state) {
  static const char *const cases[][3] = {
      {"en", "Israeli troops killed four Palestinians during a raid on Monday, the ministry said.",
       "Civilians (Palestine)"},
      {"fr", "Une bombe a tué six Libanais dimanche dans un bus à Damas, en Syrie.",
       "Civilians (Lebanon)"},
      /* a word of civilians with its nationality, wherever they fell,
      ** whatever place the report gives or fails to give */
      {"fr", "Deux civils palestiniens ont été tués lundi par des soldats israéliens.",
       "Civilians (Palestine)"},
      {"fr", "Un adolescent palestinien a été tué lundi par des soldats israéliens.",
       "Civilians (Palestine)"},
      {"en", "A Palestinian teenager was shot dead by Israeli troops on Monday.",
       "Civilians (Palestine)"},
      {"en", "Two Afghan civilians were killed in a blast in Peshawar, Pakistan, on Monday.",
       "Civilians (Afghanistan)"},
      {"fr", "Trois villageois maliens ont été tués par des jihadistes près de Ménaka.",
       "Civilians (Mali)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    /* named by the side's own word, else implied by a figure */
    const char *hit = e->side_name[1]  ? e->side_name[1]
                      : e->actor2 >= 0 ? doc->mentions.items[e->actor2].name
                                       : e->implied[1];
    if (!hit || strcmp(hit, cases[i][2]) != 0) print_error("'%s': %s\n", cases[i][1], hit);
    assert_true(hit && strcmp(hit, cases[i][2]) == 0);
    sr_doc_free(doc);
  }
}

/* What an armed group loots or burns, no text saying whose, is the
** people's: "Civilians (X)" stands as actor2, as ACLED codes it; not a
** police post's (its forces'), and not what the army itself destroyed. */
static void test_looting_hits_civilians(void **state) {
  const char *cases[][2] = {
      {"en", "Suspected jihadists burned two schools near Djibo, Burkina Faso, on Tuesday."},
      {"en", "Gunmen looted several shops in a village near Dori, Burkina Faso, on Friday."},
      {"fr", "Des jihadistes ont pillé mardi des boutiques près de Djibo, au Burkina Faso."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    if (strcmp(SUB_TYPE(doc, e), "Looting/property destruction") != 0 || !e->implied[1])
      print_error("'%s': %s, %s\n", cases[i][1], SUB_TYPE(doc, e), e->implied[1]);
    assert_string_equal(SUB_TYPE(doc, e), "Looting/property destruction");
    assert_true(e->actor2 < 0);
    expect_implied(e, 1, "Civilians (Burkina Faso)");
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "Soldiers burned several huts near Djibo, Burkina Faso, on Tuesday.");
  assert_null(only_event(doc)->implied[1]);
  sr_doc_free(doc);
}

/* An unnamed armed group, as ACLED codes it, is actor1 of a suicide bomber
** no text says who sent, and of an attack on state forces a figure counts
** as hit that names them again ("le bilan côté FAMa", "an army vehicle
** struck"): those forces did not hit themselves. */
static void test_unnamed_attackers(void **state) {
  const char *cases[][4] = {
      {"fr", "Trois soldats maliens ont été tués lundi près de Mopti lors d'une attaque, a annoncé "
             "l'armée. \"Le bilan côté FAMa est de trois morts et un blessé\", selon l'armée.",
       "Unidentified Armed Group (Mali)", "Military Forces of "},
      {"fr", "Quatre soldats maliens ont été tués mardi près de Mopti, lors d'une embuscade. Une "
             "patrouille FAMa est tombée dans une embuscade ce matin, a déclaré le ministre.",
       "Unidentified Armed Group (Mali)", "Military Forces of "},
      {"en", "Two soldiers were wounded on Monday near Djibo, Burkina Faso, when an army vehicle "
             "struck a roadside bomb.",
       "Unidentified Armed Group (Burkina Faso)", "Military Forces of "},
      {"fr", "Deux kamikazes se sont fait exploser lundi sur un marché de Maroua, au Cameroun, "
             "tuant six personnes.",
       "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)"},
      {"en", "A suicide bomber blew himself up at a market in Maiduguri, Nigeria, on Monday, "
             "killing five people.",
       "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    if (e->actor1 >= 0 || !e->implied[0]) print_error("'%s': actor1 %ld\n", cases[i][1], e->actor1);
    assert_true(e->actor1 < 0);
    expect_implied(e, 0, cases[i][2]);
    /* the forces hit, told ("une patrouille FAMa est tombée dans une
    ** embuscade": its subject suffers it) or implied */
    const char *hit = e->actor2 < 0 ? e->implied[1]
                      : e->side_name[1] ? e->side_name[1]
                                        : doc->mentions.items[e->actor2].name;
    assert_non_null(hit);
    assert_memory_equal(hit, cases[i][3], strlen(cases[i][3]));
    sr_doc_free(doc);
  }
}

/* Raiders, gangs and paramilitaries are armed: actor1 of the killing of
** villagers, not rioters; paramilitaries in Sudan are the RSF; a military
** jet is state forces. */
static void test_armed_kinds(void **state) {
  const char *cases[][4] = {
      {"en", "Armed raiders killed twelve villagers near Gusau, Nigeria, on Sunday.",
       "Unidentified Armed Group (Nigeria)", "3"},
      {"fr", "Des gangs armés ont tué huit habitants lundi à Croix-des-Bouquets, en Haïti.",
       "Unidentified Armed Group (Haiti)", "3"},
      {"en", "Paramilitary forces killed twenty villagers near Wad Madani, Sudan, on Sunday.",
       "RSF: Rapid Support Forces", "2"},
      {"en", "Terrorist groups killed five villagers near Idlib, Syria, on Sunday.",
       "Unidentified Armed Group (Syria)", "3"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    assert_string_equal(SUB_TYPE(doc, e), "Attack");
    expect_side(doc, e->actor1, cases[i][2], cases[i][3][0] - '0');
    sr_doc_free(doc);
  }
  /* a military jet is the report's own state's, as its army is */
  sr_doc *doc = en(state, "A military jet dropped bombs on a village near Monywa, Myanmar, on "
                          "Tuesday, killing ten people.");
  expect_side(doc, only_event(doc)->actor1, "Military Forces of Myanmar", SR_INTER_STATE);
  sr_doc_free(doc);
}

/* Who speaks before "a shell fired by militants" was not hit by it. */
static void test_speaker_before_fired_by(void **state) {
  sr_doc *doc = en(state, "The Somali army said on Monday that a mortar shell fired by militants hit "
                          "a market in Kismayo, Somalia, killing four people.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor2 < 0);
  expect_implied(e, 1, "Civilians (Somalia)");
  sr_doc_free(doc);
}

/* "Les autorités attribuent cette attaque à Boko Haram": who did the deed
** follows it, and does it in the event told before; who ascribes it is no
** side; "was blamed for killing" names the agent before. */
static void test_ascribed_attack(void **state) {
  const char *cases[][2] = {
      {"fr", "Au moins douze soldats ont été tués lundi dans une attaque près de Diffa, au Niger. "
             "Les autorités attribuent cette attaque à Boko Haram."},
      {"en", "Five civilians were killed on Monday near Diffa, Niger. Police blamed the attack on "
             "Boko Haram."},
      /* who did what its perpetrators did */
      {"fr", "Un kamikaze s'est fait exploser dimanche à Mora, faisant deux morts. Les auteurs "
             "présumés de l'attentat seraient membres de Boko Haram."},
      {"en", "A suicide bomber blew himself up on Sunday in Mora, killing two people. The "
             "perpetrators of the attack were members of Boko Haram, police said."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    expect_side(doc, e->actor1, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                SR_INTER_REBELS);
    assert_true(e->actor2 < 0 || strncmp(doc->mentions.items[e->actor2].name, "Boko", 4) != 0);
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "The ADF was blamed for killing ten civilians near Beni, Congo, on Monday.");
  const sr_event *e = only_event(doc);
  expect_side(doc, e->actor1, "ADF: Allied Democratic Forces", SR_INTER_REBELS);
  sr_doc_free(doc);
}

/* A protest hits no one, as ACLED codes it: what it is for or against,
** where it is held and the people it is about are no actor2; the forces
** that step in, by a deed of their own, are. */
static void test_protest_cause_is_no_side(void **state) {
  const char *cases[][2] = {
      {"en", "On Monday, hundreds of residents of Djibo marched in support of the Burkinabe army."},
      {"fr", "Des habitants ont manifesté lundi à Djibo en soutien à l'armée burkinabè."},
      {"en", "Students staged a sit-in in Gaoua, Burkina Faso, on Monday for the civilians of the region."},
      {"en", "On Monday, dozens of traders protested in Bobo-Dioulasso, Burkina Faso, against fines "
             "imposed by the police."},
      {"en", "Residents held a sit-in in front of the police station in Dori, Burkina Faso, on Monday."},
      {"fr", "Des commerçants ont manifesté lundi devant le commissariat de police de Dori, au "
             "Burkina Faso."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    if (e->actor2 >= 0 || strcmp(SUB_TYPE(doc, e), "Peaceful protest") != 0)
      print_error("'%s': %s\n", cases[i][1], SUB_TYPE(doc, e));
    assert_true(e->actor2 < 0);
    assert_null(e->implied[1]);
    assert_string_equal(SUB_TYPE(doc, e), "Peaceful protest");
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "Police dispersed protesters in Ouagadougou, Burkina Faso, on Monday.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Protest with intervention");
  sr_doc_free(doc);
}

/* Customs officers are ACLED's police forces: hit, they are the side an
** armed group fought (forces.txt, counted.txt). */
static void test_customs_officers_are_police(void **state) {
  const char *cases[][2] = {
      {"en", "Gunmen killed three customs officers near Dori, Burkina Faso, on Sunday."},
      {"fr", "Des hommes armés ont tué dimanche trois douaniers près de Dori, au Burkina Faso."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    assert_string_equal(SUB_TYPE(doc, e), "Armed clash");
    const char *hit = e->actor2 >= 0 ? doc->mentions.items[e->actor2].name : e->implied[1];
    if (!hit || strncmp(hit, "Police Forces of Burkina Faso", 29) != 0)
      print_error("'%s': %s\n", cases[i][1], hit);
    assert_non_null(hit);
    assert_true(strncmp(hit, "Police Forces of Burkina Faso", 29) == 0);
    sr_doc_free(doc);
  }
}

/* What a state's forces hold, told with no name of theirs ("un convoi
** militaire", "a military base", roles.txt's third field), is those
** forces': actor2 of who attacks it. */
static void test_armed_target_is_the_state_s(void **state) {
  const char *cases[][2] = {
      {"fr", "Des jihadistes ont attaqué lundi un convoi militaire près de Gao, au Mali."},
      {"fr", "Une base militaire a été attaquée lundi près de Gao, au Mali."},
      {"en", "Militants attacked a military base near Gao, Mali, on Monday."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    const sr_event *e = only_event(doc);
    assert_true(e->actor2 < 0);
    assert_non_null(e->implied[1]);
    if (strncmp(e->implied[1], "Military Forces of Mali", 23) != 0)
      print_error("'%s': %s\n", cases[i][1], e->implied[1]);
    assert_true(strncmp(e->implied[1], "Military Forces of Mali", 23) == 0);
    sr_doc_free(doc);
  }
  /* held by the police, and by no state's forces said */
  sr_doc *police = fr(state, "Des hommes armés ont attaqué lundi un commissariat près de Gao, au Mali.");
  assert_non_null(only_event(police)->implied[1]);
  assert_true(strncmp(only_event(police)->implied[1], "Police Forces of Mali", 21) == 0);
  sr_doc_free(police);
  police = en(state, "Gunmen attacked security guards near Gao, Mali, on Monday.");
  assert_null(only_event(police)->implied[1]);
  sr_doc_free(police);
  /* the state's forces attacking it: no more forces implied */
  sr_doc *doc = fr(state, "L'armée malienne a attaqué lundi un camp militaire près de Gao.");
  assert_null(only_event(doc)->implied[1]);
  sr_doc_free(doc);
}

/* An air strike no one is told to have flown, where one side only flies
** (air_forces.tsv), is that side's; where several do, it has no actor1. */
static void test_unclaimed_air_strike(void **state) {
  sr_doc *doc = fr(state, "Cinq Palestiniens ont été tués vendredi dans une frappe sur une tente "
                          "de déplacés à Gaza.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Air/drone strike");
  assert_true(e->actor1 < 0);
  assert_non_null(e->implied[0]);
  assert_true(strncmp(e->implied[0], "Military Forces of Israel", 25) == 0);
  assert_int_equal(e->implied_inter[0], SR_INTER_EXTERNAL);
  sr_doc_free(doc);
  doc = en(state, "An airstrike killed four people in Kharkiv on Monday.");
  e = only_event(doc);
  assert_non_null(e->implied[0]);
  assert_true(strncmp(e->implied[0], "Military Forces of Russia", 25) == 0);
  sr_doc_free(doc);
  doc = en(state, "An airstrike killed four people in Idlib, Syria, on Monday.");
  assert_null(only_event(doc)->implied[0]);
  sr_doc_free(doc);
}

/* A battle on state forces whose attackers no text names was fought by
** ACLED's "Unidentified Armed Group (X)", actor1; not a battle on rebels
** (the army fought them, mostly), not when the attackers are named.  So
** are shells or rockets fired at state forces by no one told. */
static void test_unidentified_attackers(void **state) {
  sr_doc *doc = fr(state, "Une patrouille de l'armée malienne a été attaquée lundi près de Mopti.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Armed clash");
  assert_true(e->actor1 < 0);
  expect_implied(e, 0, "Unidentified Armed Group (Mali)");
  assert_int_equal(e->implied_inter[0], SR_INTER_POLITICAL_MILITIA);
  sr_doc_free(doc);
  doc = en(state, "Al-Shabaab militants attacked an army base in Lower Shabelle on Monday, "
                  "killing five soldiers.");
  assert_null(only_event(doc)->implied[0]);
  sr_doc_free(doc);
  doc = en(state, "Twenty insurgents were killed in fighting near Maiduguri on Monday.");
  assert_null(only_event(doc)->implied[0]);
  sr_doc_free(doc);
  /* a bomb no one is told to have planted, whoever it hit */
  doc = fr(state, "Un engin explosif improvisé a tué trois civils lundi près de Mopti, au Mali.");
  e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Remote explosive/landmine/IED");
  expect_implied(e, 0, "Unidentified Armed Group (Mali)");
  sr_doc_free(doc);
  /* shells no one is told to have fired, on state forces; not from the
  ** air, not on people (the shelling side is unsaid) */
  static const char *const fired[][2] = {
      {"en", "A mortar shell landed near a police station in Mopti, Mali, on Monday, killing a "
             "policeman."},
      {"fr", "Des roquettes ont frappé lundi un camp militaire près de Mopti, au Mali."},
  };
  for (size_t i = 0; i < sizeof fired / sizeof *fired; i++) {
    doc = in_lang(state, fired[i][0], fired[i][1]);
    e = only_event(doc);
    if (!e->implied[0]) print_error("'%s': no actor1\n", fired[i][1]);
    expect_implied(e, 0, "Unidentified Armed Group (Mali)");
    sr_doc_free(doc);
  }
  doc = en(state, "Shells killed six people in a market in Mopti, Mali, on Monday.");
  assert_null(only_event(doc)->implied[0]);
  sr_doc_free(doc);
  doc = en(state, "An air strike hit an army base near Kismayo, Somalia, on Monday.");
  assert_null(only_event(doc)->implied[0]);
  sr_doc_free(doc);
}

/* Who arrests and who steps into a protest, untold, is the police of the
** event's country, as ACLED codes them; a protest's crowd goes first,
** whoever acted on whom. */
static void test_police_the_type_implies(void **state) {
  sr_doc *doc = en(state, "Three suspected militants were arrested in Quetta on Tuesday.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Arrests");
  assert_true(e->actor1 < 0);
  expect_implied(e, 0, "Police Forces of Pakistan");
  assert_int_equal(e->implied_inter[0], SR_INTER_STATE);
  sr_doc_free(doc);
  doc = en(state, "Police fired tear gas to disperse hundreds of protesters in Conakry on Monday.");
  e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Protest with intervention");
  expect_side(doc, e->actor1, "Protesters (Guinea)", SR_INTER_PROTESTERS);
  expect_side(doc, e->actor2, "Police Forces of Guinea (2010-)", SR_INTER_STATE);
  sr_doc_free(doc);
  /* "été arrêtés" opens on its own auxiliary: the marchers suffer it */
  doc = fr(state, "Des dizaines de manifestants ont été arrêtés mardi à Bamako.");
  e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Protest with intervention");
  expect_side(doc, e->actor1, "Protesters (Mali)", SR_INTER_PROTESTERS);
  assert_true(e->actor2 < 0);
  assert_string_equal(e->implied[1], "Police Forces of Mali (2013-)");
  sr_doc_free(doc);
  /* the police alone, on crowds no word names: the protesters are implied */
  doc = en(state, "Police fired rubber bullets to disperse crowds in Pretoria on Monday.");
  e = only_event(doc);
  expect_side(doc, e->actor2, "Police Forces of South Africa", SR_INTER_STATE);
  assert_true(e->actor1 < 0);
  expect_implied(e, 0, "Protesters (South Africa)");
  sr_doc_free(doc);
  /* a crowd told beside an arrest is who was arrested, not who arrested */
  doc = fr(state, "Plusieurs manifestants interpellés samedi à Dakar");
  e = event_of_action(doc, "arrest");
  assert_string_equal(SUB_TYPE(doc, e), "Arrests");
  expect_side(doc, e->actor2, "Protesters (Senegal)", SR_INTER_PROTESTERS);
  assert_true(e->actor1 < 0);
  expect_implied(e, 0, "Police Forces of Senegal");
  sr_doc_free(doc);
  /* a protest the police stepped into, on its occasion, is a protest with
  ** intervention whose actor2 is that police; not one that demands the
  ** release of people arrested before */
  doc = fr(state, "Samedi à Dakar, lors de la manifestation contre la loi sur la presse, 40 "
                  "personnes ont été interpellées.");
  e = event_of_action(doc, "protest");
  assert_string_equal(SUB_TYPE(doc, e), "Protest with intervention");
  expect_implied(e, 1, "Police Forces of Senegal");
  sr_doc_free(doc);
  doc = en(state, "Residents of Kaya marched on Monday to demand the release of 23 people "
                  "arrested in their area.");
  e = event_of_action(doc, "protest");
  assert_string_equal(SUB_TYPE(doc, e), "Peaceful protest");
  assert_true(e->actor2 < 0 && !e->implied[1]);
  sr_doc_free(doc);
  /* an arrest by someone named keeps its agent */
  doc = en(state, "Al-Shabaab militants seized two aid workers near Baidoa on Monday.");
  assert_null(only_event(doc)->implied[0]);
  sr_doc_free(doc);
}

/* Who the text makes the agent of another deed of the sentence ("attacks
** by the Islamic State") did not suffer the deed before it. */
static void test_agent_of_another_deed_is_no_victim(void **state) {
  sr_doc *doc = en(state, "A car bomb tore through a Baghdad market on Monday, killing nine people "
                          "in the latest of a series of attacks by the Islamic State group.");
  const sr_event *all[4];
  size_t n = test_live_events(doc, all, 4), bombs = 0;
  for (size_t i = 0; i < n; i++) {
    if (strcmp(SUB_TYPE(doc, all[i]), "Remote explosive/landmine/IED") != 0) continue;
    bombs++;
    assert_true(all[i]->actor2 < 0 ||
                sr_actor_of(&doc->mentions.items[all[i]->actor2])->inter == SR_INTER_CIVILIANS);
  }
  assert_int_equal(bombs, 1);
  sr_doc_free(doc);
}

/* A crowd no one names, told as rioters and then by the word of its
** protest, is one crowd, not the rioters' victims. */
static void test_one_crowd_told_two_ways(void **state) {
  sr_doc *doc = en(state, "Rioters looted shops in Pretoria on Wednesday, and authorities reported "
                          "two deaths. \u201cThe attacks and looting of shops show that some of the "
                          "protest actions are criminal,\u201d the government said.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Violent demonstration");
  assert_true(e->actor2 < 0 || sr_actor_of(&doc->mentions.items[e->actor2])->inter !=
                                   SR_INTER_PROTESTERS);
  sr_doc_free(doc);
}

/* A witness's words past the lede that place the event told before in a
** part of its town ("le quartier de Sabra" of Gaza) tell it again. */
static void test_retold_in_a_part_of_its_town(void **state) {
  sr_doc *doc = fr(state, "Une frappe aérienne israélienne a tué cinq personnes samedi à Gaza, selon "
                          "la Défense civile. Des images montrent cinq linceuls. «Cinq morts et des "
                          "blessés dans une frappe contre une tente dans le quartier de Sabra», a "
                          "déclaré un porte-parole.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
}

/* An agreement quoted past the lede, one of its parties named, is the
** agreement told before. */
static void test_an_agreement_quoted_again(void **state) {
  sr_doc *doc = fr(state, "Le gouvernement centrafricain et la rébellion de la Convention des "
                          "patriotes pour la justice et la paix (CPJP) ont signé dimanche à Bangui "
                          "un accord de cessez-le-feu pour mettre fin à la souffrance de la "
                          "population civile. Le texte a été lu à la radio. Les rebelles se disent "
                          "satisfaits. «Le gouvernement centrafricain et la CPJP ont convenu de "
                          "signer un accord en huit points», selon le texte.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Agreement");
  sr_doc_free(doc);
}

/* A truce or a deal told again by its noun is no new one, whatever day its
** sentence gives. */
static void test_a_standing_truce_told_again(void **state) {
  sr_doc *doc = en(state, "Air strikes killed five civilians in Aleppo on Tuesday, activists said. "
                          "The ceasefire collapsed on Monday.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Air/drone strike");
  sr_doc_free(doc);
}

/* A deal or a truce is news when its clause tells it made; named as a
** state of things ("the collapse of a fragile truce", "under a deal
** between", "The deal was strained"), it is none. */
static void test_a_deal_named_is_not_made(void **state) {
  const char *named_en[] = {"Shelling killed four people in Homs on Sunday after the collapse of a "
                            "fragile truce. The evacuees had left under a deal between the army "
                            "and the rebels. The deal was already strained."};
  const char *named_fr[] = {"Des tirs d'obus ont tué quatre personnes dimanche à Homs malgré la "
                            "fragile trêve. Les habitants sont partis en vertu d'un accord entre "
                            "les deux camps."};
  const char *made_en[] = {"The army and the rebels signed a three-day truce in Homs on Sunday."};
  /* by its verb: the sides agree to a course */
  const char *agreed_en[] = {"The junta and the parties agreed on Sunday in Bamako to hold elections "
                             "in November."};
  const char *made_fr[] = {"L'armée et les rebelles ont signé dimanche à Homs un accord de "
                           "cessez-le-feu."};
  EXPECT_EACH(state, "en", named_en, "shelling");
  EXPECT_EACH(state, "fr", named_fr, "shelling");
  EXPECT_EACH(state, "en", made_en, "ceasefire");
  EXPECT_EACH(state, "en", agreed_en, "agreement");
  const char *agreed_fr[] = {"Les militaires et les partis sont convenus dimanche à Bamako "
                             "d'organiser des élections en novembre.",
                             "La junte et les partis se sont mis d'accord dimanche à Bamako pour "
                             "organiser des élections."};
  EXPECT_EACH(state, "fr", agreed_fr, "agreement");
  EXPECT_EACH(state, "fr", made_fr, "agreement");
}

/* What was attempted is no deed done ("stopped attempts by the army to
** overrun the district", "déjoué une tentative de prendre le quartier");
** an area told by what it has seen ("an area that has witnessed
** fighting") is the setting, not an event. */
static void test_attempts_and_what_an_area_has_seen(void **state) {
  const char *en_texts[] = {"Shelling killed three people in Homs on Sunday. Rebels said they had "
                            "stopped attempts by the army to overrun the district."};
  const char *fr_texts[] = {"Des obus ont tué trois personnes dimanche à Homs. Les rebelles disent "
                            "avoir déjoué une tentative de l'armée de prendre le quartier."};
  /* (a day in the sentence would make the habit news: generic) */
  const char *area[] = {"Jets struck the town of Maskan, killing four civilians in an area that "
                        "has witnessed fighting between the rebels and the army, the opposition "
                        "said."};
  EXPECT_EACH(state, "en", en_texts, "shelling");
  EXPECT_EACH(state, "fr", fr_texts, "shelling");
  EXPECT_EACH(state, "en", area, "airstrike");
}

/* A page's tag line run into the text ("Tags Syria Aleppo airstrikes
** rebels"): its keywords name no event; the text's own sentence after it
** ("Regime troops also clashed with rebels") does. */
static void test_a_tag_line_run_into_the_text(void **state) {
  const char *texts[] = {"Shelling killed four civilians in Aleppo on Sunday, a monitor said. Tags "
                         "Syria Aleppo airstrikes rebels Regime troops also clashed with rebels "
                         "near Atareb."};
  sr_doc *doc = test_doc(*state, texts[0], "en", "2016-11-02");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  assert_string_equal(e[0]->action->name, "shelling");
  assert_string_equal(e[1]->action->name, "clash");
  sr_doc_free(doc);
}

/* The headline's deed told again in the body by the same deed, with the
** day the headline left out: one event. */
static void test_the_headline_deed_dated_by_the_body(void **state) {
  const char *en_texts[] = {"Militias carry out executions in Aleppo. The coalition condemned the "
                            "crimes. Activists said that the militias executed six young men in "
                            "the Sakhour district on Friday."};
  const char *fr_texts[] = {"Des milices procèdent à des exécutions à Alep. La coalition a condamné "
                            "ces crimes. Selon des militants, les milices ont exécuté vendredi six "
                            "jeunes hommes dans le quartier de Sakhour."};
  EXPECT_EACH(state, "en", en_texts, "execute");
  EXPECT_EACH(state, "fr", fr_texts, "execute");
}

/* A state's deed of force is its forces', as ACLED names them: "regime
** airstrikes" are the military's, not the government's. */
static void test_the_regime_strikes_with_its_forces(void **state) {
  sr_doc *doc = en(state, "Regime airstrikes killed 12 civilians in Idlib on Monday.");
  assert_true(a_side_named(doc, 0, "Military Forces of Syria (2000-)"));
  sr_doc_free(doc);
  doc = fr(state, "Les avions du régime ont bombardé lundi la ville d'Idlib, en Syrie, tuant "
                  "12 civils.");
  assert_true(a_side_named(doc, 0, "Military Forces of Syria (2000-)"));
  sr_doc_free(doc);
}

/* A vehicle driven into its target by its bomber is ACLED's suicide bomb,
** not a remote explosive. */
static void test_a_suicide_car_bomb(void **state) {
  const char *en_texts[] = {"A suicide car bomb hit a convoy of buses near Aleppo on Saturday, "
                            "killing at least 100 people."};
  const char *fr_texts[] = {"Une voiture piégée kamikaze a frappé samedi un convoi de bus près "
                            "d'Alep, tuant au moins 100 personnes."};
  EXPECT_EACH(state, "en", en_texts, "suicide_attack");
  EXPECT_EACH(state, "fr", fr_texts, "suicide_attack");
}

/* Ground that changed hands, told in a clause that describes a place, is
** that place's past: the news of its sentence is the other deed. */
static void test_a_place_s_past_in_a_relative_clause(void **state) {
  const char *en_texts[] = {
      "Gunmen executed six men in Sakhour on Friday after they returned to their homes in "
      "eastern Homs which fell to government forces.",
      "The convoy carried families from Zabadani, which fell to the army. Shelling killed two "
      "people in Madaya on Monday.",
      "Shelling killed two people in Madaya on Monday. The convoy had left Zabadani, that "
      "completely fell to the army."};
  const char *actions[] = {"execute", "shelling", "shelling"};
  for (size_t i = 0; i < sizeof en_texts / sizeof *en_texts; i++) {
    sr_doc *doc = en(state, en_texts[i]);
    assert_string_equal(only_event(doc)->action->name, actions[i]);
    sr_doc_free(doc);
  }
  /* a deed of another kind in a relative clause stays the report's */
  sr_doc *doc = en(state, "Rebels shelled the district of Salah al-Din on Monday, "
                          "which had killed three civilians by nightfall.");
  assert_string_equal(only_event(doc)->action->name, "shelling");
  sr_doc_free(doc);
}

/* The report's first deed, pushed past the lede by a caption, placed only
** by the report's town, is placed by the anaphor that tells it again. */
static void test_the_first_deed_placed_by_its_anaphor(void **state) {
  sr_doc *doc = en(state, "Thousands of evacuees waited to enter Aleppo. A photo shows smoke "
                          "rising from vehicles. A suicide car bomb hit a convoy of buses carrying "
                          "civilians, killing at least 100 people. The explosion took place at a "
                          "transit point in Rashideen as the evacuees waited.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "suicide_attack");
  assert_int_equal((int)e->fatalities, 100);
  sr_doc_free(doc);
}

/* "Meanwhile" opens another occasion, unless all it tells is the deed
** told before: the same deed, toll and place. */
static void test_meanwhile_back_to_the_same_deed(void **state) {
  sr_doc *doc = en(state, "Rebel rockets killed three children at a school in Aleppo on Thursday. "
                          "A monitor said at least eight people were killed in government shelling "
                          "on Douma. The school had been hit before. Meanwhile, at least eight "
                          "people were killed on Thursday in government shelling on Douma, the "
                          "monitor said.");
  const sr_event *all[8];
  assert_int_equal(test_live_events(doc, all, 8), 2);
  sr_doc_free(doc);
  doc = en(state, "At least eight people were killed in government shelling on Douma on "
                  "Thursday. Meanwhile, at least eight people were killed in government shelling "
                  "on Harasta.");
  assert_int_equal(test_live_events(doc, all, 8), 2);
  sr_doc_free(doc);
}

/* A month in a wire dateline is no march, though the dateline gives no
** full date; a march in the text still is one. */
static void test_a_dateline_month_is_no_march(void **state) {
  sr_doc *doc = en(state, "MOGADISHU, March 4 (Reuters) - A car bomb exploded near a restaurant, "
                          "killing nine people.");
  assert_string_equal(only_event(doc)->action->name, "explosion");
  sr_doc_free(doc);
  doc = en(state, "Thousands joined the march in Nairobi on Monday.");
  assert_string_equal(only_event(doc)->action->name, "protest");
  sr_doc_free(doc);
}

/* A speaker before a passive whose own subject counts people is no side
** hit; one before its own forces counted is. */
static void test_a_speaker_is_not_the_people_killed(void **state) {
  sr_doc *doc = en(state, "Gunmen attacked the village of Kurmin on Sunday night, killing 20 "
                          "people, residents said. Police spokesman Musa Bala confirmed the "
                          "attack but said 15 people were killed.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Attack");
  assert_true(e->actor2 < 0);
  expect_implied(e, 1, "Civilians (Burkina Faso)");
  sr_doc_free(doc);
  doc = en(state, "Police said five officers were killed in the ambush.");
  e = only_event(doc);
  expect_side(doc, e->actor2, "Police Forces of Burkina Faso (1987-)", SR_INTER_STATE);
  sr_doc_free(doc);
}

/* Some of the dead told just before, by kind, are parts of that toll:
** one event, its toll kept. */
static void test_some_of_the_dead_told_by_kind(void **state) {
  const char *en_texts[] = {
      "A car bomb killed 15 people in Afrin on Monday, the monitor said. At least six of those "
      "killed were rebel fighters.",
      "Air strikes killed 20 people in Idlib on Sunday. Twelve children and 11 fighters were "
      "among the dead, it said."};
  const double tolls[] = {15, 20};
  for (size_t i = 0; i < sizeof en_texts / sizeof *en_texts; i++) {
    sr_doc *doc = en(state, en_texts[i]);
    assert_int_equal((int)only_event(doc)->fatalities, (int)tolls[i]);
    sr_doc_free(doc);
  }
  sr_doc *doc = fr(state, "Un attentat a tué 15 personnes lundi à Afrin. Parmi les morts figurent "
                          "six combattants kurdes.");
  assert_int_equal((int)only_event(doc)->fatalities, 15);
  sr_doc_free(doc);
}

/* A state named right after its deed's "by" is its forces, as one opening
** the deed's clause is. */
static void test_a_state_after_by(void **state) {
  const char *cases[][2] = {
      {"en", "Drones launched by Russia hit Kyiv on Monday, killing two people."},
      {"fr", "La ville de Kherson a été bombardée par la Russie lundi, faisant deux morts."}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i][1], cases[i][0], "2016-11-02");
    const sr_event *e = only_event(doc);
    expect_side(doc, e->actor1, "Military Forces of Russia (2000-)", SR_INTER_STATE);
    sr_doc_free(doc);
  }
}

/* A habit of the place told after the news, with a length of its own
** ("besieged for nearly two years"), is no toll: it tells no event and
** joins none. */
static void test_a_habit_after_the_news(void **state) {
  sr_doc *doc = en(state, "A car bomb killed six people in Homs on Monday. Besieged for nearly "
                          "two years, residents there suffer daily shelling.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "explosion");
  assert_int_equal(e->quantity_count, 1);
  assert_int_equal(e->trigger_count, 2); /* "car bomb", "killed" */
  sr_doc_free(doc);
}

/* A headline that tells only deaths, whose toll a deed told later in the
** same province repeats past other deeds of the lede, is that deed's toll:
** one event, of the deed's type. */
static void test_a_headline_toll_told_by_a_later_deed(void **state) {
  sr_doc *doc = en(state, "Over 30 Militants Killed in Idlib.\n"
                          "Rebels shelled the town of Jisr al-Shughur on Sunday, and warplanes "
                          "struck a market in Ariha. "
                          "In Idlib, army units clashed with militants who attacked a checkpoint, "
                          "killing at least 30 of them.");
  const sr_event *clash = event_of_action(doc, "clash");
  assert_int_equal((int)clash->fatalities, 30);
  const sr_event *all[8];
  size_t n = test_live_events(doc, all, 8);
  for (size_t i = 0; i < n; i++) assert_string_not_equal(all[i]->action->name, "kill");
  sr_doc_free(doc);
  /* the page's teaser told again after its tags, the wounded "dozens more"
  ** beside the same dead */
  doc = en(state, "Date of publication 11 August 2016 Ten raids hit the city of Raqqa killing at "
                  "least 30 people and injuring dozens on Thursday. Tags Syria Raqqa Russia At "
                  "least 30 people including 24 civilians were killed by Russian airstrikes on "
                  "Raqqa on Thursday. Dozens more were wounded when the raids hit the city.");
  assert_string_equal(only_event(doc)->action->name, "airstrike");
  sr_doc_free(doc);
}

/* A report that names no country at all is about the country whose
** GeoNames dump the pack adds (Burkina Faso's, packs/geo/geonames.txt):
** its crowds are that country's, as ACLED names them. */
static void test_no_country_named_is_the_home_country(void **state) {
  sr_doc *doc = en(state, "Teachers marched on Monday to demand their pay.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor1 >= 0);
  const char *name = e->side_name[0] ? e->side_name[0] : doc->mentions.items[e->actor1].name;
  assert_non_null(name);
  assert_string_equal(name, "Protesters (Burkina Faso)");
  sr_doc_free(doc);
}

/* Of sides named together before their deed, ACLED's actor1 is the first
** named, past the second's own acronym ("volunteer fighters (VDP)") and
** after "and/or". */
static void test_first_named_of_allies(void **state) {
  sr_doc *doc = en(state, "On Monday, a joint force of Burkinabe soldiers and volunteer fighters "
                          "(VDP) killed ten militants near Djibo.");
  expect_side(doc, only_event(doc)->actor1, "Military Forces of Burkina Faso (1987-)",
              SR_INTER_STATE);
  sr_doc_free(doc);
  doc = en(state, "On Monday, soldiers and/or gendarmes beat a trader in Kaya.");
  expect_side(doc, only_event(doc)->actor1, "Military Forces of Burkina Faso (1987-)",
              SR_INTER_STATE);
  sr_doc_free(doc);
}

/* A state's attack named by its country ("une attaque russe", "a Russian
** strike") is its military's. */
static void test_a_states_attack_by_its_country(void **state) {
  sr_doc *doc = fr(state, "Lundi, une attaque russe a visé un dépôt de carburant à Kharkiv.");
  const sr_event *e = only_event(doc);
  expect_side(doc, e->actor1, "Military Forces of Russia (2000-)", SR_INTER_EXTERNAL);
  sr_doc_free(doc);
  doc = en(state, "A Russian strike hit a fuel depot in Kharkiv on Monday.");
  e = only_event(doc);
  expect_side(doc, e->actor1, "Military Forces of Russia (2000-)", SR_INTER_EXTERNAL);
  sr_doc_free(doc);
}

/* Fighters no name tells, dead after a named group's attack on forces it
** counts, are that group's losses; in a blast that killed them, victims. */
static void test_attackers_own_losses(void **state) {
  sr_doc *doc = en(state, "The Taliban stormed a checkpoint in Ghazni province late on Monday, "
                          "killing five police officers and wounding two.\n\nA police spokesman "
                          "says three insurgents were killed in the firefight.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor2 < 0);
  assert_non_null(e->implied[1]);
  assert_memory_equal(e->implied[1], "Police Forces of Afghanistan", 27);
  assert_true(e->fatalities == 8.0); /* the attackers' dead add to the toll */
  sr_doc_free(doc);
  doc = en(state, "An Islamic State suicide bomber killed 20 rebels near Azaz on Sunday.\n\n"
                  "The bomber blew himself up among rebels waiting for a bus, the monitor said.");
  e = only_event(doc);
  assert_true(e->actor2 >= 0);
  sr_doc_free(doc);
}

/* "Two Palestinians", "cinq Afghans": a nationality after a figure counts
** people, so an explosion that killed them hit civilians; a
** cumulative toll "over the same period" is no event's. */
static void test_nationals_counted(void **state) {
  sr_doc *doc = fr(state, "Cinq Palestiniens ont été tués mardi dans une frappe israélienne à Gaza.");
  const sr_event *e = only_event(doc);
  expect_implied(e, 1, "Civilians (Palestine)");
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
  doc = en(state, "Three Afghans were killed when a bomb exploded in Kabul on Monday.");
  assert_non_null(only_event(doc)->implied[1]);
  assert_string_equal(only_event(doc)->implied[1], "Civilians (Afghanistan)");
  sr_doc_free(doc);
  /* past one, a nationality in the singular is an adjective */
  doc = en(state, "A bomb killed 32 Afghan border force personnel in Kandahar on Friday.");
  assert_null(only_event(doc)->implied[1]);
  sr_doc_free(doc);
  doc = en(state, "Three Afghans were killed when a bomb exploded in Kabul on Monday.\n\n"
                  "Twelve Pakistanis have also been killed in other attacks over the same period.");
  assert_true(only_event(doc)->fatalities == 3.0);
  sr_doc_free(doc);
}

/* Who claims an attack did it, in its sentence or the next: actor1, never
** its victim. */
static void test_claimed_attacks(void **state) {
  sr_doc *doc = en(state, "A suicide bomber struck a market in Baghdad on Monday, killing 20 "
                          "people, and the Islamic State group is claiming responsibility.");
  const sr_event *e = only_event(doc);
  expect_side(doc, e->actor1, "Islamic State (Iraq)", SR_INTER_REBELS);
  assert_true(e->actor2 < 0);
  sr_doc_free(doc);
  doc = fr(state, "Une attaque a tué dix soldats lundi près de Djibo.\n\n"
                  "Le JNIM a revendiqué l'attaque.");
  e = only_event(doc);
  assert_true(e->actor1 >= 0);
  assert_memory_equal(doc->mentions.items[e->actor1].name, "JNIM", 4);
  sr_doc_free(doc);
  /* a claim of "the attack" told before, whoever it was first said to be
  ** by; "I" is no deed ("IED" stems to it) */
  doc = en(state, "A suicide bomber killed 11 people at a teashop in Mogadishu, Somalia, on "
                  "Tuesday.\n\nSoldiers were among the dead.\n\n\"I condemn this act,\" the prime "
                  "minister said.\n\nThe al-Shabab militant group claimed responsibility for the "
                  "attack.");
  e = only_event(doc);
  assert_true(e->actor1 >= 0);
  assert_memory_equal(doc->mentions.items[e->actor1].name, "Al Shabaab", 10);
  sr_doc_free(doc);
  /* a claim past a sentence that tells its own event is that one's */
  doc = en(state, "A car bomb killed nine people in Mogadishu on Monday.\n\nGunmen attacked a "
                  "police post in Kismayo on Tuesday, and Al-Shabaab claimed responsibility.");
  for (size_t i = 0; i < doc->event_count; i++)
    if (doc->events[i].status == SR_EV_REALISED && !doc->events[i].merged &&
        strcmp(doc->events[i].action->name, "explosion") == 0)
      assert_true(doc->events[i].actor1 < 0);
  sr_doc_free(doc);
}

/* "..., in an attack claimed by": the circumstance of the sentence's deed
** is that deed, however far in the sentence. */
static void test_the_attack_a_deed_was_in(void **state) {
  sr_doc *doc = en(state, "A car bomb in the Somali capital has killed at least four people and "
                          "wounded three others, according to the interior ministry, in an attack "
                          "claimed by al-Shabab.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 4.0);
  assert_true(e->actor1 >= 0);
  sr_doc_free(doc);
  doc = fr(state, "Au moins six civils ont été tués mardi près de Beni, dans l'est de la République "
                  "démocratique du Congo, selon des sources locales, lors d'une attaque attribuée "
                  "aux ADF.");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
  /* a cue of four words, far from the deed it joins */
  doc = fr(state, "Un kamikaze a tué six civils mardi à Beni, dans l'est de la République "
                  "démocratique du Congo, selon des sources locales, au cours d'une attaque "
                  "revendiquée par les ADF.");
  assert_true(only_event(doc)->fatalities == 6.0);
  sr_doc_free(doc);
}

/* Police hurt in a report of protests that names no armed group faced a
** riot, not a battle; its crowd is actor1 though no word names it. */
static void test_police_hurt_in_a_protest_report(void **state) {
  sr_doc *doc = fr(state, "Des milliers de jeunes ont manifesté lundi à Conakry contre le pouvoir. "
                          "Les commerces sont restés fermés toute la journée. La circulation était "
                          "difficile. Dix-sept policiers ont été blessés dont un grièvement.");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  assert_int_equal(n, 2);
  assert_string_equal(SUB_TYPE(doc, e[1]), "Violent demonstration");
  assert_true(e[1]->actor1 < 0);
  assert_non_null(e[1]->implied[0]);
  assert_string_equal(e[1]->implied[0], "Rioters (Guinea)");
  sr_doc_free(doc);
  /* soldiers who riot are the rioters themselves, as ACLED names them */
  doc = en(state, "Malian soldiers rioted in the streets of Gao on Monday to demand their pay.");
  assert_true(only_event(doc)->actor2 < 0);
  assert_string_equal(only_event(doc)->implied[0], "Rioters (Mali)");
  sr_doc_free(doc);
  /* a report that names an armed group: soldiers hurt fought it */
  doc = fr(state, "Des milliers de jeunes ont manifesté lundi à Bamako. Les commerces sont restés "
                  "fermés. La circulation était difficile. Trois soldats ont été blessés près de "
                  "Gao par des jihadistes du JNIM.");
  n = test_live_events(doc, e, 4);
  assert_int_equal(n, 2);
  assert_string_equal(SUB_TYPE(doc, e[1]), "Armed clash");
  sr_doc_free(doc);
}

/* Forces named on a strike's own noun fly it; a strike the report gives no
** author was flown by the one air force its other strikes name, none when
** they name two. */
static void test_the_documents_air_force(void **state) {
  sr_doc *doc = fr(state, "Des frappes israéliennes ont visé Gaza lundi.\n\nCinq Palestiniens ont "
                          "été tués mardi dans une frappe à Rafah.");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  for (int i = 0; i < 2; i++) {
    assert_true(e[i]->actor1 >= 0);
    assert_memory_equal(doc->mentions.items[e[i]->actor1].name, "Military Forces of Israel", 24);
  }
  sr_doc_free(doc);
  doc = en(state, "Russian air strikes hit Idlib on Monday.\n\nSyrian air strikes hit Hama on "
                  "Tuesday.\n\nFive people were killed in an air strike on Saraqeb on Wednesday.");
  assert_int_equal(test_live_events(doc, e, 4), 3);
  assert_true(e[2]->actor1 < 0);
  sr_doc_free(doc);
}

/* Another count of a toll just told, with no one, no place and no date of
** its own, is the same event's, its toll unchanged; "five others" are not. */
static void test_another_count_of_a_toll(void **state) {
  sr_doc *doc = en(state, "Armed men attacked a village near Beni, in eastern Congo, on Tuesday, "
                          "killing at least 20 civilians, local officials said.\n\nA rights group "
                          "put the toll at 31 dead.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 20.0);
  sr_doc_free(doc);
  doc = en(state, "Armed men attacked a village near Beni, in eastern Congo, on Tuesday, "
                  "killing at least 20 civilians, local officials said.\n\nFive others were "
                  "killed on Wednesday.");
  const sr_event *two[4];
  assert_int_equal(test_live_events(doc, two, 4), 2);
  sr_doc_free(doc);
}

/* "The Red Cross said 20 civilians were killed in the attack": a death
** told with an anaphor of the attack told before is another count of its
** toll, in French too; "another 14 people" are more dead, an event apart. */
static void test_a_toll_of_the_attack_told_before(void **state) {
  sr_doc *doc = en(state, "At least 10 civilians were killed on Saturday near Beni by ADF "
                          "fighters, the army said. The Red Cross gave a higher toll, saying "
                          "about 20 civilians were killed in the attack.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 10.0);
  sr_doc_free(doc);
  doc = fr(state, "Plus de dix civils ont été tués samedi près de Beni par des rebelles ADF, "
                  "selon l'armée. La Croix-Rouge a donné un bilan plus lourd, affirmant que "
                  "vingt civils ont été tués dans cette attaque.");
  e = only_event(doc);
  assert_true(e->fatalities == 10.0);
  sr_doc_free(doc);
  doc = en(state, "At least 20 people were killed in air strikes on Aleppo on Saturday. "
                  "Another 14 people were killed in the Bustan al-Qasr district in barrel bomb "
                  "attacks.");
  const sr_event *two[4];
  assert_int_equal(test_live_events(doc, two, 4), 2);
  sr_doc_free(doc);
}

/* "killed in an attack by the RSF", then "The RSF fired drones and
** shells": the same side's remote weapon in the next sentence says what
** the attack was, one event; another side's bombing elsewhere stays apart. */
static void test_the_weapon_of_an_attack(void **state) {
  sr_doc *doc = en(state, "At least 30 civilians were killed on Sunday in an attack by the Rapid "
                          "Support Forces in El Fasher, the army said. The RSF fired a barrage of "
                          "drones and artillery shells at the city.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "shelling");
  assert_true(e->fatalities == 30.0);
  sr_doc_free(doc);
  doc = fr(state, "Au moins 30 civils ont été tués dimanche dans une attaque des Forces de soutien "
                  "rapide à El Fasher. Les FSR ont bombardé la ville à l'artillerie lourde.");
  e = only_event(doc);
  assert_string_equal(e->action->name, "shelling");
  sr_doc_free(doc);
  doc = en(state, "Gunmen killed 30 civilians on Sunday in an attack on a village near Djibo. "
                  "The army shelled jihadist positions near Arbinda.");
  const sr_event *two[4];
  assert_int_equal(test_live_events(doc, two, 4), 2);
  assert_string_equal(two[0]->action->name, "attack");
  sr_doc_free(doc);
  /* a missile that killed, in French as in English */
  doc = fr(state, "Un missile russe qui a visé la ville de Kolo lundi a fait cinq morts, ont "
                  "annoncé des responsables.");
  e = only_event(doc);
  assert_string_equal(e->action->name, "shelling");
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
}

/* "Clashes have gone on in the city since May 2024, with fighting
** intensifying": the sentence tells the war by its span, and the fighting
** it tells with no toll or day of its own is the war's, no event. */
static void test_a_war_told_by_its_span(void **state) {
  sr_doc *doc = en(state, "At least 13 civilians were killed on Monday when the RSF shelled El "
                          "Fasher, volunteers said. Violent clashes have been going on in El Fasher "
                          "since May 2024 between the army and the RSF, with fighting intensifying "
                          "in recent days.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 13.0);
  sr_doc_free(doc);
}

/* "RSF shelling", "Houthi drone strikes": a named group before a weapon
** is who fired it, and the weapon is the event, as "Russian shelling". */
static void test_a_groups_weapon(void **state) {
  sr_doc *doc = en(state, "RSF shelling killed 32 civilians in El Fasher on Friday.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "shelling");
  assert_true(e->actor1 >= 0);
  sr_doc_free(doc);
  doc = en(state, "At least nine people were killed in Houthi drone strikes on Marib on Sunday.");
  e = only_event(doc);
  assert_string_equal(e->action->name, "airstrike");
  sr_doc_free(doc);
}

/* A line of its own with no full stop, past the head and after prose
** ("Police kill 30 bandits in Gusau"): another story's headline, a
** related link, no event; the title at the top stays the story's. */
static void test_a_related_headline(void **state) {
  sr_doc *doc = en(state, "Bandits kill 11 in Zamfara village\n\nGunmen killed 11 villagers in "
                          "Zurmi on Saturday, police said.\n\nThe police spokesman said calm had "
                          "returned.\n\nTroops kill 30 bandits after attack on convoy in Gusau\n\n"
                          "Residents said the attackers came on motorcycles.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 11.0);
  sr_doc_free(doc);
  doc = fr(state, "Cinq soldats ont été tués lundi dans une embuscade près de Boni.\n\nL'armée a "
                  "annoncé des renforts.\n\nLe ministre s'est rendu sur place.\n\n"
                  "Mali : une attaque contre un camp de l'armée fait dix morts à Tessit\n\n"
                  "Les recherches continuent.");
  e = only_event(doc);
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
  /* "Source: Le Monde." on a line of its own ends the story: the page's
  ** other items after it tell no event of this report */
  doc = fr(state, "Sept soldats ont été tués jeudi dans une attaque près de Kandadji.\n\nLe "
                  "ministre a annoncé un ratissage.\n\nL'armée a renforcé ses positions.\n\n"
                  "Source: Le Monde.\n\nLes forces de l'armée ont éliminé vendredi deux terroristes "
                  "à In Guezzam.");
  e = only_event(doc);
  assert_true(e->fatalities == 7.0);
  sr_doc_free(doc);
  /* the next headline of a list of links is another story's too */
  doc = en(state, "Gunmen killed 12 villagers in Kano on Monday, police said.\n\nThe police "
                  "spokesman said calm had returned.\n\nResidents said the attackers came on "
                  "motorcycles.\n\nAlso Read: Troops kill 30 bandits in Katsina\nPolice arrest 12 "
                  "suspects over Kaduna attack");
  e = only_event(doc);
  assert_true(e->fatalities == 12.0);
  sr_doc_free(doc);
}

/* A second headline line and a time stamp before the lede push it down:
** the lede's deed, its place the report's own, one victim and no figure,
** is still the news, not a deed told again past the lede. */
static void test_lede_after_head_lines(void **state) {
  sr_doc *doc = en(state, "Drone Kills Farmer Near Kupiansk\n12/03/2024 10:41 AM\n"
                          "Russian troops attacked the village of Kupiansk with a drone, "
                          "killing a farmer.\nThe regional governor said it on Telegram.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 1.0);
  sr_doc_free(doc);
  doc = fr(state, "Un drone tue un agriculteur près de Koupiansk\nMis à jour le 3 décembre\n"
                  "Les troupes russes ont attaqué le village de Koupiansk avec un drone, "
                  "tuant un agriculteur.\nLe gouverneur l'a annoncé.");
  e = only_event(doc);
  assert_true(e->fatalities == 1.0);
  sr_doc_free(doc);
}

/* Past the lede, a toll "in a previous attack" is background, not news. */
static void test_a_previous_attack(void **state) {
  sr_doc *doc = en(state, "At least five civilians were killed on Thursday in an attack on "
                          "Mutuanga. The toll rose later in the day. Twelve civilians were killed "
                          "in a previous attack on Sunday night.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
  doc = fr(state, "Au moins cinq civils ont été tués jeudi dans une attaque à Mutuanga. Le "
                  "bilan s'est alourdi dans la journée. Douze civils ont été tués dimanche soir "
                  "dans une précédente attaque.");
  e = only_event(doc);
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
}

/* "killed in two separate roadside attacks", then each told: the lede
** counts the events the body tells, it is none of its own; "roadside bomb
** explosion" is one deed; "the blast killed seven", told after it by
** another voice, is another count of its toll, not a second blast. */
static void test_two_separate_attacks_each_told(void **state) {
  sr_doc *doc = en(state, "A district governor and four police officers were killed in two "
                          "separate roadside attacks in southern and eastern Afghanistan, officials "
                          "said Saturday. In Khost province, the district governor was killed on "
                          "Saturday when his car struck a roadside bomb, a police spokesman said. "
                          "Separately, four policemen were killed in a similar roadside bomb "
                          "explosion in Kandahar province on Friday, the provincial police chief "
                          "said. The Taliban said the blast killed seven policemen.");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  if (n != 2) print_error("%zu events, expected 2\n", n);
  assert_int_equal(n, 2);
  assert_true(e[1]->fatalities == 4.0);
  sr_doc_free(doc);
}

/* A protest told again by another of its words ("the march"), and a toll
** "which has seen" deaths over a year, are no new events. */
static void test_the_march_told_again(void **state) {
  sr_doc *doc = en(state, "Police fired tear gas at hundreds of demonstrators marching against "
                          "police violence in Lusaka on Monday. The march was called to denounce "
                          "police violence, which has seen at least 20 people killed by officers "
                          "this year.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Protest with intervention");
  sr_doc_free(doc);
}

/* "à plus de 550 km de Bangui": a town that far away says where the event
** is not; within a hundred kilometres it stands in, near. */
static void test_a_town_far_away(void **state) {
  sr_doc *doc = en(state, "Gunmen attacked a village 200 kilometres from Maiduguri on Sunday, "
                          "killing six people.");
  const sr_event *e = only_event(doc);
  assert_true(e->place < 0);
  sr_doc_free(doc);
  doc = en(state, "Gunmen attacked a village 40 kilometres from Maiduguri on Sunday, killing six "
                  "people.");
  e = only_event(doc);
  assert_true(e->place >= 0);
  sr_doc_free(doc);
  /* ...and so past a compass offset too long to reckon a point from
  ** ("à 600 km au nord-ouest de"), while a shorter one is reckoned */
  doc = fr(state, "Des hommes armés ont attaqué dimanche un village situé à environ 600 km au "
                  "nord-ouest de Bangui, tuant six personnes.");
  assert_true(only_event(doc)->place < 0);
  sr_doc_free(doc);
  doc = en(state, "Gunmen attacked a village about 700 kilometres north of Maiduguri on Sunday, "
                  "killing six people.");
  assert_true(only_event(doc)->place < 0);
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont attaqué dimanche un village situé à 60 km au nord-ouest de "
                  "Bangui, tuant six personnes.");
  assert_true(only_event(doc)->place >= 0);
  sr_doc_free(doc);
}

/* The document's place is the place named most often, not counting a
** town far from the events; the tie between those left goes to the first
** of them named, not to the far town named first. */
static void test_a_far_town_is_not_the_document_place(void **state) {
  sr_doc *doc = fr(state, "Des rebelles ont tué six civils dimanche. Le village attaqué se trouve à "
                          "environ 600 km au nord-ouest de Bangui, selon le préfet de l'Ouham-Pendé. "
                          "Les rebelles voulaient marcher sur la capitale.");
  const sr_place *where = only_event(doc)->where;
  assert_true(where && strcmp(where->name, "Ouham-Pendé") == 0);
  sr_doc_free(doc);
}

/* "It was the second attack on the town this month": the attack just
** told, counted among the month's, not another. */
static void test_the_second_attack_this_month(void **state) {
  sr_doc *doc = en(state, "Gunmen killed 12 villagers in Kano on Monday. It was the second attack "
                          "on the town this month.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont tué 12 villageois lundi à Kano. Il s'agit de la deuxième "
                  "attaque contre ce village ce mois-ci.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
}

/* "The attack came a day after ... killed four soldiers": the deed it
** came after is a past one recalled; the conflict's displaced are its
** whole span's. */
static void test_what_the_attack_came_after(void **state) {
  sr_doc *doc = en(state, "Gunmen killed 12 villagers in Kano on Monday. Police said the attackers "
                          "fled. The attack came a day after suspected jihadists killed four "
                          "soldiers in a nearby town. The conflict has displaced more than three "
                          "million people.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
  /* a toll "since then" is the span's, not an event */
  doc = en(state, "Gunmen killed 12 villagers in Kano on Monday. Police arrived later. Since "
                  "then, at least 40 people have been killed in the area.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont tué 12 villageois lundi à Kano. La police est arrivée plus "
                  "tard. Depuis lors, au moins 40 personnes ont été tuées dans la zone.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
  /* a habit told past the lede ("almost every day") is no event of its own */
  doc = en(state, "Troops burned a village near Kanbalu on Monday. Residents said it was "
                  "terrible. Troops have torched villages in the township almost every day, and "
                  "around 10,000 residents have fled.");
  assert_string_equal(only_event(doc)->action->name, "destroy");
  sr_doc_free(doc);
}

/* "the death toll rose to 9", "le bilan s'est alourdi à 11": a later
** count of the toll told with no deed of its own is the toll of the event
** told just before; "rose to 300 francs" counts no one. */
static void test_a_toll_updated(void **state) {
  sr_doc *doc = en(state, "Gunmen killed five people in Kano on Monday. The death toll rose to 9 "
                          "on Tuesday, police said.");
  assert_true(only_event(doc)->fatalities == 9.0);
  sr_doc_free(doc);
  doc = fr(state, "Au moins cinq civils ont été tués jeudi dans une attaque à Mutuanga. Dans la "
                  "soirée, le bilan s'est alourdi à 11, selon la police.");
  assert_true(only_event(doc)->fatalities == 11.0);
  sr_doc_free(doc);
  /* ...told in a sentence whose own deed is past ("had risen") */
  doc = en(state, "A suicide bomber killed 20 people at a market in Kano on Monday. Police said "
                  "later that the number of people killed in the attack had risen to 30.");
  assert_true(only_event(doc)->fatalities == 30.0);
  sr_doc_free(doc);
  doc = en(state, "Gunmen killed five people in Kano on Monday. The price of bread rose to 300 "
                  "francs.");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
}

/* "Le bilan s'élève à 37 morts, selon l'OSDH": a toll told after the deed
** with no verb of death is the deed's toll, and whoever gives it speaks for
** the deed as well as the deed's own speakers. */
static void test_a_toll_told_with_no_verb(void **state) {
  const char *texts[][3] = {
      {"fr", "Des heurts ont opposé lundi deux clans rivaux dans le village de Tobra, selon un "
             "habitant. Le bilan s'élève à 14 morts, selon l'Observatoire.",
       "Observatoire"},
      {"fr", "Des heurts ont opposé lundi deux clans rivaux dans le village de Tobra, selon un "
             "habitant. Le bilan est de 14 morts, a indiqué la police.",
       "police"},
      {"en", "Rival clans clashed in the village of Tobra on Monday, a resident said. The death "
             "toll stood at 14, the police said.",
       "police"}};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = test_doc(*state, texts[i][1], texts[i][0], "2016-11-02");
    const sr_event *e = only_event(doc);
    assert_true(e->fatalities == 14.0);
    int found = 0;
    for (size_t k = 0; k < e->source_count; k++)
      found |= strstr(doc->mentions.items[e->sources[k].mention].name, texts[i][2]) != NULL;
    assert_true(found);
    sr_doc_free(doc);
  }
}

/* A toll corrected down ("later revised the death toll down to 9", "revu à
** la baisse à 9 morts") replaces the one before, even past a sentence that
** names the deed again ("to the scene of the battle", an anaphoric event
** that is no deed the update could be the toll of): it was 12. */
static void test_a_toll_revised_down(void **state) {
  const char *texts[][2] = {
      {"en", "Gunmen killed 12 villagers near Dori on Monday, a local official said. Officials "
             "later revised the death toll down to 9."},
      {"en", "Commissioner John Tobo later described the clash as a \u201c"
             "feud between rival clans.\u201d An unknown number of traders also were killed. "
             "Police reinforcements were sent to the scene of the battle, Tobo said.\nTobo "
             "initially said 12 combatants had died. But officials later revised the death "
             "toll down to 9."},
      {"fr", "Des hommes armés ont tué 12 villageois lundi près de Dori, selon un élu. Le bilan "
             "a ensuite été revu à la baisse à 9 morts."}};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = test_doc(*state, texts[i][1], texts[i][0], "2016-11-02");
    assert_true(only_event(doc)->fatalities == 9.0);
    sr_doc_free(doc);
  }
}

/* "Nine soldiers have died in an ambush, the army said", then "Nine soldiers
** were killed and two were wounded": the soldiers' loss told again is no
** more dead; the assailants killed in the fighting add to it (58 was the
** soldiers counted twice). */
static void test_a_loss_told_again(void **state) {
  sr_doc *doc = en(state, "Nine soldiers have died in an ambush by suspected militants near "
                          "Tessit, the army said on Monday, adding that \u201c"
                          "around 40\u201d assailants had been killed in the fighting.\n\n"
                          "The attack took place on Friday, it said in a statement.\n\n"
                          "Nine soldiers were killed and two were wounded, it said.\n\n"
                          "\u201cAround 40 militants were killed as they tried to flee toward "
                          "the border,\u201d it said.");
  assert_true(only_event(doc)->fatalities == 49.0);
  sr_doc_free(doc);
}

/* A sentence that updates the toll tells the toll, not one more count: "Two
** more people died on Tuesday, bringing the death toll to 15" (was 17),
** "« Le bilan est passé à 12 morts », ... qui avait annoncé plus tôt 10
** morts" (was 22). */
static void test_an_update_is_its_sentence_s_toll(void **state) {
  sr_doc *doc = en(state, "Gunmen attacked a village near Gao on Monday, killing 13 people. Two "
                          "more people died in hospital on Tuesday, bringing the death toll to "
                          "15.");
  assert_true(only_event(doc)->fatalities == 15.0);
  sr_doc_free(doc);
  doc = fr(state, "\u00ab Le bilan est passé à 12 morts, dont trois enfants, après la frappe sur "
                  "le marché de Gao \u00bb, a affirmé la radio locale, qui avait annoncé plus tôt "
                  "10 morts.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
}

/* "Some 900 civilians have been killed since the state of siege was
** declared": a toll summed since then, no event (it was one of 900 dead). */
static void test_a_toll_since_a_state_of_siege(void **state) {
  sr_doc *doc = en(state, "Gunmen killed eight civilians in Bulongo on Friday night, a local "
                          "official said. Some 900 civilians have been killed in the province "
                          "since the state of siege was declared, according to a monitor.");
  assert_true(only_event(doc)->fatalities == 8.0);
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont tué huit civils vendredi soir à Bulongo, selon un élu "
                  "local. Quelque 900 civils ont été tués dans la province depuis l'instauration "
                  "de l'état de siège, selon un observatoire.");
  assert_true(only_event(doc)->fatalities == 8.0);
  sr_doc_free(doc);
}

/* The toll of a whole insurgency ("The decade-long insurgency has killed
** more than 4,100 people, according to rights groups") is no toll of the
** day's bomb, nor are its counters the bomb's sources. */
static void test_an_insurgency_s_own_toll(void **state) {
  sr_doc *doc = en(state, "Roadside Bomb Kills Soldier In Varna\n\nSoldiers inspect the site of a "
                          "roadside bomb in Varna on 3 May 2024 that did not hurt anyone.\n\nVARNA "
                          "\xE2\x80\x94 A roadside bomb killed one soldier and wounded three others in "
                          "Varna province today.\n\nThe bomb was planted on a dirt road in Dolna "
                          "district and went off when a patrol passed by around noon, police say. "
                          "One of the soldiers later died in hospital.\n\nThe decade-long "
                          "insurgency has killed more than 4,100 people, according to figures "
                          "compiled by rights groups.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 1.0);
  for (size_t k = 0; k < e->source_count; k++)
    assert_null(strstr(doc->mentions.items[e->sources[k].mention].name, "rights groups"));
  sr_doc_free(doc);
  doc = fr(state, "Des hommes armés ont tué deux soldats lundi dans la province de Varna, selon "
                  "la police. L'insurrection a fait plus de 4 100 morts depuis 2004, selon des "
                  "organisations de défense des droits humains.");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
}

/* A figure right before the verb, the verb then the one it hit, counts who
** did it: "Two gunmen shot dead a policeman" killed one (it was two).  Not
** before a time: "Two soldiers killed a day after the truce" (a headline's
** passive). */
static void test_the_doers_figure(void **state) {
  sr_doc *doc = en(state, "Two gunmen shot dead a policeman in Korvin on Friday, police said.");
  assert_true(only_event(doc)->fatalities == 1.0);
  sr_doc_free(doc);
  doc = en(state, "A mob of 200 villagers killed a trader in Korvin on Friday, police said.");
  assert_true(only_event(doc)->fatalities == 1.0);
  sr_doc_free(doc);
  doc = en(state, "Two soldiers killed a day after the truce in Korvin.");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
}

/* A figure whose noun the pack does not know, with a word after the noun,
** reaches a compound passive as far as one without the word; an object
** whose verb stands before it, and a capital past the plain reach (a name),
** do not. */
static void test_a_modifier_after_an_unknown_noun(void **state) {
  sr_doc *doc = fr(state, "Deux frères bédouins ont été abattus lundi près de Korvin, a "
                          "annoncé la police.");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
  doc = fr(state, "Trois cousins kurdes ont été tués lundi près de Korvin, a annoncé la police.");
  assert_true(only_event(doc)->fatalities == 3.0);
  sr_doc_free(doc);
  doc = en(state, "The army said it repelled the raid on Korvin, killing at least 20 raiders "
                  "in addition to destroying their trucks.");
  assert_true(only_event(doc)->fatalities == 20.0);
  sr_doc_free(doc);
  doc = en(state, "Two shells landed on the Martyr Hamad School in Korvin on Monday, police said.");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  for (size_t i = 0; i < n; i++) assert_true(e[i]->fatalities != 2.0);
  sr_doc_free(doc);
}

/* "another" with a singular victim is one person, as "a" is: "killing
** another ranger", "Another farmer was killed". */
static void test_another_victim_is_one(void **state) {
  assert_true(only_toll(en(state, "A second patrol hit a mine near Korvin on Thursday, killing "
                                  "another ranger, police said.")) == 1.0);
  assert_true(only_toll(en(state, "Another farmer was killed near Korvin on Friday, police said.")) ==
              1.0);
}

/* Bodies told found are the dead: "nine bodies were recovered", "les corps
** de sept bergers"; "bodies" alone near a figure is not ("at 330 am whose
** bodies still lie there" counts no one). */
static void test_bodies_found(void **state) {
  assert_true(only_toll(en(state, "Nine bodies were recovered near Korvin on Sunday after gunmen "
                                  "stormed the village, police said.")) == 9.0);
  assert_true(only_toll(fr(state, "Les corps de sept bergers ont été retrouvés lundi près de Korvin "
                                  "après une attaque d'hommes armés.")) == 7.0);
  assert_true(only_toll(en(state, "Gunmen attacked the post at around 330 am whose bodies still lie "
                                  "in the field, killing six soldiers, police said.")) == 6.0);
}

/* A photo caption whose credit follows it on its line ("... Thursday. |
** AP", "PHOTO | REUTERS") tells no event of its own. */
static void test_a_caption_credited_after_it(void **state) {
  sr_doc *doc = en(state, "Bomber kills eight in Kirkuk market\n\nPolice and residents gather at "
                          "the site of a suicide bomb attack in Kirkuk Thursday. | AP\n\nKIRKUK - "
                          "An Iraqi security official says a suicide bomber has attacked a market in "
                          "Kirkuk, killing eight people and wounding 15.");
  assert_true(only_event(doc)->fatalities == 8.0);
  sr_doc_free(doc);
}

/* The police dispersing a crowd and the stones the crowd threw at them,
** however far apart in a long sentence, are one riot the police faced. */
static void test_the_crowd_the_police_faced(void **state) {
  const char *cases[][2] = {
      {"fr", "Les gendarmes ont dispersé à coups de gaz lacrymogènes des centaines de personnes "
             "venues manifester devant la mairie de Thiès contre la hausse des prix, avant "
             "d'essuyer des jets de pierres."},
      {"en", "Police fired tear gas to disperse hundreds of traders who had gathered outside the "
             "county offices in Kisumu to protest against new taxes, and officers were then "
             "pelted with stones."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = strcmp(cases[i][0], "fr") == 0 ? fr(state, cases[i][1]) : en(state, cases[i][1]);
    const sr_event *e = only_event(doc);
    assert_string_equal(SUB_TYPE(doc, e), "Violent demonstration");
    assert_true(e->actor1 < 0 && e->implied[0]);
    assert_true(e->actor2 >= 0);
    assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor2])->inter, SR_INTER_STATE);
    sr_doc_free(doc);
  }
}

/* Attacks past the lede in a country or a region ("Mali, Niger and
** Burkina Faso are the target of attacks") are a kind of event there, not
** one; material losses are no deaths. */
static void test_attacks_in_a_country(void **state) {
  sr_doc *doc = fr(state, "Cinq soldats maliens ont été tués lundi dans une embuscade près de "
                          "Boni. Quatre véhicules ont été détruits. Le Mali, le Niger et le Burkina "
                          "Faso sont la cible des attaques de groupes jihadistes. L'armée a essuyé "
                          "de lourdes pertes en matériel.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 5.0);
  sr_doc_free(doc);
}

/* "Several soldiers were killed in several attacks", then each attack
** with its toll: the lede's plural took its toll from the first attack,
** so the others do not make it a sum, and the first stays an event;
** "pris en embuscade" is an ambush, no ground taken. */
static void test_several_attacks_told_one_by_one(void **state) {
  sr_doc *doc = en(state, "Several Malian soldiers were killed in separate attacks, the army "
                          "said.\n\nAccording to an army statement, gunmen ambushed one of its "
                          "patrols and the attack killed two soldiers. The attack near Boni also "
                          "allowed troops to kill 13 assailants.\n\nAnother attack took place in "
                          "Tessit, where there were \"two dead and 10 wounded\" as the assailants "
                          "stormed an outpost. \"Nine assailants were killed on the spot,\" the "
                          "statement added.");
  const sr_event *e[8];
  assert_int_equal(test_live_events(doc, e, 8), 3);
  assert_true(e[0]->fatalities == 15.0);
  sr_doc_free(doc);
  doc = fr(state, "Des assaillants ont pris en embuscade une patrouille de l'armée près de Boni, "
                  "tuant deux militaires.");
  assert_string_equal(only_event(doc)->action->name, "attack");
  sr_doc_free(doc);
}

/* "Jihadists attacked an army post, killing two soldiers", then "the army
** said it neutralised five terrorists" in the night of the attack: the
** attackers' losses, one fight of seven dead; a night's range of days is
** close to the day it ends on. */
static void test_the_attackers_losses(void **state) {
  sr_doc *doc = test_doc(*state, "Deux soldats maliens ont été tués dimanche dans une attaque "
                                 "de jihadistes contre un poste de l'armée à Niafunké. L'armée "
                                 "annonce avoir neutralisé cinq terroristes au cours de cette "
                                 "opération, menée dans la nuit du 12 au 13 février.",
                          "fr", "2022-02-13");
  assert_true(only_event(doc)->fatalities == 7.0);
  sr_doc_free(doc);
  doc = en(state, "Two Malian soldiers were killed on Sunday when jihadists attacked an army "
                  "post in Niafunke. The army said it had neutralised five terrorists during the "
                  "night.");
  assert_true(only_event(doc)->fatalities == 7.0);
  sr_doc_free(doc);
}

/* A day the sentence before tells, and no event there takes, dates the
** deed told next with no day of its own; a day an event of its own
** sentence took, or one months before, does not. */
static void test_day_left_in_the_sentence_before(void **state) {
  const char *condemned = "The opposition council condemned the crime committed by government "
                          "aircraft in the village of Kafr Nabl on Sunday March 12. ";
  const char *bakery = "At least 15 civilians died when warplanes dropped barrel bombs on "
                       "its bakery.";
  char text[512];
  snprintf(text, sizeof text, "%s%s", condemned, bakery);
  sr_doc *doc = en_on(state, text, "2017-03-13");
  const sr_event *e = only_event(doc);
  assert_true(e->date >= 0);
  assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.day, 12);
  assert_false(e->date_published);
  sr_doc_free(doc);
  doc = en_on(state, text, "2017-06-20"); /* March: background by June */
  e = only_event(doc);
  assert_true(e->date < 0);
  assert_true(e->date_published);
  sr_doc_free(doc);
  doc = en_on(state, "Rebels shelled the village of Kafr Nabl on Sunday, killing two. "
                     "At least 15 civilians died when warplanes dropped barrel bombs on its "
                     "bakery.", "2017-03-13");
  const sr_event *two[4];
  assert_int_equal(test_live_events(doc, two, 4), 2);
  assert_true(two[1]->date < 0);
  assert_true(two[1]->date_published);
  sr_doc_free(doc);
}

/* The day of the month an event's sentence says it was told on, when it
** took that day as its bound; 0 when the report's date stands in. */
static int day_told(void **state, const char *text, const char *published) {
  sr_doc *doc = en_on(state, text, published);
  const sr_event *e = only_event(doc);
  int day = e->date_told ? sr_date_of(&doc->mentions.items[e->date])->value.day : 0;
  if (!e->date_told) assert_true(e->date < 0 && e->date_published);
  sr_doc_free(doc);
  return day;
}

/* "Tuesday's attacks on the two villages also wounded a dozen": a
** weekday's possessive dates the deed, and the generic word tells again
** the air strikes told just before, one event. */
static void test_the_attacks_of_a_weekday(void **state) {
  sr_doc *doc = en_on(state, "Airstrikes on two villages in Sagaing this week killed nearly a "
                             "dozen civilians, villagers said. Tuesday's attacks on Nyaung Kone and "
                             "Kyarsi villages also wounded about a dozen people.", "2023-06-30");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "airstrike");
  sr_doc_free(doc);
  doc = en_on(state, "Tuesday\u2019s attack on the village of Kyarsi killed five people.",
              "2023-06-30");
  e = only_event(doc);
  assert_true(e->date >= 0);
  assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.day, 27);
  sr_doc_free(doc);
}

/* "Two other civilians were seriously wounded" after an attack's toll:
** more of its wounded, not another event, and the dead still say whom
** it hit. */
static void test_other_wounded(void **state) {
  sr_doc *doc = en(state, "A separatist attack on Sunday in Ndu killed three soldiers, military "
                          "sources said. A soldier and a civilian were killed on the spot. Two other "
                          "civilians were seriously wounded.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 3.0);
  sr_doc_free(doc);
}

/* A witness quoting the protesters' targets past the lede ("les véhicules
** de l'ONU sont la cible des manifestants") tells the crowd's deed, not
** again the militia's attack told before; "ont encore frappé" is an
** attack, not an air strike. */
static void test_a_crowds_quote_is_another_deed(void **state) {
  sr_doc *doc = fr(state, "Les miliciens des ADF ont encore frappé dans la région de Beni. Deux "
                          "nouvelles attaques, menées mardi soir, ont fait dix morts parmi les "
                          "civils.\n\nLa population en colère a rejoint le centre-ville pour "
                          "manifester.\n\n« Les jeunes ont barricadé la route. Les véhicules de "
                          "l'ONU sont la cible des manifestants », a déclaré un responsable de la "
                          "société civile.");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  assert_true(n >= 1);
  assert_string_equal(SUB_TYPE(doc, e[0]), "Attack");
  assert_true(e[0]->fatalities == 10.0);
  sr_doc_free(doc);
}

/* "Un étudiant de 22 ans a été tué": an age counts no dead. */
static void test_an_age_is_no_toll(void **state) {
  sr_doc *doc = fr(state, "Un étudiant de 22 ans a été tué par la police vendredi à Conakry.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities != 22.0);
  sr_doc_free(doc);
  /* English sets the age off by commas after the name */
  doc = en(state, "Daw Hla Myint, 81, was killed by soldiers in Kanbalu on Tuesday.");
  e = only_event(doc);
  assert_true(e->fatalities != 81.0);
  sr_doc_free(doc);
}

/* "faisant un mort": the French article before a toll's noun counts one. */
static void test_one_dead(void **state) {
  sr_doc *doc = fr(state, "Les gendarmes ont dispersé jeudi une manifestation à Labé, faisant un "
                          "mort.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 1.0);
  sr_doc_free(doc);
  /* one wounded, told the same way, is a person hurt: the people's, in a
  ** strike no side is told to have hit */
  doc = fr(state, "Des drones russes ont frappé lundi la ville de Soumy, dans le nord de "
                  "l'Ukraine, ont annoncé les autorités, qui ont fait état d'au moins un blessé.");
  e = only_event(doc);
  assert_true(kind_value(e, doc, "injured", 1.0));
  expect_implied(e, 1, "Civilians (Ukraine)");
  sr_doc_free(doc);
}

/* The day someone spoke is not the day of what they told, whether the
** date follows the verb ("said Saturday") or comes before it ("on Monday
** accused"): the event is on or before it, a day of the report's week
** before the report's own; on or before the report's day otherwise. */
static void test_the_day_of_a_statement(void **state) {
  sr_doc *doc = en(state, "Congo's military on Monday accused the M23 rebels of killing 17 "
                          "civilians in the village of Munzinzi.");
  const sr_event *e = only_event(doc);
  assert_true(e->date >= 0);
  assert_true(e->date_told); /* published 2014-07-26: Monday the 21st */
  assert_true(sr_date_of(&doc->mentions.items[e->date])->of_statement);
  assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.day, 21);
  assert_false(e->date_published);
  sr_doc_free(doc);
  const char *misrata = "Nine fighters died in overnight clashes between two militias in the "
                        "port of Misrata, the city's hospital said Thursday.";
  assert_int_equal(day_told(state, misrata, "2019-05-10"), 9);
  /* told on the report's day, or weeks before it: the report's date */
  assert_int_equal(day_told(state, misrata, "2019-05-09"), 0);
  assert_int_equal(day_told(state,
                            "Nine fighters died in overnight clashes in the port of Misrata, "
                            "the city's hospital said on May 9.", "2019-06-20"), 0);
}

/* "une attaque contre un détachement militaire": the army an attack aims
** at did not kill the soldiers a passive tells of. */
static void test_aimed_is_no_agent(void **state) {
  sr_doc *doc = fr(state, "Cinq soldats ont été tués jeudi au cours d'une attaque jihadiste "
                          "contre un détachement militaire à Sollé, au Burkina Faso.");
  const sr_event *e = only_event(doc);
  /* the jihadists the attack's adjective names did it (armed_groups.txt
  ** "after"), not the army it aimed at */
  assert_true(e->actor1 >= 0);
  assert_string_equal(doc->mentions.items[e->actor1].name, "Unidentified Armed Group (Burkina Faso)");
  assert_true(e->actor2 >= 0);
  assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor2])->inter, SR_INTER_STATE);
  sr_doc_free(doc);
  doc = en(state, "Five soldiers were killed on Monday in an attack against an army base in "
                  "Lower Shabelle, Somalia.");
  e = only_event(doc);
  assert_true(e->actor1 < 0);
  assert_true(e->actor2 >= 0);
  sr_doc_free(doc);
}

/* "Thousands of people have been killed", "plus de 300 000 morts": a war's
** toll, no event; so is the violence of its sentence with no toll of its
** own ("in the fighting").  Dozens on a day are news. */
static void test_war_toll_is_background(void **state) {
  sr_doc *doc = en(state, "Thousands of people have been killed and more than half a million "
                          "displaced in the fighting.");
  expect_no_event(doc, "thousands killed");
  sr_doc_free(doc);
  doc = fr(state, "Plus de 300 000 personnes ont été tuées en Syrie.");
  expect_no_event(doc, "plus de 300 000");
  sr_doc_free(doc);
  doc = fr(state, "Des dizaines de personnes ont été tuées lundi à Alep.");
  assert_string_equal(only_event(doc)->action->name, "kill");
  sr_doc_free(doc);
  doc = en(state, "An air strike killed 12 people in Idlib on Monday.\n\nMore than 300,000 "
                  "people have been killed in Syria.");
  assert_true(only_event(doc)->fatalities == 12);
  sr_doc_free(doc);
}

/* "amid the fighting" is the setting of its sentence's event, one with
** it; with none, no event. */
static void test_backdrop_is_a_setting(void **state) {
  sr_doc *doc = en(state, "The Iranian embassy in Sanaa was set ablaze after a mortar shell "
                          "struck amid the rebel fighting.");
  expect_no_event(doc, "amid the fighting");
  sr_doc_free(doc);
  doc = en(state, "Three people were killed amid clashes between protesters and police in "
                  "Nairobi on Tuesday.");
  const sr_event *e = only_event(doc);
  assert_int_equal(e->fatalities, 3);
  assert_string_equal(EVENT_TYPE(doc, e), "Riots");
  sr_doc_free(doc);
  doc = fr(state, "L'ambassade d'Iran à Sanaa a brûlé lundi sur fond de combats entre rebelles.");
  expect_no_event(doc, "sur fond de combats");
  sr_doc_free(doc);
}

/* Civilians killed in clashes suffered them: no mob of rioters. */
static void test_killed_in_clashes_are_victims(void **state) {
  sr_doc *doc = en(state, "Three civilians were killed in clashes in Aleppo on Monday.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor2 >= 0);
  assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor2])->inter, SR_INTER_CIVILIANS);
  sr_doc_free(doc);
}

/* "les bombardements intensifs de l'armée": one plain word may stand
** between an event noun and the "de" of who acts; and what follows that
** actor may still be what it hits. */
static void test_of_who_acts(void **state) {
  sr_doc *doc = fr(state, "Les bombardements intensifs de l'armée syrienne ont fait dix morts "
                          "lundi à Alep.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor1 >= 0);
  assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor1])->inter, SR_INTER_STATE);
  sr_doc_free(doc);
  doc = fr(state, "L'attaque des jihadistes contre un poste militaire a fait cinq morts lundi "
                  "près de Djibo.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Armed clash");
  sr_doc_free(doc);
}

/* A long list of weapons seized is one seizure: "120 mortar shells" far
** down the list is an item, not a shelling. */
static void test_long_list_of_seized_weapons(void **state) {
  sr_doc *doc = en(state, "Police seized weapons in a raid in Quetta on Monday, including 77 "
                          "anti-personnel mines, nine anti-tank mines, 58 hand grenades, four "
                          "rockets, 120 mortar shells and 80 kg of explosives.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Disrupted weapons use");
  sr_doc_free(doc);
}

/* "2 Civilians Killed 9 Injured in Terrorist Attack": the civilians are
** its victims, not a mob; "9" has its own verb, it is no object of
** "Killed".  Who attacked is the armed kind its adjective tells
** (armed_groups.txt "before"). */
static void test_headline_victims_are_no_mob(void **state) {
  sr_doc *doc = en(state, "2 Civilians Killed 9 Injured in Terrorist Attack in Aleppo.");
  const sr_event *e = only_event(doc);
  assert_string_equal(EVENT_TYPE(doc, e), "Violence against civilians");
  assert_true(e->actor1 >= 0);
  assert_true(sr_inter_non_state_armed(sr_actor_of(&doc->mentions.items[e->actor1])->inter));
  assert_true(e->actor2 < 0 || sr_actor_of(&doc->mentions.items[e->actor2])->inter == SR_INTER_CIVILIANS);
  sr_doc_free(doc);
}

/* "Douze civils ont perdu la vie lors d'une attaque": the civilians who
** lose their lives suffer the attack after it, they are no mob. */
static void test_who_lost_their_lives_are_no_mob(void **state) {
  sr_doc *doc = fr(state, "Douze civils ont perdu la vie lundi lors d'une frappe de drone "
                          "près de Gao, au Mali.");
  const sr_event *e = only_event(doc);
  assert_string_not_equal(EVENT_TYPE(doc, e), "Riots");
  assert_true(e->actor1 < 0 || sr_actor_of(&doc->mentions.items[e->actor1])->inter != SR_INTER_RIOTERS);
  /* the civilians suffer it: told, or ACLED's implied "Civilians (Mali)" */
  assert_true(e->actor2 >= 0 ? sr_actor_of(&doc->mentions.items[e->actor2])->inter == SR_INTER_CIVILIANS
                             : e->implied_inter[1] == SR_INTER_CIVILIANS);
  sr_doc_free(doc);
}

/* A timeline's "mass demonstrations" of July 2011 in a 2017 report is
** history, though a plural past the lede waits to be found news. */
static void test_history_of_a_plural(void **state) {
  sr_doc *doc = en_on(state, "Clashes between the army and rebels killed five people in Hama on "
                             "Monday.\n\nThe war began with protests.\n\nJuly 2011: Assad sacks "
                             "the governor of Hama over mass demonstrations.", "2017-04-04");
  assert_string_equal(only_event(doc)->action->name, "clash");
  sr_doc_free(doc);
}

/* Missiles and drones: ACLED's missile attack and drone strike; drones
** and missiles intercepted are a disrupted weapons use. */
static void test_missiles_and_drones(void **state) {
  sr_doc *doc = en(state, "Russian missiles struck Kharkiv on Monday, killing three civilians.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Shelling/artillery/missile attack");
  sr_doc_free(doc);
  doc = en(state, "A Russian drone strike killed two people in Kherson on Tuesday.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Air/drone strike");
  sr_doc_free(doc);
  doc = fr(state, "Une attaque de drone a visé lundi une base militaire près de Gao.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Air/drone strike");
  sr_doc_free(doc);
  doc = fr(state, "L'armée malienne a intercepté 20 drones et trois missiles pendant la nuit.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Disrupted weapons use");
  sr_doc_free(doc);
}

/* Sexual violence, stabbings, landmines, peace deals: ACLED's types; a
** ceasefire violated is no agreement. */
static void test_more_kinds_of_events(void **state) {
  struct { const char *lang, *text, *sub; } cases[] = {
      {"en", "Soldiers raped at least ten women in Goma on Monday.", "Sexual violence"},
      {"fr", "L'ONU dénonce des violences sexuelles commises lundi à Goma par des miliciens.",
       "Sexual violence"},
      {"en", "A man stabbed three people at a market in Mogadishu on Monday.", "Attack"},
      {"en", "A landmine killed four children in Herat province on Saturday.",
       "Remote explosive/landmine/IED"},
      {"en", "The government and the rebels signed a peace deal in Juba on Friday.", "Agreement"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2020-03-10");
    assert_string_equal(SUB_TYPE(doc, only_event(doc)), cases[i].sub);
    sr_doc_free(doc);
  }
  sr_doc *doc = fr(state, "Les rebelles ont violé le cessez-le-feu lundi près de Goma.");
  expect_no_event(doc, "violé le cessez-le-feu");
  sr_doc_free(doc);
  doc = en(state, "Both sides reported ceasefire violations in Goma on Monday.");
  expect_no_event(doc, "ceasefire violations");
  sr_doc_free(doc);
}

/* "a été arrêté": an arrest (the passive only: "arrêter" also stops a
** fight); "casques bleus" and "peacekeepers" are counted. */
static void test_arrested_and_peacekeepers(void **state) {
  sr_doc *doc = fr(state, "Le chef de l'opposition a été arrêté mercredi à Bamako, au Mali.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Arrests");
  sr_doc_free(doc);
  doc = fr(state, "Quatre casques bleus ont été tués lundi dans l'explosion d'une mine près de "
                  "Kidal, au Mali.");
  assert_true(only_event(doc)->fatalities == 4.0);
  sr_doc_free(doc);
  doc = en(state, "Four peacekeepers were killed by a roadside bomb near Kidal, Mali, on Monday.");
  assert_true(only_event(doc)->fatalities == 4.0);
  sr_doc_free(doc);
}

/* What an attack burned in its own sentence is the attack's, whichever
** comes first. */
static void test_arson_of_an_attack(void **state) {
  sr_doc *doc = fr(state, "Des hommes armés ont incendié une église et tué trois fidèles dimanche "
                          "près de Dori.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 3.0);
  assert_string_equal(EVENT_TYPE(doc, e), "Violence against civilians");
  sr_doc_free(doc);
}

/* "onze soldats nigériens", "eight policemen": the state forces a
** figure counts are actor2 of the event that hit them, named by their
** demonym or the event's country (implied, not an actor of the sentence). */
static void test_forces_a_figure_counts(void **state) {
  sr_doc *doc = fr(state, "Au moins onze soldats nigériens ont été tués mercredi près de Tillabéri.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor2 < 0);
  expect_implied(e, 1, "Military Forces of Niger (2011-)");
  assert_int_equal(e->implied_inter[1], SR_INTER_STATE);
  assert_int_equal(doc->mentions.items[e->implied_from[1]].type, SR_MENTION_QUANTITY);
  assert_non_null(e->implied[0]); /* who fought them: unidentified */
  sr_doc_free(doc);
  doc = en(state, "At least eight policemen were killed after the Taliban stormed a checkpoint in "
                  "Balkh province, Afghanistan, on Saturday.");
  e = only_event(doc);
  assert_non_null(e->implied[1]);
  assert_memory_equal(e->implied[1], "Police Forces of Afghanistan", 27);
  sr_doc_free(doc);
  doc = fr(state, "Deux gendarmes ont été blessés lundi à Kaya, au Burkina Faso.");
  assert_string_equal(only_event(doc)->implied[1], "Police Forces of Burkina Faso (2015-) Gendarmerie");
  sr_doc_free(doc);
  /* "militaires" with no demonym: the country's own, as "soldats" */
  doc = fr(state, "Trois militaires ont été tués mardi près de Gao, au Mali.");
  assert_non_null(only_event(doc)->implied[1]);
  assert_memory_equal(only_event(doc)->implied[1], "Military Forces of Mali", 23);
  sr_doc_free(doc);
}

/* "Quatre autres véhicules ont été brûlés": more of what the deadly attack
** told just before destroyed, its "autres" counting things. */
static void test_more_property_of_an_attack(void **state) {
  sr_doc *doc = fr(state, "Au moins onze soldats ont été tués mercredi dans l'attaque de leur "
                          "position à Tiloua, au Niger.\n\nQuatre autres véhicules de l'armée ont été "
                          "brûlés par les assaillants.");
  assert_true(only_event(doc)->fatalities == 11.0);
  sr_doc_free(doc);
}

/* "a mosque where displaced families were sheltering": people, no exodus,
** though the sentence counts eyewitnesses. */
static void test_displaced_people_are_no_exodus(void **state) {
  sr_doc *doc = en(state, "An artillery attack killed 13 people in a mosque where displaced "
                          "families were sheltering in El Fasher, two eyewitnesses told AFP on "
                          "Thursday.");
  assert_string_equal(only_event(doc)->action->name, "shelling");
  sr_doc_free(doc);
}

/* "a school housing displaced families in Gaza City killed": the
** participle's phrase ends with where the school is; the verb after it
** is the sentence's deed, not what the school houses. */
static void test_a_place_ends_what_a_participle_houses(void **state) {
  sr_doc *doc = en(state, "An air strike on a school housing displaced families in Gaza City "
                          "killed seven people on Saturday, the civil defence agency said.");
  assert_true(only_event(doc)->fatalities == 7.0);
  sr_doc_free(doc);
  doc = en(state, "Rebels shelled a camp hosting 20,000 displaced people near Goma on Saturday.");
  assert_string_equal(only_event(doc)->action->name, "shelling");
  sr_doc_free(doc);
}

/* A photo's caption before a credit line of its own ("Credit: AP") tells
** no event: its wounded are the story's. */
static void test_caption_before_a_credit(void **state) {
  sr_doc *doc = en(state, "An Israeli air strike on a house in Khan Younis killed five people on "
                          "Friday, medics said.\n\nPalestinian medics treat a wounded child in "
                          "Rafah on Saturday. Credit: AP\n\nThe strike hit the house before dawn.");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
}

/* Past the lede, an evacuation, a displacement or a curfew with no day of
** its own is a detail or the background of the news: "the wounded were
** evacuated", "many displaced by fighting elsewhere", "a curfew is in
** force"; one that opens the report is news. */
static void test_undated_details_past_the_lede(void **state) {
  sr_doc *doc = en(state, "Gunmen killed four peacekeepers near Bria on Monday, the UN mission "
                          "said.\n\nThe convoy was carrying food to a camp.\n\nIts survivors were evacuated to "
                          "Bangui by helicopter."
                          "\n\nThree million people have been displaced in the region, according "
                          "to UN figures.\n\nA night curfew is in force in the province.");
  assert_true(only_event(doc)->fatalities == 4.0);
  sr_doc_free(doc);
  doc = en(state, "More than 5,000 people were displaced near Goma on Sunday, the UN said.");
  assert_string_equal(only_event(doc)->action->name, "displacement");
  sr_doc_free(doc);
}

/* Words of a war on an idea, of a threat, are no deed: "in the battle
** against terrorism", "disent s'en prendre à Israël". */
static void test_abstract_battles_and_threats(void **state) {
  sr_doc *doc = en(state, "Gunmen killed ten soldiers near Tillaberi on Friday, the defence "
                          "ministry said.\n\nThe attack came a week after a raid on a camp.\n\n"
                          "France condemned the incident on Saturday, adding that it stood with "
                          "the Nigerien government and people \"in the battle against "
                          "terrorism.\"");
  assert_true(only_event(doc)->fatalities == 10.0);
  sr_doc_free(doc);
  doc = fr(state, "Une frappe a tué douze personnes à Hodeida mardi, selon la télévision des "
                  "rebelles.\n\nLes rebelles, qui disent s'en prendre à Israël, ont promis de "
                  "répondre.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
}

/* A movement is the people who protest, not a protest; to swear a
** government's downfall ("juré la perte") kills no one. */
static void test_movements_and_oaths_are_no_events(void **state) {
  sr_doc *doc = en_on(state, "Riots in Kampala left one person dead on Thursday, the Red Cross "
                             "said.\n\nShops stayed shut.\n\nIt was the first time the growing "
                             "protest movement had reached the capital.", "2011-04-15");
  assert_string_equal(only_event(doc)->action->name, "riot");
  sr_doc_free(doc);
  doc = fr(state, "Une bombe a tué douze personnes à Mandera mardi, selon la police.\n\nLa "
                  "police soupçonne les shebab.\n\nAffiliés à Al-Qaïda, les shebab ont juré la "
                  "perte du gouvernement somalien.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
}

/* Past the lede, marches told as a habit ("presque chaque jour", "every
** day") are the background of the news, not an occasion. */
static void test_daily_habits_are_background(void **state) {
  sr_doc *doc = fr(state, "Un manifestant a été tué mercredi à Caracas, a annoncé le parquet."
                          "\n\nSa famille a porté plainte.\n\nDepuis un mois, des marches ont "
                          "lieu presque chaque jour dans la capitale.");
  assert_true(only_event(doc)->fatalities == 1.0);
  sr_doc_free(doc);
  doc = en(state, "A protester was killed in Caracas on Wednesday, prosecutors said.\n\nHis "
                  "family filed a complaint.\n\nOpposition supporters have marched in the "
                  "capital every day for a month.");
  assert_true(only_event(doc)->fatalities == 1.0);
  sr_doc_free(doc);
}

/* "as Israel pursued its offensive": a campaign carried on is the setting
** of the sentence's deed, not a second event; "six of them children" are
** some of the nine. */
static void test_campaign_carried_on_is_the_setting(void **state) {
  sr_doc *doc = en(state, "An Israeli airstrike on a house in Rafah killed at least nine people, "
                          "six of them children, hospital authorities said, as Israel pursued its "
                          "nearly seven-month offensive in the territory.");
  assert_true(only_event(doc)->fatalities == 9.0);
  sr_doc_free(doc);
  doc = fr(state, "Une frappe israélienne sur une maison de Rafah a tué neuf personnes, selon "
                  "l'hôpital, alors qu'Israël poursuit son offensive dans le territoire.");
  assert_true(only_event(doc)->fatalities == 9.0);
  sr_doc_free(doc);
}

/* A labour strike is no air strike: a strike called is a call, one by
** teachers a protest. */
static void test_labour_strikes_are_no_air_strikes(void **state) {
  sr_doc *doc = en(state, "At least five people were killed in clashes in Dhaka on Sunday, police "
                          "said.\n\nShops were closed.\n\nThe opposition has called the strike "
                          "in a bid to force the government to resign.");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
  doc = en(state, "A strike by teachers shut schools in Nairobi on Monday.");
  assert_string_equal(only_event(doc)->action->name, "protest");
  sr_doc_free(doc);
}

/* "jusqu'en 2026", "until March": the end of a span dates no deed; the
** attack told again keeps the day it was told with. */
static void test_a_spans_end_dates_no_deed(void **state) {
  sr_doc *doc = test_doc(*state, "Au moins quatre policiers ont été tués jeudi 29 février 2024 lors "
                             "d'une attaque contre un commissariat de Port-au-Prince.\n\nLes "
                             "policiers ont riposté.\n\nL'attaque, menée par des bandits, vise à "
                             "renverser le Premier ministre, qui veut rester au pouvoir jusqu'en "
                             "2026.", "fr", "2024-03-01");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 4.0);
  sr_doc_free(doc);
}

/* A protest told twice in one place on one day is one protest ("lors de
** la manifestation à Conakry", then "en marge de la manifestation à
** Conakry ce mercredi 14 mars"); the arrests at it stay the police's. */
static void test_one_protest_a_day_in_a_place(void **state) {
  sr_doc *doc = test_doc(*state, "Lors de la manifestation de l'opposition à Conakry ce "
                                 "mercredi, la police a dispersé la foule.\n\nDes commerces "
                                 "sont restés fermés.\n\nC'est le bilan d'une journée de "
                                 "manifestation de l'opposition à Conakry, ce mercredi 14 mars "
                                 "2018.", "fr", NULL);
  assert_string_equal(only_event(doc)->action->name, "protest");
  sr_doc_free(doc);
}

/* In a report about one protest, the deaths told past the lede with no
** deed of their own, the toll and then the dead by name, are the
** protest's toll. */
static void test_a_protests_toll_told_after_it(void **state) {
  sr_doc *doc = fr(state, "Lors de la manifestation de l'opposition à Labé mardi, la police a "
                          "dispersé la foule.\n\nLe bilan fait état de deux morts par balles et de "
                          "plusieurs blessés."
                          "\n\nAlpha Bah, 19 ans, a été tué par balle à Labé, selon sa "
                          "famille.");
  const sr_event *e = only_event(doc);
  assert_string_equal(e->action->name, "protest");
  assert_true(e->fatalities == 2.0);
  sr_doc_free(doc);
}

/* "Le double attentat-suicide", "the twin bombings" tell again the deed
** whose dead were told, and name what killed them; a fireworks blast is
** an accident; a span's end ("until March 2026") dates no deed. */
static void test_twin_bombings_accidents_and_deadlines(void **state) {
  sr_doc *doc = fr(state, "Sept civils ont été tués dimanche soir à Amchidé, dans l'Extrême-Nord "
                          "du Cameroun, selon les autorités. Le double attentat-suicide a été "
                          "perpétré par des jihadistes de Boko Haram.");
  assert_string_equal(only_event(doc)->action->name, "suicide_attack");
  assert_true(only_event(doc)->fatalities == 7.0);
  sr_doc_free(doc);
  doc = en(state, "Gunmen shot dead five people at a bar in Villahermosa on Sunday night, "
                  "prosecutors said.\n\nThe victims were all men.\n\nIn Xalapa, a fireworks "
                  "explosion injured several people gathered at the main square.");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
  doc = en_on(state, "Maoists killed a policeman in Bijapur, officials said, as the governor "
                     "promised to keep troops there until March 2026.", "2025-01-07");
  const sr_event *e = only_event(doc);
  assert_true(e->date < 0 || sr_date_of(&doc->mentions.items[e->date])->value.year == 2025);
  sr_doc_free(doc);
}

/* A toll since a month ("tués depuis fin avril") is summed over weeks,
** with or without a publication date to give the month a year. */
static void test_toll_since_a_month_named(void **state) {
  sr_doc *doc = test_doc(*state, "Au moins onze civils ont été tués mardi dans des raids aériens "
                                 "à Maar Chourin, selon l'OSDH.\n\nLe village a été touché à "
                                 "l'aube.\n\nSelon l'OSDH, plus de 600 civils ont été tués "
                                 "depuis fin avril dans les bombardements.", "fr", NULL);
  assert_true(only_event(doc)->fatalities == 11.0);
  sr_doc_free(doc);
}

/* Past the lede, a toll since a day ("killed since Monday", "Depuis
** samedi, ... ont été tués") is summed over the days since, however few:
** not the day's event the report is about, and no second one. */
static void test_toll_since_a_day_named(void **state) {
  sr_doc *doc = en_on(state, "Shelling killed four civilians in the old market of Deraa on "
                             "Thursday, medics said.\n\nThe market was hit at noon.\n\nThe monitor said 52 fighters have been "
                             "killed since Monday around the town.\n\nSince last Saturday at "
                             "least 70 people have been killed in the province.", "2019-03-08");
  assert_true(only_event(doc)->fatalities == 4.0);
  sr_doc_free(doc);
  doc = test_doc(*state, "Deux civils ont été tués jeudi dans un bombardement à Kidal, selon "
                         "des habitants.\n\nLe marché a été touché à midi.\n\nDepuis lundi, au moins 30 personnes ont été tuées "
                         "dans la région.", "fr", "2019-03-08");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
}

/* The dead a march or a funeral is for were killed before, and a toll
** since "cette date" is summed: neither is the day's event. */
static void test_mourned_dead_and_toll_since_that_date(void **state) {
  sr_doc *doc = fr(state, "Des policiers ont blessé trois manifestants mardi à Labé lors de "
                          "heurts.\n\nLa marche partait du marché.\n\nLes manifestants "
                          "défilaient derrière les cercueils de six jeunes tués le mois "
                          "précédent.\n\nLe collectif chiffre à 20 le nombre de manifestants "
                          "tués depuis cette date.");
  assert_true(only_event(doc)->fatalities < 0);
  sr_doc_free(doc);
  doc = en_on(state, "Police wounded three marchers in Kano on Tuesday.\n\nThe march began "
                     "at the market.\n\nThe crowd walked behind the coffins of six youths "
                     "killed in May.", "2021-06-08");
  assert_true(only_event(doc)->fatalities < 0);
  sr_doc_free(doc);
}

/* A toll told right after a summed one, with no day or place of its own
** ("Un gendarme a également trouvé la mort"), is more of the sum, not a
** death at the event told further back. */
static void test_toll_after_a_summed_toll(void **state) {
  sr_doc *doc = fr(state, "Des policiers ont blessé trois manifestants mardi à Labé lors de "
                          "heurts.\n\nLa marche partait du marché.\n\nLe pays est en proie depuis le "
                          "14 octobre à une contestation. Le collectif chiffre à 20 le nombre "
                          "de manifestants tués depuis cette date. Des dizaines d'autres ont "
                          "été blessés. Un policier a également trouvé la mort.");
  assert_true(only_event(doc)->fatalities < 0);
  sr_doc_free(doc);
  /* a sentence of no deed between the sum and the toll after it */
  doc = fr(state, "Des soldats ont tué un homme lundi soir à Naplouse, a annoncé l'armée.\n\n"
                  "Plusieurs autres ont été arrêtés.\n\nLes violences ont explosé en Cisjordanie "
                  "depuis le début de la guerre, déclenchée par l'attaque du Hamas le 7 octobre "
                  "2023. Elles n'ont pas cessé avec la trêve.\n\nAu moins 1050 Palestiniens y ont "
                  "été tués par des soldats ou des colons, selon un décompte de l'AFP.");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  for (size_t i = 0; i < n; i++) assert_true(e[i]->fatalities < 2);
  sr_doc_free(doc);
}

/* A kind of violence told as common ("are recurrent", "sont
** récurrents"), and what an attack "came within" a day of, past the
** lede, are the setting, not events. */
static void test_common_violence_and_came_within(void **state) {
  sr_doc *doc = fr(state, "Au moins 30 personnes ont été tuées dans des combats entre deux "
                          "villages de la province du Ouaddaï, selon le ministère.\n\nLe "
                          "gouverneur s'est rendu sur place.\n\nLes affrontements "
                          "intercommunautaires sont récurrents dans l'est et le sud du Tchad, "
                          "rappelle la radio.");
  assert_true(only_event(doc)->fatalities == 30.0);
  sr_doc_free(doc);
  doc = en(state, "At least 30 people were killed in fighting between two villages of Ouaddai "
                  "province, the ministry said.\n\nThe governor visited the area.\n\n"
                  "Intercommunal clashes are recurrent in the east and south of Chad, the radio "
                  "said.");
  assert_true(only_event(doc)->fatalities == 30.0);
  sr_doc_free(doc);
  doc = en_on(state, "Gunmen killed six police officers at a checkpoint in Tank on Friday, "
                     "officials said.\n\nAlso Friday, suspected militants ambushed a police "
                     "vehicle, killing two policemen, authorities said.\n\nThe attack on the "
                     "checkpoint came within 24 hours of two separate operations in which "
                     "security forces shot and killed 19 insurgents in Bajur and Mianwali.",
              "2024-10-25");
  assert_true(event_of_action(doc, "attack")->fatalities == 2.0);
  sr_doc_free(doc);
}

/* A pluperfect told with a month of its own ("avaient été tués en mars
** 2019") recalls an earlier event: neither the news, nor its wounded
** told again with an old date and toll. */
static void test_pluperfect_with_its_own_month(void **state) {
  sr_doc *doc = fr(state, "Le bilan de l'embuscade contre un convoi près de Gao a été revu à la "
                          "hausse.\n\nSelon l'armée, 12 soldats ont été tués et 8 autres "
                          "blessés.\n\nLe convoi rentrait à sa base.\n\nSix soldats avaient "
                          "été tués en mars 2019 dans la même zone.");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
  /* ... and so does one told from a date that opens its sentence */
  doc = test_doc(*state, "Au moins huit civils ont été tués vendredi à la machette dans une "
                         "attaque à Beni, selon la police.\n\nLes corps ont été conduits à la "
                         "morgue.\n\nLe 28 janvier, 36 civils avaient été tués dans une attaque "
                         "à Oicha.", "fr", "2020-02-15");
  assert_true(only_event(doc)->fatalities == 8.0);
  sr_doc_free(doc);
  /* ... all its sentence tells, whatever the deed's own words */
  doc = test_doc(*state, "Au moins onze personnes ont été tuées lundi dans des bombardements "
                         "sur Kharkiv, selon le gouverneur.\n\nLes secours ne pouvaient pas "
                         "intervenir.\n\nDimanche, le gouverneur avait annoncé que la ville "
                         "était sous contrôle, quelques heures après avoir signalé des combats de "
                         "rue.", "fr", "2022-02-28");
  assert_true(only_event(doc)->fatalities == 11.0);
  sr_doc_free(doc);
}

/* A deed named after "depuis" to date the sentence ("n'avait plus été
** visée depuis le cessez-le-feu, le 27 novembre") is one known, not news,
** whatever cue stands before it. */
static void test_deed_that_dates_the_sentence(void **state) {
  sr_doc *doc = fr(state, "Deux civils ont été tués samedi 15 février dans une frappe de drone "
                          "près de Tyr, selon un bilan officiel.\n\nLa voiture roulait vers le "
                          "nord.\n\nLa zone n’avait plus été visée depuis le cessez-le-feu, le "
                          "27 novembre 2024.");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
}

/* "suspected members of a drug cartel who fired on the officers": a
** cartel is an armed group, the doer of the ambush told before, not police
** firing on civilians with the governor's quoted words. */
static void test_cartel_gunmen_are_an_armed_group(void **state) {
  sr_doc *doc = en_on(state, "Nine police officers have been killed after they were ambushed by "
                             "gunmen in Michoacan state.\n\nFour more were wounded in the attack "
                             "by suspected members of a drug cartel who fired on the officers "
                             "with assault rifles.\n\nThe ambush took place near a village on a "
                             "mountain road.\n\nThe governor said: \"No attack on the police "
                             "will go unpunished, this was a cowardly attack.\"", "2019-10-15");
  assert_true(only_event(doc)->fatalities == 9.0);
  sr_doc_free(doc);
}

/* A quotation opened in an earlier sentence and closed in this one
** ("“Other units came. Artillery fire was delivered,” the official said")
** is still the speaker's words past the lede. */
static void test_quotation_over_two_sentences(void **state) {
  sr_doc *doc = en_on(state, "Two rebels were killed while four soldiers were wounded during an "
                             "encounter near Jolo on Monday, an army official said.\n\nThe troops "
                             "were searching for hostages.\n\n“Other units came to reinforce the "
                             "troops. Artillery fire was delivered while helicopters gave air "
                             "cover,” the official said.", "2018-05-08");
  const sr_mention *fire = test_need(doc, SR_MENTION_TRIGGER, "Artillery");
  assert_int_equal(sr_trigger_of(fire)->status, SR_EV_QUOTED);
  sr_doc_free(doc);
}

/* An earlier deed recalled to date the news ("hours after a gas attack
** left dozens dead in Khan Sheikhun", "au lendemain d'une attaque qui a
** fait douze morts") is no event, and its place is not the news's. */
static void test_earlier_deed_recalled(void **state) {
  sr_doc *doc = en_on(state, "At least 19 people were killed near Douma on Tuesday, hours after "
                             "a gas attack left dozens dead in Khan Sheikhun, a monitor said.",
                      "2017-04-05");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 19.0);
  assert_ptr_equal(&doc->mentions.items[e->place], test_need(doc, SR_MENTION_PLACE, "Douma"));
  sr_doc_free(doc);
  doc = en_on(state, "Gunmen killed four soldiers near Idlib on Thursday, a monitor said.\n\nThe "
                     "soldiers were on patrol.\n\nThe evacuation of besieged towns resumed on "
                     "Wednesday, days after a bombing killed more than 120 evacuees and wounded "
                     "dozens near Aleppo.", "2017-04-20");
  const sr_event *all[4];
  size_t n = test_live_events(doc, all, 4);
  for (size_t k = 0; k < n; k++) assert_true(all[k]->fatalities < 100.0);
  sr_doc_free(doc);
  doc = fr(state, "Deux soldats ont été tués jeudi dans une embuscade près de Ménaka, selon "
                  "l'armée.\n\nLe convoi rentrait à sa base.\n\nLes patrouilles ont repris "
                  "vendredi, au lendemain d'une attaque qui a fait douze morts dans un village "
                  "près de Gao.");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
}

/* "pour neutraliser les terroristes en fuite": an aim the words of a
** purpose spell with the trigger's own word, not a deed; its quoted
** speaker's foes do not become the news's sides. */
static void test_purpose_read_with_the_trigger(void **state) {
  sr_doc *doc = fr(state, "Selon l'armée, 15 soldats ont été tués et 19 autres blessés près de "
                          "Tillabéri.\n\nLe bilan a été revu à la hausse.\n\n« Des opérations "
                          "ont été engagées pour neutraliser les terroristes en fuite », a ajouté "
                          "le porte-parole.");
  const sr_mention *aim = test_need(doc, SR_MENTION_TRIGGER, "neutraliser");
  assert_int_equal(sr_trigger_of(aim)->status, SR_EV_PLANNED);
  sr_doc_free(doc);
}

/* "At least 10 Syrian nationals have been killed", "10 ressortissants":
** nationals are counted people, the toll; a part told after it ("a woman
** and her two children") does not replace it. */
static void test_nationals_are_counted_people(void **state) {
  sr_doc *doc = en_on(state, "At least 10 Syrian nationals have been killed in an Israeli strike "
                             "in southern Lebanon, the ministry said.\nAmong the dead were a "
                             "woman and her two children, the ministry said.", "2024-08-17");
  assert_true(only_event(doc)->fatalities == 10.0);
  sr_doc_free(doc);
  doc = test_doc(*state, "Au moins 10 ressortissants syriens ont été tués samedi dans une "
                         "frappe israélienne dans le sud du Liban, selon le ministère.\nParmi "
                         "les victimes figurent une femme et ses deux enfants.", "fr",
                 "2024-08-17");
  assert_true(only_event(doc)->fatalities == 10.0);
  sr_doc_free(doc);
}

/* "3 Maoists including 2 women were killed": a whole whose words say no
** kind ("Maoists" names a group, no counted noun) is what its part is,
** the toll; the part is inside it. */
static void test_whole_of_a_killed_part(void **state) {
  sr_doc *doc = en_on(state, "3 Maoists including 2 women were killed in an encounter with "
                             "security forces in Bijapur district, police said.", "2024-01-21");
  assert_true(only_event(doc)->fatalities == 3.0);
  sr_doc_free(doc);
}

/* "resulted in the deaths of over 100 civilians": the figure after "the
** deaths of" counts the dead; "the death of 36-year-old X": a figure
** hyphened to the word after it qualifies a noun and counts none. */
static void test_deaths_of_and_hyphened_figures(void **state) {
  sr_doc *doc = en_on(state, "Drone strikes on the town of Kheret in the Amhara region resulted "
                             "in the deaths of 40 civilians, residents said.", "2025-04-23");
  assert_true(only_event(doc)->fatalities == 40.0);
  sr_doc_free(doc);
  doc = en_on(state, "Police shot a protester during a demonstration in Barquisimeto on Tuesday, "
                     "officials said.\n\nOfficials said the death of 36-year-old Miguel Rivas "
                     "will be investigated.", "2017-04-13");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities < 0 || e->fatalities == 1.0);
  sr_doc_free(doc);
}

/* "returning to camp to observe a Christmas truce", "pour observer une
** trêve": a truce to be kept is no agreement told. */
static void test_truce_to_be_observed(void **state) {
  sr_doc *doc = en_on(state, "Rebels killed 10 soldiers in Samar as the troops were returning to "
                             "camp to observe a Christmas truce, the military said.", "2015-12-23");
  assert_true(only_event(doc)->fatalities == 10.0);
  sr_doc_free(doc);
  doc = test_doc(*state, "Des rebelles ont tué dix soldats à Samar alors que les troupes "
                         "rentraient au camp pour observer une trêve de Noël, selon l'armée.",
                 "fr", "2015-12-23");
  assert_true(only_event(doc)->fatalities == 10.0);
  sr_doc_free(doc);
}

/* "Un attentat à la bombe ... a tué au moins 10 personnes": a bombing, an
** explosion, not a bare killing; the spokesman's "une explosion" then tells
** it again. */
static void test_a_bomb_attack_in_french(void **state) {
  sr_doc *doc = fr(state, "Un attentat à la bombe dans une mosquée de Kaboul a tué mercredi au "
                          "moins 10 personnes, selon la police.\n\nLa prière venait de "
                          "commencer.\n\nLe porte-parole de la police a confirmé une explosion "
                          "à l'intérieur d'une mosquée dans le nord de Kaboul.");
  assert_true(event_of_action(doc, "explosion")->fatalities == 10.0);
  assert_true(only_event(doc) != NULL);
  sr_doc_free(doc);
}

/* A wire dateline below a page's section name, headline, byline and
** date line is still where the report was filed, not where the event was:
** "KABUL, Afghanistan (AP) —" over an attack in Nuristan. */
static void test_dateline_below_a_pages_head(void **state) {
  sr_doc *doc = en(state, "World\n\nTaliban kill 4 police in checkpoint attacks\n\nBy The "
                          "Associated Press\nPosted: Jun 02, 2013 11:09 AM\n\nKABUL, "
                          "Afghanistan (AP) — Taliban insurgents attacked two checkpoints in "
                          "eastern Afghanistan, killing four police officers.");
  const sr_event *e = only_event(doc);
  assert_non_null(e->where);
  assert_string_not_equal(e->where->name, "Kabul");
  sr_doc_free(doc);
}

/* "more than 300 air strikes in the last year": strikes summed over a
** year, no occasion, and not the strike the report is about. */
static void test_strikes_summed_over_a_year(void **state) {
  sr_doc *doc = en_on(state, "Myanmar air strike kills ten civilians in Sagaing\nThe military "
                             "carried out more than 300 air strikes in the last year, the United "
                             "Nations said.\n\nA military air strike on a village in Sagaing "
                             "killed ten civilians on Tuesday, locals said.", "2023-06-28");
  assert_true(only_event(doc)->fatalities == 10.0);
  sr_doc_free(doc);
}

/* A page that prints a paragraph twice word for word tells its events
** once. */
static void test_a_paragraph_printed_twice(void **state) {
#define PARAGRAPH                                                                       \
  "Quarante personnes, dont 28 à Paris, ont été interpellées jeudi, en marge du "        \
  "rassemblement de soutien, selon la préfecture de police. Trente-neuf ont été placées " \
  "en garde à vue."
  sr_doc *doc = fr(state, "Manifestation de lycéens : 40 interpellations\n\n" PARAGRAPH "\n\n"
                          PARAGRAPH " Entre 800 et 1000 lycéens s'étaient rassemblés place de la "
                          "Nation.");
#undef PARAGRAPH
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  size_t arrests = 0;
  for (size_t i = 0; i < n; i++) arrests += strcmp(e[i]->action->name, "arrest") == 0;
  assert_int_equal(arrests, 1);
  sr_doc_free(doc);
}

/* Past the lede, a sentence opening on a month without its day ("In
** January, ...", "En janvier, ...") recaps an earlier month, with or
** without a publication date to give it a year. */
static void test_a_month_recapped_past_the_lede(void **state) {
  static const char *const texts[][2] = {
      {"en", "Gunmen killed nine rangers in Park W on Tuesday, the government said.\n\nThe "
             "rangers were on patrol.\n\nIn January, two soldiers were killed when their "
             "vehicle hit an explosive device in Atakora."},
      {"fr", "Des hommes armés ont tué neuf gardes mardi dans le parc W, selon le "
             "gouvernement.\n\nLes gardes étaient en patrouille.\n\nEn janvier, deux soldats "
             "ont été tués par un engin explosif dans l'Atacora."},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = test_doc(*state, texts[i][1], texts[i][0], NULL);
    assert_true(only_event(doc)->fatalities == 9.0);
    sr_doc_free(doc);
  }
}

/* "In that incident, the gang had kidnapped 11 people": an anaphor
** opening the sentence ties what it tells to the event told before. */
static void test_in_that_incident(void **state) {
  sr_doc *doc = test_doc(*state, "Gunmen kill nine in Guayaquil\n\nNine people were killed when "
                                 "gunmen opened fire on a group playing football in Guayaquil, "
                                 "police said on Sunday.\n\nNo group claimed the attack.\n\nOn "
                                 "Friday, five people who had been kidnapped were shot dead in "
                                 "Manabi province by a gang.\n\nPolice said the victims were "
                                 "tourists caught up in a feud.\n\nIn that incident, the gang "
                                 "had kidnapped a total of 11 people. Police said the other six "
                                 "were rescued.", "en", NULL);
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

/* "martyred": killed, as South Asian and Middle Eastern English says it. */
static void test_martyred_are_killed(void **state) {
  sr_doc *doc = en(state, "Eight security personnel were martyred when Maoists blew up their "
                          "vehicle with an IED in Bijapur on Monday, police said.");
  assert_true(only_event(doc)->fatalities == 8.0);
  sr_doc_free(doc);
}

/* "with a view to arresting the situation": a trend halted, no arrest. */
static void test_arresting_a_situation(void **state) {
  sr_doc *doc = en(state, "Gunmen killed seven people in Zamfara on Saturday, residents said.\n\n"
                          "The police commissioner described the killing as a reprisal.\n\nHe "
                          "said his command had deployed armed policemen to the trouble spots "
                          "with a view to arresting the situation.");
  assert_true(only_event(doc)->fatalities == 7.0);
  sr_doc_free(doc);
}

/* Past the lede, "repeated assaults" dated over a month before the report
** is background, though a plural waits to be found news by its date. */
static void test_dated_background_of_a_generic(void **state) {
  sr_doc *doc = en_on(state, "RSF shelling killed 18 people in El Fasher on Monday, medics said.\n\n"
                             "The Sudan Doctors Network accused the RSF of targeting homes.\n\n"
                             "Local committees have accused the RSF of repeated assaults on the "
                             "city on May 10, 2024.", "2025-09-02");
  assert_true(only_event(doc)->fatalities == 18.0);
  sr_doc_free(doc);
}

/* "X a été la cible d'une embuscade": X suffers it; and the toll told in
** the next sentence is that ambush's. */
static void test_target_of_an_ambush(void **state) {
  sr_doc *doc = fr(state, "Une unité de l'armée burkinabè a été la cible d'une embuscade lundi "
                          "près de Natiaboani. Treize soldats ont été tués et quatre blessés.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 13.0);
  assert_true(e->actor2 >= 0);
  assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor2])->inter, SR_INTER_STATE);
  sr_doc_free(doc);
  doc = en(state, "A Nigerien army patrol was the target of an ambush near Diffa on Monday.");
  e = only_event(doc);
  assert_true(e->actor2 >= 0);
  assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor2])->inter, SR_INTER_STATE);
  sr_doc_free(doc);
}

/* "The dead included a mother and her five children": a kind of people
** fewer than all the toll counts is a part of it. */
static void test_the_dead_included(void **state) {
  sr_doc *doc = en(state, "An Israeli strike on a building in Beit Lahiya killed at least 34 "
                          "people on Tuesday.\n\nThe dead included a mother and her five children.");
  assert_true(only_event(doc)->fatalities == 34.0);
  sr_doc_free(doc);
}

/* An accident in its own clause kills none of the attack's: "Sept soldats
** ont été tués lors d'une attaque, et cinq autres sont morts dans un
** accident de la circulation". */
static void test_accident_in_its_own_clause(void **state) {
  sr_doc *doc = fr(state, "Sept soldats ont été tués jeudi près de Kandadji lors d'une attaque "
                          "terroriste, et cinq autres sont morts dans un accident de la circulation.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 7.0);
  sr_doc_free(doc);
  doc = fr(state, "Sept personnes ont été blessées et évacuées dans un centre hospitalier de "
                  "Niamey lundi.");
  const sr_event *ev[4];
  size_t n = test_live_events(doc, ev, 4);
  for (size_t i = 0; i < n; i++) assert_string_not_equal(ev[i]->action->name, "evacuate");
  sr_doc_free(doc);
}

/* "..., the police said": who speaks after an active verb tells of the
** event; it was not hit by it. */
static void test_speaker_is_not_hit(void **state) {
  sr_doc *doc = en(state, "Bandits attacked the village of Goran Namaye in Zamfara on Monday, "
                          "killing four people, the police said.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor2 < 0 || sr_actor_of(&doc->mentions.items[e->actor2])->inter != SR_INTER_STATE);
  assert_string_equal(EVENT_TYPE(doc, e), "Violence against civilians");
  sr_doc_free(doc);
}

/* A place told again is no restatement when the later telling has a day
** the first had not: "lynched two men in Gopalganj and Aurangabad", then
** "beaten to death on Monday evening in Gopalganj" is one of the two. */
static void test_a_day_of_its_own_is_no_restatement(void **state) {
  sr_doc *doc = en_on(state, "Mobs lynched two men in Gopalganj and Aurangabad, police in Patna "
                             "said.\n\nPatna police said calm had returned to Patna, the capital."
                             "\n\nA man was beaten to death on Monday evening in Gopalganj by "
                             "neighbours.", "2018-09-11");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

static void test_one_sentence_one_event(void **state) {
  const char *texts[] = {
      "A car bomb attack killed ten people in Mogadishu on Monday.",
      "Two protesters were killed during a demonstration in Conakry on Tuesday.",
      "Gunmen attacked a school in Kaduna on Friday and abducted 30 pupils.",
  };
  /* of the type ACLED codes it by (acled/precedence.txt) */
  const char *subs[] = {"Remote explosive/landmine/IED", "Excessive force against protesters",
                        "Abduction/forced disappearance"};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = en(state, texts[i]);
    assert_string_equal(SUB_TYPE(doc, only_event(doc)), subs[i]);
    sr_doc_free(doc);
  }
  /* a protest against an air strike is not the air strike */
  sr_doc *protest = en(state, "Hundreds protested in Kaya on Monday against the air strike that killed ten villagers.");
  const sr_event *pe[4];
  assert_int_equal(test_live_events(protest, pe, 4), 2);
  sr_doc_free(protest);
  /* two places, two events */
  sr_doc *doc = en(state, "Air strikes hit Idlib on Monday and rebels attacked an army post in Hama.");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

static void test_headline_and_lede_tell_one_toll(void **state) {
  /* the lede adds a figure the headline left out: one event */
  sr_doc *doc = en(state,
                   "Car bomb kills four in Mogadishu\n\n"
                   "A car bomb killed four people and wounded three outside a hotel in Mogadishu on Monday, police said.");
  const sr_event *e = only_event(doc);
  assert_true(e->fatalities == 4.0);
  sr_doc_free(doc);
}

static void test_violence_an_act_is_meant_to_end(void **state) {
  sr_doc *doc = en(state, "The government and the rebels signed a ceasefire in Juba on Thursday to end the fighting.");
  assert_string_equal(only_event(doc)->action->name, "ceasefire");
  sr_doc_free(doc);
  doc = fr(state, "Le gouvernement et les rebelles ont signé jeudi à Juba un cessez-le-feu pour mettre fin aux combats.");
  assert_string_equal(only_event(doc)->action->name, "ceasefire");
  sr_doc_free(doc);
}

static void test_negotiations_open_or_are_held(void **state) {
  const char *none[] = {"The government was holding peace talks with the rebels in Doha until May.",
                        "Le négociateur en chef des rebelles est arrivé à Doha."};
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = i ? fr(state, none[i]) : en(state, none[i]);
    expect_no_event(doc, none[i]);
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "Talks began in Doha on Monday between the government and the rebels.");
  assert_string_equal(only_event(doc)->action->name, "negotiate");
  sr_doc_free(doc);
  doc = fr(state, "Des négociations ont débuté lundi à Doha entre le gouvernement et les rebelles.");
  assert_string_equal(only_event(doc)->action->name, "negotiate");
  sr_doc_free(doc);
}

static void test_captions_and_tolls_since(void **state) {
  const char *texts[] = {
      "Gunmen killed two farmers near Maiduguri on Monday.\n\n"
      "Smoke rises over a village after an air strike near Maiduguri on Monday.",
      "Gunmen killed two farmers near Maiduguri on Monday.\n\n"
      "More than 300 people have since been killed in the region.",
      /* a war told by how long it has lasted */
      "Gunmen killed two farmers near Maiduguri on Monday.\n\nThe village is tense.\n\n"
      "The insurgents have fought the army in the region for ten years.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = en(state, texts[i]);
    assert_true(only_event(doc)->fatalities == 2.0);
    sr_doc_free(doc);
  }
}

/* A toll summed since a war began, whatever the war is called. */
static void test_toll_since_the_start(void **state) {
  sr_doc *doc = fr(state, "Des hommes armés ont tué deux cultivateurs lundi près de Maiduguri.\n\n"
                          "Le village est sous tension.\n\n"
                          "Plus de 3 000 personnes ont été tuées depuis le début de la rébellion.");
  assert_true(only_event(doc)->fatalities == 2.0);
  sr_doc_free(doc);
}

/* "since October 2014": a month of a year named sums a toll as a year
** does; "since March" may be weeks. */
static void test_toll_since_a_month_of_a_year(void **state) {
  sr_doc *doc = en_on(state, "Rebels have killed 300 civilians in Beni since October 2014, the UN "
                             "said.", "2015-01-10");
  expect_no_event(doc, "since October 2014");
  sr_doc_free(doc);
  doc = en_on(state, "Rebels killed 12 civilians in Beni on Monday, the first attack since March.",
              "2015-01-10");
  assert_true(only_event(doc)->fatalities == 12.0);
  sr_doc_free(doc);
}

static void test_attributed_to_names_who_acted(void **state) {
  /* "an attack attributed to X": X acted, and the evidence says by which rule */
  const char *texts[] = {"An ambush attributed to al-Shabaab killed four soldiers in Mogadishu on Monday.",
                         "Une embuscade attribuée au JNIM a tué quatre soldats lundi près de Djibo."};
  const char *langs[] = {"en", "fr"};
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = test_doc(*state, texts[i], langs[i], "2020-03-10");
    const sr_event *e = only_event(doc);
    assert_true(e->actor1 >= 0);
    assert_int_equal(sr_actor_of(&doc->mentions.items[e->actor1])->actor_kind, SR_ACTOR_NAMED);
    int agent = 0;
    for (size_t r = 0; r < e->rule_count; r++) agent |= strcmp(e->rules[r], "event.role.agent_after") == 0;
    assert_true(agent);
    sr_doc_free(doc);
  }
}

static void test_others_are_not_the_ones_told(void **state) {
  /* "cinq autres": five more, in another strike, not the five told before */
  sr_doc *doc = fr(state, "Cinq civils ont été tués mardi dans une frappe sur une école de Gaza.\n\n"
                          "Cinq autres ont été tués dans une frappe sur une tente du marché.");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
  /* displaced people are no exodus without a figure */
  doc = fr(state, "Une frappe a tué trois personnes mardi dans une tente abritant des déplacés à Gaza.");
  assert_string_equal(only_event(doc)->action->name, "airstrike");
  sr_doc_free(doc);
}

/* "ten others" wounded, after the dead of its own sentence, are besides
** those dead, not besides a toll told before: the body telling the lede's
** "12 killed and ten others wounded" again is the same event.  "three
** other people died" after "three men died" in one sentence adds to them. */
static void test_others_of_their_own_sentence(void **state) {
  assert_true(only_toll(en(state, "At least 12 herders were killed and ten others wounded on Sunday "
                                  "in a raid on a cattle camp in Warrap state, an official said.\n\n"
                                  "On Sunday, armed youths attacked the camp and killed 12 people, "
                                  "with ten others wounded, he said.")) == 12.0);
  assert_true(only_toll(en(state, "Five men were shot to death on Friday outside a shop in Leon, "
                                  "and one other was wounded.\n\nPolice said two men died at the "
                                  "scene while three other people died in hospital.")) == 5.0);
}

/* A country's state, what the news came amid and a month's toll, told past
** the lede, are its background. */
static void test_a_country_s_state_is_background(void **state) {
  const char *lede = "Two soldiers were killed on Monday in an ambush near Kayes, officials said. "
                     "A truck was hit.\n\n";
  const char *after[] = {
      "The area around Gao has been gripped by fighting between jihadists and the army.",
      "It comes as the army presses an offensive in Mopti.",
      "June was the deadliest month, with 40 civilians killed in attacks in Segou.",
  };
  for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s", lede, after[i]);
    assert_true(only_toll(en(state, text)) == 2.0);
  }
  assert_true(only_toll(fr(state, "Deux soldats ont été tués lundi dans une embuscade près de Kayes. "
                                  "Un camion a été touché.\n\nLa région de Gao est en proie à des "
                                  "combats entre jihadistes et militaires.")) == 2.0);
}

/* The side attacked by attackers no one named struck back: the attackers
** it killed are that attack's losses, not another event. */
static void test_losses_of_unnamed_attackers(void **state) {
  sr_doc *doc = fr(state, "Un Casque bleu a été tué lundi lorsque sa patrouille a été attaquée par "
                          "des membres d'un groupe armé non identifié près de Bria, a indiqué la "
                          "Minusca.\n\nLes Casques bleus ont riposté et ont tué deux des assaillants, "
                          "selon la mission.");
  const sr_event *e = only_event(doc);
  expect_side(doc, e->actor1, "Unidentified Armed Group (Central African Republic)",
              SR_INTER_POLITICAL_MILITIA);
  sr_doc_free(doc);
}

/* Police firing on a crowd, the crowd's protest told again ("the
** demonstrations"), the police dispersing it: one protest, the force used
** on it; the rallies of an anniversary are what the day marks. */
static void test_a_protest_the_police_fired_on(void **state) {
  static const struct { const char *text; double killed; } cases[] = {
      {"Police opened fire on protesters in Kisumu on Tuesday, on the 12th anniversary of the "
       "election rallies. The demonstrations turned violent, leaving three people dead, rights "
       "groups said.\n\nOfficers also fired tear gas to disperse protesters.",
       3.0},
      /* a day's protest in one town told by its parts (the crowd gathered,
      ** the police dispersed it): one event under its gravest sub-type */
      {"Police fired on opposition protesters in Arusha on Wednesday, killing two people, "
       "witnesses said. Several thousand supporters had gathered in the town centre to protest "
       "against the arrest of their leader. Police used tear gas to disperse the demonstrators.",
       2.0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = en(state, cases[i].text);
    const sr_event *e = only_event(doc);
    assert_string_equal(SUB_TYPE(doc, e), "Excessive force against protesters");
    assert_true(e->fatalities == cases[i].killed);
    sr_doc_free(doc);
  }
}

/* "The shelling" told again with a place of its own says where the lede's
** event, placed only where the report is about, happened. */
static void test_an_anaphor_places_its_event(void **state) {
  sr_doc *doc = en(state, "Nine farmers were killed on Saturday in shelling by government forces "
                          "in northwest Syria, a monitor said.\n\nMuch of Idlib province is held "
                          "by rebels.\n\nThe monitor said: \"The shelling hit olive groves near "
                          "Kafr Zita.\"");
  const sr_event *e = only_event(doc);
  assert_non_null(e->where);
  assert_string_equal(e->where->name, "Kafr Zaytā");
  sr_doc_free(doc);
}

/* A toll's update told with deaths and wounds of its own ("désormais porté
** à 27 morts et 53 blessés") is the update of the toll told before; a
** forward post ("poste militaire avancé") is a place, no advance. */
static void test_update_with_its_own_words(void **state) {
  assert_true(only_toll(fr(state, "Les autorités ont annoncé un premier bilan de 18 morts et 35 "
                                  "blessés après l'explosion de lundi sur un marché de Bagdad.\n\n"
                                  "Celui-ci, désormais porté à 27 morts et 53 blessés, pourrait "
                                  "encore s'aggraver.")) == 27.0);
  sr_doc *doc = fr(state, "Cinq soldats ont été tués samedi dans un attentat suicide contre un "
                          "poste militaire avancé près de Mogadiscio.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Suicide bomb");
  sr_doc_free(doc);
}

/* "Selon la police, une explosion a eu lieu": the speaker of a frame of its
** own tells the clause after it; it is not who set off the blast. */
static void test_speaker_framed_apart_is_no_agent(void **state) {
  sr_doc *doc = fr(state, "Selon la police, une explosion a eu lieu lundi sur un marché de Bagdad.");
  const sr_event *e = only_event(doc);
  assert_true(e->actor1 < 0 ||
              strcmp(doc->mentions.items[e->actor1].name, "Police Forces of Iraq") != 0);
  sr_doc_free(doc);
}

/* The body telling the lede's deed again in words of its own ("The assault
** left 12 soldiers and five volunteers dead", "In an ensuing gun battle,
** troops killed 20 attackers") is the lede's event; a campaign's toll over
** its weeks ("as protests enter their third week") is no event. */
static void test_body_retells_the_lede_in_its_own_words(void **state) {
  sr_doc *doc = en_on(state, "Suspected jihadists killed 30 people in an attack on a convoy near "
                             "Djibo on Monday, the government said.\n\nThe region borders Mali."
                             "\n\nThe assault left 12 soldiers and five volunteers dead. In an "
                             "ensuing gun battle, troops killed 20 attackers.",
                      "2021-08-17");
  only_event(doc);
  sr_doc_free(doc);
  doc = en_on(state, "Thousands marched in Caracas on Thursday.\n\nFive people have been killed "
                     "as the protests enter their third week.",
              "2017-04-14");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Peaceful protest");
  sr_doc_free(doc);
}

/* A protest whose crowd then blocks roads and clashes with the police
** turned into a riot: one event, the riot; damage done during previous
** protests is background. */
static void test_protest_turned_riot(void **state) {
  const char *cases[][2] = {
      {"fr", "Des manifestations ont éclaté lundi à Kolo après l'annonce des résultats. Les "
             "manifestants ont barricadé les routes avec des pneus brûlés et affronté les forces "
             "de l'ordre."},
      {"en", "Protests broke out in Kolo on Monday after the results were announced. Demonstrators "
             "blocked roads with burning tyres and clashed with police."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Violent demonstration");
    sr_doc_free(doc);
  }
  sr_doc *doc = en(state, "Thousands of people marched in Kolo on Saturday against the reform. "
                          "Police arrested ten demonstrators. The business district, the target "
                          "of looting during previous protests, was boarded up.");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  for (size_t i = 0; i < n; i++)
    assert_string_not_equal(SUB_TYPE(doc, e[i]), "Looting/property destruction");
  sr_doc_free(doc);
}

/* Each report of the table (language, text) tells exactly one event. */
static void expect_one_event_each(void **state, const char *const (*cases)[2], size_t n) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    only_event(doc);
    sr_doc_free(doc);
  }
}

/* A truce told with what it is yet to do ("was to take effect") is not in
** force; "in advance of talks" and "le Parti progressiste" tell no advance;
** demonstrators arrested at one place on one day are one event of arrests. */
static void test_pending_truce_and_one_arrest(void **state) {
  static const char *const cases[][2] = {
      {"en", "Rebels ambushed an army convoy near Kolo on Tuesday, two days before an 18-day "
             "ceasefire was to take effect."},
      {"fr", "Les rebelles ont attaqué un convoi lundi près de Kolo, deux jours avant qu'une trêve "
             "de 18 jours doit entrer en vigueur."},
      {"en", "Tens of thousands demonstrated in Kolo on Sunday in advance of talks between the two "
             "presidents."},
      {"fr", "Des militants du Parti progressiste ont manifesté lundi à Kolo."},
  };
  expect_one_event_each(state, cases, sizeof cases / sizeof *cases);
  sr_doc *doc = fr(state, "Des milliers de personnes ont manifesté lundi à Kolo. Deux policiers "
                          "arrêtent un manifestant. Au moins une dizaine de manifestants ont été "
                          "interpellés ce matin à Kolo.");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 2);
  sr_doc_free(doc);
}

/* Security forces dispersing "the crowd" of a riot told before are that
** riot's police side, not an intervention of their own. */
static void test_riot_policed_by_its_crowd(void **state) {
  sr_doc *doc = en(state, "Rioters torched shops and clashed with police in Kolo on Monday, "
                          "killing two people. Security forces used live ammunition to disperse "
                          "the crowd, witnesses said.");
  assert_string_equal(SUB_TYPE(doc, only_event(doc)), "Violent demonstration");
  sr_doc_free(doc);
}

/* State forces that kill while dispersing a crowd use excessive force
** against protesters, whoever the dead are said to be. */
static void test_killed_while_dispersing(void **state) {
  sr_doc *doc = en(state, "Two persons were killed as police fired tear gas to disperse "
                          "protesters in Kolo on Monday.");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Excessive force against protesters");
  assert_true(e->actor2 < 0 && e->implied[1] && e->implied_inter[1] == SR_INTER_PROTESTERS);
  sr_doc_free(doc);
}

/* A truce named to date the sentence ("since a shaky ceasefire in
** February"), or broken ("in violation of a ceasefire pact"), is one
** known, no news of its own; so is an offensive after "since", dated. */
static void test_truce_named_to_date_or_broken(void **state) {
  static const char *const cases[][2] = {
      {"en", "Soldiers clashed near Kolo on Friday in the first major flare-up since a shaky "
             "ceasefire in February."},
      {"fr", "Les soldats se sont affrontés vendredi près de Kolo, première flambée depuis une "
             "fragile trêve en février."},
      {"en", "Soldiers clashed near Kolo on Friday. The fighting began after troops altered a bunker "
             "in violation of a ceasefire pact, the army said."},
      {"en", "Jets struck Kolo on Monday. Residents said food had become scarce since the "
             "government offensive against Kolo began on May 31."},
  };
  expect_one_event_each(state, cases, sizeof cases / sizeof *cases);
}

/* People counted by the hundred who clash with state forces are a crowd,
** the clash a riot; fighters counted so stay a side of a battle. */
static void test_crowd_by_its_size(void **state) {
  const char *cases[][3] = {
      {"en", "Hundreds of people clashed with police in Kolo on Monday.", "Violent demonstration"},
      {"fr", "Plusieurs centaines de personnes ont affronté les forces de l'ordre lundi à Kolo.",
       "Violent demonstration"},
      {"en", "Hundreds of fighters clashed with the army in Kolo on Monday.", "Armed clash"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = in_lang(state, cases[i][0], cases[i][1]);
    assert_string_equal(SUB_TYPE(doc, only_event(doc)), cases[i][2]);
    sr_doc_free(doc);
  }
}

/* A toll told by the weapon that took it ("le bilan de la double
** explosion") is that weapon's deed, and the body naming the report's
** place again with the weapon ("selon le maire de Kolo, les explosions")
** tells it again; another deed compared by its pronoun ("ressemble à celui
** commis le 17 février") keeps its day to itself. */
static void test_weapon_and_toll_told_apart(void **state) {
  sr_doc *doc = test_doc(*state, "KOLO (AFP) - Le bilan de la double explosion près de la tombe du "
                                 "général est passé à 103 morts et 141 blessés, selon des médias "
                                 "locaux.\n\nUne foule était rassemblée sur le site pour une "
                                 "cérémonie.\n\nSelon le maire de Kolo, les explosions ont été "
                                 "provoquées par des bombes cachées dans deux sacs.",
                         "fr", "2024-01-04");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Remote explosive/landmine/IED");
  assert_true(e->fatalities == 103.0);
  sr_doc_free(doc);
  const char *cases[][2] = {
      {"fr", "Dimanche, une voiture piégée a explosé contre un bus à Kolo. Ce nouvel attentat qui "
             "frappe la ville en plein cœur, faisant au moins 37 morts et 125 blessés, ressemble à "
             "celui commis le 17 février."},
      {"en", "A car bomb exploded near a bus in Kolo on Sunday, killing 37 people. The attack "
             "resembled the one carried out on February 17 in the capital."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    doc = test_doc(*state, cases[i][1], cases[i][0], "2016-03-14");
    e = only_event(doc);
    assert_true(e->fatalities == 37.0);
    assert_true(e->date >= 0);
    assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.month, 3);
    assert_int_equal(sr_date_of(&doc->mentions.items[e->date])->value.day, 13);
    sr_doc_free(doc);
  }
}

/* A country told where the event told just before named no place says
** where it was, not that it is another. */
static void test_a_country_places_the_deed_told_before(void **state) {
  sr_doc *doc = en_on(state, "The first killing of a protester in weeks of demonstrations.\nPolice "
                             "shot dead one man and injured 10 others on Tuesday in Sri Lanka, "
                             "officials said.",
                      "2022-04-19");
  const sr_event *e = only_event(doc);
  assert_string_equal(SUB_TYPE(doc, e), "Excessive force against protesters");
  sr_doc_free(doc);
}

/* Past the lede, a deed dated a week or more before the lede's deed is a
** past deed recalled, however recent the report. */
static void test_days_before_the_news(void **state) {
  sr_doc *doc = en_on(state, "Gunmen killed five villagers near Gao on Monday, officials said. The "
                             "army sent troops.\n\nOn March 2, an attack on the same village "
                             "killed 12 people.",
                      "2024-03-20");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
  /* a lede the text does not date is the report's news, of its last days */
  doc = en_on(state, "Gunmen killed five villagers near Gao, officials said. The army sent "
                     "troops.\n\nOn March 2, an attack on the same village killed 12 people.",
              "2024-03-20");
  assert_true(only_event(doc)->fatalities == 5.0);
  sr_doc_free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_tense_matches),
      cmocka_unit_test(test_not_realised),
      cmocka_unit_test(test_acled_typing),
      cmocka_unit_test(test_arguments),
      cmocka_unit_test(test_told_twice_is_one),
      cmocka_unit_test(test_heading_is_no_event),
      cmocka_unit_test(test_cause_fought_for_is_no_fight),
      cmocka_unit_test(test_losses_told_apart),
      cmocka_unit_test(test_fight_told_over_two_sentences),
      cmocka_unit_test(test_figure_after_its_verb),
      cmocka_unit_test(test_month_is_no_modality),
      cmocka_unit_test(test_not_events_en),
      cmocka_unit_test(test_toll_told_again),
      cmocka_unit_test(test_sum_of_attacks_told_after),
      cmocka_unit_test(test_more_victims_in_one_sentence),
      cmocka_unit_test(test_more_wounded_told_after),
      cmocka_unit_test(test_same_toll_told_in_parts),
      cmocka_unit_test(test_anaphor_with_nothing_before),
      cmocka_unit_test(test_incident_dates_the_deed_told_before),
      cmocka_unit_test(test_background_past_the_lede),
      cmocka_unit_test(test_past_event_told_on),
      cmocka_unit_test(test_arrest_and_seizure_told_again),
      cmocka_unit_test(test_riot_policed),
      cmocka_unit_test(test_the_arrested_of_a_crowd),
      cmocka_unit_test(test_detail_of_no_one),
      cmocka_unit_test(test_property_of_an_attack_told_on),
      cmocka_unit_test(test_length_of_fighting),
      cmocka_unit_test(test_speaker_is_no_place),
      cmocka_unit_test(test_toll_since_a_month),
      cmocka_unit_test(test_body_retells_the_lede),
      cmocka_unit_test(test_toll_told_after_its_event),
      cmocka_unit_test(test_wounds_of_an_event_told_again),
      cmocka_unit_test(test_attackers_losses_in_an_event_told_again),
      cmocka_unit_test(test_fleeing_is_no_withdrawal),
      cmocka_unit_test(test_people_there_are_no_toll),
      cmocka_unit_test(test_fraction_of_a_million),
      cmocka_unit_test(test_accidents_and_disease_are_no_violence),
      cmocka_unit_test(test_denied_in_french),
      cmocka_unit_test(test_trigger_word_inside_a_group_name),
      cmocka_unit_test(test_a_wars_toll_by_its_start_or_length),
      cmocka_unit_test(test_decisions_and_threats_are_not_done),
      cmocka_unit_test(test_taken_in_a_locution_is_no_capture),
      cmocka_unit_test(test_taking_words_that_take_no_ground),
      cmocka_unit_test(test_phrases_that_tell_no_event),
      cmocka_unit_test(test_an_aim_is_no_deed),
      cmocka_unit_test(test_an_event_goes_on_after_its_last_word),
      cmocka_unit_test(test_a_toll_over_years_of_war),
      cmocka_unit_test(test_a_protest_told_again),
      cmocka_unit_test(test_what_the_subject_aims_at_is_no_agent),
      cmocka_unit_test(test_the_speaker_is_no_doer),
      cmocka_unit_test(test_the_police_make_the_arrest),
      cmocka_unit_test(test_forces_that_torch),
      cmocka_unit_test(test_a_fight_around_its_deed),
      cmocka_unit_test(test_the_hit_are_not_the_participles_doer),
      cmocka_unit_test(test_the_two_sides_named_later),
      cmocka_unit_test(test_two_sides_on_one_noun),
      cmocka_unit_test(test_the_two_sides_told_before),
      cmocka_unit_test(test_the_first_of_joined_subjects_acts),
      cmocka_unit_test(test_the_first_country_of_one_force_acts),
      cmocka_unit_test(test_the_death_that_set_off_a_crowd),
      cmocka_unit_test(test_an_attack_no_one_is_told_to_do),
      cmocka_unit_test(test_communities_fight_as_militias),
      cmocka_unit_test(test_who_tells_of_a_fight_is_no_side),
      cmocka_unit_test(test_communal_militias_by_their_kind),
      cmocka_unit_test(test_the_weapon_then_the_doer),
      cmocka_unit_test(test_soldiers_of_the_army_that_holds_the_place),
      cmocka_unit_test(test_the_army_told_before),
      cmocka_unit_test(test_the_subject_of_a_deed_recalled),
      cmocka_unit_test(test_a_claim_after_an_apposition),
      cmocka_unit_test(test_who_could_have_prevented_it),
      cmocka_unit_test(test_the_sides_of_previous_clashes),
      cmocka_unit_test(test_women_among_the_fighters),
      cmocka_unit_test(test_a_police_rank_is_a_title),
      cmocka_unit_test(test_who_hits_a_mine),
      cmocka_unit_test(test_forces_known_by_their_name),
      cmocka_unit_test(test_opening_fire),
      cmocka_unit_test(test_a_cue_in_quotes),
      cmocka_unit_test(test_joined_deeds_share_their_subject),
      cmocka_unit_test(test_the_speaker_after_the_deed_is_no_agent),
      cmocka_unit_test(test_a_former_member_is_no_side),
      cmocka_unit_test(test_a_separate_occasion),
      cmocka_unit_test(test_one_more_deed_of_the_last_doer),
      cmocka_unit_test(test_a_state_by_its_name),
      cmocka_unit_test(test_civilians_by_their_nationality),
      cmocka_unit_test(test_what_forces_fire),
      cmocka_unit_test(test_force_against_protesters_is_the_states),
      cmocka_unit_test(test_civilians_where_the_event_is_placed),
      cmocka_unit_test(test_what_an_attack_destroyed),
      cmocka_unit_test(test_civilians_of_the_place_hit),
      cmocka_unit_test(test_forces_counted_before_civilians),
      cmocka_unit_test(test_weekdays_apart_with_no_date),
      cmocka_unit_test(test_running_total_of_a_series),
      cmocka_unit_test(test_attackers_dead_and_bounds),
      cmocka_unit_test(test_later_than_the_past),
      cmocka_unit_test(test_anaphor_of_the_past),
      cmocka_unit_test(test_year_or_month_told_whole),
      cmocka_unit_test(test_since_a_year_opening),
      cmocka_unit_test(test_the_day_before_is_another_event),
      cmocka_unit_test(test_regained_control),
      cmocka_unit_test(test_unnamed_group_of_the_place_hit),
      cmocka_unit_test(test_the_crowd_of_a_riot_are_rioters),
      cmocka_unit_test(test_the_first_attack_since_a_month),
      cmocka_unit_test(test_the_dead_of_a_clash_are_a_side),
      cmocka_unit_test(test_an_arrest_told_again_and_one_more_deed),
      cmocka_unit_test(test_what_a_mourning_an_inquiry_or_a_habit_is_about),
      cmocka_unit_test(test_violence_told_of_no_occasion),
      cmocka_unit_test(test_protests_and_riots),
      cmocka_unit_test(test_the_type_follows_the_sides),
      cmocka_unit_test(test_inflected_forms),
      cmocka_unit_test(test_a_quotation_tells_it_again),
      cmocka_unit_test(test_a_kind_of_event_is_not_one),
      cmocka_unit_test(test_pluperfect_past_the_lede),
      cmocka_unit_test(test_what_a_march_is_about),
      cmocka_unit_test(test_a_date_between_verb_and_figure),
      cmocka_unit_test(test_violence_with_nothing_of_its_own),
      cmocka_unit_test(test_a_place_within_the_province_told),
      cmocka_unit_test(test_a_province_without_the_report_town),
      cmocka_unit_test(test_part_of_the_country_told),
      cmocka_unit_test(test_government_is_not_the_report_place),
      cmocka_unit_test(test_no_publication_date_the_latest_day_named),
      cmocka_unit_test(test_dated_long_before_is_background),
      cmocka_unit_test(test_one_sentence_one_event),
      cmocka_unit_test(test_lede_told_with_two_types),
      cmocka_unit_test(test_civilians_implied),
      cmocka_unit_test(test_a_bare_toll_of_a_bomb),
      cmocka_unit_test(test_a_states_attack_by_its_country),
      cmocka_unit_test(test_first_named_of_allies),
      cmocka_unit_test(test_no_country_named_is_the_home_country),
      cmocka_unit_test(test_a_standing_truce_told_again),
      cmocka_unit_test(test_a_deal_named_is_not_made),
      cmocka_unit_test(test_attempts_and_what_an_area_has_seen),
      cmocka_unit_test(test_a_tag_line_run_into_the_text),
      cmocka_unit_test(test_the_headline_deed_dated_by_the_body),
      cmocka_unit_test(test_the_regime_strikes_with_its_forces),
      cmocka_unit_test(test_a_suicide_car_bomb),
      cmocka_unit_test(test_a_place_s_past_in_a_relative_clause),
      cmocka_unit_test(test_a_headline_toll_told_by_a_later_deed),
      cmocka_unit_test(test_the_first_deed_placed_by_its_anaphor),
      cmocka_unit_test(test_meanwhile_back_to_the_same_deed),
      cmocka_unit_test(test_a_dateline_month_is_no_march),
      cmocka_unit_test(test_a_speaker_is_not_the_people_killed),
      cmocka_unit_test(test_some_of_the_dead_told_by_kind),
      cmocka_unit_test(test_a_state_after_by),
      cmocka_unit_test(test_a_habit_after_the_news),
      cmocka_unit_test(test_an_agreement_quoted_again),
      cmocka_unit_test(test_retold_in_a_part_of_its_town),
      cmocka_unit_test(test_one_crowd_told_two_ways),
      cmocka_unit_test(test_fallen_in_action),
      cmocka_unit_test(test_agent_of_another_deed_is_no_victim),
      cmocka_unit_test(test_headline_and_lede_tell_one_toll),
      cmocka_unit_test(test_violence_an_act_is_meant_to_end),
      cmocka_unit_test(test_negotiations_open_or_are_held),
      cmocka_unit_test(test_captions_and_tolls_since),
      cmocka_unit_test(test_toll_since_the_start),
      cmocka_unit_test(test_toll_since_a_month_of_a_year),
      cmocka_unit_test(test_attributed_to_names_who_acted),
      cmocka_unit_test(test_others_are_not_the_ones_told),
      cmocka_unit_test(test_others_of_their_own_sentence),
      cmocka_unit_test(test_a_country_s_state_is_background),
      cmocka_unit_test(test_losses_of_unnamed_attackers),
      cmocka_unit_test(test_a_protest_the_police_fired_on),
      cmocka_unit_test(test_an_anaphor_places_its_event),
      cmocka_unit_test(test_update_with_its_own_words),
      cmocka_unit_test(test_speaker_framed_apart_is_no_agent),
      cmocka_unit_test(test_body_retells_the_lede_in_its_own_words),
      cmocka_unit_test(test_weapon_and_toll_told_apart),
      cmocka_unit_test(test_crowd_by_its_size),
      cmocka_unit_test(test_protest_turned_riot),
      cmocka_unit_test(test_pending_truce_and_one_arrest),
      cmocka_unit_test(test_truce_named_to_date_or_broken),
      cmocka_unit_test(test_killed_while_dispersing),
      cmocka_unit_test(test_riot_policed_by_its_crowd),
      cmocka_unit_test(test_a_country_places_the_deed_told_before),
      cmocka_unit_test(test_days_before_the_news),
      cmocka_unit_test(test_raids_that_burn),
      cmocka_unit_test(test_who_planted_the_device),
      cmocka_unit_test(test_unidentified_attackers),
      cmocka_unit_test(test_police_the_type_implies),
      cmocka_unit_test(test_attackers_own_losses),
      cmocka_unit_test(test_nationals_counted),
      cmocka_unit_test(test_claimed_attacks),
      cmocka_unit_test(test_the_attack_a_deed_was_in),
      cmocka_unit_test(test_police_hurt_in_a_protest_report),
      cmocka_unit_test(test_the_documents_air_force),
      cmocka_unit_test(test_appeals_are_not_done),
      cmocka_unit_test(test_another_count_of_a_toll),
      cmocka_unit_test(test_the_day_of_a_statement),
      cmocka_unit_test(test_day_left_in_the_sentence_before),
      cmocka_unit_test(test_aimed_is_no_agent),
      cmocka_unit_test(test_war_toll_is_background),
      cmocka_unit_test(test_backdrop_is_a_setting),
      cmocka_unit_test(test_killed_in_clashes_are_victims),
      cmocka_unit_test(test_of_who_acts),
      cmocka_unit_test(test_long_list_of_seized_weapons),
      cmocka_unit_test(test_headline_victims_are_no_mob),
      cmocka_unit_test(test_who_lost_their_lives_are_no_mob),
      cmocka_unit_test(test_history_of_a_plural),
      cmocka_unit_test(test_missiles_and_drones),
      cmocka_unit_test(test_more_kinds_of_events),
      cmocka_unit_test(test_arrested_and_peacekeepers),
      cmocka_unit_test(test_arson_of_an_attack),
      cmocka_unit_test(test_forces_a_figure_counts),
      cmocka_unit_test(test_more_property_of_an_attack),
      cmocka_unit_test(test_displaced_people_are_no_exodus),
      cmocka_unit_test(test_a_place_ends_what_a_participle_houses),
      cmocka_unit_test(test_caption_before_a_credit),
      cmocka_unit_test(test_undated_details_past_the_lede),
      cmocka_unit_test(test_abstract_battles_and_threats),
      cmocka_unit_test(test_movements_and_oaths_are_no_events),
      cmocka_unit_test(test_daily_habits_are_background),
      cmocka_unit_test(test_campaign_carried_on_is_the_setting),
      cmocka_unit_test(test_labour_strikes_are_no_air_strikes),
      cmocka_unit_test(test_a_spans_end_dates_no_deed),
      cmocka_unit_test(test_one_protest_a_day_in_a_place),
      cmocka_unit_test(test_a_protests_toll_told_after_it),
      cmocka_unit_test(test_twin_bombings_accidents_and_deadlines),
      cmocka_unit_test(test_toll_since_a_month_named),
      cmocka_unit_test(test_toll_since_a_day_named),
      cmocka_unit_test(test_mourned_dead_and_toll_since_that_date),
      cmocka_unit_test(test_toll_after_a_summed_toll),
      cmocka_unit_test(test_common_violence_and_came_within),
      cmocka_unit_test(test_pluperfect_with_its_own_month),
      cmocka_unit_test(test_deed_that_dates_the_sentence),
      cmocka_unit_test(test_cartel_gunmen_are_an_armed_group),
      cmocka_unit_test(test_quotation_over_two_sentences),
      cmocka_unit_test(test_earlier_deed_recalled),
      cmocka_unit_test(test_purpose_read_with_the_trigger),
      cmocka_unit_test(test_nationals_are_counted_people),
      cmocka_unit_test(test_whole_of_a_killed_part),
      cmocka_unit_test(test_deaths_of_and_hyphened_figures),
      cmocka_unit_test(test_truce_to_be_observed),
      cmocka_unit_test(test_a_bomb_attack_in_french),
      cmocka_unit_test(test_dateline_below_a_pages_head),
      cmocka_unit_test(test_strikes_summed_over_a_year),
      cmocka_unit_test(test_a_paragraph_printed_twice),
      cmocka_unit_test(test_a_month_recapped_past_the_lede),
      cmocka_unit_test(test_in_that_incident),
      cmocka_unit_test(test_arresting_a_situation),
      cmocka_unit_test(test_martyred_are_killed),
      cmocka_unit_test(test_dated_background_of_a_generic),
      cmocka_unit_test(test_target_of_an_ambush),
      cmocka_unit_test(test_the_dead_included),
      cmocka_unit_test(test_accident_in_its_own_clause),
      cmocka_unit_test(test_speaker_is_not_hit),
      cmocka_unit_test(test_a_day_of_its_own_is_no_restatement),
      cmocka_unit_test(test_unclaimed_air_strike),
      cmocka_unit_test(test_armed_target_is_the_state_s),
      cmocka_unit_test(test_looting_hits_civilians),
      cmocka_unit_test(test_protest_cause_is_no_side),
      cmocka_unit_test(test_customs_officers_are_police),
      cmocka_unit_test(test_unnamed_attackers),
      cmocka_unit_test(test_armed_kinds),
      cmocka_unit_test(test_speaker_before_fired_by),
      cmocka_unit_test(test_ascribed_attack),
      cmocka_unit_test(test_a_toll_of_the_attack_told_before),
      cmocka_unit_test(test_the_weapon_of_an_attack),
      cmocka_unit_test(test_a_war_told_by_its_span),
      cmocka_unit_test(test_a_groups_weapon),
      cmocka_unit_test(test_a_related_headline),
      cmocka_unit_test(test_lede_after_head_lines),
      cmocka_unit_test(test_the_crowd_the_police_faced),
      cmocka_unit_test(test_a_previous_attack),
      cmocka_unit_test(test_two_separate_attacks_each_told),
      cmocka_unit_test(test_the_march_told_again),
      cmocka_unit_test(test_a_town_far_away),
      cmocka_unit_test(test_a_far_town_is_not_the_document_place),
      cmocka_unit_test(test_the_second_attack_this_month),
      cmocka_unit_test(test_what_the_attack_came_after),
      cmocka_unit_test(test_a_toll_updated),
      cmocka_unit_test(test_a_toll_told_with_no_verb),
      cmocka_unit_test(test_a_toll_revised_down),
      cmocka_unit_test(test_a_loss_told_again),
      cmocka_unit_test(test_an_update_is_its_sentence_s_toll),
      cmocka_unit_test(test_a_toll_since_a_state_of_siege),
      cmocka_unit_test(test_an_insurgency_s_own_toll),
      cmocka_unit_test(test_the_doers_figure),
      cmocka_unit_test(test_a_modifier_after_an_unknown_noun),
      cmocka_unit_test(test_another_victim_is_one),
      cmocka_unit_test(test_bodies_found),
      cmocka_unit_test(test_a_caption_credited_after_it),
      cmocka_unit_test(test_attacks_in_a_country),
      cmocka_unit_test(test_several_attacks_told_one_by_one),
      cmocka_unit_test(test_the_attackers_losses),
      cmocka_unit_test(test_the_attacks_of_a_weekday),
      cmocka_unit_test(test_other_wounded),
      cmocka_unit_test(test_a_crowds_quote_is_another_deed),
      cmocka_unit_test(test_an_age_is_no_toll),
      cmocka_unit_test(test_one_dead),
      cmocka_unit_test(test_more_dead_of_the_event),
      cmocka_unit_test(test_among_the_dead),
      cmocka_unit_test(test_deed_of_a_lede_s_deaths),
      cmocka_unit_test(test_deed_named_by_its_month),
      cmocka_unit_test(test_beaten_is_no_air_strike),
      cmocka_unit_test(test_lede_sums_the_body),
      cmocka_unit_test(test_since_a_dated_clause),
      cmocka_unit_test(test_one_of_the_lede_s_dead),
      cmocka_unit_test(test_scare_quotes_keep_the_cue),
      cmocka_unit_test(test_a_toll_over_weeks),
      cmocka_unit_test(test_an_opening_deed_under_a_modal),
      cmocka_unit_test(test_comes_a_length_after),
      cmocka_unit_test(test_money_is_no_toll),
      cmocka_unit_test(test_a_boy_killed),
      cmocka_unit_test(test_parts_of_the_lede_s_toll),
      cmocka_unit_test(test_an_armed_gang),
      cmocka_unit_test(test_a_week_later_is_another_day),
      cmocka_unit_test(test_an_anaphor_dated_by_its_year),
  };
  return cmocka_run_group_tests(tests, test_engine_setup, test_engine_teardown);
}
