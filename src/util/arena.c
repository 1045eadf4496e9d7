#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN 16

struct sr_arena_block {
  sr_arena_block *prev;
  size_t size;
  size_t used;
  _Alignas(ARENA_ALIGN) unsigned char data[];
};

static size_t align_up(size_t n) {
  return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
}

void sr_arena_init(sr_arena *arena, size_t block_size) {
  arena->head = NULL;
  arena->block_size = block_size ? block_size : 64 * 1024;
}

void sr_arena_release(sr_arena *arena) {
  sr_arena_block *b = arena->head;
  while (b) {
    sr_arena_block *prev = b->prev;
    free(b);
    b = prev;
  }
  arena->head = NULL;
}

static sr_arena_block *new_block(sr_arena *arena, size_t need) {
  size_t size = arena->block_size;
  if (need > size) size = need;
  if (size > SIZE_MAX - sizeof(sr_arena_block)) return NULL;
  sr_arena_block *b = malloc(sizeof(sr_arena_block) + size);
  if (!b) return NULL;
  b->prev = arena->head;
  b->size = size;
  b->used = 0;
  arena->head = b;
  return b;
}

void *sr_arena_alloc(sr_arena *arena, size_t size) {
  if (size > SIZE_MAX - ARENA_ALIGN) return NULL;
  size = align_up(size ? size : 1);
  sr_arena_block *b = arena->head;
  if (!b || b->size - b->used < size) {
    b = new_block(arena, size);
    if (!b) return NULL;
  }
  void *p = b->data + b->used;
  b->used += size;
  return p;
}

void *sr_arena_zalloc(sr_arena *arena, size_t size) {
  void *p = sr_arena_alloc(arena, size);
  if (p) memset(p, 0, size);
  return p;
}

char *sr_arena_strndup(sr_arena *arena, const char *s, size_t len) {
  char *p = sr_arena_alloc(arena, len + 1);
  if (!p) return NULL;
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

void *sr_arena_grow(sr_arena *arena, void *ptr, size_t old_size,
                    size_t new_size) {
  sr_arena_block *b = arena->head;
  if (ptr && b) {
    size_t old_aligned = align_up(old_size ? old_size : 1);
    unsigned char *p = ptr;
    if (p + old_aligned == b->data + b->used && new_size <= SIZE_MAX - ARENA_ALIGN) {
      size_t new_aligned = align_up(new_size ? new_size : 1);
      if ((size_t)(p - b->data) + new_aligned <= b->size) {
        b->used = (size_t)(p - b->data) + new_aligned;
        return ptr;
      }
    }
  }
  void *q = sr_arena_alloc(arena, new_size);
  if (q && ptr && old_size) memcpy(q, ptr, old_size < new_size ? old_size : new_size);
  return q;
}

sr_arena_mark sr_arena_save(const sr_arena *arena) {
  sr_arena_mark m;
  m.block = arena->head;
  m.used = arena->head ? arena->head->used : 0;
  return m;
}

void sr_arena_reset(sr_arena *arena, sr_arena_mark mark) {
  while (arena->head && arena->head != mark.block) {
    sr_arena_block *prev = arena->head->prev;
    free(arena->head);
    arena->head = prev;
  }
  if (arena->head) arena->head->used = mark.used;
}
