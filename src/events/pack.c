#include "pack.h"

#include <stdlib.h>
#include <string.h>

#include "../util/error.h"
#include "../util/grow.h"
#include "../actors/pack.h"

static const char *const status_names[] = {SR_STATUSES(SR_ENUM_NAME)};
static const char *const flag_names[] = {SR_ACTION_FLAGS(SR_ENUM_NAME)};
static const char *const subject_names[] = {SR_TRIGGER_SUBJECTS(SR_ENUM_NAME)};
static const char *const cue_names[] = {SR_ROLE_CUES(SR_ENUM_NAME)};

const char *sr_event_status_name(int status) {
  return sr_name_of(status_names, SR_STATUS_COUNT, status, "realised");
}

static int find_action(const sr_event_pack *p, sr_str name) {
  for (size_t i = 0; i < p->action_count; i++)
    if (strlen(p->actions[i].name) == name.len &&
        memcmp(p->actions[i].name, name.ptr, name.len) == 0)
      return (int)i;
  return -1;
}

#define UNKNOWN_ACTION "unknown action '%.*s' (see events/actions.tsv)"

/* actions.tsv: action <TAB> event type <TAB> sub-event type [<TAB> flags] */
static sr_status row_action(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_event_pack *p = c->stage;
  sr_status st = sr_rows_need(n, 3, 4,
                              "action<TAB>event type<TAB>sub-event type[<TAB>flag,flag]", err);
  if (st != SR_OK) return st;
  sr_str bad;
  int flags = n == 4 ? sr_rows_flags(f[3], flag_names, SR_ACTION_FLAG_COUNT, &bad) : 0;
  if (flags < 0)
    return sr_error_set(err, SR_EPACK, "unknown flag '%.*s'", (int)bad.len, bad.ptr);
  int sub = sr_acled_find(p->acled, f[1], f[2]);
  if (sub < 0)
    return sr_error_set(err, SR_EPACK,
                        "'%.*s' / '%.*s' is no ACLED type (see acled/sub_event_types.tsv)",
                        (int)f[1].len, f[1].ptr, (int)f[2].len, f[2].ptr);
  size_t cap = p->action_count;
  if (sr_grow(&p->actions, &cap, p->action_count, sizeof *p->actions, 1))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  char *name = sr_rows_copy(f[0]);
  if (!name) return sr_error_set(err, SR_ENOMEM, "out of memory");
  p->actions[p->action_count++] =
      (sr_action){name, sub, sr_acled_type_of(p->acled, sub), flags};
  return SR_OK;
}

int sr_figure_kind_of(const sr_event_pack *p, int of_class, int action) {
  for (size_t i = 0; i < p->figure_kind_count; i++) {
    const sr_figure_kind *f = &p->figure_kinds[i];
    if (f->of_class == of_class && (f->action < 0 || f->action == action)) return f->kind;
  }
  return SR_KIND_NONE;
}

/* figure_kinds.tsv: class <TAB> action|* <TAB> kind */
static sr_status row_figure_kind(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_event_pack *p = c->stage;
  sr_status st = sr_rows_need(n, 3, 3, "class<TAB>action|*<TAB>kind", err);
  if (st != SR_OK) return st;
  int kind = sr_quantity_kind_parse(f[2]);
  if (kind <= SR_KIND_NONE)
    return sr_error_set(err, SR_EPACK, "unknown kind '%.*s'", (int)f[2].len, f[2].ptr);
  int cls = sr_noun_class_parse(f[0]);
  if (cls <= SR_CLASS_NONE)
    return sr_error_set(err, SR_EPACK, "unknown class '%.*s' (see docs/packs.md)",
                        (int)f[0].len, f[0].ptr);
  int any = f[1].len == 1 && f[1].ptr[0] == '*';
  int action = any ? -1 : find_action(p, f[1]);
  if (!any && action < 0)
    return sr_error_set(err, SR_EPACK, UNKNOWN_ACTION, (int)f[1].len, f[1].ptr);
  size_t cap = p->figure_kind_count;
  if (sr_grow(&p->figure_kinds, &cap, p->figure_kind_count, sizeof *p->figure_kinds, 1))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  p->figure_kinds[p->figure_kind_count++] = (sr_figure_kind){cls, action, kind};
  return SR_OK;
}

