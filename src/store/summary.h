/*
** What a cluster says: type, date, place and actors as the reports best
** agree, the documents and sources behind it, a UCDP-style low / best /
** high estimate for each kind of figure with every claim kept, the figures
** that contradict each other, and a one-line note.  The rules are in
** docs/store.md.
**
** Summaries are incremental: a report joining a cluster updates the
** cluster from what it brings (tallies in `votes`, one figure per kind in
** `figures`), with a few index look-ups, never a pass over the members:
** storing a document costs the same whatever the size of the clusters it
** joins.
*/
#ifndef SR_STORE_SUMMARY_H
#define SR_STORE_SUMMARY_H

#include "store.h"

/* A report (role member) that just joined the cluster: the cluster's row,
** tallies, estimates and figure contradictions updated from it.  narrow:
** the cluster's days (day_lo, day_hi) become their intersection with the
** report's (a newcomer's; not when a cluster is summarised again).  *size
** (may be NULL): the cluster's reports now, -1 when it has no row. */
sr_status sr_summary_add(sr_store *s, sqlite3_int64 cluster,
                         sqlite3_int64 event, int narrow,
                         sqlite3_int64 *size, sr_error *err);

/* The note (and its "Disputed") again, after a claim against the cluster
** (a denial, a failure) joined it. */
sr_status sr_summary_notes(sr_store *s, sqlite3_int64 cluster, sr_error *err);

/* Batches (sr_store_batch): the type, actors and note of a cluster follow
** from its tallies and contradictions alone, so they are set once per batch
** for each cluster the batch touched, however many reports joined it, by
** sr_summary_settle() before the batch commits.  Outside a batch (and
** during a migration) they are set at once. */
sr_status sr_summary_notes_later(sr_store *s, sqlite3_int64 cluster,
                                 sr_error *err);
sr_status sr_summary_settle(sr_store *s, sr_error *err);

/* Everything derived about the cluster recomputed by adding its reports
** again in their order (a database from before incremental summaries). */
sr_status sr_summary_rebuild(sr_store *s, sqlite3_int64 cluster,
                             sr_error *err);

/* Deletes the cluster's row, tallies, estimates and contradictions (not its
** events). */
sr_status sr_summary_drop(sr_store *s, sqlite3_int64 cluster, sr_error *err);

/* One report's figure of one kind, as the estimates read it. */
typedef struct sr_claim {
  double low;   /* what it says at least (its value when exact) */
  double point; /* its figure: value, else the middle of its range */
  double high;  /* what it says at most; INFINITY: "at least", "more than" */
  int word;     /* a floor alone, no figure: "dozens" (24 or more) */
} sr_claim;

/* value/low/high as the contract gives them (NAN: absent) and the
** qualifier ("more_than", ...); 0 when the report gives no number.  The
** point always lies within [low, high]: "plus de 50 000" is low 50001,
** point 50001, high unbounded, never a point below its own low.  A lower
** bound alone, with no value and no upper bound, is a word's floor
** ("dozens", "des dizaines", "hundreds": the extractor gives twice the
** unit and no value): open above, and a word, not a count (word set). */
int sr_claim_read(double value, double low, double high,
                  const char *qualifier, sr_claim *c);

/* Two claims of one kind that cannot both be true: the one's least is more
** than SR_CONTRADICTION_FACTOR times the other's most. */
#define SR_CONTRADICTION_FACTOR 1.5
int sr_claims_contradict(const sr_claim *a, const sr_claim *b);

/* UCDP's low / best / high over n claims (n > 0): low = the lowest any
** report allows, high = the highest any report gives (a bound it leaves
** open counts as its figure), best = the median of the points (the lower
** middle one for an even count), moved into [low, high].  Words
** ("dozens") count for low and best only when no claim gives a figure:
** beside counts they say nothing the counts do not, and their floor is
** nobody's count; they still reach high.  Sorts the claims by point. */
void sr_claims_estimate(sr_claim *claims, size_t n, double *low,
                        double *best, double *high);

#endif
