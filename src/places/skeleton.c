#include "skeleton.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "../util/pack.h"
#include "../util/grow.h"

typedef enum where { WHOLE_WORD, WORD_START, WORD_END, ANYWHERE } where;

typedef struct rule {
  char from[16], to[16];
  size_t from_len, to_len;
  where at;
} rule;

struct sr_translit {
  rule *rules;
  size_t count, cap;
  /* per byte, the rules applying anywhere (of the first 64) whose text
  ** starts with it, and those whose second letter it is (every rule of
  ** one letter too): a word holding none of their first two letters
  ** side by side skips them */
  uint64_t anywhere_first[256], anywhere_second[256];
  uint64_t one_letter; /* the rules of one letter: a word's last may start them */
};

static sr_status add_rule(void *ctx, const sr_pack_line *entry, sr_error *err) {
  sr_translit *t = ctx;
  sr_str f[4];
  size_t n = sr_pack_fields(entry, f, 4);
  if (n != 3)
    return sr_error_set(err, SR_EPACK,
                        "expected 'from<TAB>to<TAB>word|start|end|any', found "
                        "%zu field(s)", n);
  static const char *const places[] = {"word", "start", "end", "any"};
  int at = -1;
  for (int i = 0; i < 4; i++)
    if (f[2].len == strlen(places[i]) && memcmp(f[2].ptr, places[i], f[2].len) == 0)
      at = i;
  if (at < 0) return sr_error_set(err, SR_EPACK, "position must be word, start, end or any");
  /* "-" stands for nothing: a field cannot be empty in a tab-separated line. */
  int to_empty = f[1].len == 1 && f[1].ptr[0] == '-';
  if (f[0].len == 0 || f[0].len >= 16 || f[1].len >= 16)
    return sr_error_set(err, SR_EPACK, "rules rewrite 1 to 15 bytes");
  for (size_t i = 0; i < f[0].len; i++)
    if (!((f[0].ptr[i] >= 'a' && f[0].ptr[i] <= 'z') ||
          (f[0].ptr[i] >= '0' && f[0].ptr[i] <= '9')))
      return sr_error_set(err, SR_EPACK,
                          "rules are written in folded form: a-z and 0-9");
  if (sr_grow(&t->rules, &t->cap, t->count, sizeof *t->rules, 16))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  rule *r = &t->rules[t->count++];
  memset(r, 0, sizeof *r);
  memcpy(r->from, f[0].ptr, f[0].len);
  r->from_len = f[0].len;
  if (!to_empty) {
    memcpy(r->to, f[1].ptr, f[1].len);
    r->to_len = f[1].len;
  }
  r->at = (where)at;
  if (r->at == ANYWHERE && t->count <= 64) {
    uint64_t bit = (uint64_t)1 << (t->count - 1);
    t->anywhere_first[(unsigned char)r->from[0]] |= bit;
    if (r->from_len >= 2) {
      t->anywhere_second[(unsigned char)r->from[1]] |= bit;
    } else {
      t->one_letter |= bit;
      for (int c = 0; c < 256; c++) t->anywhere_second[c] |= bit;
    }
  }
  return SR_OK;
}

sr_status sr_translit_load(const char *path, sr_translit **out, sr_error *err) {
  *out = calloc(1, sizeof **out);
  if (!*out) return sr_error_set(err, SR_ENOMEM, "out of memory");
  return sr_pack_load(path, add_rule, *out, err);
}

sr_status sr_translit_parse(const char *name, const char *data, size_t len,
                            sr_translit **out, sr_error *err) {
  *out = calloc(1, sizeof **out);
  if (!*out) return sr_error_set(err, SR_ENOMEM, "out of memory");
  return sr_pack_parse(name, data, len, add_rule, *out, err);
}

void sr_translit_free(sr_translit *t) {
  if (!t) return;
  free(t->rules);
  free(t);
}

