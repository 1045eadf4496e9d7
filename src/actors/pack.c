#include "pack.h"

#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "../util/grow.h"

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

const char *sr_institution_name(int institution) {
  return sr_name_of(institution_names, SR_INSTITUTION_COUNT, institution, "");
}

static int upper_pair(const char *s) {
  return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

/* "ML,BF,NE" or '-': the codes run together ("MLBFNE") in a new string */
static char *parse_countries(sr_str s, sr_error *err) {
  char *out = malloc(s.len + 1);
  if (!out) {
    sr_error_set(err, SR_ENOMEM, "out of memory");
    return NULL;
  }
  size_t n = 0;
  if (!(s.len == 1 && s.ptr[0] == '-')) {
    for (size_t i = 0; i < s.len; i += 3) {
      if (i + 2 > s.len || !upper_pair(s.ptr + i) || (i + 2 < s.len && s.ptr[i + 2] != ',')) {
        free(out);
        sr_error_set(err, SR_EPACK, "countries are ISO2 codes separated by commas, or '-'");
        return NULL;
      }
      out[n++] = s.ptr[i];
      out[n++] = s.ptr[i + 1];
    }
  }
  out[n] = '\0';
  return out;
}

const sr_actor_info *sr_actor_info_of(const sr_actor_pack *k, int number) {
  return number >= 0 && (size_t)number < k->actor_count ? &k->info[number] : NULL;
}

int sr_actor_in_country(const sr_actor_pack *k, int number, const char *iso2) {
  const sr_actor_info *info = sr_actor_info_of(k, number);
  if (!info || !iso2 || !*iso2) return 0;
  for (const char *c = info->countries; *c; c += 2)
    if (c[0] == iso2[0] && c[1] == iso2[1]) return 1;
  return 0;
}

/* A state's forces by their own name: "military", "police Gendarmerie". */
static sr_status state_name(sr_actor_info *info, sr_str name, sr_error *err) {
  const char *space = memchr(name.ptr, ' ', name.len);
  sr_str inst = {name.ptr, space ? (size_t)(space - name.ptr) : name.len};
  info->institution = sr_name_index(institution_names, SR_INSTITUTION_COUNT, inst);
  if (info->institution < SR_INST_MILITARY || info->institution > SR_INST_GOVERNMENT)
    return sr_error_set(err, SR_EPACK,
                        "a state's name is its institution (military, police, government), "
                        "then its unit if any");
  if (space && !(info->unit = sr_rows_copy((sr_str){space + 1, name.len - inst.len - 1})))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  return SR_OK;
}

/* actors.tsv: name <TAB> inter <TAB> type <TAB> agreement <TAB> countries
** [<TAB> aliases]; built by scripts/build-actors from packs/actors/src/. */
static sr_status row_actor(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(
      n, 5, 6, "name<TAB>inter<TAB>type<TAB>agreement<TAB>countries[<TAB>alias|alias...]",
      err);
  if (st != SR_OK) return st;
  sr_actor_pack *p = c->stage;
  int inter, agree, type = sr_name_index(group_type_names, SR_GROUP_TYPE_COUNT, f[2]);
  if (!parse_inter(f[1], &inter)) return sr_error_set(err, SR_EPACK, BAD_INTER);
  if (type < SR_GROUP_GROUP)
    return sr_error_set(err, SR_EPACK, "unknown type '%.*s' (group, coalition, state)",
                        (int)f[2].len, f[2].ptr);
  if (!parse_agreement(f[3], &agree)) return sr_error_set(err, SR_EPACK, BAD_AGREEMENT);
  if (p->actor_count >= (1u << 22))
    return sr_error_set(err, SR_EPACK, "too many actors");
  if (sr_grow(&p->info, &p->actor_cap, p->actor_count, sizeof *p->info, 64))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_actor_info *info = &p->info[p->actor_count];
  memset(info, 0, sizeof *info);
  int number = (int)p->actor_count++; /* freed whole, even half made */
  if (!(info->countries = parse_countries(f[4], err))) return err->code;
  if (type == SR_GROUP_STATE && (st = state_name(info, f[0], err)) != SR_OK) return st;
  char *name = sr_rows_copy(f[0]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, inter, type | agree << 4 | number << 8, name};
  /* a state's "military" is what the engine names, never a phrase to find */
  sr_str phrase = type == SR_GROUP_STATE ? (sr_str){f[0].ptr, 0} : f[0];
  st = sr_table_add_aliases(c, phrase, n == 6 ? f[5] : (sr_str){NULL, 0}, row, err);
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

static int iso2_code(sr_str f) {
  return f.len == 2 && f.ptr[0] >= 'A' && f.ptr[0] <= 'Z' && f.ptr[1] >= 'A' && f.ptr[1] <= 'Z';
}

/* air_forces.tsv: ISO2 where an unclaimed strike falls <TAB> ISO2 of who
** flies; armies.tsv: ISO2 where soldiers of no nationality told are
** <TAB> ISO2 of whose army they are */
static sr_status row_air_force(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "ISO2<TAB>ISO2", err);
  if (st != SR_OK) return st;
  if (!iso2_code(f[0]) || !iso2_code(f[1]))
    return sr_error_set(err, SR_EPACK, "expected two-letter country codes");
  char *who = sr_rows_copy(f[1]);
  if (!who) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, 0, 0, who};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* many_sides.tsv: ISO2 of a war whose unnamed rebels and militants stand
** for no one group a report names */
static sr_status row_many_sides(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 1, 1, "ISO2", err);
  if (st != SR_OK) return st;
  if (!iso2_code(f[0])) return sr_error_set(err, SR_EPACK, "expected a two-letter country code");
  char *iso = sr_rows_copy(f[0]);
  if (!iso) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, 0, 0, iso};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* state_names.txt: phrase <TAB> ISO2, or '-' for a word that may stand
