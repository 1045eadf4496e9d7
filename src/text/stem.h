/*
** Stems: Snowball's stemmers (libstemmer) reduce inflected words to a
** common form ("tués", "tuer", "tue" -> "tu"), so that one pack line matches
** a verb in every tense.  Irregular forms ("pris" for "prendre") are listed
** in the packs themselves.  A stemmer is not thread-safe: each document
** opens its own.
*/
#ifndef SR_STEM_H
#define SR_STEM_H

#include "../util/arena.h"
#include "sitrep.h"

typedef struct sr_stemmer sr_stemmer;

/* Whether Snowball has this algorithm ("french", "english"). */
int sr_stemmer_known(const char *algorithm);
/* A stemmer of a Snowball algorithm; NULL when there is none (algorithm
** NULL or unknown), or when memory runs out (*out_of_memory set). */
sr_stemmer *sr_stemmer_open(const char *algorithm, int *out_of_memory);
/* Whether memory ran out while stemming: a word was left as it is. */
int sr_stemmer_failed(const sr_stemmer *s);
void sr_stemmer_close(sr_stemmer *s);

/* The stem of a folded word, in the arena; the word itself when it has no
** letters to take off, or when the stemmer is NULL (or out of memory:
** then sr_stemmer_failed says so). */
sr_str sr_stem(sr_stemmer *s, sr_arena *arena, sr_str folded);

/* The folded stem of the word raw[0..len), whose folded form is given:
** stemmed with its accents, then folded, since the accents tell Snowball's
** rules apart ("tuées" and "tuer" both give "tu"; "tuees" gives "tue").
** Pack phrases and text both go through here, so that they meet. */
sr_str sr_stem_word(sr_stemmer *s, sr_arena *arena, const char *raw, size_t len,
                    sr_str folded);
/* The same for a word of the text of the stemmer's one document: raw lives
** as long as the stemmer, and the word's stem is remembered. */
sr_str sr_stem_text_word(sr_stemmer *s, sr_arena *arena, const char *raw, size_t len,
                         sr_str folded);

#endif
