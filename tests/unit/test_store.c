/* The store: ingest (replace, unchanged, refusals), clustering, estimates,
** contradictions, CSV quoting and exports.  Documents are synthetic v1
** objects with hand-written events. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#include "testutil.h"

#include "sitrep_store.h"
#include "store/csv.h"
#include "store/store.h" /* internal: to look into the tables */
#include "store/summary.h"

static const char *tables_dir(void) {
  static char dir[4096];
  snprintf(dir, sizeof dir, "%s/store", test_pack_dir());
  return dir;
}

static sr_store *open_store(void) {
  sr_store_options o = {tables_dir(), 0, 0};
  sr_store *s = NULL;
  sr_error err;
  sr_status st = sr_store_open(":memory:", &o, &s, &err);
  if (st != SR_OK) print_error("open: %s\n", err.message);
  assert_int_equal(st, SR_OK);
  return s;
}

/* A store in a file of its own (path: a mkstemp template), and its removal
** with its WAL files: for what needs two connections or a reopening. */
static void new_file(char *path) {
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
}

/* The store in the file path (made by new_file). */
static sr_store *open_file_store(const char *path) {
  sr_store_options o = {tables_dir(), 0, 0};
  sr_store *s = NULL;
  sr_error err;
  assert_int_equal(sr_store_open(path, &o, &s, &err), SR_OK);
  return s;
}

/* sql run on s, s closed and path opened again: what the opening says. */
static sr_status reopen_after(const char *path, sr_store *s, const char *sql,
                              sr_store **out, sr_error *err) {
  assert_int_equal(sqlite3_exec(s->db, sql, NULL, NULL, NULL), SQLITE_OK);
  sr_store_close(s);
  sr_store_options o = {tables_dir(), 0, 0};
  return sr_store_open(path, &o, out, err);
}

static void remove_store(const char *path) {
  unlink(path);
  char wal[64];
  snprintf(wal, sizeof wal, "%s-wal", path);
  unlink(wal);
  snprintf(wal, sizeof wal, "%s-shm", path);
  unlink(wal);
}

static long long count(sr_store *s, const char *sql) {
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  long long n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

static char *text_of(sr_store *s, const char *sql) {
  static char buf[1024];
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
  buf[0] = '\0';
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
    snprintf(buf, sizeof buf, "%s", (const char *)sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  return buf;
}

/* The first `from` in json replaced by `to`. */
static void edit(char *json, size_t cap, const char *from, const char *to);

/* One event at (lat, lon) on a day, with the quantities (a JSON array's
** items) and fatalities (JSON) given. */
static void event_json_q(char *out, size_t cap, const char *id,
                         const char *status, const char *date, double lat,
                         double lon, const char *quantities, const char *fat,
                         const char *actor) {
  snprintf(out, cap,
           "{\"id\":\"%s\",\"event_type\":\"Explosions/Remote violence\","
           "\"sub_event_type\":\"Air/drone strike\",\"action\":\"airstrike\","
           "\"status\":\"%s\",\"date\":{\"value\":\"%s\",\"until\":null,"
           "\"precision\":\"day\",\"text\":\"x\"},\"location\":{\"name\":"
           "\"Aleppo\",\"text\":\"Alep\",\"admin1\":\"Aleppo\",\"country\":"
           "\"Syria\",\"iso2\":\"SY\",\"lat\":%.4f,\"lon\":%.4f,"
           "\"geo_precision\":1,\"gazetteer_id\":null},\"actors\":[{\"role\":"
           "\"actor1\",\"name\":\"%s\",\"text\":\"x\",\"inter\":1}],"
           "\"quantities\":[%s],\"fatalities\":%s,\"attribution\":[{\"name\":"
           "\"OSDH\",\"kind\":\"organization\",\"affiliation\":null,\"text\":"
           "\"x\"}],\"evidence\":[],\"sentence\":\"s\",\"rules\":[]}",
           id, status, date, lat, lon, actor, quantities, fat);
}

/* One event at (lat, lon) on a day, killing `killed` (-1: no figure). */
static void event_json(char *out, size_t cap, const char *id,
                       const char *status, const char *date, double lat,
                       double lon, int killed, const char *actor) {
  char q[160] = "", fat[16] = "null";
  if (killed >= 0) {
    snprintf(q, sizeof q,
             "{\"kind\":\"killed\",\"value\":%d,\"low\":null,\"high\":null,"
             "\"qualifier\":\"exact\",\"of\":\"civils\",\"text\":\"%d\"}",
             killed, killed);
    snprintf(fat, sizeof fat, "%d", killed);
  }
  event_json_q(out, cap, id, status, date, lat, lon, q, fat, actor);
}

static sr_store_outcome ingest(sr_store *s, const char *id,
                               const char *publisher, const char *text,
                               const char *events) {
  char json[8192];
  snprintf(json, sizeof json,
           "{\"id\":\"%s\",\"lang\":\"fr\",\"published\":\"2016-10-31\","
           "\"url\":null,\"title\":null,\"publisher\":\"%s\",\"sentences\":1,"
           "\"events\":[%s],\"errors\":[]}",
           id, publisher, events);
  sr_store_outcome out = 0;
  sr_error err;
  sr_status st = sr_store_ingest(s, json, strlen(json), text,
                                 text ? strlen(text) : 0, &out, &err);
  if (st != SR_OK) print_error("ingest %s: %s\n", id, err.message);
  assert_int_equal(st, SR_OK);
  return out;
}

static void test_replace_and_unchanged(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.2, 37.16, 12,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "a", "Reuters", "Texte A.", e), SR_STORE_ADDED);
  assert_int_equal(ingest(s, "a", "Reuters", "Texte A.", e), SR_STORE_UNCHANGED);
  assert_int_equal(ingest(s, "a", "Reuters", "Texte A modifié.", e),
                   SR_STORE_REPLACED);
  assert_int_equal(count(s, "SELECT count(*) FROM documents"), 1);
  assert_int_equal(count(s, "SELECT count(*) FROM events"), 1);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  /* The replaced document's cluster keeps its number. */
  assert_int_equal(count(s, "SELECT id FROM clusters"), 1);
  /* The same text from the same outlet under another id: a re-filing. */
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.2, 37.16, 12,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "b", "Reuters", "Texte A modifié.", e),
                   SR_STORE_REPLACED);
  assert_string_equal(text_of(s, "SELECT group_concat(id) FROM documents"), "b");
  /* From another outlet: a second source of one event. */
  event_json(e, sizeof e, "c#1", "realised", "2016-10-30", 36.2, 37.16, 12,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "c", "AFP", "Texte A modifié.", e), SR_STORE_ADDED);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  assert_int_equal(count(s, "SELECT n_sources FROM clusters"), 2);
  assert_string_equal(text_of(s, "SELECT sources FROM clusters"), "AFP; Reuters");
  sr_store_close(s);
}

static void refused(sr_store *s, const char *json, const char *message) {
  sr_error err = {SR_OK, ""};
  sr_store_outcome out;
  assert_int_equal(sr_store_ingest(s, json, strlen(json), NULL, 0, &out, &err),
                   SR_EPARSE);
  if (!strstr(err.message, message))
    print_error("'%s' lacks '%s'\n", err.message, message);
  assert_non_null(strstr(err.message, message));
}

static void test_refusals_name_the_field(void **state) {
  (void)state;
  sr_store *s = open_store();
  refused(s, "{\"id\":\"x\",\"events\":[", "malformed JSON");
  refused(s, "[1]", "not a JSON object");
  refused(s, "{\"id\":\"x\"}", "events: missing");
  refused(s, "{\"events\":[]}", "id: missing");
  refused(s, "{\"id\":\"x\",\"events\":[3]}", "events[0]: not an object");
  refused(s, "{\"id\":\"x\",\"events\":[{\"event_type\":\"Battles\","
             "\"location\":{\"lat\":\"36\",\"lon\":37}}]}",
          "events[0].location.lat: not a number");
  refused(s, "{\"id\":\"x\",\"events\":[{\"event_type\":\"Battles\","
             "\"location\":{\"lat\":96,\"lon\":37}}]}",
          "not a latitude");
  refused(s, "{\"id\":\"x\",\"events\":[{\"event_type\":\"Battles\","
             "\"date\":{\"value\":\"2016-02-30\"}}]}",
          "events[0].date.value: '2016-02-30'");
  refused(s, "{\"id\":\"x\",\"events\":[{\"event_type\":\"Battles\","
             "\"status\":\"rumoured\"}]}",
          "events[0].status");
  refused(s, "{\"id\":\"x\",\"events\":[{\"event_type\":\"Battles\","
             "\"actors\":[{\"inter\":9}]}]}",
          "events[0].actors[0].inter");
  refused(s, "{\"id\":\"x\",\"events\":[{\"event_type\":\"Battles\"},"
             "{\"event_type\":\"Battles\",\"fatalities\":-1}]}",
          "events[1].fatalities");
  /* the mentions */
  refused(s, "{\"id\":\"x\",\"events\":[],\"mentions\":[{},3]}",
          "mentions[1]: not an object");
  refused(s, "{\"id\":\"x\",\"events\":[],\"mentions\":[{\"type\":1}]}",
          "mentions[0].type: not a string");
  refused(s, "{\"id\":\"x\",\"events\":[],\"mentions\":[{\"start\":\"0\"}]}",
          "mentions[0].start: not a number");
  refused(s, "{\"id\":\"x\",\"events\":[],\"mentions\":[{\"end\":0,}]}",
          "malformed JSON");
  refused(s, "{\"id\":\"x\",\"mentions\":[],\"events\":[}",
          "malformed JSON");
  /* Nothing of a refused document is kept, not even its first event. */
  assert_int_equal(count(s, "SELECT count(*) FROM documents"), 0);
  assert_int_equal(count(s, "SELECT count(*) FROM events"), 0);
  sr_store_close(s);
}

/* sr_store_doc_read on another thread, sr_store_ingest_doc on the store's:
** the document owns copies of what it was given, field errors found in the
** writing are refused as by sr_store_ingest, nothing of them kept. */
typedef struct read_job {
  const char *json, *text;
  sr_store_doc *doc;
  sr_status status;
  sr_error err;
} read_job;

static void *read_apart(void *arg) {
  read_job *j = arg;
  j->status = sr_store_doc_read(j->json, strlen(j->json), j->text,
                                j->text ? strlen(j->text) : 0, &j->doc, &j->err);
  return NULL;
}

static sr_status read_on_a_thread(read_job *j, const char *json,
                                  const char *text) {
  j->json = json, j->text = text, j->doc = NULL;
  pthread_t t;
  assert_int_equal(pthread_create(&t, NULL, read_apart, j), 0);
  assert_int_equal(pthread_join(t, NULL), 0);
  return j->status;
}

static void test_read_apart_then_write(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096], json[8192];
  event_json(e, sizeof e, "r#1", "realised", "2016-10-30", 36.2, 37.16, 12,
             "Military Forces of Syria");
  snprintf(json, sizeof json, "{\"id\":\"r\",\"publisher\":\"AFP\","
           "\"published\":\"2016-10-31\",\"events\":[%s]}", e);
  char *text = strdup("Le texte de r.");
  read_job j;
  assert_int_equal(read_on_a_thread(&j, json, text), SR_OK);
  free(text); /* the document has its own copy */
  memset(json, 'x', 16);
  sr_store_outcome out = 0;
  sr_error err;
  assert_int_equal(sr_store_ingest_doc(s, j.doc, &out, &err), SR_OK);
  assert_int_equal(out, SR_STORE_ADDED);
  sr_store_doc_free(j.doc);
  assert_string_equal(text_of(s, "SELECT text FROM documents"), "Le texte de r.");
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  /* the same again, read the one way and written the other: unchanged */
  snprintf(json, sizeof json, "{\"id\":\"r\",\"publisher\":\"AFP\","
           "\"published\":\"2016-10-31\",\"events\":[%s]}", e);
  assert_int_equal(sr_store_ingest(s, json, strlen(json), "Le texte de r.",
                                   14, &out, &err), SR_OK);
  assert_int_equal(out, SR_STORE_UNCHANGED);
  /* refused while read: no document */
  assert_int_equal(read_on_a_thread(&j, "{\"id\":\"x\",\"events\":[", NULL),
                   SR_EPARSE);
  assert_null(j.doc);
  assert_non_null(strstr(j.err.message, "malformed JSON"));
  assert_int_equal(read_on_a_thread(&j, "{\"id\":\"x\"}", NULL), SR_EPARSE);
  assert_non_null(strstr(j.err.message, "events: missing"));
  /* refused while written, as sr_store_ingest refuses it: nothing kept */
  assert_int_equal(read_on_a_thread(&j, "{\"id\":\"y\",\"events\":[{"
                   "\"event_type\":\"Battles\",\"status\":\"rumoured\"}]}",
                   NULL), SR_OK);
  assert_int_equal(sr_store_ingest_doc(s, j.doc, &out, &err), SR_EPARSE);
  assert_non_null(strstr(err.message, "events[0].status"));
  sr_store_doc_free(j.doc);
  assert_int_equal(count(s, "SELECT count(*) FROM documents"), 1);
  sr_store_doc_free(NULL);
  sr_store_close(s);
}

