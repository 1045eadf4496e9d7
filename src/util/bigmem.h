/*
** Large blocks filled once at engine start (the gazetteer's text, places
** and hash tables: tens of megabytes).  Touching fresh memory is what such
** a load mostly pays for, one page fault per 4 KB page; on 2 MB pages it
** is one per 2 MB.  Blocks under 2 MB are plain malloc blocks.
*/
#ifndef SR_BIGMEM_H
#define SR_BIGMEM_H

#include <stddef.h>

/* bytes of uninitialised memory, to be released with free() (and which
** realloc() accepts); NULL when memory runs out. */
void *sr_big_alloc(size_t bytes);

/* The same for count items of size bytes, zeroed; NULL on overflow. */
void *sr_big_calloc(size_t count, size_t size);

#endif
