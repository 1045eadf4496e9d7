/*
** A bump allocator.  Everything a document needs lives in one arena and is
** released at once, so analysis code never frees piecemeal and never leaks.
** A mark/reset pair gives scratch memory that is reclaimed per sentence.
*/
#ifndef SR_ARENA_H
#define SR_ARENA_H

#include <stddef.h>

typedef struct sr_arena_block sr_arena_block;

typedef struct sr_arena {
  sr_arena_block *head;
  size_t block_size;
} sr_arena;

typedef struct sr_arena_mark {
  sr_arena_block *block;
  size_t used;
} sr_arena_mark;

void sr_arena_init(sr_arena *arena, size_t block_size);
void sr_arena_release(sr_arena *arena);

/* Aligned for any scalar; NULL when memory runs out. */
void *sr_arena_alloc(sr_arena *arena, size_t size);
void *sr_arena_zalloc(sr_arena *arena, size_t size);
char *sr_arena_strndup(sr_arena *arena, const char *s, size_t len);

/* Grows the most recent allocation in place when it is the last one made. */
void *sr_arena_grow(sr_arena *arena, void *ptr, size_t old_size,
                    size_t new_size);

sr_arena_mark sr_arena_save(const sr_arena *arena);
void sr_arena_reset(sr_arena *arena, sr_arena_mark mark);

#endif
