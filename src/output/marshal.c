#include "marshal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Python/marshal.c's type codes; FLAG_REF asks the reader to keep the
** object for later 'r' references. */
enum {
  T_NONE = 'N', T_FALSE = 'F', T_TRUE = 'T', T_INT = 'i', T_LONG = 'l',
  T_BINARY_FLOAT = 'g', T_UNICODE = 'u', T_SHORT_ASCII = 'z', T_REF = 'r',
  T_LIST = '[', T_DICT = '{', T_NULL = '0', FLAG_REF = 0x80
};
/* Strings up to this long are shared: keys, kinds, rule names. */
#define SHARED_MAX 32

void sr_marshal_init(sr_marshal *m) {
  memset(m, 0, sizeof *m);
  m->refs = sr_strmap_new();
  if (!m->refs) m->out.failed = 1;
}

static void put(sr_marshal *m, const void *p, size_t n) { sr_buf_put(&m->out, p, n); }

static void put_byte(sr_marshal *m, int c) {
  unsigned char b = (unsigned char)c;
  put(m, &b, 1);
}

/* Little-endian, as marshal is on every machine. */
static void put_u32(sr_marshal *m, uint32_t v) {
  unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8),
                        (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
  put(m, b, 4);
}

void sr_marshal_str(sr_marshal *m, const char *s, size_t len) {
  int flag = 0;
  if (len <= SHARED_MAX && !m->out.failed) {
    int created;
    int32_t *ref = sr_strmap_upsert(m->refs, s, len, &created);
    if (!ref) {
      m->out.failed = 1;
      return;
    }
    if (!created) {
      put_byte(m, T_REF);
      put_u32(m, (uint32_t)*ref);
      return;
    }
    *ref = m->ref_count++;
    flag = FLAG_REF;
  }
  int ascii = len < 256;
  for (size_t i = 0; ascii && i < len; i++) ascii = (unsigned char)s[i] < 0x80;
  if (ascii) {
    put_byte(m, T_SHORT_ASCII | flag);
    put_byte(m, (int)len);
  } else {
    put_byte(m, T_UNICODE | flag);
    put_u32(m, (uint32_t)len);
  }
  put(m, s, len);
}

static void put_int(sr_marshal *m, json_int_t v) {
  if (v >= INT32_MIN && v <= INT32_MAX) {
    put_byte(m, T_INT);
    put_u32(m, (uint32_t)(int32_t)v);
    return;
  }
  /* An int past 32 bits: its magnitude in 15-bit digits, least first; the
  ** count carries the sign. */
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  uint16_t digits[8];
  int n = 0;
  for (; u; u >>= 15) digits[n++] = (uint16_t)(u & 0x7fff);
  put_byte(m, T_LONG);
  put_u32(m, (uint32_t)(v < 0 ? -n : n));
  for (int i = 0; i < n; i++) {
    unsigned char b[2] = {(unsigned char)digits[i], (unsigned char)(digits[i] >> 8)};
    put(m, b, 2);
  }
}

static void put_real(sr_marshal *m, double v) {
  char text[40];
  snprintf(text, sizeof text, "%.*g", SR_REAL_DIGITS, v);
  double d = strtod(text, NULL); /* correctly rounded, as Python's float() */
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  put_byte(m, T_BINARY_FLOAT);
  put_u32(m, (uint32_t)bits);
  put_u32(m, (uint32_t)(bits >> 32));
}

void sr_marshal_open_dict_with(sr_marshal *m, const json_t *object) {
  put_byte(m, T_DICT);
  const char *key;
  json_t *v;
  /* json_object_foreach wants a non-const object; it does not change it.
  ** Jansson keeps keys in insertion order: the JSON's order. */
  json_object_foreach((json_t *)(uintptr_t)object, key, v) {
    sr_marshal_str(m, key, strlen(key));
    sr_marshal_value(m, v);
  }
}

void sr_marshal_close_dict(sr_marshal *m) { put_byte(m, T_NULL); }

void sr_marshal_open_list(sr_marshal *m, size_t n) {
  if (n > INT32_MAX) {
    m->out.failed = 1;
    return;
  }
  put_byte(m, T_LIST);
  put_u32(m, (uint32_t)n);
}

void sr_marshal_value(sr_marshal *m, const json_t *v) {
  if (!v) { /* a value the tree could not be given (memory) */
    m->out.failed = 1;
    return;
  }
  switch (json_typeof(v)) {
  case JSON_OBJECT:
    sr_marshal_open_dict_with(m, v);
    sr_marshal_close_dict(m);
    break;
  case JSON_ARRAY:
    sr_marshal_open_list(m, json_array_size(v));
    for (size_t i = 0; i < json_array_size(v); i++)
      sr_marshal_value(m, json_array_get(v, i));
    break;
  case JSON_STRING:
    sr_marshal_str(m, json_string_value(v), json_string_length(v));
    break;
  case JSON_INTEGER: put_int(m, json_integer_value(v)); break;
  case JSON_REAL: put_real(m, json_real_value(v)); break;
  case JSON_TRUE: put_byte(m, T_TRUE); break;
  case JSON_FALSE: put_byte(m, T_FALSE); break;
  case JSON_NULL: put_byte(m, T_NONE); break;
  }
}

char *sr_marshal_finish(sr_marshal *m, size_t *len) {
  sr_strmap_free(m->refs);
  m->refs = NULL;
  if (m->out.failed) {
    free(m->out.data);
    return NULL;
  }
  *len = m->out.len;
  return m->out.data ? m->out.data : calloc(1, 1);
}
