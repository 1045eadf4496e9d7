/* The pool: results in input order whatever the threads, the same bytes as
** one thread, markers in their place, a full window refused, and pending
** work freed on close. */
#include <stdio.h>

#include "testutil.h"
#include "sitrep_pool.h"

static const char *const texts[] = {
    "Des frappes aériennes ont tué 12 civils à Alep le 3 novembre 2016, selon "
    "l'Observatoire syrien des droits de l'homme.",
    "Syrian government forces took control of the town on Sunday, a "
    "monitoring group said.",
    "   ", /* refused: no text */
    "Les rebelles ont fui Alep.",
    "At least 30 people were killed in air strikes on Idlib, activists said.",
};
#define TEXTS (sizeof texts / sizeof *texts)
#define ROUNDS 7 /* more documents than the window holds */

typedef struct outcome {
  char *json[TEXTS * ROUNDS + ROUNDS];
  sr_status status[TEXTS * ROUNDS + ROUNDS];
  int marker[TEXTS * ROUNDS + ROUNDS];
  size_t count;
} outcome;

static void take(sr_pool *pool, sr_pool_result *r, outcome *o) {
  assert_int_equal((size_t)(uintptr_t)r->tag, o->count); /* input order */
  assert_int_equal(r->seq, o->count);
  o->marker[o->count] = r->input == NULL;
  o->status[o->count] = r->status;
  o->json[o->count] = r->json ? strdup(r->json) : NULL;
  if (r->json) assert_int_equal(strlen(r->json), r->json_len);
  o->count++;
  sr_pool_release(pool, r);
}

static void run(const sr_engine *engine, unsigned threads, outcome *o) {
  sr_pool_options opts = {threads, SR_JSON_MENTIONS, 3, NULL, NULL, NULL};
  sr_pool *pool;
  sr_error err;
  assert_int_equal(sr_pool_open(engine, &opts, &pool, &err), SR_OK);
  memset(o, 0, sizeof *o);
  size_t n = 0;
  sr_pool_result r;
  for (size_t round = 0; round < ROUNDS; round++) {
    for (size_t i = 0; i <= TEXTS; i++) {
      while (sr_pool_full(pool) && sr_pool_next(pool, &r)) take(pool, &r, o);
      void *tag = (void *)(uintptr_t)n++;
      if (i == TEXTS) { /* a marker after each round */
        assert_int_equal(sr_pool_submit(pool, NULL, tag, &err), SR_OK);
        continue;
      }
      char id[32];
      snprintf(id, sizeof id, "d%zu-%zu", round, i);
      sr_doc_input in = {0};
      in.id = test_str(id);
      in.text = test_str(texts[i]);
      assert_int_equal(sr_pool_submit(pool, &in, tag, &err), SR_OK);
    }
  }
  assert_int_equal(sr_pool_pending(pool), 3);
  while (sr_pool_next(pool, &r)) take(pool, &r, o);
  assert_int_equal(o->count, n);
  assert_int_equal(sr_pool_pending(pool), 0);
  sr_pool_close(pool);
}

static void free_outcome(outcome *o) {
  for (size_t i = 0; i < o->count; i++) free(o->json[i]);
}

static void test_threads_give_the_same_bytes_in_order(void **state) {
  outcome one, three;
  run(*state, 1, &one);
  run(*state, 3, &three);
  assert_int_equal(one.count, three.count);
  for (size_t i = 0; i < one.count; i++) {
    size_t k = i % (TEXTS + 1);
    assert_int_equal(one.marker[i], k == TEXTS);
    assert_int_equal(three.marker[i], k == TEXTS);
    assert_int_equal(one.status[i], k == 2 ? SR_EEMPTY : SR_OK);
    assert_int_equal(three.status[i], one.status[i]);
    if (k == 2 || k == TEXTS) {
      assert_null(one.json[i]);
      assert_null(three.json[i]);
      continue;
    }
    assert_non_null(one.json[i]);
    assert_non_null(three.json[i]);
    assert_string_equal(one.json[i], three.json[i]);
    char id[40];
    snprintf(id, sizeof id, "\"id\":\"d%zu-%zu\"", i / (TEXTS + 1), k);
    assert_non_null(strstr(one.json[i], id));
  }
  free_outcome(&one);
  free_outcome(&three);
}

