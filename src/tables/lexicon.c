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

/* An edge's hash, from its token's (sr_strmap_hash of the token alone) and
** its parent: a sentence's tokens are hashed once for every table. */
static uint32_t edge_hash(int32_t parent, uint32_t token_hash) {
  uint64_t h = token_hash ^ ((uint64_t)(uint32_t)parent * 0x9E3779B97F4A7C15ULL);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return (uint32_t)h;
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
    uint32_t h = edge_hash(node, sr_strmap_hash(tokens[i].ptr, tokens[i].len));
    int32_t child;
    if (!sr_strmap_get_hashed(lex->edges, key, klen, h, &child)) {
      if (lex->nodes == lex->cap) {
        int32_t *p = realloc(lex->payloads, lex->cap * 2 * sizeof *p);
        if (!p) return -1;
        lex->payloads = p;
        lex->cap *= 2;
      }
      child = (int32_t)lex->nodes++;
      lex->payloads[child] = -1;
      int created;
      int32_t *slot = sr_strmap_upsert_hashed(lex->edges, key, klen, h, &created);
      if (!slot) return -1;
      *slot = child;
    }
    node = child;
  }
  if (lex->payloads[node] < 0) lex->phrases++;
  lex->payloads[node] = payload;
  return 0;
}

size_t sr_lexicon_match(const sr_lexicon *lex, const sr_str *tokens, size_t n,
                        size_t at, int32_t *payload) {
  return sr_lexicon_match_hashed(lex, tokens, NULL, n, at, payload);
}

size_t sr_lexicon_match_hashed(const sr_lexicon *lex, const sr_str *tokens,
                               const uint32_t *hashes, size_t n, size_t at, int32_t *payload) {
  char key[256];
  int32_t node = 0;
  size_t best = 0;
  for (size_t i = at; i < n; i++) {
    size_t klen = edge_key(key, sizeof key, node, tokens[i]);
    uint32_t th = hashes ? hashes[i] : sr_strmap_hash(tokens[i].ptr, tokens[i].len);
    if (!klen || !sr_strmap_get_hashed(lex->edges, key, klen, edge_hash(node, th), &node)) break;
    if (lex->payloads[node] >= 0) {
      best = i - at + 1;
      if (payload) *payload = lex->payloads[node];
    }
  }
  return best;
}

size_t sr_lexicon_size(const sr_lexicon *lex) { return lex->phrases; }
