#include "knowledge.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine.h"
#include "../text/fold.h"
#include "../text/stem.h"
#include "../util/arena.h"
#include "../util/error.h"
#include "../util/pack.h"
#include "../util/strmap.h"
#include "../util/grow.h"

const char *sr_qualifier_name(sr_qualifier q) {
  static const char *const names[] = {"exact",    "about",     "at_least",
                                      "more_than", "at_most", "less_than",
                                      "range"};
  return (unsigned)q < sizeof names / sizeof *names ? names[q] : "exact";
}

static int name_index(const char *const *names, size_t count, sr_str s) {
  for (size_t i = 0; i < count; i++)
    if (strlen(names[i]) == s.len && memcmp(names[i], s.ptr, s.len) == 0)
      return (int)i;
  return -1;
}

static const char *const qualifier_names[] = {
    "exact", "about", "at_least", "more_than", "at_most", "less_than", "range"};
static const char *const unit_names[] = {"none", "hour", "day", "week", "month",
                                         "year"};
#define PLACE_ROLES 14
static const char *const place_role_names[PLACE_ROLES] = {
    "",  "neighbourhood", "locality", "admin1", "country", "near",
    "N", "NE", "E", "SE", "S", "SW", "W", "NW"};

const char *sr_place_role_name(int role) {
  if (role <= 0 || role >= PLACE_ROLES) return "";
  return place_role_names[role];
}

static const char *const group_type_names[] = {"any", "group", "coalition",
                                               "state"};
static const char *const institution_names[] = {
    "", "military", "police", "government", "join", "of"};
static const char *const source_kind_names[] = {
    "", "person", "organization", "media", "unnamed"};
static const char *const cue_role_names[] = {
    "", "before", "verb", "passive", "back", "via", "line", "relative", "article"};

const char *sr_group_type_name(int type) {
  return type >= 0 && type < 4 ? group_type_names[type] : "any";
}
const char *sr_source_kind_name(int kind) {
  return kind > 0 && kind < 5 ? source_kind_names[kind] : "unnamed";
}
const char *sr_cue_role_name(int role) {
  return role > 0 && role < 9 ? cue_role_names[role] : "";
}

static const char *const role_names[] = {
    "",      "article", "past",      "next",       "this",     "year_cue",
    "since", "period_edge", "ago_before", "ago_after", "time_cue", "time_after"};

/* ------------------------------------------------------------- tables */

#define SR_KNOWLEDGE_TABLES 32
/* each table has a bit in a 32-bit word (sr_table.bit) */
_Static_assert(SR_KNOWLEDGE_TABLES <= 32, "sr_knowledge.first_tokens holds 32 bits");

/* Every table of k, for what is done to each alike. */
static size_t all_tables(sr_knowledge *k, sr_table **out) {
  sr_table *all[SR_KNOWLEDGE_TABLES] = {
      &k->numbers,  &k->approximations, &k->qualifiers, &k->range_open,
      &k->range_join, &k->months,       &k->weekdays,   &k->relative_dates,
      &k->date_words, &k->time_units,   &k->ordinals,   &k->counted,
      &k->links,    &k->inclusions,     &k->place_cues, &k->place_suffixes,
      &k->demonyms, &k->named_actors, &k->countries, &k->named_sources,
      &k->forces, &k->armed_groups, &k->civilians, &k->actor_refs,
      &k->attribution, &k->designators, &k->titles, &k->denials,
      &k->triggers, &k->quantity_kinds, &k->modality, &k->numbered};
  memcpy(out, all, sizeof all);
  return SR_KNOWLEDGE_TABLES;
}

static void table_free(sr_table *t) {
  sr_lexicon_free(t->lex);
  for (size_t i = 0; i < t->count; i++) free((char *)t->rows[i].label);
  free(t->rows);
  memset(t, 0, sizeof *t);
}

const sr_row *sr_table_match(const sr_table *t, const sr_str *tokens, size_t n,
                             size_t at, size_t *len) {
  int32_t payload;
  size_t m = t->lex ? sr_lexicon_match(t->lex, tokens, n, at, &payload) : 0;
  if (len) *len = m;
  return m ? &t->rows[payload] : NULL;
}

