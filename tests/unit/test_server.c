/* The server's request side, without HTTP: request targets split and
** percent-decoded, query strings parsed into store selections, and the
** API's answers on a store holding the hand-written records of
** tests/data/store/corpus.jsonl. */
#include <jansson.h>
#include <stdio.h>

#include "testutil.h"

#include "server/api.h"
#include "server/query.h"
#include "sitrep_store.h"

static const char *tables_dir(void) {
  static char dir[4096];
  snprintf(dir, sizeof dir, "%s/store", test_pack_dir());
  return dir;
}

/* ------------------------------------------------------------- parsing */

static void test_uri_split(void **state) {
  (void)state;
  const char *path, *query;
  size_t pl, ql;
  sr_error err;
  const char *u = "/api/events?type=Battles&limit=2";
  assert_int_equal(sr_uri_split(u, strlen(u), &path, &pl, &query, &ql, &err), SR_OK);
  assert_int_equal(pl, 11);
  assert_memory_equal(query, "type=Battles&limit=2", ql);
  assert_int_equal(sr_uri_split("/x", 2, &path, &pl, &query, &ql, &err), SR_OK);
  assert_int_equal(ql, 0);
  assert_int_equal(sr_uri_split("x/y", 3, &path, &pl, &query, &ql, &err), SR_EINVAL);
  assert_int_equal(sr_uri_split("/a#b", 4, &path, &pl, &query, &ql, &err), SR_EINVAL);
  assert_non_null(strstr(err.message, "fragment"));
  static char big[SR_URI_MAX + 2];
  memset(big, 'a', sizeof big - 1);
  big[0] = '/';
  assert_int_equal(sr_uri_split(big, strlen(big), &path, &pl, &query, &ql, &err), SR_EINVAL);
}

static sr_status decode(const char *s, char *out, size_t cap, sr_error *err) {
  return sr_percent_decode(s, strlen(s), 1, out, cap, NULL, "v", err);
}

static void test_percent_decode(void **state) {
  (void)state;
  char out[32];
  sr_error err;
  assert_int_equal(decode("%41%62+c%2B", out, sizeof out, &err), SR_OK);
  assert_string_equal(out, "Ab c+");
  assert_int_equal(decode("%C3%A9t%C3%A9", out, sizeof out, &err), SR_OK);
  assert_string_equal(out, "\xC3\xA9t\xC3\xA9");
  assert_int_equal(sr_percent_decode("a+b", 3, 0, out, sizeof out, NULL, "p", &err), SR_OK);
  assert_string_equal(out, "a+b"); /* paths keep '+' */
  static const char *const bad[] = {"%",      "%4",       "%zz",     "%00",
                                    "a%0Ab",  "%7F",      "%C3",     "%FF",
                                    "%C0%AF", "%ED%A0%80", "%F4%90%80%80",
                                    "\x01"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    err.message[0] = '\0';
    assert_int_equal(decode(bad[i], out, sizeof out, &err), SR_EINVAL);
    assert_true(strncmp(err.message, "v: ", 3) == 0);
  }
  assert_int_equal(decode("0123456789", out, 8, &err), SR_EINVAL);
  assert_non_null(strstr(err.message, "longer than 7"));
}

static void test_query_parse(void **state) {
  (void)state;
  sr_params p;
  sr_error err;
  const char *q = "type=Battles&&flag&q=al%20Nosra+x&empty=";
  assert_int_equal(sr_query_parse(q, strlen(q), &p, &err), SR_OK);
  assert_int_equal(p.count, 4);
  assert_string_equal(sr_params_get(&p, "type"), "Battles");
  assert_string_equal(sr_params_get(&p, "flag"), "");
  assert_string_equal(sr_params_get(&p, "q"), "al Nosra x");
  assert_string_equal(sr_params_get(&p, "empty"), "");
  assert_null(sr_params_get(&p, "other"));
  assert_int_equal(sr_query_parse("a=1&a=2", 7, &p, &err), SR_EINVAL);
  assert_string_equal(err.message, "a: given more than once");
  assert_int_equal(sr_query_parse("=1", 2, &p, &err), SR_EINVAL);
  assert_int_equal(sr_query_parse("a=%G1", 5, &p, &err), SR_EINVAL);
  assert_true(strncmp(err.message, "a: ", 3) == 0);
  char many[400] = "";
  for (int i = 0; i <= SR_PARAMS_MAX; i++)
    snprintf(many + strlen(many), sizeof many - strlen(many), "p%d=1&", i);
  assert_int_equal(sr_query_parse(many, strlen(many), &p, &err), SR_EINVAL);
  assert_int_equal(sr_query_parse("", 0, &p, &err), SR_OK);
  assert_int_equal(p.count, 0);
}

