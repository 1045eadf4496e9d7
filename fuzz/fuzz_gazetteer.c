/*
** The gazetteer's own rows (packs/geo/places.tsv, gazetteer.tsv) and the
** transliteration rules: user-edited or built files, so any bytes must load
** or fail with a located error.  The input is split at its first NUL byte
** into rules and places; every name loaded must then be found again under
** its skeleton.
*/
#include <string.h>

#include "fuzz_check.h"
#include "places/gazetteer.h"
#include "text/fold.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  const char *nul = memchr(text, '\0', size);
  size_t rules_len = nul ? (size_t)(nul - text) : 0;
  const char *places = nul ? nul + 1 : text;
  size_t places_len = nul ? size - rules_len - 1 : size;
  sr_gazetteer *g;
  sr_error err;
  if (sr_gazetteer_parse(text, rules_len, places, places_len, &g, &err) != SR_OK) {
    SR_FUZZ_CHECK(strstr(err.message, "places:") == err.message ||
                  strstr(err.message, "translit:") == err.message ||
                  err.code == SR_ENOMEM);
    return 0;
  }
  sr_arena a;
  sr_arena_init(&a, 0);
  for (size_t i = 0; i < sr_gazetteer_count(g); i++) {
    const sr_place *p = sr_gazetteer_place(g, (int32_t)i);
    SR_FUZZ_CHECK(p && p->id && p->name);
    SR_FUZZ_CHECK(!p->has_coords || (p->lat >= -90 && p->lat <= 90));
    SR_FUZZ_CHECK(p->parent < (int32_t)i); /* parents come first */
    sr_str f = sr_fold(&a, p->name, strlen(p->name));
    char key[SR_SKELETON_MAX];
    size_t klen = f.ptr ? sr_skeleton(sr_gazetteer_translit(g), f.ptr, f.len,
                                      key, sizeof key)
                        : 0;
    int32_t found[64];
    if (klen) SR_FUZZ_CHECK(sr_gazetteer_lookup(g, key, klen, found, NULL, 64) > 0);
  }
  sr_arena_release(&a);
  sr_gazetteer_free(g);
  return 0;
}