/* Tokenises and folds a pack phrase exactly as document text is, so that
** the two meet token for token. */
static sr_status phrase_tokens(const sr_language *lang, sr_str phrase,
                               int stem, sr_arena *arena, sr_str **out,
                               size_t *n, sr_error *err) {
  sr_sentence s = {0, phrase.len, 0, 0};
  sr_token *toks;
  sr_status st = sr_split_tokens(lang->word_template, &lang->rules, phrase.ptr,
                                 &s, arena, &toks, n, err);
  if (st != SR_OK) return st;
  *out = sr_arena_alloc(arena, (*n ? *n : 1) * sizeof **out);
  if (!*out) return sr_error_set(err, SR_ENOMEM, "out of memory");
  size_t k = 0;
  for (size_t i = 0; i < *n; i++) {
    size_t a = toks[i].byte_start, b = toks[i].byte_end;
    /* A phrase ending in an elided word ("au sud d'") ends with "d" and
    ** "'" here, but in text the word is "d'" before the next one. */
    if (i + 1 < *n && toks[i + 1].byte_start == b &&
        toks[i + 1].kind == SR_TOKEN_PUNCT &&
        (phrase.ptr[b] == '\'' ||
         (toks[i + 1].byte_end - b == 3 &&
          memcmp(phrase.ptr + b, "\xE2\x80\x99", 3) == 0)) &&
        lang->elisions) {
      sr_str w = sr_fold(arena, phrase.ptr + a, b - a);
      if (w.ptr && sr_strmap_get(lang->elisions, w.ptr, w.len, NULL)) {
        b = toks[i + 1].byte_end;
        i++;
      }
    }
    (*out)[k] = sr_fold(arena, phrase.ptr + a, b - a);
    if (!(*out)[k].ptr) return sr_error_set(err, SR_ENOMEM, "out of memory");
    if (stem) (*out)[k] = sr_stem(lang->knowledge.load_stemmer, arena, (*out)[k]);
    k++;
  }
  *n = k;
  return SR_OK;
}

/* Records that t has a phrase starting with token. */
static int note_first_token(sr_knowledge *k, const sr_table *t, sr_str token) {
  int32_t bits = 0;
  sr_strmap_get(k->first_tokens, token.ptr, token.len, &bits);
  return sr_strmap_put(k->first_tokens, token.ptr, token.len,
                       (int32_t)((uint32_t)bits | t->bit));
}

uint32_t sr_knowledge_starts(const sr_knowledge *k, sr_str folded) {
  int32_t bits = 0;
  sr_strmap_get(k->first_tokens, folded.ptr, folded.len, &bits);
  return (uint32_t)bits;
}

static sr_status table_add(sr_language *lang, sr_table *t, sr_str phrase,
                           sr_row row, sr_error *err) {
  if (!t->lex && !(t->lex = sr_lexicon_new()))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  if (sr_grow(&t->rows, &t->cap, t->count, sizeof *t->rows, 16))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_arena arena;
  sr_arena_init(&arena, 4096);
  sr_str *tokens;
  size_t n;
  sr_status st = phrase_tokens(lang, phrase, t->stemmed, &arena, &tokens, &n, err);
  if (st == SR_OK && n == 0)
    st = sr_error_set(err, SR_EPACK, "empty phrase");
  /* Stemmed tables are matched on their own, not through first_tokens. */
  if (st == SR_OK &&
      (sr_lexicon_add(t->lex, tokens, n, (int32_t)t->count) != 0 ||
       (!t->stemmed && note_first_token(&lang->knowledge, t, tokens[0]) != 0)))
    st = sr_error_set(err, SR_EPACK, "phrase too long or out of memory");
  sr_arena_release(&arena);
  if (st != SR_OK) {
    free((char *)row.label);
    return st;
  }
  t->rows[t->count++] = row;
  return SR_OK;
}

/* ------------------------------------------------------ row parsers */

typedef struct load_ctx {
  sr_language *lang;
  sr_knowledge *k;
  sr_table *table;
  sr_status (*row)(struct load_ctx *ctx, const sr_str *f, size_t n, sr_error *err);
} load_ctx;

static int parse_number(sr_str s, double *out) {
  char buf[64];
  if (s.len == 0 || s.len >= sizeof buf) return 0;
  memcpy(buf, s.ptr, s.len);
  buf[s.len] = '\0';
  char *end;
  *out = strtod(buf, &end);
  return *end == '\0' && isfinite(*out); /* "nan" and "inf" parse too */
}

static sr_status need_fields(size_t n, size_t lo, size_t hi, const char *form,
                             sr_error *err) {
  if (n < lo || n > hi)
    return sr_error_set(err, SR_EPACK, "expected '%s', found %zu field(s)", form,
                        n);
  return SR_OK;
}

