/*
** Opening and closing the store, and the helpers every store module uses.
*/
#include "store.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "cluster.h"
#include "schema.h"
#include "pending.h"
#include "summary.h"

#ifndef SR_PACK_DIR
#define SR_PACK_DIR "packs"
#endif

sr_status sr_store_fail(sr_store *s, sr_error *err, const char *what) {
  return sr_error_set(err, SR_EIO, "%s: %s", what, sqlite3_errmsg(s->db));
}

sqlite3_stmt *sr_store_stmt(sr_store *s, const char *sql, sr_error *err) {
  const size_t slots = sizeof s->cache_at;
  size_t h = (size_t)(((uintptr_t)sql >> 3) * 2654435761u) % slots;
  for (; s->cache_at[h]; h = (h + 1) % slots) {
    sqlite3_stmt *st = s->cache[s->cache_at[h] - 1].stmt;
    if (s->cache[s->cache_at[h] - 1].sql == sql) {
      sqlite3_reset(st);
      sqlite3_clear_bindings(st);
      return st;
    }
  }
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
                         NULL) != SQLITE_OK) {
    sr_store_fail(s, err, "preparing a statement");
    return NULL;
  }
  if (s->cached < SR_STORE_CACHE) {
    s->cache[s->cached].sql = sql;
    s->cache[s->cached++].stmt = st;
    s->cache_at[h] = (unsigned char)s->cached; /* the free slot the probe met */
  } else {
    /* Never reached with the store's fixed set of statements; were it, the
    ** statement would leak, so refuse loudly instead. */
    sqlite3_finalize(st);
    sr_error_set(err, SR_ENOMEM, "statement cache full");
    return NULL;
  }
  return st;
}

sr_status sr_store_exec(sr_store *s, const char *sql, sr_error *err) {
  char *msg = NULL;
  if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    sr_error_set(err, SR_EIO, "%s", msg ? msg : sqlite3_errmsg(s->db));
    sqlite3_free(msg);
    return SR_EIO;
  }
  return SR_OK;
}

sr_status sr_store_done(sr_store *s, sqlite3_stmt *st, sr_error *err,
                        const char *what) {
  int rc = sqlite3_step(st);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return sr_store_fail(s, err, what);
  return SR_OK;
}

sr_status sr_store_ids(sr_store *s, const char *sql, sqlite3_int64 key,
                       sqlite3_int64 **ids, size_t *count, sr_error *err) {
  *ids = NULL;
  *count = 0;
  sqlite3_stmt *st = sr_store_stmt(s, sql, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, key);
  size_t cap = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (*count == cap) {
      cap = cap ? cap * 2 : 16;
      sqlite3_int64 *t = realloc(*ids, cap * sizeof *t);
      if (!t) {
        free(*ids);
        *ids = NULL;
        *count = 0;
        return sr_error_set(err, SR_ENOMEM, "out of memory");
      }
      *ids = t;
    }
    (*ids)[(*count)++] = sqlite3_column_int64(st, 0);
  }
  if (rc != SQLITE_DONE) {
    free(*ids);
    *ids = NULL;
    *count = 0;
    return sr_store_fail(s, err, "reading");
  }
  return SR_OK;
}

