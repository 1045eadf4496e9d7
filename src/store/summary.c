#include "summary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "../util/isodate.h"

/* Only "member" events (reports) count; "contradicts" ones are claims
** against the event and are listed in contradictions instead. */
static const char SQL_COUNTS[] =
    "SELECT count(*), count(DISTINCT e.doc), min(e.fatalities),"
    " max(d.ingested_at) FROM events e JOIN documents d ON d.rowid = e.doc"
    " WHERE e.cluster = ?1 AND e.role = 'member'";
static const char SQL_SOURCES[] =
    "SELECT count(*), group_concat(source, '; ') FROM (SELECT DISTINCT"
    " d.source FROM events e JOIN documents d ON d.rowid = e.doc"
    " WHERE e.cluster = ?1 AND e.role = 'member' AND d.source IS NOT NULL"
    " ORDER BY d.source)";
/* The type most reports give, the earliest report breaking ties. */
static const char SQL_TYPE[] =
    "SELECT event_type, count(*) AS c, min(rowid) AS f FROM events"
    " WHERE cluster = ?1 AND role = 'member' GROUP BY event_type"
    " ORDER BY c DESC, f LIMIT 1";
static const char SQL_SUBTYPE[] =
    "SELECT sub_event_type, count(*) AS c, min(rowid) AS f FROM events"
    " WHERE cluster = ?1 AND role = 'member' AND event_type IS ?2"
    " GROUP BY sub_event_type ORDER BY c DESC, f LIMIT 1";
/* The narrowest date any report gives. */
static const char SQL_DATE[] =
    "SELECT day_lo, day_hi FROM events WHERE cluster = ?1 AND role ="
    " 'member' AND day_lo IS NOT NULL ORDER BY day_hi - day_lo, day_lo,"
    " rowid LIMIT 1";
/* The most precise place any report gives. */
static const char SQL_PLACE[] =
    "SELECT location, admin1, country, iso2, lat, lon, geo_precision FROM"
    " events WHERE cluster = ?1 AND role = 'member' ORDER BY lat IS NULL,"
    " location IS NULL, coalesce(geo_precision, 9), rowid LIMIT 1";
/* The actor most reports name in a role, other than one already chosen. */
static const char SQL_ACTOR[] =
    "SELECT a.name, max(a.inter), count(*) AS c, min(a.event) AS f"
    " FROM actors a JOIN events e ON e.rowid = a.event"
    " WHERE e.cluster = ?1 AND e.role = 'member' AND a.role = ?2"
    " AND a.name IS NOT NULL AND a.name IS NOT ?3"
    " GROUP BY a.name ORDER BY c DESC, f LIMIT 1";
static const char SQL_ASSOC[] =
    "SELECT group_concat(name, '; ') FROM (SELECT DISTINCT a.name AS name"
    " FROM actors a JOIN events e ON e.rowid = a.event"
    " WHERE e.cluster = ?1 AND e.role = 'member' AND a.role = ?2"
    " AND a.name IS NOT NULL AND a.name IS NOT ?3 AND a.name IS NOT ?4"
    " ORDER BY a.name)";
/* One figure per report and kind: the largest the report gives (the sum
** of two figures of one kind could count the same dead twice). */
static const char SQL_FIGURES[] =
    "SELECT q.kind, max(q.value), min(q.low), max(q.high) FROM quantities q"
    " JOIN events e ON e.rowid = q.event WHERE e.cluster = ?1 AND e.role ="
    " 'member' GROUP BY q.kind, e.rowid ORDER BY q.kind, e.rowid";
static const char SQL_ESTIMATE[] =
    "INSERT INTO estimates VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_WHO[] =
    "SELECT coalesce(d.source, d.id), (SELECT group_concat(name, '; ') FROM"
    " attributions WHERE event = e.rowid) FROM events e JOIN documents d ON"
    " d.rowid = e.doc WHERE e.cluster = ?1 AND e.role = 'member'"
    " ORDER BY e.rowid";
static const char SQL_DISPUTES[] =
    "SELECT count(*) FROM contradictions WHERE cluster = ?1";
static const char SQL_UPDATE[] =
    "UPDATE clusters SET event_type = ?2, sub_event_type = ?3,"
    " event_date = ?4, time_precision = ?5, location = ?6, admin1 = ?7,"
    " country = ?8, iso2 = ?9, lat = ?10, lon = ?11, geo_precision = ?12,"
    " actor1 = ?13, assoc_actor_1 = ?14, inter1 = ?15, actor2 = ?16,"
    " assoc_actor_2 = ?17, inter2 = ?18, fatalities = ?19, n_events = ?20,"
    " n_documents = ?21, n_sources = ?22, sources = ?23, notes = ?24,"
    " updated_at = ?25 WHERE id = ?1";
