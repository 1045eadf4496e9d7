/*
** The server's request targets (`sitrep serve`): any bytes as a raw
** request target must be answered with a status the API documents and a
** body that is what its content type says, never crash.  The answers come
** from a store holding tests/data/store/corpus.jsonl, so that the filters
** the query strings set run as SQL against real rows.  The query-string
** parser is also checked on its own: whatever it accepts is decoded,
** valid UTF-8 without control characters, within its limits.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "server/api.h"
#include "server/query.h"
#include "sitrep_store.h"

#ifndef SR_PACK_DIR
#define SR_PACK_DIR "packs"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sr_store *corpus_store(void) {
  static sr_store *store;
  if (store) return store;
  const char *packs = getenv("SITREP_PACKS");
  if (!packs || !*packs) packs = SR_PACK_DIR;
  static char dir[4096], path[4096];
  snprintf(dir, sizeof dir, "%s/store", packs);
  snprintf(path, sizeof path, "%s/../tests/data/store/corpus.jsonl", packs);
  sr_store_options o = {dir, 0, 0};
  sr_error err = {SR_OK, ""};
  FILE *f = fopen(path, "r");
  if (!f || sr_store_open(":memory:", &o, &store, &err) != SR_OK) {
    fprintf(stderr, "fuzz: cannot make the store (%s): %s\n", path, err.message);
    abort();
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  sr_store_outcome outcome;
  while ((n = getline(&line, &cap, f)) > 0)
    sr_store_ingest(store, line, (size_t)n, NULL, 0, &outcome, &err);
  free(line);
  fclose(f);
  return store;
}

static void check_params(const char *q, size_t len) {
  static sr_params p;
  sr_error err = {SR_OK, ""};
  if (sr_query_parse(q, len, &p, &err) != SR_OK) {
    SR_FUZZ_CHECK(err.message[0]);
    return;
  }
  SR_FUZZ_CHECK(p.count <= SR_PARAMS_MAX);
  for (size_t i = 0; i < p.count; i++) {
    const char *s[2] = {p.items[i].name, p.items[i].value};
    SR_FUZZ_CHECK(s[0][0] != '\0');
    for (int k = 0; k < 2; k++) {
      SR_FUZZ_CHECK(strlen(s[k]) <= SR_VALUE_MAX);
      for (const unsigned char *c = (const unsigned char *)s[k]; *c; c++)
        SR_FUZZ_CHECK(*c >= 0x20 && *c != 0x7F);
      /* jansson takes only valid UTF-8. */
      json_t *j = json_string(s[k]);
      SR_FUZZ_CHECK(j != NULL);
      json_decref(j);
    }
  }
  sr_store_query query;
  if (sr_params_to_query(&p, SR_ACCEPT_FILTERS | SR_ACCEPT_PAGE, &query,
                         &err) == SR_OK)
    SR_FUZZ_CHECK(query.limit >= 1 && query.limit <= SR_PAGE_MAX);
  else
    SR_FUZZ_CHECK(err.message[0]);
}

/* The first byte picks an endpoint; the rest is its query string (or,
** for 0, the whole target). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const prefixes[] = {"", "/api/events?", "/api/clusters?",
                                         "/api/export.geojson?",
                                         "/api/export.csv?", "/api/documents/",
                                         "/api/clusters/", "/api/stats?"};
  if (size == 0 || size > SR_URI_MAX + 64) return 0;
  const char *prefix = prefixes[data[0] % 8];
  size_t plen = strlen(prefix), n = size - 1;
  char *uri = malloc(plen + n + 1);
  if (!uri) return 0;
  memcpy(uri, prefix, plen);
  memcpy(uri + plen, data + 1, n);
  uri[plen + n] = '\0';
  check_params(uri + plen, n);
  sr_api_reply r;
  sr_api_get(corpus_store(), uri, plen + n, &r);
  SR_FUZZ_CHECK(r.status == 200 || r.status == 400 || r.status == 404 ||
                r.status == 414);
  SR_FUZZ_CHECK(r.body != NULL && r.content_type != NULL);
  if (strncmp(r.content_type, "text/csv", 8) != 0) {
    json_error_t jerr;
    json_t *o = json_loadb(r.body, r.len, 0, &jerr);
    SR_FUZZ_CHECK(o != NULL);
    if (r.status != 200) {
      json_t *e = json_object_get(o, "error");
      SR_FUZZ_CHECK(json_integer_value(json_object_get(e, "status")) == r.status);
      SR_FUZZ_CHECK(json_string_length(json_object_get(e, "message")) > 0);
    }
    json_decref(o);
  }
  sr_api_reply_free(&r);
  free(uri);
  return 0;
}
