/* The small modules under src/util and src/text/utf8. */
#include <stdio.h>

#include "testutil.h"
#include "util/utf8.h"
#include "util/arena.h"
#include "util/isodate.h"
#include "util/pack.h"
#include "util/strmap.h"

static void test_arena_alignment_grow_and_reset(void **state) {
  (void)state;
  sr_arena a;
  sr_arena_init(&a, 128);
  char *p = sr_arena_alloc(&a, 3);
  double *d = sr_arena_alloc(&a, sizeof(double));
  assert_non_null(p);
  assert_int_equal((uintptr_t)d % 16, 0);
  /* Growing the last allocation keeps its address and content. */
  int *v = sr_arena_alloc(&a, 2 * sizeof(int));
  v[0] = 7;
  v[1] = 9;
  int *w = sr_arena_grow(&a, v, 2 * sizeof(int), 4 * sizeof(int));
  assert_ptr_equal(v, w);
  /* Growing past the block copies. */
  int *big = sr_arena_grow(&a, w, 4 * sizeof(int), 1000 * sizeof(int));
  assert_int_equal(big[0], 7);
  assert_int_equal(big[1], 9);
  sr_arena_mark m = sr_arena_save(&a);
  for (int i = 0; i < 100; i++) assert_non_null(sr_arena_alloc(&a, 100));
  sr_arena_reset(&a, m);
  assert_ptr_equal(sr_arena_save(&a).block, m.block);
  assert_int_equal(sr_arena_save(&a).used, m.used);
  assert_string_equal(sr_arena_strndup(&a, "abcdef", 3), "abc");
  sr_arena_release(&a);
}

static void test_strmap(void **state) {
  (void)state;
  sr_strmap *s = sr_strmap_new();
  char word[16];
  for (int i = 0; i < 500; i++) {
    int n = snprintf(word, sizeof word, "w%d", i);
    assert_int_equal(sr_strmap_put(s, word, (size_t)n, i), 0);
  }
  assert_int_equal(sr_strmap_put(s, "w1", 2, 42), 0); /* replaces */
  assert_int_equal(sr_strmap_size(s), 500);
  int32_t value = 0;
  assert_true(sr_strmap_get(s, "w1", 2, &value));
  assert_int_equal(value, 42);
  assert_true(sr_strmap_get(s, "w499", 4, NULL));
  assert_true(sr_strmap_get(s, "w1xyz", 2, NULL)); /* explicit length */
  assert_false(sr_strmap_get(s, "w500", 4, NULL));
  assert_false(sr_strmap_get(s, "", 0, NULL));
  sr_strmap_free(s);
}

/* Keys are packed in one buffer: reserved, grown past the reservation and
** rehashed, every key must still be found with its value; the empty key is
** a key like any other. */
static void test_strmap_reserve(void **state) {
  (void)state;
  sr_strmap *s = sr_strmap_new();
  assert_int_equal(sr_strmap_reserve(s, 100, 64), 0);
  assert_false(sr_strmap_get(s, "", 0, NULL));
  assert_int_equal(sr_strmap_put(s, "", 0, 7), 0);
  char word[32];
  for (int i = 0; i < 5000; i++) {
    int n = snprintf(word, sizeof word, "gn:%d", 170000 + i);
    assert_int_equal(sr_strmap_put(s, word, (size_t)n, i), 0);
  }
  assert_int_equal(sr_strmap_size(s), 5001);
  int32_t value = -1;
  assert_true(sr_strmap_get(s, "", 0, &value));
  assert_int_equal(value, 7);
  for (int i = 0; i < 5000; i++) {
    int n = snprintf(word, sizeof word, "gn:%d", 170000 + i);
    assert_true(sr_strmap_get(s, word, (size_t)n, &value));
    assert_int_equal(value, i);
  }
  assert_false(sr_strmap_get(s, "gn:17000", 8, NULL));
  sr_strmap_free(s);
}

static void test_utf8_check_repair_count(void **state) {
  (void)state;
  const char good[] = "Alep, Ḩamāh";
  assert_int_equal(sr_utf8_first_invalid(good, strlen(good)), strlen(good));
  assert_int_equal(sr_utf8_count(good, strlen(good)), 11);
  const char bad[] = "ab\xC3(cd\xFF";
  assert_int_equal(sr_utf8_first_invalid(bad, 7), 2);
  sr_arena a;
  sr_arena_init(&a, 0);
  size_t len, n;
  char *fixed = sr_utf8_repair(&a, bad, 7, &len, &n);
  assert_int_equal(n, 2);
  assert_string_equal(fixed, "ab\xEF\xBF\xBD(cd\xEF\xBF\xBD");
  assert_int_equal(len, strlen(fixed));
  /* A truncated sequence at the end is also caught. */
  assert_int_equal(sr_utf8_first_invalid("x\xE2\x80", 3), 1);
  /* Long ASCII runs are checked eight bytes at a time: a bad byte anywhere
  ** in or after one, and a sequence across a block's end, are still seen. */
  const char run[] = "0123456789abcdefghij\xFFz";
  assert_int_equal(sr_utf8_first_invalid(run, strlen(run)), 20);
  const char mid[] = "0123\xC3(6789abcdef";
  assert_int_equal(sr_utf8_first_invalid(mid, strlen(mid)), 4);
  const char across[] = "0123456\xC3\xA9" "abcdefgh\xC3";
  assert_int_equal(sr_utf8_first_invalid(across, strlen(across)), 17);
  assert_int_equal(sr_utf8_first_invalid(across, 17), 17);
  sr_arena_release(&a);
}

