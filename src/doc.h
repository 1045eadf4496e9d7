/*
** One analysed document.  All its memory is in two arenas: `arena` for what
** lives as long as the document, `scratch` for per-sentence work that is
** dropped before the next sentence.
*/
#ifndef SR_DOC_H
#define SR_DOC_H

#include <unicode/ubrk.h>

#include "engine.h"
#include "attribution/attribution.h"
#include "events/events.h"
#include "mentions/mention.h"
#include "util/arena.h"

/* Where a document's publication date came from. */
enum { SR_PUBLISHED_NONE, SR_PUBLISHED_INPUT, SR_PUBLISHED_DATELINE };

struct sr_doc {
  const sr_engine *engine;
  const sr_language *lang;
  sr_arena arena;
  sr_arena scratch;
  sr_arena_mark scratch_base;
  sr_str id, published, url, title, publisher;
  const char *text;
  size_t text_len;
  sr_sentence *sentences;
  size_t sentence_count;
  UBreakIterator *word_bi;
  sr_date published_date; /* year 0 when unknown */
  int published_from;     /* where the date came from: SR_PUBLISHED_* */
  sr_mention_list mentions;
  sr_country_votes votes; /* which country the document is about */
  unsigned char *sentence_flags; /* SR_SENT_*, per sentence */
  size_t lede_end;               /* the first sentence past the headline and lede */
  int body_started;              /* a sentence that ends as prose was read */
  struct sr_stemmer *stemmer;    /* this document's: Snowball's is not shared */
  sr_sentence_index sources;     /* who governs each sentence */
  sr_event *events;              /* heap */
  size_t event_count;
  char **errors;
  size_t error_count, error_cap;
  int failed;                    /* a stage could not complete: the document is partial */
};

/* Records that a stage could not complete (memory ran out): once per
** document and stage, in "errors", so that nothing is dropped silently.
** Sticky: the document stays marked failed. */
void sr_doc_fail(sr_doc *doc, const char *stage);

/* Notes a problem with the document's input; it is printed in "errors". */
void sr_doc_add_error(sr_doc *doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