/* Every row of every table the ingest writes, as one string. */
static char *dump_store(sr_store *s) {
  static const char *const sql =
      "SELECT group_concat(x, char(10)) FROM ("
      " SELECT quote(id) || quote(source) || quote(text_hash) || content_hash"
      "  || json || quote(text) AS x FROM documents"
      " UNION ALL SELECT doc || idx || quote(type) || quote(start) ||"
      "  quote(\"end\") || quote(text) || json FROM mentions"
      " UNION ALL SELECT id || quote(lat) || quote(lon) || quote(day_lo) ||"
      "  quote(fatalities) || quote(cluster) || json FROM events"
      " UNION ALL SELECT event || quote(kind) || quote(value) || quote(low) FROM quantities"
      " UNION ALL SELECT id || quote(lat) || quote(lon) || quote(notes) FROM clusters)";
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  char *out = strdup((const char *)sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  return out;
}

/* sr_store_doc_of (the tree the JSON was written from) stores exactly what
** the JSON text does: same rows, reals as the text rounds them. */
static void test_doc_of_equals_its_json(void **state) {
  (void)state;
  sr_engine *engine;
  sr_error err;
  assert_int_equal(sr_engine_open(test_pack_dir(), &engine, &err), SR_OK);
  static const char *const texts[] = {
      "Des frappes aériennes ont tué au moins 12 civils à Alep le 3 novembre "
      "2016, selon l'Observatoire syrien des droits de l'homme.",
      "At least 30 people were killed in air strikes on Idlib and Maaret "
      "al-Numan on Sunday, activists said.",
      /* mentions whose JSON escapes a control character and a tab */
      "Le 3\x0bnovembre 2016, des frappes ont tu\xc3\xa9 12 civils \xc3\xa0 "
      "Alep et le 4\tnovembre 30 autres \xc3\xa0 Idleb.",
  };
  sr_store *a = open_store(), *b = open_store();
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    char id[16];
    snprintf(id, sizeof id, "t%zu", i);
    sr_doc_input in = {0};
    in.id = test_str(id);
    in.text = test_str(texts[i]);
    in.published = test_str("2016-11-04");
    sr_doc *doc;
    assert_int_equal(sr_doc_process(engine, &in, &doc, &err), SR_OK);
    char *json = sr_doc_to_json(doc, SR_JSON_MENTIONS);
    assert_int_equal(sr_store_ingest(a, json, strlen(json), texts[i],
                                     strlen(texts[i]), NULL, &err), SR_OK);
    sr_store_doc *ready;
    assert_int_equal(sr_store_doc_of(doc, texts[i], strlen(texts[i]), &ready,
                                     &err), SR_OK);
    assert_int_equal(sr_store_ingest_doc(b, ready, NULL, &err), SR_OK);
    sr_store_doc_free(ready);
    sr_free(json);
    sr_doc_free(doc);
  }
  assert_true(count(a, "SELECT count(*) FROM events WHERE lat IS NOT NULL") > 0);
  assert_true(count(b, "SELECT count(*) FROM mentions WHERE json LIKE '%u000B%'"
                       " AND text LIKE '3_novembre 2016'") == 1);
  char *da = dump_store(a), *db = dump_store(b);
  assert_string_equal(da, db);
  free(da), free(db);
  sr_store_close(a);
  sr_store_close(b);
  sr_engine_close(engine);
}

/* The full-text index, written at a batch's commit: a document replaced
** within its batch is found by its new text only, one refused by none, and
** a rolled-back replacement leaves the replaced one to index. */
static void fts_consistent(sr_store *s) {
  assert_int_equal(sqlite3_exec(s->db, "INSERT INTO documents_fts(documents_fts)"
                                " VALUES ('integrity-check')", NULL, NULL, NULL),
                   SQLITE_OK);
}

static long long found(sr_store *s, const char *word) {
  char sql[128];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM documents_fts WHERE"
           " documents_fts MATCH '%s'", word);
  return count(s, sql);
}

static void test_batch_full_text(void **state) {
  (void)state;
  sr_store *s = open_store();
  sr_store_batch(s, 10);
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.2, 37.16, 12,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "a", "Reuters", "Texte alpha.", e), SR_STORE_ADDED);
  assert_int_equal(ingest(s, "a", "Reuters", "Texte beta.", e), SR_STORE_REPLACED);
  /* after a: the refused one below does not take a's rowid again */
  assert_int_equal(ingest(s, "b", "AFP", "Texte omega.", e), SR_STORE_ADDED);
  /* replaces a, then is refused: a (beta) is back, to index */
  const char *bad = "{\"id\":\"a\",\"publisher\":\"Reuters\",\"events\":"
                    "[{\"status\":\"realised\"}]}";
  sr_error err = {SR_OK, ""};
  sr_store_outcome out;
  assert_int_equal(sr_store_ingest(s, bad, strlen(bad), "Texte gamma.", 12, &out,
                                   &err), SR_EPARSE);
  assert_int_equal(found(s, "beta"), 0); /* not before the commit */
  assert_int_equal(sr_store_flush(s, &err), SR_OK);
  assert_int_equal(found(s, "alpha"), 0);
  assert_int_equal(found(s, "beta"), 1);
  assert_int_equal(found(s, "gamma"), 0);
  assert_int_equal(found(s, "omega"), 1);
  fts_consistent(s);
  /* a document indexed by an earlier batch, replaced in this one */
  assert_int_equal(ingest(s, "a", "Reuters", "Texte delta.", e), SR_STORE_REPLACED);
  assert_int_equal(sr_store_flush(s, &err), SR_OK);
  assert_int_equal(found(s, "beta"), 0);
  assert_int_equal(found(s, "delta"), 1);
  fts_consistent(s);
  /* one document, one transaction: indexed at once */
  sr_store_batch(s, 1);
  assert_int_equal(ingest(s, "b", "AFP", "Texte epsilon.", e), SR_STORE_REPLACED);
  assert_int_equal(found(s, "omega"), 0);
  assert_int_equal(found(s, "epsilon"), 1);
  fts_consistent(s);
  sr_store_close(s);
}

/* Documents in batches (sr_store_batch): a document refused half-way
** through is rolled back alone, the rest of its batch is kept; the JSON of
** the document and of its events is stored as it came, without its text,
** mentions and events. */
static void test_batch_keeps_the_rest(void **state) {
  (void)state;
  sr_store *s = open_store();
  sr_store_batch(s, 3);
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.2, 37.16, 12,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "a", "Reuters", "Texte A.", e), SR_STORE_ADDED);
  /* the document row is written before its second event is refused */
  char bad[8192];
  snprintf(bad, sizeof bad,
           "{\"id\":\"x\",\"publisher\":\"AFP\",\"events\":[%s,"
           "{\"id\":\"x#2\",\"status\":\"realised\"}]}", e);
  refused(s, bad, "events[1].event_type: missing");
  /* a new version of a refused: the old one stays, whole (a document is
  ** checked before anything of it, its removal included, is written) */
  snprintf(bad, sizeof bad,
           "{\"id\":\"a\",\"publisher\":\"Reuters\",\"events\":[%s,"
           "{\"id\":\"a#2\",\"event_type\":\"Battles\",\"quantities\":"
           "[{\"value\":\"12\"}]}]}", e);
  refused(s, bad, "events[1].quantities[0].value: not a number");
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.2, 37.16, 14,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "b", "AFP", "Texte B.", e), SR_STORE_ADDED);
  /* spaces and a text inside the object: cut out as written */
  const char *spaced =
      "{ \"id\" : \"c\", \"text\": \"Texte \\\"C\\\".\", \"events\" : [ ] ,"
      "\n \"mentions\": [ {\"type\": \"date\", \"text\": \"]}\", \"start\": 0,"
      " \"end\": 2, \"rule\": \"r\"} ], \"publisher\": \"RT\" }";
  sr_error err = {SR_OK, ""};
  sr_store_outcome out;
  assert_int_equal(sr_store_ingest(s, spaced, strlen(spaced), NULL, 0, &out, &err),
                   SR_OK);
  event_json(e, sizeof e, "d#1", "realised", "2016-10-30", 36.2, 37.16, 16,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "d", "BBC", "Texte D.", e), SR_STORE_ADDED);
  assert_int_equal(sr_store_flush(s, &err), SR_OK);
  assert_int_equal(sr_store_flush(s, &err), SR_OK); /* nothing open: a no-op */
  assert_string_equal(text_of(s, "SELECT group_concat(id) FROM (SELECT id FROM"
                                 " documents ORDER BY id)"), "a,b,c,d");
  assert_int_equal(count(s, "SELECT count(*) FROM events WHERE id LIKE 'x%'"), 0);
  assert_int_equal(count(s, "SELECT count(*) FROM events e JOIN documents d"
                            " ON d.rowid = e.doc WHERE d.id = 'a'"), 1);
  assert_int_equal(found(s, "Texte"), 4);
  assert_int_equal(count(s, "SELECT n_sources FROM clusters"), 3);
  /* type, actors and note set once, when the batch commits */
  assert_int_equal(count(s, "SELECT count(*) FROM clusters WHERE event_type IS"
                            " NOT NULL AND notes LIKE '%Sources: %AFP%BBC%'"),
                   1);
  assert_string_equal(text_of(s, "SELECT json FROM documents WHERE id = 'c'"),
                      "{\"id\" : \"c\",\"publisher\": \"RT\"}");
  assert_string_equal(text_of(s, "SELECT text FROM documents WHERE id = 'c'"),
                      "Texte \"C\".");
  assert_string_equal(text_of(s, "SELECT json_extract(json, '$.rule') || text"
                                 " FROM mentions"), "r]}");
  assert_int_equal(count(s, "SELECT count(*) FROM events e JOIN documents d"
                            " ON d.rowid = e.doc WHERE d.id = 'a' AND"
                            " json_extract(e.json, '$.id') = 'a#1'"), 1);
  sr_store_close(s);
}

static void test_estimates_low_best_high(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Military Forces of Syria");
  ingest(s, "a", "Reuters", "a", e);
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.21, 37.17, 30,
             "Military Forces of Syria");
  ingest(s, "b", "AFP", "b", e);
  event_json(e, sizeof e, "c#1", "realised", "2016-10-30", 36.20, 37.15, 15,
             "Military Forces of Russia");
  ingest(s, "c", "TASS", "c", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  assert_int_equal(count(s, "SELECT low FROM estimates"), 12);
  assert_int_equal(count(s, "SELECT best FROM estimates"), 15);
  assert_int_equal(count(s, "SELECT high FROM estimates"), 30);
  assert_int_equal(count(s, "SELECT reports FROM estimates"), 3);
  /* ACLED's fatalities: the most conservative report. */
  assert_int_equal(count(s, "SELECT fatalities FROM clusters"), 12);
  assert_string_equal(
      text_of(s, "SELECT group_concat(source || '=' || value, ' ') FROM "
                 "(SELECT * FROM claims ORDER BY source)"),
      "AFP=30.0 Reuters=12.0 TASS=15.0");
  sr_store_close(s);
}

