#include "table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/fold.h"
#include "../text/stem.h"
#include "../util/arena.h"
#include "../util/error.h"
#include "../util/grow.h"
#include "../util/names.h"
#include "../util/pack.h"
#include "../util/strmap.h"

/* ------------------------------------------------- the first-token index */

struct sr_first_tokens {
  sr_strmap *sets;  /* folded token -> its set's number */
  uint64_t *bits;   /* set k is bits[k * words, (k + 1) * words); set 0 is
                    ** the empty set, for tokens no phrase starts with */
  size_t count, cap; /* sets */
  size_t words;     /* 64-bit words per set */
  uint32_t tables;  /* ids given so far */
};

sr_first_tokens *sr_first_tokens_new(void) {
  sr_first_tokens *ix = calloc(1, sizeof *ix);
  if (!ix) return NULL;
  ix->words = 1;
  ix->cap = ix->count = 1;
  if (!(ix->sets = sr_strmap_new()) || !(ix->bits = calloc(1, sizeof *ix->bits))) {
    sr_first_tokens_free(ix);
    return NULL;
  }
  return ix;
}

void sr_first_tokens_free(sr_first_tokens *ix) {
  if (!ix) return;
  sr_strmap_free(ix->sets);
  free(ix->bits);
  free(ix);
}

const uint64_t *sr_first_tokens_get(const sr_first_tokens *ix, sr_str folded) {
  return sr_first_tokens_get_hashed(ix, folded, sr_strmap_hash(folded.ptr, folded.len));
}

const uint64_t *sr_first_tokens_get_hashed(const sr_first_tokens *ix, sr_str folded,
                                           uint32_t hash) {
  int32_t k = 0;
  sr_strmap_get_hashed(ix->sets, folded.ptr, folded.len, hash, &k);
  return ix->bits + (size_t)k * ix->words;
}

/* A new table id; sets widen when the ids outgrow them. */
static int next_id(sr_first_tokens *ix, sr_table *t) {
  uint32_t id = ix->tables++;
  t->id = id;
  t->word = id >> 6;
  t->mask = (uint64_t)1 << (id & 63);
  size_t words = ((size_t)ix->tables + 63) / 64;
  if (words <= ix->words) return 0;
  uint64_t *bits = calloc(ix->cap, words * sizeof *bits);
  if (!bits) return -1;
  for (size_t k = 0; k < ix->count; k++)
    memcpy(bits + k * words, ix->bits + k * ix->words, ix->words * sizeof *bits);
  free(ix->bits);
  ix->bits = bits;
  ix->words = words;
  return 0;
}

/* Records that table t has a phrase starting with token. */
static int note_first_token(sr_first_tokens *ix, const sr_table *t, sr_str token) {
  int created;
  int32_t *slot = sr_strmap_upsert(ix->sets, token.ptr, token.len, &created);
  if (!slot) return -1;
  if (created) {
    if (sr_grow(&ix->bits, &ix->cap, ix->count, ix->words * sizeof *ix->bits, 64))
      return -1;
    memset(ix->bits + ix->count * ix->words, 0, ix->words * sizeof *ix->bits);
    *slot = (int32_t)ix->count++;
  }
  ix->bits[(size_t)*slot * ix->words + t->word] |= t->mask;
  return 0;
}

/* ---------------------------------------------------------------- tables */

const sr_row *sr_table_match(const sr_table *t, const sr_str *tokens, size_t n,
                             size_t at, size_t *len) {
  return sr_table_match_hashed(t, tokens, NULL, n, at, len);
}

const sr_row *sr_table_match_hashed(const sr_table *t, const sr_str *tokens,
                                    const uint32_t *hashes, size_t n, size_t at, size_t *len) {
  int32_t payload;
  size_t m = t->lex ? sr_lexicon_match_hashed(t->lex, tokens, hashes, n, at, &payload) : 0;
  if (len) *len = m;
  return m ? &t->rows[payload] : NULL;
}

static void table_free(sr_table *t) {
  sr_lexicon_free(t->lex);
  for (size_t i = 0; i < t->count; i++) free((char *)t->rows[i].label);
  free(t->rows);
  free(t->homonyms);
  memset(t, 0, sizeof *t);
}

void sr_tables_free(sr_table *tables, size_t count) {
  for (size_t i = 0; tables && i < count; i++) table_free(&tables[i]);
}

