/*
** The store read for the server's API (docs/api.md): pages of events and
** clusters of a selection, one cluster with each member report side by
** side, and one document with its text and every event's evidence spans
** labelled.  Everything is written as JSON to a stream, one item at a time.
*/
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "export.h"
#include "select.h"

#define JSON_OUT (JSON_COMPACT | JSON_REAL_PRECISION(10))

/* Writes o (taking it) to out; SR_ENOMEM when it cannot be rendered. */
static sr_status put_json(FILE *out, json_t *o, sr_error *err) {
  char *text = o ? json_dumps(o, JSON_OUT | JSON_ENCODE_ANY) : NULL;
  json_decref(o);
  if (!text) return sr_error_set(err, SR_ENOMEM, "out of memory");
  fputs(text, out);
  free(text);
  return SR_OK;
}

/* ------------------------------------------------------------- pages */

static const char EVENTS_HEAD[] =
    "SELECT e.json, d.id, d.source, d.published, e.cluster, e.role"
    " FROM events e JOIN documents d ON d.rowid = e.doc";
/* Newest first; the index on day_lo serves it. */
static const char EVENTS_ORDER[] = " ORDER BY e.day_lo DESC, e.rowid DESC";
static const char CLUSTERS_HEAD[] =
    "SELECT " SR_CLUSTER_COLUMNS ","
    " (SELECT x.best FROM estimates x WHERE x.cluster = c.id AND x.kind ="
    " 'killed'),"
    " EXISTS (SELECT 1 FROM contradictions x WHERE x.cluster = c.id)"
    SR_CLUSTER_FROM;
static const char CLUSTERS_ORDER[] = " ORDER BY c.event_date DESC, c.id DESC";

