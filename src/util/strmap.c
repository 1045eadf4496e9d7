#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "bigmem.h"

/* 16 bytes, and keys packed end to end in one buffer (no terminator, no
** alignment): a gazetteer's million names keep their tables and keys in as
** few pages as can be, and filling those pages is most of a load. */
typedef struct slot {
  uint32_t hash;
  uint32_t len;
  uint32_t key; /* the key's offset in keys, plus one; 0 when empty */
  int32_t value;
} slot;

struct sr_strmap {
  slot *slots;
  size_t cap; /* a power of two */
  size_t count;
  char *keys;
  size_t keys_len, keys_cap;
  int borrowed; /* a view: slots and keys belong to an image */
};

/* Large tables are probed at random: on huge pages most probes miss the
** cache but not the TLB (the gazetteer's start-up went from 1.2 s to about
** 0.9 s here). */
static slot *alloc_slots(size_t cap) { return sr_big_calloc(cap, sizeof(slot)); }

sr_strmap *sr_strmap_new(void) {
  sr_strmap *map = calloc(1, sizeof *map);
  if (!map) return NULL;
  map->cap = 64;
  map->slots = alloc_slots(map->cap);
  if (!map->slots) {
    free(map);
    return NULL;
  }
  return map;
}

void sr_strmap_free(sr_strmap *map) {
  if (!map) return;
  if (!map->borrowed) {
    free(map->keys);
    free(map->slots);
  }
  free(map);
}

static slot *find(const sr_strmap *map, const char *s, size_t len, uint32_t h) {
  size_t mask = map->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    slot *sl = &map->slots[i];
    if (!sl->key) return sl;
    if (sl->hash == h && sl->len == len &&
        memcmp(map->keys + sl->key - 1, s, len) == 0)
      return sl;
  }
}

static int resize(sr_strmap *map, size_t cap) {
  size_t old_cap = map->cap;
  slot *old = map->slots;
  slot *fresh = alloc_slots(cap);
  if (!fresh) return -1;
  map->slots = fresh;
  map->cap = cap;
  /* Keys are distinct: each goes to the first free slot of its run. */
  size_t mask = cap - 1;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].key) {
      size_t j = old[i].hash & mask;
      while (fresh[j].key) j = (j + 1) & mask;
      fresh[j] = old[i];
    }
  free(old);
  return 0;
}

/* Room for need more bytes of keys (a buffer even for an empty key, never
** a NULL to compare with); 0, or -1 when memory runs out or the keys
** outgrow the 32-bit offsets. */
static int keys_room(sr_strmap *map, size_t need) {
  if (map->keys && map->keys_cap - map->keys_len >= need) return 0;
  size_t cap = map->keys_cap ? map->keys_cap : 1024;
  while (cap - map->keys_len < need) {
    if (cap > SIZE_MAX / 2) return -1;
    cap *= 2;
  }
  if (cap > UINT32_MAX - 1) cap = UINT32_MAX - 1;
  if (cap - map->keys_len < need) return -1;
  char *k = map->keys ? realloc(map->keys, cap) : sr_big_alloc(cap);
  if (!k) return -1;
  map->keys = k;
  map->keys_cap = cap;
  return 0;
}

int sr_strmap_reserve(sr_strmap *map, size_t count, size_t key_bytes) {
  size_t cap = map->cap;
  while (cap < count * 2) cap *= 2;
  if (cap != map->cap && resize(map, cap) != 0) return -1;
  return keys_room(map, key_bytes);
}

int sr_strmap_put(sr_strmap *map, const char *key, size_t len, int32_t value) {
  int created;
  int32_t *v = sr_strmap_upsert(map, key, len, &created);
  if (!v) return -1;
  *v = value;
  return 0;
}

int32_t *sr_strmap_upsert(sr_strmap *map, const char *key, size_t len,
                          int *created) {
  return sr_strmap_upsert_hashed(map, key, len, sr_strmap_hash(key, len), created);
}

int32_t *sr_strmap_upsert_hashed(sr_strmap *map, const char *key, size_t len, uint32_t h,
                                 int *created) {
  *created = 0;
  if (len > UINT32_MAX || map->borrowed) return NULL;
  if ((map->count + 1) * 2 > map->cap && resize(map, map->cap * 2) != 0)
    return NULL;
  slot *sl = find(map, key, len, h);
  if (!sl->key) {
    /* The offset plus one must fit: keys_room keeps keys_cap under 2^32. */
    if (keys_room(map, len) != 0) return NULL;
    if (len) memcpy(map->keys + map->keys_len, key, len);
    sl->key = (uint32_t)map->keys_len + 1;
    map->keys_len += len;
    sl->len = (uint32_t)len;
    sl->hash = h;
    sl->value = 0;
    map->count++;
    *created = 1;
  }
  return &sl->value;
}

int sr_strmap_get(const sr_strmap *map, const char *key, size_t len,
                  int32_t *value) {
  if (len > UINT32_MAX) return 0;
  const slot *sl = find(map, key, len, sr_strmap_hash(key, len));
  if (!sl->key) return 0;
  if (value) *value = sl->value;
  return 1;
}

int sr_strmap_get_hashed(const sr_strmap *map, const char *key, size_t len,
                         uint32_t hash, int32_t *value) {
  if (len > UINT32_MAX) return 0;
  const slot *sl = find(map, key, len, hash);
  if (!sl->key) return 0;
  if (value) *value = sl->value;
  return 1;
}

size_t sr_strmap_size(const sr_strmap *map) { return map->count; }

size_t sr_strmap_slot_size(void) { return sizeof(slot); }

int sr_strmap_compact(sr_strmap *map) {
  size_t cap = 2;
  while (cap < (map->count + 1) * 2) cap *= 2;
  return cap < map->cap && !map->borrowed ? resize(map, cap) : 0;
}

void sr_strmap_image_of(const sr_strmap *map, sr_strmap_image *out) {
  out->slots = map->slots;
  out->cap = map->cap;
  out->count = map->count;
  out->keys = map->keys;
  out->keys_len = map->keys_len;
}

sr_strmap *sr_strmap_view(const sr_strmap_image *image, int32_t min_value,
                          int32_t max_value, const char **problem) {
  size_t cap = image->cap;
  if (cap == 0 || (cap & (cap - 1)) != 0 || cap > UINT32_MAX) {
    *problem = "table size is not a power of two";
    return NULL;
  }
  if (image->keys_len >= UINT32_MAX) {
    *problem = "keys too long";
    return NULL;
  }
  const slot *slots = image->slots;
  size_t used = 0;
  for (size_t i = 0; i < cap; i++) {
    const slot *sl = &slots[i];
    if (!sl->key) continue;
    used++;
    if (sl->key - 1 > image->keys_len || sl->len > image->keys_len - (sl->key - 1)) {
      *problem = "key outside the keys";
      return NULL;
    }
    if (sl->value < min_value || sl->value > max_value) {
      *problem = "value out of range";
      return NULL;
    }
  }
  /* A lookup stops at the first free slot: there must be one. */
  if (used != image->count || used >= cap) {
    *problem = "key count does not match the table";
    return NULL;
  }
  sr_strmap *map = calloc(1, sizeof *map);
  if (!map) {
    *problem = "out of memory";
    return NULL;
  }
  /* Never written through: upsert refuses a borrowed map. */
  map->slots = (slot *)(uintptr_t)image->slots;
  map->cap = cap;
  map->count = used;
  map->keys = (char *)(uintptr_t)image->keys;
  map->keys_len = map->keys_cap = image->keys_len;
  map->borrowed = 1;
  return map;
}
