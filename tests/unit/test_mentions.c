/* Dates and quantities, in French and English, with their offsets. */
#include <stdio.h>

#include "doc.h"
#include "tables/lexicon.h"
#include "testutil.h"
#include "text/fold.h"

/* The only mention of the given type whose text is `text`; fails when it is
** missing. */
static const sr_mention *find(const sr_doc *doc, const char *src,
                              sr_mention_type type, const char *text) {
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    char buf[256];
    sr_span span = {m->start, m->end};
    if (m->type == type &&
        strcmp(test_slice(src, span, buf, sizeof buf), text) == 0) {
      assert_int_equal(m->byte_end - m->byte_start, strlen(text));
      return m;
    }
  }
  print_error("no mention '%s' in: %s\n", text, src);
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    print_error("  had: '%.*s'\n", (int)(m->byte_end - m->byte_start),
                src + m->byte_start);
  }
  fail();
  return NULL;
}

static size_t count_type(const sr_doc *doc, sr_mention_type type) {
  size_t n = 0;
  for (size_t i = 0; i < doc->mentions.count; i++)
    n += doc->mentions.items[i].type == type;
  return n;
}

static void expect_date(const sr_engine *e, const char *lang, const char *pub,
                        const char *src, const char *text, int y, int m, int d,
                        sr_precision prec) {
  sr_doc *doc = test_doc(e, src, lang, pub);
  const sr_mention *mm = find(doc, src, SR_MENTION_DATE, text);
  assert_int_equal(sr_date_of(mm)->precision, prec);
  assert_int_equal(sr_date_of(mm)->value.year, y);
  assert_int_equal(sr_date_of(mm)->value.month, m);
  assert_int_equal(sr_date_of(mm)->value.day, d);
  sr_doc_free(doc);
}

static void test_absolute_dates_fr(void **state) {
  const char *pub = "2016-11-02";
  expect_date(*state, "fr", pub, "Elle a été fixée pour le 4 novembre soir.",
              "4 novembre", 2016, 11, 4, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Le 4 novembre 2015, rien.", "4 novembre 2015",
              2015, 11, 4, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Attaque du 1er mai à Alep.", "1er mai", 2016,
              5, 1, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Depuis la fin juillet 2016, l'étau se ferme.",
              "fin juillet 2016", 2016, 7, 0, SR_PREC_MONTH);
  expect_date(*state, "fr", pub, "Occupé en 2012 par les miliciens.", "2012",
              2012, 0, 0, SR_PREC_YEAR);
  /* a season names its year */
  expect_date(*state, "fr", pub, "Ils se sont affrontés durant l'été 2006.", "2006", 2006, 0,
              0, SR_PREC_YEAR);
  expect_date(*state, "fr", pub, "La ville est tombée au printemps 2013.", "2013", 2013, 0, 0,
              SR_PREC_YEAR);
  expect_date(*state, "fr", pub, "Rapport du 2016-10-31.", "2016-10-31", 2016,
              10, 31, SR_PREC_DAY);
  /* The nearest year: in January, "le 28 décembre" is last year's. */
  expect_date(*state, "fr", "2017-01-03", "Le 28 décembre, une frappe.",
              "28 décembre", 2016, 12, 28, SR_PREC_DAY);
  /* "dernier" keeps it in the past even when the future is nearer. */
  expect_date(*state, "fr", pub, "Suspendues depuis le 16 octobre dernier.",
              "16 octobre dernier", 2016, 10, 16, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Trêve le 28-10.", "28-10", 2016, 10, 28,
              SR_PREC_DAY);
  /* a month alone: the latest not after publication */
  expect_date(*state, "fr", pub, "En août, des frappes.", "août", 2016, 8, 0, SR_PREC_MONTH);
  expect_date(*state, "fr", pub, "En décembre, des frappes.", "décembre", 2015, 12, 0,
              SR_PREC_MONTH);
  expect_date(*state, "en", pub, "In September, rebels shelled the town.", "September", 2016,
              9, 0, SR_PREC_MONTH);
}

static void test_relative_dates_fr(void **state) {
  /* 2016-11-02 was a Wednesday. */
  const char *pub = "2016-11-02";
  expect_date(*state, "fr", pub, "Hier, des frappes.", "Hier", 2016, 11, 1,
              SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Aujourd’hui, calme.", "Aujourd’hui", 2016, 11,
              2, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Avant-hier, calme.", "Avant-hier", 2016, 10,
              31, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Ce lundi, l'armée a avancé.", "Ce lundi", 2016,
              10, 31, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "L'armée a avancé mercredi.", "mercredi", 2016,
              11, 2, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Mercredi dernier, rien.", "Mercredi dernier",
              2016, 10, 26, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Des combats il y a trois jours.",
              "il y a trois jours", 2016, 10, 30, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Le mois dernier, des frappes.", "Le mois dernier",
              2016, 10, 0, SR_PREC_MONTH);
  sr_doc *doc = test_doc(*state, "Il avait refusé la semaine passée une demande.",
                         "fr", pub);
  const sr_mention *m = find(doc, "Il avait refusé la semaine passée une demande.",
                             SR_MENTION_DATE, "la semaine passée");
  assert_int_equal(sr_date_of(m)->precision, SR_PREC_RANGE);
  assert_int_equal(sr_date_of(m)->value.day, 24); /* Monday 24 to Sunday 30 October */
  assert_int_equal(sr_date_of(m)->until.day, 30);
  sr_doc_free(doc);
}

