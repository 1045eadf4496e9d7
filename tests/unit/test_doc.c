/* The engine and a document through to its JSON. */
#include <jansson.h>
#include <stdio.h>
#include <sys/stat.h>

#include "../../src/output/json.h"
#include "../../src/output/marshal.h"
#include "../../src/util/buf.h"
#include "testutil.h"

static void test_engine_open_errors_name_the_pack(void **state) {
  (void)state;
  sr_engine *e;
  sr_error err;
  assert_int_equal(sr_engine_open("/nonexistent", &e, &err), SR_EPACK);
  assert_null(e);
  assert_non_null(strstr(err.message, "/nonexistent/languages.txt"));

  char dir[] = "/tmp/sitrep-pack-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256];
  snprintf(path, sizeof path, "%s/languages.txt", dir);
  FILE *f = fopen(path, "w");
  fputs("# ok\nfr\n", f);
  fclose(f);
  assert_int_equal(sr_engine_open(dir, &e, &err), SR_EPACK);
  assert_non_null(strstr(err.message, "languages.txt:2:"));
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

static void test_language_detection(void **state) {
  sr_doc *fr = test_doc(*state,
                        "Les milices retranchées dans les quartiers est d’Alep "
                        "ont refusé une énième proposition russe de quitter la "
                        "ville.",
                        "auto", NULL);
  assert_string_equal(sr_doc_lang(fr), "fr");
  sr_doc_free(fr);
  sr_doc *en = test_doc(*state,
                        "Victims of a suspected chemical attack in Syria "
                        "appeared to show symptoms consistent with reaction to "
                        "a nerve agent, the World Health Organization said.",
                        NULL, NULL);
  assert_string_equal(sr_doc_lang(en), "en");
  sr_doc_free(en);
  /* A one-line dispatch is told by its function words: character n-grams
  ** take these for French */
  static const char *const short_en[] = {"Militants killed soldiers near Djibo.",
                                         "Militants attacked soldiers near Djibo."};
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = test_doc(*state, short_en[i], NULL, NULL);
    assert_string_equal(sr_doc_lang(doc), "en");
    sr_doc_free(doc);
  }
  sr_doc *short_fr = test_doc(*state, "Des soldats ont tué cinq jihadistes près de Kidal.", NULL,
                              NULL);
  assert_string_equal(sr_doc_lang(short_fr), "fr");
  sr_doc_free(short_fr);
  /* An explicit language wins over detection. */
  sr_doc *forced = test_doc(*state, "The army said so.", "fr", NULL);
  assert_string_equal(sr_doc_lang(forced), "fr");
  sr_doc_free(forced);
}

static void test_unknown_language_and_bad_date_are_reported(void **state) {
  sr_doc *doc = test_doc(*state, "The army took the town of Kawkab yesterday.",
                         "de", "2016-02-30");
  assert_int_equal(sr_doc_error_count(doc), 2);
  assert_non_null(strstr(sr_doc_error(doc, 0), "publication date '2016-02-30'"));
  assert_non_null(strstr(sr_doc_error(doc, 1), "unsupported language 'de'"));
  assert_string_equal(sr_doc_lang(doc), "en");
  sr_doc_free(doc);
}

static void test_empty_document_is_refused(void **state) {
  sr_doc_input in = {0};
  in.id = test_str("vide");
  in.text = test_str(" \n\t ");
  sr_doc *doc;
  sr_error err;
  assert_int_equal(sr_doc_process(*state, &in, &doc, &err), SR_EEMPTY);
  assert_null(doc);
  assert_string_equal(err.message, "document vide has no text");
}

static void test_invalid_utf8_is_repaired_and_noted(void **state) {
  sr_doc_input in = {0};
  in.id = test_str("x");
  in.text = test_str("Alep \xC3 Idleb. Deux.");
  sr_doc *doc;
  sr_error err;
  assert_int_equal(sr_doc_process(*state, &in, &doc, &err), SR_OK);
  assert_int_equal(sr_doc_error_count(doc), 1);
  assert_non_null(strstr(sr_doc_error(doc, 0), "invalid UTF-8 at byte 5"));
  assert_int_equal(sr_doc_sentence_count(doc), 2);
  sr_doc_free(doc);
}