/* Tokenises and folds a pack phrase exactly as document text is. */
static sr_status phrase_tokens(const sr_phrase_reader *r, sr_str phrase, int stem,
                               sr_arena *arena, sr_str **out, size_t *n,
                               sr_error *err) {
  sr_sentence s = {0, phrase.len, 0, 0};
  sr_token *toks;
  sr_status st = sr_split_tokens(r->words, r->rules, phrase.ptr, &s, arena, &toks,
                                 n, err);
  if (st != SR_OK) return st;
  *out = sr_arena_alloc(arena, (*n ? *n : 1) * sizeof **out);
  if (!*out) return sr_error_set(err, SR_ENOMEM, "out of memory");
  const sr_strmap *elisions = r->rules->elisions;
  size_t k = 0;
  for (size_t i = 0; i < *n; i++) {
    size_t a = toks[i].byte_start, b = toks[i].byte_end;
    if (r->memory && r->stemmer && toks[i].kind == SR_TOKEN_WORD) {
      sr_str folded = sr_fold(arena, phrase.ptr + a, b - a);
      if (!folded.ptr || !sr_stem_memory_learn(r->memory, r->stemmer, arena, phrase.ptr + a,
                                               b - a, folded))
        return sr_error_set(err, SR_ENOMEM, "out of memory");
    }
    /* A phrase ending in an elided word ("au sud d'") ends with "d" and
    ** "'" here, but in text the word is "d'" before the next one. */
    if (i + 1 < *n && toks[i + 1].byte_start == b &&
        toks[i + 1].kind == SR_TOKEN_PUNCT &&
        (phrase.ptr[b] == '\'' ||
         (toks[i + 1].byte_end - b == 3 &&
          memcmp(phrase.ptr + b, "\xE2\x80\x99", 3) == 0)) &&
        elisions) {
      sr_str w = sr_fold(arena, phrase.ptr + a, b - a);
      if (w.ptr && sr_strmap_get(elisions, w.ptr, w.len, NULL)) {
        b = toks[i + 1].byte_end;
        i++;
      }
    }
    (*out)[k] = sr_fold(arena, phrase.ptr + a, b - a);
    if (!(*out)[k].ptr) return sr_error_set(err, SR_ENOMEM, "out of memory");
    if (stem) (*out)[k] = sr_stem_word(r->stemmer, arena, phrase.ptr + a, b - a, (*out)[k]);
    k++;
  }
  *n = k;
  return SR_OK;
}

/* Records what the row about to be added (t->count) named before; the
** array is made at the first homonym, zeros for the rows before it. */
static int note_homonym(sr_table *t, int32_t before) {
  if (t->count >= t->homonym_cap) {
    size_t cap = t->cap > t->count ? t->cap : t->count + 1;
    int32_t *h = realloc(t->homonyms, cap * sizeof *h);
    if (!h) return -1;
    memset(h + t->homonym_cap, 0, (cap - t->homonym_cap) * sizeof *h);
    t->homonyms = h;
    t->homonym_cap = cap;
  }
  t->homonyms[t->count] = before + 1;
  return 0;
}

sr_status sr_table_add(sr_rows *c, sr_table *t, sr_str phrase, sr_row row,
                       sr_error *err) {
  sr_status st = SR_OK;
  if (!t->lex && !(t->lex = sr_lexicon_new()))
    st = sr_error_set(err, SR_ENOMEM, "out of memory");
  if (st == SR_OK && sr_grow(&t->rows, &t->cap, t->count, sizeof *t->rows, 16))
    st = sr_error_set(err, SR_ENOMEM, "out of memory");
  if (st != SR_OK) {
    free((char *)row.label);
    return st;
  }
  sr_arena arena;
  sr_arena_init(&arena, 4096);
  sr_str *tokens;
  size_t n;
  st = phrase_tokens(&c->loader->reader, phrase, t->stemmed, &arena, &tokens, &n, err);
  if (st == SR_OK && n == 0)
    st = sr_error_set(err, SR_EPACK, "empty phrase");
  int32_t before = -1;
  if (st == SR_OK && sr_lexicon_match(t->lex, tokens, n, 0, &before) != n) before = -1;
  if (st == SR_OK && (before >= 0 || t->homonyms) && note_homonym(t, before) != 0)
    st = sr_error_set(err, SR_ENOMEM, "out of memory");
  /* Stemmed tables are matched on their own, not through the index. */
  if (st == SR_OK &&
      (sr_lexicon_add(t->lex, tokens, n, (int32_t)t->count) != 0 ||
       (!t->stemmed && note_first_token(c->loader->index, t, tokens[0]) != 0)))
    st = sr_error_set(err, SR_EPACK, "phrase too long or out of memory");
  sr_arena_release(&arena);
  if (st != SR_OK) {
    free((char *)row.label);
    return st;
  }
  t->rows[t->count++] = row;
  return SR_OK;
}

sr_status sr_table_add_aliases(sr_rows *c, sr_str name, sr_str aliases,
                               sr_row row, sr_error *err) {
  sr_str phrase = name;
  const char *p = aliases.ptr, *end = aliases.ptr + aliases.len;
  for (;;) {
    if (phrase.len) {
      sr_row r = row;
      if (!(r.label = sr_rows_copy((sr_str){row.label, strlen(row.label)})))
        return sr_error_set(err, SR_ENOMEM, "out of memory");
      sr_status st = sr_table_add(c, c->table, phrase, r, err);
      if (st != SR_OK) return st;
    }
    if (!p || p >= end) return SR_OK;
    const char *bar = memchr(p, '|', (size_t)(end - p));
    const char *stop = bar ? bar : end;
    phrase = (sr_str){p, (size_t)(stop - p)};
    p = bar ? bar + 1 : end;
  }
}