static void test_relative_date_without_publication_is_unknown(void **state) {
  expect_date(*state, "fr", NULL, "Hier, des frappes.", "Hier", 0, 0, 0,
              SR_PREC_UNKNOWN);
  expect_date(*state, "fr", NULL, "Le 4 novembre, une trêve.", "4 novembre", 0,
              11, 4, SR_PREC_UNKNOWN);
}

static void test_date_ranges(void **state) {
  const char *src = "Les pertes entre le 28-10 et le 31-10 derniers, puis du "
                    "1er au 3 novembre.";
  sr_doc *doc = test_doc(*state, src, "fr", "2016-11-05");
  const sr_mention *m =
      find(doc, src, SR_MENTION_DATE, "entre le 28-10 et le 31-10 derniers");
  assert_int_equal(sr_date_of(m)->precision, SR_PREC_RANGE);
  assert_int_equal(sr_date_of(m)->value.day, 28);
  assert_int_equal(sr_date_of(m)->until.day, 31);
  assert_int_equal(sr_date_of(m)->until.month, 10);
  m = find(doc, src, SR_MENTION_DATE, "du 1er au 3 novembre");
  assert_int_equal(sr_date_of(m)->value.day, 1);
  assert_int_equal(sr_date_of(m)->value.month, 11);
  assert_int_equal(sr_date_of(m)->until.day, 3);
  /* No part of a date is a quantity. */
  assert_int_equal(count_type(doc, SR_MENTION_QUANTITY), 0);
  sr_doc_free(doc);
}

/* Two weekdays bounding one telling read as the days between them: with
** a range's opening word within a week, joined alone only when they follow
** each other; "last" on either, or no publication date, leaves each alone. */
static void expect_weekday_range(const sr_engine *e, const char *lang, const char *src,
                                 const char *text, int from_day, int until_day) {
  sr_doc *doc = test_doc(e, src, lang, "2019-03-12"); /* a Tuesday */
  const sr_mention *m = find(doc, src, SR_MENTION_DATE, text);
  assert_int_equal(sr_date_of(m)->precision, SR_PREC_RANGE);
  assert_int_equal(sr_date_of(m)->value.month, 3);
  assert_int_equal(sr_date_of(m)->value.day, from_day);
  assert_int_equal(sr_date_of(m)->until.month, 3);
  assert_int_equal(sr_date_of(m)->until.day, until_day);
  sr_doc_free(doc);
}

static void test_weekday_ranges(void **state) {
  expect_weekday_range(*state, "en", "Gunmen raided two farms on Saturday and Sunday.",
                       "Saturday and Sunday", 9, 10);
  expect_weekday_range(*state, "en", "Mortars fell late Sunday and early Monday.",
                       "late Sunday and early Monday", 10, 11);
  expect_weekday_range(*state, "en", "The convoy was shelled between Thursday and Monday.",
                       "between Thursday and Monday", 7, 11);
  expect_weekday_range(*state, "fr", "Le dépôt a brûlé dans la nuit de samedi à dimanche.",
                       "de samedi à dimanche", 9, 10);
  expect_weekday_range(*state, "fr", "Des tirs ont visé le poste vendredi et samedi.",
                       "vendredi et samedi", 8, 9);
  /* two days apart, joined alone: two days, each read alone */
  expect_date(*state, "en", "2019-03-12", "Drones struck on Friday and Sunday.", "Friday", 2019,
              3, 8, SR_PREC_DAY);
  expect_date(*state, "en", "2019-03-12", "Drones struck on Friday and Sunday.", "Sunday", 2019,
              3, 10, SR_PREC_DAY);
  expect_date(*state, "en", "2019-03-12", "Drones struck last Saturday and Sunday.",
              "last Saturday", 2019, 3, 9, SR_PREC_DAY);
  expect_date(*state, "en", NULL, "Drones struck on Saturday and Sunday.", "Saturday", 0, 0, 0,
              SR_PREC_UNKNOWN);
}

