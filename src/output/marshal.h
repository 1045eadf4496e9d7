/*
** The JSON contract in Python's marshal format, for bindings: what
** marshal.loads makes of these bytes equals what json.loads makes of the
** JSON (the same dicts, keys in the same order, the same str, int, float,
** bool and None), in about half the time.  Only the type codes every
** Python 3 reads are written ('{' '[' 'u' 'z' 'i' 'l' 'g' 'T' 'F' 'N' and
** references 'r' to short strings already written, as json.loads shares a
** document's repeated keys).
*/
#ifndef SR_MARSHAL_H
#define SR_MARSHAL_H

#include <jansson.h>
#include <stddef.h>

#include "../util/buf.h"
#include "../util/strmap.h"

/* The significant digits the JSON writer gives a real
** (JSON_REAL_PRECISION): marshal writes the double that JSON text reads
** back as, not the one before printing. */
#define SR_REAL_DIGITS 10

typedef struct sr_marshal {
  sr_buf out;
  sr_strmap *refs; /* short strings written -> their reference number */
  int32_t ref_count;
} sr_marshal;

void sr_marshal_init(sr_marshal *m);
void sr_marshal_str(sr_marshal *m, const char *s, size_t len);
/* Any JSON value, nested. */
void sr_marshal_value(sr_marshal *m, const json_t *v);
/* A dict written in pieces: open, then key/value pairs (sr_marshal_str,
** then a value), then close.  open_dict_with writes an object's pairs
** after the opening. */
void sr_marshal_open_dict_with(sr_marshal *m, const json_t *object);
void sr_marshal_close_dict(sr_marshal *m);
/* A list of n values, which follow. */
void sr_marshal_open_list(sr_marshal *m, size_t n);
/* The bytes (malloc'ed, *len set), or NULL when memory ran out. */
char *sr_marshal_finish(sr_marshal *m, size_t *len);

#endif
