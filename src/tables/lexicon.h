/*
** A phrase lexicon: sequences of folded tokens ("plus de", "la semaine
** passée", "quatre - vingt") compiled into a trie whose edges live in one
** hash map.  Matching walks the sentence's tokens once from a position and
** returns the longest phrase, so a pack of any size costs a few lookups per
** token.
*/
#ifndef SR_LEXICON_H
#define SR_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"

typedef struct sr_lexicon sr_lexicon;

sr_lexicon *sr_lexicon_new(void);
void sr_lexicon_free(sr_lexicon *lex);

/* Adds a phrase of n folded tokens with its payload (>= 0).  A phrase added
** twice keeps the last payload.  0 on success, -1 when memory runs out. */
int sr_lexicon_add(sr_lexicon *lex, const sr_str *tokens, size_t n,
                   int32_t payload);

/* The number of tokens of the longest phrase starting at tokens[at], and its
** payload; 0 when none starts there. */
size_t sr_lexicon_match(const sr_lexicon *lex, const sr_str *tokens, size_t n,
                        size_t at, int32_t *payload);
/* The same with each token's sr_strmap_hash given (hashes[i] for
** tokens[i]; NULL: computed here). */
size_t sr_lexicon_match_hashed(const sr_lexicon *lex, const sr_str *tokens,
                               const uint32_t *hashes, size_t n, size_t at, int32_t *payload);

size_t sr_lexicon_size(const sr_lexicon *lex);

#endif
