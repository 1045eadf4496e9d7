/*
** Which cluster an event belongs to.  Two events may be one real-world
** event when, all at once:
**
**   - their types are the same or listed in compatible.tsv, or one is a
**     toll (toll.tsv) of a type its action lists for the other (or their
**     actions are opposed claims, opposed.tsv: a contradiction to record);
**   - their days meet (days_meet: a day apart for dates known to the day,
**     overlapping for wider spans); a day apart, or a month against
**     its days, not when they count the dead otherwise, asked of every
**     report of the cluster compared (apart_in_days_and_dead);
**   - their places are within the radius of the vaguer one's geo_precision
**     (or, unlocated, name the same admin1; known to the region only,
**     geo_precision 3, lie in the same admin1), and their countries agree;
**   - the newcomer's actor1 is one the cluster's reports name as actor1
**     (a name or an inter code in common, or codes joint.tsv pairs for
**     the deed both tell), or one side names none (not
**     asked of a denial or failure; an unidentified side, unnamed.tsv,
**     names none when the newcomer is known to a day or two);
**   - they are not a deed from the air and one on the ground by non-state
**     armed groups only (no_aircraft.tsv: rebels have no aircraft), nor a
**     battle's deed and one that struck civilians only (armed_sides.tsv),
**     asked of every report of the cluster compared.
**
** Of the compatible clusters, the nearest (km, then days) wins.  Denials and
** failures join a cluster as "contradicts" members: they are claims about
** the event, not reports of it.  An event its own document told already
** joins that report's cluster as "restates" (find_restated).  Planned
** events are never clustered.
*/
#include "cluster.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "summary.h"

/* Search radius by ACLED geo_precision: 1 the town, 2 near it or part of a
** region, 3 the region. */
static double radius_km(int geo_precision) {
  switch (geo_precision) {
  case 1: return 10;
  case 3: return 100;
  default: return 25;
  }
}

#define KM_PER_DEGREE 111.32
#define MAX_COMPARED 8
#define MAX_SPAN_DAYS 31

/* Whether two spans of days may hold the same day.  Two dates known to
** the day meet one day apart (one outlet's "Sunday night" is another's
** "Monday"); a wider span (a report's publication window, the day before
** and that day; a range; a month) already holds that doubt and meets only
** by overlapping: with a day more, a report-dated event met events of four
** days.  An answer (a denial, an opposed claim: "repelled the assault"
** against "captured") often comes a day after the report it answers, and
** meets a day apart too.  A cluster's days may cross (lo > hi: reports a
** day apart): taken as known to the day. */
static int days_meet(long lo1, long hi1, long lo2, long hi2, int answer) {
  long slack = answer || (lo1 >= hi1 && lo2 >= hi2);
  return lo1 <= hi2 + slack && lo2 <= hi1 + slack;
}

static double distance_km(double lat1, double lon1, double lat2, double lon2) {
  const double r = M_PI / 180;
  double a = sin((lat2 - lat1) * r / 2), b = sin((lon2 - lon1) * r / 2);
  double h = a * a + cos(lat1 * r) * cos(lat2 * r) * b * b;
  return 2 * 6371.0 * asin(sqrt(h < 1 ? h : 1));
}

typedef struct actor_set {
  char names[16][128];
  int inters[16];
  size_t count;
} actor_set;

typedef struct ev_row {
  sqlite3_int64 rowid, doc, cluster;
  char status[16], type[64], action[64], iso2[8], admin1[128], role[16];
  int dated, located, geo_precision, cluster_known;
  long lo, hi;
  double lat, lon;
  double dead; /* its fatalities when a figure counts them, else -1 */
} ev_row;

/* Who did it, as the report names them (role actor1). */
static const char SQL_ACTORS[] =
    "SELECT name, inter FROM actors WHERE event = ?1 AND role = 'actor1'"
    " ORDER BY idx";
/* Who did it, as the cluster's reports name them. */
static const char SQL_CLUSTER_ACTORS[] =
    "SELECT value, inter FROM votes WHERE cluster = ?1 AND field = 'actor1'"
    " LIMIT 16";

/* The (name, inter) rows of sql, ?1 bound to key: an event's actors
** (SQL_ACTORS) or a cluster's (SQL_CLUSTER_ACTORS). */
static sr_status load_actors(sr_store *s, const char *sql, sqlite3_int64 key,
                             actor_set *a, sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, sql, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, key);
  a->count = 0;
  while (sqlite3_step(st) == SQLITE_ROW && a->count < 16) {
    sr_store_copy_col(st, 0, a->names[a->count], sizeof a->names[0]);
    a->inters[a->count++] = sqlite3_column_int(st, 1);
  }
  return SR_OK;
}

/* The columns of SQL_EVENT and SQL_OWN_EVENTS, in this order. */
#define EVENT_COLUMNS                                                        \
  "e.rowid, e.doc, e.cluster, e.status, e.event_type, e.action, e.iso2, "   \
  "e.admin1, e.day_lo, e.day_hi, e.lat, e.lon, e.geo_precision, e.role, " \
  "CASE WHEN EXISTS (SELECT 1 FROM quantities q WHERE q.event = e.rowid"   \
  " AND q.kind = 'killed' AND q.value IS NOT NULL) THEN e.fatalities END"

static void read_event(sqlite3_stmt *st, ev_row *e) {
  e->rowid = sqlite3_column_int64(st, 0);
  e->doc = sqlite3_column_int64(st, 1);
  e->cluster = sqlite3_column_int64(st, 2);
  e->cluster_known = sqlite3_column_type(st, 2) != SQLITE_NULL;
  sr_store_copy_col(st, 3, e->status, sizeof e->status);
  sr_store_copy_col(st, 4, e->type, sizeof e->type);
  sr_store_copy_col(st, 5, e->action, sizeof e->action);
  sr_store_copy_col(st, 6, e->iso2, sizeof e->iso2);
  sr_store_copy_col(st, 7, e->admin1, sizeof e->admin1);
  e->dated = sqlite3_column_type(st, 8) != SQLITE_NULL;
  e->lo = (long)sqlite3_column_int64(st, 8);
  e->hi = (long)sqlite3_column_int64(st, 9);
  e->located = sqlite3_column_type(st, 10) != SQLITE_NULL;
  e->lat = sqlite3_column_double(st, 10);
  e->lon = sqlite3_column_double(st, 11);
  e->geo_precision = sqlite3_column_int(st, 12);
  sr_store_copy_col(st, 13, e->role, sizeof e->role);
  e->dead = sqlite3_column_type(st, 14) != SQLITE_NULL ? sqlite3_column_double(st, 14) : -1;
}

/* A cluster's report (member or restatement), not a claim about it. */
static int reports(const ev_row *e) {
  return strcmp(e->role, "member") == 0 || strcmp(e->role, "restates") == 0;
}

/* ------------------------------------------------- the events' memo */

/* The clustering fields of the batch's events, by rowid: a newcomer's
** candidates are read from the R*Tree alone and their rows taken here,
** not looked up in events one at a time (a tenth of the writer's work).
** An entry is the row as SQL_EVENT reads it; set_cluster keeps it
** current; whatever else changes events (a removal, a dissolved cluster,
** a rollback, another writer between transactions) forgets them all. */
#define EVENT_MEMO 65536

struct sr_event_memo {
  unsigned generation; /* the entry's; valid when the store's */
  ev_row row;
};

void sr_cluster_forget(sr_store *s) { s->memo_generation++; }

void sr_cluster_forget_events(sr_store *s, const sqlite3_int64 *ids,
                              size_t n) {
  for (size_t i = 0; i < n; i++) {
    sqlite3_uint64 at = (sqlite3_uint64)ids[i];
    if (s->events && s->events[at % EVENT_MEMO].row.rowid == ids[i])
      s->events[at % EVENT_MEMO].row.rowid = 0; /* no event's rowid */
    if (s->claims && s->claims[at % SR_CLAIM_MEMO].event == ids[i])
      s->claims[at % SR_CLAIM_MEMO].event = 0;
  }
}

static ev_row *memo_slot(sr_store *s, sqlite3_int64 rowid) {
  if (!s->events && !(s->events = calloc(EVENT_MEMO, sizeof *s->events)))
    return NULL;
  return &s->events[(sqlite3_uint64)rowid % EVENT_MEMO].row;
}

