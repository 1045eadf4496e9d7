/*
** GeoNames dumps (geonames.c): files users download, so any bytes must be
** added or refused with an error naming the dump and line, never crash.
** Every place added must then be found again under its id and its name,
** numbered after the first layer's places.
*/
#include <string.h>

#include "fuzz_check.h"
#include "places/gazetteer.h"

static const char RULES[] = "al\t-\tword\nou\tu\tany\n";
static const char BASE[] =
    "country:BF\tcountry\tBurkina Faso\tBF\t\t12.3\t-1.5\t1000\tBurkina Faso\n"
    "admin1:BF.08\tadmin1\tEst\tBF\tEst\t12.0\t0.4\t500\tEst\n"
    "gn:5\tplace\tFada\tBF\tEst\t12.06\t0.36\t40000\tFada\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  sr_gazetteer *g;
  sr_error err;
  if (sr_gazetteer_parse(RULES, strlen(RULES), BASE, strlen(BASE), &g, &err) != SR_OK) {
    SR_FUZZ_CHECK(err.code == SR_ENOMEM);
    return 0;
  }
  size_t before = sr_gazetteer_count(g);
  if (sr_gazetteer_add_geonames_text(g, "dump", (const char *)data, size, &err) != SR_OK) {
    SR_FUZZ_CHECK(strstr(err.message, "dump:") == err.message || err.code == SR_ENOMEM);
    sr_gazetteer_free(g);
    return 0;
  }
  sr_arena a;
  sr_arena_init(&a, 0);
  for (size_t i = before; i < sr_gazetteer_count(g); i++) {
    const sr_place *p = sr_gazetteer_place(g, (int32_t)i);
    SR_FUZZ_CHECK(p && p->id && p->name && strncmp(p->id, "gn:", 3) == 0);
    SR_FUZZ_CHECK(p->lat >= -90 && p->lat <= 90 && p->lon >= -180 && p->lon <= 180);
    SR_FUZZ_CHECK(sr_gazetteer_find_id(g, p->id, strlen(p->id)) == (int32_t)i);
    SR_FUZZ_CHECK(p->country < 0 || sr_gazetteer_place(g, p->country)->kind == SR_PLACE_COUNTRY);
    char key[SR_SKELETON_MAX];
    size_t klen = sr_gazetteer_key(g, &a, p->name, strlen(p->name), key);
    int32_t found[64];
    if (klen) SR_FUZZ_CHECK(sr_gazetteer_lookup(g, key, klen, found, NULL, 64) > 0);
  }
  sr_arena_release(&a);
  sr_gazetteer_free(g);
  return 0;
}
