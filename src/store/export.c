/*
** The clusters out: ACLED's CSV (one row per cluster: a cluster is ACLED's
** "event"), JSON Lines with every member and claim, and GeoJSON (RFC 7946).
*/
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "csv.h"
#include "export.h"
#include "select.h"

/* ACLED's export columns, in ACLED's order: spreadsheets and scripts
** written for ACLED's files read ours by name and by position. */
static const char *const acled_columns[] = {
    "event_id_cnty", "event_date",    "year",           "time_precision",
    "disorder_type", "event_type",    "sub_event_type", "actor1",
    "assoc_actor_1", "inter1",        "actor2",         "assoc_actor_2",
    "inter2",        "interaction",   "civilian_targeting", "iso",
    "region",        "country",       "admin1",         "admin2",
    "admin3",        "location",      "latitude",       "longitude",
    "geo_precision", "source",        "source_scale",   "notes",
    "fatalities",    "tags",          "timestamp"};
#define ACLED_COLUMNS (sizeof acled_columns / sizeof *acled_columns)


/* inter1, 3 (an unidentified armed group), 6 (protesters) or 5 (rioters)
** when no report names actor1. */
#define INTER1                                                               \
  "coalesce(c.inter1, CASE c.event_type WHEN 'Protests' THEN 6"              \
  " WHEN 'Riots' THEN 5 ELSE 3 END)"

static const char SQL_ACLED[] =
    "SELECT " SR_EVENT_ID_CNTY ", c.event_date, substr(c.event_date, 1, 4),"
    " c.time_precision,"
    " coalesce(ds.disorder_type, dd.disorder_type), c.event_type,"
    " c.sub_event_type,"
    /* ACLED always has an actor1: when no report names one, ACLED's own
    ** coding of an actor nobody identified (docs/store.md). */
    " coalesce(c.actor1, CASE c.event_type WHEN 'Protests' THEN 'Protesters'"
    "  WHEN 'Riots' THEN 'Rioters' ELSE 'Unidentified Armed Group' END"
    "  || coalesce(' (' || coalesce(c.country, k.name) || ')', '')),"
    " c.assoc_actor_1, " INTER1 ", c.actor2, c.assoc_actor_2,"
    " coalesce(c.inter2, 0),"
    /* Two inter codes, the smaller first (37, never 73); 0 comes last. */
    " CASE WHEN coalesce(c.inter2, 0) = 0 THEN " INTER1 " * 10"
    "  ELSE min(" INTER1 ", c.inter2) * 10 + max(" INTER1 ", c.inter2) END,"
    " CASE WHEN c.inter2 = 7 THEN 'Civilian targeting' ELSE '' END,"
    " k.isonum, k.region, coalesce(c.country, k.name), c.admin1, '', '',"
    " c.location,"
    " CASE WHEN c.lat IS NOT NULL THEN printf('%.4f', c.lat) END,"
    " CASE WHEN c.lon IS NOT NULL THEN printf('%.4f', c.lon) END,"
    " coalesce(c.geo_precision, 3), c.sources, '', c.notes,"
    " coalesce(c.fatalities, 0),"
    " 'documents=' || c.n_documents || '; sources=' || c.n_sources ||"
    " CASE WHEN EXISTS (SELECT 1 FROM contradictions x WHERE x.cluster ="
    "  c.id) THEN '; disputed' ELSE '' END,"
    " c.updated_at"
    SR_CLUSTER_FROM
    " LEFT JOIN temp.disorder ds ON ds.event_type = c.event_type"
    "  AND ds.sub_event_type = c.sub_event_type"
    " LEFT JOIN temp.disorder dd ON dd.event_type = c.event_type"
    "  AND dd.sub_event_type = '*'";
static const char ORDER_BY_DATE[] = " ORDER BY c.event_date, c.id";

static const char SQL_CLUSTERS[] =
    "SELECT " SR_CLUSTER_COLUMNS SR_CLUSTER_FROM;
static const char *const cluster_keys[SR_CLUSTER_NCOLS] = {
    NULL,           "event_id_cnty", "event_type",    "sub_event_type",
    "event_date",   "time_precision", "location",     "admin1",
    "country",      "iso2",          "latitude",      "longitude",
    "geo_precision", "actor1",       "assoc_actor_1", "inter1",
    "actor2",       "assoc_actor_2", "inter2",        "fatalities",
    "events",       "documents",     "number_of_sources", "source",
    "notes"};

static const char SQL_ESTIMATES[] =
    "SELECT kind, low, best, high, reports FROM estimates WHERE cluster = ?1"
    " ORDER BY kind";
static const char SQL_CLAIMS[] =
    "SELECT source, attributed_to, value, low, high, qualifier, text,"
    " event_id, document FROM claims WHERE cluster = ?1 AND kind = ?2"
    " ORDER BY event_id";
