/*
** The JSON API's read side (docs/api.md), with no HTTP library in sight:
** a raw request target in, a status, a content type and a body out.  The
** server (cli/serve.c) moves bytes; everything a request can get wrong is
** decided here, where the unit tests and the fuzzer reach it.
*/
#ifndef SR_SERVER_API_H
#define SR_SERVER_API_H

#include <stddef.h>

#include "sitrep_store.h"

typedef struct sr_api_reply {
  int status;               /* HTTP status */
  const char *content_type; /* a static string */
  const char *filename;     /* for Content-Disposition, or NULL */
  char *body;               /* malloc'ed; free with free() */
  size_t len;
  /* A header of this reply only (X-Sitrep-Undated-Left-Out on the ACLED
  ** CSV), or header == NULL: a static name, its value here. */
  const char *header;
  char header_value[24];
} sr_api_reply;

/* 1 when the raw path (no query) is the API's (/api or below it). */
int sr_api_owns(const char *path, size_t len);

/* Answers GET uri (raw request target: path and query string) from the
** store.  Bad parameters: 400 with {"error": {"status", "parameter",
** "message"}}; an unknown endpoint or id: 404; a failure of the store: 500. */
void sr_api_get(sr_store *store, const char *uri, size_t len,
                sr_api_reply *reply);

/* A JSON error reply; parameter may be NULL. */
void sr_api_error(sr_api_reply *reply, int status, const char *parameter,
                  const char *message);

void sr_api_reply_free(sr_api_reply *reply);

#endif
