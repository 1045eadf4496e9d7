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
**   3. sr_store_export(), sr_store_stats() and sr_store_search() read it.
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

sr_status sr_store_open(const char *path, const sr_store_options *options,
                        sr_store **out, sr_error *err);
void sr_store_close(sr_store *store);

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
