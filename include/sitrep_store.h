/*
** sitrep store: a corpus of analysed documents in one SQLite file.
**
**   1. sr_store_open() opens (or creates, then migrates) the database, in WAL
**      mode so that readers (a server, `sitrep export`) run while it ingests.
**   2. sr_store_ingest() takes the v1 JSON object of one document (what
**      sr_doc_to_json produces, docs/schema.md) and stores the document, its
**      mentions and its events in one transaction, then files each event in
**      the cluster of reports of the same real-world event.  A document with
**      the same id, or the same text from the same source, replaces the one
**      stored; an identical one changes nothing.
**   3. sr_store_export(), sr_store_stats() and sr_store_search() read it;
**      sr_store_list(), sr_store_cluster() and sr_store_document() answer
**      the server's API (docs/api.md) with pages of JSON.
**
** The schema and the clustering rules are documented in docs/store.md.
*/
#ifndef SITREP_STORE_H
#define SITREP_STORE_H

#include <stdio.h>

#include "sitrep.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sr_store sr_store;

typedef struct sr_store_options {
  /* Directory of the store's tables (countries.tsv, disorder.tsv, ...);
  ** NULL for the packs/store of the build. */
  const char *tables_dir;
  /* Non-zero: fsync every commit (synchronous=FULL), so that even a power
  ** cut keeps every committed document.  Otherwise a process crash loses
  ** nothing committed, a power cut at most the last few. */
  int durable;
  /* Non-zero: open an existing database for reading only. */
  int read_only;
} sr_store_options;

/* For a program that stores many documents: turns off SQLite's count of
** the memory it holds (its SQLITE_CONFIG_MEMSTATUS), which takes a
** process-wide lock around every allocation SQLite makes (a tenth of the
** store's work went to that lock and the count).  It changes SQLite for
** the whole process, so the library never calls it: the program does,
** once, before it opens a store (the sitrep CLI does).  Afterwards
** sqlite3_memory_used() and a soft heap limit no longer work.  Returns
** non-zero when SQLite was already in use (nothing changed). */
int sr_store_quiet_memory(void);

sr_status sr_store_open(const char *path, const sr_store_options *options,
                        sr_store **out, sr_error *err);
void sr_store_close(sr_store *store);

/* Ends the reads the store's cached statements may still hold.  A
** statement left on a row keeps its connection's snapshot open: that
** connection would not see later commits, and the WAL could not be
** checkpointed past it (it grows without end).  The readers below leave
** statements so; a program that keeps a store open between requests (a
** server) calls this after each.  Ingest does it by itself. */
void sr_store_idle(sr_store *store);

typedef enum sr_store_outcome {
  SR_STORE_ADDED = 1,  /* a new document */
  SR_STORE_REPLACED,   /* a stored one (same id, or same text and source) */
  SR_STORE_UNCHANGED   /* the same document again: nothing written */
} sr_store_outcome;

/* Stores one document: json is its v1 object (len bytes, no NUL needed);
** text (may be NULL) is its text, kept for full-text search.  An object
** that breaks the contract is refused with SR_EPARSE and a message naming
** the field ("events[2].date.value: not a string"); nothing is written. */
sr_status sr_store_ingest(sr_store *store, const char *json, size_t len,
                          const char *text, size_t text_len,
                          sr_store_outcome *outcome, sr_error *err);

/* The same in two steps, so that the reading can run on other threads
** than the writing: sr_store_doc_read() parses and checks the object (and
** copies json and text) without a store, on any thread; sr_store_ingest_doc()
** writes it (the store's own thread), as sr_store_ingest() would.  A
** document read once may be ingested once; free it either way. */
typedef struct sr_store_doc sr_store_doc;
sr_status sr_store_doc_read(const char *json, size_t len, const char *text,
                            size_t text_len, sr_store_doc **out,
                            sr_error *err);
/* The same from an analysed document (sr_doc_process): its v1 object with
** mentions, as sr_doc_to_json(doc, SR_JSON_MENTIONS) writes it, without
** writing it out and parsing it back. */
sr_status sr_store_doc_of(const sr_doc *analysed, const char *text,
                          size_t text_len, sr_store_doc **out, sr_error *err);
sr_status sr_store_ingest_doc(sr_store *store, const sr_store_doc *doc,
                              sr_store_outcome *outcome, sr_error *err);
void sr_store_doc_free(sr_store_doc *doc);

