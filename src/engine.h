/*
** The engine: every pack loaded, every template compiled, nothing mutable.
** Documents borrow from it; per-document state (ICU iterator clones, arenas)
** lives in sr_doc.
*/
#ifndef SR_ENGINE_H
#define SR_ENGINE_H

#include <unicode/ubrk.h>

#include "sitrep.h"
#include "acled/acled.h"
#include "actors/pack.h"
#include "attribution/pack.h"
#include "events/pack.h"
#include "mentions/pack.h"
#include "places/gazetteer.h"
#include "places/pack.h"
#include "tables/table.h"
#include "text/langid.h"
#include "text/segment.h"
#include "util/strmap.h"

#define SR_MAX_LANGUAGES 8

typedef struct sr_language sr_language;
struct sr_language {
  char code[8];    /* "fr" */
  char locale[48]; /* ICU locale for sentence breaks, "fr@ss=standard" */
  char stemmer[32]; /* Snowball algorithm, "french"; "" for none */
  sr_strmap *abbreviations;
  sr_strmap *elisions;
  sr_strmap *function_words; /* "the", "of"; "le", "des": a short text's language */
  sr_segment_rules rules;
  UBreakIterator *sentence_template; /* cloned per document */
  UBreakIterator *word_template;
  /* What each stage knows of the language, in pipeline order; every table
  ** of them has its id in one first-token index. */
  sr_first_tokens *first_tokens;
  struct sr_stem_memory *stems; /* the stems of the packs' words (stem.h) */
  sr_mention_pack mentions;
  sr_place_pack places;
  sr_actor_pack actors;
  sr_attribution_pack attribution;
  sr_event_pack events;
};

struct sr_engine {
  char *pack_dir;
  sr_language languages[SR_MAX_LANGUAGES];
  size_t language_count; /* languages[0] is the fallback */
  sr_langid *langid;
  sr_gazetteer *gazetteer; /* one for every language */
  sr_acled *acled;         /* ACLED's taxonomy */
};

/* Every pack file a language reads, in load order: its path in buf for
** i < the count; returns the count. */
size_t sr_language_pack_file(const sr_engine *engine, const sr_language *lang,
                             size_t i, char *buf, size_t cap);

const sr_language *sr_engine_language(const sr_engine *engine, const char *code,
                                      size_t len);

#endif
