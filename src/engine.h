/*
** The engine: every pack loaded, every template compiled, nothing mutable.
** Documents borrow from it; per-document state (ICU iterator clones, arenas)
** lives in sr_doc.
*/
#ifndef SR_ENGINE_H
#define SR_ENGINE_H

#include <unicode/ubrk.h>

#include "sitrep.h"
#include "mentions/knowledge.h"
#include "places/gazetteer.h"
#include "text/langid.h"
#include "text/segment.h"
#include "util/strmap.h"

#define SR_MAX_LANGUAGES 8

typedef struct sr_language sr_language;
struct sr_language {
  char code[8];    /* "fr" */
  char locale[48]; /* ICU locale for sentence breaks, "fr@ss=standard" */
  sr_strmap *abbreviations;
  sr_strmap *elisions;
  sr_segment_rules rules;
  UBreakIterator *sentence_template; /* cloned per document */
  UBreakIterator *word_template;
  sr_knowledge knowledge; /* dates, numbers, quantities */
};

struct sr_engine {
  char *pack_dir;
  sr_language languages[SR_MAX_LANGUAGES];
  size_t language_count; /* languages[0] is the fallback */
  sr_langid *langid;
  sr_gazetteer *gazetteer; /* one for every language */
};

const sr_language *sr_engine_language(const sr_engine *engine, const char *code,
                                      size_t len);

#endif
