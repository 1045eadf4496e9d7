/*
** The store's reader of extracted records (`sitrep ingest --extracted`):
** JSON Lines from outside, so any bytes must be stored or refused with a
** message, never crash, and never leave the store inconsistent: every
** clustered event's cluster exists and counts it, every cluster has a
** report, and every export parses.
*/
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "sitrep_store.h"
#include "store/store.h" /* internal: to check the tables */

#ifndef SR_PACK_DIR
#define SR_PACK_DIR "packs"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reopened now and then so that the in-memory store stays small. */
static sr_store *store_for_input(void) {
  static sr_store *store;
  static unsigned inputs;
  if (store && ++inputs % 256 == 0) {
    sr_store_close(store);
    store = NULL;
  }
  if (!store) {
    static char dir[4096];
    const char *packs = getenv("SITREP_PACKS");
    snprintf(dir, sizeof dir, "%s/store", packs && *packs ? packs : SR_PACK_DIR);
    sr_store_options o = {dir, 0, 0};
    sr_error err = {SR_OK, ""};
    if (sr_store_open(":memory:", &o, &store, &err) != SR_OK) {
      fprintf(stderr, "fuzz: cannot open a store: %s\n", err.message);
      abort();
    }
  }
  return store;
}

static long long scalar(sr_store *s, const char *sql) {
  sqlite3_stmt *st;
  SR_FUZZ_CHECK(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK);
  SR_FUZZ_CHECK(sqlite3_step(st) == SQLITE_ROW);
  long long v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

static void check_consistent(sr_store *s) {
  SR_FUZZ_CHECK(scalar(s, "SELECT count(*) FROM events e WHERE e.cluster IS "
                          "NOT NULL AND NOT EXISTS (SELECT 1 FROM clusters c "
                          "WHERE c.id = e.cluster)") == 0);
  SR_FUZZ_CHECK(scalar(s, "SELECT count(*) FROM clusters c WHERE n_events IS "
                          "NOT (SELECT count(*) FROM events e WHERE e.cluster "
                          "= c.id AND e.role = 'member') OR n_events < 1") == 0);
  SR_FUZZ_CHECK(scalar(s, "SELECT count(*) FROM events WHERE status = "
                          "'planned' AND cluster IS NOT NULL") == 0);
  SR_FUZZ_CHECK(scalar(s, "SELECT count(*) FROM events e WHERE NOT EXISTS "
                          "(SELECT 1 FROM documents d WHERE d.rowid = e.doc)") == 0);
}

static void check_exports(sr_store *s) {
  for (int f = SR_EXPORT_ACLED_CSV; f <= SR_EXPORT_GEOJSON; f++) {
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out) return;
    sr_error err = {SR_OK, ""};
    SR_FUZZ_CHECK(sr_store_export(s, (sr_export_format)f, NULL, out, &err) == SR_OK);
    fclose(out);
    if (f == SR_EXPORT_GEOJSON) {
      json_error_t jerr;
      json_t *g = json_loadb(buf, len, 0, &jerr);
      SR_FUZZ_CHECK(g != NULL);
      json_decref(g);
    } else if (f == SR_EXPORT_JSONL) {
      for (char *p = buf, *nl; p < buf + len; p = nl + 1) {
        nl = memchr(p, '\n', (size_t)(buf + len - p));
        SR_FUZZ_CHECK(nl != NULL);
        json_error_t jerr;
        json_t *o = json_loadb(p, (size_t)(nl - p), 0, &jerr);
        SR_FUZZ_CHECK(json_is_object(o));
        json_decref(o);
      }
    }
    free(buf);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  sr_store *s = store_for_input();
  const char *p = (const char *)data, *end = p + size;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    sr_store_outcome outcome = 0;
    sr_error err = {SR_OK, ""};
    sr_status st = sr_store_ingest(s, p, len, NULL, 0, &outcome, &err);
    /* Refusals are fine, for a reason, and with a message. */
    SR_FUZZ_CHECK(st == SR_OK || ((st == SR_EPARSE || st == SR_ENOMEM) &&
                                  err.message[0]));
    if (st == SR_OK)
      SR_FUZZ_CHECK(outcome >= SR_STORE_ADDED && outcome <= SR_STORE_UNCHANGED);
    p = nl ? nl + 1 : end;
  }
  check_consistent(s);
  check_exports(s);
  return 0;
}
