#include "api.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"

static const char JSON_TYPE[] = "application/json; charset=utf-8";

int sr_api_owns(const char *path, size_t len) {
  return (len == 4 && memcmp(path, "/api", 4) == 0) ||
         (len > 4 && memcmp(path, "/api/", 5) == 0);
}

void sr_api_reply_free(sr_api_reply *r) {
  free(r->body);
  r->body = NULL;
  r->len = 0;
}

/* A copy with every byte outside printable ASCII as '?': a message cut in
** the middle of a UTF-8 sequence is still a JSON string. */
static const char *ascii(const char *in, char *out, size_t cap) {
  if (!in) return NULL;
  size_t n = 0;
  for (; in[n] && n + 1 < cap; n++)
    out[n] = (unsigned char)in[n] >= 0x20 && (unsigned char)in[n] < 0x7F ? in[n] : '?';
  out[n] = '\0';
  return out;
}

void sr_api_error(sr_api_reply *r, int status, const char *parameter,
                  const char *message) {
  sr_api_reply_free(r);
  json_t *o = json_pack("{s:{s:i, s:s?, s:s}}", "error", "status", status,
                        "parameter", parameter, "message", message);
  if (!o) { /* not UTF-8 */
    char p[128], m[600];
    o = json_pack("{s:{s:i, s:s?, s:s}}", "error", "status", status,
                  "parameter", ascii(parameter, p, sizeof p), "message",
                  ascii(message, m, sizeof m));
  }
  r->status = status;
  r->content_type = JSON_TYPE;
  r->filename = NULL;
  r->body = o ? json_dumps(o, JSON_COMPACT) : NULL;
  json_decref(o);
  if (!r->body) { /* out of memory */
    r->body = strdup("{\"error\":{\"status\":500,\"parameter\":null,"
                     "\"message\":\"out of memory\"}}");
    r->status = 500;
  }
  r->len = r->body ? strlen(r->body) : 0;
}

/* A refusal of a parameter: its name is the message's prefix. */
static void param_error(sr_api_reply *r, const sr_error *err) {
  char name[64];
  size_t n = strcspn(err->message, ": ");
  snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name ? n : sizeof name - 1),
           err->message);
  sr_api_error(r, 400, err->message[n] == ':' ? name : NULL, err->message);
}

/* Runs one store call writing into a memory stream. */
typedef sr_status (*writer)(sr_store *s, const void *arg, FILE *out,
                            int *found, sr_error *err);

static void answer(sr_api_reply *r, sr_store *s, writer w, const void *arg,
                   const char *type, const char *filename) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  if (!out) {
    sr_api_error(r, 500, NULL, "out of memory");
    return;
  }
  sr_error err = {SR_OK, ""};
  int found = 1;
  sr_status st = w(s, arg, out, &found, &err);
  /* The connection serves the next request: it must hold no snapshot. */
  sr_store_idle(s);
  int bad = fclose(out) != 0;
  if (st == SR_EINVAL) {
    free(buf);
    param_error(r, &err);
  } else if (st != SR_OK || bad) {
    free(buf);
    sr_api_error(r, 500, NULL, st != SR_OK ? err.message : "out of memory");
  } else if (!found) {
    free(buf);
    sr_api_error(r, 404, NULL, "no such id");
  } else {
    sr_api_reply_free(r);
    r->status = 200;
    r->content_type = type;
    r->filename = filename;
    r->body = buf;
    r->len = len;
  }
}

typedef struct list_arg {
  sr_store_list_kind kind;
  sr_store_query q;
} list_arg;

static sr_status w_list(sr_store *s, const void *arg, FILE *out, int *found,
                        sr_error *err) {
  const list_arg *a = arg;
  (void)found;
  return sr_store_list(s, a->kind, &a->q, out, err);
}

typedef struct export_arg {
  sr_export_format format;
  sr_store_query q;
  long long *left_out; /* undated clusters the ACLED CSV left out */
} export_arg;

static sr_status w_export(sr_store *s, const void *arg, FILE *out, int *found,
                          sr_error *err) {
  const export_arg *a = arg;
  (void)found;
  sr_status st = sr_store_export_query(s, a->format, &a->q, out, err);
  /* read now: the next export on this connection counts again */
  *a->left_out = sr_store_export_skipped(s);
  return st;
}

static sr_status w_stats(sr_store *s, const void *arg, FILE *out, int *found,
                         sr_error *err) {
  (void)arg, (void)found;
  return sr_store_stats(s, out, err);
}

static sr_status w_cluster(sr_store *s, const void *arg, FILE *out,
                           int *found, sr_error *err) {
  return sr_store_cluster(s, *(const long long *)arg, out, found, err);
}

