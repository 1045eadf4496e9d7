/*
** The compiled gazetteer image (packs/geo/gazetteer.bin): a built file that
** is mapped, not parsed, and trusted by every lookup after its load.  Any
** bytes must load or be refused with a message naming the image; a loaded
** image must answer every lookup from inside itself (ASan watches), and a
** lookup must end.  Seeds: images of fuzz_gazetteer's seeds
** (sr_gazetteer_to_image).
*/
#include <string.h>

#include "fuzz_check.h"
#include "places/gazetteer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char rules[] = "al\t-\tword\nou\tu\tany\neh\ta\tend\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  sr_gazetteer *g;
  sr_error err;
  if (sr_gazetteer_from_image(rules, strlen(rules), data, size, &g, &err) != SR_OK) {
    SR_FUZZ_CHECK(strstr(err.message, "image: ") == err.message ||
                  err.code == SR_ENOMEM);
    return 0;
  }
  sr_arena a;
  sr_arena_init(&a, 0);
  size_t n = sr_gazetteer_count(g);
  for (size_t i = 0; i < n; i++) {
    const sr_place *p = sr_gazetteer_place(g, (int32_t)i);
    SR_FUZZ_CHECK(p && p->id && p->name && p->iso2 && p->admin1);
    SR_FUZZ_CHECK(p->parent < (int32_t)i && p->country < (int32_t)n);
    SR_FUZZ_CHECK(sr_place_kind_name(p->kind) != NULL);
    sr_gazetteer_find_id(g, p->id, strlen(p->id));
    char key[SR_SKELETON_MAX];
    size_t klen = sr_gazetteer_key(g, &a, p->name, strlen(p->name), key);
    int32_t found[8];
    unsigned char own[8];
    size_t m = sr_gazetteer_lookup(g, key, klen, found, own, 8);
    for (size_t k = 0; k < m && k < 8; k++)
      SR_FUZZ_CHECK(sr_gazetteer_place(g, found[k]) != NULL);
    sr_gazetteer_words_from(g, key, klen);
    sr_gazetteer_curated_start(g, key, klen);
  }
  /* And names that are not there: a probe that misses must end too. */
  sr_gazetteer_lookup(g, "zzz", 3, NULL, NULL, 0);
  sr_gazetteer_words_from(g, (const char *)data, size < 64 ? size : 64);
  sr_arena_release(&a);
  sr_gazetteer_free(g);
  return 0;
}
