#include "select.h"

#include <stdio.h>
#include <string.h>

#include "../util/error.h"
#include "../util/isodate.h"

/* Appends a fragment to both clauses: its '@' marks a list of rows that
** SQLite would otherwise read first, which the in-order clause turns off
** with a unary '+'. */
static void add_sql(sr_select *sel, const char *sql) {
  size_t n = strlen(sql);
  /* The fragments are fixed and few: they always fit. */
  if (sel->len + n >= sizeof sel->where) return;
  for (size_t i = 0, k = sel->len; i < n; i++) {
    sel->in_order[k] = sql[i] == '@' ? '+' : sql[i];
    if (sql[i] != '@') sel->where[k++] = sql[i];
    else sel->where[k++] = ' ';
  }
  sel->len += n;
  sel->where[sel->len] = sel->in_order[sel->len] = '\0';
}

static void bind_text(sr_select *sel, const char *v) {
  if (sel->n_binds < SR_SELECT_BINDS)
    sel->binds[sel->n_binds++] = (sr_bind){0, v, 0, 0};
}

static void bind_real(sr_select *sel, double v) {
  if (sel->n_binds < SR_SELECT_BINDS)
    sel->binds[sel->n_binds++] = (sr_bind){1, NULL, v, 0};
}

static void bind_int(sr_select *sel, sqlite3_int64 v) {
  if (sel->n_binds < SR_SELECT_BINDS)
    sel->binds[sel->n_binds++] = (sr_bind){0, NULL, 0, v};
}

/* A term whose every '?' takes the same text value. */
static void text_term(sr_select *sel, const char *sql, const char *v) {
  add_sql(sel, sql);
  for (const char *p = sql; (p = strchr(p, '?')); p++) bind_text(sel, v);
}

static sr_status date_days(const char *name, const char *v, long *days,
                           sr_error *err) {
  sr_ymd d;
  if (!sr_isodate_parse(v, strlen(v), &d))
    return sr_error_set(err, SR_EINVAL, "%s: '%.40s' is not a date "
                        "(YYYY-MM-DD)", name, v);
  *days = sr_days_from_civil(d.year, d.month, d.day);
  return SR_OK;
}

/* Terms over events e (d: their documents).  Each is written so that
** SQLite can answer it from an index (docs/store.md, schema 2): a list of
** the events that qualify, rather than a test of every event. */
static const char EV_TYPE[] = " AND e.event_type = ?";
static const char EV_SUB[] = " AND e.sub_event_type = ?";
static const char EV_ISO2[] = " AND e.iso2 = upper(?)";
static const char EV_COUNTRY[] =
    " AND (e.iso2 = (SELECT k.iso2 FROM temp.countries k WHERE k.name = ?"
    " COLLATE NOCASE) OR e.country = ? COLLATE NOCASE)";
static const char EV_ADMIN1[] = " AND e.admin1 = ? COLLATE NOCASE";
static const char EV_ACTOR[] =
    " AND @e.rowid IN (SELECT a.event FROM actors a WHERE a.name = ?"
    " COLLATE NOCASE)";
static const char EV_SOURCE[] =
    " AND (@e.doc IN (SELECT d2.rowid FROM documents d2 WHERE d2.source = ?"
    " COLLATE NOCASE) OR @e.rowid IN (SELECT t.event FROM attributions t"
    " WHERE t.name = ? COLLATE NOCASE))";
static const char EV_TEXT[] =
    " AND @e.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts"
    " MATCH ?)";
static const char EV_BBOX[] =
    " AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?";

/* Terms over clusters c: a cluster is selected when one of its reports
** names the actor, comes from the source or matches the text. */
static const char CL_TYPE[] = " AND c.event_type = ?";
static const char CL_SUB[] = " AND c.sub_event_type = ?";
static const char CL_ISO2[] = " AND c.iso2 = upper(?)";
static const char CL_COUNTRY[] =
    " AND (c.iso2 = (SELECT k.iso2 FROM temp.countries k WHERE k.name = ?"
    " COLLATE NOCASE) OR c.country = ? COLLATE NOCASE)";
static const char CL_ADMIN1[] = " AND c.admin1 = ? COLLATE NOCASE";
static const char CL_ACTOR[] =
    " AND @c.id IN (SELECT e.cluster FROM actors a JOIN events e ON e.rowid ="
    " a.event WHERE a.name = ? COLLATE NOCASE AND e.role = 'member')";
static const char CL_SOURCE[] =
    " AND @c.id IN (SELECT e.cluster FROM events e WHERE e.role = 'member'"
    " AND (@e.doc IN (SELECT d2.rowid FROM documents d2 WHERE d2.source = ?"
    " COLLATE NOCASE) OR e.rowid IN (SELECT t.event FROM attributions t"
    " WHERE t.name = ? COLLATE NOCASE)))";
static const char CL_TEXT[] =
    " AND @c.id IN (SELECT e.cluster FROM events e WHERE e.doc IN"
    " (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))";
static const char CL_BBOX[] =
    " AND c.lat BETWEEN ? AND ? AND c.lon BETWEEN ? AND ?";

