#include "pack.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "error.h"
#include "fileio.h"

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

sr_status sr_pack_parse(const char *name, const char *data, size_t len,
                        sr_pack_entry_fn fn, void *ctx, sr_error *err) {
  size_t bad = sr_utf8_first_invalid(data, len);
  if (bad < len) {
    size_t line = 1;
    for (size_t i = 0; i < bad; i++) line += data[i] == '\n';
    return sr_error_set(err, SR_EPACK, "%s:%zu: invalid UTF-8 at byte %zu",
                        name, line, bad);
  }
  size_t pos = 0, line = 0;
  /* Skip a byte order mark: editors on some systems add one. */
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) pos = 3;
  while (pos < len) {
    line++;
    const char *nl = memchr(data + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - data) : len;
    size_t a = pos, b = end;
    pos = nl ? end + 1 : len;
    while (a < b && is_space(data[a])) a++;
    while (b > a && is_space(data[b - 1])) b--;
    if (a == b || data[a] == '#') continue;
    if (memchr(data + a, '\0', b - a))
      return sr_error_set(err, SR_EPACK, "%s:%zu: NUL byte in entry", name,
                          line);
    sr_pack_line entry = {data + a, b - a, line};
    sr_error inner = {SR_OK, ""};
    sr_status st = fn(ctx, &entry, &inner);
    if (st != SR_OK)
      return sr_error_set(err, st, "%s:%zu: %s", name, line, inner.message);
  }
  return SR_OK;
}

sr_status sr_pack_load(const char *path, sr_pack_entry_fn fn, void *ctx,
                       sr_error *err) {
  char *data;
  size_t len;
  sr_status st = sr_file_read(path, &data, &len, err);
  if (st != SR_OK) {
    if (err) err->code = SR_EPACK;
    return SR_EPACK;
  }
  st = sr_pack_parse(path, data, len, fn, ctx, err);
  free(data);
  return st;
}

size_t sr_pack_fields(const sr_pack_line *entry, sr_str *fields, size_t max) {
  size_t n = 0, a = 0;
  for (size_t i = 0; i <= entry->len; i++) {
    if (i == entry->len || entry->text[i] == '\t') {
      size_t s = a, e = i;
      while (s < e && is_space(entry->text[s])) s++;
      while (e > s && is_space(entry->text[e - 1])) e--;
      if (n < max) {
        fields[n].ptr = entry->text + s;
        fields[n].len = e - s;
      }
      n++;
      a = i + 1;
    }
  }
  return n;
}
