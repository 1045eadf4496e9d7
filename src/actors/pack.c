#include "pack.h"

#include <stdlib.h>
#include <string.h>

#include "../util/error.h"

static const char *const actor_kind_names[] = {SR_ACTOR_KINDS(SR_ENUM_NAME)};
static const char *const group_type_names[] = {SR_GROUP_TYPES(SR_ENUM_NAME)};
static const char *const institution_names[] = {SR_INSTITUTIONS(SR_ENUM_NAME)};
const char *const sr_source_kind_names[SR_SOURCE_KIND_COUNT] = {SR_SOURCE_KINDS(SR_ENUM_NAME)};

const char *sr_actor_kind_name(int kind) {
  return sr_name_of(actor_kind_names, SR_ACTOR_KIND_COUNT, kind, "");
}

const char *sr_group_type_name(int type) {
  return sr_name_of(group_type_names, SR_GROUP_TYPE_COUNT, type, "any");
}

const char *sr_source_kind_name(int kind) {
  return kind > SR_SOURCE_NONE
             ? sr_name_of(sr_source_kind_names, SR_SOURCE_KIND_COUNT, kind, "unnamed")
             : "unnamed";
}

/* "fs", "mp", "p", "-": agreement bits */
static int parse_agreement(sr_str s, int *out) {
  *out = 0;
  if (s.len == 1 && s.ptr[0] == '-') return 1;
  for (size_t i = 0; i < s.len; i++) {
    switch (s.ptr[i]) {
      case 'f': *out |= SR_AGREE_F; break;
      case 'm': *out |= SR_AGREE_M; break;
      case 's': *out |= SR_AGREE_SG; break;
      case 'p': *out |= SR_AGREE_PL; break;
      default: return 0;
    }
  }
  return s.len > 0;
}

static int parse_inter(sr_str s, int *out) {
  double v;
  if (!sr_rows_number(s, &v) || v != (int)v || v <= SR_INTER_NONE || v >= SR_INTER_COUNT)
    return 0;
  *out = (int)v;
  return 1;
}

#define BAD_INTER "inter must be a whole number from 1 to 8"
#define BAD_AGREEMENT "agreement is letters of f, m, s, p or '-'"

/* actors.tsv: name <TAB> inter <TAB> type <TAB> agreement [<TAB> aliases] */
static sr_status row_actor(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(
      n, 4, 5, "name<TAB>inter<TAB>type<TAB>agreement[<TAB>alias|alias...]", err);
  if (st != SR_OK) return st;
  int inter, agree, type = sr_name_index(group_type_names, SR_GROUP_TYPE_COUNT, f[2]);
  if (!parse_inter(f[1], &inter)) return sr_error_set(err, SR_EPACK, BAD_INTER);
  if (type < SR_GROUP_GROUP)
    return sr_error_set(err, SR_EPACK, "unknown type '%.*s' (group, coalition, state)",
                        (int)f[2].len, f[2].ptr);
  if (!parse_agreement(f[3], &agree)) return sr_error_set(err, SR_EPACK, BAD_AGREEMENT);
  char *name = sr_rows_copy(f[0]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, inter, type | agree << 4, name};
  st = sr_table_add_aliases(c, f[0], n == 5 ? f[4] : (sr_str){NULL, 0}, row, err);
  free(name);
  return st;
}

/* sources.tsv: name <TAB> kind [<TAB> aliases] */
static sr_status row_named_source(sr_rows *c, const sr_str *f, size_t n,
                                  sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 3, "name<TAB>kind[<TAB>alias|alias...]", err);
  if (st != SR_OK) return st;
  int kind = sr_name_index(sr_source_kind_names, SR_SOURCE_KIND_COUNT, f[1]);
  if (kind < SR_SOURCE_PERSON)
    return sr_error_set(err, SR_EPACK, "unknown source kind '%.*s'", (int)f[1].len,
                        f[1].ptr);
  char *name = sr_rows_copy(f[0]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, kind, 0, name};
  st = sr_table_add_aliases(c, f[0], n == 3 ? f[2] : (sr_str){NULL, 0}, row, err);
  free(name);
  return st;
}

