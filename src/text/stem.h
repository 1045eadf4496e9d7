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

/* The stems of the words a language's packs write, made once while they
** load and looked up by a word's bytes: a document runs Snowball only on
** the words no pack writes (half the words of a report are pack words,
** and stemming is a quarter of the work).  A word's stem is a function of
** its bytes, so the memory changes no stem.  Filled by one thread while
** loading; read-only, shared by every document, afterwards. */
typedef struct sr_stem_memory sr_stem_memory;
sr_stem_memory *sr_stem_memory_new(void); /* NULL: out of memory */
void sr_stem_memory_free(sr_stem_memory *m);
/* Stems raw[0..len) (folded: its folded form) with s, in arena, and
** remembers it in a copy of its own; 0 when memory ran out. */
int sr_stem_memory_learn(sr_stem_memory *m, sr_stemmer *s, sr_arena *arena, const char *raw,
                         size_t len, sr_str folded);
/* The remembered stem of raw[0..len), or {NULL, 0}. */
sr_str sr_stem_memory_get(const sr_stem_memory *m, const char *raw, size_t len);
/* Lets s (a document's stemmer) read m before it stems a word. */
void sr_stemmer_recall(sr_stemmer *s, const sr_stem_memory *m);

#endif