static void test_json_contract(void **state) {
  sr_doc_input in = {0};
  in.id = test_str("seed");
  in.text = test_str("Première phrase à Alep. Deuxième phrase.");
  in.published = test_str("2016-11-02");
  in.url = test_str("http://example.org/a");
  sr_doc *doc;
  sr_error err;
  assert_int_equal(sr_doc_process(*state, &in, &doc, &err), SR_OK);
  char *s = sr_doc_to_json(doc, SR_JSON_MENTIONS | SR_JSON_SPANS);
  assert_non_null(s);
  assert_null(strchr(s, '\n')); /* one line: JSON Lines */
  json_error_t jerr;
  json_t *o = json_loads(s, 0, &jerr);
  assert_non_null(o);
  const char *keys[] = {"id", "lang", "published", "published_from", "url", "title", "publisher",
                        "sentences", "sentence_spans", "mentions", "events",
                        "errors"};
  size_t i = 0;
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    assert_true(i < sizeof keys / sizeof *keys);
    assert_string_equal(key, keys[i++]); /* contract order */
  }
  assert_int_equal(i, sizeof keys / sizeof *keys);
  assert_string_equal(json_string_value(json_object_get(o, "id")), "seed");
  assert_string_equal(json_string_value(json_object_get(o, "published")),
                      "2016-11-02");
  assert_string_equal(json_string_value(json_object_get(o, "published_from")), "input");
  assert_true(json_is_null(json_object_get(o, "title")));
  assert_int_equal(json_integer_value(json_object_get(o, "sentences")), 2);
  json_t *span = json_array_get(json_object_get(o, "sentence_spans"), 1);
  assert_int_equal(json_integer_value(json_array_get(span, 0)), 24);
  assert_int_equal(json_integer_value(json_array_get(span, 1)), 40);
  json_decref(o);
  sr_free(s);
  /* Without flags the optional members are absent. */
  s = sr_doc_to_json(doc, SR_JSON_PRETTY);
  assert_null(strstr(s, "mentions"));
  assert_non_null(strchr(s, '\n'));
  sr_free(s);
  sr_doc_free(doc);
}

/* The mentions are written straight, not dumped from a tree: each must be
** the text json_dumps gives of the tree the pretty output builds (strings
** with a control character, a tab, accents; reals, integers, nulls,
** arrays), and the layout handed to the store must name the same spans
** (mentions, events) and the object without them. */
static void test_mentions_written_as_json_dumps_writes_them(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Le 3\x0bnovembre 2016, des frappes ont tu\xc3\xa9 au "
                         "moins 12,5 civils \xc3\xa0 Alep et le 4\tnovembre 30 "
                         "autres \xc3\xa0 Idleb, selon l'OSDH.",
                         "fr", "2016-11-04");
  char *compact = sr_doc_to_json(doc, SR_JSON_MENTIONS);
  char *pretty = sr_doc_to_json(doc, SR_JSON_MENTIONS | SR_JSON_PRETTY);
  json_t *tree = json_loads(pretty, 0, NULL);
  assert_non_null(tree);
  json_t *mentions = json_object_get(tree, "mentions");
  assert_true(json_array_size(mentions) >= 4);
  sr_buf want = {NULL, 0, 0, 0};
  sr_buf_put(&want, "\"mentions\":[", 12);
  size_t reals = 0;
  for (size_t i = 0; i < json_array_size(mentions); i++) {
    json_t *m = json_array_get(mentions, i);
    reals += json_is_real(json_object_get(m, "lat"));
    char *one = json_dumps(m, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                  JSON_REAL_PRECISION(SR_REAL_DIGITS));
    if (i) sr_buf_put(&want, ",", 1);
    sr_buf_put(&want, one, strlen(one));
    free(one);
  }
  sr_buf_put(&want, "]", 1);
  assert_true(reals > 0);
  assert_non_null(strstr(want.data, "3\\u000Bnovembre"));
  assert_non_null(strstr(want.data, "4\\tnovembre"));
  assert_non_null(strstr(compact, want.data));
  /* the store's rows: the same spans, and the fields they hold */
  json_t *t;
  sr_store_layout rows;
  char *json = sr_doc_to_json_tree(doc, SR_JSON_MENTIONS, &t, &rows);
  assert_string_equal(json, compact);
  assert_null(json_object_get(t, "mentions"));
  assert_int_equal(rows.count, json_array_size(mentions));
  for (size_t i = 0; i < rows.count; i++) {
    json_t *m = json_array_get(mentions, i);
    const sr_store_mention *r = &rows.rows[i];
    char *one = json_dumps(m, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                  JSON_REAL_PRECISION(SR_REAL_DIGITS));
    assert_int_equal(r->json_len, strlen(one));
    assert_memory_equal(json + r->json_at, one, r->json_len);
    free(one);
    assert_string_equal(r->type, json_string_value(json_object_get(m, "type")));
    assert_int_equal(r->start, json_integer_value(json_object_get(m, "start")));
    assert_int_equal(r->end, json_integer_value(json_object_get(m, "end")));
    assert_true(r->has_text);
    assert_string_equal(rows.texts + r->text_at,
                        json_string_value(json_object_get(m, "text")));
  }
  /* each event's span, and the object without mentions and events */
  json_t *events = json_object_get(tree, "events");
  assert_int_equal(rows.n_events, json_array_size(events));
  assert_true(rows.n_events > 0);
  for (size_t i = 0; i < rows.n_events; i++) {
    json_t *ev = json_loadb(json + rows.event_at[i], rows.event_len[i], 0, NULL);
    assert_true(json_equal(ev, json_array_get(events, i)));
    json_decref(ev);
  }
  json_t *kept = json_loads(rows.kept, 0, NULL);
  assert_non_null(kept);
  json_object_del(tree, "mentions");
  json_object_del(tree, "events");
  assert_true(json_equal(kept, tree));
  json_decref(kept);
  sr_store_layout_free(&rows);
  json_decref(t);
  free(json);
  free(want.data);
  json_decref(tree);
  sr_free(compact);
  sr_free(pretty);
  sr_doc_free(doc);
}

