#ifndef SR_ERROR_H
#define SR_ERROR_H

#include "sitrep.h"

/* Fills err (when not NULL) and returns code, so that callers can write
** `return sr_error_set(err, SR_EIO, "%s: %s", path, strerror(errno));`. */
sr_status sr_error_set(sr_error *err, sr_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