/* Two days that follow each other, joined by "and" or "et" alone, are one
** telling's two days; a bare second day only before a comma or a stop
** ("19 and 20 people" counts people), never two days apart. */
static void test_two_days(void **state) {
  const char *pub = "2021-06-30";
  const char *texts[][2] = {
      {"Herders clashed with farmers near Kaya on June 11 and 12.", "June 11 and 12"},
      {"On June 11 and June 12, herders clashed near Kaya.", "June 11 and June 12"},
      {"Herders clashed near Kaya on 11 and 12 June.", "11 and 12 June"},
      {"Des éleveurs ont affronté des cultivateurs les 11 et 12 juin.", "11 et 12 juin"},
  };
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    sr_doc *doc = test_doc(*state, texts[k][0], k == 3 ? "fr" : "en", pub);
    const sr_mention *m = find(doc, texts[k][0], SR_MENTION_DATE, texts[k][1]);
    assert_int_equal(sr_date_of(m)->precision, SR_PREC_RANGE);
    assert_int_equal(sr_date_of(m)->value.day, 11);
    assert_int_equal(sr_date_of(m)->until.day, 12);
    assert_int_equal(sr_date_of(m)->until.month, 6);
    sr_doc_free(doc);
  }
  expect_date(*state, "en", pub, "On June 11 and 12 farmers were wounded near Kaya.", "June 11",
              2021, 6, 11, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Herders clashed near Kaya on 9 and 12 June.", "12 June", 2021,
              6, 12, SR_PREC_DAY);
}

/* A night is its two days, a weekend its Saturday and Sunday: the latest
** on or before publication, or ("last weekend" told on one) the one before. */
static void expect_span(const sr_engine *e, const char *lang, const char *pub, const char *src,
                        const char *text, int from_day, int until_day) {
  sr_doc *doc = test_doc(e, src, lang, pub);
  const sr_mention *m = find(doc, src, SR_MENTION_DATE, text);
  assert_int_equal(sr_date_of(m)->precision, SR_PREC_RANGE);
  assert_int_equal(sr_date_of(m)->value.day, from_day);
  assert_int_equal(sr_date_of(m)->until.day, until_day);
  sr_doc_free(doc);
}

static void test_nights_and_weekends(void **state) {
  /* 2019-03-12 is a Tuesday, 2019-03-10 a Sunday */
  expect_span(*state, "en", "2019-03-12", "A grenade hit the bar last night.", "last night", 11, 12);
  expect_span(*state, "en", "2019-03-12", "Gunmen burned two schools over the weekend.",
              "over the weekend", 9, 10);
  expect_span(*state, "en", "2019-03-12", "Gunmen burned two schools last weekend.",
              "last weekend", 9, 10);
  expect_span(*state, "en", "2019-03-10", "Gunmen burned two schools last weekend.",
              "last weekend", 2, 3);
  expect_span(*state, "fr", "2019-03-12", "Une grenade a touché le bar la nuit dernière.",
              "la nuit dernière", 11, 12);
  expect_span(*state, "fr", "2019-03-12", "Des hommes armés ont brûlé deux écoles pendant le "
              "week-end.", "pendant le week-end", 9, 10);
  expect_span(*state, "en", "2019-03-12", "Shelling killed four in the past 24 hours.",
              "past 24 hours", 11, 12);
  expect_date(*state, "en", NULL, "A grenade hit the bar last night.", "last night", 0, 0, 0,
              SR_PREC_UNKNOWN);
  /* the week so far: its Monday to the day before publication, not the
  ** days to come (2019-03-14 is a Thursday); told on a Tuesday, the Monday */
  expect_span(*state, "en", "2019-03-14", "Militiamen torched a granary earlier this week.",
              "earlier this week", 11, 13);
  expect_span(*state, "fr", "2019-03-14", "Des miliciens ont incendié un grenier plus tôt "
              "cette semaine.", "plus tôt cette semaine", 11, 13);
  expect_date(*state, "en", "2019-03-12", "Militiamen torched a granary earlier this week.",
              "earlier this week", 2019, 3, 11, SR_PREC_DAY);
}

