#include "summary.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/error.h"
#include "../util/isodate.h"
#include "cluster.h"

/* ------------------------------------------------------------ claims */

int sr_claim_read(double value, double low, double high,
                  const char *qualifier, sr_claim *c) {
  int v = !isnan(value), l = !isnan(low), h = !isnan(high);
  if (!v && !l && !h) return 0;
  c->word = !v && l && !h;
  int open = c->word || (!h && qualifier && (strcmp(qualifier, "at_least") == 0 ||
                                             strcmp(qualifier, "more_than") == 0));
  c->point = v ? value : l && h ? (low + high) / 2 : l ? low : high;
  c->low = l ? low : c->point;
  c->high = h ? high : open ? INFINITY : c->point;
  if (c->low > c->high) { /* a malformed range: take it as written, wider */
    double t = c->low;
    c->low = c->high;
    c->high = t;
  }
  if (c->point < c->low) c->point = c->low;
  if (c->point > c->high) c->point = c->high;
  return 1;
}

int sr_claims_contradict(const sr_claim *a, const sr_claim *b) {
  return a->low > SR_CONTRADICTION_FACTOR * b->high ||
         b->low > SR_CONTRADICTION_FACTOR * a->high;
}

static int cmp_point(const void *a, const void *b) {
  double x = ((const sr_claim *)a)->point, y = ((const sr_claim *)b)->point;
  return (x > y) - (x < y);
}

/* The high a claim gives an estimate: its upper bound, or its figure when
** it leaves the bound open ("more than 50": 51, not infinity). */
static double claim_top(const sr_claim *c) {
  return isinf(c->high) ? c->point : c->high;
}

void sr_claims_estimate(sr_claim *claims, size_t n, double *low, double *best,
                        double *high) {
  size_t counted = 0;
  for (size_t i = 0; i < n; i++) counted += !claims[i].word;
  /* the claims low and best are read from: the counts, else the words */
  int words = counted == 0;
  *high = claim_top(&claims[0]);
  *low = INFINITY;
  for (size_t i = 0; i < n; i++) {
    if (claims[i].word == words && claims[i].low < *low) *low = claims[i].low;
    if (claim_top(&claims[i]) > *high) *high = claim_top(&claims[i]);
  }
  qsort(claims, n, sizeof *claims, cmp_point);
  size_t m = words ? n : counted, k = 0;
  const sr_claim *mid = NULL;
  for (size_t i = 0; i < n && !mid; i++)
    if (claims[i].word == words && k++ == (m - 1) / 2) mid = &claims[i];
  *best = fmin(fmax(mid->point, *low), *high);
}

/* ------------------------------------------------------------ SQL */

/* The newcomer's fields, and its place's key (SQL_CLUSTER_STATE's columns
** 5-7) read with them. */
static const char SQL_EVENT_ROW[] =
    "SELECT e.event_type, e.sub_event_type, e.day_lo, e.day_hi,"
    " e.fatalities, d.source, d.ingested_at, e.lat IS NULL,"
    " e.location IS NULL, coalesce(e.geo_precision, 9) FROM events e JOIN"
    " documents d ON d.rowid = e.doc WHERE e.rowid = ?1";
/* A tally: how many reports say it, the first that did, the highest inter
** code given with an actor's name.  Counted up where it exists, inserted
** where it does not (an upsert's RETURNING costs a temporary table a
** row): in a cluster just founded, inserted at once (it has no tallies);
** an outlet, most often new to its cluster, inserted first and counted up
** when it was there (vote). */
static const char SQL_VOTE_MORE[] =
    "UPDATE votes SET n = n + 1, first = min(first, ?4),"
    " inter = max(coalesce(inter, ?5), coalesce(?5, inter))"
    " WHERE cluster = ?1 AND field = ?2 AND value = ?3";
static const char SQL_VOTE_NEW[] =
    "INSERT INTO votes VALUES (?1, ?2, ?3, 1, ?4, ?5)";
static const char SQL_VOTE_NEW_OR_NOT[] =
    "INSERT OR IGNORE INTO votes VALUES (?1, ?2, ?3, 1, ?4, ?5)";
static const char SQL_EVENT_ACTORS[] =
    "SELECT role, name, inter FROM actors WHERE event = ?1 AND name IS NOT"
    " NULL AND role IS NOT NULL ORDER BY idx";
/* What most reports say (the earliest breaking ties), other than ?3. */
/* A cluster's tallies but its outlets (one a source: they grow with the
** cluster, and the summary takes none of them), each field's values in
** the key's order: read in two ranges of the key, what most reports say
** chosen here (set_tallies). */
static const char SQL_TALLIES_BEFORE[] =
    "SELECT field, value, n, first, inter FROM votes WHERE cluster = ?1"
    " AND field < 'source' ORDER BY field, value";
static const char SQL_TALLIES_AFTER[] =
    "SELECT field, value, n, first, inter FROM votes WHERE cluster = ?1"
    " AND field > 'source' ORDER BY field, value";
/* The cluster's date and place now, with the keys they are chosen by: the
** narrowest date; the most precise place (coordinates first, then a named
** location, then the lowest geo_precision); the earlier report on a tie.
** Then its outlets' list and how many reports it has (none: just founded).
** One statement, not four: the writer pays more per statement run than
** per row read. */
static const char SQL_CLUSTER_STATE[] =
    "SELECT c.date_event, c.place_event,"
    " d.day_hi - d.day_lo, d.day_lo, d.rowid,"
    " p.lat IS NULL, p.location IS NULL, coalesce(p.geo_precision, 9), p.rowid,"
    " c.sources, coalesce(c.n_events, 0)"
    " FROM clusters c"
    " LEFT JOIN events d ON d.rowid = c.date_event AND d.day_lo IS NOT NULL"
    " LEFT JOIN events p ON p.rowid = c.place_event WHERE c.id = ?1";
