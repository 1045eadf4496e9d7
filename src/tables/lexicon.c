#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "../util/strmap.h"

struct sr_lexicon {
  sr_strmap *edges;  /* (parent node, token) -> child node */
  int32_t *payloads; /* per node; -1 where no phrase ends */
  size_t nodes, cap, phrases;
};

/* Edge key: the parent node's four bytes, then the token. */
static size_t edge_key(char *buf, size_t cap, int32_t parent, sr_str token) {
  if (token.len + 4 > cap) return 0;
  memcpy(buf, &parent, 4);
  memcpy(buf + 4, token.ptr, token.len);
  return token.len + 4;
}

sr_lexicon *sr_lexicon_new(void) {
  sr_lexicon *lex = calloc(1, sizeof *lex);
  if (!lex) return NULL;
  lex->edges = sr_strmap_new();
  lex->cap = 64;
  lex->payloads = malloc(lex->cap * sizeof *lex->payloads);
  if (!lex->edges || !lex->payloads) {
    sr_lexicon_free(lex);
    return NULL;
  }
  lex->payloads[0] = -1; /* the root */
  lex->nodes = 1;
  return lex;
}

void sr_lexicon_free(sr_lexicon *lex) {
  if (!lex) return;
  sr_strmap_free(lex->edges);
  free(lex->payloads);
  free(lex);
}

int sr_lexicon_add(sr_lexicon *lex, const sr_str *tokens, size_t n,
                   int32_t payload) {
  if (n == 0) return 0;
  char key[256];
  int32_t node = 0;
  for (size_t i = 0; i < n; i++) {
    size_t klen = edge_key(key, sizeof key, node, tokens[i]);
    if (!klen) return -1;
    int32_t child;
    if (!sr_strmap_get(lex->edges, key, klen, &child)) {
      if (lex->nodes == lex->cap) {
        int32_t *p = realloc(lex->payloads, lex->cap * 2 * sizeof *p);
        if (!p) return -1;
        lex->payloads = p;
        lex->cap *= 2;
      }
      child = (int32_t)lex->nodes++;
      lex->payloads[child] = -1;
      if (sr_strmap_put(lex->edges, key, klen, child) != 0) return -1;
    }
    node = child;
  }
  if (lex->payloads[node] < 0) lex->phrases++;
  lex->payloads[node] = payload;
  return 0;
}

size_t sr_lexicon_match(const sr_lexicon *lex, const sr_str *tokens, size_t n,
                        size_t at, int32_t *payload) {
  char key[256];
  int32_t node = 0;
  size_t best = 0;
  for (size_t i = at; i < n; i++) {
    size_t klen = edge_key(key, sizeof key, node, tokens[i]);
    if (!klen || !sr_strmap_get(lex->edges, key, klen, &node)) break;
    if (lex->payloads[node] >= 0) {
      best = i - at + 1;
      if (payload) *payload = lex->payloads[node];
    }
  }
  return best;
}

size_t sr_lexicon_size(const sr_lexicon *lex) { return lex->phrases; }