/* A report that first counts "at least 11 dead" and later "24 dead" claims
** 24: its early count is superseded, not the low end of a range it gives.
** Its claim is its largest figure's, whole, not one figure's bound with
** another's number (that made it "11 or more", open above, contradicting
** nobody).  Another outlet's 70 then lies beyond 1.5 times it: flagged. */
static void test_report_claims_its_largest_figure(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json_q(e, sizeof e, "early#1", "realised", "2017-04-04", 35.43, 36.65,
               "{\"kind\":\"killed\",\"value\":11,\"low\":11,\"high\":null,"
               "\"qualifier\":\"at_least\",\"of\":\"civils\",\"text\":\"x\"},"
               "{\"kind\":\"killed\",\"value\":24,\"low\":null,\"high\":null,"
               "\"qualifier\":\"exact\",\"of\":\"civils\",\"text\":\"y\"}",
               "11", "Military Forces of Syria");
  ingest(s, "early", "Outlet A", "early", e);
  event_json(e, sizeof e, "later#1", "realised", "2017-04-04", 35.43, 36.65, 70,
             "Military Forces of Syria");
  ingest(s, "later", "Outlet B", "later", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  assert_string_equal(
      text_of(s, "SELECT group_concat(source || ' ' || low || '/' || point || '/'"
                 " || coalesce(high, 'open'), '; ') FROM (SELECT * FROM figures"
                 " WHERE kind = 'killed' ORDER BY source)"),
      "Outlet A 24.0/24.0/24.0; Outlet B 70.0/70.0/70.0");
  assert_string_equal(
      text_of(s, "SELECT low || ' ' || best || ' ' || high || ' ' || reports"
                 " FROM estimates WHERE kind = 'killed'"),
      "24.0 24.0 70.0 2");
  assert_int_equal(count(s, "SELECT count(*) FROM contradictions WHERE kind = 'figures'"), 1);
  /* both of the report's figures stay its claims, each with its qualifier */
  assert_int_equal(count(s, "SELECT count(*) FROM claims WHERE source = 'Outlet A'"), 2);
  sr_store_close(s);
}

/* The cluster event `id` was filed in. */
static long long cluster_of(sr_store *s, const char *id) {
  char sql[128];
  snprintf(sql, sizeof sql, "SELECT cluster FROM events WHERE id = '%s'", id);
  return count(s, sql);
}

/* A report of the deed `action` on `date` (a day, or a month "2016-10")
** in Aleppo, stored alone (not in a batch): the cluster it joined. */
static long long deed_report(sr_store *s, const char *id, const char *action,
                             const char *date) {
  char e[4096], eid[16], outlet[32];
  snprintf(eid, sizeof eid, "%s#1", id);
  snprintf(outlet, sizeof outlet, "Outlet %s", id);
  event_json(e, sizeof e, eid, "realised", strlen(date) == 7 ? "2016-10-01" : date,
             36.20, 37.16, 3, "Military Forces of Syria");
  if (strlen(date) == 7) {
    edit(e, sizeof e, "\"value\":\"2016-10-01\"", "\"value\":\"2016-10\"");
    edit(e, sizeof e, "\"precision\":\"day\"", "\"precision\":\"month\"");
  }
  edit(e, sizeof e, "\"action\":\"airstrike\"", action);
  ingest(s, id, outlet, id, e);
  return cluster_of(s, eid);
}

/* Of the clusters a report may join, the nearest: a report dated to a
** month ("in October") is as near to every day of it, not nearest to
** its middle day; and of one type, the same deed is nearer than another
** (shelling, an air strike). */
static void test_nearest_by_span_and_deed(void **state) {
  (void)state;
  sr_store *s = open_store();
  /* the 30th's shelling, then the 14th's: October's shelling is as near
  ** to either (the older wins), not to the 14th for lying 2 days from
  ** the 16th */
  long long late = deed_report(s, "late", "\"action\":\"shelling\"", "2016-10-30");
  long long mid = deed_report(s, "mid", "\"action\":\"shelling\"", "2016-10-14");
  assert_true(late != mid);
  assert_int_equal(deed_report(s, "month", "\"action\":\"shelling\"", "2016-10"), late);
  sr_store_close(s);
  /* one day, an air strike then shelling: a shelling report joins the
  ** shelling, not the older air strike */
  s = open_store();
  long long strike = deed_report(s, "strike", "\"action\":\"airstrike\"", "2016-10-20");
  long long shells = deed_report(s, "shells", "\"action\":\"shelling\"", "2016-10-22");
  assert_true(strike != shells);
  assert_int_equal(deed_report(s, "more", "\"action\":\"shelling\"", "2016-10-21"), shells);
  sr_store_close(s);
}

/* Reports a day apart meet by the day's leeway only while they count the
** dead alike: Monday's strike on a town (21 dead) and Tuesday's (56) are
** two occasions, though Monday's cluster holds a report of 24 dead dated
** Tuesday (a cluster tells one occasion: each of its reports is asked).
** "Hundreds" (a word, no count) told a day off may be Monday's strike.  On
** one day, tolls that differ stay one event (a toll rises; a contradiction
** is flagged). */
/* A strike on one town on `date` (a day, or a month "2016-08"), told by
** outlet `id`, killing `killed`; `word`: the dead told by a word
** ("hundreds": no count, a floor). */
static void strike(sr_store *s, const char *id, const char *date, int killed, int word) {
  char e[4096], eid[16], q[192], fat[16];
  snprintf(eid, sizeof eid, "%s#1", id);
  snprintf(fat, sizeof fat, "%d", killed);
  snprintf(q, sizeof q,
           "{\"kind\":\"killed\",\"value\":%s,\"low\":%s,\"high\":null,"
           "\"qualifier\":\"about\",\"of\":\"civils\",\"text\":\"x\"}",
           word ? "null" : fat, word ? fat : "null");
  event_json_q(e, sizeof e, eid, "realised", date, 36.53, 37.95, q, fat,
               "Military Forces of Syria");
  if (strlen(date) == 7) edit(e, sizeof e, "\"precision\":\"day\"", "\"precision\":\"month\"");
  ingest(s, id, id, id, e);
}

static void test_a_day_apart_with_other_dead(void **state) {
  (void)state;
  sr_store *s = open_store();
  strike(s, "mon", "2016-07-18", 21, 0);
  strike(s, "near", "2016-07-19", 24, 0); /* the same toll a day off: Monday's */
  assert_int_equal(cluster_of(s, "near#1"), cluster_of(s, "mon#1"));
  strike(s, "tue", "2016-07-19", 56, 0);
  assert_true(cluster_of(s, "tue#1") != cluster_of(s, "mon#1"));
  /* on one day, 100 dead against 56 is one event told twice */
  strike(s, "more", "2016-07-19", 100, 0);
  assert_int_equal(cluster_of(s, "more#1"), cluster_of(s, "tue#1"));
  sr_store_close(s);
  /* a word is no count */
  s = open_store();
  strike(s, "mon", "2016-07-18", 21, 0);
  strike(s, "word", "2016-07-19", 200, 1);
  assert_int_equal(cluster_of(s, "word#1"), cluster_of(s, "mon#1"));
  /* a month's toll against one of its days: its sum when they differ
  ** ("more than 100 killed in July's strikes"), else that day's told again */
  strike(s, "sum", "2016-07", 100, 0);
  assert_true(cluster_of(s, "sum#1") != cluster_of(s, "mon#1"));
  strike(s, "recalled", "2016-07", 21, 0);
  assert_int_equal(cluster_of(s, "recalled#1"), cluster_of(s, "mon#1"));
  sr_store_close(s);
}

/* A batch's documents are clustered when it commits, in order of
** publication then id, not of arrival: three reports of one town a day
** apart each (the 4th, 5th, 6th) make a chain that greedy clustering cuts
** where the first report falls ({4, 5} and {6} in that order, {6, 5} and
** {4} the other way round); in a batch, either order gives {4, 5}, {6}. */
static const char *chain_clusters(const char *order) {
  sr_store *s = open_store();
  sr_store_batch(s, 64);
  for (const char *c = order; *c; c++) {
    char e[4096], id[8], eid[16], date[16], outlet[16];
    snprintf(id, sizeof id, "%c", *c);
    snprintf(eid, sizeof eid, "%c#1", *c);
    snprintf(date, sizeof date, "2016-10-0%d", 4 + (*c - 'a'));
    snprintf(outlet, sizeof outlet, "Outlet %c", *c);
    event_json(e, sizeof e, eid, "realised", date, 36.20, 37.16, 3,
               "Military Forces of Syria");
    ingest(s, id, outlet, id, e);
  }
  sr_error err;
  assert_int_equal(sr_store_flush(s, &err), SR_OK);
  const char *got = text_of(s,
      "SELECT group_concat(ids, ' | ') FROM (SELECT group_concat(id, ',') AS"
      " ids FROM (SELECT d.id, e.cluster FROM events e JOIN documents d ON"
      " d.rowid = e.doc ORDER BY d.id) GROUP BY cluster ORDER BY min(id))");
  sr_store_close(s);
  return got;
}

static void test_batch_clusters_whatever_the_order(void **state) {
  (void)state;
  assert_string_equal(chain_clusters("abc"), "a,b | c");
  assert_string_equal(chain_clusters("cba"), "a,b | c");
  assert_string_equal(chain_clusters("bca"), "a,b | c");
}

/* A record that names one actor twice in a role (as a record from
** outside may) is one report naming it once: stored, tallied once, in a
** cluster it founds and in one it joins. */
static void test_actor_named_twice(void **state) {
  (void)state;
  sr_store *s = open_store();
  for (int i = 0; i < 2; i++) {
    char e[4096], id[16], eid[24], outlet[24];
    snprintf(id, sizeof id, "t%d", i);
    snprintf(eid, sizeof eid, "t%d#1", i);
    snprintf(outlet, sizeof outlet, "Outlet %d", i);
    event_json(e, sizeof e, eid, "realised", "2016-10-30", 36.20, 37.16, 3,
               "Military Forces of Turkey");
    edit(e, sizeof e, "\"actors\":[",
         "\"actors\":[{\"role\":\"actor1\",\"name\":"
         "\"Military Forces of Turkey\",\"text\":\"y\",\"inter\":8},");
    ingest(s, id, outlet, id, e);
  }
  assert_int_equal(count(s, "SELECT count(*) FROM actors"), 4);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  assert_int_equal(count(s, "SELECT n FROM votes WHERE field = 'actor1'"), 2);
  sr_store_close(s);
}

/* A word is a floor, not a count: "dozens of people" (low 24, no value)
** reads 24 or more, open above.  Beside outlets that count (at least 72,
** at least 100), it lowers neither low nor best, and 100 does not
** contradict it; alone with another word, the words make the estimate. */
static const char DOZENS[] =
    "{\"kind\":\"killed\",\"value\":null,\"low\":24,\"high\":null,"
    "\"qualifier\":\"about\",\"of\":\"civils\",\"text\":\"dozens\"}";

static void word_report(sr_store *s, const char *id, const char *outlet,
                        const char *q) {
  char e[4096], eid[32];
  snprintf(eid, sizeof eid, "%s#1", id);
  event_json_q(e, sizeof e, eid, "realised", "2017-04-04", 35.43, 36.65, q,
               "null", "Military Forces of Syria");
  ingest(s, id, outlet, id, e);
}

static void test_word_figures(void **state) {
  (void)state;
  sr_store *s = open_store();
  word_report(s, "first", "Outlet A", DOZENS);
  assert_string_equal(
      text_of(s, "SELECT low || '/' || point || '/' || coalesce(high, 'open')"
                 " || ' ' || word FROM figures WHERE kind = 'killed'"),
      "24.0/24.0/open 1");
  /* words alone: theirs is the estimate */
  assert_string_equal(
      text_of(s, "SELECT low || ' ' || best || ' ' || high || ' ' || reports"
                 " || ' ' || counted FROM estimates WHERE kind = 'killed'"),
      "24.0 24.0 24.0 1 0");
  word_report(s, "second", "Outlet B",
              "{\"kind\":\"killed\",\"value\":72,\"low\":72,\"high\":null,"
              "\"qualifier\":\"at_least\",\"of\":\"civils\",\"text\":\"x\"}");
  word_report(s, "third", "Outlet C",
              "{\"kind\":\"killed\",\"value\":100,\"low\":100,\"high\":null,"
              "\"qualifier\":\"at_least\",\"of\":\"civils\",\"text\":\"y\"}");
  word_report(s, "fourth", "Outlet D", DOZENS);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  /* the first count replaced the word's low; the later word moved nothing */
  assert_string_equal(
      text_of(s, "SELECT low || ' ' || best || ' ' || high || ' ' || reports"
                 " || ' ' || counted FROM estimates WHERE kind = 'killed'"),
      "72.0 72.0 100.0 4 2");
  /* 24 or more, 72 or more, 100 or more: all may be true */
  assert_int_equal(count(s, "SELECT count(*) FROM contradictions"), 0);
  /* every claim kept, with its qualifier */
  assert_int_equal(count(s, "SELECT count(*) FROM claims WHERE qualifier = 'about'"), 2);
  sr_store_close(s);
}

/* A database from before words were told from counts (schema 5) took
** "dozens" for exactly 24: opened for writing, it is migrated and its
** clusters summarised again. */
static void test_words_migrated(void **state) {
  (void)state;
  char path[] = "/tmp/sitrep-store-XXXXXX";
  new_file(path);
  sr_store *s = open_file_store(path);
  sr_error err;
  word_report(s, "first", "Outlet A", DOZENS);
  word_report(s, "second", "Outlet B",
              "{\"kind\":\"killed\",\"value\":72,\"low\":72,\"high\":null,"
              "\"qualifier\":\"at_least\",\"of\":\"civils\",\"text\":\"x\"}");
  /* back to schema 5 as version 5 left it: 24 taken for a count */
  assert_int_equal(reopen_after(path, s,
      "DROP INDEX figures_point;"
      "ALTER TABLE figures DROP COLUMN word;"
      "CREATE INDEX figures_point ON figures(cluster, kind, point, event);"
      "ALTER TABLE estimates DROP COLUMN counted;"
      "UPDATE estimates SET low = 24, best = 24;"
      "PRAGMA user_version = 5", &s, &err), SR_OK);
  assert_int_equal(count(s, "PRAGMA user_version"), 6);
  assert_string_equal(
      text_of(s, "SELECT low || ' ' || best || ' ' || high || ' ' || counted"
                 " FROM estimates WHERE kind = 'killed'"),
      "72.0 72.0 72.0 1");
  sr_store_close(s);
  remove_store(path);
}

/* ------------------------------------------- what a newcomer costs */

/* The work SQLite did for the store's statements since the last call
** (virtual machine steps; *sorts: sorts and temporary indexes): a count,
** not a time, the same on every machine. */
static long long statement_work(sr_store *s, long long *sorts) {
  long long steps = 0;
  *sorts = 0;
  for (size_t i = 0; i < s->cached; i++) {
    sqlite3_stmt *st = s->cache[i].stmt;
    steps += sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 1);
    *sorts += sqlite3_stmt_status(st, SQLITE_STMTSTATUS_SORT, 1) +
              sqlite3_stmt_status(st, SQLITE_STMTSTATUS_AUTOINDEX, 1);
  }
  return steps;
}