/* countries.tsv: ISO2 <TAB> name as actor names use it */
static sr_status row_country(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "ISO2<TAB>name", err);
  if (st != SR_OK) return st;
  if (f[0].len != 2 || f[0].ptr[0] < 'A' || f[0].ptr[0] > 'Z' ||
      f[0].ptr[1] < 'A' || f[0].ptr[1] > 'Z')
    return sr_error_set(err, SR_EPACK, "expected a two-letter country code");
  if (f[1].len == 0) return sr_error_set(err, SR_EPACK, "empty country name");
  char *name = sr_rows_copy(f[1]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, 0, 0, name};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* forces.txt: phrase <TAB> institution [<TAB> agreement [<TAB> own]]: the
** row's b holds "own" in bit 0 and the agreement above it. */
static sr_status row_force(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 4,
                              "phrase<TAB>institution[<TAB>agreement[<TAB>own]]", err);
  if (st != SR_OK) return st;
  int inst = sr_name_index(institution_names, SR_INSTITUTION_COUNT, f[1]);
  if (inst < SR_INST_MILITARY)
    return sr_error_set(err, SR_EPACK, "unknown institution '%.*s'", (int)f[1].len,
                        f[1].ptr);
  int agree = 0;
  if (n >= 3 && !parse_agreement(f[2], &agree))
    return sr_error_set(err, SR_EPACK, BAD_AGREEMENT);
  int own = n == 4 && f[3].len == 3 && memcmp(f[3].ptr, "own", 3) == 0;
  if (n == 4 && !own)
    return sr_error_set(err, SR_EPACK, "the fourth field can only be 'own'");
  sr_row row = {0, inst, own | agree << 1, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* armed_groups.txt: phrase <TAB> inter */
static sr_status row_armed_group(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "phrase<TAB>inter", err);
  if (st != SR_OK) return st;
  int inter;
  if (!parse_inter(f[1], &inter)) return sr_error_set(err, SR_EPACK, BAD_INTER);
  sr_row row = {0, inter, 0, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* crowds.txt: phrase <TAB> inter, rioters (5) or protesters (6) */
static sr_status row_crowd(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "phrase<TAB>inter", err);
  if (st != SR_OK) return st;
  int inter;
  if (!parse_inter(f[1], &inter) || (inter != SR_INTER_RIOTERS && inter != SR_INTER_PROTESTERS))
    return sr_error_set(err, SR_EPACK, "inter must be 5 (rioters) or 6 (protesters)");
  sr_row row = {0, inter, 0, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* actor_references.txt: phrase <TAB> type <TAB> agreement */
static sr_status row_actor_ref(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 3, 3, "phrase<TAB>type<TAB>agreement", err);
  if (st != SR_OK) return st;
  int agree, type = sr_name_index(group_type_names, SR_GROUP_TYPE_COUNT, f[1]);
  if (type < 0)
    return sr_error_set(err, SR_EPACK, "unknown type '%.*s'", (int)f[1].len, f[1].ptr);
  if (!parse_agreement(f[2], &agree)) return sr_error_set(err, SR_EPACK, BAD_AGREEMENT);
  sr_row row = {0, type, agree, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

static const sr_pack_file files[] = {SR_ACTOR_PACK(SR_PACK_LINE)};
const sr_pack_registry sr_actor_registry = {"actors", files, SR_COUNT_OF(files),
                                            SR_AT_COUNT};

sr_status sr_actor_pack_load(sr_actor_pack *p, sr_pack_loader *loader, sr_error *err) {
  return sr_registry_load(&sr_actor_registry, loader, p->t, p, err);
}

void sr_actor_pack_free(sr_actor_pack *p) { sr_tables_free(p->t, SR_AT_COUNT); }