static const char SQL_MEMBERS[] =
    "SELECT e.id, d.id, d.source, e.role, e.status, e.sentence FROM events e"
    " JOIN documents d ON d.rowid = e.doc WHERE e.cluster = ?1"
    " ORDER BY e.rowid";
static const char SQL_CONTRADICTIONS[] =
    "SELECT x.kind, a.id, x.claim_a, b.id, x.claim_b FROM contradictions x"
    " JOIN events a ON a.rowid = x.event_a JOIN events b ON b.rowid ="
    " x.event_b WHERE x.cluster = ?1 ORDER BY x.event_a, x.event_b";

static sr_status write_acled(sr_store *s, const sr_select *sel, FILE *out,
                             sr_error *err) {
  sqlite3_stmt *st;
  sr_status rc = sr_select_prepare(s, SQL_ACLED, sel, 0, ORDER_BY_DATE, &st, err);
  if (rc != SR_OK) return rc;
  for (size_t i = 0; i < ACLED_COLUMNS; i++)
    sr_csv_field(out, acled_columns[i], strlen(acled_columns[i]), i == 0);
  sr_csv_end_record(out);
  int step;
  s->export_skipped = 0;
  while ((step = sqlite3_step(st)) == SQLITE_ROW) {
    /* No report dates it, not even by its publication date: ACLED's
    ** readers need a date; the row is left out and counted. */
    if (sqlite3_column_type(st, 1) == SQLITE_NULL) {
      s->export_skipped++;
      continue;
    }
    for (int i = 0; i < (int)ACLED_COLUMNS; i++) {
      const char *v = (const char *)sqlite3_column_text(st, i);
      sr_csv_field(out, v, v ? (size_t)sqlite3_column_bytes(st, i) : 0,
                   i == 0);
    }
    sr_csv_end_record(out);
  }
  rc = step == SQLITE_DONE ? SR_OK : sr_select_step_error(s, sel, err);
  sqlite3_finalize(st);
  return rc;
}

json_t *sr_col_json(sqlite3_stmt *st, int i) {
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_INTEGER: return json_integer(sqlite3_column_int64(st, i));
  case SQLITE_FLOAT: return json_real(sqlite3_column_double(st, i));
  case SQLITE_NULL: return json_null();
  default: {
    json_t *v = json_string(sr_store_col(st, i));
    return v ? v : json_null(); /* invalid UTF-8 */
  }
  }
}

static json_t *claims_json(sr_store *s, sqlite3_int64 cluster,
                           const char *kind, sr_error *err) {
  static const char *const keys[] = {"source", "attributed_to", "value",
                                     "low",    "high",          "qualifier",
                                     "text",   "event",         "document"};
  json_t *arr = json_array();
  sqlite3_stmt *st = sr_store_stmt(s, SQL_CLAIMS, err);
  if (!st) return arr;
  sqlite3_bind_int64(st, 1, cluster);
  sr_store_bind_text(st, 2, kind);
  while (sqlite3_step(st) == SQLITE_ROW) {
    json_t *c = json_object();
    for (int i = 0; i < 9; i++) json_object_set_new(c, keys[i], sr_col_json(st, i));
    json_array_append_new(arr, c);
  }
  return arr;
}

/* Each figure kind: low / best / high, and who said what. */
static json_t *estimates_json(sr_store *s, sqlite3_int64 cluster,
                              sr_error *err) {
  json_t *o = json_object();
  /* Kinds first: the claims query reuses the connection. */
  char kinds[32][64];
  json_t *vals[32];
  size_t n = 0;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_ESTIMATES, err);
  if (!st) return o;
  sqlite3_bind_int64(st, 1, cluster);
  while (n < 32 && sqlite3_step(st) == SQLITE_ROW) {
    snprintf(kinds[n], sizeof kinds[n], "%s", sr_store_col(st, 0));
    vals[n] = json_pack("{s:o, s:o, s:o, s:o}", "low", sr_col_json(st, 1), "best",
                        sr_col_json(st, 2), "high", sr_col_json(st, 3), "reports",
                        sr_col_json(st, 4));
    n++;
  }
  for (size_t i = 0; i < n; i++) {
    if (vals[i])
      json_object_set_new(vals[i], "claims", claims_json(s, cluster, kinds[i], err));
    json_object_set_new(o, kinds[i], vals[i] ? vals[i] : json_null());
  }
  return o;
}

static json_t *rows_json(sr_store *s, const char *sql, sqlite3_int64 cluster,
                         const char *const *keys, int n, sr_error *err) {
  json_t *arr = json_array();
  sqlite3_stmt *st = sr_store_stmt(s, sql, err);
  if (!st) return arr;
  sqlite3_bind_int64(st, 1, cluster);
  while (sqlite3_step(st) == SQLITE_ROW) {
    json_t *o = json_object();
    for (int i = 0; i < n; i++) json_object_set_new(o, keys[i], sr_col_json(st, i));
    json_array_append_new(arr, o);
  }
  return arr;
}