/* One more report of an event told by n outlets: what it costs the store. */
static long long newcomer_work(sr_store *s, int n, long long *sorts) {
  char e[4096], id[32], outlet[32];
  for (int i = 0; i <= n; i++) {
    snprintf(id, sizeof id, "n%d-%d", n, i);
    snprintf(outlet, sizeof outlet, "outlet-%d", i);
    char eid[40];
    snprintf(eid, sizeof eid, "%s#1", id);
    event_json(e, sizeof e, eid, "realised", "2016-10-30", 36.20 + (n % 7) * 0.5,
               37.16, 10 + i % 7, i % 2 ? "Military Forces of Syria"
                                        : "Military Forces of Russia");
    if (i == n) statement_work(s, sorts);
    ingest(s, id, outlet, id, e);
  }
  return statement_work(s, sorts);
}

/* A report joining a cluster costs the same whatever the cluster's size,
** and clustering and summarising it sort nothing: candidates are ordered
** in C, tallies and figures read in their keys' order, and no statement
** returns rows through a temporary table (an upsert's RETURNING).  One
** cost grows, slowly: the estimate's median is read at its rank in the
** figures index, an OFFSET of half the reports (3 steps each, 1.5 a
** report); anything reading the cluster's reports (a dozen steps or more
** each) fails the bound of 2 steps a report. */
static void test_newcomer_work_flat(void **state) {
  (void)state;
  sr_store *s = open_store();
  long long sorts50, sorts150;
  long long at50 = newcomer_work(s, 50, &sorts50);
  long long at150 = newcomer_work(s, 150, &sorts150);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT max(n_events) FROM clusters"), 151);
  print_message("newcomer to 50 reports: %lld steps, %lld sorts; to 150: "
                "%lld steps, %lld sorts\n", at50, sorts50, at150, sorts150);
  assert_true(at150 - at50 < 2 * (150 - 50));
  assert_int_equal(sorts50, 0);
  assert_int_equal(sorts150, 0);
  sr_store_close(s);
}

/* A replaced report's events may take the rowids of its old ones: the
** claims quoted in contradictions are those of the new version, never a
** text remembered from the old. */
static void test_replaced_claim_quoted_anew(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.20, 37.16, 10,
             "Military Forces of Syria");
  ingest(s, "a", "Reuters", "a", e);
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.20, 37.16, 100,
             "Military Forces of Syria");
  ingest(s, "b", "AFP", "b", e);
  assert_non_null(strstr(text_of(s, "SELECT claim_b FROM contradictions"), "(AFP)"));
  long long old_event = count(s, "SELECT rowid FROM events WHERE id = 'b#1'");
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.20, 37.16, 200,
             "Military Forces of Syria");
  assert_int_equal(ingest(s, "b", "BBC", "b, again", e), SR_STORE_REPLACED);
  /* the case this guards: the new event under the old number */
  assert_int_equal(count(s, "SELECT rowid FROM events WHERE id = 'b#1'"), old_event);
  assert_int_equal(count(s, "SELECT count(*) FROM contradictions"), 1);
  const char *claim = text_of(s, "SELECT claim_b FROM contradictions");
  assert_non_null(strstr(claim, "killed 200: "));
  assert_non_null(strstr(claim, "(BBC)"));
  assert_null(strstr(claim, "AFP"));
  sr_store_close(s);
}

/* Within a batch the writer keeps the events' clustering fields it read:
** a report replaced mid-batch gives its new event the old one's rowid, and
** that event, and the reports after it, must see where it now is (Idlib),
** not where the forgotten one was (Aleppo, in Reuters' cluster). */
static sr_store_outcome report_at(sr_store *s, const char *doc, const char *outlet,
                                  const char *text, double lat, double lon) {
  char e[4096], id[64];
  snprintf(id, sizeof id, "%s#1", doc);
  event_json(e, sizeof e, id, "realised", "2016-10-30", lat, lon, 10,
             "Military Forces of Syria");
  return ingest(s, doc, outlet, text, e);
}

static void test_replaced_event_seen_anew_in_a_batch(void **state) {
  (void)state;
  sr_store *s = open_store();
  sr_store_batch(s, 64);
  report_at(s, "a", "Reuters", "a", 36.20, 37.16); /* Aleppo */
  report_at(s, "b", "AFP", "b", 36.20, 37.16);
  long long old_event = count(s, "SELECT rowid FROM events WHERE id = 'b#1'");
  assert_int_equal(report_at(s, "b", "AFP", "b, again", 35.93, 36.63), /* Idlib */
                   SR_STORE_REPLACED);
  assert_int_equal(count(s, "SELECT rowid FROM events WHERE id = 'b#1'"), old_event);
  report_at(s, "c", "BBC", "c", 35.93, 36.63);
  sr_store_batch(s, 1);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT count(DISTINCT cluster) FROM events WHERE"
                            " id IN ('b#1', 'c#1')"), 1);
  assert_int_equal(count(s, "SELECT n_events FROM clusters WHERE id ="
                            " (SELECT cluster FROM events WHERE id = 'a#1')"), 1);
  sr_store_close(s);
}

/* The writer's memos outlive its batches, but not another connection's
** commit: b, replaced by a second writer between two of the first's
** batches (its new event under the old rowid), is at Idlib when the first
** clusters c there (a memo kept from before would still place b at
** Aleppo, and c would found a cluster of its own). */
static void test_memo_forgotten_after_another_writer(void **state) {
  (void)state;
  char path[] = "/tmp/sitrep-store-XXXXXX";
  new_file(path);
  sr_store_options o = {tables_dir(), 0, 0};
  sr_store *s, *other;
  sr_error err;
  assert_int_equal(sr_store_open(path, &o, &s, &err), SR_OK);
  sr_store_batch(s, 64);
  report_at(s, "a", "Reuters", "a", 36.20, 37.16); /* Aleppo */
  assert_int_equal(sr_store_flush(s, &err), SR_OK);
  /* the next batch keeps the memo of the first: b joins a */
  report_at(s, "b", "AFP", "b", 36.20, 37.16);
  assert_int_equal(sr_store_flush(s, &err), SR_OK);
  assert_int_equal(count(s, "SELECT max(n_events) FROM clusters"), 2);
  long long old_event = count(s, "SELECT rowid FROM events WHERE id = 'b#1'");
  assert_int_equal(sr_store_open(path, &o, &other, &err), SR_OK);
  assert_int_equal(report_at(other, "b", "AFP", "b, again", 35.93, 36.63), /* Idlib */
                   SR_STORE_REPLACED);
  sr_store_close(other);
  assert_int_equal(count(s, "SELECT rowid FROM events WHERE id = 'b#1'"), old_event);
  report_at(s, "c", "DW", "c", 35.93, 36.63);
  assert_int_equal(sr_store_flush(s, &err), SR_OK);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT count(DISTINCT cluster) FROM events WHERE"
                            " id IN ('b#1', 'c#1')"), 1);
  sr_store_close(s);
  remove_store(path);
}

/* A newcomer's row is taken as it was written, not read back
** (sr_cluster_memo_new): it must be what reading it back gives.  An
** admin1 of 142 bytes is kept cut at 127 like the column read: b (its row
** from the memo) and a (read from the table after reopening) differ past
** byte 127 only, and are one event in that region; c differs before. */
static void test_newcomer_row_as_read_back(void **state) {
  (void)state;
  char path[] = "/tmp/sitrep-store-XXXXXX";
  new_file(path);
  sr_store *s = NULL;
  char e[4096], region[200], from[] = "\"admin1\":\"Aleppo\"", to[220];
  const char *ids[3] = {"a", "b", "c"}, *outlets[3] = {"Reuters", "AFP", "BBC"};
  for (int i = 0; i < 3; i++) {
    memset(region, 'x', 140);
    snprintf(region + 140, sizeof region - 140, "%c", 'A' + i);
    if (i == 2) region[60] = 'y';
    snprintf(to, sizeof to, "\"admin1\":\"%s\"", region);
    char id[8];
    snprintf(id, sizeof id, "%s#1", ids[i]);
    event_json(e, sizeof e, id, "realised", "2016-10-30", 36.20 + 0.3 * i,
               37.16, -1, "Military Forces of Syria");
    edit(e, sizeof e, from, to);
    edit(e, sizeof e, "\"geo_precision\":1", "\"geo_precision\":3");
    s = open_file_store(path);
    ingest(s, ids[i], outlets[i], ids[i], e);
    if (i < 2) sr_store_close(s);
  }
  assert_int_equal(count(s, "SELECT length(admin1) FROM events WHERE id = 'a#1'"), 141);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT count(DISTINCT cluster) FROM events"
                            " WHERE id IN ('a#1', 'b#1')"), 1);
  sr_store_close(s);
  remove_store(path);
}

/* A replaced report dissolves its cluster, whose other reports are filed
** again: the writer must see them in no cluster then (its memo of their
** rows forgets the dissolved cluster), and the cluster re-forms whole,
** under its number, with its row. */
static void test_dissolved_cluster_reforms(void **state) {
  (void)state;
  sr_store *s = open_store();
  report_at(s, "a", "Reuters", "a", 36.20, 37.16);
  report_at(s, "b", "AFP", "b", 36.20, 37.16);
  report_at(s, "c", "BBC", "c", 36.20, 37.16);
  long long id = count(s, "SELECT id FROM clusters");
  assert_int_equal(report_at(s, "c", "BBC", "c, again", 36.20, 37.16),
                   SR_STORE_REPLACED);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  assert_int_equal(count(s, "SELECT id FROM clusters"), id);
  assert_int_equal(count(s, "SELECT n_events FROM clusters"), 3);
  assert_int_equal(count(s, "SELECT count(*) FROM events WHERE cluster = "
                            "(SELECT id FROM clusters)"), 3);
  sr_store_close(s);
}

/* A cluster's note lists its reports in their order, from the writer's
** memo of the list once read: b, filed again into a's cluster when x's
** replacement dissolves the cluster it had chosen (x's, nearer), comes
** before d there, which joined after the list was read (a memo that only
** appended reports after its last would leave b out). */
static void test_note_lists_a_report_filed_again(void **state) {
  (void)state;
  sr_store *s = open_store();
  report_at(s, "a", "Reuters", "a", 36.20, 37.16);
  report_at(s, "x", "DW", "x", 36.30, 37.16);  /* 11 km north: apart */
  report_at(s, "b", "AFP", "b", 36.27, 37.16); /* 8 km from a, 3 from x */
  report_at(s, "d", "BBC", "d", 36.20, 37.16);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_non_null(strstr(text_of(s, "SELECT notes FROM clusters WHERE id ="
                                    " (SELECT cluster FROM events WHERE id = 'a#1')"),
                         "Sources: OSDH (Reuters); OSDH (BBC)."));
  assert_int_equal(report_at(s, "x", "DW", "x, again", 35.93, 36.63), /* Idlib */
                   SR_STORE_REPLACED);
  assert_non_null(strstr(text_of(s, "SELECT notes FROM clusters WHERE id ="
                                    " (SELECT cluster FROM events WHERE id = 'a#1')"),
                         "Sources: OSDH (Reuters); OSDH (AFP); OSDH (BBC)."));
  sr_store_close(s);
}