/* The stored v1 event (compact JSON, as the store wrote it) with where it
** comes from and where it was filed spliced in front of its keys: parsing
** and printing each event again cost most of a page's time. */
static sr_status put_event(FILE *out, sqlite3_stmt *st, sr_error *err) {
  static const char *const keys[] = {"document", "source", "published",
                                     "cluster", "role"};
  json_t *extra = json_object();
  for (int i = 0; i < 5; i++)
    json_object_set_new(extra, keys[i], sr_col_json(st, i + 1));
  char *head = json_dumps(extra, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(extra);
  if (!head) return sr_error_set(err, SR_ENOMEM, "out of memory");
  const char *ev = (const char *)sqlite3_column_text(st, 0);
  size_t n = ev ? (size_t)sqlite3_column_bytes(st, 0) : 0;
  fwrite(head, 1, strlen(head) - 1, out); /* without its '}' */
  if (n > 2 && ev[0] == '{' && ev[n - 1] == '}') {
    fputc(',', out);
    fwrite(ev + 1, 1, n - 1, out);
  } else {
    fputc('}', out);
  }
  free(head);
  return SR_OK;
}

static json_t *cluster_item(sqlite3_stmt *st) {
  json_t *o = sr_cluster_row_json(st);
  json_object_set_new(o, "killed_best", sr_col_json(st, SR_CLUSTER_NCOLS));
  json_object_set_new(o, "disputed",
                      json_boolean(sqlite3_column_int(st, SR_CLUSTER_NCOLS + 1)));
  return o;
}

static sr_status count_rows(sr_store *s, sr_store_list_kind kind,
                            const sr_select *sel, sqlite3_int64 *total,
                            sr_error *err) {
  const char *head = kind == SR_LIST_CLUSTERS
                         ? "SELECT count(*) FROM clusters c"
                         : "SELECT count(*) FROM events e";
  sqlite3_stmt *st;
  sr_status rc = sr_select_prepare(s, head, sel, 0, "", &st, err);
  if (rc != SR_OK) return rc;
  if (sqlite3_step(st) == SQLITE_ROW)
    *total = sqlite3_column_int64(st, 0);
  else
    rc = sr_select_step_error(s, sel, err);
  sqlite3_finalize(st);
  return rc;
}

sr_status sr_store_list(sr_store *s, sr_store_list_kind kind,
                        const sr_store_query *q, FILE *out, sr_error *err) {
  sr_error local;
  if (!err) err = &local;
  err->code = SR_OK;
  sr_select sel;
  sr_status rc = sr_select_build(s, &sel, kind, q, err);
  sqlite3_int64 total = 0;
  if (rc == SR_OK) rc = count_rows(s, kind, &sel, &total, err);
  if (rc != SR_OK) return rc;
  int events = kind == SR_LIST_EVENTS;
  char tail[128];
  size_t limit = q ? q->limit : 0, offset = q ? q->offset : 0;
  snprintf(tail, sizeof tail, "%s LIMIT ?%d OFFSET ?%d",
           events ? EVENTS_ORDER : CLUSTERS_ORDER, sel.n_binds + 1,
           sel.n_binds + 2);
  sqlite3_stmt *st;
  /* Past a few thousand rows, sorting the selection costs more than
  ** walking the date index to the page (select.h). */
  rc = sr_select_prepare(s, events ? EVENTS_HEAD : CLUSTERS_HEAD, &sel,
                         total > 2000, tail, &st, err);
  if (rc != SR_OK) return rc;
  sqlite3_bind_int64(st, sel.n_binds + 1, limit ? (sqlite3_int64)limit : -1);
  sqlite3_bind_int64(st, sel.n_binds + 2, (sqlite3_int64)offset);
  fprintf(out, "{\"total\":%lld,\"limit\":%zu,\"offset\":%zu,\"%s\":[",
          (long long)total, limit, offset, events ? "events" : "clusters");
  int step, first = 1;
  while (rc == SR_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
    if (!first) fputc(',', out);
    first = 0;
    rc = events ? put_event(out, st, err) : put_json(out, cluster_item(st), err);
  }
  if (rc == SR_OK && step != SQLITE_DONE) rc = sr_select_step_error(s, &sel, err);
  sqlite3_finalize(st);
  fputs("]}\n", out);
  return rc;
}

/* ----------------------------------------------------------- cluster */

/* Each member report: who published it, whom it cites, what it says. */
static const char SQL_REPORTS[] =
    "SELECT e.rowid, e.id, d.id, d.source,"
    " (SELECT group_concat(a.name, '; ') FROM attributions a"
    "  WHERE a.event = e.rowid), e.role, e.status, e.event_type,"
    " e.sub_event_type, e.action, e.date_value, e.date_until,"
    " e.date_precision, e.location, e.admin1, e.country, e.lat, e.lon,"
    " e.geo_precision, e.fatalities, e.sentence, d.published, d.title"
    " FROM events e JOIN documents d ON d.rowid = e.doc"
    " WHERE e.cluster = ?1 ORDER BY e.role DESC, e.rowid";
static const char *const report_keys[] = {
    NULL,           "event",     "document",       "source",
    "attributed_to", "role",     "status",         "event_type",
    "sub_event_type", "action",  "date",           "date_until",
    "date_precision", "location", "admin1",        "country",
    "latitude",     "longitude", "geo_precision",  "fatalities",
    "sentence",     "published", "title"};
#define REPORT_COLS ((int)(sizeof report_keys / sizeof *report_keys))
static const char SQL_FIGURES[] =
    "SELECT kind, value, low, high, qualifier, text FROM quantities"
    " WHERE event = ?1 AND kind IS NOT NULL ORDER BY idx";

/* A report's figures by kind: {"killed": [{"value", "low", ...}], ...}. */
static json_t *report_figures(sr_store *s, sqlite3_int64 event, sr_error *err) {
  static const char *const keys[] = {"value", "low", "high", "qualifier",
                                     "text"};
  json_t *o = json_object();
  sqlite3_stmt *st = sr_store_stmt(s, SQL_FIGURES, err);
  if (!st) return o;
  sqlite3_bind_int64(st, 1, event);
  while (sqlite3_step(st) == SQLITE_ROW) {
    const char *kind = sr_store_col(st, 0);
    json_t *list = json_object_get(o, kind);
    if (!list) {
      list = json_array();
      json_object_set_new(o, kind, list);
    }
    json_t *f = json_object();
    for (int i = 0; i < 5; i++)
      json_object_set_new(f, keys[i], sr_col_json(st, i + 1));
    json_array_append_new(list, f);
  }
  return o;
}

static json_t *cluster_reports(sr_store *s, sqlite3_int64 cluster,
                               sr_error *err) {
  json_t *arr = json_array();
  sqlite3_stmt *st = sr_store_stmt(s, SQL_REPORTS, err);
  if (!st) return arr;
  sqlite3_bind_int64(st, 1, cluster);
  /* The figures query reuses the connection, not this statement: rows
  ** first, figures after. */
  sqlite3_int64 rowids[256];
  size_t n = 0;
  while (n < 256 && sqlite3_step(st) == SQLITE_ROW) {
    json_t *o = json_object();
    for (int i = 1; i < REPORT_COLS; i++)
      json_object_set_new(o, report_keys[i], sr_col_json(st, i));
    rowids[n++] = sqlite3_column_int64(st, 0);
    json_array_append_new(arr, o);
  }
  for (size_t i = 0; i < n; i++)
    json_object_set_new(json_array_get(arr, i), "figures",
                        report_figures(s, rowids[i], err));
  return arr;
}

static const char SQL_ONE_CLUSTER[] =
    "SELECT " SR_CLUSTER_COLUMNS SR_CLUSTER_FROM " WHERE c.id = ?1";

sr_status sr_store_cluster(sr_store *s, long long id, FILE *out, int *found,
                           sr_error *err) {
  sr_error local;
  if (!err) err = &local;
  err->code = SR_OK;
  *found = 0;
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, SQL_ONE_CLUSTER, -1, &st, NULL) != SQLITE_OK)
    return sr_store_fail(s, err, "preparing a cluster");
  sqlite3_bind_int64(st, 1, id);
  int step = sqlite3_step(st);
  sr_status rc = SR_OK;
  if (step == SQLITE_ROW) {
    *found = 1;
    json_t *o = sr_export_cluster_json(s, st, err);
    json_object_set_new(o, "reports", cluster_reports(s, id, err));
    rc = put_json(out, o, err);
    fputc('\n', out);
  } else if (step != SQLITE_DONE) {
    rc = sr_store_fail(s, err, "reading a cluster");
  }
  sqlite3_finalize(st);
  return rc;
}

