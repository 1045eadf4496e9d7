/* The compiled gazetteer: an image answers as the TSV files it was compiled
** from do; a broken image is refused with a message naming what is wrong;
** a stale one is passed over for the TSV files. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "places/gazetteer_impl.h"
#include "testutil.h"

static const char RULES[] = "al\t-\tword\nou\tu\tany\neh\ta\tend\n";
static const char PLACES[] =
    "country:SY\tcountry\tSyria\tSY\t\t35.0\t38.0\t1000\tSyria|Syrie\n"
    "gn:1\tplace\tAleppo\tSY\tAleppo\t36.2\t37.16\t1600000\tAleppo|Alep|Halab\n"
    "gn:2\tplace\tAl Bab\tSY\tAleppo\t36.37\t37.51\t63000\tal-Bab|El Bab\n"
    "gn:3\tplace\tDamascus\tSY\tDamascus\t33.51\t36.29\t1500000\tDamascus|Damas\t\tcapital\n"
    "sr:n\tneighbourhood\tHamdaniyeh\tSY\tAleppo\t\t\t0\t"
    "al-Hamdaniyah|Hamdaniyyeh\tgn:1\n"
    /* `~`: an admin1 read from the place's neighbours, not given */
    "gn:4\tplace\tTall Rif'at\tSY\t~Aleppo\t36.47\t37.1\t20000\tTell Rifaat\n";

#define HAMA "gn:9\tplace\tHama\tSY\tHama\t35.13\t36.75\t700000\tHama|Hamah\n"

static size_t lookup(const sr_gazetteer *g, const char *name, int32_t *found,
                     unsigned char *own, size_t cap) {
  sr_arena a;
  sr_arena_init(&a, 0);
  char key[SR_SKELETON_MAX];
  size_t klen = sr_gazetteer_key(g, &a, name, strlen(name), key);
  sr_arena_release(&a);
  return klen ? sr_gazetteer_lookup(g, key, klen, found, own, cap) : 0;
}

/* Every place, and every name's answer, the same in a and b. */
static void assert_same_gazetteer(const sr_gazetteer *a, const sr_gazetteer *b) {
  static const char *const names[] = {"Aleppo", "Alep", "Halab", "al-Bab",
                                      "Bab", "Hamdaniyyeh", "Syrie", "Homs"};
  assert_int_equal(sr_gazetteer_count(a), sr_gazetteer_count(b));
  assert_int_equal(sr_gazetteer_max_words(a), sr_gazetteer_max_words(b));
  for (int32_t i = 0; i < (int32_t)sr_gazetteer_count(a); i++) {
    const sr_place *p = sr_gazetteer_place(a, i), *q = sr_gazetteer_place(b, i);
    assert_string_equal(p->id, q->id);
    assert_string_equal(p->name, q->name);
    assert_string_equal(p->iso2, q->iso2);
    assert_string_equal(p->admin1, q->admin1);
    assert_int_equal(p->kind, q->kind);
    assert_true(p->lat == q->lat && p->lon == q->lon);
    assert_int_equal(p->has_coords, q->has_coords);
    assert_int_equal(p->population, q->population);
    assert_int_equal(p->parent, q->parent);
    assert_int_equal(p->country, q->country);
    assert_int_equal(p->curated, q->curated);
    assert_int_equal(p->capital, q->capital);
    assert_int_equal(p->admin1_guessed, q->admin1_guessed);
    assert_int_equal(p->admin2_missing, q->admin2_missing);
    assert_int_equal(sr_gazetteer_find_id(b, p->id, strlen(p->id)), i);
  }
  for (size_t n = 0; n < sizeof names / sizeof *names; n++) {
    int32_t fa[8], fb[8];
    unsigned char oa[8], ob[8];
    size_t na = lookup(a, names[n], fa, oa, 8), nb = lookup(b, names[n], fb, ob, 8);
    assert_int_equal(na, nb);
    for (size_t k = 0; k < na && k < 8; k++) {
      assert_int_equal(fa[k], fb[k]);
      assert_int_equal(oa[k], ob[k]);
    }
  }
  assert_int_equal(sr_gazetteer_words_from(a, "bab", 3), sr_gazetteer_words_from(b, "bab", 3));
}

