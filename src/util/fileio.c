#include "fileio.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bigmem.h"
#include "error.h"

sr_status sr_file_read(const char *path, char **data, size_t *len,
                       sr_error *err) {
  *data = NULL;
  *len = 0;
  FILE *f = fopen(path, "rb");
  if (!f) return sr_error_set(err, SR_EIO, "%s: %s", path, strerror(errno));
  /* A large regular file is read into one buffer of its size (4 KB spare,
  ** so that the read meeting its end does not grow it): the gazetteer's
  ** 20 MB would otherwise be copied through every doubling.  Small files
  ** keep the one first size, which the allocator reuses file after file. */
  size_t cap = 64 * 1024, n = 0;
  struct stat sb;
  if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) &&
      (uintmax_t)sb.st_size < SIZE_MAX / 2 &&
      (size_t)sb.st_size + 4097 > cap)
    cap = (size_t)sb.st_size + 4097;
  char *buf = sr_big_alloc(cap);
  if (!buf) {
    fclose(f);
    return sr_error_set(err, SR_ENOMEM, "%s: out of memory", path);
  }
  for (;;) {
    if (cap - n < 4096) {
      char *nb = cap < SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
      if (!nb) {
        free(buf);
        fclose(f);
        return sr_error_set(err, SR_ENOMEM, "%s: out of memory", path);
      }
      buf = nb;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  int failed = ferror(f);
  int saved = errno;
  fclose(f);
  if (failed) {
    free(buf);
    return sr_error_set(err, SR_EIO, "%s: %s", path, strerror(saved));
  }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return SR_OK;
}
