/*
** Sentences and tokens.  ICU's break iterators do the Unicode work; on top of
** them a few language-neutral rules, fed by the language pack, repair what
** news text needs: abbreviations ("M. Guérassimov"), initials, a quotation
** whose closing sentence runs on ("pas», a-t-il déclaré"), elided articles
** ("d’Alep" is "d’" + "Alep") and numbers written "28-10" or "1 500".
** A blank line ends a sentence; a single line break does when the line
** ends like a sentence (a stop, a colon, a closing quotation mark) or the
** next starts a list item, and else only before a capital when the line is
** no long line of a hard-wrapped text ("killed\non Wednesday" is one
** sentence; a heading over its paragraph is two).
*/
#ifndef SR_SEGMENT_H
#define SR_SEGMENT_H

#include <stddef.h>
#include <unicode/ubrk.h>

#include "../util/arena.h"
#include "../util/strmap.h"
#include "sitrep.h"

typedef struct sr_sentence {
  size_t byte_start, byte_end;
  size_t cp_start, cp_end;
} sr_sentence;

/* What segmentation needs to know of a language; owned by the engine. */
typedef struct sr_segment_rules {
  const sr_strmap *abbreviations; /* words that a period does not end */
  const sr_strmap *elisions;      /* lower-case prefixes split at an apostrophe */
} sr_segment_rules;

/* Splits text (valid UTF-8) into trimmed, non-empty sentences.  sentence_bi
** is a per-document clone: ICU iterators are not thread-safe. */
sr_status sr_split_sentences(UBreakIterator *sentence_bi,
                             const sr_segment_rules *rules, const char *text,
                             size_t len, sr_arena *arena, sr_sentence **out,
                             size_t *count, sr_error *err);

/* Tokenises one sentence; offsets are absolute (bytes and code points). */
sr_status sr_split_tokens(UBreakIterator *word_bi,
                          const sr_segment_rules *rules, const char *text,
                          const sr_sentence *sentence, sr_arena *arena,
                          sr_token **out, size_t *count, sr_error *err);

#endif
