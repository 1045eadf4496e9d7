#include "schema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "../util/pack.h"
#include "summary.h"

/* Never edit a migration once released: add the next one. */
static const char *const migrations[] = {
    /* 1: documents, mentions, events, clusters. */
    "CREATE TABLE documents("
    "  rowid INTEGER PRIMARY KEY,"
    "  id TEXT NOT NULL UNIQUE,"
    "  source TEXT,"                /* the outlet: publisher, else URL host */
    "  text_hash TEXT,"             /* of the text: a copy under a new id */
    "  content_hash TEXT NOT NULL," /* of JSON and text: unchanged = skipped */
    "  lang TEXT, published TEXT, url TEXT, title TEXT, publisher TEXT,"
    "  text TEXT, json TEXT NOT NULL, ingested_at INTEGER NOT NULL);"
    "CREATE INDEX documents_text ON documents(text_hash, source);"
    /* External content: the text is stored once, in documents. */
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text,"
    "  content='documents', content_rowid='rowid',"
    "  tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN"
    "  INSERT INTO documents_fts(rowid, title, text)"
    "  VALUES (new.rowid, new.title, new.text); END;"
    "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN"
    "  INSERT INTO documents_fts(documents_fts, rowid, title, text)"
    "  VALUES ('delete', old.rowid, old.title, old.text); END;"
    "CREATE TABLE mentions(doc INTEGER NOT NULL, idx INTEGER NOT NULL,"
    "  type TEXT, start INTEGER, \"end\" INTEGER, text TEXT,"
    "  json TEXT NOT NULL, PRIMARY KEY(doc, idx)) WITHOUT ROWID;"
    "CREATE TABLE events("
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL,"
    "  doc INTEGER NOT NULL, status TEXT NOT NULL,"
    "  event_type TEXT, sub_event_type TEXT, action TEXT,"
    "  date_value TEXT, date_until TEXT, date_precision TEXT,"
    "  day_lo INTEGER, day_hi INTEGER,"
    "  location TEXT, admin1 TEXT, country TEXT, iso2 TEXT,"
    "  lat REAL, lon REAL, geo_precision INTEGER,"
    "  fatalities INTEGER, sentence TEXT, json TEXT NOT NULL,"
    "  cluster INTEGER, role TEXT);" /* role: member | restates | contradicts */
    "CREATE INDEX events_doc ON events(doc);"
    "CREATE INDEX events_cluster ON events(cluster);"
    "CREATE TABLE actors(event INTEGER NOT NULL, idx INTEGER NOT NULL,"
    "  role TEXT, name TEXT, inter INTEGER,"
    "  PRIMARY KEY(event, idx)) WITHOUT ROWID;"
    "CREATE TABLE quantities(event INTEGER NOT NULL, idx INTEGER NOT NULL,"
    "  kind TEXT, value REAL, low REAL, high REAL, qualifier TEXT, of TEXT,"
    "  text TEXT, PRIMARY KEY(event, idx)) WITHOUT ROWID;"
    "CREATE TABLE attributions(event INTEGER NOT NULL, idx INTEGER NOT NULL,"
    "  name TEXT, kind TEXT, affiliation TEXT, text TEXT,"
    "  PRIMARY KEY(event, idx)) WITHOUT ROWID;"
    /* Where and when each clusterable event may be: the candidate index. */
    "CREATE VIRTUAL TABLE event_boxes USING rtree(id, day_lo, day_hi,"
    "  lat_lo, lat_hi, lon_lo, lon_hi);"
    "CREATE TABLE clusters(id INTEGER PRIMARY KEY,"
    "  event_type TEXT, sub_event_type TEXT, event_date TEXT,"
    "  time_precision INTEGER, location TEXT, admin1 TEXT, country TEXT,"
    "  iso2 TEXT, lat REAL, lon REAL, geo_precision INTEGER,"
    "  actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER,"
    "  actor2 TEXT, assoc_actor_2 TEXT, inter2 INTEGER,"
    "  fatalities INTEGER, n_events INTEGER, n_documents INTEGER,"
    "  n_sources INTEGER, sources TEXT, notes TEXT, updated_at INTEGER);"
    "CREATE INDEX clusters_date ON clusters(event_date);"
    "CREATE TABLE estimates(cluster INTEGER NOT NULL, kind TEXT NOT NULL,"
    "  low REAL, best REAL, high REAL, reports INTEGER,"
    "  PRIMARY KEY(cluster, kind)) WITHOUT ROWID;"
    "CREATE TABLE contradictions(cluster INTEGER NOT NULL,"
    "  event_a INTEGER NOT NULL, event_b INTEGER NOT NULL, kind TEXT NOT NULL,"
    "  claim_a TEXT, claim_b TEXT,"
    "  PRIMARY KEY(cluster, event_a, event_b)) WITHOUT ROWID;"
    /* Who said which figure of which cluster. */
    "CREATE VIEW claims AS SELECT e.cluster AS cluster, q.kind AS kind,"
    "  q.value AS value, q.low AS low, q.high AS high,"
    "  q.qualifier AS qualifier, q.text AS text, d.source AS source,"
    "  (SELECT group_concat(a.name, '; ') FROM attributions a"
    "   WHERE a.event = e.rowid) AS attributed_to,"
    "  e.id AS event_id, d.id AS document"
    "  FROM quantities q JOIN events e ON e.rowid = q.event"
    "  JOIN documents d ON d.rowid = e.doc WHERE e.role = 'member';",
    /* 2: the server's pages (docs/api.md), newest first, and their totals,
    ** by the filters people use most: without them a page of 100,000
    ** events reads them all. */
    "CREATE INDEX events_day ON events(day_lo, day_hi);"
    "CREATE INDEX events_type_day ON events(event_type, day_lo, day_hi);"
    "CREATE INDEX events_iso2_day ON events(iso2, day_lo, day_hi);"
    "CREATE INDEX clusters_type_date ON clusters(event_type, event_date);"
    "CREATE INDEX clusters_iso2_date ON clusters(iso2, event_date);"
    "CREATE INDEX actors_name ON actors(name COLLATE NOCASE);"
    "CREATE INDEX attributions_name ON attributions(name COLLATE NOCASE);"
    "CREATE INDEX documents_source ON documents(source COLLATE NOCASE);",
    /* 3: incremental summaries (summary.h).  On each cluster: the days
    ** every report allows (the intersection of their windows: a newcomer
    ** must fall within them, give or take a day, so that a cluster cannot
    ** creep along the calendar one report at a time; NULL for the clusters
    ** of an older database: they take the next report's window), and the
    ** reports that give its date and its place.  votes: how many reports
    ** give each type, sub-event type, actor per role and outlet.  figures:
    ** each report's figure per kind, for the estimates' median and the
    ** contradictions between figures.  An older database's clusters are
    ** summarised again once (sr_schema_migrate). */
    "ALTER TABLE clusters ADD COLUMN day_lo INTEGER;"
    "ALTER TABLE clusters ADD COLUMN day_hi INTEGER;"
    "ALTER TABLE clusters ADD COLUMN date_event INTEGER;"
    "ALTER TABLE clusters ADD COLUMN place_event INTEGER;"
    "CREATE TABLE votes(cluster INTEGER NOT NULL, field TEXT NOT NULL,"
    "  value TEXT NOT NULL, n INTEGER NOT NULL, first INTEGER NOT NULL,"
    "  inter INTEGER, PRIMARY KEY(cluster, field, value)) WITHOUT ROWID;"
    "CREATE TABLE figures(cluster INTEGER NOT NULL, kind TEXT NOT NULL,"
    "  event INTEGER NOT NULL, source TEXT, low REAL, point REAL, high REAL,"
    "  PRIMARY KEY(cluster, kind, event)) WITHOUT ROWID;"
    "CREATE INDEX figures_point ON figures(cluster, kind, point, event);"
    "CREATE INDEX figures_low ON figures(cluster, kind, low);"
    "CREATE INDEX figures_high ON figures(cluster, kind, high);",
    /* 4: the full-text index written by the store (ingest.c), not by
    ** triggers: a batch indexes its documents when it commits.  FTS5
    ** writes out its pending terms at every savepoint, and a batch opens
    ** one per document and SQLite one per statement: indexed by the
    ** trigger, each document became segments of its own to merge. */
    "DROP TRIGGER documents_ai;"
    "DROP TRIGGER documents_ad;"
    /* A cluster's denials and failures, found without reading its reports
    ** (cluster.c: find_contradictions). */
    "CREATE INDEX events_cluster_role ON events(cluster, role);",
    /* 5: events_cluster goes: events_cluster_role begins with the same
    ** column and serves every lookup by cluster, and each index is one
    ** more b-tree the writer updates for every event it stores and every
    ** event it files into a cluster. */
    "DROP INDEX events_cluster;",
    /* 6: words ("dozens", "hundreds": a floor and no figure, summary.h)
    ** are told from counts: a figure's `word`, and on each estimate the
    ** reports that gave a count (`counted`), of which low and best are
    ** read when there are any; the median's index by class first.  An
    ** older database's clusters are summarised again once (its estimates
    ** took "dozens" for exactly 24). */
    "ALTER TABLE figures ADD COLUMN word INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE estimates ADD COLUMN counted INTEGER NOT NULL DEFAULT 0;"
    "DROP INDEX figures_point;"
    "CREATE INDEX figures_point ON figures(cluster, kind, word, point, event);",
};