static void test_dates_en(void **state) {
  const char *pub = "2016-11-02";
  expect_date(*state, "en", pub, "The truce began on November 4.", "November 4",
              2016, 11, 4, SR_PREC_DAY);
  expect_date(*state, "en", pub, "It began on Nov. 4, 2016 at dawn.",
              "Nov. 4, 2016", 2016, 11, 4, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Talks on 4 Nov. 2015 failed.", "4 Nov. 2015",
              2015, 11, 4, SR_PREC_DAY);
  /* an ordinal day, "of" and its month */
  expect_date(*state, "en", pub, "Jets hit Kafr Ahmad on the 1st of November.",
              "1st of November", 2016, 11, 1, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Talks on the 4th of November 2015 failed.",
              "4th of November 2015", 2015, 11, 4, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Fighting resumed yesterday.", "yesterday", 2016,
              11, 1, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Jets struck last Monday.", "last Monday", 2016,
              10, 31, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Jets struck on Sunday.", "Sunday", 2016, 10, 30,
              SR_PREC_DAY);
  expect_date(*state, "en", pub, "The town fell three days ago.",
              "three days ago", 2016, 10, 30, SR_PREC_DAY);
  /* one unit back told with an article */
  expect_date(*state, "en", pub, "Gunmen raided the village about a year ago.", "a year ago",
              2015, 0, 0, SR_PREC_YEAR);
  expect_date(*state, "fr", pub, "Il y a un an, des hommes armés ont attaqué le village.",
              "Il y a un an", 2015, 0, 0, SR_PREC_YEAR);
  expect_date(*state, "en", pub, "The two armies fought in the summer of 2006.", "2006", 2006,
              0, 0, SR_PREC_YEAR);
  expect_date(*state, "en", pub, "Held since 2012 by rebels.", "2012", 2012, 0, 0,
              SR_PREC_YEAR);
  /* "last November": the latest November before publication */
  expect_date(*state, "en", "2013-10-28", "Rebels stormed Goma last November.", "November",
              2012, 11, 0, SR_PREC_MONTH);
  /* told in March, "last March" and "en mars dernier" are the year before's */
  expect_date(*state, "en", "2024-03-13", "Rebels stormed Goma last March.", "March", 2023, 3, 0,
              SR_PREC_MONTH);
  expect_date(*state, "fr", "2024-03-13", "Les rebelles ont pris Goma en mars dernier.", "mars",
              2023, 3, 0, SR_PREC_MONTH);
}

/* "The next day", "le lendemain", "three days later" count from the last day
** the story told, not from publication; with none told, a day before counts
** from publication and a day after is unknown. */
static void test_dates_from_the_story(void **state) {
  const char *pub = "2017-03-10";
  expect_date(*state, "en", pub, "Rebels took Kafr Nabl on March 3. The next day, jets struck it.",
              "The next day", 2017, 3, 4, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Rebels took Kafr Nabl on March 3 and lost it three days later.",
              "three days later", 2017, 3, 6, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Des frappes ont visé Idleb lundi 6 mars. Le surlendemain, "
              "les rebelles ont repris la ville.", "Le surlendemain", 2017, 3, 8, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Les rebelles ont pris Idleb le 3 mars. Le lendemain, des "
              "frappes ont visé la ville.", "Le lendemain", 2017, 3, 4, SR_PREC_DAY);
  /* the day someone spoke anchors its own sentence, not the next ones */
  expect_date(*state, "en", pub, "Rebels took Kafr Nabl on March 3. The army said on March 5 "
              "that jets struck it the previous day.", "the previous day", 2017, 3, 4, SR_PREC_DAY);
  expect_date(*state, "en", pub, "Rebels took Kafr Nabl on March 3, a monitor said on "
              "March 5. Jets struck it the previous day.", "the previous day", 2017, 3, 2,
              SR_PREC_DAY);
  /* nothing told before: publication for a day before, unknown after */
  expect_date(*state, "en", pub, "The previous day, jets struck Idlib.", "The previous day",
              2017, 3, 9, SR_PREC_DAY);
  /* "la veille" stays the eve of publication: French reports use it so
  ** after other days (the held-out half measured it, see the note) */
  expect_date(*state, "fr", pub, "Des frappes ont visé Idleb lundi 6 mars. La veille, "
              "les rebelles avaient pris la ville.", "La veille", 2017, 3, 9, SR_PREC_DAY);
  expect_date(*state, "en", pub, "The next day, jets struck Idlib.", "The next day", 0, 0, 0,
              SR_PREC_UNKNOWN);
  /* "ago" still counts from publication */
  expect_date(*state, "en", pub, "Rebels took Kafr Nabl on March 3. Jets struck it two days ago.",
              "two days ago", 2017, 3, 8, SR_PREC_DAY);
  /* "a week later", "une semaine plus tard": seven days on */
  expect_date(*state, "en", pub, "Rebels took Kafr Nabl on March 1. A week later jets struck it.",
              "A week later", 2017, 3, 8, SR_PREC_DAY);
  expect_date(*state, "fr", pub, "Les rebelles ont pris Idleb le 1er mars. Une semaine plus tard, "
              "des frappes ont visé la ville.", "Une semaine plus tard", 2017, 3, 8, SR_PREC_DAY);
  /* a weekday, a comma, its date: the date ("Monday, March 6") */
  expect_date(*state, "en", pub, "Jets struck Idlib on Monday, March 6, a monitor said.",
              "Monday, March 6", 2017, 3, 6, SR_PREC_DAY);
}

/* "03/12/2016" is read in the order the language's pack gives (French: day
** first); English copy writes both orders, so it stays unread there.  "3
** Dec, 2016" keeps its year. */
static void test_slash_and_comma_dates(void **state) {
  const char *pub = "2016-12-10";
  expect_date(*state, "fr", pub, "Des frappes ont tué huit civils le 03/12/2016 à Idleb.",
              "03/12/2016", 2016, 12, 3, SR_PREC_DAY);
  sr_doc *doc = test_doc(*state, "Jets struck Idlib on 03/12/2016.", "en", pub);
  assert_int_equal(count_type(doc, SR_MENTION_DATE), 0);
  sr_doc_free(doc);
  expect_date(*state, "en", pub, "Jets struck Idlib on 3 Dec, 2016.", "3 Dec, 2016", 2016, 12,
              3, SR_PREC_DAY);
}

