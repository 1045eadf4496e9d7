/*
** sitrep pool: many documents on several threads over one engine, results
** in the order the documents were given.
**
** One thread (the caller's) reads documents, submits them and takes the
** results; the pool's threads analyse them (sr_doc_process, then
** sr_doc_to_json) in between.  At most `window` documents are in the pool
** at once, so memory stays bounded however long the input:
**
**   while (more documents) {
**     while (sr_pool_full(pool) && sr_pool_next(pool, &r)) use(&r), sr_pool_release(pool, &r);
**     sr_pool_submit(pool, &input, tag, &err);
**   }
**   while (sr_pool_next(pool, &r)) use(&r), sr_pool_release(pool, &r);
**
** With one thread the caller's thread does the work inside sr_pool_submit,
** with no other thread started: the same results as with N, in the same
** order, byte for byte.
*/
#ifndef SITREP_POOL_H
#define SITREP_POOL_H

#include "sitrep.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sr_pool sr_pool;

typedef struct sr_pool_options {
  unsigned threads;    /* 0: one per online core; 1: in the caller's thread */
  unsigned json_flags; /* SR_JSON_*, as for sr_doc_to_json; with
                          SR_JSON_MARSHAL, sr_doc_to_marshal's bytes */
  size_t window;       /* documents in the pool at most; 0: 4 per thread */
  /* Optional: instead of writing each document's JSON, the analysing
  ** thread calls prepare, whose value is handed back as the result's
  ** `prepared` (json is then NULL) and given to `discard` on release
  ** (sitrep ingest makes the store's record there: sr_store_doc_of).
  ** Called on several threads at once: it must touch nothing shared. */
  void *(*prepare)(void *ctx, const sr_doc *doc, const sr_doc_input *input);
  void (*discard)(void *prepared);
  void *ctx;
} sr_pool_options;

/* One result, valid until sr_pool_release. */
typedef struct sr_pool_result {
  size_t seq;                /* its place in the input, from 0 */
  void *tag;                 /* as given to sr_pool_submit */
  const sr_doc_input *input; /* the pool's copy (NUL-terminated strings);
                                NULL for a marker */
  sr_status status;          /* SR_OK, or why the document was refused */
  sr_error error;            /* when status != SR_OK */
  const sr_doc *doc;         /* the analysed document (its sr_doc_error*s) */
  const char *json;          /* sr_doc_to_json's object (or marshal
                                bytes); NULL when the document failed or
                                memory ran out */
  size_t json_len;           /* its length in bytes */
  void *prepared;            /* options.prepare's value, or NULL */
} sr_pool_result;

/* The number of online cores (1 when unknown). */
unsigned sr_cpu_count(void);

sr_status sr_pool_open(const sr_engine *engine, const sr_pool_options *options,
                       sr_pool **out, sr_error *err);

/* Queues a copy of input, tagged.  input == NULL queues a marker: it does no
** work and comes out in its place (a problem found while reading, say).
** Refused with SR_EINVAL when the pool is full: take a result first. */
sr_status sr_pool_submit(sr_pool *pool, const sr_doc_input *input, void *tag,
                         sr_error *err);

/* 1 when the window is full: sr_pool_next must come before the next submit. */
int sr_pool_full(const sr_pool *pool);

/* Documents and markers submitted and not yet released. */
size_t sr_pool_pending(const sr_pool *pool);

/* Waits for the oldest result not yet taken; 0 when none is pending. */
int sr_pool_next(sr_pool *pool, sr_pool_result *out);

/* Frees a result taken by sr_pool_next, making room for the next document. */
void sr_pool_release(sr_pool *pool, sr_pool_result *result);

/* Waits for the threads to finish the documents queued, then frees
** everything, results not taken included. */
void sr_pool_close(sr_pool *pool);

#ifdef __cplusplus
}
#endif
#endif /* SITREP_POOL_H */