/* The report counted; a new outlet (?4: the list with it, in its place)
** counted too; the days all reports allow narrowed to the newcomer's
** (?5-?6: the intersection of their windows, which may end a day before
** it starts: two reports a day apart).  One statement for what were four:
** each rewrites the cluster's row. */
static const char SQL_SET_COUNTS[] =
    "UPDATE clusters SET n_events = coalesce(n_events, 0) + 1,"
    " n_documents = coalesce(n_documents, 0) + 1,"
    " fatalities = CASE WHEN ?2 IS NULL THEN fatalities ELSE"
    "  min(coalesce(fatalities, ?2), ?2) END,"
    " updated_at = max(coalesce(updated_at, ?3), ?3),"
    " n_sources = CASE WHEN ?4 IS NULL THEN n_sources ELSE"
    "  coalesce(n_sources, 0) + 1 END,"
    " sources = coalesce(?4, sources),"
    " day_lo = CASE WHEN ?5 IS NULL THEN day_lo ELSE"
    "  max(coalesce(day_lo, ?5), ?5) END,"
    " day_hi = CASE WHEN ?6 IS NULL THEN day_hi ELSE"
    "  min(coalesce(day_hi, ?6), ?6) END WHERE id = ?1";
static const char SQL_SET_DATE[] =
    "UPDATE clusters SET date_event = ?2, event_date = ?3, time_precision ="
    " ?4 WHERE id = ?1";
static const char SQL_SET_PLACE[] =
    "UPDATE clusters SET place_event = e.rowid, location = e.location,"
    " admin1 = e.admin1, country = e.country, iso2 = e.iso2, lat = e.lat,"
    " lon = e.lon, geo_precision = e.geo_precision FROM (SELECT * FROM"
    " events WHERE rowid = ?2) AS e WHERE clusters.id = ?1";
static const char SQL_SET_TALLIES[] =
    "UPDATE clusters SET event_type = ?2, sub_event_type = ?3, actor1 = ?4,"
    " inter1 = ?5, actor2 = ?6, inter2 = ?7, assoc_actor_1 = ?8,"
    " assoc_actor_2 = ?9 WHERE id = ?1";
/* One figure per report and kind: the largest the report gives (the sum of
** two figures of one kind could count the same dead twice); open above
** when it says "at least" or "more than" and gives no upper bound. */
static const char SQL_EVENT_FIGURES[] =
    "SELECT kind, value, low, high, qualifier IN ('at_least', 'more_than')"
    " AND high IS NULL FROM quantities WHERE event = ?1";
static const char SQL_FIGURE[] =
    "INSERT OR REPLACE INTO figures VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
/* Claims of the kind by other outlets that this one contradicts
** (sr_claims_contradict; a NULL high is open): those far below it, the
** lowest first, and those far above it, the highest first, each read in an
** index ?5 bounds (the exact test follows it). */
static const char SQL_BELOW[] =
    "SELECT event, low, point, high FROM figures WHERE cluster = ?1 AND"
    " kind = ?2 AND high < ?5 AND ?4 > 1.5 * high AND source IS NOT ?3"
    " ORDER BY high LIMIT 4";
static const char SQL_ABOVE[] =
    "SELECT event, low, point, high FROM figures WHERE cluster = ?1 AND"
    " kind = ?2 AND low > ?5 AND low > 1.5 * ?4 AND source IS NOT ?3"
    " ORDER BY low DESC LIMIT 4";
/* The kind's estimate moved by the report's figure (in figures already;
** ?6: 1 for a word, sr_claims_estimate): high widened; low widened by a
** count, or by a word while no count came (a word beside counts moves
** neither low nor best; the first count replaces the words' low); best,
** the median figure (lower middle) of the counts, else of the words, held
** between them, read in the index at the rank the reports of its class
** before this one give (a first report's figure is its own median).
** `counted`: the reports that gave a count.  One statement: the DO
** UPDATE's columns are the row as it was. */
#define NEW_LOW                                                             \
  "CASE WHEN ?6 AND counted > 0 THEN low WHEN NOT ?6 AND counted = 0"      \
  " THEN excluded.low ELSE min(low, excluded.low) END"
static const char SQL_ESTIMATE[] =
    "INSERT INTO estimates(cluster, kind, low, best, high, reports, counted)"
    " VALUES (?1, ?2, ?3, max(?3, min(?5, ?4)), ?5, 1, 1 - ?6)"
    " ON CONFLICT(cluster, kind) DO UPDATE SET low = " NEW_LOW ","
    " high = max(high, excluded.high), reports = reports + 1,"
    " counted = counted + 1 - ?6,"
    " best = max(" NEW_LOW ", min(max(high, excluded.high),"
    " (SELECT f.point FROM figures f WHERE f.cluster = ?1 AND f.kind = ?2"
    "  AND f.word = (counted + 1 - ?6 = 0)"
    "  ORDER BY f.point, f.event LIMIT 1 OFFSET (SELECT CASE WHEN counted +"
    "  1 - ?6 > 0 THEN (counted - ?6) / 2 ELSE reports / 2 END FROM"
    "  estimates WHERE cluster = ?1 AND kind = ?2))))";
/* Column 9: the note as it stands, not written again when unchanged (a
** cluster past the reports its note names keeps it batch after batch). */
static const char SQL_NOTE_FIELDS[] =
    "SELECT event_date, sub_event_type, event_type, location, admin1,"
    " country, actor1, actor2, fatalities, notes FROM clusters WHERE id = ?1";
/* The reports' sources for the note: no more than fit in it; those after
** the ?2-th report (rowid) the note memo has, ?3 more at most. */
static const char SQL_WHO[] =
    "SELECT coalesce(d.source, d.id), (SELECT group_concat(name, '; ') FROM"
    " attributions WHERE event = e.rowid), e.rowid FROM events e JOIN"
    " documents d ON d.rowid = e.doc WHERE e.cluster = ?1 AND e.role ="
    " 'member' AND e.rowid > ?2 ORDER BY e.rowid LIMIT ?3";
static const char SQL_DISPUTED[] =
    "SELECT EXISTS (SELECT 1 FROM contradictions WHERE cluster = ?1)";