static const ev_row *memo_get(sr_store *s, sqlite3_int64 rowid) {
  if (!s->events) return NULL;
  struct sr_event_memo *m = &s->events[(sqlite3_uint64)rowid % EVENT_MEMO];
  return m->generation == s->memo_generation && m->row.rowid == rowid
             ? &m->row
             : NULL;
}

static void memo_put(sr_store *s, const ev_row *e) {
  ev_row *slot = memo_slot(s, e->rowid);
  if (!slot) return; /* no memory: read again next time */
  *slot = *e;
  s->events[(sqlite3_uint64)e->rowid % EVENT_MEMO].generation = s->memo_generation;
}

/* As sr_store_copy_col copies a column (cut at cap - 1 bytes). */
static void copy_field(char *dst, size_t cap, const char *v) {
  size_t n = v ? strlen(v) : 0;
  if (n >= cap) n = cap - 1;
  if (n) memcpy(dst, v, n);
  dst[n] = '\0';
}

void sr_cluster_memo_new(sr_store *s, const sr_new_event *n) {
  /* lat and lon REAL, geo_precision INTEGER: a NaN would read back NULL, a
  ** fractional precision truncated; -0.0 reads back 0.0 (stored as 0) */
  if (n->located && (isnan(n->lat) || isnan(n->lon))) return;
  if (n->has_gp && (n->gp != 1 && n->gp != 2 && n->gp != 3)) return;
  ev_row e;
  memset(&e, 0, sizeof e);
  e.rowid = n->rowid;
  e.doc = n->doc;
  copy_field(e.status, sizeof e.status, n->status);
  copy_field(e.type, sizeof e.type, n->type);
  copy_field(e.action, sizeof e.action, n->action);
  copy_field(e.iso2, sizeof e.iso2, n->iso2);
  copy_field(e.admin1, sizeof e.admin1, n->admin1);
  e.dated = n->dated;
  e.lo = n->dated ? n->lo : 0;
  e.hi = n->dated ? n->hi : 0;
  e.located = n->located;
  e.lat = n->located ? n->lat + 0.0 : 0;
  e.lon = n->located ? n->lon + 0.0 : 0;
  e.geo_precision = n->has_gp ? (int)n->gp : 0;
  e.dead = n->counted ? n->fatalities : -1;
  memo_put(s, &e);
}

static const char SQL_EVENT[] =
    "SELECT " EVENT_COLUMNS " FROM events e WHERE e.rowid = ?1";

/* The event's row, from the memo or the table; 0 when there is none, -1
** on error. */
static int event_row(sr_store *s, sqlite3_int64 rowid, ev_row *e,
                     sr_error *err) {
  const ev_row *m = memo_get(s, rowid);
  if (m) {
    *e = *m;
    return 1;
  }
  sqlite3_stmt *st = sr_store_stmt(s, SQL_EVENT, err);
  if (!st) return -1;
  sqlite3_bind_int64(st, 1, rowid);
  int rc = sqlite3_step(st);
  if (rc == SQLITE_DONE) return 0;
  if (rc != SQLITE_ROW) {
    sr_store_fail(s, err, "reading an event");
    return -1;
  }
  read_event(st, e);
  memo_put(s, e);
  return 1;
}

#define WIDE_SPAN 7

static double midday(const ev_row *e) { return (e->lo + e->hi) / 2.0; }

/* Days from b's middle day to the span of a, 0 within it. */
static double days_outside(const ev_row *a, const ev_row *b) {
  return fmax(0, fmax(a->lo - midday(b), midday(b) - a->hi));
}

/* Two reports known to days that do not overlap meet only by the day's
** leeway (days_meet): one deed whose day two outlets count differently.
** When they count the dead differently too (beyond the factor a
** contradiction is flagged at), they tell two occasions: Monday's strikes
** on a town (21 dead) and Tuesday's (56 dead), not one strike told a day
** off.  So does a report over a month against one of its days ("more than
** 100 civilians killed in August's shelling" is a month's sum, not the 3rd's
** shelling that killed 5; "in October, shelling killed 15" may be the
** 30th's 12).  Days that overlap within a week keep the contradiction
** inside one cluster: a toll rises as a day's event is told again. */
static int apart_in_days_and_dead(const ev_row *a, const ev_row *b) {
  int one_day = a->lo <= b->hi && b->lo <= a->hi && a->hi - a->lo <= WIDE_SPAN &&
                b->hi - b->lo <= WIDE_SPAN;
  if (a->dead <= 0 || b->dead <= 0 || one_day) return 0;
  return fmax(a->dead, b->dead) > SR_CONTRADICTION_FACTOR * fmin(a->dead, b->dead);
}

/* How far apart two events are (lower is nearer), or -1 when they cannot
** be one event.  type_ok says the types are compatible; answer that one
** answers the other (days_meet). */
static double event_distance(const ev_row *a, const ev_row *b, int type_ok,
                             int answer) {
  if (!type_ok) return -1;
  if (a->iso2[0] && b->iso2[0] && strcmp(a->iso2, b->iso2) != 0) return -1;
  if (!days_meet(a->lo, a->hi, b->lo, b->hi, answer)) return -1;
  double r = fmax(radius_km(a->geo_precision), radius_km(b->geo_precision));
  double km;
  if ((a->geo_precision == 3 || b->geo_precision == 3) && a->admin1[0] &&
      b->admin1[0]) {
    /* A place known to its region only ("in Hama province") is anywhere
    ** in that region and nowhere else, whatever the kilometres: no
    ** kilometres count between it and a place in the region (the
    ** region's point is no place of the event; nearer it drew "80 killed
    ** in Idlib province" to a report placed in Idlib city rather than to
    ** the town the other reports name). */
    if (strcmp(a->admin1, b->admin1) != 0) return -1;
    km = 0;
  } else if (a->located && b->located) {
    km = distance_km(a->lat, a->lon, b->lat, b->lon);
    if (km > r) return -1;
  } else {
    if (!a->admin1[0] || strcmp(a->admin1, b->admin1) != 0) return -1;
    km = r;
  }
  /* A span wider than a week ("in October") says nothing of which of its
  ** days: none count between it and a report within it, not the distance
  ** to its middle day (which drew an October toll to the 19th rather than
  ** the 30th, whatever the reports said). */
  double days = a->hi - a->lo > WIDE_SPAN   ? days_outside(a, b)
                : b->hi - b->lo > WIDE_SPAN ? days_outside(b, a)
                : fabs(midday(a) - midday(b));
  /* one type, two deeds (shelling, an air strike): farther than one deed */
  double deeds = a->action[0] && b->action[0] && strcmp(a->action, b->action) ? 10 : 0;
  return km + 5 * days + deeds + (strcmp(a->type, b->type) ? 20 : 0);
}

/* Events whose box overlaps ?1-?6, of which the candidates are the
** members of clusters, and denials that found no cluster yet (read_candidates).
** Sorted by cluster there, not by SQLite (its sorter was a quarter of the
** query), and each cluster's days read once, not joined to every row. */
static const char SQL_CANDIDATES[] =
    "SELECT id FROM event_boxes WHERE day_lo <= ?2 + 1 AND day_hi >= ?1 - 1"
    " AND lat_lo <= ?4 AND lat_hi >= ?3 AND lon_lo <= ?6 AND lon_hi >= ?5";
/* The days all a cluster's reports allow (NULL: not known yet). */
/* With them, whether a report of the cluster is known to the day (its
** narrowest, date_event; an older database's cluster without one counts
** as known). */
static const char SQL_CLUSTER_DAYS[] =
    "SELECT c.day_lo, c.day_hi, coalesce(d.day_lo = d.day_hi, 1) FROM clusters c"
    " LEFT JOIN events d ON d.rowid = c.date_event"
    " WHERE c.id = ?1 AND c.day_lo IS NOT NULL";
/* The document's events already filed as reports (members, restatements):
** the clusters it reports already, and what a newcomer may restate. */
static const char SQL_OWN_EVENTS[] =
    "SELECT " EVENT_COLUMNS " FROM events e WHERE e.doc = ?1"
    " AND e.role IN ('member', 'restates') AND e.rowid != ?2";
static const char SQL_BOX[] =
    "INSERT OR REPLACE INTO event_boxes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char SQL_UNBOX[] = "DELETE FROM event_boxes WHERE id = ?1";
static const char SQL_CLUSTER_SIZE[] = "SELECT n_events FROM clusters WHERE id = ?1";
static const char SQL_SET_CLUSTER[] =
    "UPDATE events SET cluster = ?2, role = ?3 WHERE rowid = ?1";