int sr_schema_version(void) {
  return (int)(sizeof migrations / sizeof *migrations);
}

static int user_version(sr_store *s) {
  sqlite3_stmt *st = NULL;
  int v = -1;
  if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) ==
          SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return v;
}

/* The version from which clusters carry the summaries sr_summary_add
** keeps as it keeps them now: an older database's are made again, once,
** with the last migration (the code summarises by the newest schema). */
#define SUMMARIES_AS_NOW 6

/* Every cluster of an older database summarised again, incrementally. */
static sr_status summarise_all(sr_store *s, sr_error *err) {
  sqlite3_int64 *ids = NULL;
  size_t n = 0;
  sr_status rc = sr_store_ids(
      s, "SELECT id FROM clusters WHERE id > ?1 ORDER BY id", 0, &ids, &n, err);
  for (size_t i = 0; i < n && rc == SR_OK; i++)
    rc = sr_summary_rebuild(s, ids[i], err);
  free(ids);
  return rc;
}

sr_status sr_schema_migrate(sr_store *s, sr_error *err) {
  int v = user_version(s);
  if (v < 0) return sr_store_fail(s, err, "reading the schema version");
  if (v > sr_schema_version())
    return sr_error_set(err, SR_EINVAL,
                        "database schema version %d is newer than this "
                        "sitrep's (%d): upgrade sitrep",
                        v, sr_schema_version());
  if (v < sr_schema_version() && s->read_only)
    return sr_error_set(err, SR_EINVAL,
                        "database schema version %d needs migrating to %d: "
                        "open it for writing once (sitrep ingest)",
                        v, sr_schema_version());
  int from = v;
  for (; v < sr_schema_version(); v++) {
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
    sr_status st = sr_store_exec(s, "BEGIN IMMEDIATE", err);
    if (st == SR_OK) st = sr_store_exec(s, migrations[v], err);
    if (st == SR_OK && v + 1 == sr_schema_version() && from > 0 &&
        from < SUMMARIES_AS_NOW)
      st = summarise_all(s, err);
    if (st == SR_OK) st = sr_store_exec(s, pragma, err);
    if (st == SR_OK) st = sr_store_exec(s, "COMMIT", err);
    if (st != SR_OK) {
      sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
      return st;
    }
  }
  return SR_OK;
}

