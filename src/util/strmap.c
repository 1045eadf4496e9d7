#include "strmap.h"

#include <stdlib.h>
#include <string.h>

typedef struct slot {
  char *key; /* NULL when empty */
  size_t len;
  uint64_t hash;
  int32_t value;
} slot;

struct sr_strmap {
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

sr_strmap *sr_strmap_new(void) {
  sr_strmap *map = calloc(1, sizeof *map);
  if (!map) return NULL;
  map->cap = 64;
  map->slots = calloc(map->cap, sizeof(slot));
  if (!map->slots) {
    free(map);
    return NULL;
  }
  return map;
}

void sr_strmap_free(sr_strmap *map) {
  if (!map) return;
  for (size_t i = 0; i < map->cap; i++) free(map->slots[i].key);
  free(map->slots);
  free(map);
}

static slot *find(const sr_strmap *map, const char *s, size_t len, uint64_t h) {
  size_t mask = map->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    slot *sl = &map->slots[i];
    if (!sl->key) return sl;
    if (sl->hash == h && sl->len == len && memcmp(sl->key, s, len) == 0)
      return sl;
  }
}

static int grow(sr_strmap *map) {
  size_t old_cap = map->cap;
  slot *old = map->slots;
  slot *fresh = calloc(old_cap * 2, sizeof(slot));
  if (!fresh) return -1;
  map->slots = fresh;
  map->cap = old_cap * 2;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].key) *find(map, old[i].key, old[i].len, old[i].hash) = old[i];
  free(old);
  return 0;
}

int sr_strmap_put(sr_strmap *map, const char *key, size_t len, int32_t value) {
  if ((map->count + 1) * 2 > map->cap && grow(map) != 0) return -1;
  uint64_t h = fnv1a(key, len);
  slot *sl = find(map, key, len, h);
  if (!sl->key) {
    sl->key = malloc(len + 1);
    if (!sl->key) return -1;
    memcpy(sl->key, key, len);
    sl->key[len] = '\0';
    sl->len = len;
    sl->hash = h;
    map->count++;
  }
  sl->value = value;
  return 0;
}

int sr_strmap_get(const sr_strmap *map, const char *key, size_t len,
                  int32_t *value) {
  const slot *sl = find(map, key, len, fnv1a(key, len));
  if (!sl->key) return 0;
  if (value) *value = sl->value;
  return 1;
}

size_t sr_strmap_size(const sr_strmap *map) { return map->count; }
