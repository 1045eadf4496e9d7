/*
** A document for the store from JSON already parsed: the serialiser
** (src/output/store_doc.c, sr_store_doc_of) hands over the text it wrote
** and the tree it wrote it from, so that nothing is parsed back.
*/
#ifndef SR_STORE_INGEST_H
#define SR_STORE_INGEST_H

#include <jansson.h>

#include "sitrep_store.h"

/* A mention as the serialiser wrote it: its row of the mentions table,
** without reading it back from a tree (a document has dozens). */
typedef struct sr_store_mention {
  const char *type; /* a static name */
  long long start, end;
  int has_text;             /* else the text was not UTF-8: NULL */
  size_t text_at;           /* in texts, NUL-terminated */
  size_t json_at, json_len; /* its object in the document's JSON */
} sr_store_mention;

/* What the serialiser knows of the JSON it wrote, so that the store need
** not find it again: the mentions' rows, each event's object, the
** object without its mentions and events (as the documents table keeps
** it). */
typedef struct sr_store_layout {
  sr_store_mention *rows;
  size_t count;
  char *texts;
  size_t *event_at, *event_len, n_events; /* spans of the JSON */
  char *kept;
} sr_store_layout;

void sr_store_layout_free(sr_store_layout *m);

/* Takes json (malloc'ed, NUL-terminated), tree (one reference), which
** must say the same (the reals as json_loadb of the text gives them) but
** for the mentions, which it leaves out, and the layout; makes the
** document of sr_store_doc_read; all freed when refused. */
sr_status sr_store_doc_adopt(char *json, json_t *tree,
                             sr_store_layout *layout, const char *text,
                             size_t text_len, sr_store_doc **out,
                             sr_error *err);

#endif