static void test_full_window_is_refused_and_close_frees_pending(void **state) {
  sr_pool_options opts = {2, 0, 2, NULL, NULL, NULL};
  sr_pool *pool;
  sr_error err;
  assert_int_equal(sr_pool_open(*state, &opts, &pool, &err), SR_OK);
  sr_doc_input in = {0};
  in.text = test_str(texts[0]);
  assert_int_equal(sr_pool_submit(pool, &in, NULL, &err), SR_OK);
  assert_int_equal(sr_pool_submit(pool, &in, NULL, &err), SR_OK);
  assert_true(sr_pool_full(pool));
  assert_int_equal(sr_pool_submit(pool, &in, NULL, &err), SR_EINVAL);
  assert_non_null(strstr(err.message, "pool full"));
  sr_pool_result r;
  assert_true(sr_pool_next(pool, &r));
  assert_int_equal(r.status, SR_OK);
  assert_true(sr_pool_full(pool)); /* taken, not yet released */
  sr_pool_release(pool, &r);
  assert_false(sr_pool_full(pool));
  assert_int_equal(sr_pool_submit(pool, &in, NULL, &err), SR_OK);
  sr_pool_close(pool); /* two pending: ASan sees them freed */
}

/* prepare: the document's JSON, written on the analysing thread instead of
** the pool's; discard counts what it frees. */
static int prepared_count, discarded_count;

static void *write_json(void *ctx, const sr_doc *doc, const sr_doc_input *input) {
  assert_ptr_equal(ctx, &prepared_count);
  assert_non_null(input->text.ptr);
  __atomic_fetch_add(&prepared_count, 1, __ATOMIC_RELAXED);
  return sr_doc_to_json(doc, SR_JSON_MENTIONS);
}

static void count_discard(void *prepared) {
  discarded_count++;
  sr_free(prepared);
}

static void test_prepare_runs_per_document_and_is_discarded(void **state) {
  for (unsigned threads = 1; threads <= 3; threads += 2) {
    prepared_count = discarded_count = 0;
    sr_pool_options opts = {threads, 0, 3, write_json, count_discard,
                            &prepared_count};
    sr_pool *pool;
    sr_error err;
    assert_int_equal(sr_pool_open(*state, &opts, &pool, &err), SR_OK);
    sr_pool_result r;
    size_t taken = 0;
    for (size_t i = 0; i < TEXTS * 2; i++) {
      while (sr_pool_full(pool) && sr_pool_next(pool, &r)) {
        /* instead of the pool's JSON; none for the refused document */
        assert_null(r.json);
        assert_true(r.status == SR_OK ? r.prepared && strstr(r.prepared, "\"mentions\"")
                                       : r.prepared == NULL);
        sr_pool_release(pool, &r);
        taken++;
      }
      sr_doc_input in = {0};
      in.text = test_str(texts[i % TEXTS]);
      assert_int_equal(sr_pool_submit(pool, &in, NULL, &err), SR_OK);
    }
    assert_true(sr_pool_next(pool, &r)); /* one taken, not released */
    sr_pool_close(pool); /* the rest, and that one, discarded here */
    assert_int_equal(taken + 3, TEXTS * 2);
    assert_int_equal(prepared_count, (TEXTS - 1) * 2);
    assert_int_equal(discarded_count, prepared_count);
  }
}

static void test_bad_arguments(void **state) {
  (void)state;
  sr_pool *pool;
  sr_error err;
  assert_int_equal(sr_pool_open(NULL, NULL, &pool, &err), SR_EINVAL);
  assert_null(pool);
  assert_true(sr_cpu_count() >= 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_threads_give_the_same_bytes_in_order),
      cmocka_unit_test(test_full_window_is_refused_and_close_frees_pending),
      cmocka_unit_test(test_prepare_runs_per_document_and_is_discarded),
      cmocka_unit_test(test_bad_arguments),
  };
  return cmocka_run_group_tests_name("pool", tests, test_engine_setup,
                                     test_engine_teardown);
}