typedef struct want_q {
  const char *text;
  double value; /* -1: none */
  double low, high; /* -1: none */
  sr_qualifier q;
  const char *of; /* NULL: none */
  const char *role;
} want_q;

static void expect_quantity(const sr_engine *e, const char *lang,
                            const char *src, want_q w) {
  sr_doc *doc = test_doc(e, src, lang, "2016-11-02");
  const sr_mention *m = find(doc, src, SR_MENTION_QUANTITY, w.text);
  if (w.value < 0) {
    assert_false(sr_quantity_of(m)->has_number);
  } else {
    assert_true(sr_quantity_of(m)->has_number);
    assert_true(sr_quantity_of(m)->number == w.value);
  }
  assert_int_equal(sr_quantity_of(m)->has_low, w.low >= 0);
  if (w.low >= 0) assert_true(sr_quantity_of(m)->low == w.low);
  assert_int_equal(sr_quantity_of(m)->has_high, w.high >= 0);
  if (w.high >= 0) assert_true(sr_quantity_of(m)->high == w.high);
  assert_int_equal(sr_quantity_of(m)->qualifier, w.q);
  if (w.of) {
    char of[128];
    snprintf(of, sizeof of, "%.*s", (int)(sr_quantity_of(m)->of_end - sr_quantity_of(m)->of_start),
             src + sr_quantity_of(m)->of_start);
    assert_string_equal(of, w.of);
  } else {
    assert_int_equal(sr_quantity_of(m)->of_end, sr_quantity_of(m)->of_start);
  }
  assert_string_equal(sr_figure_role_name(sr_quantity_of(m)->role), w.role ? w.role : "count");
  sr_doc_free(doc);
}

static void test_figures_fr(void **state) {
  expect_quantity(*state, "fr", "Plus de 800 terroristes éliminés, 14 chars détruits.",
                  (want_q){"Plus de 800 terroristes", 800, 801, -1, SR_Q_MORE_THAN,
                           "terroristes", NULL});
  expect_quantity(*state, "fr", "Plus de 800 terroristes éliminés, 14 chars détruits.",
                  (want_q){"14 chars", 14, -1, -1, SR_Q_EXACT, "chars", NULL});
  expect_quantity(*state, "fr", "Il y a eu 1 500 morts.",
                  (want_q){"1 500 morts", 1500, -1, -1, SR_Q_EXACT, "morts", NULL});
  expect_quantity(*state, "fr", "Il y a eu 1.500 morts.",
                  (want_q){"1.500 morts", 1500, -1, -1, SR_Q_EXACT, "morts", NULL});
  /* The comma is French's decimal mark: "4,800" is 4.8, not 4800. */
  expect_quantity(*state, "fr", "Il reste 4,800 tonnes.",
                  (want_q){"4,800 tonnes", 4.8, -1, -1, SR_Q_EXACT, "tonnes", NULL});
  expect_quantity(*state, "fr", "Soit 1,5 million de déplacés.",
                  (want_q){"1,5 million de déplacés", 1500000, -1, -1, SR_Q_EXACT,
                           "déplacés", NULL});
  expect_quantity(*state, "fr", "Au moins 100 miliciens tués.",
                  (want_q){"Au moins 100 miliciens", 100, 100, -1, SR_Q_AT_LEAST,
                           "miliciens", NULL});
  expect_quantity(*state, "fr", "Ils ont tué près de vingt-trois civils.",
                  (want_q){"près de vingt-trois civils", 23, -1, -1, SR_Q_ABOUT,
                           "civils", NULL});
  expect_quantity(*state, "fr", "On compte quatre-vingt-deux blessés.",
                  (want_q){"quatre-vingt-deux blessés", 82, -1, -1, SR_Q_EXACT,
                           "blessés", NULL});
  expect_quantity(*state, "fr", "On compte soixante-dix blessés.",
                  (want_q){"soixante-dix blessés", 70, -1, -1, SR_Q_EXACT,
                           "blessés", NULL});
  expect_quantity(*state, "fr", "On compte vingt et un blessés.",
                  (want_q){"vingt et un blessés", 21, -1, -1, SR_Q_EXACT,
                           "blessés", NULL});
  expect_quantity(*state, "fr", "Une soixantaine de morts.",
                  (want_q){"Une soixantaine de morts", 60, -1, -1, SR_Q_ABOUT,
                           "morts", NULL});
  expect_quantity(*state, "fr", "Des dizaines de civils ont fui.",
                  (want_q){"dizaines de civils", -1, 20, -1, SR_Q_ABOUT, "civils",
                           NULL});
  expect_quantity(*state, "fr", "Moins de 50 combattants.",
                  (want_q){"Moins de 50 combattants", 50, -1, 49, SR_Q_LESS_THAN,
                           "combattants", NULL});
  expect_quantity(*state, "fr", "Entre 10 et 20 soldats.",
                  (want_q){"Entre 10 et 20 soldats", -1, 10, 20, SR_Q_RANGE,
                           "soldats", NULL});
  expect_quantity(*state, "fr", "Une trêve de 10 heures.",
                  (want_q){"10 heures", 10, -1, -1, SR_Q_EXACT, "heures", NULL});
  expect_quantity(*state, "fr", "Il a détruit 10 véhicules de combat d'infanterie.",
                  (want_q){"10 véhicules de combat d'infanterie", 10, -1, -1,
                           SR_Q_EXACT, "véhicules de combat d'infanterie", NULL});
  expect_quantity(*state, "fr", "À 20 km au sud d'Alep.",
                  (want_q){"20 km", 20, -1, -1, SR_Q_EXACT, "km", NULL});
}

