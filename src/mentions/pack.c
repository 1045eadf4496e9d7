#include "pack.h"

#include <string.h>

#include "../util/error.h"

static const char *const qualifier_names[] = {SR_QUALIFIERS(SR_ENUM_NAME)};
static const char *const unit_names[] = {SR_TIME_UNITS(SR_ENUM_NAME)};
static const char *const date_role_names[] = {SR_DATE_ROLES(SR_ENUM_NAME)};
static const char *const kind_names[] = {SR_QUANTITY_KINDS(SR_ENUM_NAME)};
static const char *const class_names[] = {SR_NOUN_CLASSES(SR_ENUM_NAME)};
static const char *const head_role_names[] = {SR_HEAD_ROLES(SR_ENUM_NAME)};

const char *sr_qualifier_name(sr_qualifier q) {
  return sr_name_of(qualifier_names, SR_QUALIFIER_COUNT, (int)q, "exact");
}

const char *sr_quantity_kind_name(int kind) {
  return kind > SR_KIND_NONE ? sr_name_of(kind_names, SR_QUANTITY_KIND_COUNT, kind, NULL)
                             : NULL;
}

int sr_quantity_kind_parse(sr_str name) {
  return sr_name_index(kind_names, SR_QUANTITY_KIND_COUNT, name);
}

const char *sr_noun_class_name(int cls) {
  return cls > SR_CLASS_NONE ? sr_name_of(class_names, SR_NOUN_CLASS_COUNT, cls, NULL)
                             : NULL;
}

int sr_noun_class_parse(sr_str name) {
  return sr_name_index(class_names, SR_NOUN_CLASS_COUNT, name);
}

/* ------------------------------------------------------------ row parsers */

/* word <TAB> value [<TAB> flag]: numbers and approximations */
static sr_status row_valued(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  int approx = c->table == &c->tables[SR_MT_APPROXIMATIONS];
  sr_status st = sr_rows_need(n, approx ? 3 : 2, 3,
                              approx ? "word<TAB>value<TAB>about|plural"
                                     : "word<TAB>value[<TAB>mul|compound|join]",
                              err);
  if (st != SR_OK) return st;
  sr_row row = {0, 0, 0, NULL};
  if (!sr_rows_number(f[1], &row.value))
    return sr_error_set(err, SR_EPACK, "'%.*s' is not a number", (int)f[1].len,
                        f[1].ptr);
  if (n == 3) {
    static const char *const number_flags[] = {SR_NUMBER_FLAGS(SR_ENUM_NAME)};
    static const char *const approx_kinds[] = {SR_APPROX_KINDS(SR_ENUM_NAME)};
    int v = approx ? sr_name_index(approx_kinds, SR_APPROX_KIND_COUNT, f[2])
                   : sr_name_index(number_flags, SR_NUMBER_FLAG_COUNT, f[2]);
    if (v < 0)
      return sr_error_set(err, SR_EPACK, "unknown flag '%.*s'", (int)f[2].len,
                          f[2].ptr);
    row.a = v;
  }
  return sr_table_add(c, c->table, f[0], row, err);
}

static sr_status row_qualifier(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, qualifier_names, SR_QUALIFIER_COUNT, SR_Q_EXACT,
                       "qualifier", err);
}

static sr_status row_unit(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  /* a length's unit: a night or a weekend is no length */
  return sr_rows_named(c, f, n, unit_names, SR_UNIT_YEAR + 1, SR_UNIT_HOUR, "unit", err);
}

static sr_status row_date_role(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, date_role_names, SR_DATE_ROLE_COUNT, SR_DW_ARTICLE,
                       "role", err);
}

static sr_status row_head_role(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, head_role_names, SR_HEAD_ROLE_COUNT, SR_HEAD_CUE,
                       "role", err);
}

static sr_status row_quantity_kind(sr_rows *c, const sr_str *f, size_t n,
                                   sr_error *err) {
  return sr_rows_named(c, f, n, kind_names, SR_QUANTITY_KIND_COUNT, SR_KIND_KILLED,
                       "quantity kind", err);
}

