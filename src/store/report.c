/*
** Reading the store for people: counts (sitrep stats) and full-text search
** over the documents (sitrep query).
*/
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "store.h"

static const char SQL_TOTALS[] =
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
    " (SELECT count(*) FROM clusters),"
    " (SELECT count(*) FROM clusters WHERE n_sources > 1),"
    " (SELECT count(DISTINCT cluster) FROM contradictions)";
static const char *const total_keys[] = {"documents", "events", "clusters",
                                         "corroborated", "disputed"};

/* Counts of clusters (real-world events), by one attribute each. */
static const char SQL_BY_TYPE[] =
    "SELECT coalesce(event_type, '(none)'), count(*) FROM clusters"
    " GROUP BY 1 ORDER BY 2 DESC, 1";
static const char SQL_BY_COUNTRY[] =
    "SELECT coalesce(c.country, k.name, c.iso2, '(unknown)'), count(*)"
    " FROM clusters c LEFT JOIN temp.countries k ON k.iso2 = c.iso2"
    " GROUP BY 1 ORDER BY 2 DESC, 1";
static const char SQL_BY_MONTH[] =
    "SELECT coalesce(substr(event_date, 1, 7), '(undated)'), count(*)"
    " FROM clusters GROUP BY 1 ORDER BY 1";
static const char SQL_BY_SOURCE[] =
    "SELECT coalesce(d.source, '(unknown)'), count(DISTINCT e.cluster)"
    " FROM events e JOIN documents d ON d.rowid = e.doc"
    " WHERE e.role = 'member' GROUP BY 1 ORDER BY 2 DESC, 1";

static sr_status counts(sr_store *s, const char *sql, json_t *into,
                        sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, sql, err);
  if (!st) return err->code;
  int step;
  while ((step = sqlite3_step(st)) == SQLITE_ROW)
    json_object_set_new(into, sr_store_col(st, 0),
                        json_integer(sqlite3_column_int64(st, 1)));
  return step == SQLITE_DONE ? SR_OK : sr_store_fail(s, err, "counting");
}

sr_status sr_store_stats(sr_store *s, FILE *out, sr_error *err) {
  sr_error local;
  if (!err) err = &local;
  json_t *o = json_object();
  sqlite3_stmt *st = sr_store_stmt(s, SQL_TOTALS, err);
  if (!st) {
    json_decref(o);
    return err->code;
  }
  if (sqlite3_step(st) == SQLITE_ROW)
    for (int i = 0; i < 5; i++)
      json_object_set_new(o, total_keys[i],
                          json_integer(sqlite3_column_int64(st, i)));
  static const struct {
    const char *key, *sql;
  } groups[] = {{"by_type", SQL_BY_TYPE},
                {"by_country", SQL_BY_COUNTRY},
                {"by_month", SQL_BY_MONTH},
                {"by_source", SQL_BY_SOURCE}};
  sr_status rc = SR_OK;
  for (size_t i = 0; i < 4 && rc == SR_OK; i++) {
    json_t *g = json_object();
    json_object_set_new(o, groups[i].key, g);
    rc = counts(s, groups[i].sql, g, err);
  }
  if (rc == SR_OK) {
    char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (!text) rc = sr_error_set(err, SR_ENOMEM, "out of memory");
    else {
      fputs(text, out);
      fputc('\n', out);
      free(text);
    }
  }
  json_decref(o);
  return rc;
}

static const char SQL_SEARCH[] =
    "SELECT d.id, d.title, d.published, d.source,"
    " snippet(documents_fts, 1, '[', ']', '…', 16),"
    " (SELECT count(*) FROM events e WHERE e.doc = d.rowid)"
    " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
    " WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2";
static const char *const search_keys[] = {"id",     "title",   "published",
                                          "source", "snippet", "events"};

sr_status sr_store_search(sr_store *s, const char *query, size_t limit,
                          FILE *out, sr_error *err) {
  sr_error local;
  if (!err) err = &local;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_SEARCH, err);
  if (!st) return err->code;
  sr_store_bind_text(st, 1, query);
  sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : 20);
  int step;
  while ((step = sqlite3_step(st)) == SQLITE_ROW) {
    json_t *o = json_object();
    for (int i = 0; i < 6; i++) {
      json_t *v = sqlite3_column_type(st, i) == SQLITE_NULL
                      ? json_null()
                      : i == 5 ? json_integer(sqlite3_column_int64(st, i))
                               : json_string(sr_store_col(st, i));
      json_object_set_new(o, search_keys[i], v ? v : json_null());
    }
    char *text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (!text) return sr_error_set(err, SR_ENOMEM, "out of memory");
    fputs(text, out);
    fputc('\n', out);
    free(text);
  }
  /* A malformed query ("AND AND") is the user's, not an I/O failure. */
  if (step != SQLITE_DONE)
    return sr_error_set(err, SR_EINVAL, "search '%s': %s", query,
                        sqlite3_errmsg(s->db));
  return SR_OK;
}