/* The attribution of an event: when the text names no speaker and no
** credit, the record's publisher tells it, marked as a fallback with no
** words of the text; an outlet's own credit in the text wins over the
** record's; with no publisher the event has no source (never a guess). */
static json_t *first_attribution(const sr_engine *engine, const char *text,
                                 const char *publisher) {
  sr_doc_input in = {0};
  in.id = test_str("wire");
  in.lang = test_str("en");
  in.text = test_str(text);
  if (publisher) in.publisher = test_str(publisher);
  sr_doc *doc;
  sr_error err;
  assert_int_equal(sr_doc_process(engine, &in, &doc, &err), SR_OK);
  char *s = sr_doc_to_json(doc, 0);
  json_error_t jerr;
  json_t *o = json_loads(s, 0, &jerr);
  assert_non_null(o);
  sr_free(s);
  sr_doc_free(doc);
  json_t *ev = json_array_get(json_object_get(o, "events"), 0);
  assert_non_null(ev);
  json_t *a = json_incref(json_object_get(ev, "attribution"));
  json_decref(o);
  return a;
}

/* a holds one source, named name (NULL: not the publisher "Sahel
** Courier"), marked a fallback or not; a is released. */
static void one_source(json_t *a, const char *name, int fallback) {
  assert_int_equal(json_array_size(a), 1);
  json_t *s = json_array_get(a, 0);
  const char *got = json_string_value(json_object_get(s, "name"));
  if (name) assert_string_equal(got, name);
  else assert_string_not_equal(got, "Sahel Courier");
  assert_int_equal(json_is_true(json_object_get(s, "fallback")), fallback);
  json_decref(a);
}

static void test_publisher_is_the_marked_fallback_source(void **state) {
  const char *untold = "Masked men burned down two schools in Kidal on Monday.";
  json_t *a = first_attribution(*state, untold, "Sahel Courier");
  json_t *s = json_array_get(a, 0);
  assert_string_equal(json_string_value(json_object_get(s, "category")), "outlet");
  assert_string_equal(json_string_value(json_object_get(s, "scope")), "article");
  assert_true(json_is_null(json_object_get(s, "text")));
  one_source(a, "Sahel Courier", 1);
  /* no publisher: no source */
  a = first_attribution(*state, untold, NULL);
  assert_int_equal(json_array_size(a), 0);
  json_decref(a);
  /* the text's own credit is the outlet, still a fallback */
  one_source(first_attribution(
                 *state, "KIDAL (Reuters) - Masked men burned down two schools in Kidal on Monday.",
                 "Sahel Courier"),
             "Reuters", 1);
  /* a speaker the text names is no fallback, and the outlet stays out */
  one_source(first_attribution(
                 *state, "Masked men burned down two schools in Kidal on Monday, the mayor said.",
                 "Sahel Courier"),
             NULL, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_engine_open_errors_name_the_pack),
      cmocka_unit_test(test_mentions_written_as_json_dumps_writes_them),
      cmocka_unit_test(test_language_detection),
      cmocka_unit_test(test_unknown_language_and_bad_date_are_reported),
      cmocka_unit_test(test_empty_document_is_refused),
      cmocka_unit_test(test_invalid_utf8_is_repaired_and_noted),
      cmocka_unit_test(test_json_contract),
      cmocka_unit_test(test_publisher_is_the_marked_fallback_source),
  };
  return cmocka_run_group_tests_name("doc", tests, test_engine_setup,
                                     test_engine_teardown);
}