int sr_store_bind_text(sqlite3_stmt *st, int i, const char *s) {
  if (!s) return sqlite3_bind_null(st, i);
  return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

int sr_store_bind_static(sqlite3_stmt *st, int i, const char *s) {
  if (!s) return sqlite3_bind_null(st, i);
  return sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

const char *sr_store_col(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

void sr_store_copy_col(sqlite3_stmt *st, int i, char *dst, size_t cap) {
  /* Cut at cap - 1 bytes as snprintf would, without its formatting: the
  ** clustering copies a dozen columns of every candidate it reads. */
  const unsigned char *t = sqlite3_column_text(st, i);
  size_t n = t ? (size_t)sqlite3_column_bytes(st, i) : 0;
  if (!cap) return;
  if (n >= cap) n = cap - 1;
  if (n) memcpy(dst, t, n);
  dst[n] = '\0';
}

int sr_store_quiet_memory(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK;
}

sr_status sr_store_open(const char *path, const sr_store_options *options,
                        sr_store **out, sr_error *err) {
  *out = NULL;
  sr_store_options none = {NULL, 0, 0};
  if (!options) options = &none;
  sr_store *s = calloc(1, sizeof *s);
  if (!s) return sr_error_set(err, SR_ENOMEM, "out of memory");
  s->read_only = options->read_only;
  int flags = options->read_only
                  ? SQLITE_OPEN_READONLY
                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) !=
      SQLITE_OK) {
    sr_error_set(err, SR_EIO, "%s: %s", path,
                 s->db ? sqlite3_errmsg(s->db) : "cannot open");
    sr_store_close(s);
    return SR_EIO;
  }
  /* A reader waits for a writer's commit instead of failing at once. */
  sqlite3_busy_timeout(s->db, 10000);
  const char *setup =
      options->read_only
          /* A reader (a server's connection) maps the file: pages read
          ** without a system call each, shared between connections. */
          ? "PRAGMA mmap_size = 1073741824"
          /* A writer maps it too: the pages clustering reads again and
          ** again past the page cache cost no pread each (writes still go
          ** through the log). */
          : options->durable
                ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                  " PRAGMA mmap_size = 1073741824"
                /* In WAL mode NORMAL survives any crash of the process. */
                : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                  /* a checkpoint every 32 MB of log, not every 4 MB: it
                  ** syncs, and writes each hot page once, not eight times */
                  " PRAGMA wal_autocheckpoint = 8192;"
                  " PRAGMA mmap_size = 1073741824";
  /* 64 MB of page cache: clustering reads the same recent pages again and
  ** again.  Temporary files in memory: the statement journals of the
  ** statements that may abort, and the packs' temp tables (a sub-journal
  ** once spilled to a file in /var/tmp at a write system call a page). */
  if (sqlite3_exec(s->db, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY",
                   NULL, NULL, NULL) !=
      SQLITE_OK) {
    sr_store_fail(s, err, path);
    sr_store_close(s);
    return SR_EIO;
  }
  sr_status st = sr_store_exec(s, setup, err);
  if (st == SR_OK) st = sr_schema_migrate(s, err);
  if (st == SR_OK)
    st = sr_schema_load_tables(
        s, options->tables_dir ? options->tables_dir : SR_PACK_DIR "/store",
        err);
  /* Only now: the tables above are written into this connection's temp
  ** schema. */
  if (st == SR_OK && options->read_only)
    st = sr_store_exec(s, "PRAGMA query_only = 1", err);
  if (st != SR_OK) {
    /* Name the database: the SQLite message alone does not say which. */
    if (err && !strstr(err->message, path)) {
      char msg[sizeof err->message];
      memcpy(msg, err->message, sizeof msg);
      sr_error_set(err, st, "%s: %.400s", path, msg);
    }
    sr_store_close(s);
    return st;
  }
  *out = s;
  return SR_OK;
}

void sr_store_idle(sr_store *s) {
  for (size_t i = 0; i < s->cached; i++) sqlite3_reset(s->cache[i].stmt);
}

void sr_store_batch(sr_store *s, unsigned documents) {
  if (documents <= 1 && s->in_batch) {
    sr_error ignored;
    sr_store_flush(s, &ignored);
  }
  s->batch = documents;
}

static const char SQL_FTS_ADD[] =
    "INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text"
    " FROM documents WHERE rowid = ?1";
static const char SQL_FTS_DELETE[] =
    "INSERT INTO documents_fts(documents_fts, rowid, title, text)"
    " SELECT 'delete', rowid, title, text FROM documents WHERE rowid = ?1";

sr_status sr_store_run(sr_store *s, const char *sql, sqlite3_int64 key,
                       sr_error *err, const char *what) {
  sqlite3_stmt *st = sr_store_stmt(s, sql, err);
  if (!st) return err->code;
  sqlite3_bind_int64(st, 1, key);
  return sr_store_done(s, st, err, what);
}

sr_status sr_store_push_id(sqlite3_int64 **ids, size_t *n, size_t *cap,
                           sqlite3_int64 id, sr_error *err) {
  if (*n == *cap) {
    size_t more = *cap ? *cap * 2 : 256;
    sqlite3_int64 *grown = realloc(*ids, more * sizeof *grown);
    if (!grown) return sr_error_set(err, SR_ENOMEM, "out of memory");
    *ids = grown;
    *cap = more;
  }
  (*ids)[(*n)++] = id;
  return SR_OK;
}

static sr_status fts_run(sr_store *s, const char *sql, sqlite3_int64 doc,
                         sr_error *err) {
  return sr_store_run(s, sql, doc, err, "indexing a document's text");
}

sr_status sr_store_index_text(sr_store *s, sqlite3_int64 doc, sr_error *err) {
  if (!s->in_batch) return fts_run(s, SQL_FTS_ADD, doc, err);
  return sr_store_push_id(&s->unindexed, &s->n_unindexed, &s->cap_unindexed,
                          doc, err);
}

sr_status sr_store_unindex_text(sr_store *s, sqlite3_int64 doc, sr_error *err) {
  /* added by this batch: not in the index yet (a document is refused
  ** before it writes, or its whole batch is rolled back) */
  for (size_t i = s->n_unindexed; i-- > 0;)
    if (s->unindexed[i] == doc) {
      memmove(s->unindexed + i, s->unindexed + i + 1,
              (--s->n_unindexed - i) * sizeof *s->unindexed);
      return SR_OK;
    }
  return fts_run(s, SQL_FTS_DELETE, doc, err);
}

/* The batch's documents into the full-text index in one statement, outside
** any savepoint: FTS5 writes out the terms it holds at every savepoint, and
** SQLite opens one for each statement that writes. */
static const char SQL_FTS_ADD_ALL[] =
    "INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text"
    " FROM documents WHERE rowid IN (SELECT value FROM json_each(?1))"
    " ORDER BY rowid";

static sr_status index_batch(sr_store *s, sr_error *err) {
  if (!s->n_unindexed) return SR_OK;
  char *ids = malloc(s->n_unindexed * 21 + 2), *p = ids;
  if (!ids) return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (size_t i = 0; i < s->n_unindexed; i++)
    p += sprintf(p, "%c%lld", i ? ',' : '[', (long long)s->unindexed[i]);
  strcpy(p, "]");
  sr_status rc = SR_OK;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_FTS_ADD_ALL, err);
  if (!st) rc = err->code;
  else {
    sqlite3_bind_text(st, 1, ids, -1, SQLITE_STATIC);
    rc = sr_store_done(s, st, err, "indexing the batch's texts");
    sqlite3_reset(st);
  }
  free(ids);
  s->n_unindexed = 0;
  return rc;
}

