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
  char where[3072];
  size_t len;
  sr_bind binds[SR_SELECT_BINDS];
  int n_binds;
  int uses_documents; /* events only: a term reads d (documents) */
  const sr_store_query *query;
} sr_select;

/* Builds the WHERE clause (" WHERE 1 AND ...") of q over events e (joined
** with documents d when uses_documents) or clusters c.  A bad value is
** SR_EINVAL, the message naming the API parameter ("from: ..."). */
sr_status sr_select_build(sr_select *sel, sr_store_list_kind kind,
                          const sr_store_query *q, sr_error *err);

/* Prepares head + where + tail and binds the selection's values as ?1..?N;
** the tail's own parameters come after.  The caller finalizes. */
sr_status sr_select_prepare(sr_store *s, const char *head,
                            const sr_select *sel, const char *tail,
                            sqlite3_stmt **out, sr_error *err);

/* After a failed step: SR_EINVAL naming q for a malformed text query (the
** user's), else the I/O error. */
sr_status sr_select_step_error(sr_store *s, const sr_select *sel,
                               sr_error *err);

#endif
