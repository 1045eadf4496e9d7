/* Tables: the generic engine every stage's pack files load into.  A new
** kind of pack file is one registry line and its row parser (here a list of
** protest slogans, the way a stage would add one), and there is no limit to
** how many tables a language has. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine.h"
#include "tables/table.h"
#include "testutil.h"

static char dir[64];

static void write_pack(const char *name, const char *text) {
  char path[128];
  snprintf(path, sizeof path, "%s/fr/%s", dir, name);
  test_write_file(path, text);
}

static int make_dir(void **state) {
  snprintf(dir, sizeof dir, "/tmp/sitrep-tables-XXXXXX");
  assert_non_null(mkdtemp(dir));
  char sub[96];
  snprintf(sub, sizeof sub, "%s/fr", dir);
  mkdir(sub, 0700);
  return test_engine_setup(state);
}

static int remove_dir(void **state) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) return -1;
  return test_engine_teardown(state);
}

/* A loader that cuts phrases as the French language does. */
static sr_pack_loader french_loader(void **state, sr_first_tokens *index) {
  const sr_language *fr = sr_engine_language(*state, "fr", 2);
  assert_non_null(fr);
  sr_pack_loader l = {dir, "fr", {fr->word_template, &fr->rules, NULL, NULL}, index};
  return l;
}

/* ------------------------------------- a new kind of pack file, end to end */

/* slogans.txt: slogan <TAB> cause; the row's label is the cause. */
static sr_status row_slogan(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "slogan<TAB>cause", err);
  if (st != SR_OK) return st;
  sr_row row = {0, 0, 0, sr_rows_copy(f[1])};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* The one line a stage adds to its list. */
#define TEST_PACK(X) X(TEST_SLOGANS, "slogans.txt", row_slogan, 0)
enum { TEST_PACK(SR_PACK_ID) TEST_TABLE_COUNT };
static const sr_pack_file test_files[] = {TEST_PACK(SR_PACK_LINE)};

static void test_new_kind_of_pack_file(void **state) {
  write_pack("slogans.txt", "# slogans of a protest\n"
                            "Pain, liberté\tcost of living\n"
                            "dégage\tregime change\n");
  sr_first_tokens *index = sr_first_tokens_new();
  sr_pack_loader loader = french_loader(state, index);
  sr_table tables[TEST_TABLE_COUNT] = {{0}};
  sr_pack_registry reg = {"test", test_files, 1, TEST_TABLE_COUNT};
  sr_error err;
  assert_int_equal(sr_registry_load(&reg, &loader, tables, NULL, &err), SR_OK);
  /* "pain , liberté": folded and cut as text is */
  sr_str text[] = {test_str("ils"), test_str("criaient"), test_str("pain"), test_str(","),
                   test_str("liberte")}; /* folded: accents removed */
  const uint64_t *set = sr_first_tokens_get(index, text[2]);
  assert_true(sr_set_has(set, tables[TEST_SLOGANS].id));
  assert_false(sr_set_has(sr_first_tokens_get(index, text[1]), tables[TEST_SLOGANS].id));
  size_t len;
  const sr_row *r = sr_table_match(&tables[TEST_SLOGANS], text, 5, 2, &len);
  assert_non_null(r);
  assert_int_equal(len, 3);
  assert_string_equal(r->label, "cost of living");

  /* a bad row names its file and line */
  write_pack("slogans.txt", "dégage\n");
  sr_tables_free(tables, TEST_TABLE_COUNT);
  memset(tables, 0, sizeof tables);
  assert_int_equal(sr_registry_load(&reg, &loader, tables, NULL, &err), SR_EPACK);
  assert_non_null(strstr(err.message, "slogans.txt:1:"));
  sr_tables_free(tables, TEST_TABLE_COUNT);
  sr_first_tokens_free(index);
}

/* ------------------------------------------------- no limit on the tables */

#define MANY 70 /* more than one 64-bit word of table ids, and the old 32 */

static void test_many_tables(void **state) {
  static char names[MANY][24];
  sr_pack_file files[MANY];
  for (int i = 0; i < MANY; i++) {
    snprintf(names[i], sizeof names[i], "t%02d.txt", i);
    char text[64];
    snprintf(text, sizeof text, "commun mot%02d\nmot%02d seul\n", i, i);
    write_pack(names[i], text);
    files[i] = (sr_pack_file){names[i], i, sr_rows_labelled, 0};
  }
  sr_first_tokens *index = sr_first_tokens_new();
  sr_pack_loader loader = french_loader(state, index);
  /* tables loaded before the registry's take the first ids */
  sr_table before[1] = {{0}};
  sr_pack_file one = {NULL, 0, NULL, 0};
  sr_pack_registry first = {"first", &one, 1, 1};
  sr_error err;
  assert_int_equal(sr_registry_load(&first, &loader, before, NULL, &err), SR_OK);
  sr_table tables[MANY];
  memset(tables, 0, sizeof tables);
  sr_pack_registry reg = {"many", files, MANY, MANY};
  assert_int_equal(sr_registry_load(&reg, &loader, tables, NULL, &err), SR_OK);
  const uint64_t *common = sr_first_tokens_get(index, test_str("commun"));
  assert_non_null(common);
  for (int i = 0; i < MANY; i++) {
    assert_int_equal(tables[i].id, (uint32_t)i + 1);
    assert_true(sr_set_has(common, tables[i].id));
    char word[16];
    snprintf(word, sizeof word, "mot%02d", i);
    const uint64_t *own = sr_first_tokens_get(index, test_str(word));
    for (int j = 0; j < MANY; j++) assert_int_equal(sr_set_has(own, tables[j].id), i == j);
    sr_str phrase[] = {test_str("commun"), test_str(word)};
    size_t len;
    assert_non_null(sr_table_match(&tables[i], phrase, 2, 0, &len));
    assert_int_equal(len, 2);
  }
  assert_false(sr_set_has(common, before[0].id));
  sr_tables_free(tables, MANY);
  sr_first_tokens_free(index);
}

/* The engine's own languages: every stage's tables in one index. */
static void test_engine_tables(void **state) {
  const sr_language *fr = sr_engine_language(*state, "fr", 2);
  char path[4096];
  size_t count = sr_language_pack_file(*state, fr, 0, path, sizeof path);
  assert_true(count > 30);
  int triggers = 0;
  for (size_t i = 0; i < count; i++) {
    sr_language_pack_file(*state, fr, i, path, sizeof path);
    triggers |= strstr(path, "/fr/triggers.txt") != NULL;
  }
  assert_true(triggers);
  /* "selon" starts an attribution cue, not a trigger */
  const uint64_t *set = sr_first_tokens_get(fr->first_tokens, test_str("selon"));
  assert_true(sr_set_has(set, fr->attribution.t[SR_ST_CUES].id));
  assert_false(sr_set_has(set, fr->places.t[SR_PT_CUES].id));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_new_kind_of_pack_file),
      cmocka_unit_test(test_many_tables),
      cmocka_unit_test(test_engine_tables),
  };
  return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