/* word <TAB> integer in [lo, hi]: months, weekdays */
static sr_status row_int(sr_rows *c, const sr_str *f, size_t n, int lo, int hi,
                         sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "word<TAB>number", err);
  if (st != SR_OK) return st;
  double v;
  if (!sr_rows_number(f[1], &v) || v < lo || v > hi || v != (int)v)
    return sr_error_set(err, SR_EPACK, "expected a whole number from %d to %d",
                        lo, hi);
  sr_row row = {v, (int32_t)v, 0, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

static sr_status row_month(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return row_int(c, f, n, 1, 12, err);
}

static sr_status row_weekday(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return row_int(c, f, n, 1, 7, err);
}

/* phrase <TAB> offset <TAB> unit */
/* phrase <TAB> offset <TAB> unit [<TAB> story]: "story" counts the offset
** from the last day the story told ("the next day"), else publication. */
static sr_status row_relative(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 3, 4, "phrase<TAB>offset<TAB>unit[<TAB>story]", err);
  if (st != SR_OK) return st;
  double v;
  int unit = sr_name_index(unit_names, SR_TIME_UNIT_COUNT, f[2]);
  if (!sr_rows_number(f[1], &v) || v != (int)v || v < -1000 || v > 1000)
    return sr_error_set(err, SR_EPACK, "offset must be a whole number");
  if (unit < SR_UNIT_DAY)
    return sr_error_set(err, SR_EPACK, "unit must be day, week, month, year, night or weekend");
  int story = n == 4 && f[3].len == 5 && memcmp(f[3].ptr, "story", 5) == 0;
  if (n == 4 && !story)
    return sr_error_set(err, SR_EPACK, "the fourth field is 'story' or nothing");
  sr_row row = {story ? SR_ANCHOR_STORY : SR_ANCHOR_PUBLISHED, (int32_t)v, unit, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* noun phrase [<TAB> class [<TAB> km]]: the row's a is its sr_noun_class;
** a length's value the kilometres one of it is ("miles": 1.609344) */
static sr_status row_counted(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 1, 3, "phrase[<TAB>class[<TAB>km]]", err);
  if (st != SR_OK) return st;
  int cls = n >= 2 && f[1].len ? sr_noun_class_parse(f[1]) : SR_CLASS_NONE;
  if (cls < 0)
    return sr_error_set(err, SR_EPACK, "unknown class '%.*s' (see docs/packs.md)",
                        (int)f[1].len, f[1].ptr);
  double km = 0;
  if (n == 3 && (cls != SR_CLASS_LENGTH || !sr_rows_number(f[2], &km) || !(km > 0) || km > 1e4))
    return sr_error_set(err, SR_EPACK, "only a length has a third column: the kilometres "
                        "one of it is, a positive number");
  sr_row row = {km, cls, 0, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* open <TAB> join: "entre et" gives both halves the same row number */
static sr_status row_range(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "open<TAB>join", err);
  if (st != SR_OK) return st;
  sr_table *open = &c->tables[SR_MT_RANGE_OPEN], *join = &c->tables[SR_MT_RANGE_JOIN];
  sr_row row = {0, (int32_t)open->count, 0, NULL};
  st = sr_table_add(c, open, f[0], row, err);
  return st == SR_OK ? sr_table_add(c, join, f[1], row, err) : st;
}

/* number_format.txt: "decimal<TAB>," */
static sr_status row_format(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 2, "setting<TAB>value", err);
  if (st != SR_OK) return st;
  sr_mention_pack *p = c->stage;
  if (f[0].len == 7 && memcmp(f[0].ptr, "decimal", 7) == 0) {
    if (f[1].len != 1 || (f[1].ptr[0] != ',' && f[1].ptr[0] != '.'))
      return sr_error_set(err, SR_EPACK, "the decimal mark is ',' or '.'");
    p->decimal_mark = f[1].ptr[0];
    return SR_OK;
  }
  if (f[0].len == 11 && memcmp(f[0].ptr, "slash_dates", 11) == 0) {
    if (f[1].len != 3 || (memcmp(f[1].ptr, "dmy", 3) != 0 && memcmp(f[1].ptr, "mdy", 3) != 0))
      return sr_error_set(err, SR_EPACK, "slash_dates is 'dmy' or 'mdy'");
    p->slash_order = f[1].ptr[0];
    return SR_OK;
  }
  return sr_error_set(err, SR_EPACK, "unknown setting '%.*s'", (int)f[0].len, f[0].ptr);
}

static const sr_pack_file files[] = {SR_MENTION_PACK(SR_PACK_LINE)};
const sr_pack_registry sr_mention_registry = {"mentions", files, SR_COUNT_OF(files),
                                              SR_MT_COUNT};

sr_status sr_mention_pack_load(sr_mention_pack *p, sr_pack_loader *loader,
                               sr_error *err) {
  p->decimal_mark = '.';
  p->slash_order = 0;
  return sr_registry_load(&sr_mention_registry, loader, p->t, p, err);
}

void sr_mention_pack_free(sr_mention_pack *p) { sr_tables_free(p->t, SR_MT_COUNT); }