/* word <TAB> value [<TAB> flag]: numbers and approximations */
static sr_status row_valued(load_ctx *c, const sr_str *f, size_t n,
                            sr_error *err) {
  int approx = c->table == &c->k->approximations;
  sr_status st = need_fields(n, approx ? 3 : 2, 3,
                             approx ? "word<TAB>value<TAB>about|plural"
                                    : "word<TAB>value[<TAB>mul|compound|join]",
                             err);
  if (st != SR_OK) return st;
  sr_row row = {0, 0, 0, NULL};
  if (!parse_number(f[1], &row.value))
    return sr_error_set(err, SR_EPACK, "'%.*s' is not a number", (int)f[1].len,
                        f[1].ptr);
  if (n == 3) {
    static const char *const number_flags[] = {"", "mul", "compound", "join"};
    static const char *const approx_flags[] = {"about", "plural"};
    int v = approx ? name_index(approx_flags, 2, f[2])
                   : name_index(number_flags, 4, f[2]);
    if (v < 0)
      return sr_error_set(err, SR_EPACK, "unknown flag '%.*s'", (int)f[2].len,
                          f[2].ptr);
    row.a = v;
  }
  return table_add(c->lang, c->table, f[0], row, err);
}

/* phrase <TAB> name, the name from a closed list */
static sr_status row_named(load_ctx *c, const sr_str *f, size_t n,
                           const char *const *names, size_t count,
                           const char *what, sr_error *err) {
  sr_status st = need_fields(n, 2, 2, "phrase<TAB>name", err);
  if (st != SR_OK) return st;
  int v = name_index(names, count, f[1]);
  if (v < 1 && !(v == 0 && names == qualifier_names))
    return sr_error_set(err, SR_EPACK, "unknown %s '%.*s'", what, (int)f[1].len,
                        f[1].ptr);
  sr_row row = {0, v, 0, NULL};
  return table_add(c->lang, c->table, f[0], row, err);
}

static sr_status row_qualifier(load_ctx *c, const sr_str *f, size_t n,
                               sr_error *err) {
  return row_named(c, f, n, qualifier_names, 7, "qualifier", err);
}

static sr_status row_unit(load_ctx *c, const sr_str *f, size_t n,
                          sr_error *err) {
  return row_named(c, f, n, unit_names, 6, "unit", err);
}

static sr_status row_role(load_ctx *c, const sr_str *f, size_t n,
                          sr_error *err) {
  return row_named(c, f, n, role_names, sizeof role_names / sizeof *role_names,
                   "role", err);
}

/* word <TAB> integer in [lo, hi]: months, weekdays */
static sr_status row_int(load_ctx *c, const sr_str *f, size_t n, int lo, int hi,
                         sr_error *err) {
  sr_status st = need_fields(n, 2, 2, "word<TAB>number", err);
  if (st != SR_OK) return st;
  double v;
  if (!parse_number(f[1], &v) || v < lo || v > hi || v != (int)v)
    return sr_error_set(err, SR_EPACK, "expected a whole number from %d to %d",
                        lo, hi);
  sr_row row = {v, (int32_t)v, 0, NULL};
  return table_add(c->lang, c->table, f[0], row, err);
}

static sr_status row_month(load_ctx *c, const sr_str *f, size_t n,
                           sr_error *err) {
  return row_int(c, f, n, 1, 12, err);
}

static sr_status row_place_role(load_ctx *c, const sr_str *f, size_t n,
                                sr_error *err) {
  return row_named(c, f, n, place_role_names, PLACE_ROLES, "place role", err);
}

static sr_status row_labelled(load_ctx *c, const sr_str *f, size_t n,
                              sr_error *err);

/* demonym <TAB> ISO2: the country a word of nationality points to */
static sr_status row_demonym(load_ctx *c, const sr_str *f, size_t n,
                             sr_error *err) {
  sr_status st = need_fields(n, 2, 2, "word<TAB>ISO2", err);
  if (st != SR_OK) return st;
  if (f[1].len != 2 || f[1].ptr[0] < 'A' || f[1].ptr[0] > 'Z' ||
      f[1].ptr[1] < 'A' || f[1].ptr[1] > 'Z')
    return sr_error_set(err, SR_EPACK, "expected a two-letter country code");
  return row_labelled(c, f, n, err);
}

static sr_status row_weekday(load_ctx *c, const sr_str *f, size_t n,
                             sr_error *err) {
  return row_int(c, f, n, 1, 7, err);
}