static const char SQL_CLUSTER_EXISTS[] = "SELECT 1 FROM clusters WHERE id = ?1";
static const char SQL_NEW_CLUSTER[] = "INSERT INTO clusters(id) VALUES (?1)";

/* The event's box: its days by the square its radius covers. */
static void event_box(const ev_row *e, double box[6]) {
  box[0] = (double)e->lo;
  box[1] = (double)e->hi;
  if (!e->located) {
    box[2] = -90, box[3] = 90, box[4] = -180, box[5] = 180;
    return;
  }
  double r = radius_km(e->geo_precision);
  double dlat = r / KM_PER_DEGREE;
  double c = cos(e->lat * M_PI / 180);
  double dlon = r / (KM_PER_DEGREE * (c > 0.01 ? c : 0.01));
  box[2] = e->lat - dlat, box[3] = e->lat + dlat;
  box[4] = e->lon - dlon, box[5] = e->lon + dlon;
}

static int cluster_exists(sr_store *s, sqlite3_int64 id, sr_error *err) {
  sqlite3_stmt *st = sr_store_stmt(s, SQL_CLUSTER_EXISTS, err);
  if (!st) return -1;
  sqlite3_bind_int64(st, 1, id);
  return sqlite3_step(st) == SQLITE_ROW;
}

static sr_status new_cluster(sr_store *s, sqlite3_int64 preferred,
                             sqlite3_int64 *id, sr_error *err) {
  int taken = preferred > 0 ? cluster_exists(s, preferred, err) : 1;
  if (taken < 0) return err->code;
  /* Otherwise a number a replaced version of this document left free. */
  while (taken && s->n_freed) {
    preferred = s->freed[0];
    memmove(s->freed, s->freed + 1, --s->n_freed * sizeof *s->freed);
    if ((taken = cluster_exists(s, preferred, err)) < 0) return err->code;
  }
  sqlite3_stmt *st = sr_store_stmt(s, SQL_NEW_CLUSTER, err);
  if (!st) return err->code;
  if (!taken) sqlite3_bind_int64(st, 1, preferred);
  sr_status rc = sr_store_done(s, st, err, "founding a cluster");
  *id = sqlite3_last_insert_rowid(s->db);
  return rc;
}

/* Remembers a cluster number that is free again (kept sorted). */
static sr_status free_number(sr_store *s, sqlite3_int64 id, sr_error *err) {
  if (s->n_freed == s->cap_freed) {
    size_t cap = s->cap_freed ? s->cap_freed * 2 : 16;
    sqlite3_int64 *f = realloc(s->freed, cap * sizeof *f);
    if (!f) return sr_error_set(err, SR_ENOMEM, "out of memory");
    s->freed = f;
    s->cap_freed = cap;
  }
  size_t i = s->n_freed;
  while (i && s->freed[i - 1] > id) {
    s->freed[i] = s->freed[i - 1];
    i--;
  }
  s->freed[i] = id;
  s->n_freed++;
  return SR_OK;
}

static sr_status set_cluster(sr_store *s, sqlite3_int64 ev,
                             sqlite3_int64 cluster, const char *role,
                             sr_error *err) {
  ev_row *m = (ev_row *)memo_get(s, ev);
  if (m) {
    m->cluster = cluster;
    m->cluster_known = 1;
    snprintf(m->role, sizeof m->role, "%s", role);
  }
  sqlite3_stmt *st = sr_store_stmt(s, SQL_SET_CLUSTER, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, ev);
  sqlite3_bind_int64(st, 2, cluster);
  sr_store_bind_text(st, 3, role);
  return sr_store_done(s, st, err, "filing an event");
}

typedef struct orphans {
  sqlite3_int64 ids[32];
  size_t count;
} orphans;

/* compatible.tsv, opposed.tsv, same_action.tsv, unnamed.tsv, toll.tsv,
** no_aircraft.tsv and joint.tsv, read once from their
** temp tables: they are asked of every pair of events compared. */
static const char SQL_PAIRS[] =
    "SELECT a, b, 0 FROM temp.compatible UNION ALL"
    " SELECT a, b, 1 FROM temp.opposed UNION ALL"
    " SELECT type, type, 2 FROM temp.same_action UNION ALL"
    " SELECT name, name, 3 FROM temp.unnamed UNION ALL"
    " SELECT action, type, 4 FROM temp.toll UNION ALL"
    " SELECT air, ground, 5 FROM temp.no_aircraft UNION ALL"
    " SELECT action, inter_a || ' ' || inter_b, 6 FROM temp.joint UNION ALL"
    " SELECT action, action, 7 FROM temp.armed_sides";

static sr_status load_pairs(sr_store *s, sr_error *err) {
  if (s->pairs_loaded) return SR_OK;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_PAIRS, err);
  if (!st) return err->code;
  while (sqlite3_step(st) == SQLITE_ROW) {
    if (s->n_pairs == s->cap_pairs) {
      size_t cap = s->cap_pairs ? s->cap_pairs * 2 : 32;
      sr_store_pair *p = realloc(s->pairs, cap * sizeof *p);
      if (!p) return sr_error_set(err, SR_ENOMEM, "out of memory");
      s->pairs = p;
      s->cap_pairs = cap;
    }
    sr_store_pair *p = &s->pairs[s->n_pairs++];
    sr_store_copy_col(st, 0, p->a, sizeof p->a);
    sr_store_copy_col(st, 1, p->b, sizeof p->b);
    p->list = sqlite3_column_int(st, 2);
  }
  s->pairs_loaded = 1;
  return SR_OK;
}

static int listed(const sr_store *s, const char *a, const char *b, int list) {
  if (!a[0] || !b[0]) return 0;
  for (size_t i = 0; i < s->n_pairs; i++)
    if (s->pairs[i].list == list && strcmp(s->pairs[i].a, a) == 0 &&
        strcmp(s->pairs[i].b, b) == 0)
      return 1;
  return 0;
}

/* A toll told without its deed (toll.tsv: "12 people were killed"), typed
** by the engine's guess, fits a report of another type listed for its
** action: the air strike or the clash that killed them. */
static int toll_fits(const sr_store *s, const ev_row *t, const ev_row *o) {
  return listed(s, t->action, t->type, 4) && listed(s, t->action, o->type, 4);
}

/* Compatible types (compatible.tsv), or opposed actions (opposed.tsv); a
** type of same_action.tsv asks the same action too. */
static int type_ok(sr_store *s, const ev_row *a, const ev_row *b,
                   sr_error *err) {
  if (load_pairs(s, err) != SR_OK) return -1;
  if (listed(s, a->action, b->action, 1)) return 1;
  if (strcmp(a->type, b->type) == 0)
    return !listed(s, a->type, a->type, 2) || !a->action[0] ||
           !b->action[0] || strcmp(a->action, b->action) == 0;
  return listed(s, a->type, b->type, 0) || toll_fits(s, a, b) ||
         toll_fits(s, b, a);
}

static int opposed(sr_store *s, const char *a, const char *b) {
  sr_error ignored;
  return load_pairs(s, &ignored) == SR_OK && listed(s, a, b, 1);
}

/* A name of unnamed.tsv ("Unidentified Armed Group (Syria)"): the report
** does not know who did it.  Matched with or without the country suffix. */
static int unnamed(const sr_store *s, const char *name) {
  for (size_t i = 0; name[0] && i < s->n_pairs; i++) {
    if (s->pairs[i].list != 3) continue;
    size_t n = strlen(s->pairs[i].a);
    if (n && strncmp(name, s->pairs[i].a, n) == 0 &&
        (name[n] == '\0' || strncmp(name + n, " (", 2) == 0))
      return 1;
  }
  return 0;
}

/* Whether an action is a toll's (toll.tsv: "12 people were killed"): a
** count, not a deed. */
static int toll_action(const sr_store *s, const char *action) {
  for (size_t i = 0; action[0] && i < s->n_pairs; i++)
    if (s->pairs[i].list == 4 && strcmp(s->pairs[i].a, action) == 0) return 1;
  return 0;
}