/* Figures of others: "deux autres civils" counts people besides those told
** before; "10 others" after "14 people" in one sentence are besides those,
** not besides an account told earlier. */
static void test_figures_of_others(void **state) {
  const char *fr_src = "Deux autres civils ont été blessés mardi à Gao.";
  sr_doc *doc = test_doc(*state, fr_src, "fr", "2016-11-02");
  const sr_mention *m = find(doc, fr_src, SR_MENTION_QUANTITY, "Deux autres civils");
  assert_true(sr_quantity_besides(sr_quantity_of(m)));
  assert_true(sr_quantity_besides_told(sr_quantity_of(m)));
  sr_doc_free(doc);
  const char *en_src = "Gunmen killed 14 people and wounded 10 others on Sunday.";
  doc = test_doc(*state, en_src, "en", "2016-11-02");
  m = find(doc, en_src, SR_MENTION_QUANTITY, "10 others");
  assert_true(sr_quantity_besides(sr_quantity_of(m)));
  assert_false(sr_quantity_besides_told(sr_quantity_of(m)));
  sr_doc_free(doc);
}

static void test_number_word_sequences(void **state) {
  expect_quantity(*state, "fr", "Il y a 1 234 567 déplacés.",
                  (want_q){"1 234 567 déplacés", 1234567, -1, -1, SR_Q_EXACT,
                           "déplacés", NULL});
  expect_quantity(*state, "fr", "Soit deux cent deux mille réfugiés.",
                  (want_q){"deux cent deux mille réfugiés", 202000, -1, -1,
                           SR_Q_EXACT, "réfugiés", NULL});
  expect_quantity(*state, "fr", "Soit quatre vingt dix neuf morts.",
                  (want_q){"quatre vingt dix neuf morts", 99, -1, -1, SR_Q_EXACT,
                           "morts", NULL});
  /* A rise in value starts a new number: these are 24 and 17. */
  const char *src = "Bilan : vingt quatre et dix sept.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_int_equal(count_type(doc, SR_MENTION_QUANTITY), 2);
  assert_true(sr_quantity_of(find(doc, src, SR_MENTION_QUANTITY, "vingt quatre"))->number == 24);
  assert_true(sr_quantity_of(find(doc, src, SR_MENTION_QUANTITY, "dix sept"))->number == 17);
  sr_doc_free(doc);
}

static void test_figures_that_are_not_counts(void **state) {
  expect_quantity(*state, "fr", "Ils sont partis vers quatre heures du matin.",
                  (want_q){"quatre heures", 4, -1, -1, SR_Q_EXACT, "heures",
                           "time"});
  expect_quantity(*state, "fr", "Le Projet 1070 a été visé.",
                  (want_q){"1070", 1070, -1, -1, SR_Q_EXACT, NULL, "name"});
  expect_quantity(*state, "fr", "C'est la 3e fois.",
                  (want_q){"3e fois", 3, -1, -1, SR_Q_EXACT, "fois", "ordinal"});
  /* An article alone is not the number one. */
  sr_doc *doc = test_doc(*state, "Un enfant et une femme.", "fr", NULL);
  assert_int_equal(count_type(doc, SR_MENTION_QUANTITY), 0);
  sr_doc_free(doc);
}