/* ------------------------------------------------------------ tables */

typedef struct table_load {
  sr_store *s;
  sqlite3_stmt *insert;
  size_t columns;    /* stored */
  size_t more;       /* further fields a line may have, not stored */
} table_load;

static sr_status table_row(void *ctx, const sr_pack_line *entry,
                           sr_error *err) {
  table_load *t = ctx;
  sr_str f[8];
  size_t n = sr_pack_fields(entry, f, 8);
  if (n < t->columns || n > t->columns + t->more)
    return sr_error_set(err, SR_EPACK, "expected %zu tab-separated fields, "
                        "found %zu", t->columns, n);
  sqlite3_reset(t->insert);
  for (size_t i = 0; i < t->columns; i++)
    sqlite3_bind_text(t->insert, (int)i + 1, f[i].ptr, (int)f[i].len,
                      SQLITE_TRANSIENT);
  if (sqlite3_step(t->insert) != SQLITE_DONE)
    return sr_error_set(err, SR_EPACK, "%s", sqlite3_errmsg(t->s->db));
  return SR_OK;
}

static const struct {
  const char *file, *create, *insert;
  size_t columns, more;
} tables[] = {
    {"countries.tsv",
     "CREATE TEMP TABLE countries(iso2 TEXT PRIMARY KEY, iso3 TEXT,"
     " isonum INTEGER, region TEXT, name TEXT)",
     "INSERT OR REPLACE INTO countries VALUES (?1, ?2, ?3, ?4, ?5)", 5, 0},
    /* ACLED's taxonomy, the engine's own (its fourth field, the engine's
    ** role for a sub-event type, is not the store's) */
    {"../acled/sub_event_types.tsv",
     "CREATE TEMP TABLE disorder(event_type TEXT, sub_event_type TEXT,"
     " disorder_type TEXT, PRIMARY KEY(event_type, sub_event_type))",
     "INSERT OR REPLACE INTO disorder VALUES (?1, ?2, ?3)", 3, 1},
    {"compatible.tsv", "CREATE TEMP TABLE compatible(a TEXT, b TEXT)",
     "INSERT INTO compatible VALUES (?1, ?2), (?2, ?1)", 2, 0},
    {"opposed.tsv", "CREATE TEMP TABLE opposed(a TEXT, b TEXT)",
     "INSERT INTO opposed VALUES (?1, ?2), (?2, ?1)", 2, 0},
    {"same_action.tsv", "CREATE TEMP TABLE same_action(type TEXT)",
     "INSERT INTO same_action VALUES (?1)", 1, 0},
    {"unnamed.tsv", "CREATE TEMP TABLE unnamed(name TEXT)",
     "INSERT INTO unnamed VALUES (?1)", 1, 0},
    {"toll.tsv", "CREATE TEMP TABLE toll(action TEXT, type TEXT)",
     "INSERT INTO toll VALUES (?1, ?2)", 2, 0},
    {"no_aircraft.tsv", "CREATE TEMP TABLE no_aircraft(air TEXT, ground TEXT)",
     "INSERT INTO no_aircraft VALUES (?1, ?2)", 2, 0},
    {"joint.tsv",
     "CREATE TEMP TABLE joint(action TEXT, inter_a INTEGER, inter_b INTEGER)",
     "INSERT INTO joint VALUES (?1, ?2, ?3)", 3, 0},
    {"armed_sides.tsv", "CREATE TEMP TABLE armed_sides(action TEXT)",
     "INSERT INTO armed_sides VALUES (?1)", 1, 0},
};

sr_status sr_schema_load_tables(sr_store *s, const char *dir, sr_error *err) {
  for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, tables[i].file);
    table_load t = {s, NULL, tables[i].columns, tables[i].more};
    sr_status st = sr_store_exec(s, tables[i].create, err);
    if (st != SR_OK) return st;
    if (sqlite3_prepare_v2(s->db, tables[i].insert, -1, &t.insert, NULL) !=
        SQLITE_OK)
      return sr_store_fail(s, err, "preparing a table");
    st = sr_pack_load(path, table_row, &t, err);
    sqlite3_finalize(t.insert);
    if (st != SR_OK) return st;
  }
  return SR_OK;
}
