#include "pack.h"

#include <stdlib.h>
#include <string.h>

#include "../actors/pack.h"
#include "../util/error.h"
#include "../util/grow.h"

static const char *const cue_role_names[] = {SR_CUE_ROLES(SR_ENUM_NAME)};
static const char *const scope_names[] = {SR_SCOPES(SR_ENUM_NAME)};
static const char *const category_names[] = {SR_SOURCE_CATEGORIES(SR_ENUM_NAME)};

const char *sr_source_category_name(int category) {
  return category > SR_CAT_NONE && category < SR_CAT_MODIFIER
             ? sr_name_of(category_names, SR_CATEGORY_COUNT, category, NULL)
             : NULL;
}

const char *sr_cue_role_name(int role) {
  return sr_name_of(cue_role_names, SR_CUE_ROLE_COUNT, role, "");
}

const char *sr_scope_name(int scope) {
  return scope > SR_SCOPE_NONE ? sr_name_of(scope_names, SR_SCOPE_COUNT, scope, NULL)
                               : NULL;
}

static sr_status row_cue(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "phrase<TAB>role", err);
  if (st != SR_OK) return st;
  int role = sr_name_index(cue_role_names, SR_CUE_ROLE_COUNT, f[1]);
  if (role < SR_CUE_BEFORE)
    return sr_error_set(err, SR_EPACK, "unknown attribution role '%.*s'", (int)f[1].len,
                        f[1].ptr);
  sr_row row = {0, role, 0, NULL};
  sr_table *t = sr_cue_role_is_word(role) ? &c->tables[SR_ST_WORDS]
                : role == SR_CUE_DOCUMENT || role == SR_CUE_ISSUER ? &c->tables[SR_ST_DOCUMENTS]
                : role == SR_CUE_AUXILIARY ? &c->tables[SR_ST_AUXILIARIES] /* no word opens a source */
                : role == SR_CUE_BORNE ? &c->tables[SR_ST_BORNE] /* nor these: read after a verb */
                : role == SR_CUE_FROM ? &c->tables[SR_ST_FROM] /* ("de" is no word around every source) */
                : role == SR_CUE_PLURAL ? &c->tables[SR_ST_PLURALS] /* read in a source found */
                : role == SR_CUE_PREVERB ? &c->tables[SR_ST_PREVERBS] /* read before a verb found */
                : role == SR_CUE_PERSONAL ? &c->tables[SR_ST_PERSONALS] /* read in a back cue found */
                : role == SR_CUE_OUTLET_WORD ? &c->tables[SR_ST_OUTLET_WORDS] /* after an outlet's name */
                                           : c->table;
  return sr_table_add(c, t, f[0], row, err);
}

static sr_status row_designator(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, sr_source_kind_names, SR_SOURCE_KIND_COUNT,
                       SR_SOURCE_PERSON, "source kind", err);
}

static int category_named(const sr_str *f, sr_error *err) {
  int c = sr_name_index(category_names, SR_CATEGORY_COUNT, *f);
  if (c <= SR_CAT_NONE)
    sr_error_set(err, SR_EPACK, "unknown source category '%.*s'", (int)f->len, f->ptr);
  return c;
}

/* source_heads.txt: phrase <TAB> category [<TAB> kind]: "officials
** government unnamed": anonymous people; without a kind, a body. */
static sr_status row_head(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 3, "phrase<TAB>category[<TAB>kind]", err);
  if (st != SR_OK) return st;
  int category = category_named(&f[1], err);
  if (category <= SR_CAT_NONE) return err->code;
  int kind = SR_SOURCE_ORGANIZATION;
  if (n == 3 && (kind = sr_name_index(sr_source_kind_names, SR_SOURCE_KIND_COUNT, f[2])) <
                    SR_SOURCE_PERSON)
    return sr_error_set(err, SR_EPACK, "unknown source kind '%.*s'", (int)f[2].len, f[2].ptr);
  sr_row row = {0, category, kind, NULL};
  st = sr_table_add(c, c->table, f[0], row, err);
  /* the head in the possessive, one token ("the ministry's latest
  ** figures", "the military's media wing"): the same head */
  char possessive[128];
  if (st != SR_OK || category == SR_CAT_MODIFIER || f[0].len + 2 > sizeof possessive) return st;
  memcpy(possessive, f[0].ptr, f[0].len);
  memcpy(possessive + f[0].len, "'s", 2);
  return sr_table_add(c, c->table, (sr_str){possessive, f[0].len + 2}, row, err);
}

/* titles.txt: phrase <TAB> title [<TAB> category]: "le ministre title
** government": the category of a person with that title, when nothing
** else in the source's words tells it. */
static sr_status row_title(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 3, "phrase<TAB>title[<TAB>category]", err);
  if (st != SR_OK) return st;
  int category = SR_CAT_NONE;
  if (n == 3 && (category = category_named(&f[2], err)) <= SR_CAT_NONE) return err->code;
  sr_row row = {0, category, 0, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* attribution/categories.tsv: canonical name <TAB> category. */
static sr_status row_category(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "name<TAB>category", err);
  if (st != SR_OK) return st;
  sr_attribution_pack *p = c->stage;
  int category = category_named(&f[1], err);
  if (category <= SR_CAT_NONE) return err->code;
  if (sr_grow(&p->categories, &p->category_cap, p->category_count, sizeof *p->categories, 32))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  char *name = sr_rows_copy(f[0]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  p->categories[p->category_count++] = (sr_named_category){name, category};
  return SR_OK;
}

int sr_named_source_category(const sr_attribution_pack *p, const char *name) {
  for (size_t i = 0; name && i < p->category_count; i++)
    if (strcmp(p->categories[i].name, name) == 0) return p->categories[i].category;
  return SR_CAT_NONE;
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
  for (size_t i = 0; i < p->category_count; i++) free(p->categories[i].name);
  free(p->categories);
  p->categories = NULL;
  p->category_count = p->category_cap = 0;
}
