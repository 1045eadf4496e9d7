#ifndef SR_FILEIO_H
#define SR_FILEIO_H

#include <stddef.h>

#include "sitrep.h"

/* Reads a whole file into a malloc'ed buffer (NUL-terminated for safety, the
** NUL not counted in *len). */
sr_status sr_file_read(const char *path, char **data, size_t *len,
                       sr_error *err);

#endif