/* Whether perpetrators of ACLED inter codes x and y fit each other for the
** deed two reports tell (joint.tsv, either order: a state's forces and the
** foreign forces flying with them, whose jets one outlet names for the
** other's).  The deed is each report's own, or for a toll told without its
** deed the other report's: both must be a deed joint.tsv lists (the
** regime's shelling beside its ally's air strike is another deed). */
static int joint(const sr_store *s, const char *deed_a, const char *deed_b,
                 int x, int y) {
  if (!deed_a[0] || !deed_b[0] || x <= 0 || y <= 0) return 0;
  const char *da = toll_action(s, deed_a) ? deed_b : deed_a;
  const char *db = toll_action(s, deed_b) ? deed_a : deed_b;
  char xy[32], yx[32];
  snprintf(xy, sizeof xy, "%d %d", x, y);
  snprintf(yx, sizeof yx, "%d %d", y, x);
  return (listed(s, da, xy, 6) || listed(s, da, yx, 6)) &&
         (listed(s, db, xy, 6) || listed(s, db, yx, 6));
}

/* Whether two reports' deeds may be done jointly at all (joint.tsv lists
** the deed, whatever the codes): asked before the perpetrators are. */
static int joint_deeds(const sr_store *s, const char *deed_a,
                       const char *deed_b) {
  if (!deed_a[0] || !deed_b[0]) return 0;
  const char *da = toll_action(s, deed_a) ? deed_b : deed_a;
  const char *db = toll_action(s, deed_b) ? deed_a : deed_b;
  int a = 0, b = 0;
  for (size_t i = 0; i < s->n_pairs && !(a && b); i++) {
    if (s->pairs[i].list != 6) continue;
    a |= strcmp(s->pairs[i].a, da) == 0;
    b |= strcmp(s->pairs[i].a, db) == 0;
  }
  return a && b;
}

/* Whether two sets of perpetrators may be one event's: a name or an inter
** code in common (or codes joint.tsv pairs for deed_a and deed_b, the
** two reports' actions; "" for none), or one set names nobody.  An unnamed side (unnamed.tsv)
** names nobody: "a car bomb" may be the Islamic State's car bomb another
** outlet names, and the inter code ACLED gives an unidentified group (2, 3
** or 4, by context) says nothing of who it was.  Only for a newcomer known
** to the day or to its report's two days (narrow): with nobody named, its
** type, place and day are all that say which occasion it is, and a tally
** over several days ("the rebels' losses from the 28th to the 31st") is no
** one occasion. */
static int actors_compatible(sr_store *s, const actor_set *a,
                             const actor_set *b, int narrow,
                             const char *deed_a, const char *deed_b) {
  sr_error ignored;
  int known = narrow && load_pairs(s, &ignored) == SR_OK;
  char skip_a[16] = {0}, skip_b[16] = {0};
  size_t na = 0, nb = 0;
  for (size_t i = 0; i < a->count; i++)
    na += !(skip_a[i] = (char)(known && unnamed(s, a->names[i])));
  for (size_t j = 0; j < b->count; j++)
    nb += !(skip_b[j] = (char)(known && unnamed(s, b->names[j])));
  if (!na || !nb) return 1;
  for (size_t i = 0; i < a->count; i++)
    for (size_t j = 0; j < b->count; j++) {
      if (skip_a[i] || skip_b[j]) continue;
      if (a->names[i][0] && strcmp(a->names[i], b->names[j]) == 0) return 1;
      if (a->inters[i] > 0 && a->inters[i] == b->inters[j]) return 1;
      if (joint(s, deed_a, deed_b, a->inters[i], b->inters[j])) return 1;
    }
  return 0;
}

/* Whether every perpetrator named is a non-state armed group (ACLED inter
** 2 to 4, an unidentified armed group included), one at least. */
static int non_state_only(const actor_set *a) {
  for (size_t i = 0; i < a->count; i++)
    if (a->inters[i] < 2 || a->inters[i] > 4) return 0;
  return a->count > 0;
}

/* What the pairs say of one newcomer, asked of every candidate it meets
** (listed() scans all the pairs): whether its action has opposed ones, its
** type compatible ones, whether its type asks the same action, and whether
** it is a toll (toll.tsv).  The
** answers of opposed_for and type_ok_for are opposed's and type_ok's. */
typedef struct newcomer_pairs {
  int loaded, opposes, compatible, same_action, toll;
  int air, ground; /* its action is a deed of no_aircraft.tsv's */
} newcomer_pairs;

static void pairs_of(sr_store *s, const ev_row *e, newcomer_pairs *p) {
  sr_error ignored;
  p->opposes = p->compatible = p->same_action = p->toll = p->air = p->ground = 0;
  p->loaded = load_pairs(s, &ignored) == SR_OK;
  if (!p->loaded) return;
  for (size_t i = 0; i < s->n_pairs; i++) {
    const sr_store_pair *q = &s->pairs[i];
    if (q->list == 1 && e->action[0] && strcmp(q->a, e->action) == 0 && q->b[0])
      p->opposes = 1;
    else if (q->list == 0 && e->type[0] && strcmp(q->a, e->type) == 0 && q->b[0])
      p->compatible = 1;
    else if (q->list == 2 && e->type[0] && strcmp(q->a, e->type) == 0 &&
             strcmp(q->b, e->type) == 0)
      p->same_action = 1;
    else if (q->list == 4 && e->action[0] && strcmp(q->a, e->action) == 0 &&
             strcmp(q->b, e->type) == 0)
      p->toll = 1;
    else if (q->list == 5 && e->action[0]) {
      p->air |= strcmp(q->a, e->action) == 0;
      p->ground |= strcmp(q->b, e->action) == 0;
    }
  }
}

static int opposed_for(sr_store *s, const newcomer_pairs *p, const ev_row *e,
                       const char *action) {
  if (!p->loaded) return opposed(s, e->action, action);
  return p->opposes && listed(s, e->action, action, 1);
}

static int type_ok_for(sr_store *s, const newcomer_pairs *p, const ev_row *e,
                       const ev_row *c, sr_error *err) {
  if (!p->loaded) return type_ok(s, e, c, err);
  if (p->opposes && listed(s, e->action, c->action, 1)) return 1;
  if (strcmp(e->type, c->type) == 0)
    return !p->same_action || !e->action[0] || !c->action[0] ||
           strcmp(e->action, c->action) == 0;
  return (p->compatible && listed(s, e->type, c->type, 0)) ||
         (p->toll && listed(s, e->action, c->type, 4)) || toll_fits(s, c, e);
}

/* Whether the newcomer e (its perpetrators: actors) and the report c tell
** two deeds: one from the air, the other on the ground by non-state armed
** groups only (no_aircraft.tsv: rebels have no aircraft).  c's
** perpetrators are read into scratch when c is the ground deed; p, what
** the pairs say of e (pairs_of), spares the pairs' scan for most. */
static sr_status other_deed(sr_store *s, const newcomer_pairs *p,
                            const ev_row *e, const actor_set *actors,
                            const ev_row *c, actor_set *scratch, int *other,
                            sr_error *err) {
  *other = 0;
  if ((!p->air && !p->ground) || !c->action[0]) return SR_OK;
  if (p->ground && listed(s, c->action, e->action, 5)) {
    *other = non_state_only(actors);
  } else if (p->air && listed(s, e->action, c->action, 5)) {
    sr_status rc = load_actors(s, SQL_ACTORS, c->rowid, scratch, err);
    if (rc != SR_OK) return rc;
    *other = non_state_only(scratch);
  }
  return SR_OK;
}

/* Whom a report's deed struck (role actor2): civilians only (ACLED inter
** 7, one at least). */
static const char SQL_CIVILIAN_TARGETS[] =
    "SELECT count(*) > 0 AND count(*) = sum(inter = 7) FROM actors"
    " WHERE event = ?1 AND role = 'actor2'";

/* Whether a and b tell two deeds by what they say of the sides: one a
** battle's deed, whose two sides are armed (armed_sides.tsv: a clash, an
** offensive repelled, a position taken), the other of another type that
** struck civilians only (the rebels' rockets on a city's districts, an air
** strike on a clinic, against the clash at the front that day).
** Compatible types (compatible.tsv) are one deed told two ways, a battle
** told as its shelling of the other side's positions; a deed on civilians
** is not the battle.  "Attack" is not listed: the word tells no sides. */
static sr_status armed_and_civilian(sr_store *s, const ev_row *a,
                                    const ev_row *b, int *apart,
                                    sr_error *err) {
  *apart = 0;
  if (strcmp(a->type, b->type) == 0) return SR_OK;
  const ev_row *struck;
  if (listed(s, a->action, a->action, 7) && !listed(s, b->action, b->action, 7))
    struck = b;
  else if (listed(s, b->action, b->action, 7) && !listed(s, a->action, a->action, 7))
    struck = a;
  else
    return SR_OK;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_CIVILIAN_TARGETS, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, struck->rowid);
  if (sqlite3_step(st) == SQLITE_ROW) *apart = sqlite3_column_int(st, 0);
  return SR_OK;
}

