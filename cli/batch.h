/*
** Reading documents for extract and ingest: every input through one pool
** of threads, each document's result handed back in input order on the
** calling thread, problems found while reading kept in their place.
*/
#ifndef SR_CLI_BATCH_H
#define SR_CLI_BATCH_H

#include "sitrep.h"
#include "sitrep_pool.h"

typedef struct sr_cli_batch {
  const sr_engine *engine;
  unsigned threads;    /* -j: 0 for every core */
  unsigned json_flags;
  const sr_reader_options *reader;
  /* A document analysed (r->status == SR_OK), in input order. */
  void (*document)(void *ctx, const sr_pool_result *r, const sr_where *where);
  /* A problem: bad input met while reading, or a document refused. */
  void (*problem)(void *ctx, const sr_where *where, const char *message);
  void *ctx;
  /* Optional: the pool's prepare and discard (sitrep_pool.h), with ctx. */
  void *(*prepare)(void *ctx, const sr_doc *doc, const sr_doc_input *input);
  void (*discard)(void *prepared);
} sr_cli_batch;

/* Reads each input (a path, or "-" for JSON Lines on stdin).  0 when the
** pool could start (problems go through b->problem), else an exit status. */
int sr_cli_batch_run(const sr_cli_batch *b, char *const *inputs, int count);

/* Parses -j's argument: a count of threads, 0 for every core; -1 if bad. */
int sr_cli_parse_jobs(const char *arg);

#endif
