#include "query.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/error.h"

sr_status sr_uri_split(const char *uri, size_t len, const char **path,
                       size_t *path_len, const char **query,
                       size_t *query_len, sr_error *err) {
  if (len > SR_URI_MAX)
    return sr_error_set(err, SR_EINVAL, "request target longer than %d bytes",
                        SR_URI_MAX);
  if (len == 0 || uri[0] != '/')
    return sr_error_set(err, SR_EINVAL, "request target must start with '/'");
  const char *q = memchr(uri, '?', len);
  if (memchr(uri, '#', len))
    return sr_error_set(err, SR_EINVAL, "request target holds a fragment");
  *path = uri;
  *path_len = q ? (size_t)(q - uri) : len;
  *query = q ? q + 1 : uri + len;
  *query_len = q ? len - *path_len - 1 : 0;
  return SR_OK;
}

static int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Length of the valid UTF-8 sequence at s[0..n), 0 when invalid (overlong
** forms, surrogates and code points past U+10FFFF included). */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (!len || len > n) return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && s[1] < 0xA0) return 0;
  if (c == 0xED && s[1] > 0x9F) return 0;
  if (c == 0xF0 && s[1] < 0x90) return 0;
  if (c == 0xF4 && s[1] > 0x8F) return 0;
  return len;
}

sr_status sr_percent_decode(const char *src, size_t len, int plus_is_space,
                            char *dst, size_t cap, size_t *out_len,
                            const char *what, sr_error *err) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)src[i];
    if (c == '%') {
      int a = i + 1 < len ? hex(src[i + 1]) : -1;
      int b = i + 2 < len ? hex(src[i + 2]) : -1;
      if (a < 0 || b < 0)
        return sr_error_set(err, SR_EINVAL, "%s: bad percent escape at byte "
                            "%zu", what, i);
      c = (unsigned char)(a * 16 + b);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      c = ' ';
    }
    if (c < 0x20 || c == 0x7F)
      return sr_error_set(err, SR_EINVAL, "%s: control character %#04x",
                          what, c);
    if (n + 1 >= cap)
      return sr_error_set(err, SR_EINVAL, "%s: longer than %zu bytes", what,
                          cap - 1);
    dst[n++] = (char)c;
  }
  dst[n] = '\0';
  for (size_t i = 0; i < n;) {
    size_t k = utf8_seq((const unsigned char *)dst + i, n - i);
    if (!k)
      return sr_error_set(err, SR_EINVAL, "%s: invalid UTF-8 at byte %zu",
                          what, i);
    i += k;
  }
  if (out_len) *out_len = n;
  return SR_OK;
}

/* Decodes into the pool; the result stays NUL-terminated there. */
static const char *pool_decode(sr_params *p, const char *s, size_t len,
                               const char *what, sr_error *err) {
  size_t room = sizeof p->pool - p->used;
  if (room > SR_VALUE_MAX + 1) room = SR_VALUE_MAX + 1;
  char *dst = p->pool + p->used;
  size_t n;
  if (sr_percent_decode(s, len, 1, dst, room, &n, what, err) != SR_OK)
    return NULL;
  p->used += n + 1;
  return dst;
}

sr_status sr_query_parse(const char *query, size_t len, sr_params *out,
                         sr_error *err) {
  out->count = 0;
  out->used = 0;
  const char *end = query + len;
  for (const char *s = query; s < end;) {
    const char *amp = memchr(s, '&', (size_t)(end - s));
    const char *stop = amp ? amp : end;
    if (stop > s) { /* "a=1&&b=2": empty pairs are skipped */
      if (out->count == SR_PARAMS_MAX)
        return sr_error_set(err, SR_EINVAL, "more than %d parameters",
                            SR_PARAMS_MAX);
      const char *eq = memchr(s, '=', (size_t)(stop - s));
      const char *name_end = eq ? eq : stop;
      if (name_end == s)
        return sr_error_set(err, SR_EINVAL, "a parameter without a name at "
                            "byte %zu", (size_t)(s - query));
      const char *name = pool_decode(out, s, (size_t)(name_end - s),
                                     "parameter name", err);
      if (!name) return err->code;
      char what[80];
      snprintf(what, sizeof what, "%.60s", name);
      const char *value =
          eq ? pool_decode(out, eq + 1, (size_t)(stop - eq - 1), what, err)
             : pool_decode(out, "", 0, what, err);
      if (!value) return err->code;
      if (sr_params_get(out, name))
        return sr_error_set(err, SR_EINVAL, "%.60s: given more than once",
                            name);
      out->items[out->count++] = (sr_param){name, value};
    }
    s = amp ? amp + 1 : end;
  }
  return SR_OK;
}

