#include "acled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "../util/grow.h"
#include "../util/pack.h"

typedef struct sub_type {
  char *name, *disorder;
  int type; /* index of its event type in types */
  int rank; /* in precedence.txt, from 1; 0: not listed, after every listed one */
} sub_type;

struct sr_acled {
  char **types;
  size_t type_count, type_cap;
  sub_type *subs;
  size_t sub_count, sub_cap;
  int roles[SR_SUB_ROLE_COUNT];
  int ranked; /* sub-event types precedence.txt lists */
  char *inter_names[SR_INTER_COUNT];
  char *unnamed[SR_INTER_COUNT];
};

static const char *const role_names[] = {SR_SUB_ROLES(SR_ENUM_NAME)};

static char *copy(sr_str s) {
  char *c = malloc(s.len + 1);
  if (c) {
    memcpy(c, s.ptr, s.len);
    c[s.len] = '\0';
  }
  return c;
}

static int same(const char *a, sr_str b) {
  return strlen(a) == b.len && memcmp(a, b.ptr, b.len) == 0;
}

static int find_type(const sr_acled *a, sr_str name) {
  for (size_t i = 0; i < a->type_count; i++)
    if (same(a->types[i], name)) return (int)i;
  return -1;
}

int sr_acled_find(const sr_acled *a, sr_str event_type, sr_str sub_event_type) {
  int type = find_type(a, event_type);
  for (size_t i = 0; type >= 0 && i < a->sub_count; i++)
    if (a->subs[i].type == type && same(a->subs[i].name, sub_event_type)) return (int)i;
  return -1;
}

