/*
** A document for the store from JSON already parsed: the serialiser
** (src/output/store_doc.c, sr_store_doc_of) hands over the text it wrote
** and the tree it wrote it from, so that nothing is parsed back.
*/
#ifndef SR_STORE_INGEST_H
#define SR_STORE_INGEST_H

#include <jansson.h>

#include "sitrep_store.h"

/* Takes json (malloc'ed, NUL-terminated) and tree (one reference), which
** must say the same (the reals as json_loadb of the text gives them), and
** makes the document of sr_store_doc_read; both freed when refused. */
sr_status sr_store_doc_adopt(char *json, json_t *tree, const char *text,
                             size_t text_len, sr_store_doc **out,
                             sr_error *err);

#endif