/* ------------------------------------------------------------- registries */

typedef struct entry_ctx {
  sr_rows rows;
  sr_row_parser row;
} entry_ctx;

static sr_status on_entry(void *ctx, const sr_pack_line *entry, sr_error *err) {
  entry_ctx *c = ctx;
  sr_str f[SR_PACK_MAX_FIELDS];
  size_t n = sr_pack_fields(entry, f, SR_PACK_MAX_FIELDS);
  if (n > SR_PACK_MAX_FIELDS)
    return sr_error_set(err, SR_EPACK, "too many fields (%zu)", n);
  if (f[0].len == 0) return sr_error_set(err, SR_EPACK, "empty first field");
  return c->row(&c->rows, f, n, err);
}

void sr_registry_path(const sr_pack_loader *loader, const sr_pack_file *f,
                      char *buf, size_t cap) {
  if (f->flags & SR_PACK_SHARED)
    snprintf(buf, cap, "%s/%s", loader->pack_dir, f->file);
  else
    snprintf(buf, cap, "%s/%s/%s", loader->pack_dir, loader->lang, f->file);
}

sr_status sr_registry_load(const sr_pack_registry *reg, sr_pack_loader *loader,
                           sr_table *tables, void *stage, sr_error *err) {
  for (size_t i = 0; i < reg->table_count; i++)
    if (next_id(loader->index, &tables[i]) != 0)
      return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (size_t i = 0; i < reg->file_count; i++) {
    const sr_pack_file *f = &reg->files[i];
    if (f->table >= 0) tables[f->table].stemmed = (f->flags & SR_PACK_STEMMED) != 0;
  }
  for (size_t i = 0; i < reg->file_count; i++) {
    const sr_pack_file *f = &reg->files[i];
    if (!f->file) continue;
    char path[4096];
    sr_registry_path(loader, f, path, sizeof path);
    entry_ctx c = {{loader, tables, f->table >= 0 ? &tables[f->table] : NULL, stage},
                   f->row};
    sr_status st = sr_pack_load(path, on_entry, &c, err);
    if (st != SR_OK) return st;
  }
  return SR_OK;
}

/* ------------------------------------------- helpers of the row parsers */

sr_status sr_rows_need(size_t n, size_t lo, size_t hi, const char *form,
                       sr_error *err) {
  if (n < lo || n > hi)
    return sr_error_set(err, SR_EPACK, "expected '%s', found %zu field(s)", form,
                        n);
  return SR_OK;
}

int sr_rows_number(sr_str s, double *out) {
  char buf[64];
  if (s.len == 0 || s.len >= sizeof buf) return 0;
  memcpy(buf, s.ptr, s.len);
  buf[s.len] = '\0';
  char *end;
  *out = strtod(buf, &end);
  return *end == '\0' && isfinite(*out); /* "nan" and "inf" parse too */
}

char *sr_rows_copy(sr_str s) {
  char *c = malloc(s.len + 1);
  if (c) {
    memcpy(c, s.ptr, s.len);
    c[s.len] = '\0';
  }
  return c;
}

sr_status sr_rows_labelled(sr_rows *c, const sr_str *f, size_t n,
                           sr_error *err) {
  sr_status st = sr_rows_need(n, 1, 2, "phrase[<TAB>class]", err);
  if (st != SR_OK) return st;
  sr_row row = {0, 0, 0, NULL};
  if (n == 2 && f[1].len && !(row.label = sr_rows_copy(f[1])))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  return sr_table_add(c, c->table, f[0], row, err);
}

sr_status sr_rows_named(sr_rows *c, const sr_str *f, size_t n,
                        const char *const *names, size_t count, int lowest,
                        const char *what, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "phrase<TAB>name", err);
  if (st != SR_OK) return st;
  int v = sr_name_index(names, count, f[1]);
  if (v < lowest)
    return sr_error_set(err, SR_EPACK, "unknown %s '%.*s'", what, (int)f[1].len,
                        f[1].ptr);
  sr_row row = {0, v, 0, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

int sr_rows_flags(sr_str s, const char *const *names, size_t count,
                  sr_str *bad) {
  int flags = 0;
  const char *p = s.ptr, *end = s.ptr + s.len;
  while (p < end) {
    const char *comma = memchr(p, ',', (size_t)(end - p));
    sr_str one = {p, (size_t)((comma ? comma : end) - p)};
    int v = sr_name_index(names, count, one);
    if (v < 0) {
      *bad = one;
      return -1;
    }
    flags |= 1 << v;
    p = comma ? comma + 1 : end;
  }
  return flags;
}
