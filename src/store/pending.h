/*
** The documents of an open batch wait to be clustered until the batch
** commits, then are filed in an order of their own, not the order they
** came in: by publication date, then id.  Clustering is greedy (the
** first report founds a cluster, the next join the nearest), so the order
** decides which reports found clusters; filed in this order, a batch's
** documents make the same clusters whatever order they arrived in (a
** reversed FA-KES dev gave other clusters: pairwise recall 0.50 against
** 0.45).  Outside a batch a document is filed at once.  Rules in
** docs/store.md.
*/
#ifndef SR_STORE_PENDING_H
#define SR_STORE_PENDING_H

#include "store.h"

/* The document docrow (id, published: NULL when none) with its events
** rows[0..n), stored and not yet filed, kept until sr_pending_file. */
sr_status sr_pending_add(sr_store *s, sqlite3_int64 docrow, const char *id,
                         const char *published, const sqlite3_int64 *rows,
                         size_t n, sr_error *err);

/* Forgets the document docrow if it waits (it is being removed). */
void sr_pending_drop(sr_store *s, sqlite3_int64 docrow);

/* Files every waiting document's events, documents in order (published,
** absent last, then id), each document's events in their order. */
sr_status sr_pending_file(sr_store *s, sr_error *err);

/* Forgets them all (the batch was lost) and frees the queue. */
void sr_pending_clear(sr_store *s);

#endif
