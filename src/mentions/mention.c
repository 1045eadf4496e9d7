#include "mention.h"
#include "../util/grow.h"

#include <stdlib.h>
#include <string.h>

sr_mention *sr_mention_add(sr_mention_list *list, sr_arena *arena,
                           const sr_view *v, sr_mention_type type,
                           size_t first, size_t last, const char *rule) {
  (void)arena;
  /* The heap, not the arena: a long document's list is large, and realloc
  ** moves it without leaving the old copies behind. */
  if (sr_grow(&list->items, &list->cap, list->count, sizeof *list->items, 16))
    return NULL;
  sr_mention *m = &list->items[list->count++];
  memset(m, 0, sizeof *m);
  m->index = list->count - 1;
  m->type = type;
  m->byte_start = v->tok[first].byte_start;
  m->byte_end = v->tok[last].byte_end;
  m->start = v->tok[first].span.start;
  m->end = v->tok[last].span.end;
  m->sentence = v->sentence;
  m->rule = rule;
  m->precision = SR_PREC_UNKNOWN;
  m->part_of = -1;
  m->via = -1;
  m->disputes = -1;
  m->lead_last = -1;
  m->role = "count";
  return m;
}

void sr_mention_list_free(sr_mention_list *list) {
  free(list->items);
  memset(list, 0, sizeof *list);
}

const char *sr_view_folded(const sr_view *v, size_t first, size_t end,
                           sr_arena *arena) {
  size_t total = 1;
  for (size_t k = first; k < end; k++) total += v->fold[k].len + 1;
  char *out = sr_arena_alloc(arena, total);
  if (!out) return NULL;
  size_t n = 0;
  for (size_t k = first; k < end; k++) {
    if (n) out[n++] = ' ';
    memcpy(out + n, v->fold[k].ptr, v->fold[k].len);
    n += v->fold[k].len;
  }
  out[n] = '\0';
  return out;
}