/* event type <TAB> sub-event type <TAB> disorder type [<TAB> role] */
static sr_status on_sub_type(void *ctx, const sr_pack_line *entry, sr_error *err) {
  sr_acled *a = ctx;
  sr_str f[5];
  size_t n = sr_pack_fields(entry, f, 5);
  if (n < 3 || n > 4 || !f[0].len || !f[1].len || !f[2].len)
    return sr_error_set(err, SR_EPACK,
                        "expected 'event type<TAB>sub-event type<TAB>disorder type[<TAB>role]'");
  if (sr_acled_find(a, f[0], f[1]) >= 0)
    return sr_error_set(err, SR_EPACK, "'%.*s' is listed twice", (int)f[1].len, f[1].ptr);
  int role = SR_SUB_NONE;
  if (n == 4 && (role = sr_name_index(role_names, SR_SUB_ROLE_COUNT, f[3])) <= SR_SUB_NONE)
    return sr_error_set(err, SR_EPACK, "unknown role '%.*s'", (int)f[3].len, f[3].ptr);
  if (role && a->roles[role] >= 0)
    return sr_error_set(err, SR_EPACK, "role '%.*s' given twice", (int)f[3].len, f[3].ptr);
  int type = find_type(a, f[0]);
  if (type < 0) {
    if (sr_grow(&a->types, &a->type_cap, a->type_count, sizeof *a->types, 8) ||
        !(a->types[a->type_count] = copy(f[0])))
      return sr_error_set(err, SR_ENOMEM, "out of memory");
    type = (int)a->type_count++;
  }
  if (sr_grow(&a->subs, &a->sub_cap, a->sub_count, sizeof *a->subs, 32))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  sub_type *s = &a->subs[a->sub_count];
  s->type = type;
  s->rank = 0;
  s->name = copy(f[1]);
  s->disorder = copy(f[2]);
  if (!s->name || !s->disorder) {
    free(s->name);
    free(s->disorder);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  if (role) a->roles[role] = (int)a->sub_count;
  a->sub_count++;
  return SR_OK;
}

/* code <TAB> name [<TAB> unnamed] */
static sr_status on_inter(void *ctx, const sr_pack_line *entry, sr_error *err) {
  sr_acled *a = ctx;
  sr_str f[4];
  size_t n = sr_pack_fields(entry, f, 4);
  if (n < 2 || n > 3 || f[0].len != 1 || f[0].ptr[0] < '1' ||
      f[0].ptr[0] >= '0' + SR_INTER_COUNT || !f[1].len || (n == 3 && !f[2].len))
    return sr_error_set(err, SR_EPACK,
                        "expected 'code<TAB>name[<TAB>unnamed]', the code from 1 to %d",
                        SR_INTER_COUNT - 1);
  int code = f[0].ptr[0] - '0';
  if (a->inter_names[code])
    return sr_error_set(err, SR_EPACK, "inter code %d given twice", code);
  if (!(a->inter_names[code] = copy(f[1])) || (n == 3 && !(a->unnamed[code] = copy(f[2]))))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  return SR_OK;
}

/* event type <TAB> sub-event type, most telling first */
static sr_status on_precedence(void *ctx, const sr_pack_line *entry, sr_error *err) {
  sr_acled *a = ctx;
  sr_str f[3];
  if (sr_pack_fields(entry, f, 3) != 2)
    return sr_error_set(err, SR_EPACK, "expected 'event type<TAB>sub-event type'");
  int id = sr_acled_find(a, f[0], f[1]);
  if (id < 0)
    return sr_error_set(err, SR_EPACK, "'%.*s / %.*s' is no sub-event type of sub_event_types.tsv",
                        (int)f[0].len, f[0].ptr, (int)f[1].len, f[1].ptr);
  if (a->subs[id].rank)
    return sr_error_set(err, SR_EPACK, "'%.*s' is listed twice", (int)f[1].len, f[1].ptr);
  a->subs[id].rank = ++a->ranked;
  return SR_OK;
}

sr_status sr_acled_load(const char *pack_dir, sr_acled **out, sr_error *err) {
  *out = NULL;
  sr_acled *a = calloc(1, sizeof *a);
  if (!a) return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (int r = 0; r < SR_SUB_ROLE_COUNT; r++) a->roles[r] = -1;
  char path[4096];
  snprintf(path, sizeof path, "%s/acled/sub_event_types.tsv", pack_dir);
  sr_status st = sr_pack_load(path, on_sub_type, a, err);
  for (int r = SR_SUB_NONE + 1; st == SR_OK && r < SR_SUB_ROLE_COUNT; r++)
    if (a->roles[r] < 0)
      st = sr_error_set(err, SR_EPACK, "%s: no sub-event type has the role '%s'", path,
                        role_names[r]);
  if (st == SR_OK) {
    snprintf(path, sizeof path, "%s/acled/inter.tsv", pack_dir);
    st = sr_pack_load(path, on_inter, a, err);
  }
  for (int code = SR_INTER_NONE + 1; st == SR_OK && code < SR_INTER_COUNT; code++)
    if (!a->inter_names[code])
      st = sr_error_set(err, SR_EPACK, "%s: inter code %d has no name", path, code);
  if (st == SR_OK) {
    snprintf(path, sizeof path, "%s/acled/precedence.txt", pack_dir);
    st = sr_pack_load(path, on_precedence, a, err);
  }
  if (st != SR_OK) {
    sr_acled_free(a);
    return st;
  }
  *out = a;
  return SR_OK;
}

void sr_acled_free(sr_acled *a) {
  if (!a) return;
  for (size_t i = 0; i < a->type_count; i++) free(a->types[i]);
  free(a->types);
  for (size_t i = 0; i < a->sub_count; i++) {
    free(a->subs[i].name);
    free(a->subs[i].disorder);
  }
  free(a->subs);
  for (int i = 0; i < SR_INTER_COUNT; i++) {
    free(a->inter_names[i]);
    free(a->unnamed[i]);
  }
  free(a);
}

size_t sr_acled_sub_count(const sr_acled *a) { return a->sub_count; }

int sr_acled_role(const sr_acled *a, sr_sub_role role) { return a->roles[role]; }

static const sub_type *sub(const sr_acled *a, int id) {
  return id >= 0 && (size_t)id < a->sub_count ? &a->subs[id] : NULL;
}

int sr_acled_precedence(const sr_acled *a, int id) {
  const sub_type *s = sub(a, id);
  return s && s->rank ? s->rank : a->ranked + 1;
}

int sr_acled_type_of(const sr_acled *a, int id) {
  const sub_type *s = sub(a, id);
  return s ? s->type : -1;
}

const char *sr_acled_type_name(const sr_acled *a, int id) {
  const sub_type *s = sub(a, id);
  return s ? a->types[s->type] : NULL;
}

const char *sr_acled_sub_name(const sr_acled *a, int id) {
  const sub_type *s = sub(a, id);
  return s ? s->name : NULL;
}

const char *sr_acled_disorder(const sr_acled *a, int id) {
  const sub_type *s = sub(a, id);
  return s ? s->disorder : NULL;
}

const char *sr_acled_inter_name(const sr_acled *a, int inter) {
  return inter > SR_INTER_NONE && inter < SR_INTER_COUNT ? a->inter_names[inter] : NULL;
}

const char *sr_acled_unnamed(const sr_acled *a, int inter) {
  return inter > SR_INTER_NONE && inter < SR_INTER_COUNT ? a->unnamed[inter] : NULL;
}