static sr_status to_query(const char *qs, unsigned accept, sr_store_query *q,
                          sr_error *err) {
  static sr_params p;
  sr_status st = sr_query_parse(qs, strlen(qs), &p, err);
  return st == SR_OK ? sr_params_to_query(&p, accept, q, err) : st;
}

static void test_params_to_query(void **state) {
  (void)state;
  sr_store_query q;
  sr_error err;
  unsigned all = SR_ACCEPT_FILTERS | SR_ACCEPT_PAGE;
  assert_int_equal(to_query("", all, &q, &err), SR_OK);
  assert_int_equal(q.limit, SR_PAGE_DEFAULT);
  assert_int_equal(to_query("type=Battles&country=&limit=7&offset=3&bbox=36.5,35.5,37.5,36.5&sub_type=Attack&actor=A&source=S&admin1=Aleppo&q=x&from=2016-10-01&to=2016-10-31",
                            all, &q, &err), SR_OK);
  assert_string_equal(q.event_type, "Battles");
  assert_null(q.country); /* empty: not set */
  assert_int_equal(q.limit, 7);
  assert_int_equal(q.offset, 3);
  assert_true(q.has_bbox && q.west == 36.5 && q.south == 35.5 && q.east == 37.5 && q.north == 36.5);
  assert_string_equal(q.sub_event_type, "Attack");
  assert_string_equal(q.text, "x");
  static const struct {
    const char *qs, *param;
  } bad[] = {{"limit=0", "limit: "},        {"limit=1001", "limit: "},
             {"limit=+5", "limit: "},       {"offset=-1", "offset: "},
             {"bbox=1,2,3", "bbox: "},      {"bbox=1,2,3,4,", "bbox: "},
             {"bbox=inf,1,2,3", "bbox: "},  {"bbox=0x1,1,2,3", "bbox: "},
             {"colour=red", "colour: "}};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    assert_int_equal(to_query(bad[i].qs, all, &q, &err), SR_EINVAL);
    assert_true(strncmp(err.message, bad[i].param, strlen(bad[i].param)) == 0);
  }
  /* The exports take no page; stats nothing. */
  assert_int_equal(to_query("limit=5", SR_ACCEPT_FILTERS, &q, &err), SR_EINVAL);
  assert_int_equal(to_query("type=Battles", SR_ACCEPT_FILTERS, &q, &err), SR_OK);
  assert_int_equal(q.limit, 0);
}

/* --------------------------------------------------------------- the API */

static int store_setup(void **state) {
  sr_store_options o = {tables_dir(), 0, 0};
  sr_store *s;
  sr_error err;
  if (sr_store_open(":memory:", &o, &s, &err) != SR_OK) return -1;
  char path[4096];
  snprintf(path, sizeof path, "%s/../tests/data/store/corpus.jsonl", test_pack_dir());
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  sr_store_outcome outcome;
  while ((n = getline(&line, &cap, f)) > 0)
    if (sr_store_ingest(s, line, (size_t)n, NULL, 0, &outcome, &err) != SR_OK)
      return -1;
  free(line);
  fclose(f);
  *state = s;
  return 0;
}

static int store_teardown(void **state) {
  sr_store_close(*state);
  return 0;
}

/* GET target: the status, and the body parsed when it is JSON. */
static int get(sr_store *s, const char *target, json_t **body,
               sr_api_reply *keep) {
  sr_api_reply r;
  sr_api_get(s, target, strlen(target), &r);
  if (body) {
    *body = json_loadb(r.body, r.len, 0, NULL);
    assert_non_null(*body);
  }
  int status = r.status;
  if (keep) *keep = r;
  else sr_api_reply_free(&r);
  return status;
}

static json_int_t total(json_t *o) {
  return json_integer_value(json_object_get(o, "total"));
}

static const char *error_parameter(json_t *o) {
  return json_string_value(json_object_get(json_object_get(o, "error"), "parameter"));
}