/* phrase <TAB> offset <TAB> unit */
static sr_status row_relative(load_ctx *c, const sr_str *f, size_t n,
                              sr_error *err) {
  sr_status st = need_fields(n, 3, 3, "phrase<TAB>offset<TAB>unit", err);
  if (st != SR_OK) return st;
  double v;
  int unit = name_index(unit_names, 6, f[2]);
  if (!parse_number(f[1], &v) || v != (int)v || v < -1000 || v > 1000)
    return sr_error_set(err, SR_EPACK, "offset must be a whole number");
  if (unit < SR_UNIT_DAY)
    return sr_error_set(err, SR_EPACK, "unit must be day, week, month or year");
  sr_row row = {v, (int32_t)v, unit, NULL};
  return table_add(c->lang, c->table, f[0], row, err);
}

/* phrase [<TAB> class]: ordinal suffixes, counted nouns */
static sr_status row_labelled(load_ctx *c, const sr_str *f, size_t n,
                              sr_error *err) {
  sr_status st = need_fields(n, 1, 2, "phrase[<TAB>class]", err);
  if (st != SR_OK) return st;
  sr_row row = {0, 0, 0, NULL};
  if (n == 2 && f[1].len) {
    char *label = malloc(f[1].len + 1);
    if (!label) return sr_error_set(err, SR_ENOMEM, "out of memory");
    memcpy(label, f[1].ptr, f[1].len);
    label[f[1].len] = '\0';
    row.label = label;
  }
  return table_add(c->lang, c->table, f[0], row, err);
}

/* open <TAB> join: "entre et" gives both halves the same row number */
static sr_status row_range(load_ctx *c, const sr_str *f, size_t n,
                           sr_error *err) {
  sr_status st = need_fields(n, 2, 2, "open<TAB>join", err);
  if (st != SR_OK) return st;
  sr_row row = {0, (int32_t)c->k->range_open.count, 0, NULL};
  st = table_add(c->lang, &c->k->range_open, f[0], row, err);
  return st == SR_OK ? table_add(c->lang, &c->k->range_join, f[1], row, err)
                     : st;
}

/* number_format.txt: "decimal<TAB>," */
static sr_status row_format(load_ctx *c, const sr_str *f, size_t n,
                            sr_error *err) {
  sr_status st = need_fields(n, 2, 2, "decimal<TAB>mark", err);
  if (st != SR_OK) return st;
  if (f[0].len != 7 || memcmp(f[0].ptr, "decimal", 7) != 0)
    return sr_error_set(err, SR_EPACK, "unknown setting '%.*s'", (int)f[0].len,
                        f[0].ptr);
  if (f[1].len != 1 || (f[1].ptr[0] != ',' && f[1].ptr[0] != '.'))
    return sr_error_set(err, SR_EPACK, "the decimal mark is ',' or '.'");
  c->k->decimal_mark = f[1].ptr[0];
  return SR_OK;
}

static char *copy_field(sr_str s) {
  char *c = malloc(s.len + 1);
  if (c) {
    memcpy(c, s.ptr, s.len);
    c[s.len] = '\0';
  }
  return c;
}

/* Adds row under the phrase and under each '|'-separated alias; each row
** owns a copy of the label. */
static sr_status add_with_aliases(load_ctx *c, sr_str name, sr_str aliases,
                                  sr_row row, sr_error *err) {
  sr_str phrase = name;
  const char *p = aliases.ptr, *end = aliases.ptr + aliases.len;
  for (;;) {
    if (phrase.len) {
      sr_row r = row;
      if (!(r.label = copy_field((sr_str){row.label, strlen(row.label)})))
        return sr_error_set(err, SR_ENOMEM, "out of memory");
      sr_status st = table_add(c->lang, c->table, phrase, r, err);
      if (st != SR_OK) return st;
    }
    if (!p || p >= end) return SR_OK;
    const char *bar = memchr(p, '|', (size_t)(end - p));
    const char *stop = bar ? bar : end;
    phrase = (sr_str){p, (size_t)(stop - p)};
    p = bar ? bar + 1 : end;
  }
}

/* "fs", "mp", "p", "-": agreement bits */
static int parse_agreement(sr_str s, int *out) {
  *out = 0;
  if (s.len == 1 && s.ptr[0] == '-') return 1;
  for (size_t i = 0; i < s.len; i++) {
    switch (s.ptr[i]) {
      case 'f': *out |= SR_AGREE_F; break;
      case 'm': *out |= SR_AGREE_M; break;
      case 's': *out |= SR_AGREE_SG; break;
      case 'p': *out |= SR_AGREE_PL; break;
      default: return 0;
    }
  }
  return s.len > 0;
}

