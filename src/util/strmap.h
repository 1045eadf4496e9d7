/*
** A map from byte strings to integers (open addressing, FNV-1a), built at
** engine start and read-only afterwards; keys are copied in.  Word lists
** are maps whose values go unused; the phrase lexicon keys its trie edges
** here.
*/
#ifndef SR_STRMAP_H
#define SR_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct sr_strmap sr_strmap;

sr_strmap *sr_strmap_new(void);
void sr_strmap_free(sr_strmap *map);
/* Sets key to value (replacing).  0 on success, -1 when memory runs out. */
int sr_strmap_put(sr_strmap *map, const char *key, size_t len, int32_t value);
/* Makes room for count keys of key_bytes bytes in all at once (a large
** table built in one go: no rehash, no copy of the keys as they come).
** 0 on success, -1 when memory runs out. */
int sr_strmap_reserve(sr_strmap *map, size_t count, size_t key_bytes);
/* The value slot of key, added (value 0, *created set) when absent: one
** probe where get-then-put would take two.  NULL when memory runs out.  The
** pointer is valid until the next insertion. */
int32_t *sr_strmap_upsert(sr_strmap *map, const char *key, size_t len,
                          int *created);
/* The same with the key's hash given: a map whose keys are hashed some
** other way (the lexicon's edges, from their token's hash) must be read
** with sr_strmap_get_hashed and that same hash. */
int32_t *sr_strmap_upsert_hashed(sr_strmap *map, const char *key, size_t len, uint32_t hash,
                                 int *created);
/* 1 and *value when present, else 0.  value may be NULL. */
int sr_strmap_get(const sr_strmap *map, const char *key, size_t len,
                  int32_t *value);
/* FNV-1a, then a 64-bit finaliser: FNV's low bits alone cluster on keys
** that differ only in their last characters ("gn:170063", "gn:170064"),
** and linear probing pays for every cluster.  Inline: every probe hashes. */
static inline uint32_t sr_strmap_hash(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return (uint32_t)h;
}

/* The same with the key's hash computed once (sr_strmap_hash) for several
** maps: the gazetteer's layers are probed with one key each. */
int sr_strmap_get_hashed(const sr_strmap *map, const char *key, size_t len,
                         uint32_t hash, int32_t *value);
size_t sr_strmap_size(const sr_strmap *map);

/* A map's memory as it is laid out, for writing to a file and mapping back
** (the compiled gazetteer): slots is cap slots of sr_strmap_slot_size()
** bytes, keys the keys end to end.  Native byte order. */
typedef struct sr_strmap_image {
  const void *slots;
  size_t cap, count;
  const char *keys;
  size_t keys_len;
} sr_strmap_image;

size_t sr_strmap_slot_size(void);
/* Shrinks the table to the least room its keys need (before an image is
** taken of a map reserved larger).  0, or -1 when memory runs out. */
int sr_strmap_compact(sr_strmap *map);
void sr_strmap_image_of(const sr_strmap *map, sr_strmap_image *out);
/* A read-only map over an image's memory, which it borrows (the caller
** keeps it mapped until sr_strmap_free).  The image is checked first, so
** that no lookup can read outside it or probe for ever: a power-of-two
** table with a free slot, count keys, every key inside keys, every value
** in [min_value, max_value].  NULL with *problem set (a static string)
** when the image is not such a map or memory runs out. */
sr_strmap *sr_strmap_view(const sr_strmap_image *image, int32_t min_value,
                          int32_t max_value, const char **problem);

#endif