static const char SQL_SET_NOTES[] = "UPDATE clusters SET notes = ?2 WHERE id = ?1";
static const char SQL_DROP_VOTES[] = "DELETE FROM votes WHERE cluster = ?1";
static const char SQL_DROP_FIGURES[] = "DELETE FROM figures WHERE cluster = ?1";
static const char SQL_DROP_ESTIMATES[] =
    "DELETE FROM estimates WHERE cluster = ?1";
static const char SQL_DROP_CONTRADICTIONS[] =
    "DELETE FROM contradictions WHERE cluster = ?1";
static const char SQL_DROP_FIGURE_CONTRADICTIONS[] =
    "DELETE FROM contradictions WHERE cluster = ?1 AND kind = 'figures'";
static const char SQL_DROP_CLUSTER[] = "DELETE FROM clusters WHERE id = ?1";
static const char SQL_RESET_CLUSTER[] =
    "UPDATE clusters SET event_type = NULL, sub_event_type = NULL,"
    " event_date = NULL, time_precision = NULL, location = NULL,"
    " admin1 = NULL, country = NULL, iso2 = NULL, lat = NULL, lon = NULL,"
    " geo_precision = NULL, actor1 = NULL, assoc_actor_1 = NULL,"
    " inter1 = NULL, actor2 = NULL, assoc_actor_2 = NULL, inter2 = NULL,"
    " fatalities = NULL, n_events = 0, n_documents = 0, n_sources = 0,"
    " sources = NULL, notes = NULL, updated_at = NULL, date_event = NULL,"
    " place_event = NULL WHERE id = ?1";
static const char SQL_MEMBERS[] =
    "SELECT rowid FROM events WHERE cluster = ?1 AND role = 'member'"
    " ORDER BY rowid";

static sr_status run_on(sr_store *s, const char *sql, sqlite3_int64 cluster,
                        sr_error *err) {
  return sr_store_run(s, sql, cluster, err, "updating a cluster");
}

static void forget_note(sr_store *s, sqlite3_int64 cluster);
static void note_joined(sr_store *s, sqlite3_int64 cluster,
                        sqlite3_int64 event);

sr_status sr_summary_drop(sr_store *s, sqlite3_int64 cluster, sr_error *err) {
  forget_note(s, cluster);
  sr_cluster_memo_drop(s, cluster);
  static const char *const sqls[] = {SQL_DROP_VOTES, SQL_DROP_FIGURES,
                                     SQL_DROP_ESTIMATES,
                                     SQL_DROP_CONTRADICTIONS, SQL_DROP_CLUSTER};
  sr_status rc = SR_OK;
  for (size_t i = 0; i < sizeof sqls / sizeof *sqls && rc == SR_OK; i++)
    rc = run_on(s, sqls[i], cluster, err);
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

/* How a tally is written: counted up, else inserted (most); inserted, the
** cluster having none (just founded); inserted, else counted up (an
** outlet). */
enum vote_way { VOTE_MORE_FIRST, VOTE_NEW, VOTE_NEW_FIRST };

/* Tallies one more report saying value; *first set when it is the first
** (may be NULL). */
static sr_status vote(sr_store *s, sqlite3_int64 cluster, const char *field,
                      const char *value, sqlite3_int64 event, int inter,
                      enum vote_way way, int *first, sr_error *err) {
  if (first) *first = 0;
  if (!value) return SR_OK;
  static const char *const sqls[3][2] = {
      {SQL_VOTE_MORE, SQL_VOTE_NEW},
      {SQL_VOTE_NEW, NULL},
      {SQL_VOTE_NEW_OR_NOT, SQL_VOTE_MORE}};
  for (int i = 0; i < 2 && sqls[way][i]; i++) {
    const char *sql = sqls[way][i];
    int insert = sql != SQL_VOTE_MORE;
    sqlite3_stmt *st = sr_store_stmt(s, sql, err);
    if (!st) return err->code;
    sqlite3_bind_int64(st, 1, cluster);
    sr_store_bind_text(st, 2, field);
    sr_store_bind_text(st, 3, value);
    sqlite3_bind_int64(st, 4, event);
    if (inter >= 0) sqlite3_bind_int(st, 5, inter);
    if (sr_store_done(s, st, err, "tallying a cluster") != SR_OK) return err->code;
    if (sqlite3_changes(s->db)) { /* an insert ignored changes nothing */
      if (first) *first = insert;
      return SR_OK;
    }
  }
  return SR_OK;
}

/* SQLite's BINARY order: bytes, then the shorter first. */
static int bytecmp(const char *a, size_t la, const char *b, size_t lb) {
  int c = memcmp(a, b, la < lb ? la : lb);
  return c ? c : (la > lb) - (la < lb);
}

/* "AFP; Reuters" + "BBC" = "AFP; BBC; Reuters": the list kept as the
** group_concat of the outlets ORDER BY outlet it replaces. */
static char *insert_sorted(const char *list, const char *item) {
  size_t n = strlen(list), m = strlen(item);
  char *out = malloc(n + m + 3);
  if (!out) return NULL;
  if (!n) {
    memcpy(out, item, m + 1);
    return out;
  }
  const char *p = list; /* the element the item goes before */
  for (;;) {
    const char *end = strstr(p, "; ");
    size_t len = end ? (size_t)(end - p) : strlen(p);
    if (bytecmp(p, len, item, m) > 0) break;
    if (!end) {
      p = list + n;
      break;
    }
    p = end + 2;
  }
  size_t before = (size_t)(p - list);
  if (before == n) {
    memcpy(out, list, n);
    memcpy(out + n, "; ", 2);
    memcpy(out + n + 2, item, m + 1);
  } else {
    memcpy(out, list, before);
    memcpy(out + before, item, m);
    memcpy(out + before + m, "; ", 2);
    memcpy(out + before + m + 2, p, n - before + 1);
  }
  return out;
}

/* The outlet tallied; *joined set to the cluster's list of outlets with it
** in its place when it is new to the cluster (else NULL; malloc'ed). */
static sr_status add_source(sr_store *s, sqlite3_int64 cluster,
                            sqlite3_int64 event, const char *source,
                            const char *list, enum vote_way way,
                            char **joined, sr_error *err) {
  int first;
  *joined = NULL;
  sr_status rc = vote(s, cluster, "source", source, event, -1,
                      way == VOTE_NEW ? VOTE_NEW : VOTE_NEW_FIRST, &first, err);
  if (rc != SR_OK || !first) return rc;
  if (!(*joined = insert_sorted(list ? list : "", source)))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  return SR_OK;
}

static sr_status vote_actors(sr_store *s, sqlite3_int64 cluster,
                             sqlite3_int64 event, enum vote_way way,
                             sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, SQL_EVENT_ACTORS, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, event);
  /* Copied out first: the tally reuses the connection's statements. */
  struct {
    char role[32], name[256];
    int inter;
  } a[16];
  size_t n = 0;
  while (n < 16 && sqlite3_step(st) == SQLITE_ROW) {
    sr_store_copy_col(st, 0, a[n].role, sizeof a[n].role);
    sr_store_copy_col(st, 1, a[n].name, sizeof a[n].name);
    a[n].inter = sqlite3_column_type(st, 2) == SQLITE_NULL
                     ? -1
                     : sqlite3_column_int(st, 2);
    n++;
  }
  sr_status rc = SR_OK;
  for (size_t i = 0; i < n && rc == SR_OK; i++) {
    /* A report names an actor in a role once, however often its record
    ** lists it (a record from outside may: its second tally was the
    ** insert of a row the first had made, and refused the report). */
    size_t j = 0;
    while (j < i && (strcmp(a[j].role, a[i].role) || strcmp(a[j].name, a[i].name)))
      j++;
    if (j < i) continue;
    if (strcmp(a[i].role, "actor1") == 0)
      sr_cluster_memo_actor(s, cluster, a[i].name, a[i].inter);
    rc = vote(s, cluster, a[i].role, a[i].name, event, a[i].inter, way, NULL,
              err);
  }
  return rc;
}