static int parse_inter(sr_str s, int *out) {
  double v;
  if (!parse_number(s, &v) || v != (int)v || v < 1 || v > 8) return 0;
  *out = (int)v;
  return 1;
}

/* actors.tsv: name <TAB> inter <TAB> type <TAB> agreement [<TAB> aliases] */
static sr_status row_actor(load_ctx *c, const sr_str *f, size_t n,
                           sr_error *err) {
  sr_status st = need_fields(
      n, 4, 5, "name<TAB>inter<TAB>type<TAB>agreement[<TAB>alias|alias...]", err);
  if (st != SR_OK) return st;
  int inter, agree, type = name_index(group_type_names, 4, f[2]);
  if (!parse_inter(f[1], &inter))
    return sr_error_set(err, SR_EPACK, "inter must be a whole number from 1 to 8");
  if (type < 1)
    return sr_error_set(err, SR_EPACK, "unknown type '%.*s' (group, coalition, state)",
                        (int)f[2].len, f[2].ptr);
  if (!parse_agreement(f[3], &agree))
    return sr_error_set(err, SR_EPACK, "agreement is letters of f, m, s, p or '-'");
  char *name = copy_field(f[0]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, inter, type | agree << 4, name};
  st = add_with_aliases(c, f[0], n == 5 ? f[4] : (sr_str){NULL, 0}, row, err);
  free(name);
  return st;
}

/* sources.tsv: name <TAB> kind [<TAB> aliases] */
static sr_status row_named_source(load_ctx *c, const sr_str *f, size_t n,
                                  sr_error *err) {
  sr_status st = need_fields(n, 2, 3, "name<TAB>kind[<TAB>alias|alias...]", err);
  if (st != SR_OK) return st;
  int kind = name_index(source_kind_names, 5, f[1]);
  if (kind < 1)
    return sr_error_set(err, SR_EPACK, "unknown source kind '%.*s'", (int)f[1].len,
                        f[1].ptr);
  char *name = copy_field(f[0]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, kind, 0, name};
  st = add_with_aliases(c, f[0], n == 3 ? f[2] : (sr_str){NULL, 0}, row, err);
  free(name);
  return st;
}

/* countries.tsv: ISO2 <TAB> name as actor names use it */
static sr_status row_country(load_ctx *c, const sr_str *f, size_t n,
                             sr_error *err) {
  sr_status st = need_fields(n, 2, 2, "ISO2<TAB>name", err);
  if (st != SR_OK) return st;
  if (f[0].len != 2 || f[0].ptr[0] < 'A' || f[0].ptr[0] > 'Z' ||
      f[0].ptr[1] < 'A' || f[0].ptr[1] > 'Z')
    return sr_error_set(err, SR_EPACK, "expected a two-letter country code");
  if (f[1].len == 0) return sr_error_set(err, SR_EPACK, "empty country name");
  char *name = copy_field(f[1]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, 0, 0, name};
  return table_add(c->lang, c->table, f[0], row, err);
}

/* forces.txt: phrase <TAB> institution [<TAB> agreement [<TAB> own]]: the
** row's b holds "own" in bit 0 and the agreement above it. */
static sr_status row_force(load_ctx *c, const sr_str *f, size_t n,
                           sr_error *err) {
  sr_status st = need_fields(n, 2, 4,
                             "phrase<TAB>institution[<TAB>agreement[<TAB>own]]", err);
  if (st != SR_OK) return st;
  int inst = name_index(institution_names, 6, f[1]);
  if (inst < 1)
    return sr_error_set(err, SR_EPACK, "unknown institution '%.*s'", (int)f[1].len,
                        f[1].ptr);
  int agree = 0;
  if (n >= 3 && !parse_agreement(f[2], &agree))
    return sr_error_set(err, SR_EPACK, "agreement is letters of f, m, s, p or '-'");
  int own = n == 4 && f[3].len == 3 && memcmp(f[3].ptr, "own", 3) == 0;
  if (n == 4 && !own)
    return sr_error_set(err, SR_EPACK, "the fourth field can only be 'own'");
  sr_row row = {0, inst, own | agree << 1, NULL};
  return table_add(c->lang, c->table, f[0], row, err);
}

