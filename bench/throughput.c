/*
** The library's own speed: documents are read into memory first, then only
** sr_doc_process (segmentation and every recogniser) is timed, the way the
** peers are timed inside their loop.  Prints "docs bytes seconds".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sitrep.h"

typedef struct corpus {
  sr_doc_input *docs;
  char **texts;
  size_t count, cap, bytes;
} corpus;

static char *copy(sr_str s) {
  if (!s.ptr) return NULL;
  char *p = malloc(s.len + 1);
  memcpy(p, s.ptr, s.len);
  p[s.len] = '\0';
  return p;
}

static int keep(void *ctx, const sr_doc_input *in, const sr_where *where) {
  (void)where;
  corpus *c = ctx;
  if (c->count == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 1024;
    c->docs = realloc(c->docs, c->cap * sizeof *c->docs);
  }
  sr_doc_input d = {0};
  d.id = (sr_str){copy(in->id), in->id.len};
  d.text = (sr_str){copy(in->text), in->text.len};
  d.published = (sr_str){copy(in->published), in->published.len};
  d.lang = (sr_str){copy(in->lang), in->lang.len};
  c->docs[c->count++] = d;
  c->bytes += in->text.len;
  return 0;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: throughput PACK_DIR FILE.jsonl\n");
    return 2;
  }
  sr_keep_freed_memory(); /* as the CLI does */
  sr_engine *engine;
  sr_error err;
  double t0 = now();
  if (sr_engine_open(argv[1], &engine, &err) != SR_OK) {
    fprintf(stderr, "throughput: %s\n", err.message);
    return 1;
  }
  double startup = now() - t0;
  corpus c = {0};
  sr_reader_sink sink = {keep, NULL, &c};
  sr_read_path(argv[2], NULL, &sink);
  double best = 1e9;
  for (int run = 0; run < 3; run++) {
    double t = now();
    for (size_t i = 0; i < c.count; i++) {
      sr_doc *doc;
      if (sr_doc_process(engine, &c.docs[i], &doc, &err) == SR_OK) sr_doc_free(doc);
    }
    t = now() - t;
    if (t < best) best = t;
  }
  printf("%zu %zu %.6f %.6f\n", c.count, c.bytes, best, startup);
  for (size_t i = 0; i < c.count; i++) {
    free((char *)c.docs[i].id.ptr);
    free((char *)c.docs[i].text.ptr);
    free((char *)c.docs[i].published.ptr);
    free((char *)c.docs[i].lang.ptr);
  }
  free(c.docs);
  sr_engine_close(engine);
  return 0;
}