/* ---------------------------------------------------------- document */

static const char SQL_DOCUMENT[] =
    "SELECT rowid, id, title, url, publisher, source, lang, published,"
    " ingested_at, text FROM documents WHERE id = ?1";
static const char *const document_keys[] = {
    NULL, "id", "title", "url", "publisher", "source", "lang", "published",
    "ingested_at", "text"};
static const char SQL_DOC_EVENTS[] =
    "SELECT json, cluster, role FROM events WHERE doc = ?1 ORDER BY rowid";
/* The mention behind an evidence span: its type and rule. */
static const char SQL_SPAN_MENTION[] =
    "SELECT type, json_extract(json, '$.rule'), text FROM mentions"
    " WHERE doc = ?1 AND start = ?2 AND \"end\" = ?3 ORDER BY idx LIMIT 1";
/* A cited source's words nearest the event: attributions carry the text,
** not the span. */
static const char SQL_SOURCE_SPAN[] =
    "SELECT start, \"end\", json_extract(json, '$.rule') FROM mentions"
    " WHERE doc = ?1 AND type = 'source' AND text = ?2"
    " ORDER BY abs(start - ?3), idx LIMIT 1";

static json_t *span_json(json_int_t start, json_int_t end, const char *kind,
                         json_t *rule, json_t *text) {
  return json_pack("{s:I, s:I, s:s, s:o, s:o}", "start", start, "end", end,
                   "kind", kind, "rule", rule ? rule : json_null(), "text",
                   text ? text : json_null());
}