/* A representative's key, read with the cluster's state from column at
** on; 0 when there is none (or no such event). */
static int read_key(sqlite3_stmt *state, int at, sqlite3_int64 *key, int n) {
  if (!state || sqlite3_column_type(state, at + n - 1) == SQLITE_NULL)
    return 0;
  for (int i = 0; i < n; i++) key[i] = sqlite3_column_int64(state, at + i);
  return 1;
}

/* The newcomer becomes the cluster's date (place) when its key, mine,
** sorts before the representative's. */
static int better(const sqlite3_int64 *mine, int has_theirs,
                  const sqlite3_int64 *theirs, int n) {
  if (!has_theirs) return 1;
  for (int i = 0; i < n; i++)
    if (mine[i] != theirs[i]) return mine[i] < theirs[i];
  return 0;
}

static sr_status set_date(sr_store *s, sqlite3_int64 cluster,
                          sqlite3_int64 event, long lo, long hi,
                          sr_error *err) {
  /* ACLED: a day is precision 1; a week, its middle, 2; more, 3. */
  /* the middle day, the later of two: a report-dated event's window, the
  ** day before publication and that day, gives the report's date */
  sr_ymd d = sr_civil_from_days(lo + (hi - lo + 1) / 2);
  char date[11];
  snprintf(date, sizeof date, "%04d-%02d-%02d", d.year, d.month, d.day);
  sqlite3_stmt *st = sr_store_stmt(s, SQL_SET_DATE, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  sqlite3_bind_int64(st, 2, event);
  sr_store_bind_text(st, 3, date);
  sqlite3_bind_int(st, 4, hi == lo ? 1 : hi - lo <= 7 ? 2 : 3);
  return sr_store_done(s, st, err, "dating a cluster");
}

static sr_status set_place(sr_store *s, sqlite3_int64 cluster,
                           sqlite3_int64 event, sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, SQL_SET_PLACE, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  sqlite3_bind_int64(st, 2, event);
  return sr_store_done(s, st, err, "placing a cluster");
}

/* One row of a cluster's tallies; field and value are offsets into the
** text read with them. */
typedef struct tally {
  size_t field, value;
  sqlite3_int64 n, first;
  int inter; /* -1: none given */
} tally;

typedef struct tallies {
  tally *rows;
  size_t count, cap;
  char *text;
  size_t len, text_cap;
} tallies;

static int keep_text(tallies *t, const char *str, size_t n, size_t *at) {
  if (t->len + n + 1 > t->text_cap) {
    size_t cap = t->text_cap ? t->text_cap : 1024;
    while (cap < t->len + n + 1) cap *= 2;
    char *grown = realloc(t->text, cap);
    if (!grown) return 0;
    t->text = grown;
    t->text_cap = cap;
  }
  memcpy(t->text + t->len, str, n);
  t->text[t->len + n] = '\0';
  *at = t->len;
  t->len += n + 1;
  return 1;
}

static sr_status read_tallies(sr_store *s, sqlite3_int64 cluster, tallies *t,
                              sr_error *err) {
  static const char *const sqls[2] = {SQL_TALLIES_BEFORE, SQL_TALLIES_AFTER};
  for (int q = 0; q < 2; q++) {
    sqlite3_stmt *st = sr_store_stmt(s, sqls[q], err);
    if (!st) return err->code;
    sqlite3_bind_int64(st, 1, cluster);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        tally *grown = realloc(t->rows, cap * sizeof *grown);
        if (!grown) return sr_error_set(err, SR_ENOMEM, "out of memory");
        t->rows = grown;
        t->cap = cap;
      }
      tally *r = &t->rows[t->count];
      if (!keep_text(t, sr_store_col(st, 0), (size_t)sqlite3_column_bytes(st, 0), &r->field) ||
          !keep_text(t, sr_store_col(st, 1), (size_t)sqlite3_column_bytes(st, 1), &r->value))
        return sr_error_set(err, SR_ENOMEM, "out of memory");
      r->n = sqlite3_column_int64(st, 2);
      r->first = sqlite3_column_int64(st, 3);
      r->inter = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 4);
      t->count++;
    }
    if (rc != SQLITE_DONE) return sr_store_fail(s, err, "summarising a cluster");
  }
  return SR_OK;
}

