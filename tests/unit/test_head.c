/* The head of a report: datelines read as the publication date when the
** input gives none, their filing city kept out of events; page furniture
** (captions, "Tags" lines, related links) kept out of events. */
#include <jansson.h>
#include <stdio.h>

#include "doc.h"
#include "attribution/attribution.h"
#include "places/gazetteer.h"
#include "places/places.h"
#include "testutil.h"

static void expect_published(const sr_doc *doc, const char *iso, int from) {
  if (!iso) {
    assert_null(doc->published.ptr);
    assert_int_equal(doc->published_from, SR_PUBLISHED_NONE);
    return;
  }
  assert_non_null(doc->published.ptr);
  assert_int_equal(doc->published.len, strlen(iso));
  assert_memory_equal(doc->published.ptr, iso, strlen(iso));
  assert_int_equal(doc->published_from, from);
}

/* The date an event took from its sentence, "YYYY-MM-DD". */
static void expect_event_date(const sr_doc *doc, const sr_event *e, int y, int m, int d) {
  assert_true(e->date >= 0);
  const sr_date *v = &sr_date_of(&doc->mentions.items[e->date])->value;
  assert_int_equal(v->year, y);
  assert_int_equal(v->month, m);
  assert_int_equal(v->day, d);
}

static void test_weekday_dateline_dates_the_report(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Tuesday 4 Apr 2017 Rebels shelled the town of Kafr Nabl on "
                         "Monday, killing three civilians.",
                         "en", NULL);
  expect_published(doc, "2017-04-04", SR_PUBLISHED_DATELINE);
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  expect_event_date(doc, e[0], 2017, 4, 3); /* "Monday", the day before */
  /* the dateline's own date is no date of the story */
  assert_null(test_mention(doc, SR_MENTION_DATE, "Tuesday 4 Apr 2017"));
  sr_doc_free(doc);
  /* "at" before a time is the dateline's, before "least" the story's */
  doc = test_doc(*state, "Tuesday 4 Apr 2017 At least 58 people were killed in Idlib.",
                 "en", NULL);
  const sr_mention *q = test_need(doc, SR_MENTION_QUANTITY, "At least 58 people");
  assert_int_equal(sr_quantity_of(q)->qualifier, SR_Q_AT_LEAST);
  sr_doc_free(doc);
}

static void test_numeric_and_web_datelines(void **state) {
  struct {
    const char *text, *iso;
  } cases[] = {
      {"24.08.2013 Government troops shelled Jobar on Friday.", "2013-08-24"},
      {"31-08-2014 0742 PM Government troops shelled Jobar on Friday.", "2014-08-31"},
      {"Tue 05 Jul 2016 Government troops shelled Jobar on Friday.", "2016-07-05"},
      {"Last updated at Apr 152017 Government troops shelled Jobar.", "2017-04-15"},
      {"Published July 20 2015 Government troops shelled Jobar.", "2015-07-20"},
      {"19.07.2016(updated 1457 19.07.2016) Get short URL 2440 Government troops "
       "shelled Jobar.", "2016-07-19"},
      /* a cue and its colon; a time of filing before the date */
      {"Updated: December 3, 2016 12:40 GMT Government troops shelled Jobar.", "2016-12-03"},
      {"Published 12:40 GMT, 3 December 2016 Government troops shelled Jobar.", "2016-12-03"},
      {"Posted on 3 Dec, 2016 Government troops shelled Jobar.", "2016-12-03"},
      {"First published on Sat 3 Dec 2016 12.40 GMT Government troops shelled Jobar.",
       "2016-12-03"},
      /* after a headline and the outlet's name */
      {"Army shells Jobar Monitor AFP Saturday 6 Aug 2016 Government troops shelled "
       "Jobar.", "2016-08-06"},
      /* a news agency's: the headline, the date, the story in capitals */
      {"Five civilians killed in rocket attack on Jobar district 12 March 2015 Damascus "
       "SANA- Gunmen fired rockets on Jobar.", "2015-03-12"},
      {"Five civilians killed in rocket attack on Jobar district 12 March 2015 SANA "
       "correspondent said gunmen fired rockets on Jobar.", "2015-03-12"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, "en", NULL);
    if (!doc->published.ptr) print_error("no dateline in '%s'\n", cases[i].text);
    expect_published(doc, cases[i].iso, SR_PUBLISHED_DATELINE);
    /* the time of filing and the page's view count are no figures */
    assert_null(test_mention(doc, SR_MENTION_QUANTITY, "0742"));
    assert_null(test_mention(doc, SR_MENTION_QUANTITY, "1457"));
    sr_doc_free(doc);
  }
}