/* ACLED's event types are few and known (packs/acled/sub_event_types.tsv): any
** other is a mistake worth saying, not an empty answer. */
static const char SQL_KNOWN_TYPE[] =
    "SELECT 1 FROM temp.disorder WHERE event_type = ?1 LIMIT 1";

static sr_status check_type(sr_store *s, const char *type, sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, SQL_KNOWN_TYPE, err);
  if (!st) return err->code;
  sr_store_bind_text(st, 1, type);
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) return SR_OK;
  if (rc != SQLITE_DONE) return sr_store_fail(s, err, "reading event types");
  return sr_error_set(err, SR_EINVAL, "type: '%.60s' is not an ACLED event "
                      "type", type);
}

sr_status sr_select_build(sr_store *s, sr_select *sel, sr_store_list_kind kind,
                          const sr_store_query *q, sr_error *err) {
  memset(sel, 0, sizeof *sel);
  add_sql(sel, " WHERE 1");
  sr_store_query none;
  memset(&none, 0, sizeof none);
  if (!q) q = &none;
  sel->query = q == &none ? NULL : q;
  int ev = kind == SR_LIST_EVENTS;
  long from = 0, to = 0;
  if (q->from && date_days("from", q->from, &from, err) != SR_OK)
    return err->code;
  if (q->to && date_days("to", q->to, &to, err) != SR_OK) return err->code;
  if (q->event_type && check_type(s, q->event_type, err) != SR_OK)
    return err->code;
  if (q->from && q->to && from > to)
    return sr_error_set(err, SR_EINVAL, "from: %s is after to (%s)", q->from,
                        q->to);
  if (q->has_bbox && !(q->south <= q->north && q->west <= q->east &&
                       q->south >= -90 && q->north <= 90 &&
                       q->west >= -180 && q->east <= 180))
    return sr_error_set(err, SR_EINVAL, "bbox: want west,south,east,north "
                        "in degrees, west <= east and south <= north");
  if (ev) {
    /* An event is in the range when the days it may cover meet it. */
    if (q->from) {
      add_sql(sel, " AND e.day_hi >= ?");
      bind_int(sel, from);
    }
    if (q->to) {
      add_sql(sel, " AND e.day_lo <= ?");
      bind_int(sel, to);
    }
  } else {
    if (q->from) text_term(sel, " AND c.event_date >= ?", q->from);
    if (q->to) text_term(sel, " AND c.event_date <= ?", q->to);
  }
  if (q->event_type) text_term(sel, ev ? EV_TYPE : CL_TYPE, q->event_type);
  if (q->sub_event_type)
    text_term(sel, ev ? EV_SUB : CL_SUB, q->sub_event_type);
  /* A code is looked up by the index; a name through the country table,
  ** or as the reports wrote it. */
  if (q->country && strlen(q->country) == 2)
    text_term(sel, ev ? EV_ISO2 : CL_ISO2, q->country);
  else if (q->country)
    text_term(sel, ev ? EV_COUNTRY : CL_COUNTRY, q->country);
  if (q->admin1) text_term(sel, ev ? EV_ADMIN1 : CL_ADMIN1, q->admin1);
  if (q->actor) text_term(sel, ev ? EV_ACTOR : CL_ACTOR, q->actor);
  if (q->source) text_term(sel, ev ? EV_SOURCE : CL_SOURCE, q->source);
  if (q->text) text_term(sel, ev ? EV_TEXT : CL_TEXT, q->text);
  if (q->has_bbox) {
    add_sql(sel, ev ? EV_BBOX : CL_BBOX);
    bind_real(sel, q->south);
    bind_real(sel, q->north);
    bind_real(sel, q->west);
    bind_real(sel, q->east);
  }
  return SR_OK;
}

sr_status sr_select_prepare(sr_store *s, const char *head,
                            const sr_select *sel, int in_order,
                            const char *tail, sqlite3_stmt **out,
                            sr_error *err) {
  *out = NULL;
  char sql[8192];
  int n = snprintf(sql, sizeof sql, "%s%s%s", head,
                   in_order ? sel->in_order : sel->where, tail);
  if (n < 0 || (size_t)n >= sizeof sql)
    return sr_error_set(err, SR_EINVAL, "selection too long");
  if (sqlite3_prepare_v2(s->db, sql, -1, out, NULL) != SQLITE_OK)
    return sr_store_fail(s, err, "preparing a selection");
  for (int i = 0; i < sel->n_binds; i++) {
    const sr_bind *b = &sel->binds[i];
    if (b->is_real)
      sqlite3_bind_double(*out, i + 1, b->real);
    else if (b->text)
      sqlite3_bind_text(*out, i + 1, b->text, -1, SQLITE_TRANSIENT);
    else
      sqlite3_bind_int64(*out, i + 1, b->integer);
  }
  return SR_OK;
}

sr_status sr_select_step_error(sr_store *s, const sr_select *sel,
                               sr_error *err) {
  const sr_store_query *q = sel->query;
  /* With a text query, a failure is the query's: FTS5 reports a syntax
  ** error ("fts5: syntax error near ...") or a column filter on a column
  ** that does not exist ("no such column") only when it runs. */
  if (q && q->text)
    return sr_error_set(err, SR_EINVAL, "q: '%.80s': %s", q->text,
                        sqlite3_errmsg(s->db));
  return sr_store_fail(s, err, "reading");
}