/* The event e's source made the outlet name, a fallback whose words in
** the text are text (JSON). */
static void outlet_source(char *e, size_t cap, const char *name, const char *text) {
  char with[256];
  snprintf(with, sizeof with,
           "{\"name\":\"%s\",\"kind\":\"media\",\"affiliation\":null,"
           "\"category\":\"outlet\",\"text\":%s,\"scope\":\"article\","
           "\"stance\":\"asserts\",\"fallback\":true}",
           name, text);
  edit(e, cap,
       "{\"name\":\"OSDH\",\"kind\":\"organization\",\"affiliation\":null,\"text\":\"x\"}",
       with);
}

/* The outlet as a fallback source: the publisher standing in for a
** speaker the text does not name is the document's outlet, no attribution
** row of its own (the claim's `source`, attributed to no one); a document
** with no publisher and no URL takes the outlet its text credits, named
** once in the note, not "Reuters (Reuters)". */
static void test_outlet_fallback_is_the_documents_source(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "pub#1", "realised", "2016-10-30", 36.20, 37.16, 4, "SAA");
  outlet_source(e, sizeof e, "Sahel Courier", "null");
  ingest(s, "pub", "Sahel Courier", "pub", e);
  assert_int_equal(count(s, "SELECT count(*) FROM attributions"), 0);
  assert_int_equal(count(s, "SELECT count(*) FROM claims WHERE source = 'Sahel Courier'"
                            " AND attributed_to IS NULL"), 1);
  event_json(e, sizeof e, "credit#1", "realised", "2016-10-30", 10.0, 10.0, 4, "SAA");
  outlet_source(e, sizeof e, "Reuters", "\"Reuters\"");
  ingest(s, "credit", "", "credit", e);
  assert_string_equal(text_of(s, "SELECT source FROM documents WHERE id = 'credit'"), "Reuters");
  assert_non_null(strstr(text_of(s, "SELECT notes FROM clusters WHERE id ="
                                    " (SELECT cluster FROM events WHERE id = 'credit#1')"),
                         "Sources: Reuters."));
  sr_store_close(s);
}

/* A report whose actors (a JSON array's items) replace the one actor
** event_json gives. */

static void report_with_actors(sr_store *s, const char *doc,
                               const char *outlet, const char *actors) {
  char e[4096], id[64];
  snprintf(id, sizeof id, "%s#1", doc);
  event_json(e, sizeof e, id, "realised", "2016-10-30", 36.20, 37.16, 10, "@@");
  edit(e, sizeof e,
       "{\"role\":\"actor1\",\"name\":\"@@\",\"text\":\"x\",\"inter\":1}", actors);
  ingest(s, doc, outlet, doc, e);
}

/* The writer keeps each candidate cluster's perpetrators: a report that
** brings one more to the list (c names Y beside X) makes the next
** report naming Y alone compatible with the cluster (a list remembered
** from before c would send d to b's cluster of Y instead: both are as
** near, and the older wins). */
static void test_cluster_actors_seen_anew(void **state) {
  (void)state;
  sr_store *s = open_store();
  const char *x = "{\"role\":\"actor1\",\"name\":\"X\",\"text\":\"x\",\"inter\":2}";
  const char *y = "{\"role\":\"actor1\",\"name\":\"Y\",\"text\":\"y\",\"inter\":3}";
  char both[256];
  snprintf(both, sizeof both, "%s,%s", x, y);
  report_with_actors(s, "a", "Reuters", x);
  report_with_actors(s, "b", "AFP", y); /* apart: X and Y share nothing */
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  report_with_actors(s, "c", "BBC", both);
  report_with_actors(s, "d", "DW", y);
  assert_int_equal(count(s, "SELECT count(DISTINCT cluster) FROM events WHERE"
                            " id IN ('a#1', 'c#1', 'd#1')"), 1);
  assert_int_equal(count(s, "SELECT n_events FROM clusters WHERE id ="
                            " (SELECT cluster FROM events WHERE id = 'b#1')"), 1);
  sr_store_close(s);
}

/* The writer keeps each candidate cluster's days: narrowed by b (the 30th)
** from a's window (28-31), the cluster no longer meets c (the 28th), which
** a's window alone would have let in. */
static void test_cluster_days_narrowed(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-28", 36.20, 37.16, 10,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"until\":null", "\"until\":\"2016-10-31\"");
  ingest(s, "a", "Reuters", "a", e);
  report_at(s, "b", "AFP", "b", 36.20, 37.16); /* the 30th */
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  event_json(e, sizeof e, "c#1", "realised", "2016-10-28", 36.20, 37.16, 10,
             "Military Forces of Syria");
  ingest(s, "c", "BBC", "c", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT n_events FROM clusters WHERE id ="
                            " (SELECT cluster FROM events WHERE id = 'c#1')"), 1);
  sr_store_close(s);
}

/* A strike on Aleppo told by `outlet` on `from` or the day after (a
** report's window: the day before publication and that day), or on `from`
** alone when `until` is NULL. */
static void strike_between(sr_store *s, const char *id, const char *outlet,
                           const char *from, const char *until) {
  char e[4096], eid[16], u[48];
  snprintf(eid, sizeof eid, "%s#1", id);
  event_json(e, sizeof e, eid, "realised", from, 36.20, 37.16, -1,
             "Military Forces of Syria");
  if (until) {
    snprintf(u, sizeof u, "\"until\":\"%s\"", until);
    edit(e, sizeof e, "\"until\":null", u);
  }
  ingest(s, id, outlet, id, e);
}

/* Two windows (the 18th or 19th, the 19th or 20th) narrow a cluster to the
** 19th, a day no report gives: it meets a report of the 20th by
** overlapping only, not by the day's leeway (the 20th is two days from the
** first window's).  A report known to the 19th gives the day: the leeway
** holds again. */
static void test_windows_narrow_to_no_report_day(void **state) {
  (void)state;
  sr_store *s = open_store();
  strike_between(s, "a", "Reuters", "2016-10-18", "2016-10-19");
  strike_between(s, "b", "AFP", "2016-10-19", "2016-10-20");
  assert_int_equal(cluster_of(s, "b#1"), cluster_of(s, "a#1"));
  strike_between(s, "c", "BBC", "2016-10-20", NULL);
  assert_true(cluster_of(s, "c#1") != cluster_of(s, "a#1"));
  sr_store_close(s);
  s = open_store();
  strike_between(s, "a", "Reuters", "2016-10-18", "2016-10-19");
  strike_between(s, "d", "SANA", "2016-10-19", NULL);
  strike_between(s, "c", "BBC", "2016-10-20", NULL);
  assert_int_equal(cluster_of(s, "c#1"), cluster_of(s, "a#1"));
  sr_store_close(s);
}

/* A deed on Aleppo on the 13th told by `outlet`: `action` ("airstrike",
** "shelling"), by `actor` (NULL: nobody named) of ACLED inter code `inter`. */
static long long deed_by(sr_store *s, const char *id, const char *outlet,
                         const char *action, const char *actor, int inter) {
  char e[4096], eid[16], a[48], in[16];
  snprintf(eid, sizeof eid, "%s#1", id);
  event_json(e, sizeof e, eid, "realised", "2016-10-13", 36.20, 37.16, -1,
             actor ? actor : "x");
  snprintf(a, sizeof a, "\"action\":\"%s\"", action);
  edit(e, sizeof e, "\"action\":\"airstrike\"", a);
  snprintf(in, sizeof in, "\"inter\":%d", inter);
  if (actor)
    edit(e, sizeof e, "\"inter\":1", in);
  else
    edit(e, sizeof e, "{\"role\":\"actor1\",\"name\":\"x\",\"text\":\"x\",\"inter\":1}", "");
  ingest(s, id, outlet, id, e);
  return cluster_of(s, eid);
}

/* Rebels have no aircraft: the regime's air strikes on Aleppo and the
** rockets an armed group fires on the city that day are two events, the
** group named or not ("terrorist rockets": an unidentified armed group,
** inter 3).  Shelling by the army, or by nobody named, may be the strike
** another outlet tells; so may an explosion. */
static void test_air_strike_and_rebel_rockets(void **state) {
  (void)state;
  sr_store *s = open_store();
  long long strike = deed_by(s, "jets", "AFP", "airstrike", "Military Forces of Syria", 1);
  assert_true(deed_by(s, "rockets", "SANA", "shelling", "Unidentified Armed Group (Syria)", 3) != strike);
  assert_true(deed_by(s, "nusra", "RT", "shelling", "Jabhat al-Nusra", 2) != strike);
  assert_int_equal(deed_by(s, "army", "BBC", "shelling", "Military Forces of Syria", 1), strike);
  assert_int_equal(deed_by(s, "blast", "AP", "explosion", "Unidentified Armed Group (Syria)", 3), strike);
  /* "gunmen attacked a checkpoint in the city that morning": on the ground */
  assert_true(deed_by(s, "gunmen", "TASS", "attack", "Unidentified Armed Group (Syria)", 3) != strike);
  sr_store_close(s);
  /* the other way round: the rockets first, the strike after */
  s = open_store();
  long long rockets = deed_by(s, "rockets", "SANA", "shelling", "Unidentified Armed Group (Syria)", 3);
  assert_true(deed_by(s, "jets", "AFP", "airstrike", NULL, 0) != rockets);
  sr_store_close(s);
}

/* A deed on Aleppo on the 13th told by `outlet` as an event of `type`
** (its action `action`), by `actor1` (inter 1 when a state's forces, else
** 3) against `target` of ACLED inter code `target_inter`. */
static long long deed_on(sr_store *s, const char *id, const char *outlet,
                         const char *type, const char *action,
                         const char *actor1, const char *target,
                         int target_inter) {
  char e[4096], eid[16], t[96], a[48], sides[256];
  snprintf(eid, sizeof eid, "%s#1", id);
  event_json(e, sizeof e, eid, "realised", "2016-10-13", 36.20, 37.16, -1, "x");
  snprintf(t, sizeof t, "\"event_type\":\"%s\"", type);
  edit(e, sizeof e, "\"event_type\":\"Explosions/Remote violence\"", t);
  snprintf(a, sizeof a, "\"action\":\"%s\"", action);
  edit(e, sizeof e, "\"action\":\"airstrike\"", a);
  snprintf(sides, sizeof sides,
           "{\"role\":\"actor1\",\"name\":\"%s\",\"text\":\"x\",\"inter\":%d},"
           "{\"role\":\"actor2\",\"name\":\"%s\",\"text\":\"x\",\"inter\":%d}",
           actor1, strncmp(actor1, "Military", 8) == 0 ? 1 : 3, target,
           target_inter);
  edit(e, sizeof e, "{\"role\":\"actor1\",\"name\":\"x\",\"text\":\"x\",\"inter\":1}",
       sides);
  ingest(s, id, outlet, id, e);
  return cluster_of(s, eid);
}

/* A battle's two sides are armed (armed_sides.tsv): "the army beat back a
** rebel push on the northern edge of the city on Thursday" is not "rebel
** rockets fell on the western districts on Thursday, killing four
** civilians", though a battle may be told as its shelling ("the army
** pounded rebel positions in the north of the city"), and a toll told
** without its deed ("eleven people died") is typed by a guess and fits
** either.  Either order. */
static void test_battle_and_deed_on_civilians(void **state) {
  (void)state;
  const char *army = "Military Forces of Syria", *rebels = "Unidentified Armed Group (Syria)";
  sr_store *s = open_store();
  long long push = deed_on(s, "push", "AFP", "Battles", "clash", army, rebels, 2);
  assert_int_equal(deed_on(s, "pounded", "BBC", "Explosions/Remote violence", "shelling",
                           army, rebels, 2), push);
  assert_true(deed_on(s, "rockets", "SANA", "Explosions/Remote violence", "shelling",
                      rebels, "Civilians (Syria)", 7) != push);
  sr_store_close(s);
  s = open_store();
  long long rockets = deed_on(s, "rockets", "SANA", "Explosions/Remote violence",
                              "shelling", rebels, "Civilians (Syria)", 7);
  assert_int_equal(deed_on(s, "toll", "RT", "Battles", "kill", rebels, "Civilians (Syria)", 7),
                   rockets);
  assert_true(deed_on(s, "push", "AFP", "Battles", "clash", army, rebels, 2) != rockets);
  sr_store_close(s);
}

