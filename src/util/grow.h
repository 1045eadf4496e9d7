/*
** Heap arrays that double: the one growth rule of the project's lists
** (gazetteer entries, mentions, events, pack rows).
*/
#ifndef SR_GROW_H
#define SR_GROW_H

#include <stdlib.h>

/* Makes room for one more item in *items (count used of *cap, each size
** bytes), doubling from first; 0 on success, -1 when memory runs out (the
** array is then unchanged). */
static inline int sr_grow(void *items, size_t *cap, size_t count, size_t size,
                          size_t first) {
  if (count < *cap) return 0;
  size_t n = *cap ? *cap * 2 : first;
  void *p = realloc(*(void **)items, n * size);
  if (!p) return -1;
  *(void **)items = p;
  *cap = n;
  return 0;
}

#endif