static void test_cp_cursor(void **state) {
  (void)state;
  const char *t = "é à ù";
  sr_cp_cursor c;
  sr_cp_cursor_init(&c, t);
  assert_int_equal(sr_cp_cursor_to(&c, 2), 1);
  assert_int_equal(sr_cp_cursor_to(&c, 5), 3);
  /* A step back is answered correctly too. */
  assert_int_equal(sr_cp_cursor_to(&c, 3), 2);
}

static void test_isodate(void **state) {
  (void)state;
  sr_ymd d;
  assert_true(sr_isodate_parse("2016-11-02", 10, &d));
  assert_int_equal(d.year, 2016);
  assert_int_equal(d.month, 11);
  assert_int_equal(d.day, 2);
  assert_true(sr_isodate_parse("2016-02-29", 10, NULL));
  assert_false(sr_isodate_parse("2015-02-29", 10, NULL));
  assert_false(sr_isodate_parse("2016-13-01", 10, NULL));
  assert_false(sr_isodate_parse("2016-1-01", 9, NULL));
  assert_false(sr_isodate_parse("02/11/2016", 10, NULL));
}

typedef struct collected {
  char entries[8][64];
  size_t lines[8];
  size_t n;
} collected;

static sr_status collect(void *ctx, const sr_pack_line *e, sr_error *err) {
  collected *c = ctx;
  if (e->len == 3 && memcmp(e->text, "BAD", 3) == 0) {
    snprintf(err->message, sizeof err->message, "entry refused");
    return SR_EPACK;
  }
  snprintf(c->entries[c->n], 64, "%.*s", (int)e->len, e->text);
  c->lines[c->n++] = e->line;
  return SR_OK;
}

static void test_pack_parse(void **state) {
  (void)state;
  const char data[] = "\xEF\xBB\xBF# comment\n  Mme  \n\n\tgén\t\r\nfr\tfr@ss=standard";
  collected c = {0};
  sr_error err;
  assert_int_equal(sr_pack_parse("t.txt", data, strlen(data), collect, &c, &err),
                   SR_OK);
  assert_int_equal(c.n, 3);
  assert_string_equal(c.entries[0], "Mme");
  assert_int_equal(c.lines[0], 2);
  assert_string_equal(c.entries[1], "gén");
  assert_int_equal(c.lines[2], 5);
  sr_pack_line line = {"fr\t fr@ss=standard \tx", 21, 1};
  sr_str f[2];
  assert_int_equal(sr_pack_fields(&line, f, 2), 3);
  assert_int_equal(f[1].len, strlen("fr@ss=standard"));
}

static void test_pack_errors_name_file_and_line(void **state) {
  (void)state;
  collected c = {0};
  sr_error err;
  const char refused[] = "a\nb\nBAD\n";
  assert_int_equal(sr_pack_parse("x.txt", refused, strlen(refused), collect, &c,
                                 &err),
                   SR_EPACK);
  assert_string_equal(err.message, "x.txt:3: entry refused");
  const char bad_utf8[] = "a\nb\xC3\n";
  assert_int_equal(sr_pack_parse("y.txt", bad_utf8, strlen(bad_utf8), collect,
                                 &c, &err),
                   SR_EPACK);
  assert_string_equal(err.message, "y.txt:2: invalid UTF-8 at byte 3");
  assert_int_equal(sr_pack_load("/nonexistent/z.txt", collect, &c, &err),
                   SR_EPACK);
  assert_non_null(strstr(err.message, "/nonexistent/z.txt"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arena_alignment_grow_and_reset),
      cmocka_unit_test(test_strmap),
      cmocka_unit_test(test_strmap_reserve),
      cmocka_unit_test(test_utf8_check_repair_count),
      cmocka_unit_test(test_cp_cursor),
      cmocka_unit_test(test_isodate),
      cmocka_unit_test(test_pack_parse),
      cmocka_unit_test(test_pack_errors_name_file_and_line),
  };
  return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
