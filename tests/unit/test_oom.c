/* Running out of memory: every allocation the library makes while
** analysing a document is made to fail in turn, and each failure must
** surface, as an error status or as an "out of memory" error of the
** document, never as a document that looks whole and is not.
**
** The library's calls to malloc, calloc and realloc go through the
** wrappers below (the Makefile links this test with --wrap); they fail the
** Nth call once armed. */
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "testutil.h"

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);

static long calls_left = -1; /* -1: not armed */
static int injected;

static int fail_now(void) {
  if (calls_left < 0) return 0;
  if (calls_left-- == 0) {
    injected = 1;
    /* SITREP_OOM_TRACE=1: where each failure is, to find a silent one */
    if (getenv("SITREP_OOM_TRACE")) __sanitizer_print_stack_trace();
    return 1;
  }
  return 0;
}

void *__wrap_malloc(size_t size) { return fail_now() ? NULL : __real_malloc(size); }
void *__wrap_calloc(size_t n, size_t size) {
  return fail_now() ? NULL : __real_calloc(n, size);
}
void *__wrap_realloc(void *p, size_t size) {
  return fail_now() ? NULL : __real_realloc(p, size);
}

/* A report that goes through every stage: dates, figures, places, actors,
** sources and events, merged and attributed. */
static const char report[] =
    "Alep, 4 novembre (AFP). L'armée syrienne a pris le quartier de Kawkab lundi, "
    "a déclaré l'Observatoire syrien des droits de l'homme. Selon l'OSDH, plus de "
    "800 terroristes ont été éliminés, dont 76 étrangers, et 14 chars détruits.\n\n"
    "Des frappes russes ont tué au moins 23 civils à Alep-Est, a indiqué une "
    "source militaire syrienne. « Ce n'est pas vrai », a affirmé le front al-Nosra.";

static int has_oom_error(const sr_doc *doc) {
  for (size_t i = 0; i < sr_doc_error_count(doc); i++)
    if (strstr(sr_doc_error(doc, i), "out of memory")) return 1;
  return 0;
}

/* Every allocation of analysing text fails in turn. */
static void each_failure_surfaces(void **state, const char *text, const char *lang) {
  sr_doc_input in = {test_str("oom"), test_str(text), test_str("2016-11-04"),
                     test_str(lang), {NULL, 0}, {NULL, 0}, {NULL, 0}};
  sr_doc *whole;
  sr_error err;
  assert_int_equal(sr_doc_process(*state, &in, &whole, &err), SR_OK);
  char *expected = sr_doc_to_json(whole, 0);
  assert_non_null(expected);
  assert_true(whole->event_count > 1);
  sr_doc_free(whole);

  size_t failures = 0, partial = 0;
  for (long n = 0;; n++) {
    sr_doc *doc = NULL;
    injected = 0;
    calls_left = n;
    sr_status st = sr_doc_process(*state, &in, &doc, &err);
    calls_left = -1;
    if (!injected) { /* the document took fewer than n allocations */
      assert_int_equal(st, SR_OK);
      sr_doc_free(doc);
      break;
    }
    failures++;
    if (st != SR_OK) {
      assert_null(doc);
      assert_true(err.message[0] != '\0');
      continue;
    }
    char *json = sr_doc_to_json(doc, 0);
    assert_non_null(json);
    if (!has_oom_error(doc)) {
      /* no error told: then nothing may be missing */
      if (strcmp(json, expected) != 0)
        print_error("allocation %ld failed silently:\n%s\n", n, json);
      assert_string_equal(json, expected);
    } else {
      assert_true(doc->failed);
      partial++;
    }
    free(json);
    sr_doc_free(doc);
  }
  free(expected);
  assert_true(failures > 10); /* the wrappers did reach the library */
  print_message("%zu allocations failed in turn, %zu gave a partial document\n",
                failures, partial);
}

static void test_short_report(void **state) { each_failure_surfaces(state, report, "fr"); }

/* A seed report three times over: arena blocks run out at many more places. */
static void test_long_report(void **state) {
  FILE *f = fopen("tests/data/dev/seed-001.txt", "rb");
  assert_non_null(f);
  static char one[1 << 16], text[3 << 16];
  size_t n = fread(one, 1, sizeof one - 1, f);
  fclose(f);
  size_t len = 0;
  for (int i = 0; i < 3; i++, len += n + 2) {
    memcpy(text + len, one, n);
    memcpy(text + len + n, "\n\n", 2);
  }
  text[len] = '\0';
  each_failure_surfaces(state, text, "fr");
}

/* The marshal bytes for Python: an allocation failing anywhere gives NULL,
** never other bytes. */
static void test_marshal_fails_whole(void **state) {
  sr_doc_input in = {test_str("oom"), test_str(report), test_str("2016-11-04"),
                     test_str("fr"), {NULL, 0}, {NULL, 0}, {NULL, 0}};
  sr_doc *doc;
  sr_error err;
  assert_int_equal(sr_doc_process(*state, &in, &doc, &err), SR_OK);
  size_t want_len, len;
  char *want = sr_doc_to_marshal(doc, SR_JSON_MENTIONS, &want_len);
  assert_non_null(want);
  size_t failures = 0;
  for (long n = 0;; n++) {
    injected = 0;
    calls_left = n;
    char *got = sr_doc_to_marshal(doc, SR_JSON_MENTIONS, &len);
    calls_left = -1;
    if (got) {
      assert_int_equal(len, want_len);
      assert_memory_equal(got, want, len);
      free(got);
    }
    if (!injected) break;
    failures++;
  }
  assert_true(failures > 2);
  free(want);
  sr_doc_free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_short_report),
      cmocka_unit_test(test_long_report),
      cmocka_unit_test(test_marshal_fails_whole),
  };
  return cmocka_run_group_tests(tests, test_engine_setup, test_engine_teardown);
}