/* A candidate read: the event and whether it is a cluster's member. */
typedef struct candidate {
  ev_row ev;
  int member;
} candidate;

/* Members by cluster then rowid, the unclustered (denials) last: the
** order in which the scan below takes them. */
static int cmp_candidate(const void *pa, const void *pb) {
  const candidate *a = pa, *b = pb;
  int an = !a->ev.cluster_known, bn = !b->ev.cluster_known;
  if (an != bn) return an - bn;
  if (a->ev.cluster != b->ev.cluster) return a->ev.cluster < b->ev.cluster ? -1 : 1;
  return (a->ev.rowid > b->ev.rowid) - (a->ev.rowid < b->ev.rowid);
}

/* One more candidate at the end of *out (*n used of *cap). */
static sr_status push_candidate(candidate **out, size_t *n, size_t *cap,
                                const ev_row *e, sr_error *err) {
  if (*n == *cap) {
    size_t more = *cap ? *cap * 2 : 64;
    candidate *grown = realloc(*out, more * sizeof *grown);
    if (!grown) return sr_error_set(err, SR_ENOMEM, "out of memory");
    *out = grown;
    *cap = more;
  }
  (*out)[*n].ev = *e;
  (*out)[(*n)++].member = reports(e);
  return SR_OK;
}

/* The rows of st (bound; EVENT_COLUMNS), *n of them in a malloc'ed
** array. */
static sr_status read_rows(sr_store *s, sqlite3_stmt *st, candidate **out,
                           size_t *n, sr_error *err) {
  *out = NULL;
  *n = 0;
  size_t cap = 0;
  int rc;
  ev_row e;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    read_event(st, &e);
    if (push_candidate(out, n, &cap, &e, err) != SR_OK) break;
  }
  if (rc != SQLITE_DONE) {
    free(*out);
    *out = NULL;
    *n = 0;
    return rc == SQLITE_ROW ? err->code : sr_store_fail(s, err, "finding candidates");
  }
  return SR_OK;
}

/* The candidates of e's box, sorted (cmp_candidate); *n of them in a
** malloc'ed array. */
static sr_status read_candidates(sr_store *s, const ev_row *e,
                                 candidate **out, size_t *n, sr_error *err) {
  double box[6];
  event_box(e, box);
  *out = NULL;
  *n = 0;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_CANDIDATES, err);
  if (!st) return err->code;
  for (int i = 0; i < 6; i++) sqlite3_bind_double(st, i + 1, box[i]);
  /* the ids first: reading a row may run SQL_EVENT */
  sqlite3_int64 *ids = NULL;
  size_t n_ids = 0, cap_ids = 0, cap = 0;
  sr_status rc = SR_OK;
  int step;
  while (rc == SR_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
    sqlite3_int64 id = sqlite3_column_int64(st, 0);
    if (id != e->rowid) rc = sr_store_push_id(&ids, &n_ids, &cap_ids, id, err);
  }
  if (rc == SR_OK && step != SQLITE_DONE)
    rc = sr_store_fail(s, err, "finding candidates");
  for (size_t i = 0; i < n_ids && rc == SR_OK; i++) {
    ev_row c;
    int found = event_row(s, ids[i], &c, err);
    if (found < 0) rc = err->code;
    else if (found && (reports(&c) || (!c.cluster_known &&
                                       (strcmp(c.status, "denied") == 0 ||
                                        strcmp(c.status, "failed") == 0))))
      rc = push_candidate(out, n, &cap, &c, err);
  }
  free(ids);
  if (rc != SR_OK) {
    free(*out);
    *out = NULL;
    *n = 0;
    return rc;
  }
  if (*n > 1) qsort(*out, *n, sizeof **out, cmp_candidate);
  return SR_OK;
}

/* A newly stored document's events filed before the newcomer
** (sr_cluster_assign_new), or none (list NULL: read them). */
typedef struct own_hint {
  const sqlite3_int64 *list;
  size_t count;
} own_hint;

/* The document's events already filed as reports (SQL_OWN_EVENTS): from
** the memo when the hint lists them all and the memo holds every one
** (their rowids ascend as the index on doc gives them), else read. */
static sr_status read_own(sr_store *s, const ev_row *e, const own_hint *hint,
                          candidate **out, size_t *n, sr_error *err) {
  *out = NULL;
  *n = 0;
  if (hint->list) {
    size_t cap = 0, i;
    sr_status rc = SR_OK;
    for (i = 0; i < hint->count && rc == SR_OK; i++) {
      const ev_row *m = memo_get(s, hint->list[i]);
      if (!m || m->doc != e->doc) break;
      if (m->rowid != e->rowid && (strcmp(m->role, "member") == 0 ||
                                   strcmp(m->role, "restates") == 0))
        rc = push_candidate(out, n, &cap, m, err);
    }
    if (rc != SR_OK || i == hint->count) {
      if (rc != SR_OK) free(*out), *out = NULL, *n = 0;
      return rc;
    }
    free(*out); /* one was not in the memo: read them all */
    *out = NULL;
    *n = 0;
  }
  sqlite3_stmt *st = sr_store_stmt(s, SQL_OWN_EVENTS, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, e->doc);
  sqlite3_bind_int64(st, 2, e->rowid);
  return read_rows(s, st, out, n, err);
}

/* Whether the cluster's days are known: *lo, *hi set then. */
/* ------------------------------------------------ the clusters' memo */

/* What a newcomer asks of each candidate cluster, its days and its
** perpetrators (SQL_CLUSTER_DAYS, SQL_CLUSTER_ACTORS), kept by cluster
** while they stand: the days narrowed here as the summary narrows them,
** the perpetrators forgotten when a report brings one the list does not
** have as it is (sr_cluster_memo_actor); the whole entry when the cluster
** is dropped or summarised again, and with the events' memo. */
#define CLUSTER_MEMO 2048

struct sr_cluster_memo {
  sqlite3_int64 cluster; /* 0: empty */
  unsigned generation;   /* valid when the events' memo's */
  int days_known, dated, exact;
  long lo, hi;
  int actors_known;
  int raw_inter[16]; /* as stored: -1 for NULL (actors.inters reads 0) */
  actor_set actors;
};

static struct sr_cluster_memo *cluster_memo(sr_store *s, sqlite3_int64 cluster,
                                            int create) {
  if (!s->cluster_memo) {
    if (!create) return NULL;
    if (!(s->cluster_memo = calloc(CLUSTER_MEMO, sizeof *s->cluster_memo)))
      return NULL;
  }
  struct sr_cluster_memo *m =
      &s->cluster_memo[(sqlite3_uint64)cluster % CLUSTER_MEMO];
  if (m->cluster == cluster && m->generation == s->memo_generation) return m;
  if (!create) return NULL;
  m->cluster = cluster;
  m->generation = s->memo_generation;
  m->days_known = m->actors_known = 0;
  return m;
}

void sr_cluster_memo_drop(sr_store *s, sqlite3_int64 cluster) {
  struct sr_cluster_memo *m = cluster_memo(s, cluster, 0);
  if (m) m->cluster = 0;
}

void sr_cluster_memo_days(sr_store *s, sqlite3_int64 cluster, long lo,
                          long hi) {
  struct sr_cluster_memo *m = cluster_memo(s, cluster, 0);
  if (!m || !m->days_known) return;
  /* SQL_SET_COUNTS: max(coalesce(day_lo, lo), lo), min(coalesce(day_hi,
  ** hi), hi) */
  if (m->dated) {
    m->lo = m->lo > lo ? m->lo : lo;
    m->hi = m->hi < hi ? m->hi : hi;
    m->exact |= lo == hi;
  } else {
    m->lo = lo, m->hi = hi, m->dated = 1, m->exact = lo == hi;
  }
}

