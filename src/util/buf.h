/*
** A growing byte string for output built piece by piece (JSON, marshal,
** the text of an HTML page): kept NUL-terminated, so text needs no copy
** to become a C string.  Once an append fails for memory, the following
** ones do nothing and `failed` stays set: the builder checks once, at the
** end.
*/
#ifndef SR_BUF_H
#define SR_BUF_H

#include <stddef.h>

typedef struct sr_buf {
  char *data;
  size_t len, cap;
  int failed;
} sr_buf;

void sr_buf_put(sr_buf *b, const void *bytes, size_t n);

#endif