static void test_image_answers_as_the_tsv(void **state) {
  (void)state;
  sr_gazetteer *g, *h;
  sr_error err;
  assert_int_equal(sr_gazetteer_parse(RULES, strlen(RULES), PLACES,
                                      strlen(PLACES), &g, &err), SR_OK);
  char *image;
  size_t len;
  assert_int_equal(sr_gazetteer_to_image(g, &image, &len, &err), SR_OK);
  assert_int_equal(sr_gazetteer_from_image(RULES, strlen(RULES), image, len, &h, &err),
                   SR_OK);
  int32_t found[4];
  assert_int_equal(lookup(h, "Hamdaniyyeh", found, NULL, 4), 1);
  assert_string_equal(sr_gazetteer_place(h, found[0])->id, "sr:n");
  /* the row marked `capital` is its country's, in the image too */
  const sr_place *syria = sr_gazetteer_place(h, sr_gazetteer_country(h, "SY"));
  assert_non_null(syria);
  assert_string_equal(sr_gazetteer_place(h, syria->capital)->name, "Damascus");
  assert_int_equal(sr_gazetteer_place(h, found[0])->capital, -1);
  assert_false(sr_gazetteer_place(h, found[0])->admin1_guessed);
  /* a guessed admin1: the name without its mark, and the mark kept */
  assert_int_equal(lookup(h, "Tell Rifaat", found, NULL, 4), 1);
  assert_string_equal(sr_gazetteer_place(h, found[0])->admin1, "Aleppo");
  assert_true(sr_gazetteer_place(h, found[0])->admin1_guessed);
  assert_same_gazetteer(g, h);
  free(image);
  sr_gazetteer_free(g);
  sr_gazetteer_free(h);
}

static char *small_image(size_t *len) {
  sr_gazetteer *g;
  sr_error err;
  assert_int_equal(sr_gazetteer_parse(RULES, strlen(RULES), PLACES,
                                      strlen(PLACES), &g, &err), SR_OK);
  char *image;
  assert_int_equal(sr_gazetteer_to_image(g, &image, len, &err), SR_OK);
  sr_gazetteer_free(g);
  return image;
}

/* Loads a copy of image with `edit` applied; the message on refusal. */
static const char *refusal(const char *image, size_t len, size_t cut,
                           void (*edit)(char *, image_header *), sr_error *err) {
  char *copy = malloc(len);
  memcpy(copy, image, len);
  image_header h;
  memcpy(&h, copy, sizeof h);
  if (edit) {
    edit(copy, &h);
    memcpy(copy, &h, sizeof h);
  }
  sr_gazetteer *g;
  sr_status st = sr_gazetteer_from_image(RULES, strlen(RULES), copy, len - cut, &g, err);
  free(copy);
  if (st == SR_OK) {
    sr_gazetteer_free(g);
    return NULL;
  }
  assert_int_equal(st, SR_EPACK);
  assert_ptr_equal(strstr(err->message, "image: "), err->message);
  return err->message;
}

static void bad_magic(char *p, image_header *h) { (void)p; h->magic[0] = 'X'; }
static void section_outside(char *p, image_header *h) {
  (void)p;
  h->section[SEC_STRINGS].offset = h->file_size + ALIGN;
}
static void entry_loops(char *p, image_header *h) {
  name_entry *e = (name_entry *)(p + h->section[SEC_ENTRIES].offset);
  e[1].next = 1; /* itself: a lookup would never end */
}
static void parent_after(char *p, image_header *h) {
  image_place *q = (image_place *)(p + h->section[SEC_PLACES].offset);
  q[0].parent = 3;
}
static void strings_unended(char *p, image_header *h) {
  p[h->section[SEC_STRINGS].offset + h->section[SEC_STRINGS].size - 1] = 'x';
}
static void no_free_slot(char *p, image_header *h) {
  (void)p;
  h->map_count[MAP_ID] = h->section[SEC_MAPS + 2 * MAP_ID].size / h->slot_size;
}
static void key_outside(char *p, image_header *h) {
  /* Every slot of the id table points far past its keys. */
  size_t n = h->section[SEC_MAPS + 2 * MAP_ID].size / 4;
  uint32_t *words = (uint32_t *)(p + h->section[SEC_MAPS + 2 * MAP_ID].offset);
  for (size_t i = 2; i < n; i += 4)
    if (words[i]) words[i] = 0x7fffffff;
}