json_t *sr_cluster_row_json(sqlite3_stmt *st) {
  json_t *o = json_object();
  json_object_set_new(o, "cluster", json_integer(sqlite3_column_int64(st, 0)));
  for (int i = 1; i < SR_CLUSTER_NCOLS; i++)
    json_object_set_new(o, cluster_keys[i], sr_col_json(st, i));
  return o;
}

json_t *sr_export_cluster_json(sr_store *s, sqlite3_stmt *st, sr_error *err) {
  sqlite3_int64 id = sqlite3_column_int64(st, 0);
  json_t *o = sr_cluster_row_json(st);
  static const char *const member_keys[] = {"event",  "document", "source",
                                            "role",   "status",   "sentence"};
  static const char *const contra_keys[] = {"kind", "event_a", "claim_a",
                                            "event_b", "claim_b"};
  json_object_set_new(o, "estimates", estimates_json(s, id, err));
  json_object_set_new(o, "members",
                      rows_json(s, SQL_MEMBERS, id, member_keys, 6, err));
  json_object_set_new(o, "contradictions",
                      rows_json(s, SQL_CONTRADICTIONS, id, contra_keys, 5, err));
  return o;
}

/* One cluster at a time, streamed: memory stays bounded whatever the size
** of the store. */
static sr_status write_json(sr_store *s, const sr_select *sel, int geojson,
                            FILE *out, sr_error *err) {
  sqlite3_stmt *st;
  sr_status rc = sr_select_prepare(s, SQL_CLUSTERS, sel, 0, ORDER_BY_DATE,
                                   &st, err);
  if (rc != SR_OK) return rc;
  if (geojson) fputs("{\"type\":\"FeatureCollection\",\"features\":[", out);
  int step, first = 1;
  while ((step = sqlite3_step(st)) == SQLITE_ROW) {
    json_t *c = sr_export_cluster_json(s, st, err);
    json_t *item = c;
    if (geojson) {
      /* RFC 7946: longitude first; an unlocated cluster has a null
      ** geometry rather than a made-up point. */
      json_t *lat = json_object_get(c, "latitude");
      json_t *lon = json_object_get(c, "longitude");
      json_t *geom = json_is_number(lat) && json_is_number(lon)
                         ? json_pack("{s:s, s:[O, O]}", "type", "Point",
                                     "coordinates", lon, lat)
                         : json_null();
      item = json_pack("{s:s, s:O, s:o, s:o}", "type", "Feature", "id",
                       json_object_get(c, "event_id_cnty"), "geometry", geom,
                       "properties", c);
    }
    char *text = item ? json_dumps(item, JSON_COMPACT | JSON_REAL_PRECISION(10))
                      : NULL;
    json_decref(item);
    if (!text) {
      sqlite3_finalize(st);
      return sr_error_set(err, SR_ENOMEM, "out of memory");
    }
    if (geojson && !first) fputc(',', out);
    fputs(text, out);
    if (!geojson) fputc('\n', out);
    free(text);
    first = 0;
  }
  if (geojson) fputs("]}\n", out);
  rc = step == SQLITE_DONE ? SR_OK : sr_select_step_error(s, sel, err);
  sqlite3_finalize(st);
  return rc;
}

sr_status sr_store_export_query(sr_store *s, sr_export_format format,
                                const sr_store_query *q, FILE *out,
                                sr_error *err) {
  sr_error local;
  if (!err) err = &local;
  err->code = SR_OK;
  sr_select sel;
  sr_status rc = sr_select_build(s, &sel, SR_LIST_CLUSTERS, q, err);
  if (rc != SR_OK) return rc;
  switch (format) {
  case SR_EXPORT_ACLED_CSV: return write_acled(s, &sel, out, err);
  case SR_EXPORT_JSONL: return write_json(s, &sel, 0, out, err);
  case SR_EXPORT_GEOJSON: return write_json(s, &sel, 1, out, err);
  }
  return sr_error_set(err, SR_EINVAL, "unknown export format");
}

long long sr_store_export_skipped(const sr_store *s) {
  return s->export_skipped;
}

sr_status sr_store_export(sr_store *s, sr_export_format format,
                          const sr_export_filter *filter, FILE *out,
                          sr_error *err) {
  sr_store_query q;
  memset(&q, 0, sizeof q);
  if (filter) {
    q.from = filter->from;
    q.to = filter->to;
    q.country = filter->country;
    q.event_type = filter->event_type;
  }
  return sr_store_export_query(s, format, &q, out, err);
}
