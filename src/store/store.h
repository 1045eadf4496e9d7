/*
** The store's insides, shared by its modules: the connection, a cache of
** prepared statements (a document's ingest runs the same few dozen
** statements, and preparing them each time would cost more than running
** them), and small helpers that turn SQLite errors into sr_error.
*/
#ifndef SR_STORE_H
#define SR_STORE_H

#include <sqlite3.h>

#include "sitrep_store.h"

#define SR_STORE_CACHE 128

/* A line of compatible.tsv (list 0), opposed.tsv (list 1),
** same_action.tsv (list 2: a and b the type), unnamed.tsv (list 3: a and b
** the name), toll.tsv (list 4), no_aircraft.tsv (list 5: the air action,
** the ground action), joint.tsv (list 6: the action, and the two inter
** codes as "1 8") or armed_sides.tsv (list 7: a and b the action). */
typedef struct sr_store_pair {
  char a[64], b[64];
  int list;
} sr_store_pair;

struct sr_store {
  sqlite3 *db;
  int read_only;
  struct {
    const char *sql; /* compared by address: callers pass static strings */
    sqlite3_stmt *stmt;
  } cache[SR_STORE_CACHE];
  size_t cached;
  /* cache's index + 1 by the SQL's address (open addressing; 0: free):
  ** a statement is found in a probe or two, not a scan of the cache */
  unsigned char cache_at[2 * SR_STORE_CACHE];
  /* Numbers of clusters a replaced document's removal dissolved for good,
  ** smallest first, for the clusters its new version founds: replacing a
  ** document by the same text keeps event_id_cnty stable.  Emptied at the
  ** start of each document. */
  sqlite3_int64 *freed;
  size_t n_freed, cap_freed;
  long long export_skipped; /* undated clusters the last ACLED CSV left out */
  sr_store_pair *pairs;     /* the packs/store/ pairs, read once */
  size_t n_pairs, cap_pairs;
  int pairs_loaded;
  unsigned batch;   /* documents per transaction (sr_store_batch); <= 1: one */
  unsigned batched; /* documents in the open batch */
  int in_batch;     /* a batch's transaction is open */
  /* The batch's documents stored and not yet clustered (pending.h). */
  struct sr_pending_doc *pending;
  size_t n_pending, cap_pending;
  sqlite3_int64 *dirty; /* clusters whose note the batch must set again */
  size_t n_dirty, cap_dirty;
  /* Documents the open batch added, for the full-text index at its
  ** commit (sr_store_index_text). */
  sqlite3_int64 *unindexed;
  size_t n_unindexed, cap_unindexed;
  /* The claim texts of recent events (cluster.c), at rowid modulo
  ** SR_CLAIM_MEMO: an event outside a cluster's consensus is quoted again
  ** by every report that contradicts it.  Forgotten whenever rows may go
  ** and their rowids be given again (a removal, a rollback): sr_store_forget. */
  struct sr_claim_memo *claims;
  /* The clustering fields of the batch's events (cluster.c), valid while
  ** their generation is memo_generation: forgotten with the claims, and
  ** at each transaction's start (another writer may have come between). */
  struct sr_event_memo *events;
  unsigned memo_generation;
  /* The sources part of recent clusters' notes (summary.c), valid with
  ** the events' memo: a note lists its first reports, and a report joins
  ** at the end of the list (else the cluster's entry is forgotten). */
  struct sr_note_memo *notes;
  /* Candidate clusters' days and perpetrators (cluster.c), valid with the
  ** events' memo. */
  struct sr_cluster_memo *cluster_memo;
  /* PRAGMA data_version when the memos were last known good: it moves
  ** when another connection commits, not when this one does, so the memos
  ** outlive this writer's transactions (sr_store_begin). */
  sqlite3_int64 data_version;
  int data_version_known;
};

#define SR_CLAIM_MEMO 4096 /* 4 MB, allocated by a writer only */
struct sr_claim_memo {
  sqlite3_int64 event; /* 0: empty */
  char text[1024];
};

/* Forgets what the memos keep of rows (claim texts, events' fields):
** rows went, or may come back under their rowids. */
void sr_store_forget(sr_store *s);

/* Opens a write transaction (BEGIN IMMEDIATE).  The memos are forgotten
** only when another connection has committed since this one last looked:
** the rows this writer knew are otherwise as it left them. */
sr_status sr_store_begin(sr_store *s, sr_error *err);

/* The prepared statement for sql (a string literal), reset and unbound;
** NULL with err filled when SQLite refuses it. */
sqlite3_stmt *sr_store_stmt(sr_store *s, const char *sql, sr_error *err);

/* Runs SQL that returns no rows (one or more statements). */
sr_status sr_store_exec(sr_store *s, const char *sql, sr_error *err);

/* Fills err with SQLite's last message, prefixed by what was being done. */
sr_status sr_store_fail(sr_store *s, sr_error *err, const char *what);

/* Steps a statement that returns no rows; SR_OK or the error. */
sr_status sr_store_done(sr_store *s, sqlite3_stmt *st, sr_error *err,
                        const char *what);

/* The full-text index (documents_fts) of a document just added: at once
** outside batches, else at the batch's commit (sr_store_flush). */
sr_status sr_store_index_text(sr_store *s, sqlite3_int64 doc, sr_error *err);

/* A document about to be removed leaves the full-text index (or the
** batch's list of documents to index). */
sr_status sr_store_unindex_text(sr_store *s, sqlite3_int64 doc, sr_error *err);

/* Appends id to a growing array (*n of *cap used). */
sr_status sr_store_push_id(sqlite3_int64 **ids, size_t *n, size_t *cap,
                           sqlite3_int64 id, sr_error *err);

/* Runs sql (no rows) with ?1 bound to key; `what` names it in an error. */
sr_status sr_store_run(sr_store *s, const char *sql, sqlite3_int64 key,
                       sr_error *err, const char *what);

/* Runs sql with ?1 bound to key and collects the first column of its rows
** into a malloc'ed array (*ids NULL when there are none). */
sr_status sr_store_ids(sr_store *s, const char *sql, sqlite3_int64 key,
                       sqlite3_int64 **ids, size_t *count, sr_error *err);

/* Binds a string of explicit length, or NULL when s is NULL. */
int sr_store_bind_text(sqlite3_stmt *st, int i, const char *s);
/* The same, for a string that outlives the statement's step (SQLITE_STATIC:
** not copied).  Only where the step follows at once and the string is not
** freed or changed before it: a document's fields, alive in its tree. */
int sr_store_bind_static(sqlite3_stmt *st, int i, const char *s);

/* A column as a C string, "" for NULL: for callers that print it. */
const char *sr_store_col(sqlite3_stmt *st, int i);

/* The same copied into dst (cut at cap): the statement may be reused. */
void sr_store_copy_col(sqlite3_stmt *st, int i, char *dst, size_t cap);

#endif