/* What most reports say of field (the earliest report breaking ties, then
** the value first in order), other than not; NULL when none. */
static const tally *most(const tallies *t, const char *field, const char *not) {
  const tally *best = NULL;
  for (size_t i = 0; i < t->count; i++) {
    const tally *r = &t->rows[i];
    if (strcmp(t->text + r->field, field) != 0) continue;
    if (not && strcmp(t->text + r->value, not) == 0) continue;
    if (!best || r->n > best->n || (r->n == best->n && r->first < best->first))
      best = r;
  }
  return best;
}

/* The values of field other than a and b, in order, "; "-joined; NULL
** when none (malloc'ed). */
static char *all_but(const tallies *t, const char *field, const char *a,
                     const char *b, int *oom) {
  size_t len = 0;
  char *out = NULL;
  for (size_t i = 0; i < t->count; i++) {
    const tally *r = &t->rows[i];
    const char *v = t->text + r->value;
    if (strcmp(t->text + r->field, field) != 0 || (a && strcmp(v, a) == 0) ||
        (b && strcmp(v, b) == 0))
      continue;
    size_t n = strlen(v);
    char *grown = realloc(out, len + n + 3);
    if (!grown) {
      free(out);
      *oom = 1;
      return NULL;
    }
    out = grown;
    if (len) memcpy(out + len, "; ", 2), len += 2;
    memcpy(out + len, v, n + 1);
    len += n;
  }
  return out;
}

/* Type and actors as the tallies now stand. */
static sr_status set_tallies(sr_store *s, sqlite3_int64 cluster,
                             sr_error *err) {
  tallies t = {NULL, 0, 0, NULL, 0, 0};
  sr_status rc = read_tallies(s, cluster, &t, err);
  if (rc != SR_OK) {
    free(t.rows), free(t.text);
    return rc;
  }
  const tally *r = most(&t, "type", NULL);
  const char *type = r ? t.text + r->value : NULL;
  char field[96];
  snprintf(field, sizeof field, "sub:%s", type ? type : "");
  r = most(&t, field, NULL);
  const char *sub = r ? t.text + r->value : NULL;
  const char *actor1 = NULL, *actor2 = NULL;
  int inter1 = 0, inter2 = 0;
  if ((r = most(&t, "actor1", NULL))) {
    actor1 = t.text + r->value;
    inter1 = r->inter < 0 ? 0 : r->inter;
  }
  if ((r = most(&t, "actor2", actor1))) {
    actor2 = t.text + r->value;
    inter2 = r->inter < 0 ? 0 : r->inter;
  }
  /* ACLED always has an actor1: a report naming only the target (actor2)
  ** gives it that role. */
  if (!actor1 && actor2) {
    actor1 = actor2, inter1 = inter2;
    actor2 = NULL;
  }
  int oom = 0;
  char *assoc1 = all_but(&t, "assoc_actor_1", actor1, actor2, &oom);
  char *assoc2 = all_but(&t, "assoc_actor_2", actor1, actor2, &oom);
  sqlite3_stmt *st = NULL;
  if (oom) rc = sr_error_set(err, SR_ENOMEM, "out of memory");
  else if (!(st = sr_store_stmt(s, SQL_SET_TALLIES, err))) rc = err->code;
  if (rc == SR_OK) {
    sqlite3_bind_int64(st, 1, cluster);
    sr_store_bind_text(st, 2, type);
    sr_store_bind_text(st, 3, sub);
    sr_store_bind_text(st, 4, actor1);
    if (actor1) sqlite3_bind_int(st, 5, inter1);
    sr_store_bind_text(st, 6, actor2);
    if (actor2) sqlite3_bind_int(st, 7, inter2);
    sr_store_bind_text(st, 8, assoc1);
    sr_store_bind_text(st, 9, assoc2);
    rc = sr_store_done(s, st, err, "updating a cluster");
  }
  free(assoc1), free(assoc2);
  free(t.rows), free(t.text);
  return rc;
}

/* "killed 12 (at least 12)" for a figure contradiction's claim. */
static void figure_label(char *out, size_t cap, const char *kind,
                         const sr_claim *c) {
  if (c->low == c->high)
    snprintf(out, cap, "%s %g: ", kind, c->point);
  else if (isinf(c->high))
    snprintf(out, cap, "%s at least %g: ", kind, c->low);
  else
    snprintf(out, cap, "%s %g-%g: ", kind, c->low, c->high);
}

/* The newcomer's claim of a kind against the cluster's other outlets':
** each it contradicts by more than SR_CONTRADICTION_FACTOR is recorded with
** both claims (at most four each way, the farthest: the flag, not an
** inventory). */
static sr_status check_figures(sr_store *s, sqlite3_int64 cluster,
                               sqlite3_int64 event, const char *kind,
                               const char *source, const sr_claim *mine,
                               sr_error *err) {
  struct {
    sqlite3_int64 event;
    sr_claim claim;
  } other[8];
  size_t n = 0;
  for (int above = 0; above < 2; above++) {
    if (above && isinf(mine->high)) break; /* open above: none is */
    double bound = above ? mine->high : mine->low;
    sqlite3_stmt *st = sr_store_stmt(s, above ? SQL_ABOVE : SQL_BELOW, err);
    if (!st) return err->code;
    sqlite3_bind_int64(st, 1, cluster);
    sr_store_bind_text(st, 2, kind);
    sr_store_bind_text(st, 3, source);
    sqlite3_bind_double(st, 4, bound);
    /* the index's range, a hair wider than the test */
    sqlite3_bind_double(st, 5, above ? bound * 1.4999 : bound / 1.4999);
    while (n < 8 && sqlite3_step(st) == SQLITE_ROW) {
      other[n].event = sqlite3_column_int64(st, 0);
      other[n].claim.low = sqlite3_column_double(st, 1);
      other[n].claim.point = sqlite3_column_double(st, 2);
      other[n].claim.high = sqlite3_column_type(st, 3) == SQLITE_NULL
                                ? INFINITY
                                : sqlite3_column_double(st, 3);
      n++;
    }
  }
  sr_status rc = SR_OK;
  for (size_t i = 0; i < n && rc == SR_OK; i++) {
    char a[96], b[96];
    figure_label(a, sizeof a, kind, &other[i].claim);
    figure_label(b, sizeof b, kind, mine);
    rc = sr_cluster_contradiction(s, cluster, other[i].event, event,
                                  "figures", a, b, err);
  }
  return rc;
}

