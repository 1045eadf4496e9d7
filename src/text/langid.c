#include "langid.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>

#include "../util/error.h"

/* Enough text to decide; textcat's cost grows with the sample. */
#define SAMPLE_BYTES 2048

struct sr_langid {
  void *handle;
  /* textcat keeps its working buffers in the handle, so one call at a time. */
  pthread_mutex_t lock;
};

sr_status sr_langid_open(const char *conf, const char *model_dir,
                         sr_langid **out, sr_error *err) {
  *out = NULL;
  sr_langid *id = calloc(1, sizeof *id);
  if (!id) return sr_error_set(err, SR_ENOMEM, "out of memory");
  size_t dl = strlen(model_dir);
  char *prefix = malloc(dl + 2);
  if (!prefix) {
    free(id);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  memcpy(prefix, model_dir, dl);
  prefix[dl] = dl && model_dir[dl - 1] != '/' ? '/' : '\0';
  prefix[dl + 1] = '\0';
  id->handle = special_textcat_Init(conf, prefix);
  free(prefix);
  if (!id->handle) {
    free(id);
    return sr_error_set(err, SR_EPACK,
                        "%s: cannot load language models (from %s)", conf,
                        model_dir);
  }
  pthread_mutex_init(&id->lock, NULL);
  *out = id;
  return SR_OK;
}

void sr_langid_close(sr_langid *id) {
  if (!id) return;
  textcat_Done(id->handle);
  pthread_mutex_destroy(&id->lock);
  free(id);
}

int sr_langid_guess(sr_langid *id, const char *text, size_t len, char *code,
                    size_t code_cap) {
  if (len > SAMPLE_BYTES) {
    /* Cut on a character boundary. */
    len = SAMPLE_BYTES;
    while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80) len--;
  }
  int found = 0;
  pthread_mutex_lock(&id->lock);
  const char *r = textcat_Classify(id->handle, text, len);
  /* r is "[fr][en]" best first, or UNKNOWN / SHORT. */
  if (r && r[0] == '[') {
    const char *close = strchr(r, ']');
    size_t n = close ? (size_t)(close - r - 1) : 0;
    if (n > 0 && n < code_cap) {
      memcpy(code, r + 1, n);
      code[n] = '\0';
      found = 1;
    }
  }
  pthread_mutex_unlock(&id->lock);
  return found;
}