/* A note full of its first reports' sources is not written again by the
** next report: the settled note is the same text (a trigger on the
** connection counts the writes). */
static void test_full_note_not_rewritten(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096], id[32], outlet[96];
  assert_int_equal(sqlite3_exec(s->db,
      "CREATE TEMP TABLE note_writes(n INTEGER);"
      "CREATE TEMP TRIGGER note_written AFTER UPDATE OF notes ON clusters"
      " BEGIN INSERT INTO note_writes VALUES (1); END;", NULL, NULL, NULL),
      SQLITE_OK);
  for (int i = 0; i < 40; i++) {
    snprintf(id, sizeof id, "full-%d", i);
    snprintf(outlet, sizeof outlet, "an outlet with a rather long name, number %d", i);
    char eid[40];
    snprintf(eid, sizeof eid, "%s#1", id);
    event_json(e, sizeof e, eid, "realised", "2016-10-30", 36.20, 37.16, 12,
               "Military Forces of Syria");
    if (i == 39) sqlite3_exec(s->db, "DELETE FROM note_writes", NULL, NULL, NULL);
    ingest(s, id, outlet, id, e);
  }
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  assert_int_equal(count(s, "SELECT length(notes) FROM clusters"), 1023);
  assert_int_equal(count(s, "SELECT count(*) FROM note_writes"), 0);
  sr_store_close(s);
}

/* A writer's temporary files are in memory: each document's savepoint keeps
** the pages it changes in a sub-journal, which on disk cost a write system
** call a page (docs/store.md, "What a report costs the writer"). */
static void test_temporary_files_in_memory(void **state) {
  (void)state;
  sr_store *s = open_store();
  assert_int_equal(count(s, "PRAGMA temp_store"), 2); /* MEMORY */
  sr_store_close(s);
}

/* ------------------------------------------- property: random claims */

/* xorshift64*: the same claims on every run and machine. */
static uint64_t rng_state;
static uint64_t rng(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717ULL;
}
static int rng_int(int n) { return (int)(rng() % (uint64_t)n); }

static const char *const qualifiers[] = {"exact",    "about",     "at_least",
                                         "more_than", "at_most",  "less_than",
                                         "range",     "word"};

/* One claim as the extractor writes it: "more than 50" is value 50, low 51;
** "at least 12" value 12, low 12; "up to 30" value 30, high 30; a range
** low-high; a word ("dozens": low 24, no value, qualifier about); now and
** then a bound alone (a lower one alone reads as a word). */
typedef struct raw_claim {
  double value, low, high;
  const char *qualifier;
} raw_claim;

static raw_claim random_claim(void) {
  raw_claim r = {NAN, NAN, NAN, qualifiers[rng_int(8)]};
  double n = 1 + rng_int(rng_int(2) ? 60 : 3000);
  if (strcmp(r.qualifier, "word") == 0) {
    static const double units[] = {12, 20, 100, 1000};
    r.low = 2 * units[rng_int(4)];
    r.qualifier = "about";
    return r;
  }
  if (strcmp(r.qualifier, "range") == 0) {
    r.low = n;
    r.high = n + 1 + rng_int(200);
  } else if (strcmp(r.qualifier, "more_than") == 0) {
    r.value = n;
    r.low = n + 1;
  } else if (strcmp(r.qualifier, "at_least") == 0) {
    r.value = n;
    if (rng_int(2)) r.low = n;
  } else if (strcmp(r.qualifier, "at_most") == 0 ||
             strcmp(r.qualifier, "less_than") == 0) {
    r.value = n;
    r.high = n;
  } else {
    r.value = n;
  }
  if (rng_int(10) == 0 && !(isnan(r.low) && isnan(r.high)))
    r.value = NAN; /* only its bounds */
  return r;
}

/* A word's floor ("dozens") or a lower bound alone. */
static int is_word(const raw_claim *r) {
  return isnan(r->value) && !isnan(r->low) && isnan(r->high);
}

static int is_open(const raw_claim *r) {
  return isnan(r->high) && (strcmp(r->qualifier, "at_least") == 0 ||
                            strcmp(r->qualifier, "more_than") == 0 ||
                            is_word(r));
}

static void check_estimate(const sr_claim *c, size_t n) {
  sr_claim sorted[16];
  memcpy(sorted, c, n * sizeof *c);
  double low, best, high;
  sr_claims_estimate(sorted, n, &low, &best, &high);
  assert_true(low <= best && best <= high);
  size_t counted = 0;
  for (size_t i = 0; i < n; i++) counted += !c[i].word;
  int best_is_a_claim = 0;
  for (size_t i = 0; i < n; i++) {
    assert_true(c[i].low <= c[i].point && c[i].point <= c[i].high);
    assert_true(c[i].point <= high); /* no report's figure above high */
    if (counted && c[i].word) continue; /* beside counts, a word says nothing */
    assert_true(low <= c[i].low);   /* the lowest any report allows */
    best_is_a_claim |= best == c[i].point;
    /* "more than N" raises low above no other source's figure */
    assert_true(low <= c[i].point);
  }
  /* UCDP's best is a figure a report gave, not a mean */
  assert_true(best_is_a_claim);
  /* Words beside counts move neither low nor best ("dozens" beside 72:
  ** low 72, not 24); they may raise high ("hundreds"). */
  if (counted && counted < n) {
    sr_claim counts[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
      if (!c[i].word) counts[k++] = c[i];
    double low1, best1, high1;
    sr_claims_estimate(counts, k, &low1, &best1, &high1);
    assert_true(low1 == low && best1 == best && high1 <= high);
  }
  /* A "more than N" added never lowers high nor raises low (above a
  ** count: over words alone, the first count is low). */
  sr_claim more[16];
  memcpy(more, c, n * sizeof *c);
  double m = 1 + rng_int(3000);
  assert_true(sr_claim_read(m, m + 1, NAN, "more_than", &more[n]));
  assert_false(more[n].word);
  double low2, best2, high2;
  sr_claims_estimate(more, n + 1, &low2, &best2, &high2);
  assert_true(high2 >= high);
  if (counted) assert_true(low2 <= low);
  assert_true(low2 <= best2 && best2 <= high2);
}

static void test_claims_invariants(void **state) {
  (void)state;
  rng_state = 0x5eed2016;
  for (int round = 0; round < 5000; round++) {
    size_t n = 1 + (size_t)rng_int(8);
    sr_claim c[16];
    raw_claim r[16];
    for (size_t i = 0; i < n; i++) {
      r[i] = random_claim();
      assert_true(sr_claim_read(r[i].value, r[i].low, r[i].high,
                                is_open(&r[i]) ? "at_least" : r[i].qualifier,
                                &c[i]));
      /* open above exactly when it says at least / more than, or is a
      ** word's floor */
      assert_int_equal(isinf(c[i].high) != 0, is_open(&r[i]));
      assert_int_equal(c[i].word, is_word(&r[i]));
    }
    check_estimate(c, n);
    for (size_t i = 0; i < n; i++)
      for (size_t j = 0; j < n; j++) {
        int x = sr_claims_contradict(&c[i], &c[j]);
        assert_int_equal(x, sr_claims_contradict(&c[j], &c[i]));
        /* claims that can both be true never contradict */
        if (c[i].low <= c[j].high && c[j].low <= c[i].high) assert_false(x);
        if (x)
          assert_true(c[i].low > 1.5 * c[j].high || c[j].low > 1.5 * c[i].high);
      }
  }
  /* "plus de 50 000": low 50001, best 50001, never best < low */
  sr_claim c;
  assert_true(sr_claim_read(50000, 50001, NAN, "more_than", &c));
  double low, best, high;
  sr_claims_estimate(&c, 1, &low, &best, &high);
  assert_true(low == 50001 && best == 50001 && high == 50001);
}

static void raw_json(char *out, size_t cap, const raw_claim *r) {
  char v[32] = "null", l[32] = "null", h[32] = "null";
  if (!isnan(r->value)) snprintf(v, sizeof v, "%g", r->value);
  if (!isnan(r->low)) snprintf(l, sizeof l, "%g", r->low);
  if (!isnan(r->high)) snprintf(h, sizeof h, "%g", r->high);
  snprintf(out, cap,
           "{\"kind\":\"killed\",\"value\":%s,\"low\":%s,\"high\":%s,"
           "\"qualifier\":\"%s\",\"of\":\"civils\",\"text\":\"x\"}",
           v, l, h, r->qualifier);
}

/* The store, fed the claims one report at a time (the incremental path),
** agrees with sr_claims_estimate over all of them, keeps every claim with
** its outlet and qualifier, and flags exactly the contradicting pairs.  A
** report may also give a smaller figure of the kind (a part of its count,
** or an early count it updates: "at least" half of it): kept as a claim,
** it moves neither the estimate nor the contradictions. */
static void test_store_claims_property(void **state) {
  (void)state;
  rng_state = 0xa1e99016;
  for (int round = 0; round < 40; round++) {
    sr_store *s = open_store();
    size_t n = 1 + (size_t)rng_int(5);
    sr_claim c[16];
    size_t pairs = 0, parts = 0;
    for (size_t i = 0; i < n; i++) {
      raw_claim r = random_claim();
      assert_true(sr_claim_read(r.value, r.low, r.high,
                                is_open(&r) ? "at_least" : r.qualifier, &c[i]));
      char q[512], e[4096], id[16], outlet[16];
      raw_json(q, sizeof q, &r);
      double part = floor(c[i].point / 2);
      if (rng_int(2) && part >= 1) {
        raw_claim p = {part, NAN, NAN, rng_int(2) ? "exact" : "at_least"};
        if (strcmp(p.qualifier, "at_least") == 0) p.low = part;
        size_t len = strlen(q);
        q[len++] = ',';
        raw_json(q + len, sizeof q - len, &p);
        parts++;
      }
      snprintf(id, sizeof id, "r%zu", i);
      snprintf(outlet, sizeof outlet, "Outlet %zu", i);
      char eid[24];
      snprintf(eid, sizeof eid, "%s#1", id);
      event_json_q(e, sizeof e, eid, "realised", "2016-11-26", 36.2, 37.16, q,
                   "null", "Military Forces of Syria");
      ingest(s, id, outlet, id, e);
      for (size_t j = 0; j < i; j++) pairs += sr_claims_contradict(&c[i], &c[j]);
    }
    assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
    double low, best, high;
    sr_claim sorted[16];
    memcpy(sorted, c, n * sizeof *c);
    sr_claims_estimate(sorted, n, &low, &best, &high);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(s->db, "SELECT low, best, high, reports"
                                        " FROM estimates WHERE kind = 'killed'",
                                        -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_true(fabs(sqlite3_column_double(st, 0) - low) < 1e-9);
    assert_true(fabs(sqlite3_column_double(st, 1) - best) < 1e-9);
    assert_true(fabs(sqlite3_column_double(st, 2) - high) < 1e-9);
    assert_int_equal(sqlite3_column_int(st, 3), (int)n);
    sqlite3_finalize(st);
    assert_int_equal(count(s, "SELECT count(DISTINCT source) FROM claims"), (long long)n);
    assert_int_equal(count(s, "SELECT count(*) FROM claims"), (long long)(n + parts));
    assert_int_equal(count(s, "SELECT count(*) FROM claims WHERE qualifier IS NULL"), 0);
    assert_int_equal(count(s, "SELECT count(*) FROM contradictions WHERE kind = 'figures'"),
                     (long long)pairs);
    assert_int_equal(count(s, "SELECT count(*) FROM clusters WHERE notes LIKE '%Disputed%'"),
                     pairs ? 1 : 0);
    sr_store_close(s);
  }
}

static void test_apart_and_incompatible(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.20, 37.16, 1,
             "Military Forces of Syria");
  ingest(s, "a", "Reuters", "a", e);
  /* 50 km away: too far for two geo_precision 1 places. */
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.65, 37.16, 1,
             "Military Forces of Syria");
  ingest(s, "b", "AFP", "b", e);
  /* Same place, a week later. */
  event_json(e, sizeof e, "c#1", "realised", "2016-11-06", 36.20, 37.16, 1,
             "Military Forces of Syria");
  ingest(s, "c", "TASS", "c", e);
  /* Planned: stored, never clustered. */
  event_json(e, sizeof e, "d#1", "planned", "2016-10-30", 36.20, 37.16, -1,
             "Military Forces of Syria");
  ingest(s, "d", "RT", "d", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 3);
  assert_int_equal(count(s, "SELECT count(*) FROM events WHERE cluster IS NULL"), 1);
  assert_int_equal(count(s, "SELECT max(n_documents) FROM clusters"), 1);
  sr_store_close(s);
}

