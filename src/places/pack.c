#include "pack.h"

#include "../util/error.h"

static const char *const place_role_names[] = {SR_PLACE_ROLES(SR_ENUM_NAME)};

const char *sr_place_role_name(int role) {
  return role > SR_PR_NONE ? sr_name_of(place_role_names, SR_PLACE_ROLE_COUNT, role, "")
                           : "";
}

static sr_status row_place_role(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, place_role_names, SR_PLACE_ROLE_COUNT,
                       SR_PR_NEIGHBOURHOOD, "place role", err);
}

/* demonym <TAB> ISO2: the country a word of nationality points to */
static sr_status row_demonym(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "word<TAB>ISO2", err);
  if (st != SR_OK) return st;
  if (f[1].len != 2 || f[1].ptr[0] < 'A' || f[1].ptr[0] > 'Z' ||
      f[1].ptr[1] < 'A' || f[1].ptr[1] > 'Z')
    return sr_error_set(err, SR_EPACK, "expected a two-letter country code");
  return sr_rows_labelled(c, f, n, err);
}

static const sr_pack_file files[] = {SR_PLACE_PACK(SR_PACK_LINE)};
const sr_pack_registry sr_place_registry = {"places", files, SR_COUNT_OF(files),
                                            SR_PT_COUNT};

sr_status sr_place_pack_load(sr_place_pack *p, sr_pack_loader *loader, sr_error *err) {
  return sr_registry_load(&sr_place_registry, loader, p->t, p, err);
}

void sr_place_pack_free(sr_place_pack *p) { sr_tables_free(p->t, SR_PT_COUNT); }