/* armed_groups.txt: phrase <TAB> inter */
static sr_status row_armed_group(load_ctx *c, const sr_str *f, size_t n,
                                 sr_error *err) {
  sr_status st = need_fields(n, 2, 2, "phrase<TAB>inter", err);
  if (st != SR_OK) return st;
  int inter;
  if (!parse_inter(f[1], &inter))
    return sr_error_set(err, SR_EPACK, "inter must be a whole number from 1 to 8");
  sr_row row = {0, inter, 0, NULL};
  return table_add(c->lang, c->table, f[0], row, err);
}

/* actor_references.txt: phrase <TAB> type <TAB> agreement */
static sr_status row_actor_ref(load_ctx *c, const sr_str *f, size_t n,
                               sr_error *err) {
  sr_status st = need_fields(n, 3, 3, "phrase<TAB>type<TAB>agreement", err);
  if (st != SR_OK) return st;
  int agree, type = name_index(group_type_names, 4, f[1]);
  if (type < 0)
    return sr_error_set(err, SR_EPACK, "unknown type '%.*s'", (int)f[1].len,
                        f[1].ptr);
  if (!parse_agreement(f[2], &agree))
    return sr_error_set(err, SR_EPACK, "agreement is letters of f, m, s, p or '-'");
  sr_row row = {0, type, agree, NULL};
  return table_add(c->lang, c->table, f[0], row, err);
}

static sr_status row_cue(load_ctx *c, const sr_str *f, size_t n,
                         sr_error *err) {
  return row_named(c, f, n, cue_role_names, 9, "attribution role", err);
}

static sr_status row_designator(load_ctx *c, const sr_str *f, size_t n,
                                sr_error *err) {
  return row_named(c, f, n, source_kind_names, 5, "source kind", err);
}

static const char *const status_names[] = {
    "realised", "planned", "hypothetical", "failed", "denied", "negation",
    "passive", "anaphoric", "coordinated", "cumulative", "historical"};

const char *sr_event_status_name(int status) {
  return status >= 0 && status < (int)(sizeof status_names / sizeof *status_names)
             ? status_names[status]
             : "realised";
}

/* "historical" is the engine's own judgement, not a pack's */
static sr_status row_modality(load_ctx *c, const sr_str *f, size_t n,
                              sr_error *err) {
  return row_named(c, f, n, status_names, SR_EV_HISTORICAL, "status", err);
}