/* A report's claim of one kind: the claim of its largest figure of that
** kind.  Its other figures of the kind are parts of that count ("at least
** 72 people ... nine children") or counts it updates ("killed 11", later
** "the toll rose to 24"): neither is the report's bound, and mixing one
** figure's bound with another's ("11 children" with "dozens of people",
** once a claim 11-24) claimed a range the report never gave. */
typedef struct figure_sum {
  char kind[64];
  sr_claim claim;
} figure_sum;

#define MAX_KINDS 32

static int cmp_kind(const void *a, const void *b) {
  return strcmp(((const figure_sum *)a)->kind, ((const figure_sum *)b)->kind);
}

/* Whether claim a is a larger count than b: its figure, then its upper
** bound (an open one above all), then its lower bound. */
static int larger_claim(const sr_claim *a, const sr_claim *b) {
  if (a->point != b->point) return a->point > b->point;
  if (a->high != b->high) return a->high > b->high;
  return a->low > b->low;
}

static double column_or_nan(sqlite3_stmt *st, int i) {
  return sqlite3_column_type(st, i) == SQLITE_NULL ? NAN
                                                   : sqlite3_column_double(st, i);
}

/* The event's claims, one per kind (its largest figure), in the kinds'
** order. */
static sr_status event_figures(sr_store *s, sqlite3_int64 event,
                               figure_sum *sums, size_t *n, sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, SQL_EVENT_FIGURES, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, event);
  int rc;
  *n = 0;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    sr_claim c;
    if (!sr_claim_read(column_or_nan(st, 1), column_or_nan(st, 2),
                       column_or_nan(st, 3),
                       sqlite3_column_int(st, 4) ? "at_least" : "exact", &c))
      continue;
    char kind[64];
    sr_store_copy_col(st, 0, kind, sizeof kind);
    size_t k = 0;
    while (k < *n && strcmp(sums[k].kind, kind) != 0) k++;
    if (k == *n) {
      if (*n == MAX_KINDS) continue; /* more kinds than the packs have */
      memcpy(sums[k].kind, kind, sizeof kind);
      sums[k].claim = c;
      (*n)++;
    } else if (larger_claim(&c, &sums[k].claim)) {
      sums[k].claim = c;
    }
  }
  if (rc != SQLITE_DONE) return sr_store_fail(s, err, "reading figures");
  if (*n > 1) qsort(sums, *n, sizeof *sums, cmp_kind);
  return SR_OK;
}

/* The report's figures: one per kind into `figures`, checked against the
** other outlets' claims (a cluster just founded has none), and the kind's
** estimate moved. */
static sr_status add_figures(sr_store *s, sqlite3_int64 cluster,
                             sqlite3_int64 event, const char *source,
                             int founded, sr_error *err) {
  figure_sum sums[MAX_KINDS];
  size_t n_sums = 0;
  sr_status rc = event_figures(s, event, sums, &n_sums, err);
  if (rc != SR_OK) return rc;
  const figure_sum *f = sums;
  size_t n = n_sums;
  sqlite3_stmt *st;
  for (size_t i = 0; i < n && rc == SR_OK; i++) {
    const sr_claim *c = &f[i].claim;
    if (!founded) rc = check_figures(s, cluster, event, f[i].kind, source, c, err);
    if (rc == SR_OK && !(st = sr_store_stmt(s, SQL_FIGURE, err))) rc = err->code;
    if (rc == SR_OK) {
      sqlite3_bind_int64(st, 1, cluster);
      sr_store_bind_text(st, 2, f[i].kind);
      sqlite3_bind_int64(st, 3, event);
      sr_store_bind_text(st, 4, source);
      sqlite3_bind_double(st, 5, c->low);
      sqlite3_bind_double(st, 6, c->point);
      if (!isinf(c->high)) sqlite3_bind_double(st, 7, c->high);
      sqlite3_bind_int(st, 8, c->word);
      rc = sr_store_done(s, st, err, "storing a figure");
    }
    if (rc == SR_OK && !(st = sr_store_stmt(s, SQL_ESTIMATE, err))) rc = err->code;
    if (rc == SR_OK) {
      sqlite3_bind_int64(st, 1, cluster);
      sr_store_bind_text(st, 2, f[i].kind);
      sqlite3_bind_double(st, 3, c->low);
      sqlite3_bind_double(st, 4, c->point);
      sqlite3_bind_double(st, 5, claim_top(c));
      sqlite3_bind_int(st, 6, c->word);
      rc = sr_store_done(s, st, err, "storing an estimate");
    }
  }
  return rc;
}

