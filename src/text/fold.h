/*
** Folding for dictionary lookups: case folded, accents removed, typographic
** apostrophes made plain, so that "Aujourd’hui", "aujourd'hui" and
** "AUJOURD'HUI" meet the same pack entry.  ICU does the Unicode work.
*/
#ifndef SR_FOLD_H
#define SR_FOLD_H

#include <stddef.h>

#include "../util/arena.h"
#include "sitrep.h"

/* The folded form of s[0..len) in the arena, or {NULL,0} when memory runs
** out. */
sr_str sr_fold(sr_arena *arena, const char *s, size_t len);
/* The same with its accents kept ("Tuées" -> "tuées"): what a stemmer
** reads, since accents tell its rules apart. */
sr_str sr_fold_case(sr_arena *arena, const char *s, size_t len);

#endif