/* triggers.txt: phrase <TAB> action [<TAB> victim|ground|idiom|someone|anaphor|active]: the row's a
** is the subject's role, b the action; "victim" when the subject suffers
** it, "ground" when it takes ground only with a place after it, "idiom"
** when the phrase tells no event */
static sr_status row_trigger(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 2, 3, "phrase<TAB>action[<TAB>victim|ground|idiom|someone|anaphor|active]", err);
  if (st != SR_OK) return st;
  int role = n == 3 ? sr_name_index(subject_names, SR_TRIGGER_SUBJECT_COUNT, f[2])
                    : SR_TRIGGER_AGENT;
  if (role < 0)
    return sr_error_set(err, SR_EPACK, "unknown subject role '%.*s' (agent, victim, ground, idiom, someone, anaphor or active)",
                        (int)f[2].len, f[2].ptr);
  int action = find_action(c->stage, f[1]);
  if (action < 0) return sr_error_set(err, SR_EPACK, UNKNOWN_ACTION, (int)f[1].len, f[1].ptr);
  sr_row row = {0, role, action, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* "historical" is the engine's own judgement, not a pack's; "realised"
** marks words that are no cue ("ont mené des", triggers.c) */
static sr_status row_modality(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  return sr_rows_named(c, f, n, status_names, SR_EV_HISTORICAL, SR_EV_REALISED, "status",
                       err);
}

/* roles.txt: phrase <TAB> cue (agent, hedge, one, armed, property, weapons)
** [<TAB> who holds an armed target: military, police; or, for an object,
** "own": a possessive, what the trigger hits after it, the speaker's own
** deed before it ("its attack"); or, for an agent, "claim": who follows
** claims the deed ("revendiqué par"); or, for a clause, "pronoun": its
** subject is a pronoun ("after they")] */
static sr_status row_role(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  if (n != 3) return sr_rows_named(c, f, n, cue_names, SR_ROLE_CUE_COUNT, SR_ROLE_AGENT, "role cue", err);
  int cue = sr_name_index(cue_names, SR_ROLE_CUE_COUNT, f[1]);
  if (cue == SR_ROLE_OBJECT && f[2].len == 3 && memcmp(f[2].ptr, "own", 3) == 0) {
    sr_row row = {0, cue, SR_ROLE_OWN, NULL};
    return sr_table_add(c, c->table, f[0], row, err);
  }
  /* "revendiqué par	agent	claim": who follows claims the deed */
  if (cue == SR_ROLE_AGENT && f[2].len == 5 && memcmp(f[2].ptr, "claim", 5) == 0) {
    sr_row row = {0, cue, SR_ROLE_CLAIM, NULL};
    return sr_table_add(c, c->table, f[0], row, err);
  }
  /* "after they	clause	pronoun": the clause's subject may be the one
  ** before it */
  if (cue == SR_ROLE_CLAUSE && f[2].len == 7 && memcmp(f[2].ptr, "pronoun", 7) == 0) {
    sr_row row = {0, cue, SR_ROLE_PRONOUN, NULL};
    return sr_table_add(c, c->table, f[0], row, err);
  }
  if (cue != SR_ROLE_ARMED)
    return sr_error_set(err, SR_EPACK, "only an armed cue says who holds it");
  int held = 0;
  for (int inst = SR_INST_MILITARY; inst <= SR_INST_POLICE && !held; inst++) {
    const char *name = sr_institution_name(inst);
    if (strlen(name) == f[2].len && memcmp(name, f[2].ptr, f[2].len) == 0) held = inst;
  }
  if (!held)
    return sr_error_set(err, SR_EPACK, "who holds it: military or police, not '%.*s'",
                        (int)f[2].len, f[2].ptr);
  sr_row row = {0, cue, held, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

/* unclaimed.txt: a phrase that says no one claims the deed told ("no one
** has claimed"); a table of its own, whose few first words let a whole
** sentence be read for it at a bit test a word (roles.c) */
static sr_status row_unclaimed(sr_rows *c, const sr_str *f, size_t n, sr_error *err) {
  sr_status st = sr_rows_need(n, 1, 1, "phrase", err);
  if (st != SR_OK) return st;
  sr_row row = {0, 0, 0, NULL};
  return sr_table_add(c, c->table, f[0], row, err);
}

static const sr_pack_file files[] = {SR_EVENT_PACK(SR_PACK_LINE)};
const sr_pack_registry sr_event_registry = {"events", files, SR_COUNT_OF(files),
                                            SR_ET_COUNT};

sr_status sr_event_pack_load(sr_event_pack *p, const sr_acled *acled,
                             sr_pack_loader *loader, sr_error *err) {
  p->acled = acled;
  return sr_registry_load(&sr_event_registry, loader, p->t, p, err);
}

void sr_event_pack_free(sr_event_pack *p) {
  sr_tables_free(p->t, SR_ET_COUNT);
  for (size_t i = 0; i < p->action_count; i++) free(p->actions[i].name);
  free(p->actions);
  free(p->figure_kinds);
  p->actions = NULL;
  p->figure_kinds = NULL;
  p->action_count = p->figure_kind_count = 0;
}
