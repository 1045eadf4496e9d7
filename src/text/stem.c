#include "stem.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

struct sr_stemmer {
  struct sb_stemmer *sb;
};

sr_stemmer *sr_stemmer_open(const char *lang) {
  struct sb_stemmer *sb = sb_stemmer_new(lang, "UTF_8");
  if (!sb) return NULL;
  sr_stemmer *s = malloc(sizeof *s);
  if (!s) {
    sb_stemmer_delete(sb);
    return NULL;
  }
  s->sb = sb;
  return s;
}

void sr_stemmer_close(sr_stemmer *s) {
  if (!s) return;
  sb_stemmer_delete(s->sb);
  free(s);
}

sr_str sr_stem(sr_stemmer *s, sr_arena *arena, sr_str folded) {
  if (!s || folded.len < 3 || folded.len > 64) return folded;
  const sb_symbol *out =
      sb_stemmer_stem(s->sb, (const sb_symbol *)folded.ptr, (int)folded.len);
  if (!out) return folded; /* out of memory: the word as it is still matches */
  int n = sb_stemmer_length(s->sb);
  sr_str r = {sr_arena_strndup(arena, (const char *)out, (size_t)n), (size_t)n};
  return r.ptr ? r : folded;
}