static void test_french_dateline(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Publié le 3 décembre 2016 à 12h40. Des frappes aériennes ont "
                         "tué huit civils samedi à Idleb.",
                         "fr", NULL);
  expect_published(doc, "2016-12-03", SR_PUBLISHED_DATELINE);
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  expect_event_date(doc, e[0], 2016, 12, 3);
  sr_doc_free(doc);
}

/* A French page's head: the date written with slashes, and the update's
** date after the publication's, which is no date of the story (it would
** date the event after publication, and lose it). */
static void test_french_page_heads(void **state) {
  const char *texts[] = {
      "Mis à jour le 03/12/2016 à 12h40 Des frappes aériennes ont tué huit civils "
      "samedi à Idleb.",
      "Publié le 3 décembre 2016 à 12h40 - Mis à jour le 4 décembre 2016 à 14h00 Des "
      "frappes aériennes ont tué huit civils samedi à Idleb.",
      /* the time written "12:40" (three tokens), a bar, the update */
      "Publié le 3 décembre 2016 à 12:40 | Mis à jour le 4 décembre 2016 Des frappes "
      "aériennes ont tué huit civils samedi à Idleb.",
      /* an article opening the text, the date, its time of filing */
      "Le 03.12.2016 à 12h40 Des frappes aériennes ont tué huit civils samedi à Idleb.",
      "Le samedi 3 décembre 2016 à 12:40 Des frappes aériennes ont tué huit civils samedi "
      "à Idleb.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = test_doc(*state, texts[i], "fr", NULL);
    expect_published(doc, "2016-12-03", SR_PUBLISHED_DATELINE);
    const sr_event *e[4];
    assert_int_equal(test_live_events(doc, e, 4), 1);
    expect_event_date(doc, e[0], 2016, 12, 3);
    assert_null(test_mention(doc, SR_MENTION_DATE, "4 décembre 2016"));
    assert_null(test_mention(doc, SR_MENTION_QUANTITY, "2016"));
    sr_doc_free(doc);
  }
}