/* Rewrites the first `from` of an event's JSON as `to` (its type, action
** or date precision). */
static void edit(char *json, size_t cap, const char *from, const char *to) {
  char *at = strstr(json, from);
  assert_non_null(at);
  size_t n = strlen(from), m = strlen(to), rest = strlen(at + n);
  assert_true(strlen(json) - n + m < cap);
  memmove(at + m, at + n, rest + 1);
  memcpy(at, to, m);
}

/* An event of a given type and action (event_json's are airstrikes). */
static void typed(char *e, size_t cap, const char *type, const char *action) {
  char t[96], a[96];
  snprintf(t, sizeof t, "\"event_type\":\"%s\"", type);
  snprintf(a, sizeof a, "\"action\":\"%s\"", action);
  edit(e, cap, "\"event_type\":\"Explosions/Remote violence\"", t);
  edit(e, cap, "\"action\":\"airstrike\"", a);
}

/* A document that tells its event twice (an airstrike in the lead, "an
** attack" in the details) gives one report: the second restates the first,
** in its cluster, counted once; another outlet's report joins them.  An
** event 50 km away, or the other side's claim in the same document, is
** not a restatement. */
static void test_document_restates_its_event(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e1[4096], e2[4096], e3[4096], all[12288];
  event_json(e1, sizeof e1, "a#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Military Forces of Syria");
  event_json(e2, sizeof e2, "a#2", "realised", "2016-10-30", 36.201, 37.161,
             14, "Military Forces of Syria");
  typed(e2, sizeof e2, "Battles", "attack");
  event_json(e3, sizeof e3, "a#3", "realised", "2016-10-30", 36.65, 37.16, 3,
             "Military Forces of Syria");
  snprintf(all, sizeof all, "%s,%s,%s", e1, e2, e3);
  ingest(s, "a", "Reuters", "a", all);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_string_equal(text_of(s, "SELECT role FROM events WHERE id = 'a#2'"),
                      "restates");
  assert_int_equal(count(s, "SELECT count(DISTINCT cluster) FROM events"
                            " WHERE id IN ('a#1', 'a#2')"), 1);
  assert_string_equal(text_of(s, "SELECT role FROM events WHERE id = 'a#3'"),
                      "member");
  /* counted once: one report, its own figure */
  assert_int_equal(count(s, "SELECT n_events FROM clusters c JOIN events e"
                            " ON e.cluster = c.id WHERE e.id = 'a#1'"), 1);
  assert_int_equal(count(s, "SELECT reports FROM estimates e JOIN events v"
                            " ON v.cluster = e.cluster WHERE v.id = 'a#1'"), 1);
  event_json(e1, sizeof e1, "b#1", "realised", "2016-10-30", 36.20, 37.16, 15,
             "Military Forces of Syria");
  ingest(s, "b", "AFP", "b", e1);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT n_documents FROM clusters c JOIN events e"
                            " ON e.cluster = c.id WHERE e.id = 'a#1'"), 2);
  /* "captured" and "repelled" in one report: the two sides' claims */
  event_json(e1, sizeof e1, "c#1", "realised", "2016-10-20", 35.13, 36.75, -1,
             "Military Forces of Syria");
  typed(e1, sizeof e1, "Battles", "capture");
  event_json(e2, sizeof e2, "c#2", "realised", "2016-10-20", 35.13, 36.75, -1,
             "Military Forces of Syria");
  typed(e2, sizeof e2, "Battles", "repel");
  snprintf(all, sizeof all, "%s,%s", e1, e2);
  ingest(s, "c", "TASS", "c", all);
  assert_string_equal(text_of(s, "SELECT role FROM events WHERE id = 'c#2'"),
                      "member");
  assert_int_equal(count(s, "SELECT count(DISTINCT cluster) FROM events"
                            " WHERE id IN ('c#1', 'c#2')"), 2);
  sr_store_close(s);
}

/* A place known to its region only (geo_precision 3) is in its admin1:
** never 35 km away across the border of the next one, anywhere in its
** own. */
static void test_region_place_in_its_admin1(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 35.13, 36.75, 12,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"admin1\":\"Aleppo\"", "\"admin1\":\"Hama\"");
  edit(e, sizeof e, "\"geo_precision\":1", "\"geo_precision\":3");
  ingest(s, "a", "Reuters", "a", e);
  /* Khan Shaykhun, Idlib: 35 km from the point given for Hama */
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 35.44, 36.65, 12,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"admin1\":\"Aleppo\"", "\"admin1\":\"Idlib\"");
  ingest(s, "b", "AFP", "b", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  /* a town of Hama 60 km away */
  event_json(e, sizeof e, "c#1", "realised", "2016-10-30", 35.13, 37.41, 12,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"admin1\":\"Aleppo\"", "\"admin1\":\"Hama\"");
  ingest(s, "c", "TASS", "c", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT n_documents FROM clusters c JOIN events e"
                            " ON e.cluster = c.id WHERE e.id = 'a#1'"), 2);
  sr_store_close(s);
}