static void test_broken_image_is_refused_by_name(void **state) {
  (void)state;
  size_t len;
  char *image = small_image(&len);
  sr_error err;
  assert_null(refusal(image, len, 0, NULL, &err)); /* the image itself loads */
  assert_non_null(strstr(refusal(image, len, 1, NULL, &err), "truncated"));
  assert_non_null(strstr(refusal(image, len, len - 20, NULL, &err), "truncated"));
  assert_non_null(strstr(refusal(image, len, 0, bad_magic, &err), "not a compiled gazetteer"));
  assert_non_null(strstr(refusal(image, len, 0, section_outside, &err),
                         "section 'strings'"));
  assert_non_null(strstr(refusal(image, len, 0, entry_loops, &err), "name entry 1"));
  assert_non_null(strstr(refusal(image, len, 0, parent_after, &err), "place 0"));
  assert_non_null(strstr(refusal(image, len, 0, strings_unended, &err), "NUL"));
  assert_non_null(strstr(refusal(image, len, 0, no_free_slot, &err), "id slots"));
  assert_non_null(strstr(refusal(image, len, 0, key_outside, &err),
                         "key outside the keys"));
  /* Any one byte changed: loads, or is refused with a message, never more. */
  for (size_t i = 0; i < len; i += 3) {
    image[i] ^= 0x5a;
    refusal(image, len, 0, NULL, &err);
    image[i] ^= 0x5a;
  }
  free(image);
}

static void write_file(const char *dir, const char *name, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  test_write_file(path, text);
}

/* Removes a test's pack directory: the four geo files and one more. */
static void remove_pack(const char *dir, const char *geo, const char *more) {
  const char *files[] = {"translit.tsv", "gazetteer.tsv", "places.tsv", "aliases.tsv", more};
  for (size_t i = 0; i < 5; i++) {
    char path[128];
    snprintf(path, sizeof path, "%s/%s", geo, files[i]);
    unlink(path);
  }
  rmdir(geo);
  rmdir(dir);
}