static void test_wire_dateline_city_is_no_place(void **state) {
  const char *texts[][3] = {
      {"BEIRUT, Oct 5, 2016 (Reuters) - Air strikes killed 12 people in the town "
       "of Idlib on Tuesday.", "BEIRUT", "Idlib"},
      {"BEIRUT, Oct. 5, 2016 (Reuters) - Air strikes killed 12 people in the town "
       "of Idlib on Tuesday.", "BEIRUT", "Idlib"},
      {"Alep (Syrie) (AFP) – Des frappes aériennes ont tué huit civils à Idleb "
       "samedi.", "Alep", "Idleb"},
      {"Fighting went on. MOSCOW (Sputnik) — Ten soldiers were killed in an "
       "ambush near Homs.", "MOSCOW", "Homs"},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = test_doc(*state, texts[i][0], i == 2 ? "fr" : "en", NULL);
    assert_null(test_mention(doc, SR_MENTION_PLACE, texts[i][1]));
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    assert_true(n >= 1);
    const sr_event *last = e[n - 1];
    assert_true(last->place >= 0);
    /* the event is where the story says, not where the report was filed */
    assert_ptr_equal(&doc->mentions.items[last->place],
                     test_need(doc, SR_MENTION_PLACE, texts[i][2]));
    sr_doc_free(doc);
  }
  /* a hyphen inside a name is no dateline's dash */
  sr_doc *named = test_doc(*state, "Al-Shabaab insurgents raided a village in Cabo Delgado, "
                                   "Mozambique.", "en", "2021-06-01");
  assert_non_null(test_mention(named, SR_MENTION_ACTOR, "Al-Shabaab insurgents"));
  sr_doc_free(named);
  /* a city before a colon or a dash opens the report: in capitals, perhaps
  ** with its country; in title case, with prose after the colon */
  const char *opened[][3] = {
      {"PESHAWAR: Police arrested a militant on Sunday. The man came from Bannu in "
       "Pakistan.", "PESHAWAR", "Bannu"},
      {"KADUNA — Gunmen abducted 30 pupils in Peshawar on Sunday.", "KADUNA", "Peshawar"},
      {"KADUNA, Nigeria — Gunmen abducted 30 pupils in Peshawar on Sunday.", "KADUNA",
       "Peshawar"},
      {"Abuja: Twenty villagers were killed when gunmen stormed a village near Maiduguri "
       "on Monday.", "Abuja", "Maiduguri"},
      /* in title case with a dash, as African outlets write it */
      {"Abuja - The police said twenty villagers were killed when gunmen stormed a village "
       "near Maiduguri on Monday.", "Abuja", "Maiduguri"},
      /* a city, the month and day of filing, then a colon or a dash */
      {"Peshawar, Sep 29: Gunmen killed four policemen in Bannu district.", "Peshawar",
       "Bannu"},
      {"KADUNA, Sept. 3 - Gunmen abducted 30 pupils in Peshawar.", "KADUNA", "Peshawar"},
      /* below a page's headline and counters */
      {"Four soldiers killed in blast\n\n1868 View\n\n+ -\n\nPESHAWAR — Four soldiers were "
       "killed in a blast in Bannu.", "PESHAWAR", "Bannu"},
      /* cities joined by slashes, a line of their own among the first */
      {"Kabul/Islamabad\nGunmen killed four policemen in Bannu on Tuesday.", "Islamabad",
       "Bannu"},
      {"Border tensions rise\nTalks are planned next week\nKabul/Islamabad\nGunmen killed four "
       "policemen in Bannu on Tuesday.", "Islamabad", "Bannu"},
  };
  for (size_t i = 0; i < sizeof opened / sizeof *opened; i++) {
    sr_doc *dash = test_doc(*state, opened[i][0], "en", "2020-05-04");
    assert_null(test_mention(dash, SR_MENTION_PLACE, opened[i][1]));
    const sr_event *de[4];
    assert_int_equal(test_live_events(dash, de, 4), 1);
    assert_ptr_equal(&dash->mentions.items[de[0]->place],
                     test_need(dash, SR_MENTION_PLACE, opened[i][2]));
    sr_doc_free(dash);
  }
  /* a headline's topic in title case stays a place */
  sr_doc *topic = test_doc(*state,
                           "Nigeria: Gunmen Kill Twenty Villagers\n\nGunmen killed twenty "
                           "villagers near Maiduguri on Monday.",
                           "en", "2020-05-04");
  assert_non_null(test_mention(topic, SR_MENTION_PLACE, "Nigeria"));
  sr_doc_free(topic);
  /* an outlet opening the text is no speaker of the story: only the
  ** article's fallback, marked as such (issue 15) */
  sr_doc *outlet = test_doc(*state, "(Reuters) - Rebels killed 12 villagers near Beni.",
                            "en", "2020-05-04");
  assert_true(sr_source_of(test_need(outlet, SR_MENTION_SOURCE, "Reuters"))->fallback);
  sr_doc_free(outlet);
  /* with no other place, the filing city does not stand in */
  sr_doc *alone = test_doc(*state,
                           "Alep (Syrie) (AFP) – Des combats ont fait dix morts samedi "
                           "dans la province.",
                           "fr", NULL);
  const sr_event *e[4];
  assert_int_equal(test_live_events(alone, e, 4), 1);
  assert_true(e[0]->place < 0);
  sr_doc_free(alone);
  /* the wire dateline's year dates the report, its month abbreviated or not */
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = test_doc(*state, texts[i][0], "en", NULL);
    expect_published(doc, "2016-10-05", SR_PUBLISHED_DATELINE);
    sr_doc_free(doc);
  }
}

