#include "batch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EXIT_USAGE = 2 };

/* What a result needs to be reported: where it came from, and for a
** problem met while reading, its message.  One block per item. */
typedef struct origin {
  size_t line, offset;
  const char *message; /* a marker's; NULL for a document */
  char input[];        /* the input's name, then the message */
} origin;

typedef struct batch_run {
  const sr_cli_batch *b;
  sr_pool *pool;
} batch_run;

static void deliver(batch_run *run, sr_pool_result *r) {
  const sr_cli_batch *b = run->b;
  origin *o = r->tag;
  sr_where where = {o ? o->input : "?", o ? o->line : 0, o ? o->offset : 0};
  if (!r->input) {
    if (o && o->message) b->problem(b->ctx, &where, o->message);
  } else if (r->status != SR_OK) {
    b->problem(b->ctx, &where, r->error.message);
  } else {
    b->document(b->ctx, r, &where);
  }
  free(o);
  sr_pool_release(run->pool, r);
}

/* Hands back results until there is room for one more item. */
static void make_room(batch_run *run) {
  sr_pool_result r;
  while (sr_pool_full(run->pool) && sr_pool_next(run->pool, &r))
    deliver(run, &r);
}

static origin *origin_new(const sr_where *where, const char *message) {
  size_t nl = strlen(where->input) + 1, ml = message ? strlen(message) + 1 : 0;
  origin *o = malloc(sizeof *o + nl + ml);
  if (!o) return NULL;
  o->line = where->line;
  o->offset = where->offset;
  memcpy(o->input, where->input, nl);
  o->message = NULL;
  if (message) o->message = memcpy(o->input + nl, message, ml);
  return o;
}

static void submit(batch_run *run, const sr_doc_input *input,
                   const sr_where *where, const char *message) {
  make_room(run);
  origin *o = origin_new(where, message);
  sr_error err = {SR_OK, ""};
  if (!o || sr_pool_submit(run->pool, input, o, &err) != SR_OK) {
    free(o);
    run->b->problem(run->b->ctx, where,
                    input ? "out of memory: document skipped" : message);
  }
}

static int on_document(void *ctx, const sr_doc_input *input,
                       const sr_where *where) {
  submit(ctx, input, where, NULL);
  return 0;
}

static void on_problem(void *ctx, const sr_where *where, const char *message) {
  submit(ctx, NULL, where, message);
}

int sr_cli_batch_run(const sr_cli_batch *b, char *const *inputs, int count) {
  sr_pool_options opts = {b->threads, b->json_flags, 0,
                          b->prepare, b->discard, b->ctx};
  batch_run run = {b, NULL};
  sr_error err = {SR_OK, ""};
  if (sr_pool_open(b->engine, &opts, &run.pool, &err) != SR_OK) {
    fprintf(stderr, "sitrep: %s\n", err.message);
    return EXIT_USAGE;
  }
  sr_reader_sink sink = {on_document, on_problem, &run};
  for (int i = 0; i < count; i++) {
    if (strcmp(inputs[i], "-") == 0)
      sr_read_jsonl_stream(stdin, "<stdin>", b->reader, &sink);
    else
      sr_read_path(inputs[i], b->reader, &sink);
  }
  sr_pool_result r;
  while (sr_pool_next(run.pool, &r)) deliver(&run, &r);
  sr_pool_close(run.pool);
  return 0;
}

int sr_cli_parse_jobs(const char *arg) {
  char *end;
  long n = strtol(arg, &end, 10);
  if (end == arg || *end || n < 0 || n > 1024) return -1;
  return (int)n;
}
