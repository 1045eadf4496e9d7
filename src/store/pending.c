#include "pending.h"

#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "cluster.h"

struct sr_pending_doc {
  sqlite3_int64 doc;
  char *key; /* published (or "\x7f": none, last), TAB, id */
  sqlite3_int64 *rows;
  size_t n;
};

sr_status sr_pending_add(sr_store *s, sqlite3_int64 docrow, const char *id,
                         const char *published, const sqlite3_int64 *rows,
                         size_t n, sr_error *err) {
  if (s->n_pending == s->cap_pending) {
    size_t cap = s->cap_pending ? s->cap_pending * 2 : 64;
    struct sr_pending_doc *p = realloc(s->pending, cap * sizeof *p);
    if (!p) return sr_error_set(err, SR_ENOMEM, "out of memory");
    s->pending = p;
    s->cap_pending = cap;
  }
  const char *date = published && *published ? published : "\x7f";
  size_t dl = strlen(date), il = id ? strlen(id) : 0;
  struct sr_pending_doc d = {docrow, malloc(dl + il + 2), NULL, n};
  if (n) d.rows = malloc(n * sizeof *rows);
  if (!d.key || (n && !d.rows)) {
    free(d.key);
    free(d.rows);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  memcpy(d.key, date, dl);
  d.key[dl] = '\t';
  if (il) memcpy(d.key + dl + 1, id, il);
  d.key[dl + 1 + il] = '\0';
  if (n) memcpy(d.rows, rows, n * sizeof *rows);
  s->pending[s->n_pending++] = d;
  return SR_OK;
}

static void free_doc(struct sr_pending_doc *d) {
  free(d->key);
  free(d->rows);
}

void sr_pending_drop(sr_store *s, sqlite3_int64 docrow) {
  for (size_t i = 0; i < s->n_pending; i++)
    if (s->pending[i].doc == docrow) {
      free_doc(&s->pending[i]);
      memmove(&s->pending[i], &s->pending[i + 1],
              (s->n_pending - i - 1) * sizeof *s->pending);
      s->n_pending--;
      return;
    }
}

/* By key; two documents of one id cannot both wait (the second replaces
** the first), so the order is total. */
static int cmp_doc(const void *a, const void *b) {
  return strcmp(((const struct sr_pending_doc *)a)->key,
                ((const struct sr_pending_doc *)b)->key);
}

sr_status sr_pending_file(sr_store *s, sr_error *err) {
  if (s->n_pending > 1)
    qsort(s->pending, s->n_pending, sizeof *s->pending, cmp_doc);
  sr_status rc = SR_OK;
  for (size_t i = 0; i < s->n_pending && rc == SR_OK; i++) {
    const struct sr_pending_doc *d = &s->pending[i];
    for (size_t k = 0; k < d->n && rc == SR_OK; k++)
      rc = sr_cluster_assign_new(s, d->rows[k], d->rows, k, err);
  }
  sr_pending_clear(s);
  return rc;
}

void sr_pending_clear(sr_store *s) {
  for (size_t i = 0; i < s->n_pending; i++) free_doc(&s->pending[i]);
  free(s->pending);
  s->pending = NULL;
  s->n_pending = s->cap_pending = 0;
}
