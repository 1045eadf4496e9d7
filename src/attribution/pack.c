#include "pack.h"

#include "../actors/pack.h"

static const char *const cue_role_names[] = {SR_CUE_ROLES(SR_ENUM_NAME)};
static const char *const scope_names[] = {SR_SCOPES(SR_ENUM_NAME)};

const char *sr_cue_role_name(int role) {
  return sr_name_of(cue_role_names, SR_CUE_ROLE_COUNT, role, "");
}

const char *sr_scope_name(int scope) {
  return scope > SR_SCOPE_NONE ? sr_name_of(scope_names, SR_SCOPE_COUNT, scope, NULL)
                               : NULL;
}

static sr_status row_cue(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, cue_role_names, SR_CUE_ROLE_COUNT, SR_CUE_BEFORE,
                       "attribution role", err);
}

static sr_status row_designator(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, sr_source_kind_names, SR_SOURCE_KIND_COUNT,
                       SR_SOURCE_PERSON, "source kind", err);
}

static const sr_pack_file files[] = {SR_ATTRIBUTION_PACK(SR_PACK_LINE)};
const sr_pack_registry sr_attribution_registry = {"attribution", files,
                                                  SR_COUNT_OF(files), SR_ST_COUNT};

sr_status sr_attribution_pack_load(sr_attribution_pack *p, sr_pack_loader *loader,
                                   sr_error *err) {
  return sr_registry_load(&sr_attribution_registry, loader, p->t, p, err);
}

void sr_attribution_pack_free(sr_attribution_pack *p) {
  sr_tables_free(p->t, SR_ST_COUNT);
}