static void test_inclusion(void **state) {
  const char *src = "Les frappes ont tué 324 civils, dont 76 enfants.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *all = find(doc, src, SR_MENTION_QUANTITY, "324 civils");
  const sr_mention *part = find(doc, src, SR_MENTION_QUANTITY, "76 enfants");
  assert_int_equal(sr_quantity_of(all)->part_of, -1);
  assert_int_equal(sr_quantity_of(part)->part_of, (long)all->index);
  sr_doc_free(doc);
  /* a part told after its figure ("six d'entre eux"), and a part of a
  ** part, which is the whole's */
  static const char *const after[][4] = {
      {"fr", "La frappe a tué neuf personnes, six d'entre elles des enfants.", "neuf personnes",
       "six"},
      {"en", "The strike killed nine people, six of them children.", "nine people", "six"},
      {"en", "It killed 13 people, including three civilians, one of whom was a child.",
       "13 people", "one"},
      /* a verb that lists the toll's parts */
      {"en", "The spokesman said the 20 dead included 13 soldiers.", "20 dead", "13 soldiers"},
      {"fr", "Selon l'armée, les 20 morts comprennent 13 soldats.", "20 morts", "13 soldats"},
  };
  for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
    doc = test_doc(*state, after[i][1], after[i][0], NULL);
    all = find(doc, after[i][1], SR_MENTION_QUANTITY, after[i][2]);
    const sr_mention *some = NULL;
    for (size_t m = 0; m < doc->mentions.count && !some; m++) {
      const sr_mention *q = &doc->mentions.items[m];
      if (q->type == SR_MENTION_QUANTITY &&
          strncmp(after[i][1] + q->byte_start, after[i][3], strlen(after[i][3])) == 0)
        some = q;
    }
    assert_non_null(some);
    assert_int_equal(sr_quantity_of(some)->part_of, (long)all->index);
    sr_doc_free(doc);
  }
  /* ...of people only: "d'entre eux" after bikes stands for others */
  src = "Des hommes sur plus de 15 motos les ont attaqués et ont tué 18 d'entre eux.";
  doc = test_doc(*state, src, "fr", NULL);
  for (size_t m = 0; m < doc->mentions.count; m++) {
    const sr_mention *q = &doc->mentions.items[m];
    if (q->type == SR_MENTION_QUANTITY && strncmp(src + q->byte_start, "18", 2) == 0)
      assert_int_equal(sr_quantity_of(q)->part_of, -1);
  }
  sr_doc_free(doc);
}

static void test_figures_en(void **state) {
  /* a clock time is no figure */
  sr_doc *clock = test_doc(*state, "Saturday 23 April 2016 18:20 Abdah spoke.", "en",
                           "2016-04-23");
  assert_int_equal(count_type(clock, SR_MENTION_QUANTITY), 0);
  sr_doc_free(clock);
  /* modifiers before a known noun, a name among them left to the actors;
  ** not a figure's qualifier, nor a kind word */
  expect_quantity(*state, "en", "At least 70 regime and rebel fighters were killed.",
                  (want_q){"At least 70 regime and rebel fighters", 70, 70, -1,
                           SR_Q_AT_LEAST, "regime and rebel fighters", NULL});
  expect_quantity(*state, "en", "At least 85 Syrian army troops were killed.",
                  (want_q){"At least 85 Syrian army troops", 85, 85, -1,
                           SR_Q_AT_LEAST, "Syrian army troops", NULL});
  sr_doc *army = test_doc(*state, "At least 85 Syrian army troops were killed.", "en",
                          "2016-11-02");
  test_named(army, SR_MENTION_ACTOR, "Syrian army troops", "Military Forces of Syria (2000-)");
  sr_doc_free(army);
  expect_quantity(*state, "en", "Get short URL 113 At least nine people were killed.",
                  (want_q){"At least nine people", 9, 9, -1, SR_Q_AT_LEAST, "people",
                           NULL});
  /* a unit's number is a name */
  expect_quantity(*state, "en", "The Division 17 base has fallen.",
                  (want_q){"17 base", 17, -1, -1, SR_Q_EXACT, "base", "name"});
  expect_quantity(*state, "fr", "Ils ont fui vers la brigade 93.",
                  (want_q){"93", 93, -1, -1, SR_Q_EXACT, NULL, "name"});
  /* a place's inhabitants, however qualified, count no victims */
  expect_quantity(*state, "en", "Five died in Masaya, a city of just over 100,000 people.",
                  (want_q){"over 100,000 people", 100000, 100001, -1, SR_Q_MORE_THAN, "people",
                           "name"});
  expect_quantity(*state, "fr", "Cinq morts à Kolo, une ville de 8000 habitants.",
                  (want_q){"8000 habitants", 8000, -1, -1, SR_Q_EXACT, "habitants", "name"});
  /* a qualified figure after a name is a count, not part of the name */
  expect_quantity(*state, "en", "by Nazeer Rida At least 12 fighters were killed.",
                  (want_q){"At least 12 fighters", 12, 12, -1, SR_Q_AT_LEAST, "fighters",
                           NULL});
  expect_quantity(*state, "en", "More than 800 militants were killed.",
                  (want_q){"More than 800 militants", 800, 801, -1,
                           SR_Q_MORE_THAN, "militants", NULL});
  expect_quantity(*state, "en", "At least 1,500 people fled.",
                  (want_q){"At least 1,500 people", 1500, 1500, -1, SR_Q_AT_LEAST,
                           "people", NULL});
  expect_quantity(*state, "en", "It killed one hundred and five soldiers.",
                  (want_q){"one hundred and five soldiers", 105, -1, -1,
                           SR_Q_EXACT, "soldiers", NULL});
  expect_quantity(*state, "en", "Between 10 and 20 civilians died.",
                  (want_q){"Between 10 and 20 civilians", -1, 10, 20, SR_Q_RANGE,
                           "civilians", NULL});
  expect_quantity(*state, "en", "Dozens of fighters surrendered.",
                  (want_q){"Dozens of fighters", -1, 24, -1, SR_Q_ABOUT,
                           "fighters", NULL});
  expect_quantity(*state, "en", "Nearly 2.5 million people are displaced.",
                  (want_q){"Nearly 2.5 million people", 2500000, -1, -1,
                           SR_Q_ABOUT, "people", NULL});
  const char *src = "The strikes killed 324 civilians, including 76 children.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *all = find(doc, src, SR_MENTION_QUANTITY, "324 civilians");
  const sr_mention *part = find(doc, src, SR_MENTION_QUANTITY, "76 children");
  assert_int_equal(sr_quantity_of(part)->part_of, (long)all->index);
  sr_doc_free(doc);
}