/* triggers.txt: phrase <TAB> action [<TAB> victim], the action one of
** actions.tsv; "victim" when the subject suffers it ("IS lost 28 fighters") */
static sr_status row_trigger(load_ctx *c, const sr_str *f, size_t n,
                             sr_error *err) {
  sr_status st = need_fields(n, 2, 3, "phrase<TAB>action[<TAB>victim]", err);
  if (st != SR_OK) return st;
  static const char *const roles[] = {"agent", "victim"};
  int role = n == 3 ? name_index(roles, 2, f[2]) : SR_TRIGGER_AGENT;
  if (role < 0)
    return sr_error_set(err, SR_EPACK, "unknown subject role '%.*s' (agent or victim)",
                        (int)f[2].len, f[2].ptr);
  char *name = copy_field(f[1]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  if (!sr_knowledge_action(c->k, name)) {
    free(name);
    return sr_error_set(err, SR_EPACK, "unknown action '%.*s' (see events/actions.tsv)",
                        (int)f[1].len, f[1].ptr);
  }
  sr_row row = {0, role, 0, name};
  return table_add(c->lang, c->table, f[0], row, err);
}

static const char *const quantity_kind_names[] = {
    "", "killed", "injured", "killed_or_injured", "captured", "surrendered",
    "evacuated", "displaced", "destroyed", "participants", "attacks",
    "corridors", "duration_hours"};
#define QUANTITY_KINDS (sizeof quantity_kind_names / sizeof *quantity_kind_names)

const char *sr_quantity_kind_name(int kind) {
  for (size_t i = 1; i < QUANTITY_KINDS; i++)
    if ((int)i == kind) return quantity_kind_names[i];
  return NULL;
}

int sr_quantity_kind_of(const char *name) {
  for (size_t i = 1; i < QUANTITY_KINDS; i++)
    if (strcmp(quantity_kind_names[i], name) == 0) return (int)i;
  return 0;
}

static sr_status row_quantity_kind(load_ctx *c, const sr_str *f, size_t n,
                                   sr_error *err) {
  return row_named(c, f, n, quantity_kind_names, QUANTITY_KINDS, "quantity kind", err);
}

const sr_action *sr_knowledge_action(const sr_knowledge *k, const char *name) {
  for (size_t i = 0; i < k->action_count; i++)
    if (strcmp(k->actions[i].name, name) == 0) return &k->actions[i];
  return NULL;
}

/* actions.tsv: action <TAB> event type <TAB> sub-event type [<TAB> flags] */
static sr_status row_action(load_ctx *c, const sr_str *f, size_t n,
                            sr_error *err) {
  static const char *const flag_names[] = {"territory", "civilians", "agent",
                                           "announce", "subordinate", "violent"};
  sr_status st = need_fields(n, 3, 4,
                             "action<TAB>event type<TAB>sub-event type[<TAB>flag,flag]", err);
  if (st != SR_OK) return st;
  int flags = 0;
  if (n == 4) {
    const char *p = f[3].ptr, *end = f[3].ptr + f[3].len;
    while (p < end) {
      const char *comma = memchr(p, ',', (size_t)(end - p));
      sr_str one = {p, (size_t)((comma ? comma : end) - p)};
      int v = name_index(flag_names, 6, one);
      if (v < 0)
        return sr_error_set(err, SR_EPACK, "unknown flag '%.*s'", (int)one.len, one.ptr);
      flags |= 1 << v;
      p = comma ? comma + 1 : end;
    }
  }
  sr_knowledge *k = c->k;
  sr_action *a = realloc(k->actions, (k->action_count + 1) * sizeof *a);
  if (!a) return sr_error_set(err, SR_ENOMEM, "out of memory");
  k->actions = a;
  a = &k->actions[k->action_count];
  a->name = copy_field(f[0]);
  a->event_type = copy_field(f[1]);
  a->sub_event_type = copy_field(f[2]);
  a->flags = flags;
  if (!a->name || !a->event_type || !a->sub_event_type) {
    free(a->name);
    free(a->event_type);
    free(a->sub_event_type);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  k->action_count++;
  return SR_OK;
}

int sr_knowledge_figure_kind(const sr_knowledge *k, const char *of_class,
                             const char *action) {
  for (size_t i = 0; i < k->figure_kind_count; i++) {
    const sr_figure_kind *f = &k->figure_kinds[i];
    if (strcmp(f->of_class, of_class) == 0 && (!f->action || strcmp(f->action, action) == 0))
      return f->kind;
  }
  return 0;
}

/* figure_kinds.tsv: class <TAB> action|* <TAB> kind */
static sr_status row_figure_kind(load_ctx *c, const sr_str *f, size_t n,
                                 sr_error *err) {
  sr_status st = need_fields(n, 3, 3, "class<TAB>action|*<TAB>kind", err);
  if (st != SR_OK) return st;
  int kind = name_index(quantity_kind_names, QUANTITY_KINDS, f[2]);
  if (kind < 1)
    return sr_error_set(err, SR_EPACK, "unknown kind '%.*s'", (int)f[2].len, f[2].ptr);
  int any = f[1].len == 1 && f[1].ptr[0] == '*';
  char *action = any ? NULL : copy_field(f[1]);
  if (!any && action && !sr_knowledge_action(c->k, action)) {
    free(action);
    return sr_error_set(err, SR_EPACK, "unknown action '%.*s' (see events/actions.tsv)",
                        (int)f[1].len, f[1].ptr);
  }
  sr_knowledge *k = c->k;
  sr_figure_kind *a = realloc(k->figure_kinds, (k->figure_kind_count + 1) * sizeof *a);
  char *cls = copy_field(f[0]);
  if (!a || !cls || (!any && !action)) {
    if (a) k->figure_kinds = a;
    free(cls);
    free(action);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  k->figure_kinds = a;
  k->figure_kinds[k->figure_kind_count++] = (sr_figure_kind){cls, action, kind};
  return SR_OK;
}

static sr_status on_entry(void *ctx, const sr_pack_line *entry, sr_error *err) {
  load_ctx *c = ctx;
  sr_str f[6];
  size_t n = sr_pack_fields(entry, f, 6);
  if (n > 6) return sr_error_set(err, SR_EPACK, "too many fields (%zu)", n);
  if (f[0].len == 0) return sr_error_set(err, SR_EPACK, "empty first field");
  return c->row(c, f, n, err);
}

sr_status sr_knowledge_load(sr_language *lang, const char *pack_dir,
                            sr_error *err) {
  sr_knowledge *k = &lang->knowledge;
  struct {
    const char *file;
    sr_table *table;
    sr_status (*row)(load_ctx *, const sr_str *, size_t, sr_error *);
    int shared; /* under packs/, not packs/<lang>/: names, not words */
  } files[] = {
      {"numbers.txt", &k->numbers, row_valued, 0},
      {"approximations.txt", &k->approximations, row_valued, 0},
      {"qualifiers.txt", &k->qualifiers, row_qualifier, 0},
      {"ranges.txt", &k->range_open, row_range, 0},
      {"months.txt", &k->months, row_month, 0},
      {"weekdays.txt", &k->weekdays, row_weekday, 0},
      {"relative_dates.txt", &k->relative_dates, row_relative, 0},
      {"date_words.txt", &k->date_words, row_role, 0},
      {"time_units.txt", &k->time_units, row_unit, 0},
      {"ordinals.txt", &k->ordinals, row_labelled, 0},
      {"counted.txt", &k->counted, row_labelled, 0},
      {"quantity_links.txt", &k->links, row_labelled, 0},
      {"inclusions.txt", &k->inclusions, row_labelled, 0},
      {"numbered_names.txt", &k->numbered, row_labelled, 0},
      {"number_format.txt", NULL, row_format, 0},
      {"place_cues.txt", &k->place_cues, row_place_role, 0},
      {"place_suffixes.txt", &k->place_suffixes, row_place_role, 0},
      {"demonyms.txt", &k->demonyms, row_demonym, 0},
      {"actors/actors.tsv", &k->named_actors, row_actor, 1},
      {"actors/countries.tsv", &k->countries, row_country, 1},
      {"actors/sources.tsv", &k->named_sources, row_named_source, 1},
      {"forces.txt", &k->forces, row_force, 0},
      {"armed_groups.txt", &k->armed_groups, row_armed_group, 0},
      {"civilians.txt", &k->civilians, row_labelled, 0},
      {"actor_references.txt", &k->actor_refs, row_actor_ref, 0},
      {"attribution.txt", &k->attribution, row_cue, 0},
      {"source_designators.txt", &k->designators, row_designator, 0},
      {"titles.txt", &k->titles, row_labelled, 0},
      {"denials.txt", &k->denials, row_labelled, 0},
      {"events/actions.tsv", NULL, row_action, 1},
      {"events/figure_kinds.tsv", NULL, row_figure_kind, 1},
      {"triggers.txt", &k->triggers, row_trigger, 0},
      {"quantity_kinds.txt", &k->quantity_kinds, row_quantity_kind, 0},
      {"modality.txt", &k->modality, row_modality, 0},
  };
  k->decimal_mark = '.';
  k->first_tokens = sr_strmap_new();
  if (!k->first_tokens) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_table *all[SR_KNOWLEDGE_TABLES];
  size_t n = all_tables(k, all);
  for (size_t i = 0; i < n; i++) all[i]->bit = 1u << i;
  k->triggers.stemmed = k->quantity_kinds.stemmed = 1;
  k->load_stemmer = sr_stemmer_open(lang->code);
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char path[4096];
    if (files[i].shared)
      snprintf(path, sizeof path, "%s/%s", pack_dir, files[i].file);
    else
      snprintf(path, sizeof path, "%s/%s/%s", pack_dir, lang->code,
               files[i].file);
    load_ctx c = {lang, k, files[i].table, files[i].row};
    sr_status st = sr_pack_load(path, on_entry, &c, err);
    if (st != SR_OK) {
      sr_stemmer_close(k->load_stemmer);
      k->load_stemmer = NULL;
      return st;
    }
  }
  sr_stemmer_close(k->load_stemmer);
  k->load_stemmer = NULL;
  return SR_OK;
}

void sr_knowledge_free(sr_knowledge *k) {
  sr_table *all[SR_KNOWLEDGE_TABLES];
  size_t n = all_tables(k, all);
  for (size_t i = 0; i < n; i++) table_free(all[i]);
  sr_strmap_free(k->first_tokens);
  k->first_tokens = NULL;
  for (size_t i = 0; i < k->action_count; i++) {
    free(k->actions[i].name);
    free(k->actions[i].event_type);
    free(k->actions[i].sub_event_type);
  }
  free(k->actions);
  k->actions = NULL;
  k->action_count = 0;
  for (size_t i = 0; i < k->figure_kind_count; i++) {
    free(k->figure_kinds[i].of_class);
    free(k->figure_kinds[i].action);
  }
  free(k->figure_kinds);
  k->figure_kinds = NULL;
  k->figure_kind_count = 0;
}
