/*
** The v1 JSON object of a document, with the tree it was written from: for
** the store (sr_store_doc_of), which would otherwise parse the text again.
*/
#ifndef SR_OUTPUT_JSON_H
#define SR_OUTPUT_JSON_H

#include <jansson.h>

#include "../store/ingest.h"
#include "sitrep.h"

/* sr_doc_to_json's compact text (flags as there, SR_JSON_PRETTY ignored),
** and in *tree the object it wrote, as json_loadb of that text would give
** it back, but for the reals outside "events": those of the events are
** rounded to the digits written, the mentions' are left as computed (the
** store reads a mention's JSON as written, not its reals).  The mentions
** (SR_JSON_MENTIONS) are not in the tree: their rows for the store are in
** *layout (sr_store_layout_free), with the spans of the text the store
** would otherwise look for.  NULL when memory ran out (*tree NULL too,
** *layout empty). */
char *sr_doc_to_json_tree(const sr_doc *doc, unsigned flags, json_t **tree,
                          sr_store_layout *layout);

#endif