static sr_status w_document(sr_store *s, const void *arg, FILE *out,
                            int *found, sr_error *err) {
  return sr_store_document(s, arg, out, found, err);
}

/* path == literal, exactly. */
static int is(const char *path, size_t len, const char *literal) {
  return strlen(literal) == len && memcmp(path, literal, len) == 0;
}

/* What follows prefix in path, or NULL. */
static const char *after(const char *path, size_t len, const char *prefix,
                         size_t *rest) {
  size_t n = strlen(prefix);
  if (len <= n || memcmp(path, prefix, n) != 0) return NULL;
  *rest = len - n;
  return path + n;
}

void sr_api_get(sr_store *s, const char *uri, size_t len, sr_api_reply *r) {
  memset(r, 0, sizeof *r);
  sr_error err = {SR_OK, ""};
  const char *path, *query;
  size_t path_len, query_len, rest;
  if (sr_uri_split(uri, len, &path, &path_len, &query, &query_len, &err) !=
      SR_OK) {
    sr_api_error(r, len > SR_URI_MAX ? 414 : 400, NULL, err.message);
    return;
  }
  sr_params *params = malloc(sizeof *params);
  if (!params) {
    sr_api_error(r, 500, NULL, "out of memory");
    return;
  }
  if (sr_query_parse(query, query_len, params, &err) != SR_OK) {
    param_error(r, &err);
    free(params);
    return;
  }
  const char *id;
  int list = is(path, path_len, "/api/events") ? SR_LIST_EVENTS
             : is(path, path_len, "/api/clusters") ? SR_LIST_CLUSTERS : 0;
  sr_export_format format = is(path, path_len, "/api/export.geojson")
                                ? SR_EXPORT_GEOJSON
                            : is(path, path_len, "/api/export.csv")
                                ? SR_EXPORT_ACLED_CSV
                                : 0;
  if (list) {
    list_arg a = {(sr_store_list_kind)list, {0}};
    if (sr_params_to_query(params, SR_ACCEPT_FILTERS | SR_ACCEPT_PAGE, &a.q,
                           &err) != SR_OK)
      param_error(r, &err);
    else
      answer(r, s, w_list, &a, JSON_TYPE, NULL);
  } else if (format) {
    long long left_out = 0;
    export_arg a = {format, {0}, &left_out};
    if (sr_params_to_query(params, SR_ACCEPT_FILTERS, &a.q, &err) != SR_OK)
      param_error(r, &err);
    else if (format == SR_EXPORT_GEOJSON)
      answer(r, s, w_export, &a, "application/geo+json", NULL);
    else {
      answer(r, s, w_export, &a, "text/csv; charset=utf-8", "sitrep.csv");
      /* ACLED's readers need a date on every row: an undated cluster is
      ** left out of the CSV, and said so here, where a CSV reader is not
      ** disturbed (the CLI says it on stderr). */
      if (r->status == 200) {
        r->header = "X-Sitrep-Undated-Left-Out";
        snprintf(r->header_value, sizeof r->header_value, "%lld", left_out);
      }
    }
  } else if (is(path, path_len, "/api/stats")) {
    if (params->count)
      sr_api_error(r, 400, params->items[0].name,
                   "/api/stats takes no parameters");
    else
      answer(r, s, w_stats, NULL, JSON_TYPE, NULL);
  } else if ((id = after(path, path_len, "/api/clusters/", &rest))) {
    long long n = 0;
    size_t k = 0;
    /* At most 18 digits: no overflow. */
    for (; k < rest && k < 18 && id[k] >= '0' && id[k] <= '9'; k++)
      n = n * 10 + (id[k] - '0');
    if (params->count)
      sr_api_error(r, 400, params->items[0].name,
                   "a cluster takes no parameters");
    else if (k == 0 || k != rest || n <= 0)
      sr_api_error(r, 400, "id", "id: a cluster's id is a whole number");
    else
      answer(r, s, w_cluster, &n, JSON_TYPE, NULL);
  } else if ((id = after(path, path_len, "/api/documents/", &rest))) {
    char doc[SR_VALUE_MAX + 1];
    if (params->count)
      sr_api_error(r, 400, params->items[0].name,
                   "a document takes no parameters");
    else if (sr_percent_decode(id, rest, 0, doc, sizeof doc, NULL, "id",
                               &err) != SR_OK)
      param_error(r, &err);
    else
      answer(r, s, w_document, doc, JSON_TYPE, NULL);
  } else {
    sr_api_error(r, 404, NULL, "no such endpoint: see docs/api.md");
  }
  free(params);
}
