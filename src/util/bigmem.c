#include "bigmem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define HUGE_PAGE ((size_t)2 << 20)

void *sr_big_alloc(size_t bytes) {
  if (bytes < HUGE_PAGE) return malloc(bytes ? bytes : 1);
  if (bytes > SIZE_MAX - HUGE_PAGE) return NULL;
  /* aligned_alloc wants a multiple of the alignment. */
  size_t rounded = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  void *p = aligned_alloc(HUGE_PAGE, rounded);
  /* Advice only: where the kernel has no huge pages to give (or is told
  ** never to), the block still works on small ones. */
  if (p) madvise(p, rounded, MADV_HUGEPAGE);
  return p;
}

void *sr_big_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) return NULL;
  void *p = sr_big_alloc(count * size);
  if (p) memset(p, 0, count * size);
  return p;
}