static void test_compiled_file_is_used_only_while_fresh(void **state) {
  (void)state;
  char dir[] = "/tmp/sitrep-gaz-XXXXXX", geo[64], tsv[96], bin[96];
  assert_non_null(mkdtemp(dir));
  snprintf(geo, sizeof geo, "%s/geo", dir);
  assert_int_equal(mkdir(geo, 0700), 0);
  write_file(geo, "translit.tsv", RULES);
  write_file(geo, "gazetteer.tsv", "# sitrep-gazetteer/1: a test\n" HAMA);
  write_file(geo, "places.tsv", PLACES);
  write_file(geo, "aliases.tsv", "Haleb\tgn:1\n");
  snprintf(tsv, sizeof tsv, "%s/gazetteer.tsv", geo);
  snprintf(bin, sizeof bin, "%s/gazetteer.bin", geo);
  sr_error err;
  sr_gazetteer *from_tsv, *g;
  assert_int_equal(sr_gazetteer_load(dir, NULL, &from_tsv, &err), SR_OK);
  assert_int_equal(sr_gazetteer_compile(dir, NULL, NULL, &err), SR_OK);
  /* Without its TSV, the image alone: the same answers. */
  char moved[128];
  snprintf(moved, sizeof moved, "%s.away", tsv);
  assert_int_equal(rename(tsv, moved), 0);
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_OK);
  int32_t found[4];
  assert_int_equal(lookup(g, "Haleb", found, NULL, 4), 1);
  assert_same_gazetteer(from_tsv, g);
  sr_gazetteer_free(g);
  /* Named directly. */
  assert_int_equal(sr_gazetteer_load(dir, bin, &g, &err), SR_OK);
  sr_gazetteer_free(g);
  /* A pack file changed: the image is stale; with the TSV back it is passed
  ** over for the files (the new alias is there), without it an error. */
  write_file(geo, "aliases.tsv", "Haleb\tgn:1\nBeroea\tgn:1\n");
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_EPACK);
  assert_non_null(strstr(err.message, "compiled from another geo/aliases.tsv"));
  assert_int_equal(rename(moved, tsv), 0);
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_OK);
  assert_int_equal(lookup(g, "Beroea", found, NULL, 4), 1);
  sr_gazetteer_free(g);
  /* Another TSV: stale too. */
  assert_int_equal(sr_gazetteer_compile(dir, NULL, NULL, &err), SR_OK);
  write_file(geo, "gazetteer.tsv", "# sitrep-gazetteer/1: a test\n" HAMA
             "gn:8\tplace\tHoms\tSY\tHoms\t34.73\t36.72\t800000\tHoms\n");
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_OK);
  assert_int_equal(lookup(g, "Homs", found, NULL, 4), 1);
  sr_gazetteer_free(g);
  /* A truncated image: an error naming it, never the TSV instead. */
  assert_int_equal(truncate(bin, 100), 0);
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_EPACK);
  assert_non_null(strstr(err.message, bin));
  assert_non_null(strstr(err.message, "truncated"));
  sr_gazetteer_free(from_tsv);
  remove_pack(dir, geo, "gazetteer.bin");
}

/* A population no place can have is a bad row, named, not a number that
** wraps around (found by fuzz_gazetteer: the image refused it later). */
static void test_impossible_population_is_refused(void **state) {
  (void)state;
  static const char rows[] =
      "country:SY\tcountry\tSyria\tSY\t\t35.0\t38.0\t888888888888888888881000\tSyria\n";
  sr_gazetteer *g = NULL;
  sr_error err;
  assert_int_equal(sr_gazetteer_parse(RULES, strlen(RULES), rows, strlen(rows), &g, &err),
                   SR_EPACK);
  assert_non_null(strstr(err.message, "bad population"));
  assert_non_null(strstr(err.message, ":1"));
  /* a role other than `capital` is a mistake, named */
  static const char role[] = "country:SY\tcountry\tSyria\tSY\t\t35.0\t38.0\t1000\tSyria\n"
                             "gn:3\tplace\tDamascus\tSY\t\t33.5\t36.3\t1000\tDamascus\t\tcapitol\n";
  assert_int_equal(sr_gazetteer_parse(RULES, strlen(RULES), role, strlen(role), &g, &err),
                   SR_EPACK);
  assert_non_null(strstr(err.message, "unknown role 'capitol'"));
  assert_non_null(strstr(err.message, ":2"));
}

/* A GeoNames dump added after loading (geonames.c): the places, units and
** sites it has and the gazetteer lacks, under their Latin names; the unit's
** name without "Province du"; its country as the gazetteer's home; a row
** without its 19 columns named by file and line.  The rows are made up. */
#define GN_ROW(id, name, alt, fclass, fcode, pop)                               \
  id "\t" name "\t" name "\t" alt "\t12.5\t-0.5\t" fclass "\t" fcode "\tBF\t\t08\t21\t\t\t" pop \
     "\t\t300\tAfrica/Ouagadougou\t2020-01-01\n"

/* A pack directory dir/geo holding a gazetteer of `rows` (after the
** header) and a GeoNames dump dir/geo/dump.txt of `dump`; its path in
** dump_path. */
static void write_geonames_pack(char *dir, char *geo, size_t geo_cap, const char *rows,
                                const char *dump, char *dump_path, size_t dump_cap) {
  assert_non_null(mkdtemp(dir));
  snprintf(geo, geo_cap, "%s/geo", dir);
  assert_int_equal(mkdir(geo, 0700), 0);
  write_file(geo, "translit.tsv", RULES);
  char tsv[1024];
  snprintf(tsv, sizeof tsv, "# sitrep-gazetteer/1: a test\n%s", rows);
  write_file(geo, "gazetteer.tsv", tsv);
  write_file(geo, "places.tsv", "");
  write_file(geo, "aliases.tsv", "");
  write_file(geo, "dump.txt", dump);
  snprintf(dump_path, dump_cap, "%s/dump.txt", geo);
}