** before such a name as it opens its clause ("that", "que"), or '+' for a
** verb right after it whose object is its deed ("launched", "a lancé") */
static sr_status row_state_name(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "phrase<TAB>ISO2|-|+", err);
  if (st != SR_OK) return st;
  int opener = f[1].len == 1 && f[1].ptr[0] == '-';
  int bridge = f[1].len == 1 && f[1].ptr[0] == '+';
  if (!opener && !bridge && !iso2_code(f[1]))
    return sr_error_set(err, SR_EPACK, "expected a two-letter country code, '-' or '+'");
  char *iso = opener || bridge ? NULL : sr_rows_copy(f[1]);
  if (!opener && !bridge && !iso) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, bridge, 0, iso};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* countries.tsv: ISO2 <TAB> name as actor names use it [<TAB> after "of"] */
static sr_status row_country(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 3, "ISO2<TAB>name[<TAB>name after \"of\"]", err);
  if (st != SR_OK) return st;
  if (f[0].len != 2 || f[0].ptr[0] < 'A' || f[0].ptr[0] > 'Z' ||
      f[0].ptr[1] < 'A' || f[0].ptr[1] > 'Z')
    return sr_error_set(err, SR_EPACK, "expected a two-letter country code");
  if (f[1].len == 0) return sr_error_set(err, SR_EPACK, "empty country name");
  char *name = sr_rows_copy(f[1]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, 0, 0, name};
  st = sr_table_add(c, c->table, f[0], row, err);
  if (st != SR_OK) return st;
  /* the name the other way, to read "Belarus police" as Belarus's */
  sr_row code = {0, 0, 0, sr_rows_copy(f[0])};
  if (!code.label) return sr_error_set(err, SR_ENOMEM, "out of memory");
  st = sr_table_add(c, &c->tables[SR_AT_COUNTRY_NAMES], f[1], code, err);
  if (st != SR_OK || n < 3) return st;
  if (f[2].len == 0) return sr_error_set(err, SR_EPACK, "empty country name");
  if (!(row.label = sr_rows_copy(f[2]))) return sr_error_set(err, SR_ENOMEM, "out of memory");
  return sr_table_add(c, &c->tables[SR_AT_COUNTRIES_OF], f[0], row, err);
}

