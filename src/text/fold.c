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

/* Latin-1 letters (UTF-8 0xC3 0x80-0xBF), most of a French text's
** non-ASCII: each one's folded byte with its accent (its lower case's
** second byte) and without (its base letter); 0 where ICU must decide
** (Æ, Ð, Ø, Þ, ß, ×, ÷: no decomposition, or a fold into two letters). */
static const unsigned char latin1_lower[64] = {
    0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0,    0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
    0,    0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0,    0,    0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0,    0,
    0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0,    0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
    0,    0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0,    0,    0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0,    0xBF};
static const char latin1_base[64] = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0"
                                    "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";

/* The fold of a word of ASCII and Latin-1 letters without ICU; {NULL,0}
** when it has another character, or no memory. */
static sr_str fold_latin1(sr_arena *arena, const char *s, size_t len, int strip_marks) {
  sr_str out = {NULL, 0};
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) continue;
    if (c != 0xC3 || i + 1 == len || ((unsigned char)s[i + 1] & 0xC0) != 0x80 ||
        !latin1_lower[(unsigned char)s[i + 1] - 0x80])
      return out;
    i++;
  }
  char *p = sr_arena_alloc(arena, len + 1);
  if (!p) return out;
  size_t k = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      p[k++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
    } else {
      unsigned char d = (unsigned char)s[++i] - 0x80;
      if (strip_marks) {
        p[k++] = latin1_base[d];
      } else {
        p[k++] = (char)0xC3;
        p[k++] = (char)latin1_lower[d];
      }
    }
  }
  p[k] = '\0';
  out.ptr = p;
  out.len = k;
  return out;
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
  out = fold_latin1(arena, s, len, strip_marks);
  if (out.ptr) return out;
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