static void test_geonames_dump_adds_a_layer(void **state) {
  (void)state;
  char dir[] = "/tmp/sitrep-gn-XXXXXX", geo[64], dump[96];
  write_geonames_pack(
      dir, geo, sizeof geo,
      "country:BF\tcountry\tBurkina Faso\tBF\t\t12.3\t-1.5\t1000\tBurkina Faso\n"
      "admin1:BF.08\tadmin1\tEst\tBF\tEst\t12.0\t0.4\t500\tEst\n"
      "gn:5\tplace\tFada\tBF\tEst\t12.06\t0.36\t40000\tFada\n",
      GN_ROW("5", "Fada", "", "P", "PPL", "40000")
      GN_ROW("900001", "Kourmadi", "Kurmadi,\xd0\x9a\xd1\x83\xd1\x80", "P", "PPL", "0")
      GN_ROW("900002", "Province du Tindou", "", "A", "ADM2", "0")
      GN_ROW("900003", "Tindou Airstrip", "", "S", "AIRP", "0")
      GN_ROW("900004", "Mont Sabo", "", "T", "HLL", "0")
      GN_ROW("900005", "Tangou 2", "", "P", "PPL", "0")
      GN_ROW("900006", "Tangou II", "", "P", "PPL", "0")
      GN_ROW("900007", "Kalo 2000", "", "P", "PPLX", "0"),
      dump, sizeof dump);
  sr_error err;
  sr_gazetteer *g;
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_OK);
  size_t before = sr_gazetteer_count(g);
  assert_null(sr_gazetteer_home(g));
  assert_int_equal(sr_gazetteer_add_geonames(g, dump, &err), SR_OK);
  assert_int_equal(sr_gazetteer_count(g), before + 6); /* Fada known, the hill no site */
  assert_string_equal(sr_gazetteer_home(g), "BF");
  int32_t found[4];
  assert_int_equal(lookup(g, "Kurmadi", found, NULL, 4), 1);
  const sr_place *k = sr_gazetteer_place(g, found[0]);
  assert_string_equal(k->id, "gn:900001");
  assert_string_equal(k->admin1, "Est");
  assert_int_equal(k->country, sr_gazetteer_find_id(g, "country:BF", 10));
  assert_int_equal(sr_gazetteer_find_id(g, "gn:900001", 9), found[0]);
  assert_int_equal(lookup(g, "Tindou", found, NULL, 4), 1);
  assert_int_equal(sr_gazetteer_place(g, found[0])->kind, SR_PLACE_ADMIN2);
  assert_int_equal(lookup(g, "Tindou Airstrip", found, NULL, 4), 1);
  assert_int_equal(lookup(g, "Mont Sabo", found, NULL, 4), 0);
  assert_int_equal(lookup(g, "Fada", found, NULL, 4), 1);
  /* a village's numbered sections go by its name too; a district named
  ** after a year does not */
  assert_int_equal(lookup(g, "Tangou", found, NULL, 4), 2);
  assert_int_equal(lookup(g, "Tangou 2", found, NULL, 4), 1);
  assert_int_equal(lookup(g, "Kalo", found, NULL, 4), 0);
  /* a name of two words starts with the skeleton of "Tindou" */
  sr_arena a;
  sr_arena_init(&a, 0);
  char key[SR_SKELETON_MAX];
  size_t klen = sr_gazetteer_key(g, &a, "Tindou", 6, key);
  sr_arena_release(&a);
  assert_int_equal(sr_gazetteer_words_from(g, key, klen), 2);
  sr_gazetteer_free(g);
  /* a row cut short */
  write_file(geo, "dump.txt", GN_ROW("900001", "Kourmadi", "", "P", "PPL", "0") "900009\tBad\n");
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_OK);
  assert_int_equal(sr_gazetteer_add_geonames(g, dump, &err), SR_EPACK);
  assert_non_null(strstr(err.message, "dump.txt:2"));
  sr_gazetteer_free(g);
  remove_pack(dir, geo, "dump.txt");
}