static const char SQL_DROP_ESTIMATES[] =
    "DELETE FROM estimates WHERE cluster = ?1";
static const char SQL_DROP_CONTRADICTIONS[] =
    "DELETE FROM contradictions WHERE cluster = ?1";
static const char SQL_DROP_CLUSTER[] = "DELETE FROM clusters WHERE id = ?1";
static const char SQL_ORPHAN[] =
    "UPDATE events SET cluster = NULL, role = NULL WHERE cluster = ?1";

static sr_status run_on(sr_store *s, const char *sql, sqlite3_int64 cluster,
                        sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, sql, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  return sr_store_done(s, st, err, "updating a cluster");
}

sr_status sr_summary_drop(sr_store *s, sqlite3_int64 cluster, sr_error *err) {
  sr_status rc = run_on(s, SQL_DROP_ESTIMATES, cluster, err);
  if (rc == SR_OK) rc = run_on(s, SQL_DROP_CONTRADICTIONS, cluster, err);
  if (rc == SR_OK) rc = run_on(s, SQL_DROP_CLUSTER, cluster, err);
  return rc;
}

/* A statement bound to the cluster and up to three strings, stepped to its
** first row; NULL when it has none or fails (err then set). */
static sqlite3_stmt *first_row(sr_store *s, const char *sql,
                               sqlite3_int64 cluster, const char *a,
                               const char *b, const char *c, sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, sql, err);
  if (!st) return NULL;
  sqlite3_bind_int64(st, 1, cluster);
  const char *args[3] = {a, b, c};
  int params = sqlite3_bind_parameter_count(st);
  for (int i = 0; i < 3 && i + 2 <= params; i++)
    sr_store_bind_text(st, i + 2, args[i]);
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) return st;
  if (rc != SQLITE_DONE) sr_store_fail(s, err, "summarising a cluster");
  return NULL;
}

/* A column copied out (the statement is reused before the caller is done). */
static char *dup_col(sqlite3_stmt *st, int i) {
  if (!st || sqlite3_column_type(st, i) == SQLITE_NULL) return NULL;
  return strdup(sr_store_col(st, i));
}

typedef struct figure {
  char kind[64];
  double point, low, high;
} figure;

static int cmp_point(const void *a, const void *b) {
  double x = ((const figure *)a)->point, y = ((const figure *)b)->point;
  return (x > y) - (x < y);
}

/* One report's figure of a kind: its value, else the middle of its range,
** else whichever bound it gives; and the bounds it allows. */
static int read_figure(sqlite3_stmt *st, figure *f) {
  int v = sqlite3_column_type(st, 1) != SQLITE_NULL;
  int l = sqlite3_column_type(st, 2) != SQLITE_NULL;
  int h = sqlite3_column_type(st, 3) != SQLITE_NULL;
  if (!v && !l && !h) return 0;
  double vv = sqlite3_column_double(st, 1), lv = sqlite3_column_double(st, 2),
         hv = sqlite3_column_double(st, 3);
  snprintf(f->kind, sizeof f->kind, "%s", sr_store_col(st, 0));
  f->point = v ? vv : l && h ? (lv + hv) / 2 : l ? lv : hv;
  f->low = l ? lv : v ? vv : hv;
  f->high = h ? hv : v ? vv : lv;
  return 1;
}

static sr_status insert_estimate(sr_store *s, sqlite3_int64 cluster,
                                 figure *f, size_t n, sr_error *err) {
  double low = f[0].low, high = f[0].high;
  for (size_t i = 1; i < n; i++) {
    if (f[i].low < low) low = f[i].low;
    if (f[i].high > high) high = f[i].high;
  }
  qsort(f, n, sizeof *f, cmp_point);
  sqlite3_stmt *st = sr_store_stmt(s, SQL_ESTIMATE, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  sr_store_bind_text(st, 2, f[0].kind);
  sqlite3_bind_double(st, 3, low);
  sqlite3_bind_double(st, 4, f[(n - 1) / 2].point);
  sqlite3_bind_double(st, 5, high);
  sqlite3_bind_int64(st, 6, (sqlite3_int64)n);
  return sr_store_done(s, st, err, "storing an estimate");
}

/* low = the lowest any report allows, high = the highest, best = the
** median of the reports' figures (the lower of the two middle ones: the
** conservative choice ACLED makes for fatalities). */
static sr_status write_estimates(sr_store *s, sqlite3_int64 cluster,
                                 sr_error *err) {
  sr_status rc = run_on(s, SQL_DROP_ESTIMATES, cluster, err);
  if (rc != SR_OK) return rc;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_FIGURES, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  figure *f = NULL;
  size_t n = 0, cap = 0;
  int step;
  while ((step = sqlite3_step(st)) == SQLITE_ROW) {
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      figure *f2 = realloc(f, cap * sizeof *f2);
      if (!f2) {
        free(f);
        return sr_error_set(err, SR_ENOMEM, "out of memory");
      }
      f = f2;
    }
    n += (size_t)read_figure(st, &f[n]);
  }
  if (step != SQLITE_DONE) rc = sr_store_fail(s, err, "reading figures");
  /* Rows come grouped by kind. */
  for (size_t a = 0, b; a < n && rc == SR_OK; a = b) {
    for (b = a + 1; b < n && strcmp(f[b].kind, f[a].kind) == 0; b++) continue;
    rc = insert_estimate(s, cluster, f + a, b - a, err);
  }
  free(f);
  return rc;
}