/* A report known to its region only counts no kilometres to the places of
** the clusters it may join in its region: the region's point is no place
** of the event.  A town's air strike and, 55 km away, the city's shelling
** on one day; "an air strike in Idlib province" given the region's point
** (7 km from the city) is the town's air strike, the same deed. */
static void test_region_report_counts_no_km(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2017-04-04", 35.93, 36.63, 12,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"admin1\":\"Aleppo\"", "\"admin1\":\"Idlib\"");
  typed(e, sizeof e, "Explosions/Remote violence", "shelling");
  ingest(s, "a", "SANA", "a", e);
  event_json(e, sizeof e, "b#1", "realised", "2017-04-04", 35.44, 36.65, 70,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"admin1\":\"Aleppo\"", "\"admin1\":\"Idlib\"");
  ingest(s, "b", "Reuters", "b", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  event_json(e, sizeof e, "c#1", "realised", "2017-04-04", 35.87, 36.61, 80,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"admin1\":\"Aleppo\"", "\"admin1\":\"Idlib\"");
  edit(e, sizeof e, "\"geo_precision\":1", "\"geo_precision\":3");
  ingest(s, "c", "AFP", "c", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  assert_int_equal(count(s, "SELECT count(*) FROM events a JOIN events b"
                            " ON a.cluster = b.cluster WHERE a.id = 'b#1'"
                            " AND b.id = 'c#1'"), 1);
  sr_store_close(s);
}

/* A state's forces and the foreign forces flying with them (ACLED inter 1
** and 8, packs/store/joint.tsv) fit each other as perpetrators of an air
** strike: one outlet lays the strike on a market at the regime's door,
** another at its ally's, a third tells the toll only.  A ground deed
** (shelling) keeps its perpetrators apart, beside a shelling or an air
** strike. */
static void test_joint_air_strike(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2017-11-13", 36.14, 36.83, 30,
             "Military Forces of Syria");
  ingest(s, "a", "AFP", "a", e);
  event_json(e, sizeof e, "b#1", "realised", "2017-11-13", 36.14, 36.83, 40,
             "Military Forces of Russia");
  edit(e, sizeof e, "\"inter\":1", "\"inter\":8");
  typed(e, sizeof e, "Violence against civilians", "kill");
  ingest(s, "b", "Etilaf", "b", e);
  event_json(e, sizeof e, "c#1", "realised", "2017-11-13", 36.14, 36.83, 35,
             "Military Forces of Russia");
  edit(e, sizeof e, "\"inter\":1", "\"inter\":8");
  ingest(s, "c", "Reuters", "c", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  assert_int_equal(count(s, "SELECT n_sources FROM clusters"), 3);
  /* Hama: the army's shelling, and the ally's the same day */
  event_json(e, sizeof e, "d#1", "realised", "2017-11-13", 35.13, 36.75, 3,
             "Military Forces of Syria");
  typed(e, sizeof e, "Explosions/Remote violence", "shelling");
  ingest(s, "d", "AFP", "d", e);
  event_json(e, sizeof e, "f#1", "realised", "2017-11-13", 35.13, 36.75, 3,
             "Military Forces of Russia");
  edit(e, sizeof e, "\"inter\":1", "\"inter\":8");
  typed(e, sizeof e, "Explosions/Remote violence", "shelling");
  ingest(s, "f", "Reuters", "f", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 3);
  /* Homs: the ally's air strike, and the army's shelling the same day */
  event_json(e, sizeof e, "g#1", "realised", "2017-11-13", 34.73, 36.71, 5,
             "Military Forces of Russia");
  edit(e, sizeof e, "\"inter\":1", "\"inter\":8");
  ingest(s, "g", "AFP", "g", e);
  event_json(e, sizeof e, "h#1", "realised", "2017-11-13", 34.73, 36.71, 5,
             "Military Forces of Syria");
  typed(e, sizeof e, "Explosions/Remote violence", "shelling");
  ingest(s, "h", "Reuters", "h", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 5);
  sr_store_close(s);
}

/* A report that does not know who did it ("Unidentified Armed Group",
** packs/store/unnamed.tsv) names no perpetrator: it joins the report that
** names one, whatever inter code it carries.  A cluster that names a side
** is not opened to every other side by its unnamed report; and a tally
** over several days with nobody named joins nothing by its unnamed side. */
static void test_unnamed_side_names_nobody(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Military Forces of Syria");
  ingest(s, "a", "Reuters", "a", e);
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Unidentified Armed Group (Syria)");
  edit(e, sizeof e, "\"inter\":1", "\"inter\":3");
  ingest(s, "b", "AFP", "b", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  event_json(e, sizeof e, "c#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Islamic State");
  edit(e, sizeof e, "\"inter\":1", "\"inter\":2");
  ingest(s, "c", "TASS", "c", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  /* Hama: the army on the 30th; an unnamed side's losses from the 28th
  ** to the 31st */
  event_json(e, sizeof e, "d#1", "realised", "2016-10-30", 35.13, 36.75, 12,
             "Military Forces of Syria");
  ingest(s, "d", "Reuters", "d", e);
  event_json(e, sizeof e, "f#1", "realised", "2016-10-28", 35.13, 36.75, 12,
             "Unidentified Armed Group (Syria)");
  edit(e, sizeof e, "\"inter\":1", "\"inter\":3");
  edit(e, sizeof e, "\"until\":null", "\"until\":\"2016-10-31\"");
  ingest(s, "f", "AFP", "f", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 4);
  sr_store_close(s);
}

/* A toll told without its deed (packs/store/toll.tsv: "12 killed"), typed
** Battles by the engine's guess, is one event with another outlet's report
** of the attack on civilians; two tolls typed apart are one too.  Two
** deeds of those types stay apart. */
static void test_toll_fits_its_deed(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Military Forces of Syria");
  typed(e, sizeof e, "Violence against civilians", "attack");
  ingest(s, "a", "Reuters", "a", e);
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Military Forces of Syria");
  typed(e, sizeof e, "Battles", "kill");
  ingest(s, "b", "AFP", "b", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  /* Hama: a clash and an attack on civilians, each told as a deed */
  event_json(e, sizeof e, "c#1", "realised", "2016-10-30", 35.13, 36.75, 12,
             "Military Forces of Syria");
  typed(e, sizeof e, "Battles", "clash");
  ingest(s, "c", "Reuters", "c", e);
  event_json(e, sizeof e, "d#1", "realised", "2016-10-30", 35.13, 36.75, 12,
             "Military Forces of Syria");
  typed(e, sizeof e, "Violence against civilians", "attack");
  ingest(s, "d", "AFP", "d", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 3);
  /* Homs: two tolls, one typed Battles, one Violence against civilians */
  event_json(e, sizeof e, "f#1", "realised", "2016-10-30", 34.73, 36.71, 12,
             "Military Forces of Syria");
  typed(e, sizeof e, "Battles", "kill");
  ingest(s, "f", "Reuters", "f", e);
  event_json(e, sizeof e, "g#1", "realised", "2016-10-30", 34.73, 36.71, 12,
             "Military Forces of Syria");
  typed(e, sizeof e, "Violence against civilians", "kill");
  ingest(s, "g", "AFP", "g", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 4);
  sr_store_close(s);
}

/* A date known to the day meets another a day apart; a report-dated event
** (the day before publication and that day) meets only the days it
** covers, unless it answers the report (an opposed claim). */
static void test_report_window_meets_by_overlap(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-29", 36.20, 37.16, 12,
             "Military Forces of Syria");
  ingest(s, "a", "Reuters", "a", e);
  event_json(e, sizeof e, "b#1", "realised", "2016-10-30", 36.20, 37.16, 12,
             "Military Forces of Syria");
  ingest(s, "b", "AFP", "b", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
  /* published on the 31st, undated in its text: the 30th or the 31st,
  ** not the 29th the cluster's first report gives */
  event_json(e, sizeof e, "c#1", "realised", "2016-10-31", 36.20, 37.16, 12,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"precision\":\"day\"", "\"precision\":\"published\"");
  ingest(s, "c", "TASS", "c", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 2);
  /* "said Monday" the 31st: the day it was told, the event on or before
  ** it, read as the report's date is: the 30th or the 31st */
  event_json(e, sizeof e, "g#1", "realised", "2016-10-31", 36.20, 37.16, 12,
             "Military Forces of Syria");
  edit(e, sizeof e, "\"precision\":\"day\"", "\"precision\":\"told\"");
  ingest(s, "g", "SANA", "g", e);
  assert_int_equal(count(s, "SELECT day_hi - day_lo FROM events WHERE id = 'g#1'"), 1);
  assert_int_equal(count(s, "SELECT day_hi - day_lo FROM events WHERE id = 'b#1'"), 0);
  /* "captured Kawkab" on the 29th; "repelled the assault", published on
  ** the 31st: one battle, two sides */
  event_json(e, sizeof e, "d#1", "realised", "2016-10-29", 35.13, 36.75, -1,
             "Military Forces of Syria");
  typed(e, sizeof e, "Battles", "capture");
  ingest(s, "d", "Reuters", "d", e);
  event_json(e, sizeof e, "f#1", "realised", "2016-10-31", 35.13, 36.75, -1,
             "Jabhat al-Nusra");
  typed(e, sizeof e, "Battles", "repel");
  edit(e, sizeof e, "\"precision\":\"day\"", "\"precision\":\"published\"");
  ingest(s, "f", "AFP", "f", e);
  assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 3);
  assert_string_equal(text_of(s, "SELECT kind FROM contradictions"), "opposed");
  sr_store_close(s);
}

static void test_denial_either_order(void **state) {
  (void)state;
  for (int order = 0; order < 2; order++) {
    sr_store *s = open_store();
    char e[4096], d[4096];
    event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.20, 37.16, 8,
               "Military Forces of Russia");
    event_json(d, sizeof d, "b#1", "denied", "2016-10-30", 36.20, 37.16, -1,
               "Military Forces of Russia");
    if (order == 0) {
      ingest(s, "a", "Reuters", "a", e);
      ingest(s, "b", "TASS", "b", d);
    } else {
      /* The denial first: it waits, unclustered, for the report. */
      ingest(s, "b", "TASS", "b", d);
      assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 0);
      ingest(s, "a", "Reuters", "a", e);
    }
    assert_int_equal(count(s, "SELECT count(*) FROM clusters"), 1);
    assert_int_equal(count(s, "SELECT n_documents FROM clusters"), 1);
    assert_string_equal(text_of(s, "SELECT role FROM events WHERE id = 'b#1'"),
                        "contradicts");
    assert_string_equal(text_of(s, "SELECT kind FROM contradictions"), "denial");
    assert_non_null(strstr(text_of(s, "SELECT claim_b FROM contradictions"),
                           "denied airstrike, according to OSDH (TASS)"));
    sr_store_close(s);
  }
}

static void test_csv_quoting(void **state) {
  (void)state;
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  sr_csv_field(f, "plain", 5, 1);
  sr_csv_field(f, "a,b", 3, 0);
  sr_csv_field(f, "say \"no\"", 8, 0);
  sr_csv_field(f, "two\nlines", 9, 0);
  sr_csv_field(f, NULL, 0, 0);
  sr_csv_end_record(f);
  fclose(f);
  assert_string_equal(buf, "plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\r\n");
  free(buf);
}

static void test_export_filters(void **state) {
  (void)state;
  sr_store *s = open_store();
  char e[4096];
  event_json(e, sizeof e, "a#1", "realised", "2016-10-30", 36.20, 37.16, 2,
             "Military Forces of Syria");
  ingest(s, "a", "Reuters", "a", e);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  sr_export_filter keep = {"2016-10-01", "2016-10-31", "sy", NULL};
  sr_error err;
  assert_int_equal(sr_store_export(s, SR_EXPORT_ACLED_CSV, &keep, f, &err), SR_OK);
  sr_export_filter drop = {NULL, NULL, NULL, "Battles"};
  assert_int_equal(sr_store_export(s, SR_EXPORT_ACLED_CSV, &drop, f, &err), SR_OK);
  sr_export_filter bad = {"2016-10", NULL, NULL, NULL};
  assert_int_equal(sr_store_export(s, SR_EXPORT_JSONL, &bad, f, &err), SR_EINVAL);
  assert_non_null(strstr(err.message, "2016-10"));
  fclose(f);
  /* Two headers, one row. */
  size_t rows = 0;
  for (char *p = buf; (p = strstr(p, "\r\n")); p += 2) rows++;
  assert_int_equal(rows, 3);
  assert_non_null(strstr(buf, "\r\nSYR1,2016-10-30,2016,1,Political violence,"));
  free(buf);
  sr_store_close(s);
}

/* A document's parts are written several rows to a statement (8, 4, 2, 1):
** 15 quantities over two events take every width; each row keeps its
** event, its index and its fields (a kind left out is 'unknown'), and a
** part refused in a later event leaves nothing of the document. */
static void quantities_json(char *out, size_t cap, int n, int base) {
  size_t len = 0;
  out[0] = '\0';
  for (int i = 0; i < n; i++)
    len += (size_t)snprintf(
        out + len, cap - len,
        "%s{\"kind\":%s,\"value\":%d,\"low\":null,\"high\":%s,"
        "\"qualifier\":\"exact\",\"of\":null,\"text\":\"q%d\"}",
        i ? "," : "", i == 5 ? "null" : "\"killed\"", base + i,
        i == 2 ? "1000" : "null", base + i);
}

static void test_parts_written_in_full(void **state) {
  (void)state;
  sr_store *s = open_store();
  char q1[4096], q2[4096], e1[8192], e2[8192], events[16384];
  quantities_json(q1, sizeof q1, 11, 100);
  quantities_json(q2, sizeof q2, 4, 200);
  event_json_q(e1, sizeof e1, "p1", "realised", "2016-10-30", 36.2, 37.1, q1,
               "null", "SAA");
  event_json_q(e2, sizeof e2, "p2", "realised", "2016-10-30", 35.1, 36.7, q2,
               "null", "SAA");
  snprintf(events, sizeof events, "%s,%s", e1, e2);
  ingest(s, "parts", "AFP", NULL, events);
  assert_int_equal(count(s, "SELECT count(*) FROM quantities"), 15);
  assert_int_equal(count(s, "SELECT count(*) FROM quantities q JOIN events e"
                            " ON e.rowid = q.event WHERE e.id = 'p1' AND"
                            " q.value = 100 + q.idx AND q.text = 'q' ||"
                            " (100 + q.idx)"), 11);
  assert_int_equal(count(s, "SELECT count(*) FROM quantities q JOIN events e"
                            " ON e.rowid = q.event WHERE e.id = 'p2' AND"
                            " q.value = 200 + q.idx"), 4);
  assert_int_equal(count(s, "SELECT count(*) FROM quantities WHERE kind ="
                            " 'unknown' AND idx = 5"), 1);
  assert_int_equal(count(s, "SELECT count(*) FROM quantities WHERE high ="
                            " 1000 AND idx = 2 AND low IS NULL"), 2);
  assert_int_equal(count(s, "SELECT count(*) FROM actors"), 2);
  assert_int_equal(count(s, "SELECT count(*) FROM attributions"), 2);
  /* the second event's tenth quantity refused: none of the document */
  char bad[16384];
  snprintf(bad, sizeof bad,
           "{\"id\":\"parts2\",\"events\":[%s,{\"event_type\":\"Battles\","
           "\"quantities\":[%s,{\"value\":\"x\"}]}]}",
           e1, q1);
  char *p1 = strstr(bad, "\"p1\"");
  assert_non_null(p1);
  memcpy(p1, "\"p3\"", 4);
  refused(s, bad, "events[1].quantities[11].value: not a number");
  assert_int_equal(count(s, "SELECT count(*) FROM quantities"), 15);
  assert_int_equal(count(s, "SELECT count(*) FROM events"), 2);
  sr_store_close(s);
}

static void test_newer_schema_refused(void **state) {
  (void)state;
  char path[] = "/tmp/sitrep-store-XXXXXX";
  new_file(path);
  sr_store *s = open_file_store(path);
  sr_error err;
  assert_int_equal(reopen_after(path, s, "PRAGMA user_version = 99", &s, &err),
                   SR_EINVAL);
  assert_non_null(strstr(err.message, "newer"));
  assert_non_null(strstr(err.message, path));
  remove_store(path);
}

/* sr_store_quiet_memory, called as the CLI calls it (main, before SQLite's
** first use): SQLite keeps no count of its memory afterwards, the store
** works as before, and a later call says it came too late. */
static int quiet_memory_first;

static void test_quiet_memory(void **state) {
  (void)state;
  assert_int_equal(quiet_memory_first, 0);
  sr_store *s = open_store();
  report_at(s, "a", "Reuters", "a", 36.20, 37.16);
  report_at(s, "b", "AFP", "b", 36.20, 37.16);
  assert_int_equal(count(s, "SELECT n_events FROM clusters"), 2);
  assert_int_equal(sqlite3_memory_used(), 0);
  assert_int_equal(sqlite3_memory_highwater(0), 0);
  assert_int_not_equal(sr_store_quiet_memory(), 0);
  sr_store_close(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_replace_and_unchanged),
      cmocka_unit_test(test_refusals_name_the_field),
      cmocka_unit_test(test_batch_keeps_the_rest),
      cmocka_unit_test(test_read_apart_then_write),
      cmocka_unit_test(test_batch_full_text),
      cmocka_unit_test(test_doc_of_equals_its_json),
      cmocka_unit_test(test_estimates_low_best_high),
      cmocka_unit_test(test_report_claims_its_largest_figure),
      cmocka_unit_test(test_word_figures),
      cmocka_unit_test(test_actor_named_twice),
      cmocka_unit_test(test_batch_clusters_whatever_the_order),
      cmocka_unit_test(test_nearest_by_span_and_deed),
      cmocka_unit_test(test_a_day_apart_with_other_dead),
      cmocka_unit_test(test_windows_narrow_to_no_report_day),
      cmocka_unit_test(test_air_strike_and_rebel_rockets),
      cmocka_unit_test(test_battle_and_deed_on_civilians),
      cmocka_unit_test(test_words_migrated),
      cmocka_unit_test(test_newcomer_work_flat),
      cmocka_unit_test(test_replaced_claim_quoted_anew),
      cmocka_unit_test(test_replaced_event_seen_anew_in_a_batch),
      cmocka_unit_test(test_memo_forgotten_after_another_writer),
      cmocka_unit_test(test_dissolved_cluster_reforms),
      cmocka_unit_test(test_note_lists_a_report_filed_again),
      cmocka_unit_test(test_cluster_actors_seen_anew),
      cmocka_unit_test(test_cluster_days_narrowed),
      cmocka_unit_test(test_full_note_not_rewritten),
      cmocka_unit_test(test_temporary_files_in_memory),
      cmocka_unit_test(test_claims_invariants),
      cmocka_unit_test(test_store_claims_property),
      cmocka_unit_test(test_apart_and_incompatible),
      cmocka_unit_test(test_document_restates_its_event),
      cmocka_unit_test(test_newcomer_row_as_read_back),
      cmocka_unit_test(test_report_window_meets_by_overlap),
      cmocka_unit_test(test_region_place_in_its_admin1),
      cmocka_unit_test(test_region_report_counts_no_km),
      cmocka_unit_test(test_joint_air_strike),
      cmocka_unit_test(test_unnamed_side_names_nobody),
      cmocka_unit_test(test_toll_fits_its_deed),
      cmocka_unit_test(test_denial_either_order),
      cmocka_unit_test(test_csv_quoting),
      cmocka_unit_test(test_export_filters),
      cmocka_unit_test(test_parts_written_in_full),
      cmocka_unit_test(test_outlet_fallback_is_the_documents_source),
      cmocka_unit_test(test_newer_schema_refused),
      cmocka_unit_test(test_quiet_memory),
  };
  quiet_memory_first = sr_store_quiet_memory();
  return cmocka_run_group_tests(tests, NULL, NULL);
}