/* GeoNames codes some villages "00" or with an admin1 code it has since
** retired: such a village is in the admin1 most of its nearest neighbours
** are in, unless none lies near, and is marked so (admin1_guessed).
** Herders' camps (S.CMP) and localities
** (L.LCTY) are places too.  An admin1 goes by its short name in the admin1
** column ("Cascades", not "Cascades Region").  The rows are made up. */
#define GN_AT(id, name, fclass, fcode, lat, lon, a1)                            \
  id "\t" name "\t" name "\t\t" lat "\t" lon "\t" fclass "\t" fcode "\tBF\t\t" a1 "\t\t\t\t0" \
     "\t\t300\tAfrica/Ouagadougou\t2020-01-01\n"

static void test_geonames_admin1_from_neighbours(void **state) {
  (void)state;
  char dir[] = "/tmp/sitrep-gn-XXXXXX", geo[64], dump[96];
  write_geonames_pack(
      dir, geo, sizeof geo,
      "country:BF\tcountry\tBurkina Faso\tBF\t\t12.3\t-1.5\t1000\tBurkina Faso\n"
      "admin1:BF.02\tadmin1\tCascades Region\tBF\tCascades\t10.6\t-4.8\t500\tCascades Region|Cascades\n"
      "admin1:BF.08\tadmin1\tEst\tBF\tEst\t12.0\t0.4\t500\tEst\n"
      "admin1:BF.12\tadmin1\tSahel\tBF\tSahel\t14.0\t-0.5\t500\tSahel\n",
      GN_AT("910001", "Koudiri", "P", "PPL", "12.50", "0.50", "08")
      GN_AT("910002", "Bangari", "P", "PPL", "12.55", "0.47", "08")
      GN_AT("910003", "Tolobi", "P", "PPL", "12.47", "0.55", "08")
      GN_AT("910004", "Sennou", "P", "PPL", "14.00", "-0.20", "12")
      GN_AT("910005", "Wendou", "P", "PPL", "14.05", "-0.25", "12")
      GN_AT("910006", "Dialga", "H", "STM", "14.02", "-0.18", "12")
      GN_AT("910010", "Pamboro", "P", "PPL", "12.52", "0.51", "00")
      GN_AT("910011", "Ferkessou", "S", "CMP", "14.02", "-0.22", "x24")
      GN_AT("910012", "Tin Ataf", "L", "LCTY", "14.04", "-0.19", "00")
      GN_AT("910013", "Lointain", "P", "PPL", "9.00", "2.50", "00")
      GN_AT("910014", "Niankora", "P", "PPL", "10.60", "-4.70", "02"),
      dump, sizeof dump);
  sr_error err;
  sr_gazetteer *g;
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_OK);
  assert_int_equal(sr_gazetteer_add_geonames(g, dump, &err), SR_OK);
  static const char *const want[][3] = {
      {"Pamboro", "Est", "guessed"}, {"Ferkessou", "Sahel", "guessed"},
      {"Tin Ataf", "Sahel", "guessed"}, {"Lointain", "", ""},
      {"Niankora", "Cascades", ""}, {"Koudiri", "Est", ""}};
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    int32_t found[4];
    assert_int_equal(lookup(g, want[i][0], found, NULL, 4), 1);
    assert_string_equal(sr_gazetteer_place(g, found[0])->admin1, want[i][1]);
    /* marked as read from its neighbours, not given by GeoNames */
    assert_int_equal(sr_gazetteer_place(g, found[0])->admin1_guessed, want[i][2][0] != 0);
  }
  int32_t found[4];
  assert_int_equal(lookup(g, "Dialga", found, NULL, 4), 0); /* a stream, no place */
  sr_gazetteer_free(g);
  remove_pack(dir, geo, "dump.txt");
}