/* Appends to a fixed buffer, silently cut at its end. */
static void add(char *buf, size_t cap, const char *fmt, const char *a,
                const char *b) {
  size_t n = strlen(buf);
  if (n + 1 < cap) snprintf(buf + n, cap - n, fmt, a, b);
}

typedef struct summary {
  char *type, *sub, *place[4], *actor1, *actor2, *assoc1, *assoc2, *sources;
  int inter1, inter2, has_fat;
  sqlite3_int64 fatalities;
  char date[11];
  int precision;
} summary;

/* "2016-10-30: Shelling/artillery/missile attack in Aleppo (Aleppo, Syria)
** by Military Forces of Syria against Jabhat al-Nusra; 12 fatalities
** (lowest report). Sources: SOHR (reuters.com); Ministry of Defence
** (tass.ru)." */
static sr_status write_notes(sr_store *s, sqlite3_int64 cluster,
                             const summary *m, char *notes, size_t cap,
                             sr_error *err) {
  notes[0] = '\0';
  add(notes, cap, "%s%s", m->date[0] ? m->date : "Undated", ": ");
  add(notes, cap, "%s%s", m->sub ? m->sub : m->type ? m->type : "Event", "");
  if (m->place[0]) add(notes, cap, " in %s%s", m->place[0], "");
  if (m->place[1] && m->place[2])
    add(notes, cap, " (%s, %s)", m->place[1], m->place[2]);
  else if (m->place[1] || m->place[2])
    add(notes, cap, " (%s)%s", m->place[1] ? m->place[1] : m->place[2], "");
  if (m->actor1) add(notes, cap, " by %s%s", m->actor1, "");
  if (m->actor2) add(notes, cap, " against %s%s", m->actor2, "");
  if (m->has_fat) {
    char f[32];
    snprintf(f, sizeof f, "%lld", (long long)m->fatalities);
    add(notes, cap, "; %s fatalities%s", f, " (lowest report)");
  }
  add(notes, cap, "%s%s", ". Sources: ", "");
  sqlite3_stmt *st = sr_store_stmt(s, SQL_WHO, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  for (int i = 0; sqlite3_step(st) == SQLITE_ROW; i++) {
    const char *who = sr_store_col(st, 1), *outlet = sr_store_col(st, 0);
    if (i) add(notes, cap, "%s%s", "; ", "");
    if (*who)
      add(notes, cap, "%s (%s)", who, outlet);
    else
      add(notes, cap, "%s%s", outlet, "");
  }
  add(notes, cap, "%s%s", ".", "");
  if ((st = first_row(s, SQL_DISPUTES, cluster, NULL, NULL, NULL, err)) &&
      sqlite3_column_int(st, 0) > 0)
    add(notes, cap, "%s%s", " Disputed: see contradictions.", "");
  return SR_OK;
}

static void free_summary(summary *m) {
  free(m->type), free(m->sub), free(m->actor1), free(m->actor2);
  free(m->assoc1), free(m->assoc2), free(m->sources);
  for (int i = 0; i < 4; i++) free(m->place[i]);
}

sr_status sr_summary_refresh(sr_store *s, sqlite3_int64 cluster,
                             sr_error *err) {
  err->code = SR_OK;
  sqlite3_stmt *st = first_row(s, SQL_COUNTS, cluster, NULL, NULL, NULL, err);
  if (!st) return err->code ? err->code : SR_OK;
  sqlite3_int64 n_events = sqlite3_column_int64(st, 0);
  sqlite3_int64 n_docs = sqlite3_column_int64(st, 1);
  summary m;
  memset(&m, 0, sizeof m);
  m.has_fat = sqlite3_column_type(st, 2) != SQLITE_NULL;
  m.fatalities = sqlite3_column_int64(st, 2);
  sqlite3_int64 updated = sqlite3_column_int64(st, 3);
  if (n_events == 0) {
    sr_status rc = run_on(s, SQL_ORPHAN, cluster, err);
    return rc == SR_OK ? sr_summary_drop(s, cluster, err) : rc;
  }
  double lat = 0, lon = 0;
  int located = 0, geo_precision = 0;
  sqlite3_int64 n_sources = 0;
  if ((st = first_row(s, SQL_SOURCES, cluster, NULL, NULL, NULL, err))) {
    n_sources = sqlite3_column_int64(st, 0);
    m.sources = dup_col(st, 1);
  }
  m.type = dup_col(first_row(s, SQL_TYPE, cluster, NULL, NULL, NULL, err), 0);
  m.sub = dup_col(first_row(s, SQL_SUBTYPE, cluster, m.type, NULL, NULL, err), 0);
  if ((st = first_row(s, SQL_DATE, cluster, NULL, NULL, NULL, err))) {
    long lo = (long)sqlite3_column_int64(st, 0),
         hi = (long)sqlite3_column_int64(st, 1);
    /* ACLED: a day is precision 1; a week, its middle, 2; more, 3. */
    sr_ymd d = sr_civil_from_days(lo + (hi - lo) / 2);
    snprintf(m.date, sizeof m.date, "%04d-%02d-%02d", d.year, d.month, d.day);
    m.precision = hi == lo ? 1 : hi - lo <= 7 ? 2 : 3;
  }
  if ((st = first_row(s, SQL_PLACE, cluster, NULL, NULL, NULL, err))) {
    for (int i = 0; i < 4; i++) m.place[i] = dup_col(st, i);
    located = sqlite3_column_type(st, 4) != SQLITE_NULL;
    lat = sqlite3_column_double(st, 4);
    lon = sqlite3_column_double(st, 5);
    geo_precision = sqlite3_column_int(st, 6);
  }
  if ((st = first_row(s, SQL_ACTOR, cluster, "actor1", NULL, NULL, err))) {
    m.actor1 = dup_col(st, 0);
    m.inter1 = sqlite3_column_int(st, 1);
  }
  if ((st = first_row(s, SQL_ACTOR, cluster, "actor2", m.actor1, NULL, err))) {
    m.actor2 = dup_col(st, 0);
    m.inter2 = sqlite3_column_int(st, 1);
  }
  /* ACLED always has an actor1: a report naming only the target (actor2)
  ** gives it that role. */
  if (!m.actor1 && m.actor2) {
    m.actor1 = m.actor2, m.inter1 = m.inter2;
    m.actor2 = NULL, m.inter2 = 0;
  }
  m.assoc1 = dup_col(
      first_row(s, SQL_ASSOC, cluster, "assoc_actor_1", m.actor1, m.actor2, err), 0);
  m.assoc2 = dup_col(
      first_row(s, SQL_ASSOC, cluster, "assoc_actor_2", m.actor1, m.actor2, err), 0);
  sr_status rc = err->code;
  if (rc == SR_OK) rc = write_estimates(s, cluster, err);
  char notes[1024];
  if (rc == SR_OK) rc = write_notes(s, cluster, &m, notes, sizeof notes, err);
  if (rc == SR_OK && !(st = sr_store_stmt(s, SQL_UPDATE, err))) rc = err->code;
  if (rc == SR_OK) {
    const char *text[] = {m.type, m.sub, m.date[0] ? m.date : NULL};
    sqlite3_bind_int64(st, 1, cluster);
    for (int i = 0; i < 3; i++) sr_store_bind_text(st, 2 + i, text[i]);
    if (m.precision) sqlite3_bind_int(st, 5, m.precision);
    for (int i = 0; i < 4; i++) sr_store_bind_text(st, 6 + i, m.place[i]);
    if (located) {
      sqlite3_bind_double(st, 10, lat);
      sqlite3_bind_double(st, 11, lon);
    }
    if (geo_precision) sqlite3_bind_int(st, 12, geo_precision);
    sr_store_bind_text(st, 13, m.actor1);
    sr_store_bind_text(st, 14, m.assoc1);
    if (m.actor1) sqlite3_bind_int(st, 15, m.inter1);
    sr_store_bind_text(st, 16, m.actor2);
    sr_store_bind_text(st, 17, m.assoc2);
    if (m.actor2) sqlite3_bind_int(st, 18, m.inter2);
    if (m.has_fat) sqlite3_bind_int64(st, 19, m.fatalities);
    sqlite3_bind_int64(st, 20, n_events);
    sqlite3_bind_int64(st, 21, n_docs);
    sqlite3_bind_int64(st, 22, n_sources);
    sr_store_bind_text(st, 23, m.sources);
    sr_store_bind_text(st, 24, notes);
    sqlite3_bind_int64(st, 25, updated);
    rc = sr_store_done(s, st, err, "updating a cluster");
  }
  free_summary(&m);
  return rc;
}
