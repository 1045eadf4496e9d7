/*
** Knowledge packs are plain UTF-8 text files, one entry a line; '#' starts a
** comment line; surrounding white space is dropped; fields within an entry
** are separated by tabs.  This module reads them and names file and line in
** every error, so that a user who edits a pack sees where it went wrong.
*/
#ifndef SR_PACK_H
#define SR_PACK_H

#include <stddef.h>

#include "sitrep.h"

typedef struct sr_pack_line {
  const char *text; /* the entry, trimmed, not NUL-terminated */
  size_t len;
  size_t line; /* 1-based */
} sr_pack_line;

/* Returns SR_OK or an error status with err->message filled (without the
** file and line: the reader adds them). */
typedef sr_status (*sr_pack_entry_fn)(void *ctx, const sr_pack_line *entry,
                                      sr_error *err);

sr_status sr_pack_parse(const char *name, const char *data, size_t len,
                        sr_pack_entry_fn fn, void *ctx, sr_error *err);
sr_status sr_pack_load(const char *path, sr_pack_entry_fn fn, void *ctx,
                       sr_error *err);

/* Splits an entry at tabs: fills up to max fields, returns how many there
** were (which may exceed max). */
size_t sr_pack_fields(const sr_pack_line *entry, sr_str *fields, size_t max);

#endif