static int is_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Whether a and b hold the same n bytes: a rule's text is 1 to 15 bytes,
** mostly 1 to 3, too short to be worth a call to memcmp. */
static inline int same_bytes(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

/* Applies one rule to a word in place; returns the new length, and sets
** *changed when it rewrote the word. */
static size_t apply(const rule *r, char *w, size_t len, size_t cap, int *changed) {
  switch (r->at) {
  case WHOLE_WORD:
    if (len == r->from_len && same_bytes(w, r->from, len)) {
      memcpy(w, r->to, r->to_len);
      *changed = 1;
      return r->to_len;
    }
    return len;
  case WORD_START:
  case WORD_END: {
    if (len < r->from_len || len - r->from_len + r->to_len > cap) return len;
    /* Only where something is left of the word: "eh" is not "a". */
    if (len == r->from_len) return len;
    size_t at = r->at == WORD_START ? 0 : len - r->from_len;
    if (!same_bytes(w + at, r->from, r->from_len)) return len;
    memmove(w + at + r->to_len, w + at + r->from_len, len - at - r->from_len);
    memcpy(w + at, r->to, r->to_len);
    *changed = 1;
    return len - r->from_len + r->to_len;
  }
  case ANYWHERE: {
    /* Most words do not hold the rule's text at all: find that out before
    ** copying the word (each of the gazetteer's half million names goes
    ** through every rule at each start). */
    size_t at = 0;
    while (at + r->from_len <= len &&
           (w[at] != r->from[0] || !same_bytes(w + at, r->from, r->from_len)))
      at++;
    if (at + r->from_len > len) return len;
    char tmp[128];
    size_t o = 0;
    for (size_t i = 0; i < len;) {
      if (i + r->from_len <= len && same_bytes(w + i, r->from, r->from_len) &&
          o + r->to_len <= sizeof tmp) {
        memcpy(tmp + o, r->to, r->to_len);
        o += r->to_len;
        i += r->from_len;
      } else if (o < sizeof tmp) {
        tmp[o++] = w[i++];
      } else {
        return len;
      }
    }
    if (o > cap) return len;
    memcpy(w, tmp, o);
    *changed = 1;
    return o;
  }
  }
  return len;
}

/* The rules applying anywhere (of the first 64) whose first two letters
** the word holds side by side. */
static uint64_t rules_present(const sr_translit *t, const char *w, size_t wlen) {
  uint64_t present = 0;
  for (size_t j = 0; j < wlen; j++)
    present |= t->anywhere_first[(unsigned char)w[j]] &
               (j + 1 < wlen ? t->anywhere_second[(unsigned char)w[j + 1]] : t->one_letter);
  return present;
}

/* Doubled letters: "Hamdaniyyeh", "Ma'arrat", "Raqqa" / "Raqa". */
static size_t single_letters(char *w, size_t len) {
  size_t k = 0;
  for (size_t j = 0; j < len; j++)
    if (k == 0 || w[j] != w[k - 1]) w[k++] = w[j];
  return k;
}

size_t sr_skeleton(const sr_translit *t, const char *s, size_t len, char *buf,
                   size_t cap) {
  size_t o = 0;
  size_t i = 0;
  while (i < len) {
    while (i < len && !is_alnum((unsigned char)s[i])) i++;
    /* A word runs on over apostrophes inside it: "ma'arrat" is one word,
    ** as its transliterations "maarrat" and "marat" are. */
    char w[128];
    size_t wlen = 0;
    while (i < len && (is_alnum((unsigned char)s[i]) ||
                       (s[i] == '\'' && wlen > 0 && i + 1 < len &&
                        is_alnum((unsigned char)s[i + 1])))) {
      if (s[i] != '\'') {
        if (wlen + 1 >= sizeof w) return 0;
        w[wlen++] = s[i];
      }
      i++;
    }
    if (wlen == 0) break;
    wlen = single_letters(w, wlen);
    if (t) {
      uint64_t present = rules_present(t, w, wlen);
      for (size_t r = 0; r < t->count; r++) {
        const rule *ru = &t->rules[r];
        if (ru->at == ANYWHERE && r < 64 && !(present >> r & 1)) continue;
        /* most words are no article, and end or start otherwise than the
        ** rule: tell without a call */
        if (ru->at == WHOLE_WORD && (wlen != ru->from_len || w[0] != ru->from[0])) continue;
        if (ru->at == WORD_END && (wlen <= ru->from_len || w[wlen - 1] != ru->from[ru->from_len - 1]))
          continue;
        if (ru->at == WORD_START && (wlen <= ru->from_len || w[0] != ru->from[0])) continue;
        int changed = 0;
        wlen = apply(ru, w, wlen, sizeof w, &changed);
        /* a rewrite may bring in letters the rules after look for */
        if (changed) present = rules_present(t, w, wlen);
      }
    }
    wlen = single_letters(w, wlen);
    if (wlen == 0) continue;
    if (o + (o ? 1 : 0) + wlen >= cap) return 0;
    if (o) buf[o++] = ' ';
    memcpy(buf + o, w, wlen);
    o += wlen;
  }
  if (o < cap) buf[o] = '\0';
  return o;
}