/* A dump's row GeoNames gives no admin2 code is marked so (admin2_missing),
** not one it codes, nor an admin1 (which has none to give); the image
** keeps the mark.  The rows are made up. */
static void test_geonames_admin2_missing(void **state) {
  (void)state;
  char dir[] = "/tmp/sitrep-gn-XXXXXX", geo[64], dump[96];
  write_geonames_pack(
      dir, geo, sizeof geo,
      "country:BF\tcountry\tBurkina Faso\tBF\t\t12.3\t-1.5\t1000\tBurkina Faso\n"
      "admin1:BF.08\tadmin1\tEst\tBF\tEst\t12.0\t0.4\t500\tEst\n",
      "920001\tKoupela Tenga\tKoupela Tenga\t\t12.50\t0.50\tP\tPPL\tBF\t\t08\t42\t\t\t0"
      "\t\t300\tAfrica/Ouagadougou\t2020-01-01\n"
      "920002\tSoubeira\tSoubeira\t\t12.40\t0.60\tP\tPPL\tBF\t\t08\t\t\t\t0"
      "\t\t300\tAfrica/Ouagadougou\t2020-01-01\n"
      "920003\tRegion de l'Est\tRegion de l'Est\t\t12.00\t0.40\tA\tADM1\tBF\t\t08\t\t\t\t0"
      "\t\t300\tAfrica/Ouagadougou\t2020-01-01\n",
      dump, sizeof dump);
  sr_error err;
  sr_gazetteer *g;
  assert_int_equal(sr_gazetteer_load(dir, NULL, &g, &err), SR_OK);
  assert_int_equal(sr_gazetteer_add_geonames(g, dump, &err), SR_OK);
  int32_t found[4];
  assert_int_equal(lookup(g, "Koupela Tenga", found, NULL, 4), 1);
  assert_false(sr_gazetteer_place(g, found[0])->admin2_missing);
  assert_int_equal(lookup(g, "Soubeira", found, NULL, 4), 1);
  assert_true(sr_gazetteer_place(g, found[0])->admin2_missing);
  for (size_t i = 0; i < sr_gazetteer_count(g); i++) {
    const sr_place *p = sr_gazetteer_place(g, (int32_t)i);
    if (p->kind == SR_PLACE_ADMIN1) assert_false(p->admin2_missing);
  }
  sr_gazetteer_free(g);
  remove_pack(dir, geo, "dump.txt");
  /* the TSV's role column says it, and the image keeps it */
  const char *rows =
      "country:BF\tcountry\tBurkina Faso\tBF\t\t12.3\t-1.5\t1000\tBurkina Faso\n"
      "gn:1\tplace\tSoubeira\tBF\tEst\t12.4\t0.6\t0\tSoubeira\t\tno-admin2\n";
  assert_int_equal(sr_gazetteer_parse(RULES, strlen(RULES), rows, strlen(rows), &g, &err),
                   SR_OK);
  char *image;
  size_t len;
  assert_int_equal(sr_gazetteer_to_image(g, &image, &len, &err), SR_OK);
  sr_gazetteer *h;
  assert_int_equal(sr_gazetteer_from_image(RULES, strlen(RULES), image, len, &h, &err), SR_OK);
  assert_true(sr_gazetteer_place(h, sr_gazetteer_find_id(h, "gn:1", 4))->admin2_missing);
  sr_gazetteer_free(h);
  free(image);
  sr_gazetteer_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_geonames_admin2_missing),
      cmocka_unit_test(test_image_answers_as_the_tsv),
      cmocka_unit_test(test_broken_image_is_refused_by_name),
      cmocka_unit_test(test_compiled_file_is_used_only_while_fresh),
      cmocka_unit_test(test_impossible_population_is_refused),
      cmocka_unit_test(test_geonames_dump_adds_a_layer),
      cmocka_unit_test(test_geonames_admin1_from_neighbours),
  };
  return cmocka_run_group_tests_name("gazetteer", tests, NULL, NULL);
}
