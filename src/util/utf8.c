#include "utf8.h"

#include <stdint.h>
#include <string.h>
#include <unicode/utf8.h>

size_t sr_utf8_first_invalid(const char *s, size_t len) {
  const uint8_t *u = (const uint8_t *)s;
  size_t i = 0;
  while (i < len) {
    /* Eight ASCII bytes at a time: packs and most text are mostly ASCII,
    ** and the gazetteer's 20 MB are checked at every start. */
    while (len - i >= 8) {
      uint64_t w;
      memcpy(&w, u + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= len) break;
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t at = i;
    UChar32 c;
    U8_NEXT(u, i, len, c);
    if (c < 0) return at;
  }
  return len;
}

char *sr_utf8_repair(sr_arena *arena, const char *s, size_t len,
                     size_t *out_len, size_t *bad_count) {
  static const char replacement[] = "\xEF\xBF\xBD";
  const uint8_t *u = (const uint8_t *)s;
  size_t bad = 0;
  /* Worst case: every byte becomes a three-byte replacement. */
  size_t cap = len <= (SIZE_MAX - 1) / 3 ? len * 3 + 1 : 0;
  char *out = cap ? sr_arena_alloc(arena, cap) : NULL;
  if (!out) return NULL;
  /* valid runs are copied whole, not a character at a time: most text is */
  size_t o = 0, i = 0, run = 0;
  while (i < len) {
    if (u[i] < 0x80) { /* ASCII, most of it */
      i++;
      continue;
    }
    size_t at = i;
    UChar32 c;
    U8_NEXT(u, i, len, c);
    if (c >= 0) continue;
    memcpy(out + o, s + run, at - run);
    o += at - run;
    memcpy(out + o, replacement, 3);
    o += 3;
    bad++;
    run = i;
  }
  memcpy(out + o, s + run, len - run);
  o += len - run;
  out[o] = '\0';
  *out_len = o;
  if (bad_count) *bad_count = bad;
  return out;
}

size_t sr_utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

void sr_cp_cursor_init(sr_cp_cursor *cursor, const char *text) {
  cursor->text = text;
  cursor->byte = 0;
  cursor->cp = 0;
}

size_t sr_cp_cursor_to(sr_cp_cursor *cursor, size_t byte_offset) {
  if (byte_offset < cursor->byte) {
    /* A step back (rare): recount from the start rather than assume. */
    cursor->byte = 0;
    cursor->cp = 0;
  }
  cursor->cp += sr_utf8_count(cursor->text + cursor->byte,
                              byte_offset - cursor->byte);
  cursor->byte = byte_offset;
  return cursor->cp;
}
