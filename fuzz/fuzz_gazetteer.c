/*
** The gazetteer's own rows (packs/geo/places.tsv, gazetteer.tsv) and the
** transliteration rules: user-edited or built files, so any bytes must load
** or fail with a located error.  The input is split at its first NUL byte
** into rules and places; every name loaded must then be found again under
** its skeleton, and the gazetteer's compiled image (gazetteer_image.c) must
** load back into the same places and answers.
*/
#include <string.h>

#include "fuzz_check.h"
#include "places/gazetteer.h"

/* g's image loaded back: the same places, the same answer for each name. */
static void check_image(sr_gazetteer *g, const char *rules, size_t rules_len) {
  char *image;
  size_t len;
  sr_error err;
  if (sr_gazetteer_to_image(g, &image, &len, &err) != SR_OK) {
    SR_FUZZ_CHECK(err.code == SR_ENOMEM);
    return;
  }
  sr_gazetteer *h;
  sr_status st = sr_gazetteer_from_image(rules, rules_len, image, len, &h, &err);
  free(image);
  if (st != SR_OK) {
    SR_FUZZ_CHECK(err.code == SR_ENOMEM);
    return;
  }
  SR_FUZZ_CHECK(sr_gazetteer_count(h) == sr_gazetteer_count(g));
  SR_FUZZ_CHECK(sr_gazetteer_max_words(h) == sr_gazetteer_max_words(g));
  sr_arena a;
  sr_arena_init(&a, 0);
  for (size_t i = 0; i < sr_gazetteer_count(g); i++) {
    const sr_place *p = sr_gazetteer_place(g, (int32_t)i);
    const sr_place *q = sr_gazetteer_place(h, (int32_t)i);
    SR_FUZZ_CHECK(strcmp(p->id, q->id) == 0 && strcmp(p->name, q->name) == 0 &&
                  strcmp(p->iso2, q->iso2) == 0 && strcmp(p->admin1, q->admin1) == 0);
    SR_FUZZ_CHECK(p->kind == q->kind && p->parent == q->parent &&
                  p->country == q->country && p->has_coords == q->has_coords &&
                  p->population == q->population && p->curated == q->curated &&
                  p->capital == q->capital && p->admin1_guessed == q->admin1_guessed &&
                  p->admin2_missing == q->admin2_missing);
    SR_FUZZ_CHECK(!p->has_coords || (p->lat == q->lat && p->lon == q->lon));
    SR_FUZZ_CHECK(sr_gazetteer_find_id(h, p->id, strlen(p->id)) == (int32_t)i);
    char key[SR_SKELETON_MAX];
    size_t klen = sr_gazetteer_key(g, &a, p->name, strlen(p->name), key);
    int32_t fg[16], fh[16];
    unsigned char og[16], oh[16];
    size_t ng = sr_gazetteer_lookup(g, key, klen, fg, og, 16);
    SR_FUZZ_CHECK(sr_gazetteer_lookup(h, key, klen, fh, oh, 16) == ng);
    for (size_t k = 0; k < ng && k < 16; k++)
      SR_FUZZ_CHECK(fg[k] == fh[k] && og[k] == oh[k]);
  }
  sr_arena_release(&a);
  sr_gazetteer_free(h);
}

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
    char key[SR_SKELETON_MAX];
    size_t klen = sr_gazetteer_key(g, &a, p->name, strlen(p->name), key);
    int32_t found[64];
    if (klen) SR_FUZZ_CHECK(sr_gazetteer_lookup(g, key, klen, found, NULL, 64) > 0);
  }
  sr_arena_release(&a);
  check_image(g, text, rules_len);
  sr_gazetteer_free(g);
  return 0;
}