const char *sr_params_get(const sr_params *p, const char *name) {
  for (size_t i = 0; i < p->count; i++)
    if (strcmp(p->items[i].name, name) == 0) return p->items[i].value;
  return NULL;
}

/* A whole decimal number in [lo, hi]. */
static int parse_size(const char *v, size_t lo, size_t hi, size_t *out) {
  if (!*v || strspn(v, "0123456789") != strlen(v) || strlen(v) > 12) return 0;
  unsigned long long n = strtoull(v, NULL, 10);
  if (n < lo || n > hi) return 0;
  *out = (size_t)n;
  return 1;
}

/* A finite decimal number, nothing after it. */
static int parse_degrees(const char *s, const char *stop, double *out) {
  char buf[40];
  size_t n = (size_t)(stop - s);
  if (n == 0 || n >= sizeof buf) return 0;
  memcpy(buf, s, n);
  buf[n] = '\0';
  if (strspn(buf, "+-.0123456789eE") != n) return 0; /* no "inf", "nan", hex */
  char *end;
  errno = 0;
  double d = strtod(buf, &end);
  if (*end || errno || !isfinite(d)) return 0;
  *out = d;
  return 1;
}

static int parse_bbox(const char *v, sr_store_query *q) {
  double d[4];
  const char *s = v;
  for (int i = 0; i < 4; i++) {
    const char *comma = strchr(s, ',');
    const char *stop = comma ? comma : s + strlen(s);
    if ((i < 3) != (comma != NULL) || !parse_degrees(s, stop, &d[i])) return 0;
    s = stop + 1;
  }
  q->has_bbox = 1;
  q->west = d[0], q->south = d[1], q->east = d[2], q->north = d[3];
  return 1;
}

sr_status sr_params_to_query(const sr_params *p, unsigned accept,
                             sr_store_query *q, sr_error *err) {
  memset(q, 0, sizeof *q);
  q->limit = accept & SR_ACCEPT_PAGE ? SR_PAGE_DEFAULT : 0;
  static const struct {
    const char *name;
    size_t offset;
  } strings[] = {
      {"from", offsetof(sr_store_query, from)},
      {"to", offsetof(sr_store_query, to)},
      {"type", offsetof(sr_store_query, event_type)},
      {"sub_type", offsetof(sr_store_query, sub_event_type)},
      {"country", offsetof(sr_store_query, country)},
      {"admin1", offsetof(sr_store_query, admin1)},
      {"actor", offsetof(sr_store_query, actor)},
      {"source", offsetof(sr_store_query, source)},
      {"q", offsetof(sr_store_query, text)},
  };
  for (size_t i = 0; i < p->count; i++) {
    const char *name = p->items[i].name, *v = p->items[i].value;
    int known = 0;
    if (accept & SR_ACCEPT_FILTERS) {
      for (size_t k = 0; k < sizeof strings / sizeof *strings; k++)
        if (strcmp(name, strings[k].name) == 0) {
          /* An empty field of a form is a filter not set. */
          if (*v) *(const char **)((char *)q + strings[k].offset) = v;
          known = 1;
        }
      if (strcmp(name, "bbox") == 0) {
        known = 1;
        if (*v && !parse_bbox(v, q))
          return sr_error_set(err, SR_EINVAL, "bbox: '%.60s' is not four "
                              "numbers west,south,east,north", v);
      }
    }
    if (accept & SR_ACCEPT_PAGE) {
      if (strcmp(name, "limit") == 0) {
        known = 1;
        if (!parse_size(v, 1, SR_PAGE_MAX, &q->limit))
          return sr_error_set(err, SR_EINVAL, "limit: '%.60s' is not a "
                              "whole number from 1 to %d", v, SR_PAGE_MAX);
      } else if (strcmp(name, "offset") == 0) {
        known = 1;
        if (!parse_size(v, 0, 1000000000, &q->offset))
          return sr_error_set(err, SR_EINVAL, "offset: '%.60s' is not a "
                              "whole number from 0 to 1000000000", v);
      }
    }
    if (!known)
      return sr_error_set(err, SR_EINVAL, "%.60s: unknown parameter", name);
  }
  return SR_OK;
}