/* The event's evidence spans, each labelled by the mention it is (trigger,
** actor, place, date, quantity), then its sources' spans. */
static json_t *event_spans(sr_store *s, sqlite3_int64 doc, const json_t *ev,
                           sr_error *err) {
  json_t *spans = json_array();
  const json_t *evidence = json_object_get(ev, "evidence");
  json_int_t anchor = 0;
  for (size_t i = 0; i < json_array_size(evidence); i++) {
    const json_t *e = json_array_get(evidence, i);
    json_int_t a = json_integer_value(json_object_get(e, "start"));
    json_int_t b = json_integer_value(json_object_get(e, "end"));
    if (i == 0) anchor = a;
    sqlite3_stmt *st = sr_store_stmt(s, SQL_SPAN_MENTION, err);
    if (!st) break;
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, a);
    sqlite3_bind_int64(st, 3, b);
    if (sqlite3_step(st) == SQLITE_ROW)
      json_array_append_new(spans, span_json(a, b, sr_store_col(st, 0),
                                             sr_col_json(st, 1),
                                             sr_col_json(st, 2)));
    else
      json_array_append_new(spans, span_json(a, b, "evidence", NULL, NULL));
  }
  const json_t *atts = json_object_get(ev, "attribution");
  for (size_t i = 0; i < json_array_size(atts); i++) {
    const json_t *att = json_array_get(atts, i);
    const char *text = json_string_value(json_object_get(att, "text"));
    if (!text) continue;
    sqlite3_stmt *st = sr_store_stmt(s, SQL_SOURCE_SPAN, err);
    if (!st) break;
    sqlite3_bind_int64(st, 1, doc);
    sr_store_bind_text(st, 2, text);
    sqlite3_bind_int64(st, 3, anchor);
    if (sqlite3_step(st) == SQLITE_ROW)
      json_array_append_new(
          spans, span_json(sqlite3_column_int64(st, 0),
                           sqlite3_column_int64(st, 1), "source",
                           sr_col_json(st, 2), json_string(text)));
  }
  return spans;
}

static json_t *document_events(sr_store *s, sqlite3_int64 doc, sr_error *err) {
  json_t *events = json_array();
  sqlite3_stmt *st = sr_store_stmt(s, SQL_DOC_EVENTS, err);
  if (!st) return events;
  sqlite3_bind_int64(st, 1, doc);
  while (sqlite3_step(st) == SQLITE_ROW) {
    json_t *ev = json_loadb((const char *)sqlite3_column_text(st, 0),
                            (size_t)sqlite3_column_bytes(st, 0), 0, NULL);
    if (!json_is_object(ev)) {
      json_decref(ev);
      continue;
    }
    json_object_set_new(ev, "cluster", sr_col_json(st, 1));
    json_object_set_new(ev, "role", sr_col_json(st, 2));
    json_array_append_new(events, ev);
  }
  /* Spans after: their lookups reuse the connection's statements. */
  for (size_t i = 0; i < json_array_size(events); i++) {
    json_t *ev = json_array_get(events, i);
    json_object_set_new(ev, "spans", event_spans(s, doc, ev, err));
  }
  return events;
}

sr_status sr_store_document(sr_store *s, const char *id, FILE *out,
                            int *found, sr_error *err) {
  sr_error local;
  if (!err) err = &local;
  err->code = SR_OK;
  *found = 0;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_DOCUMENT, err);
  if (!st) return err->code;
  sr_store_bind_text(st, 1, id);
  int step = sqlite3_step(st);
  if (step == SQLITE_DONE) return SR_OK;
  if (step != SQLITE_ROW) return sr_store_fail(s, err, "reading a document");
  *found = 1;
  sqlite3_int64 doc = sqlite3_column_int64(st, 0);
  json_t *o = json_object();
  for (int i = 1; i < (int)(sizeof document_keys / sizeof *document_keys); i++)
    json_object_set_new(o, document_keys[i], sr_col_json(st, i));
  json_object_set_new(o, "events", document_events(s, doc, err));
  sr_status rc = put_json(out, o, err);
  fputc('\n', out);
  return rc;
}
