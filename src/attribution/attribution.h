/*
** Attribution: who says so.  Sources are found in a sentence around the cues
** of attribution.txt ("selon X", "X a déclaré", "a déclaré X", "rapportée
** par X", "a-t-il déclaré"); then, once the document is read, each source
** is given the sentences it governs: its own, a quotation it closes or
** opens, the rest of its paragraph until another source speaks, and for the
** article's "Sources:" line, everything, as a fallback.
*/
#ifndef SR_ATTRIBUTION_H
#define SR_ATTRIBUTION_H

#include "../mentions/mention.h"
#include "../text/segment.h"

void sr_recognize_sources(const sr_view *v, sr_mention_list *out,
                          sr_arena *arena);

/* Resolves back-references ("a-t-il déclaré", "le vice-ministre") and sets
** what each source governs, and denials.  The list must be in text order;
** flags are the SR_SENT_* of each sentence. */
void sr_attribute(const char *text, const struct sr_sentence *sentences,
                  size_t sentence_count, const unsigned char *flags,
                  sr_mention_list *list, sr_arena *arena);

/* For each sentence, the sources that govern it: built once per document,
** so that asking costs nothing whatever its length. */
typedef struct sr_sentence_index {
  size_t *first, *count; /* per sentence: where its list starts in items */
  long *items;
  long *fallback;        /* the article's source line */
  size_t fallback_count, sentence_count;
} sr_sentence_index;

sr_status sr_index_sources(const sr_mention_list *list, size_t sentence_count,
                           sr_arena *arena, sr_sentence_index *ix);

/* The sources that govern a sentence, the most specific ones: those named
** in it, else a quotation's speaker, else its paragraph's, else the
** lede's, else the article's source line.  Fills up to cap mention
** indexes; returns how many there are. */
size_t sr_sentence_sources(const sr_sentence_index *ix, size_t sentence,
                           long *out, size_t cap);

#endif