/* Batches of documents: from now on, up to `documents` documents share one
** transaction (each in a savepoint of its own, so that a document refused
** is rolled back alone and the others of its batch are kept).  A batch is
** committed when it is full, by sr_store_flush() and by sr_store_close().
** 0 or 1: each document its own transaction (the default).  Committing
** once per batch writes each page the batch touches once, not once per
** document; a crash loses the documents of the open batch, which a re-run
** stores again.  Leaving batches (documents <= 1) commits the open one. */
void sr_store_batch(sr_store *store, unsigned documents);

/* Commits the open batch, if any; SR_EIO with SQLite's message when the
** commit fails (the batch's documents are then not stored). */
sr_status sr_store_flush(sr_store *store, sr_error *err);

typedef enum sr_export_format {
  SR_EXPORT_ACLED_CSV = 1, /* one row per cluster, ACLED's columns */
  SR_EXPORT_JSONL,         /* one object per cluster, members and claims */
  SR_EXPORT_GEOJSON        /* RFC 7946 FeatureCollection of clusters */
} sr_export_format;

/* Filters; NULL or 0 fields are unset.  Dates are YYYY-MM-DD and compare
** with the cluster's event_date. */
typedef struct sr_export_filter {
  const char *from, *to;
  const char *country; /* ISO2 code or country name */
  const char *event_type;
} sr_export_filter;

sr_status sr_store_export(sr_store *store, sr_export_format format,
                          const sr_export_filter *filter, FILE *out,
                          sr_error *err);

/* How many clusters the store's last ACLED CSV export left out: no report
** of them gives a date, neither in its text nor as its publication date,
** and ACLED's readers need one (JSON Lines and GeoJSON keep them, with a
** null date). */
long long sr_store_export_skipped(const sr_store *store);

/* A selection of events or clusters: what `sitrep serve`'s API and the
** exports filter on.  NULL / 0 fields are unset.  Every value is bound as an
** SQL parameter, never spliced into SQL text. */
typedef struct sr_store_query {
  const char *from, *to;          /* YYYY-MM-DD, inclusive */
  const char *event_type, *sub_event_type;
  const char *country;            /* ISO2 code or country name */
  const char *admin1;
  const char *actor;              /* an actor's name, in any role */
  const char *source;             /* an outlet, or a source a report cites */
  const char *text;               /* FTS5 query over the documents' texts */
  int has_bbox;                   /* non-zero: the box below is set */
  double west, south, east, north; /* degrees; west <= east */
  size_t limit, offset;           /* a page (limit 0: everything) */
} sr_store_query;

typedef enum sr_store_list_kind {
  SR_LIST_EVENTS = 1, /* every stored event, one report each */
  SR_LIST_CLUSTERS    /* real-world events: reports of one event clustered */
} sr_store_list_kind;

/* One page of events or clusters, newest first, as one JSON object:
** {"total": N, "limit": L, "offset": O, "events"|"clusters": [...]}.  A bad
** value (a date that is not a date, a malformed text query) is SR_EINVAL
** with a message naming the field. */
sr_status sr_store_list(sr_store *store, sr_store_list_kind kind,
                        const sr_store_query *query, FILE *out, sr_error *err);

/* A cluster with every member report (its outlet, cited source, figures,
** date and place), its estimates and its contradictions; *found 0 (and
** nothing written) when there is no such cluster. */
sr_status sr_store_cluster(sr_store *store, long long id, FILE *out,
                           int *found, sr_error *err);

/* A document with its text and each event's evidence spans, labelled with
** what they are (trigger, place, figure, actor, date, source) and the rule
** that found them; *found 0 when there is no such document. */
sr_status sr_store_document(sr_store *store, const char *id, FILE *out,
                            int *found, sr_error *err);

/* The exports of a selection (its limit and offset are ignored). */
sr_status sr_store_export_query(sr_store *store, sr_export_format format,
                                const sr_store_query *query, FILE *out,
                                sr_error *err);

/* Counts by event type, country, month and source, as JSON. */
sr_status sr_store_stats(sr_store *store, FILE *out, sr_error *err);

/* Full-text search (FTS5 syntax) over titles and texts: one JSON object a
** line, best match first, at most limit (0: 20). */
sr_status sr_store_search(sr_store *store, const char *query, size_t limit,
                          FILE *out, sr_error *err);

#ifdef __cplusplus
}
#endif
#endif /* SITREP_STORE_H */