void sr_cluster_memo_actor(sr_store *s, sqlite3_int64 cluster,
                           const char *name, int inter) {
  struct sr_cluster_memo *m = cluster_memo(s, cluster, 0);
  if (!m || !m->actors_known) return;
  actor_set *a = &m->actors;
  size_t len = strlen(name);
  for (size_t i = 0; i < a->count && len < sizeof a->names[0] - 1; i++) {
    if (strcmp(a->names[i], name) != 0) continue;
    /* SQL_VOTE_MORE: max(coalesce(inter, new), coalesce(new, inter)) */
    int old = m->raw_inter[i];
    int now = old < 0 ? inter : inter < 0 ? old : old > inter ? old : inter;
    m->raw_inter[i] = now;
    a->inters[i] = now < 0 ? 0 : now;
    return;
  }
  m->actors_known = 0; /* a new name (or one cut here): read again */
}

/* The days all the cluster's reports allow: 1 and *lo, *hi, *exact
** (whether one of its reports is known to the day); 0 when not known; -1
** on error. */
static int cluster_days(sr_store *s, sqlite3_int64 cluster, long *lo, long *hi,
                        int *exact, sr_error *err) {
  struct sr_cluster_memo *m = cluster_memo(s, cluster, 1);
  if (m && m->days_known) {
    *lo = m->lo, *hi = m->hi, *exact = m->exact;
    return m->dated;
  }
  sqlite3_stmt *st = sr_store_stmt(s, SQL_CLUSTER_DAYS, err);
  if (!st) return -1;
  sqlite3_bind_int64(st, 1, cluster);
  int rc = sqlite3_step(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    sr_store_fail(s, err, "finding candidates");
    return -1;
  }
  int dated = rc == SQLITE_ROW;
  *exact = 0;
  if (dated) {
    *lo = (long)sqlite3_column_int64(st, 0);
    *hi = (long)sqlite3_column_int64(st, 1);
    *exact = sqlite3_column_int(st, 2);
  }
  if (m) {
    m->days_known = 1, m->dated = dated, m->exact = *exact;
    m->lo = dated ? *lo : 0, m->hi = dated ? *hi : 0;
  }
  return dated;
}

/* Whether a newcomer meets the days all a cluster's reports allow.  Two
** reports' windows ("Monday or Tuesday", "Tuesday or Wednesday") narrow
** them to one day that no report gives: such a day meets by overlapping
** only, as each window does.  With the day's leeway it drew a Wednesday
** air strike into Monday's and Tuesday's clashes, two days from the
** first report's window. */
static int meets_cluster(const ev_row *e, long lo, long hi, int exact,
                         int answer) {
  if (!exact && !answer) return e->lo <= hi && lo <= e->hi;
  return days_meet(e->lo, e->hi, lo, hi, answer);
}

/* Who did it, as the cluster's reports name them (SQL_CLUSTER_ACTORS). */
static sr_status cluster_actors(sr_store *s, sqlite3_int64 cluster,
                                actor_set *a, sr_error *err) {
  struct sr_cluster_memo *m = cluster_memo(s, cluster, 1);
  if (m && m->actors_known) {
    a->count = m->actors.count;
    for (size_t i = 0; i < a->count; i++) {
      memcpy(a->names[i], m->actors.names[i], sizeof a->names[i]);
      a->inters[i] = m->actors.inters[i];
    }
    return SR_OK;
  }
  sqlite3_stmt *st = sr_store_stmt(s, SQL_CLUSTER_ACTORS, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  a->count = 0;
  int raw[16];
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW && a->count < 16) {
    sr_store_copy_col(st, 0, a->names[a->count], sizeof a->names[0]);
    raw[a->count] = sqlite3_column_type(st, 1) == SQLITE_NULL
                        ? -1 : sqlite3_column_int(st, 1);
    a->inters[a->count++] = sqlite3_column_int(st, 1);
  }
  /* as load_actors: a failed read ends the list where it stopped */
  if (m && (rc == SQLITE_ROW || rc == SQLITE_DONE)) {
    m->actors = *a;
    memcpy(m->raw_inter, raw, sizeof raw);
    m->actors_known = 1;
  }
  return SR_OK;
}

static int own_cluster(const candidate *own, size_t n, sqlite3_int64 cluster) {
  for (size_t i = 0; i < n; i++)
    if (own[i].ev.cluster == cluster) return 1;
  return 0;
}

/* A document often tells one event twice (the lead, then the details; or
** as an airstrike here and a massacre there): ACLED codes one event per
** type, place, day and actor.  The newcomer restates one of its document's
** reports when it could join that report's cluster by every test (type,
** days, place, actors); the nearest such report wins.  *cluster: 0 when
** it restates none. */
static sr_status find_restated(sr_store *s, const ev_row *e,
                               const newcomer_pairs *pairs,
                               const actor_set *actors, const candidate *own,
                               size_t n_own, actor_set *theirs,
                               sqlite3_int64 *cluster, sr_error *err) {
  double best_d = -1;
  *cluster = 0;
  for (size_t i = 0; i < n_own; i++) {
    const ev_row *o = &own[i].ev;
    /* opposed claims in one report are the two sides, not a repetition */
    if (!o->cluster_known || !o->dated || opposed_for(s, pairs, e, o->action))
      continue;
    int ok = type_ok_for(s, pairs, e, o, err), apart = 0;
    if (ok < 0) return err->code;
    if (ok && armed_and_civilian(s, e, o, &apart, err) != SR_OK)
      return err->code;
    double d = event_distance(e, o, ok && !apart, 0);
    if (d < 0 || (best_d >= 0 && d >= best_d)) continue;
    long lo, hi;
    int exact;
    int dated = cluster_days(s, o->cluster, &lo, &hi, &exact, err);
    if (dated < 0) return err->code;
    if (dated && !meets_cluster(e, lo, hi, exact, 0)) continue;
    if (actors->count) {
      sr_status rc = cluster_actors(s, o->cluster, theirs, err);
      if (rc != SR_OK) return rc;
      if (!actors_compatible(s, actors, theirs, e->hi - e->lo <= 1, e->action,
                             o->action))
        continue;
    }
    /* the regime's air strikes and the rebels' rockets: two deeds */
    int other;
    sr_status rc = other_deed(s, pairs, e, actors, o, theirs, &other, err);
    if (rc != SR_OK) return rc;
    if (other) continue;
    best_d = d;
    *cluster = o->cluster;
  }
  return SR_OK;
}

/* A cluster read (its nearest report d from the newcomer, -1: none fits)
** becomes the best so far when nearer, unless one of its reports tells
** another occasion (apart_in_days_and_dead). */
static void take_nearer(sqlite3_int64 cluster, double d, int other_occasion,
                        sqlite3_int64 *best, double *best_d) {
  if (d < 0 || other_occasion) return;
  if (*best_d < 0 || d < *best_d || (d == *best_d && cluster < *best)) {
    *best_d = d;
    *best = cluster;
  }
}

