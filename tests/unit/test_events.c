/* Events: triggers in every tense, modality, ACLED typing, arguments,
** merging what is told twice, headings. */
#include <stdio.h>

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
    assert_string_equal(doc->mentions.items[e->actor1].name, "Military Forces of Syria");
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
  assert_string_equal(l->items[e->actor1].name, "Military Forces of Russia");
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
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = en(state, cases[i].text);
    const sr_event *e = only_event(doc);
    assert_true(e->fatalities == cases[i].fatalities);
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

static void test_heading_is_no_event(void **state) {
  sr_doc *doc = fr(state, "Des miliciens faits prisonniers\nLe calme règne à Alep.");
  const sr_event *e[2];
  assert_int_equal(test_live_events(doc, e, 2), 0);
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
      cmocka_unit_test(test_losses_told_apart),
      cmocka_unit_test(test_fight_told_over_two_sentences),
      cmocka_unit_test(test_figure_after_its_verb),
      cmocka_unit_test(test_month_is_no_modality),
      cmocka_unit_test(test_not_events_en),
      cmocka_unit_test(test_toll_told_again),
  };
  return cmocka_run_group_tests(tests, test_engine_setup, test_engine_teardown);
}
