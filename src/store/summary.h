/*
** What a cluster says, recomputed from its members whenever they change:
** type, date, place and actors as the reports best agree, the documents
** and sources behind it, a UCDP-style low / best / high estimate for each
** kind of figure, and a one-line note.  The rules are in docs/store.md.
*/
#ifndef SR_STORE_SUMMARY_H
#define SR_STORE_SUMMARY_H

#include "store.h"

/* Recomputes the cluster's row and estimates; a cluster left without a
** report (only claims against it) is dissolved. */
sr_status sr_summary_refresh(sr_store *s, sqlite3_int64 cluster,
                             sr_error *err);

/* Deletes the cluster's row, estimates and contradictions (not its
** events). */
sr_status sr_summary_drop(sr_store *s, sqlite3_int64 cluster, sr_error *err);

#endif