static void test_api_lists(void **state) {
  sr_store *s = *state;
  json_t *o;
  assert_int_equal(get(s, "/api/events?limit=2", &o, NULL), 200);
  assert_int_equal(total(o), 12); /* every event of corpus.jsonl */
  assert_int_equal(json_array_size(json_object_get(o, "events")), 2);
  json_t *first = json_array_get(json_object_get(o, "events"), 0);
  assert_non_null(json_object_get(first, "document"));
  assert_non_null(json_object_get(first, "evidence"));
  json_decref(o);
  /* Paging walks every item once. */
  assert_int_equal(get(s, "/api/events?limit=5&offset=10", &o, NULL), 200);
  assert_int_equal(json_array_size(json_object_get(o, "events")), 2);
  json_decref(o);
  /* A source: the outlet, or a source a report cites. */
  assert_int_equal(get(s, "/api/clusters?source=tass", &o, NULL), 200);
  assert_int_equal(total(o), 1);
  json_t *c = json_array_get(json_object_get(o, "clusters"), 0);
  assert_non_null(strstr(json_string_value(json_object_get(c, "source")), "TASS"));
  assert_int_equal((int)json_real_value(json_object_get(c, "killed_best")), 15);
  json_decref(o);
  assert_int_equal(get(s, "/api/events?source=SOHR", &o, NULL), 200);
  assert_int_equal(total(o), 1);
  json_decref(o);
  /* Dates: the days an event may cover meet the range ("2016-10" does). */
  assert_int_equal(get(s, "/api/events?from=2016-10-30&to=2016-10-30&type=Explosions%2FRemote%20violence", &o, NULL), 200);
  assert_int_equal(total(o), 5);
  json_decref(o);
  assert_int_equal(get(s, "/api/events?bbox=36,33,36.5,34", &o, NULL), 200);
  assert_int_equal(total(o), 1); /* Damascus */
  json_decref(o);
  assert_int_equal(get(s, "/api/clusters?q=Kawkab&type=Battles", &o, NULL), 200);
  assert_true(total(o) >= 1);
  json_decref(o);
  assert_int_equal(get(s, "/api/events?actor=jabhat%20al-nusra", &o, NULL), 200);
  assert_true(total(o) >= 1);
  json_decref(o);
}

static void test_api_one(void **state) {
  sr_store *s = *state;
  json_t *o;
  assert_int_equal(get(s, "/api/clusters?source=TASS", &o, NULL), 200);
  json_int_t id = json_integer_value(json_object_get(
      json_array_get(json_object_get(o, "clusters"), 0), "cluster"));
  json_decref(o);
  char target[64];
  snprintf(target, sizeof target, "/api/clusters/%lld", (long long)id);
  assert_int_equal(get(s, target, &o, NULL), 200);
  json_t *reports = json_object_get(o, "reports");
  assert_true(json_array_size(reports) >= 3);
  int with_figure = 0;
  for (size_t i = 0; i < json_array_size(reports); i++) {
    json_t *r = json_array_get(reports, i);
    assert_non_null(json_object_get(r, "source"));
    with_figure += json_object_get(json_object_get(r, "figures"), "killed") != NULL;
  }
  assert_true(with_figure >= 2);
  json_t *killed = json_object_get(json_object_get(o, "estimates"), "killed");
  assert_true(json_array_size(json_object_get(killed, "claims")) >= 2);
  json_decref(o);
  assert_int_equal(get(s, "/api/documents/reuters-1", &o, NULL), 200);
  assert_string_equal(json_string_value(json_object_get(o, "publisher")), "Reuters");
  json_t *spans = json_object_get(json_array_get(json_object_get(o, "events"), 0), "spans");
  assert_true(json_array_size(spans) >= 1);
  json_decref(o);
  assert_int_equal(get(s, "/api/clusters/999999", &o, NULL), 404);
  json_decref(o);
  assert_int_equal(get(s, "/api/documents/x%27%20OR%201%3D1", &o, NULL), 404);
  json_decref(o);
  assert_int_equal(get(s, "/api/clusters/1x", &o, NULL), 400);
  assert_string_equal(error_parameter(o), "id");
  json_decref(o);
  assert_int_equal(get(s, "/api/stats", &o, NULL), 200);
  assert_int_equal(json_integer_value(json_object_get(o, "documents")), 9);
  json_decref(o);
  sr_api_reply r;
  assert_int_equal(get(s, "/api/export.csv?country=SY", NULL, &r), 200);
  assert_string_equal(r.content_type, "text/csv; charset=utf-8");
  assert_true(r.len > 14 && memcmp(r.body, "event_id_cnty,", 14) == 0);
  sr_api_reply_free(&r);
  assert_int_equal(get(s, "/api/export.geojson?source=TASS", &o, NULL), 200);
  assert_int_equal(json_array_size(json_object_get(o, "features")), 1);
  json_decref(o);
}