sr_status sr_store_flush(sr_store *s, sr_error *err) {
  if (!s->in_batch) return SR_OK;
  sr_store_idle(s);
  s->in_batch = 0;
  unsigned n = s->batched;
  s->batched = 0;
  if (sqlite3_get_autocommit(s->db)) { /* already ended */
    s->n_dirty = 0;
    s->n_unindexed = 0;
    sr_pending_clear(s);
    return SR_OK;
  }
  sr_status rc = sr_pending_file(s, err);
  if (rc == SR_OK) rc = sr_summary_settle(s, err);
  if (rc == SR_OK) rc = index_batch(s, err);
  s->n_unindexed = 0;
  sr_store_idle(s);
  if (rc != SR_OK) {
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sr_store_forget(s);
    return rc;
  }
  if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
    sr_error_set(err, SR_EIO, "committing a batch of %u documents: %s", n,
                 sqlite3_errmsg(s->db));
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sr_store_forget(s);
    return SR_EIO;
  }
  return SR_OK;
}

static const char SQL_DATA_VERSION[] = "PRAGMA data_version";

sr_status sr_store_begin(sr_store *s, sr_error *err) {
  sr_status rc = sr_store_exec(s, "BEGIN IMMEDIATE", err);
  if (rc != SR_OK) return rc;
  /* Read once the transaction holds its snapshot: a commit by another
  ** connection before it shows in the version. */
  sqlite3_stmt *st = sr_store_stmt(s, SQL_DATA_VERSION, err);
  if (!st || sqlite3_step(st) != SQLITE_ROW) {
    if (st) sr_store_fail(s, err, "reading the data version");
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sr_store_forget(s);
    s->data_version_known = 0;
    return err->code;
  }
  sqlite3_int64 v = sqlite3_column_int64(st, 0);
  sqlite3_reset(st);
  if (!s->data_version_known || v != s->data_version) sr_store_forget(s);
  s->data_version = v;
  s->data_version_known = 1;
  return SR_OK;
}

void sr_store_forget(sr_store *s) {
  sr_cluster_forget(s);
  if (!s->claims) return;
  for (size_t i = 0; i < SR_CLAIM_MEMO; i++) s->claims[i].event = 0;
}

void sr_store_close(sr_store *s) {
  if (!s) return;
  sr_error ignored;
  sr_store_flush(s, &ignored);
  for (size_t i = 0; i < s->cached; i++) sqlite3_finalize(s->cache[i].stmt);
  sqlite3_close(s->db);
  free(s->freed);
  free(s->pairs);
  sr_pending_clear(s);
  free(s->dirty);
  free(s->unindexed);
  free(s->claims);
  free(s->notes);
  free(s->cluster_memo);
  free(s->events);
  free(s);
}
