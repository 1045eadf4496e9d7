/*
** Readers of outside input.  Each turns bytes into sr_doc_input records for
** the sink, reports every problem with the input's name and place, and goes
** on with the rest.
*/
#ifndef SR_INPUT_H
#define SR_INPUT_H

#include <stddef.h>

#include "sitrep.h"

/* Collects the worst status seen while a reader runs. */
typedef struct sr_read_state {
  const sr_reader_sink *sink;
  const sr_reader_options *options;
  sr_status status;
  int stopped; /* the sink asked to stop */
} sr_read_state;

void sr_read_problem(sr_read_state *rs, const sr_where *where, sr_status code,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void sr_read_emit(sr_read_state *rs, sr_doc_input *doc, const sr_where *where);

/* One JSON Lines record; line is not NUL-terminated. */
void sr_read_jsonl_line(sr_read_state *rs, const char *name, size_t line_no,
                        const char *line, size_t len);

/* An HTML page: visible text, title, and metadata the page declares. */
void sr_read_html(sr_read_state *rs, const char *name, const char *id,
                  const char *data, size_t len);

#endif