static void test_lexicon_longest_match(void **state) {
  (void)state;
  sr_lexicon *lex = sr_lexicon_new();
  sr_str plus[] = {{"plus", 4}, {"de", 2}};
  sr_str plus_only[] = {{"plus", 4}};
  assert_int_equal(sr_lexicon_add(lex, plus_only, 1, 7), 0);
  assert_int_equal(sr_lexicon_add(lex, plus, 2, 3), 0);
  sr_str text[] = {{"a", 1}, {"plus", 4}, {"de", 2}, {"800", 3}};
  int32_t payload = -1;
  assert_int_equal(sr_lexicon_match(lex, text, 4, 1, &payload), 2);
  assert_int_equal(payload, 3);
  assert_int_equal(sr_lexicon_match(lex, text, 2, 1, &payload), 1);
  assert_int_equal(payload, 7);
  assert_int_equal(sr_lexicon_match(lex, text, 4, 0, &payload), 0);
  assert_int_equal(sr_lexicon_size(lex), 2);
  sr_lexicon_free(lex);
}

static void test_fold(void **state) {
  (void)state;
  sr_arena a;
  sr_arena_init(&a, 0);
  sr_str f = sr_fold(&a, "Aujourd’HUI", strlen("Aujourd’HUI"));
  assert_string_equal(f.ptr, "aujourd'hui");
  f = sr_fold(&a, "Ḩamāh", strlen("Ḩamāh"));
  assert_string_equal(f.ptr, "hamah");
  f = sr_fold(&a, "ÉLIMINÉS", strlen("ÉLIMINÉS"));
  assert_string_equal(f.ptr, "elimines");
  /* Latin-1 letters without ICU, the others through it, alike */
  static const char *const pairs[][3] = {
      /* word, folded, case-folded with its accents */
      {"Émeutières", "emeutieres", "émeutières"}, {"ÇA", "ca", "ça"},
      {"Ÿÿ", "yy", "ÿÿ"},                       {"Straße", "strasse", "strasse"},
      {"Œuvre", "œuvre", "œuvre"},               {"Øresund", "øresund", "øresund"},
      {"Tue\xcc\x81" "e", "tuee", "tuée"} /* decomposed: composed */};
  for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
    f = sr_fold(&a, pairs[i][0], strlen(pairs[i][0]));
    assert_string_equal(f.ptr, pairs[i][1]);
    f = sr_fold_case(&a, pairs[i][0], strlen(pairs[i][0]));
    assert_string_equal(f.ptr, pairs[i][2]);
  }
  sr_arena_release(&a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_absolute_dates_fr),
      cmocka_unit_test(test_relative_dates_fr),
      cmocka_unit_test(test_relative_date_without_publication_is_unknown),
      cmocka_unit_test(test_date_ranges),
      cmocka_unit_test(test_weekday_ranges),
      cmocka_unit_test(test_two_days),
      cmocka_unit_test(test_nights_and_weekends),
      cmocka_unit_test(test_dates_en),
      cmocka_unit_test(test_dates_from_the_story),
      cmocka_unit_test(test_slash_and_comma_dates),
      cmocka_unit_test(test_figures_fr),
      cmocka_unit_test(test_figures_of_others),
      cmocka_unit_test(test_number_word_sequences),
      cmocka_unit_test(test_figures_that_are_not_counts),
      cmocka_unit_test(test_inclusion),
      cmocka_unit_test(test_figures_en),
      cmocka_unit_test(test_lexicon_longest_match),
      cmocka_unit_test(test_fold),
  };
  return cmocka_run_group_tests_name("mentions", tests, test_engine_setup,
                                     test_engine_teardown);
}
