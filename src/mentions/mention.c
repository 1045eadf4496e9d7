#include "mention.h"
#include "../util/grow.h"

#include <stdlib.h>
#include <string.h>

static const char *const precision_names[] = {SR_PRECISIONS(SR_ENUM_NAME)};
static const char *const figure_role_names[] = {SR_FIGURE_ROLES(SR_ENUM_NAME)};

const char *sr_precision_name(sr_precision p) {
  return sr_name_of(precision_names, SR_PRECISION_COUNT, (int)p, "unknown");
}

const char *sr_figure_role_name(sr_figure_role r) {
  return sr_name_of(figure_role_names, SR_FIGURE_ROLE_COUNT, (int)r, "count");
}

sr_mention *sr_mention_add(sr_mention_list *list, sr_arena *arena,
                           const sr_view *v, sr_mention_type type,
                           size_t first, size_t last, const char *rule,
                           const void *part_init, size_t part_size) {
  void *part = sr_arena_alloc(arena, part_size);
  /* The heap, not the arena: a long document's list is large, and realloc
  ** moves it without leaving the old copies behind. */
  if (!part || sr_grow(&list->items, &list->cap, list->count, sizeof *list->items, 16)) {
    list->failed = 1;
    return NULL;
  }
  memcpy(part, part_init, part_size);
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
  m->part = part;
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

static int folded_is(const sr_str *f, const char *lit) {
  return f->len == strlen(lit) && memcmp(f->ptr, lit, f->len) == 0;
}

int sr_view_quoted(const sr_view *v, size_t i) {
  int open = 0, straight = 0;
  for (size_t j = 0; j < i; j++) {
    if (v->tok[j].kind != SR_TOKEN_PUNCT) continue;
    const sr_str *f = &v->fold[j];
    if (folded_is(f, "\xC2\xAB") || folded_is(f, "\xE2\x80\x9C")) open++;
    else if ((folded_is(f, "\xC2\xBB") || folded_is(f, "\xE2\x80\x9D")) && open) open--;
    else if (folded_is(f, "\"")) straight = !straight;
  }
  if (open || straight) return 1;
  /* a quotation opened in an earlier sentence ("“Other forces reinforced
  ** the troops. Artillery fire was delivered,” he said"): a closing mark
  ** after i with no opening one before it */
  for (size_t j = i + 1; j < v->n; j++) {
    if (v->tok[j].kind != SR_TOKEN_PUNCT) continue;
    const sr_str *f = &v->fold[j];
    if (folded_is(f, "\xC2\xAB") || folded_is(f, "\xE2\x80\x9C")) return 0;
    if (folded_is(f, "\xE2\x80\x9D")) return 1;
  }
  return 0;
}
