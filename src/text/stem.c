#include "stem.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "../util/strmap.h"

/* A document says the same words again and again: the stemmer of one
** document remembers each word's stem by its bytes in the text, and keeps
** the stem's own copy (the arena a sentence's stems are made in is reset
** before the next sentence). */
#define MEMO_SLOTS 1024 /* a power of two */
#define MEMO_PROBES 4
#define MEMO_STEM 31 /* longer stems are not remembered */

typedef struct memo_slot {
  const char *raw; /* the word in the document's text, or NULL */
  uint32_t len;
  uint8_t stem_len;
  char stem[MEMO_STEM];
} memo_slot;

struct sr_stemmer {
  struct sb_stemmer *sb;
  int failed; /* memory ran out: a word was left unstemmed */
  const sr_stem_memory *known; /* the packs' words, or NULL */
  memo_slot memo[MEMO_SLOTS];
};

typedef struct known_word {
  char *raw; /* the word's bytes, then its stem, in one block; NULL: empty */
  uint32_t len, stem_len, hash;
} known_word;

struct sr_stem_memory {
  known_word *slots;
  size_t cap, count; /* cap a power of two, never more than half full */
};


int sr_stemmer_known(const char *algorithm) {
  const char **known = sb_stemmer_list();
  while (*known && strcmp(*known, algorithm) != 0) known++;
  return *known != NULL;
}

sr_stemmer *sr_stemmer_open(const char *algorithm, int *out_of_memory) {
  *out_of_memory = 0;
  /* Snowball says NULL both for an algorithm it lacks and for no memory */
  if (!algorithm || !sr_stemmer_known(algorithm)) return NULL;
  struct sb_stemmer *sb = sb_stemmer_new(algorithm, "UTF_8");
  sr_stemmer *s = sb ? malloc(sizeof *s) : NULL;
  if (!s) {
    sb_stemmer_delete(sb);
    *out_of_memory = 1;
    return NULL;
  }
  s->sb = sb;
  s->failed = 0;
  s->known = NULL;
  memset(s->memo, 0, sizeof s->memo);
  return s;
}

int sr_stemmer_failed(const sr_stemmer *s) { return s && s->failed; }

void sr_stemmer_close(sr_stemmer *s) {
  if (!s) return;
  sb_stemmer_delete(s->sb);
  free(s);
}

sr_str sr_stem(sr_stemmer *s, sr_arena *arena, sr_str folded) {
  if (!s || folded.len < 3 || folded.len > 64) return folded;
  const sb_symbol *out =
      sb_stemmer_stem(s->sb, (const sb_symbol *)folded.ptr, (int)folded.len);
  if (!out) {
    s->failed = 1;
    return folded;
  }
  int n = sb_stemmer_length(s->sb);
  sr_str r = {sr_arena_strndup(arena, (const char *)out, (size_t)n), (size_t)n};
  if (!r.ptr) s->failed = 1;
  return r.ptr ? r : folded;
}

sr_str sr_stem_word(sr_stemmer *s, sr_arena *arena, const char *raw, size_t len,
                    sr_str folded) {
  if (!s) return folded;
  size_t i = 0;
  while (i < len && (unsigned char)raw[i] < 0x80) i++;
  if (i == len) return sr_stem(s, arena, folded); /* no accent to keep */
  sr_str cased = sr_fold_case(arena, raw, len);
  if (!cased.ptr) {
    s->failed = 1;
    return folded;
  }
  sr_str stem = sr_stem(s, arena, cased);
  if (stem.ptr == cased.ptr) return folded; /* nothing taken off */
  sr_str out = sr_fold(arena, stem.ptr, stem.len);
  if (!out.ptr) s->failed = 1;
  return out.ptr ? out : folded;
}

sr_str sr_stem_text_word(sr_stemmer *s, sr_arena *arena, const char *raw, size_t len,
                         sr_str folded) {
  if (!s || len > UINT32_MAX) return sr_stem_word(s, arena, raw, len, folded);
  uint32_t h = sr_strmap_hash(raw, len);
  memo_slot *empty = NULL;
  for (size_t p = 0; p < MEMO_PROBES; p++) {
    memo_slot *m = &s->memo[(h + p) & (MEMO_SLOTS - 1)];
    if (!m->raw) {
      empty = m;
      break;
    }
    if (m->len == len && memcmp(m->raw, raw, len) == 0) return (sr_str){m->stem, m->stem_len};
  }
  if (s->known) {
    sr_str known = sr_stem_memory_get(s->known, raw, len);
    if (known.ptr) return known;
  }
  int failed = s->failed;
  sr_str stem = sr_stem_word(s, arena, raw, len, folded);
  /* a word left unstemmed for want of memory is not remembered so */
  if (empty && s->failed == failed && stem.len <= MEMO_STEM) {
    empty->raw = raw;
    empty->len = (uint32_t)len;
    empty->stem_len = (uint8_t)stem.len;
    memcpy(empty->stem, stem.ptr, stem.len);
  }
  return stem;
}

void sr_stemmer_recall(sr_stemmer *s, const sr_stem_memory *m) {
  if (s) s->known = m;
}

sr_stem_memory *sr_stem_memory_new(void) { return calloc(1, sizeof(sr_stem_memory)); }

void sr_stem_memory_free(sr_stem_memory *m) {
  if (!m) return;
  for (size_t i = 0; i < m->cap; i++) free(m->slots[i].raw);
  free(m->slots);
  free(m);
}

static known_word *find_slot(known_word *slots, size_t cap, const char *raw, size_t len,
                             uint32_t hash) {
  for (size_t i = hash & (cap - 1);; i = (i + 1) & (cap - 1)) {
    known_word *w = &slots[i];
    if (!w->raw || (w->hash == hash && w->len == len && memcmp(w->raw, raw, len) == 0))
      return w;
  }
}

sr_str sr_stem_memory_get(const sr_stem_memory *m, const char *raw, size_t len) {
  if (!m || !m->cap || len > UINT32_MAX) return (sr_str){NULL, 0};
  const known_word *w = find_slot(m->slots, m->cap, raw, len, sr_strmap_hash(raw, len));
  return w->raw ? (sr_str){w->raw + w->len, w->stem_len} : (sr_str){NULL, 0};
}

int sr_stem_memory_learn(sr_stem_memory *m, sr_stemmer *s, sr_arena *arena, const char *raw,
                         size_t len, sr_str folded) {
  if (!m || !s || len > UINT32_MAX) return 1;
  uint32_t hash = sr_strmap_hash(raw, len);
  if (m->cap && find_slot(m->slots, m->cap, raw, len, hash)->raw) return 1;
  if ((m->count + 1) * 2 > m->cap) { /* grow: at most half full */
    size_t cap = m->cap ? m->cap * 2 : 1024;
    known_word *slots = calloc(cap, sizeof *slots);
    if (!slots) return 0;
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i].raw)
        *find_slot(slots, cap, m->slots[i].raw, m->slots[i].len, m->slots[i].hash) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
  }
  int failed = s->failed;
  sr_str stem = sr_stem_word(s, arena, raw, len, folded);
  char *block = s->failed == failed && stem.len <= UINT32_MAX ? malloc(len + stem.len + 1) : NULL;
  if (block) {
    memcpy(block, raw, len);
    memcpy(block + len, stem.ptr, stem.len);
    block[len + stem.len] = 0;
    *find_slot(m->slots, m->cap, raw, len, hash) =
        (known_word){block, (uint32_t)len, (uint32_t)stem.len, hash};
    m->count++;
  }
  return block != NULL;
}
