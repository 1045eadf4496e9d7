#include "acled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "../util/grow.h"
#include "../util/isodate.h"
#include "../util/pack.h"

typedef struct sub_type {
  char *name, *disorder;
  int type; /* index of its event type in types */
  int rank; /* in precedence.txt, from 1; 0: not listed, after every listed one */
} sub_type;

/* A naming form cut at its "%s" holes: parts[0] %s parts[1] (%s parts[2]). */
typedef struct form {
  char *key;
  char *parts[3];
  int holes;
} form;

/* A regime of a country: from its start to its end (YYYYMMDD, 0 open). */
typedef struct regime {
  char iso2[3];
  long from, until;
} regime;

struct sr_acled {
  char **types;
  size_t type_count, type_cap;
  sub_type *subs;
  size_t sub_count, sub_cap;
  int roles[SR_SUB_ROLE_COUNT];
  int ranked; /* sub-event types precedence.txt lists */
  char *inter_names[SR_INTER_COUNT];
  char *unnamed[SR_INTER_COUNT];
  form *forms;
  size_t form_count, form_cap;
  regime *regimes;
  size_t regime_count, regime_cap;
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

static const form *find_form(const sr_acled *a, sr_str key) {
  for (size_t i = 0; i < a->form_count; i++)
    if (same(a->forms[i].key, key)) return &a->forms[i];
  return NULL;
}

/* Keys and how many "%s" their form must hold. */
static int holes_of(sr_str key) {
  static const char *const one[] = {"military", "police", "government"};
  for (size_t i = 0; i < sizeof one / sizeof *one; i++)
    if (same(one[i], key)) return 1;
  return same("either", key) ? 2 : -1;
}

/* key <TAB> form, the form's only '%' those of its "%s" holes */
static sr_status on_form(void *ctx, const sr_pack_line *entry, sr_error *err) {
  sr_acled *a = ctx;
  sr_str f[3];
  size_t n = sr_pack_fields(entry, f, 3);
  if (n != 2 || !f[0].len || !f[1].len)
    return sr_error_set(err, SR_EPACK, "expected 'key<TAB>form'");
  int want = holes_of(f[0]);
  if (want < 0)
    return sr_error_set(err, SR_EPACK, "unknown key '%.*s' (military, police, government, either)",
                        (int)f[0].len, f[0].ptr);
  if (find_form(a, f[0]))
    return sr_error_set(err, SR_EPACK, "'%.*s' is given twice", (int)f[0].len, f[0].ptr);
  const char *cut[3];
  size_t len[3];
  int holes = 0;
  const char *p = f[1].ptr, *end = f[1].ptr + f[1].len, *start = p;
  for (; p < end; p++) {
    if (*p != '%') continue;
    if (p + 1 >= end || p[1] != 's' || holes == 2)
      return sr_error_set(err, SR_EPACK, "a form's only '%%' are its \"%%s\" holes");
    cut[holes] = start;
    len[holes++] = (size_t)(p - start);
    start = ++p + 1;
  }
  cut[holes] = start;
  len[holes] = (size_t)(end - start);
  if (holes != want)
    return sr_error_set(err, SR_EPACK, "the form of '%.*s' must hold %d \"%%s\"",
                        (int)f[0].len, f[0].ptr, want);
  if (sr_grow(&a->forms, &a->form_cap, a->form_count, sizeof *a->forms, 8))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  form *fm = &a->forms[a->form_count];
  memset(fm, 0, sizeof *fm);
  fm->holes = holes;
  int ok = (fm->key = copy(f[0])) != NULL;
  for (int i = 0; i <= holes; i++)
    ok = ok && (fm->parts[i] = copy((sr_str){cut[i], len[i]})) != NULL;
  a->form_count++; /* freed whole, even half made */
  return ok ? SR_OK : sr_error_set(err, SR_ENOMEM, "out of memory");
}

/* YYYY-MM-DD as YYYYMMDD; '-' (still in place) as 0; -1 when neither */
static long day_number(sr_str s) {
  sr_ymd d;
  if (s.len == 1 && s.ptr[0] == '-') return 0;
  if (!sr_isodate_parse(s.ptr, s.len, &d)) return -1;
  return d.year * 10000L + d.month * 100 + d.day;
}

/* ISO2 <TAB> from <TAB> until <TAB> citation: the regimes of a country in
** order, each starting where the one before ended. */
static sr_status on_regime(void *ctx, const sr_pack_line *entry, sr_error *err) {
  sr_acled *a = ctx;
  sr_str f[5];
  size_t n = sr_pack_fields(entry, f, 5);
  if (n != 4 || f[0].len != 2 || f[0].ptr[0] < 'A' || f[0].ptr[0] > 'Z' ||
      f[0].ptr[1] < 'A' || f[0].ptr[1] > 'Z' || !f[3].len)
    return sr_error_set(err, SR_EPACK,
                        "expected 'ISO2<TAB>from<TAB>until<TAB>citation', dates YYYY-MM-DD, "
                        "until '-' while in place");
  long from = day_number(f[1]), until = day_number(f[2]);
  if (from <= 0 || until < 0 || (until && until <= from))
    return sr_error_set(err, SR_EPACK, "'from' must be a date, 'until' a later date or '-'");
  const regime *last = a->regime_count ? &a->regimes[a->regime_count - 1] : NULL;
  if (last && memcmp(last->iso2, f[0].ptr, 2) == 0 && (!last->until || last->until > from))
    return sr_error_set(err, SR_EPACK, "a regime starts before the one before it ended");
  if (sr_grow(&a->regimes, &a->regime_cap, a->regime_count, sizeof *a->regimes, 32))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  regime *r = &a->regimes[a->regime_count++];
  memcpy(r->iso2, f[0].ptr, 2);
  r->iso2[2] = '\0';
  r->from = from;
  r->until = until;
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
  if (st == SR_OK) {
    snprintf(path, sizeof path, "%s/acled/naming.tsv", pack_dir);
    st = sr_pack_load(path, on_form, a, err);
  }
  if (st == SR_OK) {
    snprintf(path, sizeof path, "%s/acled/regimes.tsv", pack_dir);
    st = sr_pack_load(path, on_regime, a, err);
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
  for (size_t i = 0; i < a->form_count; i++) {
    free(a->forms[i].key);
    for (int p = 0; p < 3; p++) free(a->forms[i].parts[p]);
  }
  free(a->forms);
  free(a->regimes);
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

/* The regime of the country in place on as_of. */
static const regime *regime_on(const sr_acled *a, const char *iso2, long as_of) {
  const regime *found = NULL;
  for (size_t i = 0; i < a->regime_count; i++) {
    const regime *r = &a->regimes[i];
    if (memcmp(r->iso2, iso2, 2) != 0) continue;
    if (r->from <= as_of) found = r;
  }
  return found;
}

int sr_acled_state_name(const sr_acled *a, sr_str institution, const char *iso2,
                        const char *country, long as_of, const char *unit,
                        char *buf, size_t cap) {
  const form *f = find_form(a, institution);
  if (cap) buf[0] = '\0';
  if (!f || f->holes != 1 || !cap) return 0;
  int n = snprintf(buf, cap, "%s%s%s", f->parts[0], country, f->parts[1]);
  const regime *r = iso2 && as_of ? regime_on(a, iso2, as_of) : NULL;
  if (r && n >= 0 && (size_t)n < cap) {
    if (r->until && as_of && r->until <= as_of)
      n += snprintf(buf + n, cap - (size_t)n, " (%ld-%ld)", r->from / 10000, r->until / 10000);
    else
      n += snprintf(buf + n, cap - (size_t)n, " (%ld-)", r->from / 10000);
  }
  if (unit && *unit && n >= 0 && (size_t)n < cap) snprintf(buf + n, cap - (size_t)n, " %s", unit);
  return 1;
}

int sr_acled_either(const sr_acled *a, const char *first, const char *second,
                    char *buf, size_t cap) {
  const form *f = find_form(a, (sr_str){"either", 6});
  if (!f || !cap) return 0;
  snprintf(buf, cap, "%s%s%s%s%s", f->parts[0], first, f->parts[1], second, f->parts[2]);
  return 1;
}
