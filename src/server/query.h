/*
** Request targets of the HTTP API, from outside: a raw URI split into its
** path and query string, percent-decoded, checked, and turned into a store
** selection.  Every refusal is a message naming the parameter or the place
** at fault; nothing here trusts a byte of the input.  (No HTTP library
** here: the server hands us the raw target, and the fuzzer does too.)
*/
#ifndef SR_SERVER_QUERY_H
#define SR_SERVER_QUERY_H

#include <stddef.h>

#include "sitrep_store.h"

#define SR_URI_MAX 4096    /* longer targets: 414 */
#define SR_PARAMS_MAX 24   /* more parameters: 400 */
#define SR_VALUE_MAX 512   /* bytes of one decoded value */
#define SR_PAGE_DEFAULT 100
#define SR_PAGE_MAX 1000

typedef struct sr_param {
  const char *name, *value; /* decoded, NUL-terminated, in the params' pool */
} sr_param;

typedef struct sr_params {
  sr_param items[SR_PARAMS_MAX];
  size_t count;
  char pool[SR_URI_MAX + SR_PARAMS_MAX * 2];
  size_t used;
} sr_params;

/* The raw path ("/api/events") and query string ("type=Battles") of a
** request target, without copying; the query is empty when there is none.
** A fragment ("#...") is not part of a target and is refused. */
sr_status sr_uri_split(const char *uri, size_t len, const char **path,
                       size_t *path_len, const char **query,
                       size_t *query_len, sr_error *err);

/* Percent-decodes src[0..len) into dst (cap bytes, NUL-terminated); '+' is
** a space when plus_is_space (query strings).  Refused: a bad escape, a NUL
** or another control character, invalid UTF-8, or more than cap - 1
** bytes.  what names the input in the message ("parameter 'q'"). */
sr_status sr_percent_decode(const char *src, size_t len, int plus_is_space,
                            char *dst, size_t cap, size_t *out_len,
                            const char *what, sr_error *err);

/* Parses a query string: name=value pairs joined by '&', decoded; a name
** given twice, an empty name or too many pairs is refused. */
sr_status sr_query_parse(const char *query, size_t len, sr_params *out,
                         sr_error *err);

/* The value of a parameter, or NULL. */
const char *sr_params_get(const sr_params *p, const char *name);

/* Which parameters a request may take. */
enum {
  SR_ACCEPT_FILTERS = 1, /* from, to, type, sub_type, country, admin1,
                            actor, source, q, bbox */
  SR_ACCEPT_PAGE = 2     /* limit, offset */
};

/* Fills q from the parameters (strings point into p).  An unknown
** parameter, or a value that is not what its parameter takes, is
** SR_EINVAL with a message that starts with the parameter's name. */
sr_status sr_params_to_query(const sr_params *p, unsigned accept,
                             sr_store_query *q, sr_error *err);

#endif
