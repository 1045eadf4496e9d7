/* The one assertion the fuzz targets use; kept apart so that a target that
** needs no engine (fuzz_pack) does not pull in the document helpers. */
#ifndef SR_FUZZ_CHECK_H
#define SR_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

/* abort() with a message: libFuzzer saves the input as a crash. */
#define SR_FUZZ_CHECK(cond)                                                   \
  do {                                                                        \
    if (!(cond)) {                                                            \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,       \
              #cond);                                                         \
      abort();                                                                \
    }                                                                         \
  } while (0)

#endif
