#include "strset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
  char *key; /* NULL when empty */
  size_t len;
  uint64_t hash;
} slot;

struct sr_strset {
  slot *slots;
  size_t cap; /* a power of two */
  size_t count;
};

static uint64_t fnv1a(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

sr_strset *sr_strset_new(void) {
  sr_strset *set = calloc(1, sizeof *set);
  if (!set) return NULL;
  set->cap = 64;
  set->slots = calloc(set->cap, sizeof(slot));
  if (!set->slots) {
    free(set);
    return NULL;
  }
  return set;
}

void sr_strset_free(sr_strset *set) {
  if (!set) return;
  for (size_t i = 0; i < set->cap; i++) free(set->slots[i].key);
  free(set->slots);
  free(set);
}

static slot *find(const sr_strset *set, const char *s, size_t len, uint64_t h) {
  size_t mask = set->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    slot *sl = &set->slots[i];
    if (!sl->key) return sl;
    if (sl->hash == h && sl->len == len && memcmp(sl->key, s, len) == 0)
      return sl;
  }
}

static int grow(sr_strset *set) {
  size_t cap = set->cap * 2;
  slot *old = set->slots;
  size_t old_cap = set->cap;
  set->slots = calloc(cap, sizeof(slot));
  if (!set->slots) {
    set->slots = old;
    return -1;
  }
  set->cap = cap;
  for (size_t i = 0; i < old_cap; i++) {
    if (!old[i].key) continue;
    *find(set, old[i].key, old[i].len, old[i].hash) = old[i];
  }
  free(old);
  return 0;
}

int sr_strset_add(sr_strset *set, const char *s, size_t len) {
  if ((set->count + 1) * 2 > set->cap && grow(set) != 0) return -1;
  uint64_t h = fnv1a(s, len);
  slot *sl = find(set, s, len, h);
  if (sl->key) return 0;
  sl->key = malloc(len + 1);
  if (!sl->key) return -1;
  memcpy(sl->key, s, len);
  sl->key[len] = '\0';
  sl->len = len;
  sl->hash = h;
  set->count++;
  return 0;
}

int sr_strset_has(const sr_strset *set, const char *s, size_t len) {
  return find(set, s, len, fnv1a(s, len))->key != NULL;
}

size_t sr_strset_size(const sr_strset *set) { return set->count; }
