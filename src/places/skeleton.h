/*
** Place-name skeletons: the key under which a name is looked up, so that
** transliterations of one name meet.  "al-Hamdaniyah", "Hamdaniyyeh" and
** "HAMDANIYEH" all become "hamdaniya".  The rewrite rules are data
** (packs/geo/translit.tsv); this module applies them:
**   1. the name is folded (case, accents) and split into words at anything
**      that is not a letter or digit;
**   2. each rule rewrites a whole word, a word's start, a word's end, or any
**      part of a word ("yy" -> "y"), in the file's order;
**   3. doubled letters are made single, before the rules and after them;
**      empty words are dropped.
*/
#ifndef SR_SKELETON_H
#define SR_SKELETON_H

#include <stddef.h>

#include "../util/arena.h"
#include "sitrep.h"

typedef struct sr_translit sr_translit;

sr_status sr_translit_load(const char *path, sr_translit **out, sr_error *err);
/* The same from a buffer (tests, fuzzing); name is used in errors. */
sr_status sr_translit_parse(const char *name, const char *data, size_t len,
                            sr_translit **out, sr_error *err);
void sr_translit_free(sr_translit *t);

/* The longest skeleton a name may have, terminator included: every caller
** uses this one size, so that a name too long to index is also too long to
** look up, never indexed under a cut key. */
#define SR_SKELETON_MAX 256

/* The skeleton of folded text (lower case, no accents: see sr_fold) in
** buf; returns its length, or 0 when it is empty or does not fit. */
size_t sr_skeleton(const sr_translit *t, const char *folded, size_t len,
                   char *buf, size_t cap);

#endif