static void test_api_refusals(void **state) {
  sr_store *s = *state;
  static const struct {
    const char *target, *parameter;
    int status;
  } cases[] = {
      {"/api/events?from=2016-13-01", "from", 400},
      {"/api/events?from=2016-10-02&to=2016-10-01", "from", 400},
      {"/api/events?type=%27%20OR%201%3D1", "type", 400},
      {"/api/clusters?q=%22open", "q", 400},
      {"/api/clusters?q=nosuchcolumn%3Ax", "q", 400},
      {"/api/events?bbox=10,10,0,0", "bbox", 400},
      {"/api/events?limit=0", "limit", 400},
      {"/api/events?nope=1", "nope", 400},
      {"/api/stats?x=1", "x", 400},
      {"/api/export.csv?limit=5", "limit", 400},
      {"/api/events?q=%FF", "q", 400},
      {"/api/nope", NULL, 404},
      {"/api", NULL, 404},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    json_t *o;
    int status = get(s, cases[i].target, &o, NULL);
    if (status != cases[i].status) print_error("%s: %d\n", cases[i].target, status);
    assert_int_equal(status, cases[i].status);
    if (cases[i].parameter) assert_string_equal(error_parameter(o), cases[i].parameter);
    else assert_null(error_parameter(o));
    json_decref(o);
  }
  assert_true(sr_api_owns("/api", 4) && sr_api_owns("/api/x", 6));
  assert_false(sr_api_owns("/apix", 5) || sr_api_owns("/", 1));
}

static size_t csv_rows(const sr_api_reply *r) {
  size_t n = 0;
  for (size_t i = 0; i < r->len; i++) n += r->body[i] == '\n';
  return n - 1; /* the header */
}

/* An undated cluster cannot be a row of ACLED's CSV: left out, and counted
** in a header.  Runs last: it adds a document to the group's store. */
static void test_api_csv_counts_undated(void **state) {
  sr_store *s = *state;
  sr_api_reply r;
  assert_int_equal(get(s, "/api/export.csv", NULL, &r), 200);
  assert_string_equal(r.header, "X-Sitrep-Undated-Left-Out");
  assert_string_equal(r.header_value, "0");
  size_t rows = csv_rows(&r);
  sr_api_reply_free(&r);
  static const char undated[] =
      "{\"id\": \"undated-1\", \"lang\": \"en\", \"publisher\": \"X\","
      " \"events\": [{\"event_type\": \"Battles\", \"status\": \"realised\","
      " \"date\": null, \"location\": {\"name\": \"Idlib\", \"iso2\": \"SY\","
      " \"lat\": 35.93, \"lon\": 36.63, \"geo_precision\": 1}}]}";
  sr_error err;
  assert_int_equal(sr_store_ingest(s, undated, strlen(undated), NULL, 0, NULL, &err), SR_OK);
  assert_int_equal(get(s, "/api/export.csv", NULL, &r), 200);
  assert_string_equal(r.header_value, "1");
  assert_int_equal(csv_rows(&r), rows);
  sr_api_reply_free(&r);
  /* counted among the clusters the filters select only */
  assert_int_equal(get(s, "/api/export.csv?type=Protests", NULL, &r), 200);
  assert_string_equal(r.header_value, "0");
  sr_api_reply_free(&r);
  /* the other exports leave nothing out */
  assert_int_equal(get(s, "/api/export.geojson", NULL, &r), 200);
  assert_null(r.header);
  sr_api_reply_free(&r);
}

int main(void) {
  const struct CMUnitTest parsing[] = {
      cmocka_unit_test(test_uri_split),
      cmocka_unit_test(test_percent_decode),
      cmocka_unit_test(test_query_parse),
      cmocka_unit_test(test_params_to_query),
  };
  const struct CMUnitTest api[] = {
      cmocka_unit_test(test_api_lists),
      cmocka_unit_test(test_api_one),
      cmocka_unit_test(test_api_refusals),
      cmocka_unit_test(test_api_csv_counts_undated),
  };
  return cmocka_run_group_tests(parsing, NULL, NULL) |
         cmocka_run_group_tests(api, store_setup, store_teardown);
}
