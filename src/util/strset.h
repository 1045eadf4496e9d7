/*
** An immutable-after-build set of byte strings (open addressing, FNV-1a).
** Packs load their word lists into these; lookups take explicit lengths.
*/
#ifndef SR_STRSET_H
#define SR_STRSET_H

#include <stddef.h>

typedef struct sr_strset sr_strset;

sr_strset *sr_strset_new(void);
void sr_strset_free(sr_strset *set);
/* 0 on success, -1 when memory runs out.  Duplicates are ignored. */
int sr_strset_add(sr_strset *set, const char *s, size_t len);
int sr_strset_has(const sr_strset *set, const char *s, size_t len);
size_t sr_strset_size(const sr_strset *set);

#endif
