/*
** A selection of events or clusters as SQL: the WHERE clause of a
** sr_store_query, built from fixed fragments for the filters that are set
** (so that SQLite can use the index of the one that is), every value bound
** as a parameter.  Shared by the API's pages and by the exports.
*/
#ifndef SR_STORE_SELECT_H
#define SR_STORE_SELECT_H

#include "store.h"

typedef struct sr_bind {
  int is_real;
  const char *text; /* NULL with is_real 0: an integer */
  double real;
  sqlite3_int64 integer;
} sr_bind;

#define SR_SELECT_BINDS 32

typedef struct sr_select {
  char where[3072];    /* SQLite may read a filter's list of rows first */
  char in_order[3072]; /* the same, read in the index order of a page */
  size_t len;
  sr_bind binds[SR_SELECT_BINDS];
  int n_binds;
  const sr_store_query *query;
} sr_select;

/* Builds the WHERE clause (" WHERE 1 AND ...") of q over events e or
** clusters c (no term reads another table's columns).  A bad value (a date
** that is not one, a type ACLED does not have, a box upside down) is
** SR_EINVAL, the message naming the API parameter ("from: ..."). */
sr_status sr_select_build(sr_store *s, sr_select *sel, sr_store_list_kind kind,
                          const sr_store_query *q, sr_error *err);

/* Prepares head + where (in_order: the in-order clause) + tail and binds
** the selection's values as ?1..?N; the tail's own parameters come after.
** The caller finalizes.
**
** Why two clauses: a filter by actor, source or text is a list of rows,
** and SQLite likes to read such a list first.  For a total, or a small
** selection, that is right; for a page of a large one it reads and sorts
** every row of the list (a third of the corpus for a common actor) to keep
** fifty, where walking the date index until fifty match reads a few
** hundred. */
sr_status sr_select_prepare(sr_store *s, const char *head,
                            const sr_select *sel, int in_order,
                            const char *tail, sqlite3_stmt **out,
                            sr_error *err);

/* After a failed step: SR_EINVAL naming q for a malformed text query (the
** user's), else the I/O error. */
sr_status sr_select_step_error(sr_store *s, const sr_select *sel,
                               sr_error *err);

#endif