static void test_prose_date_is_no_dateline(void **state) {
  sr_doc *doc = test_doc(*state,
                         "On August 21 2013 the regime fired rockets on Zamalka, killing "
                         "hundreds.",
                         "en", NULL);
  expect_published(doc, NULL, 0);
  assert_non_null(test_mention(doc, SR_MENTION_DATE, "August 21 2013"));
  sr_doc_free(doc);
  /* a full date prose goes on from in lower case */
  doc = test_doc(*state,
                 "The truce that took effect 12 September 2016 collapsed when rebels "
                 "shelled Zamalka.", "en", NULL);
  expect_published(doc, NULL, 0);
  assert_non_null(test_mention(doc, SR_MENTION_DATE, "12 September 2016"));
  sr_doc_free(doc);
  /* an article, a date and its hour, and the sentence going on after a comma */
  doc = test_doc(*state,
                 "Le samedi 3 décembre 2016 à 12h40, des frappes aériennes ont tué huit "
                 "civils à Idleb.", "fr", NULL);
  expect_published(doc, NULL, 0);
  sr_doc_free(doc);
  /* the input's date wins; the dateline is still no date of the story */
  doc = test_doc(*state, "Tuesday 4 Apr 2017 Rebels shelled Kafr Nabl.", "en",
                 "2017-04-05");
  expect_published(doc, "2017-04-05", SR_PUBLISHED_INPUT);
  assert_null(test_mention(doc, SR_MENTION_DATE, "Tuesday 4 Apr 2017"));
  sr_doc_free(doc);
}

static void test_published_from_in_json(void **state) {
  const char *want[] = {"dateline", "input", NULL};
  const char *published[] = {NULL, "2016-12-01", NULL};
  const char *texts[] = {"24.08.2013 Rebels shelled Jobar.", "Rebels shelled Jobar.",
                         "Rebels shelled Jobar."};
  for (size_t i = 0; i < 3; i++) {
    sr_doc *doc = test_doc(*state, texts[i], "en", published[i]);
    char *s = sr_doc_to_json(doc, 0);
    json_t *o = json_loads(s, 0, NULL);
    assert_non_null(o);
    json_t *from = json_object_get(o, "published_from");
    assert_non_null(from);
    if (want[i]) assert_string_equal(json_string_value(from), want[i]);
    else assert_true(json_is_null(from));
    json_t *date = json_object_get(json_array_get(json_object_get(o, "events"), 0), "date");
    if (want[i]) assert_string_equal(json_string_value(json_object_get(date, "precision")),
                                     "published");
    json_decref(o);
    sr_free(s);
    sr_doc_free(doc);
  }
}

/* Each text has one line of furniture that would make an event, then a
** sentence of the story that makes none. */
/* "said Friday", in Saturday's report: the event on or before Friday,
** marked as the day it was told, not as the day it happened */
static void test_told_day_in_json(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Saturday 11 May 2019 Nine fighters died in overnight clashes in "
                         "the port of Misrata, the city's hospital said Friday.",
                         "en", NULL);
  char *s = sr_doc_to_json(doc, 0);
  json_t *o = json_loads(s, 0, NULL);
  assert_non_null(o);
  json_t *date = json_object_get(json_array_get(json_object_get(o, "events"), 0), "date");
  assert_string_equal(json_string_value(json_object_get(date, "precision")), "told");
  assert_string_equal(json_string_value(json_object_get(date, "value")), "2019-05-10");
  assert_string_equal(json_string_value(json_object_get(date, "text")), "Friday");
  json_decref(o);
  sr_free(s);
  sr_doc_free(doc);
}

/* Labels of one word at the page's head ("World", "Updated:") are no part
** of the story, however many: the lede after them is the lede, its
** dateline's city ("IDLIB, May 4:") where it was filed, and the strike the
** body places ("The strike ... in Saraqib") its strike. */
static void test_labels_at_the_head(void **state) {
  sr_doc *doc = test_doc(*state,
                         "31 C\nJets strike a market, killing six, officials say\n\nWorld\n"
                         "Updated:\nIDLIB, May 4: Local officials say a strike on a market killed "
                         "six people.\nThe strike early Thursday hit stalls in Saraqib.",
                         "en", "2017-05-05");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_true(e[0]->fatalities == 6.0);
  assert_true(e[0]->where && strcmp(e[0]->where->name, "Sar\xC4\x81qib") == 0);
  sr_doc_free(doc);
}

