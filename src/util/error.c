#include "error.h"

#include <stdarg.h>
#include <stdio.h>

sr_status sr_error_set(sr_error *err, sr_status code, const char *fmt, ...) {
  if (err) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    err->code = code;
  }
  return code;
}

const char *sr_status_name(sr_status code) {
  switch (code) {
  case SR_OK: return "ok";
  case SR_ENOMEM: return "out of memory";
  case SR_EIO: return "cannot read input";
  case SR_EPARSE: return "malformed input";
  case SR_EUTF8: return "invalid UTF-8";
  case SR_EEMPTY: return "empty document";
  case SR_EINVAL: return "invalid argument";
  case SR_EICU: return "ICU error";
  case SR_EPACK: return "invalid knowledge pack";
  }
  return "unknown error";
}