sr_status sr_summary_add(sr_store *s, sqlite3_int64 cluster,
                         sqlite3_int64 event, int narrow,
                         sqlite3_int64 *size, sr_error *err) {
  err->code = SR_OK;
  note_joined(s, cluster, event);
  sqlite3_stmt *st = first_row(s, SQL_EVENT_ROW, event, NULL, NULL, NULL, err);
  if (!st) return err->code;
  char *type = dup_col(st, 0), *sub = dup_col(st, 1), *source = dup_col(st, 5);
  int dated = sqlite3_column_type(st, 2) != SQLITE_NULL;
  long lo = (long)sqlite3_column_int64(st, 2), hi = (long)sqlite3_column_int64(st, 3);
  int has_fat = sqlite3_column_type(st, 4) != SQLITE_NULL;
  sqlite3_int64 fat = sqlite3_column_int64(st, 4);
  sqlite3_int64 ingested = sqlite3_column_int64(st, 6);
  /* the newcomer's keys, as SQL_CLUSTER_STATE reads the representatives' */
  sqlite3_int64 date_key[3] = {hi - lo, lo, event};
  sqlite3_int64 place_key[4] = {sqlite3_column_int64(st, 7),
                                sqlite3_column_int64(st, 8),
                                sqlite3_column_int64(st, 9), event};
  sqlite3_int64 date_of[3], place_of[4];
  st = first_row(s, SQL_CLUSTER_STATE, cluster, NULL, NULL, NULL, err);
  int has_date = read_key(st, 2, date_of, 3);
  int has_place = read_key(st, 5, place_of, 4);
  /* no report yet: no tallies, no figures (sr_summary_drop and
  ** sr_summary_rebuild drop them with the counts) */
  int state = st != NULL; /* the cluster has a row */
  int founded = st && sqlite3_column_int64(st, 10) == 0;
  if (size) *size = st ? sqlite3_column_int64(st, 10) + 1 : -1;
  char *sources = dup_col(st, 9), *joined = NULL;
  enum vote_way way = founded ? VOTE_NEW : VOTE_MORE_FIRST;
  sr_status rc = err->code;
  char field[96];
  snprintf(field, sizeof field, "sub:%s", type ? type : "");
  if (rc == SR_OK) rc = vote(s, cluster, "type", type, event, -1, way, NULL, err);
  if (rc == SR_OK) rc = vote(s, cluster, field, sub, event, -1, way, NULL, err);
  if (rc == SR_OK) rc = add_source(s, cluster, event, source, sources, way, &joined, err);
  if (rc == SR_OK) rc = vote_actors(s, cluster, event, way, err);
  if (rc == SR_OK && !(st = sr_store_stmt(s, SQL_SET_COUNTS, err))) rc = err->code;
  if (rc == SR_OK) {
    sqlite3_bind_int64(st, 1, cluster);
    if (has_fat) sqlite3_bind_int64(st, 2, fat);
    sqlite3_bind_int64(st, 3, ingested);
    sr_store_bind_text(st, 4, joined);
    if (narrow && dated) {
      sqlite3_bind_int64(st, 5, lo);
      sqlite3_bind_int64(st, 6, hi);
    }
    rc = sr_store_done(s, st, err, "counting a cluster's reports");
    if (rc == SR_OK && narrow && dated && state) sr_cluster_memo_days(s, cluster, lo, hi);
  }
  free(sources), free(joined);
  if (rc == SR_OK && dated && better(date_key, has_date, date_of, 3))
    rc = set_date(s, cluster, event, lo, hi, err);
  if (rc == SR_OK && better(place_key, has_place, place_of, 4))
    rc = set_place(s, cluster, event, err);
  if (rc == SR_OK && s->batch <= 1) rc = set_tallies(s, cluster, err);
  if (rc == SR_OK) rc = add_figures(s, cluster, event, source, founded, err);
  if (rc == SR_OK) rc = sr_summary_notes_later(s, cluster, err);
  free(type), free(sub), free(source);
  return rc;
}

sr_status sr_summary_notes_later(sr_store *s, sqlite3_int64 cluster,
                                 sr_error *err) {
  if (s->batch <= 1) return sr_summary_notes(s, cluster, err);
  if (s->n_dirty && s->dirty[s->n_dirty - 1] == cluster) return SR_OK;
  return sr_store_push_id(&s->dirty, &s->n_dirty, &s->cap_dirty, cluster, err);
}

static int cmp_id(const void *a, const void *b) {
  sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;
  return (x > y) - (x < y);
}

sr_status sr_summary_settle(sr_store *s, sr_error *err) {
  if (!s->n_dirty) return SR_OK;
  qsort(s->dirty, s->n_dirty, sizeof *s->dirty, cmp_id);
  sr_status rc = SR_OK;
  for (size_t i = 0; i < s->n_dirty && rc == SR_OK; i++) {
    if (i && s->dirty[i] == s->dirty[i - 1]) continue;
    /* a cluster a replaced document dissolved for good has no row: both
    ** statements then change nothing */
    rc = set_tallies(s, s->dirty[i], err);
    if (rc == SR_OK) rc = sr_summary_notes(s, s->dirty[i], err);
  }
  s->n_dirty = 0;
  return rc;
}

sr_status sr_summary_rebuild(sr_store *s, sqlite3_int64 cluster,
                             sr_error *err) {
  forget_note(s, cluster);
  sr_cluster_memo_drop(s, cluster);
  static const char *const sqls[] = {SQL_DROP_VOTES, SQL_DROP_FIGURES,
                                     SQL_DROP_ESTIMATES,
                                     SQL_DROP_FIGURE_CONTRADICTIONS,
                                     SQL_RESET_CLUSTER};
  sr_status rc = SR_OK;
  for (size_t i = 0; i < sizeof sqls / sizeof *sqls && rc == SR_OK; i++)
    rc = run_on(s, sqls[i], cluster, err);
  sqlite3_int64 *ids = NULL;
  size_t n = 0;
  if (rc == SR_OK) rc = sr_store_ids(s, SQL_MEMBERS, cluster, &ids, &n, err);
  for (size_t i = 0; i < n && rc == SR_OK; i++)
    rc = sr_summary_add(s, cluster, ids[i], 0, NULL, err);
  if (rc == SR_OK && n == 0) rc = sr_summary_notes(s, cluster, err);
  free(ids);
  return rc;
}

/* Appends to a fixed buffer, silently cut at its end. */
static void add(char *buf, size_t cap, const char *fmt, const char *a,
                const char *b) {
  size_t n = strlen(buf);
  if (n + 1 < cap) snprintf(buf + n, cap - n, fmt, a, b);
}

/* ------------------------------------------------- the notes' memo */