static void test_furniture_makes_no_event(void **state) {
  const char *texts[][2] = {
      {"Read more: Air strikes kill 20 civilians in Idlib.\nThe town was calm.", "en"},
      {"Related: Suicide bomber kills 12 in Homs.\nThe town was calm.", "en"},
      {"Tags Syria Homs car bomb kills 12\nThe town was calm.", "en"},
      {"In this photo, rescuers search the rubble after an air strike killed five "
       "people in Douma. The town was calm.", "en"},
      {"Rescuers search the rubble after an air strike killed five people in "
       "Douma. (AFP Photo)\nThe town was calm.", "en"},
      {"Lire aussi : Alep : vingt civils tués dans des frappes aériennes.\n"
       "La ville était calme.", "fr"},
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    sr_doc *doc = test_doc(*state, texts[i][0], texts[i][1], "2016-11-02");
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    if (n) print_error("'%s' gave an event\n", texts[i][0]);
    assert_int_equal(n, 0);
    sr_doc_free(doc);
  }
  /* the same words inside the story are no furniture */
  sr_doc *doc = test_doc(*state,
                         "Fighting went on. Related clashes killed 12 fighters in Homs "
                         "on Sunday.",
                         "en", "2016-11-02");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  sr_doc_free(doc);
  /* a page's link list after its view count, run into the text's end
  ** where the page lost its line breaks */
  doc = test_doc(*state,
                 "At least ten civilians were killed in air strikes west of Raqqa on Friday, "
                 "state media said. The strikes hit a school. ... 427 Related Jets Bomb Market "
                 "in Idlib Killing 40 Rebels Seize Town Near Hama Tags Syria Raqqa",
                 "en", "2017-04-08");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  sr_doc_free(doc);
  /* a photo's caption ending on its date told bare, then the credit: the
  ** credit opening the story after it, or run into the story in one
  ** sentence; the photo's day dates no event.  A date told with its
  ** preposition ends prose, no caption. */
  struct {
    const char *text;
    size_t events;
    int photo_day;
  } captions[] = {
      {"Men clear rubble after an air strike on a clinic in Kafr Nabl Syria October 30 "
       "2016. (Reuters Photo) Jets struck a market in Kafr Nabl on Tuesday, killing nine "
       "people.", 1, 30},
      {"A rescuer runs near an ambulance in Kafr Nabl town in Idlib province Syria "
       "October 28 2016 (Reuters Photo) A suicide bomber killed nine people at a market "
       "in Kafr Nabl.", 1, 28},
      {"Jets struck a clinic in Kafr Nabl on October 30 2016. (Reuters Photo) Jets struck "
       "a market in Kafr Nabl on Tuesday, killing nine people.", 2, 0},
      /* a date opening the sentence, no word before it */
      {"The town was calm. Shops opened in Idlib. Roads were clear. 1 Nov. 2016 (Reuters "
       "Photo) Jets struck a market in Idlib, killing nine people.", 1, 0},
  };
  for (size_t i = 0; i < sizeof captions / sizeof *captions; i++) {
    doc = test_doc(*state, captions[i].text, "en", "2016-11-02");
    assert_int_equal(test_live_events(doc, e, 4), captions[i].events);
    for (size_t j = 0; captions[i].photo_day && j < captions[i].events; j++)
      assert_true(e[j]->date < 0 ||
                  sr_date_of(&doc->mentions.items[e[j]->date])->value.day != captions[i].photo_day);
    sr_doc_free(doc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_weekday_dateline_dates_the_report),
      cmocka_unit_test(test_numeric_and_web_datelines),
      cmocka_unit_test(test_french_dateline),
      cmocka_unit_test(test_french_page_heads),
      cmocka_unit_test(test_wire_dateline_city_is_no_place),
      cmocka_unit_test(test_prose_date_is_no_dateline),
      cmocka_unit_test(test_published_from_in_json),
      cmocka_unit_test(test_told_day_in_json),
      cmocka_unit_test(test_furniture_makes_no_event),
      cmocka_unit_test(test_labels_at_the_head),
  };
  return cmocka_run_group_tests_name("head", tests, test_engine_setup,
                                     test_engine_teardown);
}