/* forces.txt: phrase <TAB> institution [<TAB> agreement [<TAB> flags|-
** [<TAB> unit]]], flags a comma-separated list of own, home, weapon and
** air: the row's b holds "own" in bit 0 (home sets it too), the agreement
** above it, SR_FORCE_WEAPON, SR_FORCE_AIR and SR_FORCE_HOME; its label the
** unit ACLED writes after the name ("Gendarmerie"). */
static int force_flags(sr_str f, int *flags) {
  *flags = 0;
  if (f.len == 1 && f.ptr[0] == '-') return 1;
  for (size_t a = 0; a < f.len;) {
    size_t b = a;
    while (b < f.len && f.ptr[b] != ',') b++;
    sr_str w = {f.ptr + a, b - a};
    if (w.len == 3 && memcmp(w.ptr, "own", 3) == 0) *flags |= 1;
    else if (w.len == 6 && memcmp(w.ptr, "weapon", 6) == 0) *flags |= SR_FORCE_WEAPON;
    else if (w.len == 3 && memcmp(w.ptr, "air", 3) == 0) *flags |= SR_FORCE_AIR;
    else if (w.len == 4 && memcmp(w.ptr, "home", 4) == 0) *flags |= 1 | SR_FORCE_HOME;
    else return 0;
    a = b + 1;
  }
  return 1;
}

static sr_status row_force(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 5,
                              "phrase<TAB>institution[<TAB>agreement[<TAB>own,home,weapon,air|-[<TAB>unit]]]", err);
  if (st != SR_OK) return st;
  int inst = sr_name_index(institution_names, SR_INSTITUTION_COUNT, f[1]);
  if (inst < SR_INST_MILITARY)
    return sr_error_set(err, SR_EPACK, "unknown institution '%.*s'", (int)f[1].len,
                        f[1].ptr);
  int agree = 0;
  if (n >= 3 && !parse_agreement(f[2], &agree))
    return sr_error_set(err, SR_EPACK, BAD_AGREEMENT);
  int flags = 0;
  if (n >= 4 && !force_flags(f[3], &flags))
    return sr_error_set(err, SR_EPACK,
                        "the fourth field is '-' or a comma-separated list of 'own', 'home', 'weapon', 'air'");
  if (n == 5 && (inst > SR_INST_GOVERNMENT || !f[4].len))
    return sr_error_set(err, SR_EPACK, "only forces have a unit, and it has a name");
  char *unit = NULL;
  if (n == 5 && !(unit = sr_rows_copy(f[4])))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_row row = {0, inst, flags | agree << 1, unit};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* armed_groups.txt: phrase <TAB> inter [<TAB> apart|after|before] */
static sr_status row_armed_group(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 3, "phrase<TAB>inter[<TAB>apart|after|before]", err);
  if (st != SR_OK) return st;
  int inter;
  if (!parse_inter(f[1], &inter)) return sr_error_set(err, SR_EPACK, BAD_INTER);
  int apart = n > 2 && f[2].len == 5 && memcmp(f[2].ptr, "apart", 5) == 0;
  int after = n > 2 && f[2].len == 5 && memcmp(f[2].ptr, "after", 5) == 0;
  int before = n > 2 && f[2].len == 6 && memcmp(f[2].ptr, "before", 6) == 0;
  if (n > 2 && !apart && !after && !before)
    return sr_error_set(err, SR_EPACK, "third field must be 'apart', 'after' or 'before'");
  sr_row row = {0, inter,
                apart ? SR_ARMED_APART : after ? SR_ARMED_AFTER : before ? SR_ARMED_BEFORE : 0,
                NULL};
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

void sr_actor_pack_free(sr_actor_pack *p) {
  sr_tables_free(p->t, SR_AT_COUNT);
  for (size_t i = 0; i < p->actor_count; i++) {
    free(p->info[i].countries);
    free(p->info[i].unit);
  }
  free(p->info);
  p->info = NULL;
  p->actor_count = p->actor_cap = 0;
}
