#include "fold.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static int is_plain_ascii(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)s[i] >= 0x80) return 0;
  return 1;
}

/* strip_marks: accents removed (sr_fold), else kept (sr_fold_case). */
static sr_str fold(sr_arena *arena, const char *s, size_t len, int strip_marks) {
  sr_str out = {NULL, 0};
  if (len > (1u << 20)) return out; /* a token, not a book */
  if (is_plain_ascii(s, len)) {
    /* Most tokens: no need to go through UTF-16. */
    char *p = sr_arena_alloc(arena, len + 1);
    if (!p) return out;
    for (size_t i = 0; i < len; i++)
      p[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    p[len] = '\0';
    out.ptr = p;
    out.len = len;
    return out;
  }
  UErrorCode st = U_ZERO_ERROR;
  int32_t cap = (int32_t)len * 2 + 8;
  UChar *u = sr_arena_alloc(arena, (size_t)cap * sizeof(UChar));
  UChar *f = sr_arena_alloc(arena, (size_t)cap * sizeof(UChar));
  UChar *d = sr_arena_alloc(arena, (size_t)cap * 2 * sizeof(UChar));
  if (!u || !f || !d) return out;
  int32_t ulen = 0;
  u_strFromUTF8(u, cap, &ulen, s, (int32_t)len, &st);
  int32_t flen = u_strFoldCase(f, cap, u, ulen, U_FOLD_CASE_DEFAULT, &st);
  const UNormalizer2 *form = strip_marks ? unorm2_getNFDInstance(&st) : unorm2_getNFCInstance(&st);
  int32_t dlen = U_SUCCESS(st) ? unorm2_normalize(form, f, flen, d, cap * 2, &st) : 0;
  if (U_FAILURE(st)) return out;
  int32_t k = 0;
  for (int32_t i = 0; i < dlen; i++) {
    UChar c = d[i];
    if (strip_marks && u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x02BC || c == 0x2018) c = '\'';
    else if (c == 0x2010 || c == 0x2011) c = '-';
    d[k++] = c;
  }
  int32_t blen = 0;
  char *b = sr_arena_alloc(arena, (size_t)k * 3 + 1);
  if (!b) return out;
  u_strToUTF8(b, k * 3 + 1, &blen, d, k, &st);
  if (U_FAILURE(st)) return out;
  out.ptr = b;
  out.len = (size_t)blen;
  return out;
}

sr_str sr_fold(sr_arena *arena, const char *s, size_t len) { return fold(arena, s, len, 1); }

sr_str sr_fold_case(sr_arena *arena, const char *s, size_t len) {
  return fold(arena, s, len, 0);
}
