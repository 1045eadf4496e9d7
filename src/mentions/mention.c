#include "mention.h"

#include <string.h>

sr_mention *sr_mention_add(sr_mention_list *list, sr_arena *arena,
                           const sr_view *v, sr_mention_type type,
                           size_t first, size_t last, const char *rule) {
  if (list->count == list->cap) {
    size_t cap = list->cap ? list->cap * 2 : 16;
    sr_mention *items = sr_arena_grow(arena, list->items,
                                      list->cap * sizeof *items,
                                      cap * sizeof *items);
    if (!items) return NULL;
    list->items = items;
    list->cap = cap;
  }
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
  m->role = "count";
  return m;
}
