/*
** Corroboration: reports of one real-world event, from different documents,
** gathered in a cluster.  Clustering is incremental: an event is compared
** only with the events whose box (dates x latitude x longitude, an R*Tree)
** overlaps its own, so that ingesting one document touches the few clusters
** near it in time and space, never the whole database.  The rules are in
** docs/store.md.
*/
#ifndef SR_STORE_CLUSTER_H
#define SR_STORE_CLUSTER_H

#include "store.h"

/* Files one stored event: joins the best compatible cluster, founds one
** (numbered preferred when that id is free, so that a cluster re-formed
** after a document is replaced keeps its number), or, for a planned event
** or a denial that matches nothing, stays out of every cluster. */
sr_status sr_cluster_assign(sr_store *s, sqlite3_int64 event,
                            sqlite3_int64 preferred, sr_error *err);

/* sr_cluster_assign for the events of a document just stored, in order:
** before[0..n_before) are its events already filed (every one of the
** document's other events in the store, in rowid order), so that its own
** reports come from the events' memo rather than the table. */
sr_status sr_cluster_assign_new(sr_store *s, sqlite3_int64 event,
                                const sqlite3_int64 *before, size_t n_before,
                                sr_error *err);

/* A stored event's clustering fields, as write_event bound them: into the
** events' memo, so that filing it reads no row (sr_cluster_memo_new). */
typedef struct sr_new_event {
  sqlite3_int64 rowid, doc;
  const char *status, *type, *action, *iso2, *admin1; /* NULL: none */
  int dated, located, has_gp;
  long lo, hi;
  double lat, lon, gp;
  int counted; /* its fatalities are a count some figure gives (not "dozens") */
  double fatalities;
} sr_new_event;

/* The event's row into the events' memo as SQL_EVENT would read it back;
** nothing when a field would not read back as given. */
void sr_cluster_memo_new(sr_store *s, const sr_new_event *n);

/* Re-files the remaining events of clusters that lost members (their
** document was replaced or removed): a cluster may have been held together
** by the event that went. */
sr_status sr_cluster_refile(sr_store *s, const sqlite3_int64 *clusters,
                            size_t count, sr_error *err);

/* Records that event b (of a cluster) says against event a: kind "denial",
** "failure", "opposed" or "figures", each claim told as "<status> <action>,
** according to <source> (<outlet>): <sentence>" after its prefix. */
sr_status sr_cluster_contradiction(sr_store *s, sqlite3_int64 cluster,
                                   sqlite3_int64 a, sqlite3_int64 b,
                                   const char *kind, const char *prefix_a,
                                   const char *prefix_b, sr_error *err);

/* Forgets the events' fields kept for clustering (sr_store_forget). */
void sr_cluster_forget(sr_store *s);

/* The clusters' memo (what newcomers ask of a candidate cluster) told of
** a change the summary made: the cluster dropped or summarised again; its
** days narrowed to lo-hi; a report naming name (inter: -1 for none) as
** perpetrator tallied. */
void sr_cluster_memo_drop(sr_store *s, sqlite3_int64 cluster);
void sr_cluster_memo_days(sr_store *s, sqlite3_int64 cluster, long lo,
                          long hi);
void sr_cluster_memo_actor(sr_store *s, sqlite3_int64 cluster,
                           const char *name, int inter);

/* Forgets what the memos keep of these events only (their rows changed, or
** went and their rowids may come back). */
void sr_cluster_forget_events(sr_store *s, const sqlite3_int64 *ids,
                              size_t n);

#endif