/* Scans the candidates: the best cluster to join (0: none), and the
** unclustered denials a realised newcomer should gather.  A cluster of
** hundreds of reports is compared through its first MAX_COMPARED members
** only: single linkage needs one match, and a document's cost stays
** bounded.  *restates: the newcomer restates a report of its own
** document (find_restated), whose cluster it joins. */
static sr_status find_candidates(sr_store *s, const ev_row *e,
                                 const own_hint *hint,
                                 const actor_set *actors, int as_member,
                                 sqlite3_int64 *best, int *restates,
                                 orphans *lost, sr_error *err) {
  candidate *own;
  size_t n_own, n;
  candidate *cands = NULL;
  *best = 0;
  *restates = 0;
  sr_status out = read_own(s, e, hint, &own, &n_own, err);
  if (out != SR_OK) return out;
  newcomer_pairs pairs;
  pairs_of(s, e, &pairs);
  actor_set *theirs = malloc(sizeof *theirs);
  if (!theirs) {
    free(own);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  if (as_member) {
    out = find_restated(s, e, &pairs, actors, own, n_own, theirs, best, err);
    if (out != SR_OK || *best) {
      *restates = *best != 0;
      free(theirs);
      free(own);
      return out;
    }
  }
  if ((out = read_candidates(s, e, &cands, &n, err)) != SR_OK) {
    free(theirs);
    free(own);
    return out;
  }
  double best_d = -1, group_d = -1;
  size_t compared = 0;
  sqlite3_int64 group = -1;
  int group_actors_ok = 1, group_dated = 0, group_exact = 0, group_other_occasion = 0;
  long group_lo = 0, group_hi = 0;
  for (size_t i = 0; out == SR_OK && i < n; i++) {
    const ev_row *c = &cands[i].ev;
    int member = cands[i].member;
    if (c->cluster != group) {
      take_nearer(group, group_d, group_other_occasion, best, &best_d);
      group_d = -1, group_other_occasion = 0;
      group = c->cluster, compared = 0;
      /* Who did it: the newcomer's perpetrator must be one the cluster's
      ** reports name, by name or inter code, when both name one (not
      ** asked of a denial: who denies is often the other side).  Targets
      ** and bystanders split nothing: one outlet names the rebels who
      ** held a district, another the army that took it. */
      group_actors_ok = 1;
      if (member && as_member && actors->count) {
        if ((out = cluster_actors(s, c->cluster, theirs, err)) != SR_OK)
          break;
        group_actors_ok = actors_compatible(s, actors, theirs, e->hi - e->lo <= 1,
                                            "", "");
      }
      group_dated = member ? cluster_days(s, c->cluster, &group_lo, &group_hi,
                                          &group_exact, err)
                           : 0;
      if (group_dated < 0) {
        out = err->code;
        break;
      }
    }
    /* Opposed claims ("captured" against "repelled") come from the two
    ** sides: their perpetrators differ by nature.  A deed done jointly
    ** (joint.tsv) is asked of the newcomer's and this report's deeds. */
    if (member && !group_actors_ok && !opposed_for(s, &pairs, e, c->action) &&
        !(as_member && actors->count && joint_deeds(s, e->action, c->action) &&
          actors_compatible(s, actors, theirs, e->hi - e->lo <= 1, e->action,
                            c->action)))
      continue;
    if (!member && !as_member) continue; /* denials gather no denials */
    if (member && as_member &&
        (c->doc == e->doc || own_cluster(own, n_own, c->cluster)))
      continue; /* never two reports of one document in a cluster */
    if (member && compared++ >= MAX_COMPARED) continue;
    int answer = !as_member || !member || opposed_for(s, &pairs, e, c->action);
    /* Complete linkage on the date: the newcomer must meet the days all
    ** the cluster's reports allow (their intersection, kept on the
    ** cluster), not merely one of its reports. */
    if (member && group_dated &&
        !meets_cluster(e, group_lo, group_hi, group_exact, answer))
      continue;
    int ok = type_ok_for(s, &pairs, e, c, err), apart = 0;
    if (ok < 0) {
      out = err->code;
      break;
    }
    /* not asked of an answer (a denial is the other side's); asked of
    ** every report of the cluster compared, as another deed is below */
    if (ok && !answer && (out = armed_and_civilian(s, e, c, &apart, err)) != SR_OK)
      break;
    if (apart && strcmp(c->role, "member") == 0) group_other_occasion = 1;
    double d = event_distance(e, c, ok && !apart, answer);
    if (d < 0) continue;
    if (!member) {
      if (lost->count < 32) lost->ids[lost->count++] = c->rowid;
    } else {
      /* a report's own account, not one it restates (a toll it recalls) */
      if (as_member && strcmp(c->role, "member") == 0 && apart_in_days_and_dead(e, c))
        group_other_occasion = 1;
      /* ... or another deed (theirs, the cluster's perpetrators, is read
      ** once per cluster above and free again here) */
      int other = 0;
      if (as_member && strcmp(c->role, "member") == 0 && !group_other_occasion &&
          (out = other_deed(s, &pairs, e, actors, c, theirs, &other, err)) != SR_OK)
        break;
      if (other) group_other_occasion = 1;
      if (group_d < 0 || d < group_d) group_d = d;
    }
  }
  if (out == SR_OK) take_nearer(group, group_d, group_other_occasion, best, &best_d);
  free(theirs);
  free(cands);
  free(own);
  return out;
}

static const char SQL_OTHERS[] =
    "SELECT rowid, status, action, role FROM events WHERE cluster = ?1 AND "
    "rowid != ?2 ORDER BY rowid";
static const char SQL_CLAIM[] =
    "SELECT e.status, coalesce(e.action, e.event_type), "
    " coalesce(e.sentence, ''), coalesce(d.source, d.id),"
    " (SELECT group_concat(name, '; ') FROM attributions WHERE event = "
    "  e.rowid) FROM events e JOIN documents d ON d.rowid = e.doc"
    " WHERE e.rowid = ?1";
static const char SQL_CONTRADICTION[] =
    "INSERT OR REPLACE INTO contradictions VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
/* Figures that disagree never hide a denial or an opposed claim between the
** same two reports. */
static const char SQL_FIGURE_CONTRADICTION[] =
    "INSERT OR IGNORE INTO contradictions VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/* "denied corridor, according to Ministry of Defence (tass.ru): ..." */
static sr_status claim_text(sr_store *s, sqlite3_int64 ev, char *out,
                            size_t cap, sr_error *err) {
  out[0] = '\0';
  if (!s->claims && !(s->claims = calloc(SR_CLAIM_MEMO, sizeof *s->claims)))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  struct sr_claim_memo *m = &s->claims[(sqlite3_uint64)ev % SR_CLAIM_MEMO];
  if (m->event != ev || !ev) {
    sqlite3_stmt *st = sr_store_stmt(s, SQL_CLAIM, err);
    if (!st) return err->code;
    sqlite3_bind_int64(st, 1, ev);
    if (sqlite3_step(st) != SQLITE_ROW) return SR_OK;
    const char *who = sr_store_col(st, 4);
    snprintf(m->text, sizeof m->text, "%s %s, according to %s%s%s%s: %s",
             sr_store_col(st, 0), sr_store_col(st, 1),
             *who ? who : sr_store_col(st, 3), *who ? " (" : "",
             *who ? sr_store_col(st, 3) : "", *who ? ")" : "",
             sr_store_col(st, 2));
    m->event = ev;
  }
  /* cut as snprintf into out would have cut it */
  size_t n = strlen(m->text);
  if (cap == 0) return SR_OK;
  if (n >= cap) n = cap - 1;
  memcpy(out, m->text, n);
  out[n] = '\0';
  return SR_OK;
}

sr_status sr_cluster_contradiction(sr_store *s, sqlite3_int64 cluster,
                                   sqlite3_int64 a, sqlite3_int64 b,
                                   const char *kind, const char *prefix_a,
                                   const char *prefix_b, sr_error *err) {
  char ca[1024], cb[1024];
  size_t la = strlen(prefix_a), lb = strlen(prefix_b);
  if (la >= 512 || lb >= 512) la = lb = 0;
  memcpy(ca, prefix_a, la);
  memcpy(cb, prefix_b, lb);
  sr_status rc = claim_text(s, a, ca + la, sizeof ca - la, err);
  if (rc == SR_OK) rc = claim_text(s, b, cb + lb, sizeof cb - lb, err);
  if (rc != SR_OK) return rc;
  sqlite3_stmt *st = sr_store_stmt(
      s, strcmp(kind, "figures") ? SQL_CONTRADICTION : SQL_FIGURE_CONTRADICTION,
      err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  sqlite3_bind_int64(st, 2, a);
  sqlite3_bind_int64(st, 3, b);
  sr_store_bind_text(st, 4, kind);
  sr_store_bind_text(st, 5, ca);
  sr_store_bind_text(st, 6, cb);
  return sr_store_done(s, st, err, "recording a contradiction");
}


/* Whether an action has an opposed one (opposed.tsv) at all. */
static int has_opposed(sr_store *s, const char *action) {
  sr_error ignored;
  if (!action[0] || load_pairs(s, &ignored) != SR_OK) return 0;
  for (size_t i = 0; i < s->n_pairs; i++)
    if (s->pairs[i].list == 1 && strcmp(s->pairs[i].a, action) == 0) return 1;
  return 0;
}

/* Whether the cluster holds a denial or failure (read in its index). */
static const char SQL_HAS_CLAIMS[] =
    "SELECT EXISTS (SELECT 1 FROM events WHERE cluster = ?1 AND role ="
    " 'contradicts')";

/* What the event that just joined says against the cluster's others: a
** denial or failure against a report, or an opposed action. */
static sr_status find_contradictions(sr_store *s, const ev_row *e,
                                     sqlite3_int64 cluster, sr_error *err) {
  /* A report whose action nothing opposes contradicts only the cluster's
  ** denials and failures: none, nothing to read (most clusters). */
  if (strcmp(e->status, "realised") == 0 && !has_opposed(s, e->action)) {
    sqlite3_stmt *q = sr_store_stmt(s, SQL_HAS_CLAIMS, err);
    if (!q) return err->code;
    sqlite3_bind_int64(q, 1, cluster);
    if (sqlite3_step(q) != SQLITE_ROW)
      return sr_store_fail(s, err, "finding contradictions");
    if (!sqlite3_column_int(q, 0)) return SR_OK;
  }
  struct {
    sqlite3_int64 id;
    char status[16], action[64];
  } other[64];
  size_t n = 0;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_OTHERS, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, cluster);
  sqlite3_bind_int64(st, 2, e->rowid);
  while (n < 64 && sqlite3_step(st) == SQLITE_ROW) {
    other[n].id = sqlite3_column_int64(st, 0);
    sr_store_copy_col(st, 1, other[n].status, sizeof other[n].status);
    sr_store_copy_col(st, 2, other[n].action, sizeof other[n].action);
    n++;
  }
  int mine_real = strcmp(e->status, "realised") == 0;
  for (size_t i = 0; i < n; i++) {
    int theirs_real = strcmp(other[i].status, "realised") == 0;
    const char *kind = NULL;
    if (mine_real != theirs_real)
      kind = strcmp(mine_real ? other[i].status : e->status, "denied") == 0
                 ? "denial"
                 : "failure";
    else if (mine_real && opposed(s, e->action, other[i].action))
      kind = "opposed";
    if (!kind) continue;
    sqlite3_int64 a = e->rowid, b = other[i].id;
    if (mine_real == theirs_real ? a > b : !mine_real) {
      a = other[i].id;
      b = e->rowid;
    }
    sr_status rc = sr_cluster_contradiction(s, cluster, a, b, kind, "", "", err);
    if (rc != SR_OK) return rc;
  }
  return SR_OK;
}

/* The event into the candidate index, or out of it: past its first
** MAX_COMPARED reports a cluster is compared through those only, so that a
** newcomer reads no more than MAX_COMPARED rows of any cluster.  Decided
** once the event is filed (not indexed first and taken out again: an
** R*Tree insert is the dearest write of an event); an event filed again
** (sr_cluster_refile) may leave the index.  size: the cluster's reports
** with this one (-1: the cluster has no row), or SIZE_UNREAD. */
#define SIZE_UNREAD (-2)

static sr_status index_event(sr_store *s, const ev_row *e, int realised,
                             sqlite3_int64 cluster, sqlite3_int64 size,
                             sr_error *err) {
  int keep = size != SIZE_UNREAD ? size <= MAX_COMPARED : 1;
  sqlite3_stmt *st;
  if (realised && cluster && size == SIZE_UNREAD) {
    if (!(st = sr_store_stmt(s, SQL_CLUSTER_SIZE, err))) return err->code;
    sqlite3_bind_int64(st, 1, cluster);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return sr_store_fail(s, err, "indexing an event");
    keep = rc != SQLITE_ROW || sqlite3_column_int64(st, 0) <= MAX_COMPARED;
  }
  if (!(st = sr_store_stmt(s, keep ? SQL_BOX : SQL_UNBOX, err))) return err->code;
  sqlite3_bind_int64(st, 1, e->rowid);
  if (keep) {
    double box[6];
    event_box(e, box);
    for (int i = 0; i < 6; i++) sqlite3_bind_double(st, i + 2, box[i]);
  }
  return sr_store_done(s, st, err, "indexing an event");
}

static sr_status assign(sr_store *s, sqlite3_int64 event,
                        sqlite3_int64 preferred, const own_hint *hint,
                        sr_error *err) {
  ev_row *e = calloc(1, sizeof *e);
  actor_set *actors = malloc(sizeof *actors);
  if (!e || !actors) {
    free(e);
    free(actors);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  sr_status rc = SR_OK;
  int found = event_row(s, event, e, err);
  if (found <= 0) {
    if (found < 0) rc = err->code;
    goto out;
  }
  int realised = strcmp(e->status, "realised") == 0;
  int claim = strcmp(e->status, "denied") == 0 || strcmp(e->status, "failed") == 0;
  if (!realised && !claim) goto out; /* planned: not (yet) an event */
  /* A figure over more than a month ("290,000 killed since 2011") is a
  ** background toll, not a report of one event: stored, never clustered
  ** (ACLED's vaguest date is a month). */
  if (e->dated && e->hi - e->lo > MAX_SPAN_DAYS) goto out;
  if ((rc = load_actors(s, SQL_ACTORS, e->rowid, actors, err)) != SR_OK) goto out;
  sqlite3_int64 cluster = 0, size = SIZE_UNREAD;
  orphans lost = {{0}, 0};
  int restates = 0;
  if (e->dated) {
    rc = find_candidates(s, e, hint, actors, realised, &cluster, &restates,
                         &lost, err);
    if (rc != SR_OK) goto out;
  }
  /* A denial of nothing known stays unclustered, in its box, until a
  ** report of the event arrives and gathers it. */
  if (!realised && !cluster) {
    if (e->dated) rc = index_event(s, e, realised, cluster, SIZE_UNREAD, err);
    goto out;
  }
  if (!cluster && (rc = new_cluster(s, preferred, &cluster, err)) != SR_OK)
    goto out;
  rc = set_cluster(s, e->rowid, cluster,
                   !realised ? "contradicts" : restates ? "restates" : "member",
                   err);
  /* A restatement is its document's report told again: in the cluster
  ** (and its candidates), not counted, summarised nor contradicted twice. */
  if (restates) {
    if (rc == SR_OK) rc = index_event(s, e, realised, cluster, SIZE_UNREAD, err);
    goto out;
  }
  for (size_t i = 0; i < lost.count && rc == SR_OK; i++)
    rc = set_cluster(s, lost.ids[i], cluster, "contradicts", err);
  if (rc == SR_OK) rc = find_contradictions(s, e, cluster, err);
  if (rc == SR_OK)
    /* the cluster's days narrowed to the newcomer's there (with its
    ** counts: one write of the cluster's row) */
    rc = realised ? sr_summary_add(s, cluster, e->rowid, 1, &size, err)
                  : sr_summary_notes_later(s, cluster, err);
  if (rc == SR_OK && e->dated) rc = index_event(s, e, realised, cluster, size, err);
out:
  free(e);
  free(actors);
  return rc;
}

sr_status sr_cluster_assign(sr_store *s, sqlite3_int64 event,
                            sqlite3_int64 preferred, sr_error *err) {
  own_hint none = {NULL, 0};
  return assign(s, event, preferred, &none, err);
}

sr_status sr_cluster_assign_new(sr_store *s, sqlite3_int64 event,
                                const sqlite3_int64 *before, size_t n_before,
                                sr_error *err) {
  own_hint hint = {before, n_before};
  return assign(s, event, 0, &hint, err);
}

static const char SQL_MEMBERS[] =
    "SELECT rowid FROM events WHERE cluster = ?1 ORDER BY rowid";
static const char SQL_DISSOLVE[] =
    "UPDATE events SET cluster = NULL, role = NULL WHERE cluster = ?1";

sr_status sr_cluster_refile(sr_store *s, const sqlite3_int64 *clusters,
                            size_t count, sr_error *err) {
  for (size_t c = 0; c < count; c++) {
    sqlite3_int64 *ids;
    size_t n;
    sr_status rc = sr_store_ids(s, SQL_MEMBERS, clusters[c], &ids, &n, err);
    if (rc != SR_OK) return rc;
    sqlite3_stmt *st;
    rc = sr_summary_drop(s, clusters[c], err);
    if (rc == SR_OK && (st = sr_store_stmt(s, SQL_DISSOLVE, err)) == NULL)
      rc = err->code;
    if (rc == SR_OK) {
      sqlite3_bind_int64(st, 1, clusters[c]);
      rc = sr_store_done(s, st, err, "dissolving a cluster");
      sr_cluster_forget_events(s, ids, n); /* in no cluster now */
    }
    /* In their first order, so that the cluster re-forms as it was. */
    for (size_t i = 0; i < n && rc == SR_OK; i++)
      rc = sr_cluster_assign(s, ids[i], clusters[c], err);
    free(ids);
    if (rc == SR_OK) {
      int exists = cluster_exists(s, clusters[c], err);
      rc = exists < 0 ? err->code : exists ? SR_OK : free_number(s, clusters[c], err);
    }
    if (rc != SR_OK) return rc;
  }
  return SR_OK;
}