/* A note's sources part ("SOHR (reuters.com); AFP"): its first 40 reports'
** outlets and who they cite, in the order they joined.  Read once and
** added to as reports join, not read again whole at every batch (a
** cluster of 30 reports read 30 rows each time a report joined it). */
#define NOTE_MEMO 4096
#define NOTE_REPORTS 40
#define NOTE_CAP 1024 /* a note's bytes, its NUL included */

struct sr_note_memo {
  sqlite3_int64 cluster; /* 0: empty */
  unsigned generation;   /* valid when the events' memo's */
  sqlite3_int64 last;    /* the rowid of the last report listed */
  int reports;           /* listed */
  char text[NOTE_CAP];   /* cut as the note would cut it: no more counts */
};

static struct sr_note_memo *note_memo(sr_store *s, sqlite3_int64 cluster) {
  if (!s->notes && !(s->notes = calloc(NOTE_MEMO, sizeof *s->notes)))
    return NULL;
  struct sr_note_memo *m = &s->notes[(sqlite3_uint64)cluster % NOTE_MEMO];
  if (m->cluster != cluster || m->generation != s->memo_generation) {
    m->cluster = cluster;
    m->generation = s->memo_generation;
    m->last = 0;
    m->reports = 0;
    m->text[0] = '\0';
  }
  return m;
}

/* The cluster's reports changed otherwise than by one joining last. */
static void forget_note(sr_store *s, sqlite3_int64 cluster) {
  if (!s->notes) return;
  struct sr_note_memo *m = &s->notes[(sqlite3_uint64)cluster % NOTE_MEMO];
  if (m->cluster == cluster) m->cluster = 0;
}

/* A report joined: listed after the others when its rowid comes last,
** else the list is read again. */
static void note_joined(sr_store *s, sqlite3_int64 cluster,
                        sqlite3_int64 event) {
  if (!s->notes) return;
  struct sr_note_memo *m = &s->notes[(sqlite3_uint64)cluster % NOTE_MEMO];
  if (m->cluster == cluster && event <= m->last) m->cluster = 0;
}

/* The sources part of the cluster's note, brought up to date: the reports
** listed after the memo's last (all of them the first time). */
static const char *note_sources(sr_store *s, sqlite3_int64 cluster,
                                sr_error *err) {
  struct sr_note_memo *m = note_memo(s, cluster);
  if (!m) {
    sr_error_set(err, SR_ENOMEM, "out of memory");
    return NULL;
  }
  /* Full: what more reports would add is cut away. */
  if (m->reports == NOTE_REPORTS || strlen(m->text) + 1 >= sizeof m->text)
    return m->text;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_WHO, err);
  if (!st) {
    m->cluster = 0;
    return NULL;
  }
  sqlite3_bind_int64(st, 1, cluster);
  sqlite3_bind_int64(st, 2, m->last);
  sqlite3_bind_int(st, 3, NOTE_REPORTS - m->reports);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const char *who = sr_store_col(st, 1), *outlet = sr_store_col(st, 0);
    if (m->reports++) add(m->text, sizeof m->text, "%s%s", "; ", "");
    /* "Reuters (Reuters)" says it once: an outlet its own credit names */
    if (*who && strcasecmp(who, outlet) != 0)
      add(m->text, sizeof m->text, "%s (%s)", who, outlet);
    else
      add(m->text, sizeof m->text, "%s%s", outlet, "");
    m->last = sqlite3_column_int64(st, 2);
    if (strlen(m->text) + 1 >= sizeof m->text) break;
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    m->cluster = 0;
    sr_store_fail(s, err, "writing a cluster's note");
    return NULL;
  }
  return m->text;
}

/* "2016-10-30: Shelling/artillery/missile attack in Aleppo (Aleppo, Syria)
** by Military Forces of Syria against Jabhat al-Nusra; 12 fatalities
** (lowest report). Sources: SOHR (reuters.com); Ministry of Defence
** (tass.ru)." */
sr_status sr_summary_notes(sr_store *s, sqlite3_int64 cluster, sr_error *err) {
  err->code = SR_OK;
  sqlite3_stmt *st = first_row(s, SQL_NOTE_FIELDS, cluster, NULL, NULL, NULL, err);
  if (!st) return err->code;
  char *f[9];
  for (int i = 0; i < 9; i++) f[i] = dup_col(st, i);
  char *before = dup_col(st, 9);
  char notes[NOTE_CAP] = "";
  const size_t cap = sizeof notes;
  add(notes, cap, "%s%s", f[0] ? f[0] : "Undated", ": ");
  add(notes, cap, "%s%s", f[1] ? f[1] : f[2] ? f[2] : "Event", "");
  if (f[3]) add(notes, cap, " in %s%s", f[3], "");
  if (f[4] && f[5])
    add(notes, cap, " (%s, %s)", f[4], f[5]);
  else if (f[4] || f[5])
    add(notes, cap, " (%s)%s", f[4] ? f[4] : f[5], "");
  if (f[6]) add(notes, cap, " by %s%s", f[6], "");
  if (f[7]) add(notes, cap, " against %s%s", f[7], "");
  if (f[8]) add(notes, cap, "; %s fatalities%s", f[8], " (lowest report)");
  for (int i = 0; i < 9; i++) free(f[i]);
  add(notes, cap, "%s%s", ". Sources: ", "");
  /* the reports' part, cut where the note is (add() cuts at its end) */
  const char *sources = note_sources(s, cluster, err);
  if (!sources) {
    free(before);
    return err->code;
  }
  add(notes, cap, "%s%s", sources, "");
  add(notes, cap, "%s%s", ".", "");
  if ((st = first_row(s, SQL_DISPUTED, cluster, NULL, NULL, NULL, err)) &&
      sqlite3_column_int(st, 0) > 0)
    add(notes, cap, "%s%s", " Disputed: see contradictions.", "");
  int same = before && strcmp(before, notes) == 0;
  free(before);
  if (err->code != SR_OK) return err->code;
  if (same) return SR_OK;
  if (!(st = sr_store_stmt(s, SQL_SET_NOTES, err))) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  sr_store_bind_text(st, 2, notes);
  return sr_store_done(s, st, err, "writing a cluster's note");
}
