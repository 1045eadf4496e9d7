/*
** Event assembly, once every mention of the document is resolved.
**
** Each trigger becomes an event of its sentence: the actor before it is who
** acts (actor1), the actor after it who suffers (actor2); the nearest place
** of the sentence is where (else the document's main place, at
** geo_precision 2 or 3); the nearest date of the sentence is when (else
** none: the publication date is not a fact about the event); the figures
** of the sentence say how many, each with the kind the words after it give
** or, failing that, its counted noun's class and the action.
**
** Then what is one event told more than once becomes one: a subordinate
** action ("après avoir tué 23 miliciens") joins the sentence's main event;
** two events of the same type in one sentence are one; an event restated
** with the same action and figures anywhere in the document is one; and a
** following sentence that only adds figures to the same kind of event, with
** no place, date or actors of its own, continues it.
*/
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "roles.h"
#include "../util/error.h"
#include "../util/grow.h"
#include "../util/isodate.h"

static int is_actor(const sr_mention *m) { return sr_is_event_actor(m); }

/* Named alike, or one mention; "the army" and "an army spokesman" of a
** text that names no country are the same unnamed state forces. */
static int same_actor(const sr_mention *a, const sr_mention *b) {
  if (a->name && b->name) return strcmp(a->name, b->name) == 0;
  /* "Indian and Pakistani troops": one noun, two countries' forces */
  if (sr_actor_of(a)->listed && sr_actor_of(b)->listed &&
      sr_actor_of(a)->listed != sr_actor_of(b)->listed)
    return 0;
  if (!a->name && !b->name && sr_actor_of(a)->actor_kind == SR_ACTOR_STATE &&
      sr_actor_of(b)->actor_kind == SR_ACTOR_STATE)
    return sr_actor_of(a)->institution == sr_actor_of(b)->institution;
  return a == b;
}

static long nearest(const sr_mention_list *l, size_t first, size_t end,
                    const sr_mention *t, sr_mention_type type, int before,
                    int after) {
  long best = -1;
  size_t best_gap = (size_t)-1;
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != type) continue;
    if (type == SR_MENTION_ACTOR && !is_actor(m)) continue;
    if (type == SR_MENTION_PLACE &&
        (sr_place_of(m)->place < 0 || sr_place_of(m)->locates_only || sr_place_of(m)->far))
      continue;
    if (type == SR_MENTION_DATE && (sr_date_of(m)->value.year == 0 || sr_date_of(m)->of_statement ||
                                    sr_date_of(m)->bound))
      continue;
    size_t gap;
    if (m->byte_end <= t->byte_start) {
      if (!before) continue;
      gap = t->byte_start - m->byte_end;
    } else if (m->byte_start >= t->byte_end) {
      if (!after) continue;
      gap = m->byte_start - t->byte_end;
    } else {
      continue;
    }
    if (gap < best_gap) {
      best_gap = gap;
      best = (long)i;
    }
  }
  return best;
}

/* Whether an event has a figure of what it does, not a toll: "5,000
** displaced", not "three killed". */
static int toll_kind(int kind) {
  return kind == SR_KIND_KILLED || kind == SR_KIND_INJURED || kind == SR_KIND_KILLED_OR_INJURED;
}

/* Whether e tells of people killed or wounded. */
static int hurt(const sr_event *e) {
  for (size_t i = 0; i < e->quantity_count; i++)
    if (toll_kind(e->kinds[i])) return 1;
  return 0;
}

/* Tolls no one day's event reaches: "thousands", "des milliers" (a
** vague count of thousands), or tens of thousands told in figures ("more
** than 300,000 people have been killed"): a war's, told as background. */
#define WAR_TOLL_VAGUE 1000
#define WAR_TOLL 10000

/* Whether e is dated to a day or a few: "attacks on Monday" is an
** occasion, "attacks this year" or "in 2011" a habit. */
static int dated_to_a_day(const sr_event *e, const sr_mention_list *l) {
  if (e->date < 0) return 0;
  const sr_date_part *d = sr_date_of(&l->items[e->date]);
  return d->precision == SR_PREC_DAY || (d->precision == SR_PREC_RANGE && d->value.day);
}

/* Whether an event of this status is news, or may be found so when the
** report is read whole ("the attack" with a toll of its own, "attacks"
** with a date). */
static int may_be_news(int status) {
  return status == SR_EV_REALISED || status == SR_EV_ANAPHORIC || status == SR_EV_GENERIC ||
         status == SR_EV_PLURAL || status == SR_EV_QUOTED || status == SR_EV_EARLIER;
}

/* Whether every killed figure of e is a war's toll, and it has one. */
static int war_toll(const sr_event *e, const sr_mention_list *l) {
  int any = 0;
  for (size_t i = 0; i < e->quantity_count; i++) {
    if (e->kinds[i] != SR_KIND_KILLED) continue;
    const sr_quantity_part *q = sr_quantity_of(&l->items[e->quantities[i]]);
    /* "around 5,000 people have died": a round figure told as such is vague */
    int vague = !q->has_number || q->qualifier == SR_Q_ABOUT;
    double value = q->has_number ? q->number : q->low;
    if (value < (vague ? WAR_TOLL_VAGUE : WAR_TOLL)) return 0;
    any = 1;
  }
  return any;
}

/* Who acts: the nearest actor before the trigger, civilians excepted, and
** not the subject of a passive or of a death between them ("five soldiers
** were killed in an ambush", "the peacekeepers died during an ambush": they
** did not ambush). */
#define AGENT_ARTICLE_GAP 6 /* bytes from "par", "by" to its doer: " des ", " the " */

/* Whether someone a deed hits stands between the actor mention a and byte
** to, before the trigger t: a figure, an actor, or a deed's one victim
** ("arrested three men", "shot dead a man"). */
static int hit_between(const sr_mention_list *l, size_t a, const sr_mention *t, size_t to) {
  for (size_t i = a + 1; &l->items[i] < t; i++) {
    const sr_mention *m = &l->items[i];
    if (m->byte_start < l->items[a].byte_end || m->byte_end > to) continue;
    if (m->type == SR_MENTION_QUANTITY || is_actor(m) ||
        (m->type == SR_MENTION_TRIGGER && (sr_trigger_of(m)->has_object || sr_trigger_of(m)->one_victim)))
      return 1;
  }
  return 0;
}

static long agent(const sr_mention_list *l, size_t first, size_t end,
                  const sr_mention *t) {
  long best = -1;
  /* "une attaque terroriste", "des attaques jihadistes": an armed kind
  ** told by the adjective right after the deed's noun did it */
  for (size_t i = (size_t)(t - l->items) + 1; i < end && !sr_trigger_of(t)->passive; i++) {
    const sr_mention *m = &l->items[i];
    if (m->byte_start < t->byte_end) continue; /* a mention on the trigger's own words */
    if (is_actor(m) && sr_actor_of(m)->after && m->byte_start - t->byte_end <= 1) return (long)i;
    break;
  }
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    /* "des frappes israéliennes": forces named on the trigger's own noun */
    if (is_actor(m) && m->byte_start <= t->byte_start && m->byte_end >= t->byte_end &&
        sr_actor_of(m)->actor_kind == SR_ACTOR_STATE)
      return (long)i;
    /* "Russian warplanes bombed", "Turkish drones struck", "des avions
    ** militaires ont bombardé": forces whose aircraft open the trigger fly it */
    if (is_actor(m) && m->byte_end > t->byte_start && m->byte_end <= t->byte_end &&
        sr_actor_of(m)->actor_kind == SR_ACTOR_STATE)
      return (long)i;
    if (m->byte_end > t->byte_start) break;
    if (is_actor(m) && sr_actor_of(m)->inter != SR_INTER_CIVILIANS &&
        m->byte_start + 1 != sr_trigger_of(t)->aimed_at &&
        !(best >= 0 && m->byte_start + 1 == sr_trigger_of(t)->backer_at))
      best = (long)i;
    else if (best >= 0 && m->type == SR_MENTION_TRIGGER && m != t &&
             (sr_trigger_of(m)->passive || sr_trigger_of(m)->subject_dies))
      best = -1;
  }
  /* "Police arrested three men after they attacked a church", "after the
  ** gunmen attacked": the subject before a clause of its own subject did
  ** not do its deed; but in "Syrian forces cut the road when they seized
  ** a hill" the pronoun is that subject, nothing hit between them */
  if (best >= 0 && l->items[best].byte_end < sr_trigger_of(t)->clause_from &&
      (!sr_trigger_of(t)->clause_pronoun ||
       hit_between(l, (size_t)best, t, sr_trigger_of(t)->clause_from - 1)))
    best = -1;
  return best;
}

/* "gunmen shot indiscriminately as residents fled": civilians right before
** a deed only an agent does are its subject, and their flight is no event. */
static int civilians_do_it(const sr_mention_list *l, size_t first, size_t trigger) {
  const sr_mention *t = &l->items[trigger];
  for (size_t i = trigger; i-- > first;) {
    const sr_mention *m = &l->items[i];
    if (m->byte_end > t->byte_start) continue;
    return m->type == SR_MENTION_ACTOR && sr_actor_of(m)->inter == SR_INTER_CIVILIANS &&
           t->byte_start - m->byte_end <= 1;
  }
  return 0;
}

/* Whether the actor mention b is what a trigger between a and b aims at
** ("une attaque contre un détachement militaire"): the first actor after
** its aim cue. */
static int aimed_between(const sr_mention_list *l, size_t a, size_t b) {
  for (size_t i = a + 1; i < b; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_TRIGGER || !sr_trigger_of(m)->aims_from ||
        sr_trigger_of(m)->aims_from > l->items[b].byte_start)
      continue;
    int first = 1;
    for (size_t j = i + 1; j < b && first; j++)
      first = !(is_actor(&l->items[j]) && l->items[j].byte_start >= sr_trigger_of(m)->aims_from);
    if (first) return 1;
  }
  return 0;
}

/* The crowd a protest's own words name (triggers.c): on the trigger. */
static long crowd_of(const sr_mention_list *l, size_t first, size_t end, const sr_mention *t) {
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_ACTOR && m->byte_start == t->byte_start && is_actor(m) &&
        sr_actor_of(m)->actor_kind == SR_ACTOR_CROWD)
      return (long)i;
  }
  return -1;
}

static int by_place(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

/* The document's main place: the town its places name most, first on a
** tie.  Counted on a sorted copy: a long document has many places. */
static long main_place(const sr_event_inputs *in, int *out_of_memory) {
  const sr_gazetteer *g = in->gazetteer;
  const sr_mention_list *l = in->mentions;
  size_t n = 0;
  int32_t *ids = sr_arena_alloc(in->scratch, (l->count + 1) * sizeof *ids);
  if (!ids) {
    *out_of_memory = 1;
    return -1;
  }
  for (size_t i = 0; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    /* not a foreign capital standing for its government ("Washington said"),
    ** nor a town hundreds of kilometres away, nor a part of a country
    ** ("northern Mali": the country, less than any place named), nor a
    ** town abroad where someone spoke ("diplomats in New York said"), nor
    ** a venue ("Speaking to local media in Mogadishu", "London-based"), nor
    ** where people went or were taken ("évacués à N'Djaména": role border) */
    const sr_place *p = m->type == SR_MENTION_PLACE &&
                                !(sr_place_of(m)->government && sr_place_of(m)->locates_only) &&
                                !sr_place_of(m)->spoken &&
                                sr_place_of(m)->place_role != SR_PR_BASED &&
                                sr_place_of(m)->place_role != SR_PR_BORDER &&
                                !sr_place_of(m)->far && !sr_place_of(m)->compass_part
                            ? sr_gazetteer_place(g, sr_place_of(m)->place) : NULL;
    if (p && p->kind != SR_PLACE_COUNTRY && p->kind != SR_PLACE_BORDER) ids[n++] = sr_place_of(m)->place;
  }
  qsort(ids, n, sizeof *ids, by_place);
  int32_t best_id = -1;
  size_t best_count = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && ids[j] == ids[i]) j++;
    if (j - i > best_count) {
      best_count = j - i;
      best_id = ids[i];
    } else if (j - i == best_count) {
      best_id = -2; /* a tie: the first named of them wins, below */
    }
    i = j;
  }
  for (size_t i = 0; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    /* the same places as counted above: a town "à 600 km" of the event
    ** named first is no stand-in for the same town named nearer */
    if (m->type != SR_MENTION_PLACE || sr_place_of(m)->place < 0 || sr_place_of(m)->compass_part ||
        sr_place_of(m)->far ||
        sr_place_of(m)->place_role == SR_PR_BASED || sr_place_of(m)->place_role == SR_PR_BORDER)
      continue;
    if (sr_place_of(m)->place == best_id) return (long)i;
    if (best_id == -2) {
      size_t count = 0; /* the first place named as often as the most named */
      int32_t *hit = bsearch(&sr_place_of(m)->place, ids, n, sizeof *ids, by_place);
      if (!hit) continue;
      int32_t *lo = hit, *hi = hit;
      while (lo > ids && lo[-1] == sr_place_of(m)->place) lo--;
      while (hi < ids + n && *hi == sr_place_of(m)->place) hi++;
      count = (size_t)(hi - lo);
      if (count == best_count) return (long)i;
    }
  }
  return -1;
}

static void add_rule(sr_event *e, const char *rule) { sr_event_add_rule(e, rule); }

/* A figure's kind when the words after it did not say: its noun's class,
** read with the action. */
static int kind_of(const sr_event_pack *k, const sr_mention_list *l,
                   const sr_mention *q, const sr_action *a) {
  const sr_quantity_part *p = sr_quantity_of(q);
  if (p->kind) return p->kind;
  if (p->doer) return SR_KIND_NONE; /* (not the action's victims) */
  if (p->part_of >= 0) return kind_of(k, l, &l->items[p->part_of], a);
  if (p->of_class) return sr_figure_kind_of(k, p->of_class, (int)(a - k->actions));
  /* "3 Maoists including 2 women were killed": a whole its words do not
  ** say is what its part is */
  long self = q - l->items;
  for (size_t i = (size_t)self + 1; i < l->count && l->items[i].sentence == q->sentence; i++)
    if (l->items[i].type == SR_MENTION_QUANTITY && sr_quantity_of(&l->items[i])->part_of == self &&
        sr_quantity_of(&l->items[i])->kind)
      return sr_quantity_of(&l->items[i])->kind;
  return 0;
}

static int has_quantity(const sr_event *e, long q) {
  for (size_t i = 0; i < e->quantity_count; i++)
    if (e->quantities[i] == q) return 1;
  return 0;
}

static void add_quantity_kind(sr_event *e, long q, int kind) {
  if (has_quantity(e, q) || e->quantity_count == SR_EVENT_MAX_QUANTITIES) return;
  e->kinds[e->quantity_count] = kind;
  e->quantities[e->quantity_count++] = q;
}

static void add_quantity(sr_event *e, const sr_event_pack *k,
                         const sr_mention_list *l, long q) {
  add_quantity_kind(e, q, kind_of(k, l, &l->items[q], e->action));
}

static int counts(const sr_mention *q) {
  return q->type == SR_MENTION_QUANTITY && sr_quantity_of(q)->role == SR_FIGURE_COUNT &&
         (sr_quantity_of(q)->has_number || sr_quantity_of(q)->has_low);
}

static int future(const sr_date *published, const sr_mention *d) {
  if (!published || sr_date_of(d)->value.year == 0 || sr_date_of(d)->precision != SR_PREC_DAY) return 0;
  const sr_date *v = &sr_date_of(d)->value;
  if (v->year != published->year) return v->year > published->year;
  if (v->month != published->month) return v->month > published->month;
  return v->day > published->day;
}

/* With no publication date, the latest day the report names with its
** year: it was written on or after it, so what is dated long before it
** is as old at least.  NULL when it names none.  With `whole`, a month or
** a year told whole counts from its first day ("In January 2020, ...":
** the report is no older), for judging what is long past only. */
static const sr_date *latest_day(const sr_mention_list *l, int whole, sr_date *out) {
  int found = 0;
  for (size_t i = 0; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_DATE || !sr_date_of(m)->value.year ||
        (sr_date_of(m)->precision != SR_PREC_DAY &&
         (!whole || (sr_date_of(m)->precision != SR_PREC_MONTH &&
                     sr_date_of(m)->precision != SR_PREC_YEAR))))
      continue;
    sr_date v = sr_date_of(m)->value;
    if (!v.month) v.month = 1;
    if (!v.day) v.day = 1;
    if (!found || v.year > out->year || (v.year == out->year && (v.month > out->month ||
                                         (v.month == out->month && v.day > out->day)))) {
      *out = v;
      found = 1;
    }
  }
  return found ? out : NULL;
}

#define BACKGROUND_DAYS 31

/* Whether a date ends more than a month before publication, or is a whole
** month before publication's: past the lede, what it dates is background,
** not the news. */
static int long_before(const sr_date *published, const sr_mention *d) {
  const sr_date_part *p = sr_date_of(d);
  const sr_date *last = p->until.year ? &p->until : &p->value;
  if (!published || !last->year) return 0;
  /* "In April", in a May report: a month told whole is a recap of it */
  if (last->month && !last->day &&
      last->year * 12 + last->month < published->year * 12 + published->month)
    return 1;
  int month = last->month ? last->month : 12;
  int day = last->day ? last->day : sr_days_in_month(last->year, month);
  return sr_days_from_civil(published->year, published->month, published->day) -
             sr_days_from_civil(last->year, month, day) > BACKGROUND_DAYS;
}

static int inter_of(const sr_mention_list *l, long actor) {
  return actor >= 0 ? sr_actor_of(&l->items[actor])->inter : SR_INTER_NONE;
}

/* "the bodies of six Maoists, including two women": people a figure counts
** as a part of a whole that is no civilians (fighters, a group) are of that
** whole, no side of their own (as has_figure_of reads them for the type). */
static int counted_within_fighters(const sr_mention_list *l, size_t first, size_t end,
                                   long actor) {
  if (actor < 0 || inter_of(l, actor) != SR_INTER_CIVILIANS) return 0;
  const sr_mention *a = &l->items[actor];
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_QUANTITY || m->byte_start > a->byte_start) continue;
    const sr_quantity_part *q = sr_quantity_of(m);
    if ((m->byte_end > q->of_end ? m->byte_end : q->of_end) < a->byte_end) continue;
    int whole = q->part_of >= 0 ? sr_quantity_of(&l->items[q->part_of])->of_class : -1;
    return whole >= 0 && whole != SR_CLASS_CIVILIAN && whole != SR_CLASS_PERSON;
  }
  return 0;
}

/* A side that fights other than the state's own forces: rebels, militias,
** foreign forces. */
static int militants(int inter) {
  return sr_inter_non_state_armed(inter) || inter == SR_INTER_EXTERNAL;
}

/* A side that fights: state forces and militants. */
static int armed(int inter) {
  return inter == SR_INTER_STATE || militants(inter);
}

/* Whether e counts people of this class as what it did to them: "killed
** two people", not "two militants aboard a motorbike killed". */
static int has_figure_of(const sr_event *e, const sr_mention_list *l, int of_class) {
  for (size_t i = 0; i < e->quantity_count; i++) {
    const sr_quantity_part *q = sr_quantity_of(&l->items[e->quantities[i]]);
    if (e->kinds[i] == SR_KIND_NONE || q->of_class != of_class) continue;
    /* "3 Maoists including 2 women": a part is of its whole's kind; the
    ** women are no civilians unless the whole is people */
    int whole = q->part_of >= 0 ? sr_quantity_of(&l->items[q->part_of])->of_class : -1;
    if (of_class == SR_CLASS_CIVILIAN && whole >= 0 && whole != SR_CLASS_CIVILIAN &&
        whole != SR_CLASS_PERSON)
      continue;
    return 1;
  }
  return 0;
}

/* Whether one of e's triggers, leaving out actions with flags unless,
** is an action of this sub-event type, or of this event type (-1: either
** not asked); the lede's abduction was told with "attacked" too. */
static int told_as(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k, int sub,
                   int type, int unless) {
  for (size_t i = 0; i < e->trigger_count; i++) {
    const sr_action *a = &k->actions[sr_trigger_of(&l->items[e->triggers[i]])->action];
    if ((sub < 0 || a->sub == sub) && (type < 0 || a->type == type) && !(a->flags & unless))
      return 1;
  }
  return 0;
}

#define OBJECT_RIGHT_AFTER 2 /* bytes from a deed's word to what it hits: " 72 homes" */

/* Whether a figure or an actor follows e's first trigger right after it,
** in its sentence: what the deed hit ("torched 72 homes"). */
static int object_right_after(const sr_event *e, const sr_mention_list *l) {
  const sr_mention *t = &l->items[e->triggers[0]];
  for (size_t i = (size_t)e->triggers[0] + 1; i < l->count && l->items[i].sentence == t->sentence;
       i++) {
    const sr_mention *m = &l->items[i];
    if (m->byte_start < t->byte_end) continue;
    if (m->byte_start - t->byte_end > OBJECT_RIGHT_AFTER) break;
    if (m->type == SR_MENTION_QUANTITY || m->type == SR_MENTION_ACTOR) return 1;
  }
  return 0;
}

/* The sub-event type the sides make it, as ACLED codes it: an attack is a
** clash only when it hits an armed side; on demonstrators it is excessive
** force, by a mob mob violence, else violence against civilians; a
** protest where state forces step in is one with intervention; who took
** territory says which side regained or overtook it.  A remote weapon
** keeps its own type whatever it hits. */
static int sub_of(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k) {
  const sr_action *a = e->action;
  const sr_acled *acled = k->acled;
  int inter1 = inter_of(l, e->actor1), inter2 = inter_of(l, e->actor2);
  if (a->flags & SR_ACTION_CIVILIANS) {
    if (inter2 == SR_INTER_PROTESTERS) return sr_acled_role(acled, SR_SUB_EXCESSIVE_FORCE);
    /* a crowd that hits state forces riots against them ("Un gendarme a
    ** été tué" at a protest): a violent demonstration, not a mob's */
    if (inter1 == SR_INTER_RIOTERS || inter1 == SR_INTER_PROTESTERS)
      return sr_acled_role(acled, inter2 == SR_INTER_STATE ? SR_SUB_VIOLENT_DEMONSTRATION
                                                           : SR_SUB_MOB_VIOLENCE);
    /* "Two persons were killed as police fired tear gas to disperse
    ** protesters": state forces that kill while dispersing a crowd use
    ** excessive force against it, whoever the dead are said to be */
    if (inter1 == SR_INTER_STATE && (inter2 == SR_INTER_NONE || inter2 == SR_INTER_CIVILIANS) &&
        told_as(e, l, k, sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION), -1, 0))
      return sr_acled_role(acled, SR_SUB_EXCESSIVE_FORCE);
    /* fighters among the dead say two sides fought, whoever else died */
    if (has_figure_of(e, l, SR_CLASS_COMBATANT)) return sr_acled_role(acled, SR_SUB_CLASH);
    if (inter2 == SR_INTER_CIVILIANS || has_figure_of(e, l, SR_CLASS_CIVILIAN))
      return sr_acled_role(acled, SR_SUB_CIVILIAN_ATTACK);
    if (armed(inter2)) return sr_acled_role(acled, SR_SUB_CLASH);
    /* an armed side that hits no armed one, or an attack nobody armed is
    ** told to suffer, hits unarmed people: Battles need two armed sides */
    return sr_acled_role(acled, SR_SUB_CIVILIAN_ATTACK);
  }
  /* "police arrested 20 demonstrators": the protest's intervention */
  if (a->sub == sr_acled_role(acled, SR_SUB_ARRESTS) && inter2 == SR_INTER_PROTESTERS)
    return sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION);
  if (a->flags & SR_ACTION_PROTESTERS) {
    /* its crowd rioted ("marched and burned tyres"): a violent demonstration */
    if (inter1 == SR_INTER_RIOTERS) return sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
    int intervention = sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION);
    if (inter2 == SR_INTER_STATE || told_as(e, l, k, intervention, -1, 0)) return intervention;
    return a->sub;
  }
  /* soldiers who lynch attack civilians; militants who burn a school
  ** destroy property; but soldiers who riot or mutiny riot, unless what
  ** they torched follows ("junta troops torched 72 homes") */
  if ((a->flags & SR_ACTION_RIOTERS) && inter1 == SR_INTER_STATE &&
      a->sub == sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION))
    return object_right_after(e, l) ? sr_acled_role(acled, SR_SUB_PROPERTY_DESTRUCTION) : a->sub;
  if ((a->flags & SR_ACTION_RIOTERS) && armed(inter1))
    return sr_acled_role(acled, a->sub == sr_acled_role(acled, SR_SUB_MOB_VIOLENCE)
                                    ? SR_SUB_CIVILIAN_ATTACK
                                    : SR_SUB_PROPERTY_DESTRUCTION);
  /* "des manifestants ont fait fuir les gendarmes": a crowd's fight with
  ** state forces is a riot, and a crowd takes no territory from them;
  ** Battles need two armed sides */
  int crowd1 = inter1 == SR_INTER_PROTESTERS || inter1 == SR_INTER_RIOTERS;
  int crowd2 = inter2 == SR_INTER_PROTESTERS || inter2 == SR_INTER_RIOTERS;
  if ((crowd1 || crowd2) && (crowd1 ? inter2 : inter1) == SR_INTER_STATE &&
      ((a->flags & SR_ACTION_TERRITORY) || a->sub == sr_acled_role(acled, SR_SUB_CLASH)))
    return sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
  if (a->flags & SR_ACTION_TERRITORY) {
    if (e->actor1 >= 0)
      return sr_acled_role(acled, inter1 == SR_INTER_STATE ? SR_SUB_TERRITORY_STATE
                                                           : SR_SUB_TERRITORY_NON_STATE);
    /* "has fallen from army control": who lost it says who took it */
    if (e->actor2 >= 0)
      return sr_acled_role(acled, inter2 == SR_INTER_STATE ? SR_SUB_TERRITORY_NON_STATE
                                                           : SR_SUB_TERRITORY_STATE);
    return sr_acled_role(acled, SR_SUB_CLASH);
  }
  return a->sub;
}

/* The sub-event type e is coded as, its sides and what it hits told. */
static int coded_sub(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k) {
  return sr_roles_sub(e, l, k, sub_of(e, l, k));
}

static int32_t country_of(const sr_event_inputs *in, long place_mention) {
  int32_t id = sr_place_of(&in->mentions->items[place_mention])->place;
  const sr_place *p = sr_gazetteer_place(in->gazetteer, id);
  return p ? (p->kind == SR_PLACE_COUNTRY ? id : p->country) : -1;
}

/* Whether the area r (a country, a province) holds place p, or may: an
** area of unknown extent, a place with no admin1 to compare, are taken to.
** A district holds no province or country: "in Hawul district", the report
** about Borno state, says more than the report's place. */
static int holds(const sr_gazetteer *g, int32_t r_id, int32_t p_id) {
  const sr_place *r = sr_gazetteer_place(g, r_id), *p = sr_gazetteer_place(g, p_id);
  if (r && p && r != p && (r->kind == SR_PLACE_ADMIN2 || r->kind == SR_PLACE_ADMIN3) &&
      (p->kind == SR_PLACE_COUNTRY || p->kind == SR_PLACE_ADMIN1 ||
       (r->kind == SR_PLACE_ADMIN3 && p->kind == SR_PLACE_ADMIN2)))
    return 0;
  if (!r || !p || r == p || r->kind != SR_PLACE_ADMIN1) return 1;
  if (p->kind == SR_PLACE_COUNTRY || !p->admin1 || !r->admin1 || !p->admin1[0]) return 1;
  return strcmp(p->admin1, r->admin1) == 0;
}

/* Whether p lies toward direction dir (SR_PR_N..SR_PR_NW) of origin. */
static int lies_toward(const sr_place *p, const sr_place *origin, int dir) {
  double dlat = p->lat - origin->lat, dlon = p->lon - origin->lon;
  int north = dlat > 0, south = dlat < 0, east = dlon > 0, west = dlon < 0;
  switch (dir) {
  case SR_PR_N: return north;
  case SR_PR_NE: return north && east;
  case SR_PR_E: return east;
  case SR_PR_SE: return south && east;
  case SR_PR_S: return south;
  case SR_PR_SW: return south && west;
  case SR_PR_W: return west;
  case SR_PR_NW: return north && west;
  default: return 1;
  }
}

/* For a country told with a direction (mention c, "in western
** Afghanistan") in a report whose main place is in that country: -1 when
** the main place lies that way (it stands in), else the first place the
** report names after the sentence (from mention `after`) that lies that
** way in the country, else -2 (the country itself, its direction told). */
static long place_toward(const sr_event_inputs *in, size_t after, long c, long main) {
  const sr_mention_list *l = in->mentions;
  const sr_place_part *cp = sr_place_of(&l->items[c]);
  /* "l'est du Mali" stands as the unit that way: the country is told */
  int32_t country_id = cp->place;
  if (cp->compass_part && country_id >= 0)
    country_id = sr_gazetteer_place(in->gazetteer, country_id)->country;
  const sr_place *country = sr_gazetteer_place(in->gazetteer, country_id);
  const sr_place *home = sr_gazetteer_place(in->gazetteer, sr_place_of(&l->items[main])->place);
  if (!country || country->kind != SR_PLACE_COUNTRY || cp->direction < SR_PR_N || !home ||
      !country->has_coords || !home->has_coords || lies_toward(home, country, cp->direction))
    return -1;
  for (size_t i = after; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_PLACE || m->dropped || sr_place_of(m)->locates_only) continue;
    const sr_place *p = sr_gazetteer_place(in->gazetteer, sr_place_of(m)->place);
    if (p && p->kind != SR_PLACE_COUNTRY && p->has_coords && p->country == country_id &&
        lies_toward(p, country, cp->direction))
      return (long)i;
  }
  return -2;
}

/* A heading ("Des miliciens faits prisonniers") ends without a stop: it
** announces what the body tells, and is no event of its own. */
static int heading(const sr_event_inputs *in, size_t sentence) {
  const sr_sentence *s = &in->sentences[sentence];
  if (sentence + 1 == in->sentence_count) return 0; /* no body follows it */
  if (s->byte_end == s->byte_start) return 1;
  unsigned char last = (unsigned char)in->text[s->byte_end - 1];
  return !(last == '.' || last == '!' || last == '?' || last == '"' ||
           last == 0xBB /* » */ || last == 0x9D /* ” */ || last == 0xA6 /* … */);
}

#define PROPERTY_REACH 2 /* sentences from an attack to what it destroyed */
#define MERGE_REACH 64 /* events: how far apart one event may be told twice */
#define LOSSES_REACH 3 /* sentences: losses told after their fight */
#define OBJECT_BYTES 10 /* " at least ": between a verb and its object's figure */
#define KIND_BYTES 40 /* "19 more were killed": the words that told its kind */
#define MUTUAL_GAP 16 /* bytes: " and ", " et les ", between two sides named after a clash */
#define AGENT_BYTES 40 /* " the Islamic State ": from "by" to whom it names, as roles.c reads it */

/* Whether the words between a verb and a figure join no other clause:
** " at least ", not " and at least " nor ", ". */
static int one_phrase(const char *gap, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (gap[i] == ',' || gap[i] == ';' ||
        (i + 5 <= n && (memcmp(gap + i, " and ", 5) == 0 || memcmp(gap + i, " et ", 4) == 0)))
      return 0;
  return 1;
}

/* The trigger of [first, end) a figure belongs to: the one in the words
** that told its kind ("19 more were killed in a suicide attack"), else the
** nearest. */
static long owner(const sr_mention_list *l, const char *text, size_t first, size_t end,
                  size_t q) {
  long best = -1;
  size_t best_gap = (size_t)-1;
  const sr_mention *m = &l->items[q];
  /* "killed 6 civilians and seized 5 motorbikes": the verb right before
  ** its object's figure (a passive has none: "were executed 19 more") */
  for (size_t i = first; sr_quantity_of(m)->kind && i < end; i++) {
    const sr_mention *t = &l->items[i];
    if (t->type == SR_MENTION_TRIGGER && !sr_trigger_of(t)->passive &&
        t->byte_end <= m->byte_start && m->byte_start - t->byte_end <= OBJECT_BYTES &&
        one_phrase(text + t->byte_end, m->byte_start - t->byte_end))
      return (long)i;
  }
  if (sr_quantity_of(m)->kind)
    for (size_t i = first; i < end; i++) {
      const sr_mention *t = &l->items[i];
      if (t->type == SR_MENTION_TRIGGER && t->byte_start >= m->byte_end &&
          t->byte_start - m->byte_end <= KIND_BYTES)
        return (long)i;
    }
  for (size_t i = first; i < end; i++) {
    const sr_mention *t = &l->items[i];
    if (t->type != SR_MENTION_TRIGGER) continue;
    size_t gap = t->byte_end <= m->byte_start   ? m->byte_start - t->byte_end
                 : m->byte_end <= t->byte_start ? t->byte_start - m->byte_end
                                                : 0; /* "six corridors" */
    if (gap < best_gap) {
      best_gap = gap;
      best = (long)i;
    }
  }
  return best;
}

/* Whether figure q counts who did what trigger t did to a figure of its
** own: "two militants killed two people" (active voice, a figure that says
** nothing of its kind before the verb, another right after it). */
static int acting_figure(const sr_mention_list *l, size_t first, size_t end, size_t q,
                         const sr_mention *t) {
  const sr_mention *m = &l->items[q];
  if (sr_trigger_of(t)->passive || m->byte_end > t->byte_start || sr_quantity_of(m)->kind)
    return 0;
  for (size_t i = first; i < end; i++) {
    const sr_mention *o = &l->items[i];
    if (o != m && counts(o) && o->byte_start >= t->byte_end &&
        o->byte_start - t->byte_end <= OBJECT_BYTES)
      return 1;
  }
  return 0;
}

#define SEIZED_LIST 120 /* bytes: "seized two motorbikes, two AK rifles, a grenade" */

/* Whether trigger i names a weapon listed among what the trigger before it
** seized or took apart ("seized two rifles, a grenade, explosives"): an
** item, not an explosion.  A long list is one while its weapons follow
** each other closely. */
static int seized_item(const sr_mention_list *l, const sr_event_pack *k, size_t first, size_t i) {
  const sr_mention *t = &l->items[i];
  if (!(k->actions[sr_trigger_of(t)->action].flags & SR_ACTION_WEAPON)) return 0;
  int property = sr_acled_role(k->acled, SR_SUB_PROPERTY_DESTRUCTION);
  int disrupted = sr_acled_role(k->acled, SR_SUB_DISRUPTED_WEAPONS);
  size_t item = t->byte_start; /* where the list's next item starts */
  for (size_t j = i; j-- > first;) {
    const sr_mention *m = &l->items[j];
    if (m->type != SR_MENTION_TRIGGER) continue;
    if (item - m->byte_end > SEIZED_LIST) return 0;
    const sr_trigger_part *p = sr_trigger_of(m);
    if (k->actions[p->action].flags & SR_ACTION_WEAPON) { /* another item: the list goes on */
      item = m->byte_start;
      continue;
    }
    int sub = k->actions[p->action].sub;
    return sub == property || sub == disrupted;
  }
  return 0;
}

/* One event per trigger of the sentence [first, end) of the mention list. */
/* Whether the actor mention l->items[actor], after the trigger
** l->items[trigger], is told as the agent of a trigger between them ("...
** attacks by X"). */
static int agent_of_another(const sr_mention_list *l, size_t trigger, size_t actor) {
  size_t at = l->items[actor].byte_start;
  for (size_t j = trigger + 1; j < actor; j++) {
    const sr_mention *m = &l->items[j];
    if (m->type != SR_MENTION_TRIGGER || !sr_trigger_of(m)->agent_at || sr_trigger_of(m)->agent_of)
      continue;
    if (at >= sr_trigger_of(m)->agent_at && at - sr_trigger_of(m)->agent_at <= AGENT_BYTES) return 1;
  }
  return 0;
}

#define SUBJECT_GAP 12 /* bytes: " were ", " ont été ", between a subject and its verb */

/* "The attack comes a week after the BLA killed 26 people": whether the
** actor, after the trigger at t, is the subject of an earlier deed
** recalled right after it (its verb next, no comma between), that deed's
** side and not one this deed hit. */
static int subject_of_recalled(const sr_mention_list *l, const char *text, size_t t, size_t end,
                               size_t actor) {
  for (size_t j = actor + 1; j < end; j++) {
    const sr_mention *m = &l->items[j];
    if (m->type != SR_MENTION_TRIGGER) continue;
    size_t from = l->items[actor].byte_end;
    if (sr_trigger_of(m)->status != SR_EV_RECALLED ||
        sr_trigger_of(&l->items[t])->status == SR_EV_RECALLED || m->byte_start < from ||
        m->byte_start - from > SUBJECT_GAP)
      return 0;
    for (size_t b = from; b < m->byte_start; b++)
      if (text[b] == ',' || text[b] == ';' || text[b] == ':') return 0;
    return 1;
  }
  return 0;
}

/* Whether a figure stands between mentions a and b of one sentence. */
static int counted_between(const sr_mention_list *l, size_t a, size_t b) {
  for (size_t i = a + 1; i < b; i++)
    if (l->items[i].type == SR_MENTION_QUANTITY &&
        l->items[i].byte_start >= l->items[a].byte_end)
      return 1;
  return 0;
}

/* Whether the actor mention a may be the subject of the trigger b of its
** sentence: no deed between them, no one but speakers before it ("a child
** hit by a police bullet has died": the police are not who died). */
static int may_be_subject(const sr_mention_list *l, size_t first, size_t a, size_t b) {
  for (size_t i = first; i < b; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_TRIGGER && m->byte_start >= l->items[a].byte_end) return 0;
    if (i != a && is_actor(m) && m->byte_end <= l->items[a].byte_start && !sr_is_speaker(l, i))
      return 0;
  }
  return 1;
}

#define ALIAS_GAP 2 /* " (": between a side's name and its acronym in brackets */

/* Whether the n bytes between two actors join them: " and ", " et ",
** " and/or ", " et/ou " ("soldiers and/or gendarmes": ACLED names the
** first). */
static int joined(const char *gap, size_t n) {
  static const char *const joins[] = {" and ", " et ", " and/or ", " et/ou "};
  for (size_t i = 0; i < sizeof joins / sizeof *joins; i++)
    if (n == strlen(joins[i]) && memcmp(gap, joins[i], n) == 0) return 1;
  return 0;
}

#define LISTED_WORD 3 /* bytes of a word between a list's joiner and its next item: "des" */
#define JOINED_OBJECT_GAP 24 /* bytes from a deed to what it hits: "killed 13 suspected" */

/* The active deed whose object the actor mention at a is, right after it
** ("killed 13 suspected militants"), or -1. */
static long deed_right_before(const sr_mention_list *l, size_t first, size_t a) {
  const sr_mention *m = &l->items[a];
  for (size_t i = a; i-- > first;) {
    const sr_mention *d = &l->items[i];
    if (d->type != SR_MENTION_TRIGGER || d->byte_end > m->byte_start) continue;
    if (sr_trigger_of(d)->passive || sr_trigger_of(d)->victim_subject ||
        m->byte_start - d->byte_end > JOINED_OBJECT_GAP)
      return -1;
    return (long)i;
  }
  return -1;
}

/* "Soldiers killed 13 militants and arrested 29 others", "ont neutralisé
** 13 terroristes et arrêté 29 autres": the actor right before a deed, joined
** to it by "and", is what the active deed before it hit, not the subject
** of both.  Returns that earlier deed's trigger, or -1. */
static long object_of_a_joined_deed(const sr_mention_list *l, const char *text, size_t first,
                                    size_t actor, const sr_mention *t) {
  const sr_mention *a = &l->items[actor];
  if (a->byte_end > t->byte_start || !joined(text + a->byte_end, t->byte_start - a->byte_end))
    return -1;
  return deed_right_before(l, first, actor);
}

/* Whether gap (n bytes) joins two items of a list: " and ", or with a
** short word before the next item: " and a ", " et des ". */
static int listed_next(const char *gap, size_t n) {
  if (joined(gap, n)) return 1;
  size_t w = n > 1 ? n - 1 : 0;
  while (w > 0 && gap[w - 1] != ' ') w--;
  return w > 0 && n - w <= LISTED_WORD + 1 && joined(gap, w);
}

/* Whether a figure of state forces stands in a list just before the
** actor mention at c, joined to it or to its own figure ("four soldiers
** and two civilians"). */
static int forces_listed_before(const sr_mention_list *l, const char *text, size_t first,
                                size_t c) {
  size_t start = l->items[c].byte_start;
  for (size_t i = c; i-- > first;) {
    const sr_mention *q = &l->items[i];
    if (q->type != SR_MENTION_QUANTITY || q->byte_start > start) continue;
    if (!sr_quantity_of(q)->force && q->byte_end >= l->items[c].byte_end) {
      start = q->byte_start; /* "two civilians", the actor's own figure */
      continue;
    }
    if (!sr_quantity_of(q)->force || q->byte_end > start) return 0;
    const char *gap = text + q->byte_end;
    size_t n = start - q->byte_end;
    if (listed_next(gap, n)) return 1;
    /* ...after the forces' demonym: "deux militaires maliens et un civil" */
    size_t d = 1;
    while (d < n && gap[d] != ' ') d++;
    return sr_quantity_of(q)->force_country[0] && n > 1 && gap[0] == ' ' &&
           listed_next(gap + d, n - d);
  }
  return 0;
}

/* "a joint force of Burkinabe soldiers and volunteer fighters killed",
** "volunteer fighters and soldiers clashed with militants": of armed sides
** joined by "and" that act together, ACLED's actor1 is the first named.
** Returns the first of actor's coordination, or actor. */
static long first_of_allies(const sr_mention_list *l, const char *text, size_t first,
                            long actor) {
  const sr_mention *m = &l->items[actor];
  long before = -1;
  for (;;) {
    before = -1;
    for (size_t i = first; i < (size_t)actor; i++)
      if (is_actor(&l->items[i]) && l->items[i].byte_end <= m->byte_start) before = (long)i;
    /* "volunteer fighters (VDP)": the side's own other name */
    if (before >= 0 && same_actor(&l->items[before], m) &&
        m->byte_start - l->items[before].byte_end <= ALIAS_GAP) {
      actor = before;
      m = &l->items[actor];
      continue;
    }
    break;
  }
  if (before < 0 || !armed(inter_of(l, before)) || !armed(inter_of(l, actor)) ||
      same_actor(&l->items[before], m))
    return actor;
  const char *gap = text + l->items[before].byte_end;
  size_t n = m->byte_start - l->items[before].byte_end;
  return joined(gap, n) ? before : actor;
}

#define APPOSITION_GAP 160 /* bytes: an acronym and a clause about the first side, then ", et" */

/* "entre des rebelles de l'UPC, membre de la coalition CPC, et les FACA":
** past the first side's acronym and a clause set off by commas, the side
** after ", et" / ", and" is the second; -1 when none. */
static long second_side(const sr_mention_list *l, const char *text, size_t end, long side) {
  const sr_mention *s = &l->items[side];
  for (size_t i = (size_t)side + 1; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (!is_actor(m) || m->byte_start < s->byte_end) continue;
    if (m->byte_start - s->byte_end > APPOSITION_GAP) break;
    if (same_actor(m, s)) continue;
    /* the words right before it: ", et les ", ", and the " */
    size_t from = m->byte_start > MUTUAL_GAP ? m->byte_start - MUTUAL_GAP : 0;
    if (from < s->byte_end) from = s->byte_end;
    const char *comma = NULL;
    for (const char *c = text + from; c < text + m->byte_start; c++)
      if (*c == ',') comma = c;
    if (!comma) continue;
    size_t n = (size_t)(text + m->byte_start - comma) - 1;
    const char *after = comma + 1;
    if ((n >= 4 && memcmp(after, " et ", 4) == 0) || (n >= 5 && memcmp(after, " and ", 5) == 0))
      return (long)i;
  }
  return -1;
}

static void absorb(sr_event *into, sr_event *from, const sr_mention_list *l, const char *rule);

#define MODIFIED_SIDE_GAP 32 /* bytes: " and anti-government ", " and the rival " */

/* The words that join two sides or two places: "and", "et". */
static const char *const and_joins[] = {" and ", " et "};

/* Whether the bytes from..to of text are "and" or "et" and at most two
** words of letters or hyphens: " and ", " et les ", " and allied clan ". */
static int joined_by_a_few_words(const char *text, size_t from, size_t to) {
  for (size_t i = 0; i < sizeof and_joins / sizeof *and_joins; i++) {
    size_t n = strlen(and_joins[i]), spaces = 0;
    if (to - from < n || memcmp(text + from, and_joins[i], n) != 0) continue;
    for (size_t b = from + n; b < to; b++) {
      unsigned char c = (unsigned char)text[b];
      if (c == ' ') spaces++;
      else if (!(isalpha(c) || c == '-' || c >= 0x80)) return 0;
    }
    return spaces <= 2;
  }
  return 0;
}

/* Whether the bytes from..to of text join two sides named after a mutual
** deed: a short gap (" and ", " et les "), or "and" and one or two words
** that qualify the second side ("between police and anti-government
** protesters"): letters and hyphens only, no clause. */
static int sides_joined(const char *text, size_t from, size_t to) {
  return to - from <= MUTUAL_GAP ||
         (to - from <= MODIFIED_SIDE_GAP && joined_by_a_few_words(text, from, to));
}

/* The state forces of another country on the very words of the actor
** mention side ("Indian and Pakistani troops": one mention a country), or
** -1: a force noun of one country has none. */
static long other_country_side(const sr_mention_list *l, size_t side) {
  const sr_mention *s = &l->items[side];
  if (!sr_actor_of(s)->listed) return -1;
  for (size_t j = side; j-- > 0 && l->items[j].byte_start == s->byte_start;)
    if (is_actor(&l->items[j]) && l->items[j].byte_end == s->byte_end &&
        !same_actor(&l->items[j], s))
      return (long)j;
  for (size_t j = side + 1; j < l->count && l->items[j].byte_start == s->byte_start; j++)
    if (is_actor(&l->items[j]) && l->items[j].byte_end == s->byte_end &&
        !same_actor(&l->items[j], s))
      return (long)j;
  return -1;
}

/* Whether "and" or "et" stands between bytes from and to of text. */
static int and_between(const char *text, size_t from, size_t to) {
  for (size_t i = 0; i < sizeof and_joins / sizeof *and_joins; i++) {
    size_t n = strlen(and_joins[i]);
    for (size_t b = from; b + n <= to; b++)
      if (memcmp(text + b, and_joins[i], n) == 0) return 1;
  }
  return 0;
}

/* "two armed groups in the west: the Al-Radaa force and the Tripoli
** Revolutionary Brigade": the two actors a colon after an unnamed kind
** (within reach, no actor between) names, joined by "and", in *x and *y. */
static int named_after_colon(const sr_mention_list *l, const char *text, size_t end, size_t kind,
                             long *x, long *y) {
  const sr_mention *k = &l->items[kind];
  for (size_t i = kind + 1; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (!is_actor(m) || m->byte_start < k->byte_end) continue;
    if (m->byte_start - k->byte_end > APPOSITION_GAP ||
        !memchr(text + k->byte_end, ':', m->byte_start - k->byte_end))
      return 0;
    long other = nearest(l, i, end, m, SR_MENTION_ACTOR, 0, 1);
    if (other < 0 || l->items[other].byte_start < m->byte_end ||
        l->items[other].byte_start - m->byte_end > MUTUAL_GAP ||
        !and_between(text, m->byte_end, l->items[other].byte_start) ||
        same_actor(&l->items[other], m))
      return 0;
    *x = (long)i;
    *y = other;
    return 1;
  }
  return 0;
}


/* Whether a comma or a colon stands between bytes from and to of text:
** what comes before it is a frame of its own. */
static int framed_apart(const char *text, size_t from, size_t to) {
  for (size_t b = from; b < to; b++)
    if (text[b] == ',' || text[b] == ':') return 1;
  return 0;
}

/* Of the countries one force's words name ("avions américains et
** britanniques": a mention each, on the same words, `listed` in the text's
** order), the one listed first after order (0: the first written); -1
** when none is. */
static long country_on_its_words(const sr_mention_list *l, size_t first, long side, int order) {
  const sr_mention *named = &l->items[side];
  long found = -1;
  for (size_t i = first; i < l->count && l->items[i].byte_start <= named->byte_start; i++) {
    const sr_mention *m = &l->items[i];
    int listed = m->type == SR_MENTION_ACTOR ? sr_actor_of(m)->listed : 0;
    if (m->byte_start == named->byte_start && m->byte_end == named->byte_end && listed > order &&
        (found < 0 || listed < sr_actor_of(&l->items[found])->listed))
      found = (long)i;
  }
  return found;
}

/* The first of the armed actors joined by "and" that end with the actor
** mention at side ("the army and allied militias"), or side. */
static long first_joined_subject(const sr_mention_list *l, const char *text, size_t first,
                                 long side) {
  long lead = side;
  for (size_t i = (size_t)side; i-- > first;) {
    const sr_mention *m = &l->items[i], *s = &l->items[lead];
    if (m->byte_start == s->byte_start) continue; /* another country on its words */
    if (m->type != SR_MENTION_ACTOR) continue;
    if (!is_actor(m) || m->byte_end > s->byte_start || !armed(sr_actor_of(m)->inter) ||
        !armed(sr_actor_of(s)->inter) || same_actor(m, s) ||
        !joined_by_a_few_words(text, m->byte_end, s->byte_start))
      break;
    lead = (long)i;
  }
  return lead;
}

#define PARTIES_SPAN 2 /* sentences back to the deed "the two sides" point to */

/* The last of the count events, told in the PARTIES_SPAN sentences up to
** sentence, that has two sides, or NULL. */
static const sr_event *deed_of_two_sides(const sr_mention_list *l, const sr_event *events,
                                         size_t count, size_t sentence) {
  for (size_t j = count; j-- > 0;) {
    const sr_event *ev = &events[j];
    if (l->items[ev->triggers[0]].sentence + PARTIES_SPAN < sentence) break;
    if (ev->actor1 >= 0 && ev->actor2 >= 0 &&
        !same_actor(&l->items[ev->actor1], &l->items[ev->actor2]))
      return ev;
  }
  return NULL;
}

static int sentence_events(const sr_event_inputs *in, size_t first, size_t end,
                           long document_place, const sr_date *past_ref, sr_event **events,
                           size_t *count, size_t *cap) {
  const sr_mention_list *l = in->mentions;
  const sr_event_pack *k = in->pack;
  size_t sentence_start = *count;
  if (first < end && heading(in, l->items[first].sentence)) return 0;
  if (first < end && in->sentence_flags &&
      (in->sentence_flags[l->items[first].sentence] & SR_SENT_FURNITURE))
    return 0; /* a caption, a "Tags" line, a related link */
  for (size_t i = first; i < end; i++) {
    const sr_mention *t = &l->items[i];
    if (t->type != SR_MENTION_TRIGGER) continue;
    const sr_action *a = &k->actions[sr_trigger_of(t)->action];
    sr_event e;
    memset(&e, 0, sizeof e);
    e.action = a;
    e.status = sr_trigger_of(t)->status;
    e.triggers[e.trigger_count++] = (long)i;
    add_rule(&e, "trigger");
    if (e.status == SR_EV_BACKDROP) {
      e.status = SR_EV_REALISED; /* it may join, or take in, its sentence's event */
      e.backdrop = 1;
      add_rule(&e, "event.backdrop");
    }
    e.actor1 = agent(l, first, end, t);
    if (e.actor1 >= 0 && !sr_trigger_of(t)->passive && !sr_trigger_of(t)->victim_subject) {
      long earlier = object_of_a_joined_deed(l, in->text, first, (size_t)e.actor1, t);
      if (earlier >= 0) {
        e.actor1 = agent(l, first, end, &l->items[earlier]);
        add_rule(&e, "event.actor1.joined_deed");
      }
    }
    /* "Kurdish forces killed 16 militants in an attack": the circumstance
    ** of a killing or a wound, right after whom it hit, is done by its doer,
    ** not by whom it hit (and by no one the sentence names when it names
    ** none); not the adjective on the circumstance's own noun ("died in a
    ** rebel rocket attack": the rebels fired it) */
    if (e.actor1 >= 0 && sr_trigger_of(t)->within && !sr_trigger_of(t)->passive &&
        !sr_trigger_of(t)->victim_subject && l->items[e.actor1].byte_end + 1 < t->byte_start) {
      long deed = deed_right_before(l, first, (size_t)e.actor1);
      if (deed >= 0 && (k->actions[sr_trigger_of(&l->items[deed])->action].flags & SR_ACTION_SUBORDINATE)) {
        e.actor1 = agent(l, first, end, &l->items[deed]);
        add_rule(&e, "event.actor1.within_deed");
      }
    }
    /* "Somalia's army and allied clan militias killed 20 fighters": of
    ** armed sides joined as its subject, the first named acts (ACLED's
    ** actor1, the others its associates); a mutual deed's are its two
    ** sides (below) */
    if (e.actor1 >= 0 && !(a->flags & SR_ACTION_MUTUAL) && !sr_trigger_of(t)->passive) {
      long lead = first_joined_subject(l, in->text, first, e.actor1), next;
      if (lead != e.actor1) {
        e.joined_with = e.actor1 + 1;
        e.actor1 = lead;
        add_rule(&e, "event.actor1.first_joined");
      } else if ((lead = country_on_its_words(l, first, e.actor1, 0)) >= 0 &&
                 (next = country_on_its_words(l, first, lead,
                                              sr_actor_of(&l->items[lead])->listed)) >= 0) {
        /* the first written acts, the next is its associate */
        e.actor1 = lead;
        e.joined_with = next + 1;
        add_rule(&e, "event.actor1.first_country");
      }
    }
    /* "police said three missiles hit an office building": a counted
    ** subject after the speaker is who did it */
    if (e.actor1 >= 0 && sr_is_speaker(l, (size_t)e.actor1) &&
        (counted_between(l, (size_t)e.actor1, i) ||
         /* "Selon la police, les explosions ont eu lieu": a speaker in a
         ** frame of its own, the clause after it told by it */
         framed_apart(in->text, l->items[e.actor1].byte_end, t->byte_start)))
      e.actor1 = -1;
    /* "an army official confirmed an attack had taken place", "the air
    ** force said several missiles hit": a speaker tells a violent deed; it
    ** did it only when a word says so ("the army said it killed", "its
    ** attack": roles.txt "own") or it claims it.  Not a deed of its own
    ** choosing: who announces a capture, a withdrawal tells what it did.
    ** Told so, the deed is one occasion (vouched), not the war in general */
    else if (e.actor1 >= 0 && sr_is_speaker(l, (size_t)e.actor1) && (a->flags & SR_ACTION_VIOLENT) &&
             !(a->flags & (SR_ACTION_AGENT | SR_ACTION_TERRITORY)) &&
             l->items[e.actor1].byte_end <= t->byte_start &&
             !sr_actor_of(&l->items[e.actor1])->claims &&
             !(sr_trigger_of(t)->own_at && sr_trigger_of(t)->own_at > l->items[e.actor1].byte_end)) {
      e.actor1 = -1;
      e.vouched = 1;
      add_rule(&e, "event.actor1.not_the_speaker");
    }
    e.actor2 = nearest(l, first, end, t, SR_MENTION_ACTOR, 0, 1);
    /* "une attaque terroriste a fait dix morts parmi les VDP": who suffers
    ** it follows its doer's adjective */
    if (e.actor2 >= 0 && e.actor2 == e.actor1 && l->items[e.actor1].byte_start >= t->byte_end)
      e.actor2 = nearest(l, first, end, &l->items[e.actor1], SR_MENTION_ACTOR, 0, 1);
    /* "air strikes killed 70 people after a rebel rocket attack": the
    ** adjective on a later deed's weapon (armed_groups.txt before) fired
    ** that, it is hit by nothing before it */
    while (e.actor2 >= 0 && sr_actor_of(&l->items[e.actor2])->before &&
           l->items[e.actor2].byte_start >= t->byte_end)
      e.actor2 = nearest(l, first, end, &l->items[e.actor2], SR_MENTION_ACTOR, 0, 1);
    /* allies told together act together; "JNIM and ISGS militants
    ** clashed", with no one after, fought each other (below) */
    if (e.actor1 >= 0 && !sr_trigger_of(t)->passive && !sr_trigger_of(t)->victim_subject &&
        (!(a->flags & SR_ACTION_MUTUAL) || e.actor2 >= 0))
      e.actor1 = first_of_allies(l, in->text, first, e.actor1);
    /* "attacked the village, killing four people, the police said": who
    ** speaks after an active verb tells of it; it was not hit */
    if (e.actor2 >= 0 && !sr_trigger_of(t)->passive && !sr_trigger_of(t)->victim_subject &&
        sr_is_speaker(l, (size_t)e.actor2))
      e.actor2 = -1;
    /* "killing nine in the latest of a series of attacks by the Islamic
    ** State": who does another deed of the sentence did not suffer this one */
    if (e.actor2 >= 0 && !sr_trigger_of(t)->passive && !sr_trigger_of(t)->victim_subject &&
        (agent_of_another(l, i, (size_t)e.actor2) ||
         subject_of_recalled(l, in->text, i, end, (size_t)e.actor2)))
      e.actor2 = -1;
    /* "Kawkab a été prise par l'armée": the army acts; "the army lost
    ** control of": the army suffers it */
    if (sr_trigger_of(t)->passive || sr_trigger_of(t)->victim_subject) {
      long by = e.actor2;
      /* "five soldiers were killed in an attack against a military post":
      ** the post's army is hit, it did not kill them */
      if (by >= 0 && aimed_between(l, i, (size_t)by)) by = -1;
      /* "five civilians were killed, police said": who tells it did not do
      ** it; who claims it did ("a été revendiqué par les shebab") */
      if (by >= 0 && sr_is_speaker(l, (size_t)by) && !sr_actor_of(&l->items[by])->claims) by = -1;
      /* "un jeune homme a été tué (par balle) lors de manifestations": a
      ** crowd after the deed that no "par", no "by" names as its doer (an
      ** article between) did not do it */
      if (by >= 0 &&
          (inter_of(l, by) == SR_INTER_PROTESTERS || inter_of(l, by) == SR_INTER_RIOTERS) &&
          (!sr_trigger_of(t)->agent_at ||
           l->items[by].byte_start > sr_trigger_of(t)->agent_at + AGENT_ARTICLE_GAP))
        by = -1;
      /* "un convoi de l'armée est tombé dans une embuscade, faisant dix morts
      ** parmi les soldats": the side that suffers it, told again, is its
      ** toll, not who laid it; who acts may follow that toll ("has lost a
      ** hundred militants in the battle against the army") */
      if (by >= 0 && e.actor1 >= 0 && same_actor(&l->items[by], &l->items[e.actor1])) {
        by = nearest(l, first, end, &l->items[by], SR_MENTION_ACTOR, 0, 1);
        if (by >= 0 && (same_actor(&l->items[by], &l->items[e.actor1]) ||
                        sr_is_speaker(l, (size_t)by)))
          by = -1;
      }
      /* "according to police, two suspects have been arrested": who tells
      ** a passive arrest before it is not whom it befell; but "the army
      ** said two soldiers were killed" tells of its own */
      e.actor2 = e.actor1 >= 0 && !(a->flags & SR_ACTION_VIOLENT) &&
                         sr_is_speaker(l, (size_t)e.actor1) &&
                         l->items[e.actor1].byte_end <= t->byte_start
                     ? -1
                     : e.actor1;
      e.actor1 = by >= 0 && sr_actor_of(&l->items[by])->inter != SR_INTER_CIVILIANS ? by : -1;
      add_rule(&e, sr_trigger_of(t)->passive ? "event.passive" : "event.victim_subject");
    } else if (sr_trigger_of(t)->subject_dies && e.actor1 >= 0 &&
               l->items[e.actor1].byte_end <= t->byte_start && e.actor2 < 0 &&
               !sr_is_speaker(l, (size_t)e.actor1) && may_be_subject(l, first, (size_t)e.actor1, i)) {
      /* "the peacekeepers died near Gao": who died did not kill; who did
      ** is told by the deed it joins ("during an ambush"), or not at all */
      e.actor2 = e.actor1;
      e.actor1 = -1;
      add_rule(&e, "event.subject_dies");
    }
    const char *role = sr_roles_sides(l, first, end, t, k, &e.actor1, &e.actor2);
    if (role) add_rule(&e, role);
    if (counted_within_fighters(l, first, end, e.actor1)) e.actor1 = -1;
    if (counted_within_fighters(l, first, end, e.actor2)) e.actor2 = -1;
    /* "killed four soldiers and two civilians": the forces counted first
    ** are the side hit (implied from their figure), the people beside them */
    if (e.actor2 >= 0 && inter_of(l, e.actor2) == SR_INTER_CIVILIANS &&
        forces_listed_before(l, in->text, first, (size_t)e.actor2))
      e.actor2 = -1;
    if (e.actor2 >= 0 && e.actor1 >= 0 &&
        same_actor(&l->items[e.actor1], &l->items[e.actor2]))
      e.actor2 = -1;
    /* "clashes between government forces and rebels": both sides after it */
    if (e.actor1 < 0 && e.actor2 >= 0 && (a->flags & SR_ACTION_MUTUAL)) {
      long other = nearest(l, first, end, &l->items[e.actor2], SR_MENTION_ACTOR, 0, 1);
      if (other >= 0 && (!sides_joined(in->text, l->items[e.actor2].byte_end, l->items[other].byte_start) ||
                         same_actor(&l->items[other], &l->items[e.actor2])))
        other = second_side(l, in->text, end, e.actor2);
      /* "killed in clashes with security forces, the army said": who
      ** tells of the fight is not its second side */
      if (other >= 0 && sr_is_speaker(l, (size_t)other) && !sr_actor_of(&l->items[other])->claims)
        other = -1;
      if (counted_within_fighters(l, first, end, other)) other = -1;
      if (other >= 0 && l->items[other].byte_start - l->items[e.actor2].byte_end <= APPOSITION_GAP &&
          !same_actor(&l->items[other], &l->items[e.actor2])) {
        e.actor1 = e.actor2;
        e.actor2 = other;
        add_rule(&e, "event.mutual");
      }
    }
    /* "between two armed groups in the west: the Al-Radaa force and the
    ** Tripoli Revolutionary Brigade": the kind, then the two sides it names */
    if ((a->flags & SR_ACTION_MUTUAL) && e.actor2 >= 0) {
      long kind = e.actor1 >= 0 ? e.actor1 : e.actor2, x = -1, y = -1;
      if (sr_actor_of(&l->items[kind])->actor_kind == SR_ACTOR_GENERIC &&
          named_after_colon(l, in->text, end, (size_t)kind, &x, &y)) {
        e.actor1 = x;
        e.actor2 = y;
        add_rule(&e, "event.mutual_named_after");
      }
    }
    /* "clashes between armed groups": both sides are the one unnamed kind */
    if (e.actor1 < 0 && e.actor2 >= 0 && (a->flags & SR_ACTION_MUTUAL) && sr_trigger_of(t)->between &&
        sr_actor_of(&l->items[e.actor2])->actor_kind == SR_ACTOR_GENERIC &&
        sr_inter_non_state_armed(inter_of(l, e.actor2))) {
      e.actor1 = e.actor2;
      e.one_kind_both_sides = 1; /* kept past the check of one side told twice */
      add_rule(&e, "event.mutual_unnamed");
    }
    /* "X detained Y's commander. The incident led to clashes between the
    ** two sides": the sides of the deed told just before */
    if ((a->flags & SR_ACTION_MUTUAL) && sr_trigger_of(t)->parties) {
      const sr_event *told = deed_of_two_sides(l, *events, *count, t->sentence);
      if (told) {
        e.actor1 = told->actor1;
        e.actor2 = told->actor2;
        add_rule(&e, "event.mutual_parties");
      }
    }
    /* "JNIM and ISGS militants clashed": both sides before it */
    if (e.actor1 >= 0 && e.actor2 < 0 && (a->flags & SR_ACTION_MUTUAL) &&
        !sr_trigger_of(t)->passive) {
      long other = nearest(l, first, end, &l->items[e.actor1], SR_MENTION_ACTOR, 1, 0);
      /* "... et la rébellion de la CPJP (CPJP), ont signé": the side's own
      ** acronym in brackets is no second side */
      if (other >= 0 && same_actor(&l->items[other], &l->items[e.actor1]) &&
          l->items[e.actor1].byte_start - l->items[other].byte_end <= ALIAS_GAP) {
        e.actor1 = other;
        other = nearest(l, first, end, &l->items[e.actor1], SR_MENTION_ACTOR, 1, 0);
      }
      if (other >= 0 && l->items[e.actor1].byte_start - l->items[other].byte_end <= MUTUAL_GAP &&
          armed(inter_of(l, other)) && armed(inter_of(l, e.actor1)) &&
          !same_actor(&l->items[other], &l->items[e.actor1])) {
        e.actor2 = e.actor1;
        e.actor1 = other;
        add_rule(&e, "event.mutual_before");
      }
    }
    /* "Indian and Pakistani troops exchanged fire", "clashes between Thai
    ** and Cambodian soldiers": one force noun of two countries is both
    ** sides of a mutual deed, in the order the text names them */
    if ((a->flags & SR_ACTION_MUTUAL) && (e.actor1 < 0) != (e.actor2 < 0)) {
      long side = e.actor1 >= 0 ? e.actor1 : e.actor2;
      long other = other_country_side(l, (size_t)side);
      if (other >= 0) {
        int first_named = sr_actor_of(&l->items[side])->listed < sr_actor_of(&l->items[other])->listed;
        e.actor1 = first_named ? side : other;
        e.actor2 = first_named ? other : side;
        add_rule(&e, "event.mutual_two_countries");
      }
    }
    /* "les forces ont tué deux rebelles dans un échange de tirs": a fight
    ** told as the circumstance of a deed is between that deed's doer and
    ** whom it hit, not between whom it hit and what follows */
    if ((a->flags & SR_ACTION_MUTUAL) && sr_trigger_of(t)->within && !sr_trigger_of(t)->passive) {
      long hit = nearest(l, first, end, t, SR_MENTION_ACTOR, 1, 0);
      long deed = hit >= 0 ? deed_right_before(l, first, (size_t)hit) : -1;
      long doer = deed >= 0 ? agent(l, first, end, &l->items[deed]) : -1;
      if (doer >= 0 && armed(inter_of(l, doer)) && armed(inter_of(l, hit)) &&
          !same_actor(&l->items[doer], &l->items[hit])) {
        e.actor1 = doer;
        e.actor2 = hit;
        add_rule(&e, "event.mutual_of_its_deed");
      }
    }
    /* "regime troops backed by Russian warplanes have been battling": who
    ** backs a side is on its side, not the other */
    if (e.actor2 >= 0 && e.actor1 >= 0 &&
        l->items[e.actor2].byte_start + 1 == sr_trigger_of(t)->backer_at)
      e.actor2 = -1;
    if (e.actor1 < 0 && (a->flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS)))
      e.actor1 = crowd_of(l, first, end, t); /* "a sit-in was staged" */
    if ((a->flags & SR_ACTION_AGENT) && (e.actor1 < 0 || civilians_do_it(l, first, i)))
      continue;
    if (seized_item(l, k, first, i)) continue; /* "seized two rifles and a grenade" */
    /* "blocked the ring road" is a riot; "blocked the talks" no event */
    if ((a->flags & SR_ACTION_ROAD) && sr_trigger_of(t)->target != SR_ROLE_ROAD) continue;
    if (e.actor1 >= 0) add_rule(&e, "event.actor1.before");
    if (e.actor2 >= 0) add_rule(&e, "event.actor2.after");
    /* "killed near the capital on Tuesday, hours after a chemical attack
    ** left dozens dead in Khan Sheikhun": past an earlier deed recalled
    ** after the trigger, the sentence's places and dates are that deed's */
    size_t news_end = end;
    for (size_t r = i + 1; r < end && sr_trigger_of(t)->status != SR_EV_RECALLED; r++)
      if (l->items[r].type == SR_MENTION_TRIGGER &&
          sr_trigger_of(&l->items[r])->status == SR_EV_RECALLED) {
        news_end = r;
        break;
      }
    e.place = sr_event_place(l, first, news_end, t,
                             nearest(l, first, news_end, t, SR_MENTION_PLACE, 1, 1),
                             SR_MENTION_SOURCE);
    int by_direction = 0;
    /* "in northern Syria", "in Borno state": a country or a province that
    ** holds the town the report is about says less than it; one that does
    ** not ("in Taiz province", the report from Hudaydah) says more */
    if (e.place >= 0 && document_place >= 0 && sr_place_of(&l->items[e.place])->geo_precision == 3 &&
        country_of(in, e.place) == country_of(in, document_place) &&
        (sr_place_of(&l->items[e.place])->compass_part || /* the country, told so */
         holds(in->gazetteer, sr_place_of(&l->items[e.place])->place,
               sr_place_of(&l->items[document_place])->place))) {
      /* "in western Afghanistan", the report about Kabul in the east: a
      ** place the report names later in that part, else the country */
      long toward = place_toward(in, end, e.place, document_place);
      if (toward == -1) {
        e.part_of = sr_gazetteer_place(in->gazetteer, sr_place_of(&l->items[e.place])->place);
        e.part_direction = sr_place_of(&l->items[e.place])->direction;
      }
      if (toward != -2) e.place = toward;
      by_direction = toward != -1;
    }
    if (by_direction) {
      add_rule(&e, "event.location.direction");
    } else if (e.place >= 0) {
      add_rule(&e, "event.location.sentence");
    } else if (document_place >= 0) {
      e.place = document_place;
      e.place_from_document = 1;
      add_rule(&e, "event.location.document");
    }
    if (e.place >= 0) e.where = sr_gazetteer_place(in->gazetteer, sr_place_of(&l->items[e.place])->place);
    /* "l'est du Mali" tells no more than the country where events meet */
    if (e.where && sr_place_of(&l->items[e.place])->compass_part)
      e.where = sr_gazetteer_place(in->gazetteer, e.where->country);
    e.date = nearest(l, first, news_end, t, SR_MENTION_DATE, 1, 1);
    if (e.date >= 0) {
      add_rule(&e, "event.date.sentence");
      const sr_date *pub = in->published;
      if ((a->flags & SR_ACTION_VIOLENT) && !(a->flags & SR_ACTION_ANNOUNCE) &&
          future(pub, &l->items[e.date]) && e.status == SR_EV_REALISED) {
        e.status = SR_EV_PLANNED;
        add_rule(&e, "event.status.future_date");
      }
      if (past_ref && sr_date_of(&l->items[e.date])->value.year &&
          sr_date_of(&l->items[e.date])->value.year < past_ref->year - 1 &&
          may_be_news(e.status)) {
        e.status = SR_EV_HISTORICAL; /* "in 1982": history, not news */
        add_rule(&e, "event.status.historical");
      } else if (t->sentence >= in->lede_end && may_be_news(e.status) &&
                 long_before(past_ref, &l->items[e.date])) {
        e.status = SR_EV_BACKGROUND; /* "Le 28 janvier" in a May report's body */
        add_rule(&e, "event.status.dated_background");
      } else if (t->sentence >= in->lede_end && may_be_news(e.status) &&
                 sr_date_of(&l->items[e.date])->precision == SR_PREC_YEAR &&
                 !sr_date_of(&l->items[e.date])->until.year) {
        /* "ont fait 76 morts au Mali en 2020", "in 2015 an attack killed
        ** 148", "210 Palestinians have been killed this year": a deed the
        ** body dates by its year alone is a year's sum or one recalled, not
        ** the news (the news told again so, "the deadliest this year", is
        ** told first elsewhere) */
        e.status = SR_EV_BACKGROUND;
        add_rule(&e, "event.status.year_told_whole");
      }
    }
    for (size_t q = first; q < end; q++) {
      if (!counts(&l->items[q])) continue;
      /* "44 people including 10 children": a part goes where its whole goes */
      long whole = sr_quantity_of(&l->items[q])->part_of;
      size_t by = whole >= (long)first && whole < (long)end ? (size_t)whole : q;
      if (owner(l, in->text, first, end, by) == (long)i && !acting_figure(l, first, end, q, t))
        add_quantity(&e, k, l, (long)q);
    }
    if (e.quantity_count) add_rule(&e, "event.quantities.sentence");
    if (e.status == SR_EV_REALISED && !dated_to_a_day(&e, l) && war_toll(&e, l)) {
      e.status = SR_EV_CUMULATIVE; /* "Thousands of people have been killed" */
      add_rule(&e, "event.status.war_toll");
    }
    /* "roadside bomb explosion": two words of one deed side by side name
    ** it once */
    if (*count > sentence_start) {
      sr_event *prev = &(*events)[*count - 1];
      const sr_mention *pt = &l->items[prev->triggers[prev->trigger_count - 1]];
      if (prev->action == a && prev->status == e.status &&
          t->byte_start >= pt->byte_end && t->byte_start - pt->byte_end <= 1) {
        absorb(prev, &e, l, "event.merge.compound");
        continue;
      }
    }
    if (sr_grow(events, cap, *count, sizeof **events, 8)) return -1;
    (*events)[(*count)++] = e;
  }
  /* "set ablaze after a mortar shell struck amid the fighting": a setting
  ** with no event of its sentence to be the setting of is none */
  int told = 0;
  for (size_t j = sentence_start; j < *count && !told; j++)
    told = !(*events)[j].backdrop && (*events)[j].status == SR_EV_REALISED;
  for (size_t j = sentence_start; j < *count && !told; j++)
    if ((*events)[j].backdrop) (*events)[j].status = SR_EV_BACKGROUND;
  /* "Thousands have been killed ... in the fighting", "Clashes have gone
  ** on since May 2024, with fighting intensifying": the sentence tells the
  ** war, by its toll or its span, and its violence with no toll or day of
  ** its own is the war's */
  int war = 0;
  for (size_t j = sentence_start; j < *count && !war; j++)
    war = (*events)[j].status == SR_EV_CUMULATIVE &&
          (war_toll(&(*events)[j], l) || !(*events)[j].quantity_count);
  for (size_t j = sentence_start; j < *count && war; j++) {
    sr_event *x = &(*events)[j];
    /* "has claimed thousands of lives, displaced more than a million": an
    ** exodus told with a war's toll is the war's too */
    if (may_be_news(x->status) && !dated_to_a_day(x, l) &&
        (((x->action->flags & SR_ACTION_VIOLENT) && !hurt(x)) ||
         (x->action->flags & SR_ACTION_COUNTED))) {
      x->status = SR_EV_CUMULATIVE;
      add_rule(x, "event.status.war_toll");
    }
  }
  return 0;
}

static long forces_hit(const sr_event *e, const sr_mention_list *l);
static int within(const sr_place *p, const sr_place *r);
static size_t sentence_of(const sr_event *e, const sr_mention_list *l);

/* "The Taliban attacked a checkpoint, killing four police.  Two insurgents
** were killed in the shootout": when the named group's attack counts the
** state forces it hit, fighters no name tells of its kind, told dead
** after, are its own losses, not the side it fought ("an IS blast killed
** 30 rebels ... the attack killed 32 rebels" are its victims). */
static int own_losses(const sr_event *into, const sr_mention_list *l, long hit) {
  long attacker = into->actor1;
  if (hit < 0 || forces_hit(into, l) < 0) return 0;
  const sr_actor_part *h = sr_actor_of(&l->items[hit]);
  /* "Cinq policiers ont été tués dans une attaque ... Deux des assaillants
  ** ont également perdu la vie": the forces hit by no one named, fighters
  ** told dead after are the attackers */
  if (attacker < 0)
    return h->actor_kind == SR_ACTOR_GENERIC && sr_inter_non_state_armed(h->inter) &&
           l->items[hit].sentence > sentence_of(into, l);
  if (l->items[hit].sentence <= l->items[attacker].sentence) return 0;
  const sr_actor_part *a = sr_actor_of(&l->items[attacker]);
  return h->actor_kind == SR_ACTOR_GENERIC && a->actor_kind != SR_ACTOR_GENERIC &&
         sr_inter_non_state_armed(a->inter) && sr_inter_non_state_armed(h->inter);
}

/* Whether the actor mention a stands between into's first trigger and
** from's, in one sentence: what the one hit, the other's subject. */
static int between_deeds(const sr_mention_list *l, const sr_event *into, const sr_event *from,
                         long a) {
  const sr_mention *t = &l->items[into->triggers[0]], *u = &l->items[from->triggers[0]];
  const sr_mention *m = &l->items[a];
  return t->sentence == u->sentence && t->byte_end <= m->byte_start &&
         m->byte_end <= u->byte_start;
}

/* Whether both of e's sides are named, and two: no unnamed kind, not one
** side told twice. */
static int named_sides(const sr_event *e, const sr_mention_list *l) {
  return e->actor1 >= 0 && e->actor2 >= 0 &&
         sr_actor_of(&l->items[e->actor1])->actor_kind != SR_ACTOR_GENERIC &&
         sr_actor_of(&l->items[e->actor2])->actor_kind != SR_ACTOR_GENERIC &&
         !same_actor(&l->items[e->actor1], &l->items[e->actor2]);
}

static void absorb(sr_event *into, sr_event *from, const sr_mention_list *l,
                   const char *rule) {
  /* "tuées dans la double explosion", then that toll told again: the
  ** weapon that named the deaths names the deed they join */
  if (from->weapon && !into->weapon && into->action->type != from->weapon->type &&
      (into->action->flags & (SR_ACTION_SUBORDINATE | SR_ACTION_CIVILIANS)))
    into->weapon = from->weapon;
  /* the attackers' own dead add to the toll of those they hit */
  int own = into->actor2 < 0 && forces_hit(from, l) < 0 && own_losses(into, l, from->actor2);
  for (size_t i = 0; i < from->trigger_count && into->trigger_count < SR_EVENT_MAX_TRIGGERS; i++) {
    into->losses[into->trigger_count] = own ? 1 : from->losses[i];
    into->more_dead |= from->losses[i] == 2;
    into->triggers[into->trigger_count++] = from->triggers[i];
  }
  for (size_t i = 0; i < from->quantity_count; i++)
    add_quantity_kind(into, from->quantities[i], from->kinds[i]);
  /* "29 rebels were killed in clashes with regime troops": the dead are
  ** the other side of the clash */
  if ((into->action->flags & SR_ACTION_MUTUAL) && into->actor1 < 0 && into->actor2 >= 0 &&
      from->actor2 >= 0 && !same_actor(&l->items[from->actor2], &l->items[into->actor2]) &&
      armed(inter_of(l, from->actor2)) && armed(inter_of(l, into->actor2)))
    into->actor1 = from->actor2;
  /* "un jeune homme a été tué lors de manifestations", "a man was shot
  ** dead during protests": no one told to have killed him, the crowd did
  ** not; the dead are of that crowd (force against protesters) */
  int crowd = (from->action->flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS)) &&
              (into->action->flags & SR_ACTION_CIVILIANS) && into->actor1 < 0 &&
              from->actor1 >= 0 &&
              (into->actor2 < 0 || inter_of(l, into->actor2) == SR_INTER_CIVILIANS);
  if (crowd) into->actor2 = from->actor1;
  /* "two protesters were killed at a demonstration": who demonstrated is
  ** not who killed them */
  /* "opened fire at Israeli soldiers ..., killing three": whom the deed
  ** hit, the same words the participle after it takes for its subject,
  ** did not do it */
  if (into->actor1 < 0 && !crowd &&
      !((from->action->flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS)) && into->actor2 >= 0 &&
        from->actor1 >= 0 && same_actor(&l->items[from->actor1], &l->items[into->actor2])) &&
      !((from->action->flags & SR_ACTION_SUBORDINATE) && from->actor1 >= 0 &&
        from->actor1 == into->actor2 && between_deeds(l, into, from, into->actor2)))
    into->actor1 = from->actor1;
  if (into->actor2 < 0 && from->actor2 >= 0 &&
      !(into->actor1 >= 0 && same_actor(&l->items[into->actor1], &l->items[from->actor2])) && !own)
    into->actor2 = from->actor2;
  /* "soldiers killed five Boko Haram fighters when the militants attacked
  ** a base": who killed the attackers, its object right after it, is the
  ** side they attacked */
  else if (into->actor2 < 0 && from->actor2 >= 0 && into->actor1 >= 0 && from->actor1 >= 0 &&
           (from->action->flags & SR_ACTION_SUBORDINATE) &&
           deed_right_before(l, 0, (size_t)from->actor2) == from->triggers[0] &&
           into->actor1 != from->actor2 && /* told again: "the militants" */
           same_actor(&l->items[into->actor1], &l->items[from->actor2]) &&
           !same_actor(&l->items[from->actor1], &l->items[into->actor1]) &&
           armed(inter_of(l, from->actor1)) && armed(inter_of(l, into->actor1)))
    into->actor2 = from->actor1;
  /* "fighting between armed groups ... The clashes were between the
  ** Al-Radaa force and the Tripoli Revolutionary Brigade": the one unnamed
  ** kind on both sides is the two groups the retelling names */
  if (into->one_kind_both_sides && named_sides(from, l) && armed(inter_of(l, from->actor1)) &&
      armed(inter_of(l, from->actor2))) {
    into->actor1 = from->actor1;
    into->actor2 = from->actor2;
    into->one_kind_both_sides = 0;
    add_rule(into, "event.actors.named_in_retelling");
  }
  if (into->date < 0) into->date = from->date;
  /* "in Puno" told again of a deed the report placed at Juliaca, in Puno:
  ** the text's province says no more than the town */
  if (from->place >= 0 && into->place >= 0 && into->place_from_document &&
      !from->place_from_document && within(into->where, from->where))
    into->place_from_document = 0;
  else if (from->place >= 0 &&
      (into->place < 0 || (into->place_from_document && !from->place_from_document) ||
       (!from->place_from_document &&
        sr_place_of(&l->items[from->place])->geo_precision < sr_place_of(&l->items[into->place])->geo_precision))) {
    into->place = from->place;
    into->where = from->where;
    into->place_from_document = from->place_from_document;
  }
  for (size_t i = 0; i < from->rule_count; i++) add_rule(into, from->rules[i]);
  add_rule(into, rule);
  from->merged = 1;
  from->merged_into = into;
}

/* The event e was folded into, or e: "the attack" that told again an
** event told before stands for it. */
static sr_event *told_event(sr_event *e) {
  while (e->merged && e->merged_into) e = e->merged_into;
  return e;
}

static size_t sentence_of(const sr_event *e, const sr_mention_list *l) {
  return l->items[e->triggers[0]].sentence;
}

/* The last sentence that tells e, by any of its words. */
static size_t last_told(const sr_event *e, const sr_mention_list *l) {
  size_t last = 0;
  for (size_t t = 0; t < e->trigger_count; t++)
    if (l->items[e->triggers[t]].sentence > last) last = l->items[e->triggers[t]].sentence;
  return last;
}

/* Whether e is told in the sentence before s, by any of its words: a
** headline's event told again in the lede goes on in the next sentence. */
static int told_just_before(const sr_event *e, size_t s, const sr_mention_list *l) {
  for (size_t t = 0; t < e->trigger_count; t++)
    if (l->items[e->triggers[t]].sentence + 1 == s) return 1;
  return 0;
}

/* "The Coalition condemns the crime committed in the town on Monday
** November 13. Over 40 civilians were killed when jets fired missiles on
** its market": a day told in the sentence before, where no event took it,
** dates the deed a sentence tells with no day of its own.  One day only,
** in the week before publication (or the latest day the report gives):
** older days in a report's body are context ("Idlib fell on March 28 ...
** Most bombing was carried out by helicopters"), and not a day someone
** spoke on ("said Saturday"). */
#define NEWS_WEEK_DAYS 7
static long day_left_just_before(const sr_event *ev, size_t n, const sr_event *e,
                                 const sr_mention_list *l, const sr_date *past_ref) {
  size_t s = sentence_of(e, l);
  long day = -1;
  if (s == 0 || !past_ref) return -1;
  for (size_t i = e->triggers[0]; i-- > 0 && l->items[i].sentence + 1 >= s;) {
    const sr_mention *m = &l->items[i];
    if (m->sentence + 1 != s || m->type != SR_MENTION_DATE) continue;
    const sr_date_part *d = sr_date_of(m);
    if (d->of_statement || !d->value.year) continue;
    if (d->precision != SR_PREC_DAY || day >= 0) return -1; /* two dates: which one? */
    day = (long)i;
  }
  if (day < 0 || future(past_ref, &l->items[day])) return -1;
  const sr_date *v = &sr_date_of(&l->items[day])->value;
  if (sr_days_from_civil(past_ref->year, past_ref->month, past_ref->day) -
          sr_days_from_civil(v->year, v->month, v->day) > NEWS_WEEK_DAYS)
    return -1;
  for (size_t j = 0; j < n; j++)
    if (ev[j].date == day && sentence_of(&ev[j], l) != s) return -1;
  return day;
}

/* "At least 13 people were killed in overnight fighting, emergency
** services said Friday", in Saturday's paper: what someone told of on a
** day of the report's week before its own happened on or before that
** day, a bound closer than the report's date.  One such day in the
** event's sentence. */
static long day_it_was_told(const sr_event *e, const sr_mention_list *l,
                            const sr_date *published) {
  size_t s = sentence_of(e, l), first = (size_t)e->triggers[0];
  long day = -1;
  if (!published) return -1;
  while (first > 0 && l->items[first - 1].sentence == s) first--;
  for (size_t i = first; i < l->count && l->items[i].sentence == s; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_DATE) continue;
    const sr_date_part *d = sr_date_of(m);
    if (!d->of_statement || d->precision != SR_PREC_DAY || !d->value.year) continue;
    if (day >= 0) return -1; /* two days: which one? */
    day = (long)i;
  }
  if (day < 0) return -1;
  const sr_date *v = &sr_date_of(&l->items[day])->value;
  long gap = sr_days_from_civil(published->year, published->month, published->day) -
             sr_days_from_civil(v->year, v->month, v->day);
  return gap > 0 && gap <= NEWS_WEEK_DAYS ? day : -1;
}

static int non_state_armed(const sr_mention *m) {
  return sr_inter_non_state_armed(sr_actor_of(m)->inter);
}

/* Civilians, protesters or rioters the text does not name. */
static int unnamed_people(const sr_mention *m) {
  int kind = sr_actor_of(m)->actor_kind, inter = sr_actor_of(m)->inter;
  return (kind == SR_ACTOR_CIVILIAN || kind == SR_ACTOR_CROWD) &&
         (inter == SR_INTER_CIVILIANS || inter == SR_INTER_PROTESTERS || inter == SR_INTER_RIOTERS);
}

/* Protesters or rioters the text does not name. */
static int unnamed_crowd(const sr_mention *m) {
  int inter = sr_actor_of(m)->inter;
  return unnamed_people(m) && (inter == SR_INTER_PROTESTERS || inter == SR_INTER_RIOTERS);
}

/* Whether the actor mention l->items[i] is a word of an event too ("the
** protest": the crowd it implies). */
static int told_by_its_event(const sr_mention_list *l, size_t i) {
  const sr_mention *m = &l->items[i];
  for (size_t j = i; j-- > 0 && l->items[j].byte_start == m->byte_start;)
    if (l->items[j].type == SR_MENTION_TRIGGER) return 1;
  for (size_t j = i + 1; j < l->count && l->items[j].byte_start == m->byte_start; j++)
    if (l->items[j].type == SR_MENTION_TRIGGER) return 1;
  return 0;
}

/* The same actor, or an outlet's word for a group named elsewhere: "the
** terrorists" may be the Islamic State the sentence before named. */
static int may_be_same(const sr_mention *a, const sr_mention *b) {
  if (same_actor(a, b)) return 1;
  /* "a crowd", then "the rally": people no one names, told twice */
  if (unnamed_people(a) && unnamed_people(b)) return 1;
  return (sr_actor_of(a)->actor_kind == SR_ACTOR_GENERIC && non_state_armed(b)) ||
         (sr_actor_of(b)->actor_kind == SR_ACTOR_GENERIC && non_state_armed(a));
}

/* Whether a and b name a side in common, in whichever role. */
static int shares_side(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  long as[2] = {a->actor1, a->actor2}, bs[2] = {b->actor1, b->actor2};
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      if (as[i] >= 0 && bs[j] >= 0 && same_actor(&l->items[as[i]], &l->items[bs[j]])) return 1;
  return 0;
}

/* Whether the actor mention x (or none) fits e in a role where e has the
** actor same_role: one of e's actors, or the one e lacks in that role
** ("Air strikes killed 24 people." then "The 24 killed were civilians"). */
static int fits(const sr_mention_list *l, long x, const sr_event *e, long same_role) {
  if (x < 0 || same_role < 0) return 1;
  return (e->actor1 >= 0 && may_be_same(&l->items[x], &l->items[e->actor1])) ||
         (e->actor2 >= 0 && may_be_same(&l->items[x], &l->items[e->actor2]));
}

/* The same date, or days next to each other: a fight told across a night
** ("advanced ... said Saturday", "forced the army to pull back late on
** Friday"). */
/* The days a date spans, when it names days: one, or a range of them
** ("dans la nuit du 12 au 13 février"). */
static int day_span(const sr_date_part *d, long *first, long *last) {
  /* "this month": every day of it ("It was the second attack on the town
  ** this month" holds Monday's) */
  if (d->precision == SR_PREC_MONTH && d->value.month && !d->until.year) {
    *first = sr_days_from_civil(d->value.year, d->value.month, 1);
    *last = sr_days_from_civil(d->value.year, d->value.month,
                               sr_days_in_month(d->value.year, d->value.month));
    return 1;
  }
  if ((d->precision != SR_PREC_DAY && d->precision != SR_PREC_RANGE) || !d->value.day)
    return 0;
  *first = *last = sr_days_from_civil(d->value.year, d->value.month, d->value.day);
  if (d->precision == SR_PREC_RANGE) {
    if (!d->until.day) return 0;
    *last = sr_days_from_civil(d->until.year, d->until.month, d->until.day);
  }
  return 1;
}

static int close_dates(const sr_mention *a, const sr_mention *b) {
  long a0, a1, b0, b1;
  if (day_span(sr_date_of(a), &a0, &a1) && day_span(sr_date_of(b), &b0, &b1))
    return a0 <= b1 + 1 && b0 <= a1 + 1; /* a day apart at most */
  return memcmp(&sr_date_of(a)->value, &sr_date_of(b)->value, sizeof sr_date_of(a)->value) == 0 &&
         memcmp(&sr_date_of(a)->until, &sr_date_of(b)->until, sizeof sr_date_of(a)->until) == 0 && sr_date_of(a)->precision == sr_date_of(b)->precision;
}

static double fatalities(const sr_event *e, const sr_mention_list *l);

/* Same kind with different values: two events, not one told twice. */
static int figures_clash(const sr_event *a, const sr_event *b,
                         const sr_mention_list *l) {
  for (size_t i = 0; i < a->quantity_count; i++)
    for (size_t j = 0; j < b->quantity_count; j++)
      if (sr_quantity_of(&l->items[b->quantities[j]])->among ||
          sr_quantity_of(&l->items[a->quantities[i]])->among)
        continue; /* "Two women were among the dead": a part of a toll */
      else if (a->kinds[i] && a->kinds[i] == b->kinds[j] &&
          (sr_quantity_besides_told(sr_quantity_of(&l->items[a->quantities[i]])) ||
           sr_quantity_besides_told(sr_quantity_of(&l->items[b->quantities[j]]))))
        return 1; /* "Cinq autres ont été tués": not the five told before */
      else if (a->kinds[i] && a->kinds[i] == b->kinds[j] &&
          sr_quantity_of(&l->items[a->quantities[i]])->has_number && sr_quantity_of(&l->items[b->quantities[j]])->has_number &&
          sr_quantity_of(&l->items[a->quantities[i]])->number != sr_quantity_of(&l->items[b->quantities[j]])->number &&
          /* "Six people were shot dead", then "three men died at the
          ** scene, and three others in hospital": the parts of one toll */
          !(a->kinds[i] == SR_KIND_KILLED && fatalities(a, l) > 0 &&
            fatalities(a, l) == fatalities(b, l)))
        return 1; /* "dozens" contradicts no number */
  return 0;
}

/* Whether b's figures that clash with a's all count others ("killed 13
** people ..., and two more residents died"): more victims, not another
** event, when one sentence tells both. */
static int more_victims(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  int more = 0;
  for (size_t j = 0; j < b->quantity_count; j++) {
    if (!b->kinds[j]) continue;
    const sr_quantity_part *qb = sr_quantity_of(&l->items[b->quantities[j]]);
    if (sr_quantity_besides(qb)) {
      more = 1;
      continue;
    }
    for (size_t i = 0; i < a->quantity_count; i++) {
      const sr_quantity_part *qa = sr_quantity_of(&l->items[a->quantities[i]]);
      if (a->kinds[i] == b->kinds[j] &&
          (sr_quantity_besides(qa) ||
           (qa->has_number && qb->has_number && qa->number != qb->number)))
        return 0;
    }
  }
  return more;
}

/* "while at least 15 other people were wounded", "Deux autres civils ont
** été blessés": others wounded, no one killed, told after an event with no
** day of their own, are more of its wounded, whoever the words name. */
static int more_wounded(const sr_event *b, const sr_mention_list *l) {
  int others = 0;
  for (size_t j = 0; j < b->quantity_count; j++) {
    if (b->kinds[j] == SR_KIND_NONE) continue;
    if (b->kinds[j] != SR_KIND_INJURED) return 0;
    others |= sr_quantity_besides(sr_quantity_of(&l->items[b->quantities[j]]));
  }
  return others;
}

/* "Sur place, quatre personnes ont été abattues. Deux autres ont perdu la
** vie sur le chemin de l'hôpital": others dead, told after an event by a
** death alone, with no hand, day or place of their own, are more of its
** dead (their count adds to its toll). */
static int more_dead(const sr_event *b, const sr_mention_list *l) {
  int others = 0;
  for (size_t j = 0; j < b->quantity_count; j++) {
    if (b->kinds[j] == SR_KIND_NONE) continue;
    if (b->kinds[j] != SR_KIND_KILLED && b->kinds[j] != SR_KIND_INJURED) return 0;
    if (b->kinds[j] == SR_KIND_KILLED &&
        !sr_quantity_besides_told(sr_quantity_of(&l->items[b->quantities[j]])))
      return 0;
    others |= b->kinds[j] == SR_KIND_KILLED;
  }
  return others && b->actor1 < 0 && (b->place < 0 || b->place_from_document);
}

/* Whether every figure of y that says what it counts is one of x's (same
** kind, same number), and y has one. */
static int covers(const sr_event *x, const sr_event *y, const sr_mention_list *l) {
  int told = 0;
  for (size_t j = 0; j < y->quantity_count; j++) {
    if (!y->kinds[j]) continue;
    int found = 0;
    for (size_t i = 0; i < x->quantity_count && !found; i++)
      found = x->kinds[i] == y->kinds[j] &&
              sr_quantity_of(&l->items[x->quantities[i]])->number ==
                  sr_quantity_of(&l->items[y->quantities[j]])->number;
    if (!found) return 0;
    told = 1;
  }
  return told;
}

/* The same toll told twice: a headline's "four killed, three wounded" and
** the lede's, one of them perhaps with fewer figures. */
static int same_figures(const sr_event *a, const sr_event *b,
                        const sr_mention_list *l) {
  return (covers(a, b, l) || covers(b, a, l)) && !figures_clash(a, b, l);
}

/* Whether b, told after a, can be more of a: a violent a; b with no place
** of its own (or a's), no date far from a's, and no actor that is not a's
** where a names one. */
static int continues(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  if (!(a->action->flags & SR_ACTION_VIOLENT)) return 0;
  /* "in Sri Lanka": a country told where the event told before named no
  ** place says where it was, not that it is another */
  /* nor a village of the province the report placed a in, unless a sums
  ** deeds ("attacks on three villages"), the village one of them */
  if (b->place >= 0 && !b->place_from_document &&
      (a->place < 0 ? !(b->where && b->where->kind == SR_PLACE_COUNTRY)
                    : sr_place_of(&l->items[a->place])->place != sr_place_of(&l->items[b->place])->place &&
                          !(a->place_from_document && within(b->where, a->where) &&
                            !sr_trigger_of(&l->items[a->triggers[0]])->plural)))
    return 0;
  if (b->date >= 0 && a->date >= 0 && !close_dates(&l->items[a->date], &l->items[b->date]))
    return 0;
  return fits(l, b->actor1, a, a->actor1) && fits(l, b->actor2, a, a->actor2);
}

/* Whether place p lies in region r: r is its country, or its province
** ("dans l'Etat de Zamfara", then "le village de Kakin Dawa"). */
static int within(const sr_place *p, const sr_place *r) {
  if (!p || !r || p == r || !p->iso2 || !r->iso2 || strcmp(p->iso2, r->iso2) != 0) return 0;
  if (r->kind == SR_PLACE_COUNTRY) return p->kind != SR_PLACE_COUNTRY;
  return r->kind == SR_PLACE_ADMIN1 && p->kind != SR_PLACE_ADMIN1 && p->kind != SR_PLACE_COUNTRY &&
         p->admin1 && r->admin1 && strcmp(p->admin1, r->admin1) == 0;
}

/* Whether b may be a told again: no place of its own other than a's, no
** date far from a's, no figure that clashes, no actor a does not have. */
/* Whether e's place is a part of x's: "le quartier de Sabra" of Gaza. */
static int part_of(const sr_event *e, const sr_event *x, const sr_mention_list *l) {
  return e->where && e->where->parent >= 0 && x->place >= 0 &&
         e->where->parent == sr_place_of(&l->items[x->place])->place;
}

static int same_setting(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  if (b->place >= 0 && !b->place_from_document && a->place >= 0 && !a->place_from_document &&
      sr_place_of(&l->items[a->place])->place != sr_place_of(&l->items[b->place])->place &&
      !within(a->where, b->where) && !within(b->where, a->where) && !part_of(a, b, l) &&
      !part_of(b, a, l))
    return 0;
  if (b->place >= 0 && !b->place_from_document &&
      (a->place < 0 || (a->place_from_document && !within(b->where, a->where))))
    return 0;
  if (b->date >= 0 && a->date >= 0 && !close_dates(&l->items[a->date], &l->items[b->date]))
    return 0;
  return 1;
}

/* Whether a and b are placed in one province, on no days apart. */
static int same_province(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  const sr_place *p = a->where, *q = b->where;
  if (!p || !q || !p->iso2 || !q->iso2 || !p->admin1 || !q->admin1 ||
      strcmp(p->iso2, q->iso2) != 0 || strcmp(p->admin1, q->admin1) != 0)
    return 0;
  return b->date < 0 || a->date < 0 || close_dates(&l->items[a->date], &l->items[b->date]);
}

static int same_occasion(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  return same_setting(a, b, l) && !figures_clash(a, b, l) && fits(l, b->actor1, a, a->actor1) &&
         fits(l, b->actor2, a, a->actor2);
}

#define TOLL_REACH 2 /* sentences from an event to another account of its toll */
#define PART_EVENTS 4 /* body events a lede's toll may be told in, side by side */

/* Whether b, a toll of no one named, no place and no date of its own, told
** just after a's last sentence, is another account of a's toll ("Some
** local outlets put the toll at 31 dead"): figures that differ are two
** counts of one event, not two events; "five others" are more dead, not
** another count. */
static int toll_told_again(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  /* "La veille, trois soldats ont été tués": another day's, not a count */
  if (b->actor1 >= 0 || b->actor2 >= 0 || b->date >= 0 ||
      sr_trigger_of(&l->items[b->triggers[0]])->separate ||
      (b->place >= 0 && !b->place_from_document) || !b->quantity_count ||
      last_told(a, l) + TOLL_REACH < sentence_of(b, l) || !same_setting(a, b, l))
    return 0;
  for (size_t i = 0; i < b->quantity_count; i++)
    if (sr_quantity_besides(sr_quantity_of(&l->items[b->quantities[i]]))) return 0;
  return 1;
}

/* Whether b, an event told again by its noun ("the blast killed seven")
** just after a, in a's setting, with sides that fit a's, is another count
** of a's toll: figures that differ are two claims, not two events; "five
** others" are more dead. */
static int recounted(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  if (!a->quantity_count || !b->quantity_count || b->date >= 0 ||
      last_told(a, l) + TOLL_REACH < sentence_of(b, l) || !same_setting(a, b, l) ||
      !fits(l, b->actor1, a, a->actor1) || !fits(l, b->actor2, a, a->actor2))
    return 0;
  for (size_t i = 0; i < b->quantity_count; i++)
    if (sr_quantity_besides(sr_quantity_of(&l->items[b->quantities[i]]))) return 0;
  return 1;
}

static int counts_its_own(const sr_event *e, const sr_mention_list *l) {
  const sr_mention *t = &l->items[e->triggers[0]];
  for (size_t q = 0; q < e->quantity_count; q++) {
    const sr_mention *m = &l->items[e->quantities[q]];
    /* a figure that says nothing of what it counts is the event's own
    ** right after it ("the displacement of more than 200"), not "two
    ** eyewitnesses" elsewhere in the sentence */
    if (e->kinds[q] == SR_KIND_NONE
            ? m->byte_start >= t->byte_end && m->byte_start - t->byte_end <= OBJECT_BYTES
            : !toll_kind(e->kinds[q]))
      return 1;
  }
  return 0;
}

/* Whether attack is an attack on no one (no victim, no figure) and other
** destroys property. */
static int sa_property(const sr_event *attack, const sr_event *other, const sr_mention_list *l,
                       const sr_event_pack *k, int property) {
  return (attack->action->flags & SR_ACTION_CIVILIANS) &&
         !(attack->action->flags & SR_ACTION_SUBORDINATE) && attack->actor2 < 0 &&
         !attack->quantity_count && !(other->action->flags & SR_ACTION_SUBORDINATE) &&
         !hurt(other) &&
         coded_sub(other, l, k) == property;
}

/* Of two events of one sentence that are one, the one ACLED would code it
** as: the sub-event type that comes first in acled/precedence.txt, else
** not a death or a wound (told by its event), else the first told. */
/* Whether riot is a crowd's fight (coded a riot) and deaths the killing or
** wounding told at it, with no side of its own but the riot's. */
static int riot_with_deaths(const sr_event *riot, const sr_event *deaths,
                            const sr_mention_list *l, const sr_event_pack *k) {
  int sub = coded_sub(riot, l, k);
  return (riot->action->flags & SR_ACTION_MUTUAL) &&
         (deaths->action->flags & SR_ACTION_SUBORDINATE) &&
         (sub == sr_acled_role(k->acled, SR_SUB_VIOLENT_DEMONSTRATION) ||
          sub == sr_acled_role(k->acled, SR_SUB_MOB_VIOLENCE));
}

static sr_event *coded_as(sr_event *a, sr_event *b, const sr_mention_list *l,
                          const sr_event_pack *k) {
  /* "opened fire and torched a depot": an attack that hits no one is the
  ** property it destroys */
  int property = sr_acled_role(k->acled, SR_SUB_PROPERTY_DESTRUCTION);
  if (sa_property(a, b, l, k, property)) return b;
  if (sa_property(b, a, l, k, property)) return a;
  /* "three youths killed in confrontations with the police": the deaths
  ** of a riot are the riot's */
  if (riot_with_deaths(a, b, l, k)) return a;
  if (riot_with_deaths(b, a, l, k)) return b;
  int ra = sr_acled_precedence(k->acled, sub_of(a, l, k));
  int rb = sr_acled_precedence(k->acled, sub_of(b, l, k));
  if (ra != rb) return rb < ra ? b : a;
  int sa = (a->action->flags & SR_ACTION_SUBORDINATE) != 0;
  int sb = (b->action->flags & SR_ACTION_SUBORDINATE) != 0;
  return sa && !sb ? b : a;
}

/* Whether b is what the crowd of a protest did when it rioted: "marched
** and attacked the town hall" is one violent demonstration. */
static int rioted(const sr_event *protest, const sr_event *b, const sr_mention_list *l) {
  return (protest->action->flags & SR_ACTION_PROTESTERS) && (b->action->flags & SR_ACTION_VIOLENT) &&
         protest->actor1 >= 0 && protest->actor1 == b->actor1 &&
         sr_actor_of(&l->items[protest->actor1])->inter == SR_INTER_RIOTERS;
}

#define TYPES_GAP 80 /* bytes between two words of one event's sentence */

/* Whether e is the police stepping in at a crowd ("dispersed the
** protesters"); arrests stay an event of their own. */
static int policing(const sr_event *e, const sr_event_pack *k) {
  return e->action->sub == sr_acled_role(k->acled, SR_SUB_PROTEST_INTERVENTION);
}

#define SET_OFF_GAP 24 /* bytes from the cause's word to its deed: " the death of a " */

/* Whether b is told as what set off a's crowd, after a in its sentence:
** in the clause of its cause ("demonstrated following the death of a
** trader", "ont manifesté après la mort d'un commerçant", roles.txt
** `set_off`) or in a clause opened after it ("rioted after a man died in
** police custody").  That deed is an event of its own, never the
** protest's toll nor its type; the crowd's own deeds told so stay its. */
static int set_off(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  if (!(a->action->flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS))) return 0;
  const sr_mention *ta = &l->items[a->triggers[0]], *tb = &l->items[b->triggers[0]];
  if (tb->sentence != ta->sentence || tb->byte_start < ta->byte_end) return 0;
  size_t cause = sr_trigger_of(ta)->set_off_from, clause = sr_trigger_of(tb)->clause_from;
  if (cause && tb->byte_start >= cause && tb->byte_start - cause <= SET_OFF_GAP) return 1;
  /* ("rioted after they attacked": the crowd's own deed) */
  if (b->actor1 >= 0 && b->actor1 == a->actor1) return 0;
  return clause && clause > ta->byte_end && tb->byte_start - clause <= SET_OFF_GAP;
}

/* Two events of one sentence that are one: violent words on one
** occasion, no figure that clashes.  A protest or a riot is one with the
** deaths or wounds at it, or the riot it became, but not with the air
** strike it protests against. */
static int told_as_one(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                       const sr_event_pack *k) {
  int crowd = SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS;
  int fa = a->action->flags, fb = b->action->flags;
  if (set_off(a, b, l) || set_off(b, a, l)) return 0;
  if (rioted(a, b, l) || rioted(b, a, l)) return 1;
  /* "students attacked the office and looted the station": one crowd's
  ** violence in one sentence is one riot */
  if (a->actor1 >= 0 && a->actor1 == b->actor1 && inter_of(l, a->actor1) == SR_INTER_RIOTERS) {
    fa |= SR_ACTION_RIOTERS;
    fb |= SR_ACTION_RIOTERS;
  }
  /* militants who burn houses are no crowd: their arson is their raid's;
  ** but police do not riot: "les gendarmes ont dispersé des centaines de
  ** personnes venues manifester, avant d'essuyer des jets de pierres" is
  ** the crowd's protest and riot, whoever the sentence's subject is */
  int pa = policing(a, k), pb = policing(b, k);
  if (militants(inter_of(l, a->actor1))) fa &= ~SR_ACTION_RIOTERS;
  if (militants(inter_of(l, b->actor1))) fb &= ~SR_ACTION_RIOTERS;
  /* a protest and the fight its crowd had with the police are one riot */
  int riot = sr_acled_role(k->acled, SR_SUB_VIOLENT_DEMONSTRATION);
  if ((fa & SR_ACTION_MUTUAL) && coded_sub(a, l, k) == riot) fa |= SR_ACTION_RIOTERS;
  if ((fb & SR_ACTION_MUTUAL) && coded_sub(b, l, k) == riot) fb |= SR_ACTION_RIOTERS;
  /* police who disperse a crowd act at its protest ("fired tear gas at
  ** the marchers") */
  if (pa) fa |= SR_ACTION_PROTESTERS;
  if (pb) fb |= SR_ACTION_PROTESTERS;
  /* and so do forces who beat or shoot protesters ("Police shot a
  ** protester during a demonstration"): force against that protest */
  int force = sr_acled_role(k->acled, SR_SUB_EXCESSIVE_FORCE);
  if (coded_sub(a, l, k) == force && inter_of(l, a->actor1) == SR_INTER_STATE)
    fa |= SR_ACTION_PROTESTERS;
  if (coded_sub(b, l, k) == force && inter_of(l, b->actor1) == SR_INTER_STATE)
    fb |= SR_ACTION_PROTESTERS;
  /* the police and the crowd they faced are one occasion, however long
  ** the sentence */
  int crowds = 0;
  if ((fa & crowd) || (fb & crowd)) {
    if (!((fa & (crowd | SR_ACTION_SUBORDINATE)) && (fb & (crowd | SR_ACTION_SUBORDINATE))))
      return 0;
    crowds = pa || pb;
  } else if (!(fa & fb & SR_ACTION_VIOLENT)) {
    return 0;
  }
  /* words far apart in a long sentence may tell two events */
  const sr_mention *ta = &l->items[a->triggers[0]], *tb = &l->items[b->triggers[0]];
  size_t gap = ta->byte_start < tb->byte_start ? tb->byte_start - ta->byte_end
                                               : ta->byte_start - tb->byte_end;
  if (ta->byte_end > tb->byte_start && tb->byte_end > ta->byte_start) gap = 0;
  /* "in an attack claimed by": the circumstance of the deed told before */
  if (gap > TYPES_GAP && !crowds && !sr_trigger_of(ta)->within && !sr_trigger_of(tb)->within)
    return 0;
  /* in one sentence, a place told for one word holds for the other */
  return (same_occasion(a, b, l) || same_occasion(b, a, l)) && !figures_clash(a, b, l);
}

/* "killed at least 15 people on Monday", then "The raids killed 13 people
** ..., and two more residents died": the same toll told in parts, in the
** same setting, by no other hand. */
static int same_toll(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  for (size_t i = 0; i < b->quantity_count; i++) /* "Cinq autres ont été tués" */
    if (b->kinds[i] == SR_KIND_KILLED &&
        sr_quantity_besides(sr_quantity_of(&l->items[b->quantities[i]])))
      return 0;
  /* "Boko Haram has attacked a village in Borno", then "The insurgents
  ** attacked Kondori Village in Konduga": the report's place stood in for
  ** the village its body names */
  if (!a->quantity_count || !b->quantity_count ||
      !(same_setting(a, b, l) || (a->place_from_document && same_province(a, b, l))) ||
      !fits(l, b->actor1, a, a->actor1) || !fits(l, b->actor2, a, a->actor2))
    return 0;
  double toll = fatalities(a, l);
  return toll > 0 && fatalities(b, l) == toll;
}

/* Whether b tells a again in all it says: the same deed, figures, sides
** and place of its own, on no other day ("at least eight people killed in
** shelling on Douma", then "Outside Damascus meanwhile at least eight
** people were killed in shelling on Douma"): a "meanwhile" that comes back
** to the lede's deed, not another occasion. */
static int retold_exactly(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  return a->action == b->action && a->place >= 0 && b->place >= 0 &&
         !b->place_from_document &&
         sr_place_of(&l->items[a->place])->place == sr_place_of(&l->items[b->place])->place &&
         same_figures(a, b, l) && same_occasion(a, b, l);
}

/* Whether b tells a again: the same figures or toll, or the same place of
** its own, not the document's main one, and no figure that clashes. */
static int restated(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                    int32_t main) {
  return same_figures(a, b, l) || same_toll(a, b, l) ||
         (a->place >= 0 && b->place >= 0 && !a->place_from_document &&
          !b->place_from_document &&
          sr_place_of(&l->items[a->place])->place == sr_place_of(&l->items[b->place])->place &&
          sr_place_of(&l->items[a->place])->place != main && !figures_clash(a, b, l) &&
          /* "lynched in Gopalganj and Aurangabad", then "beaten to death on
          ** Monday evening in Shahpur village in Gopalganj": a day told
          ** where the first told none is one event of the two */
          (b->date < 0 || a->date >= 0));
}

/* Whether b may be a told again, the people b's sentence counts aside:
** "the attack, which also injured a civilian" names a victim more, not
** another event. */
static int same_but_victims(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  sr_event told = *b;
  if (told.actor1 >= 0 && unnamed_people(&l->items[told.actor1])) told.actor1 = -1;
  if (told.actor2 >= 0 && unnamed_people(&l->items[told.actor2])) told.actor2 = -1;
  return (told.actor1 != b->actor1 || told.actor2 != b->actor2) && same_occasion(a, &told, l);
}

/* Whether b counts the losses of the side a's victims fought: "23
** soldiers killed in an attack", then "some thirty terrorists were also
** killed" in it. */
static int other_sides_losses(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                              const sr_event_pack *k) {
  /* an air strike's or a bomb's other dead are no attackers' losses */
  if (a->action->type != sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_CLASH)))
    return 0;
  if (a->actor2 < 0 || b->actor2 < 0 || !armed(inter_of(l, a->actor2)) ||
      !armed(inter_of(l, b->actor2)) || same_actor(&l->items[a->actor2], &l->items[b->actor2]))
    return 0;
  return a->actor1 < 0 || may_be_same(&l->items[a->actor1], &l->items[b->actor2]);
}

/* Whether a and b each have a word of one violent action ("dans une
** attaque", then "Une attaque complexe - tirs d'obus ..."): the same deed
** told again, whatever type the other words gave each.  Not a death nor a
** capture: many deeds share those. */
static int told_by_one_word(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                            const sr_event_pack *k) {
  for (size_t i = 0; i < a->trigger_count; i++)
    for (size_t j = 0; j < b->trigger_count; j++) {
      int action = sr_trigger_of(&l->items[a->triggers[i]])->action;
      int flags = k->actions[action].flags;
      if (action == sr_trigger_of(&l->items[b->triggers[j]])->action &&
          (flags & SR_ACTION_VIOLENT) && !(flags & (SR_ACTION_TERRITORY | SR_ACTION_SUBORDINATE)))
        return 1;
    }
  return 0;
}

/* The ACLED type of remote violence: air strikes, shelling, bombs. */
static int remote_type(const sr_event_pack *k) {
  return sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_AIR_STRIKE));
}

/* Whether generic is an attack told by its generic word ("an attack",
** "Tuesday's attacks") and remote a remote weapon's deed (shelling, an air
** strike, a bomb), by the same side when generic names one; with
** its_side, generic must name it. */
static int generic_and_weapon(const sr_event *generic, const sr_event *remote,
                              const sr_mention_list *l, const sr_event_pack *k, int its_side) {
  int type = remote_type(k);
  if (!(generic->action->flags & SR_ACTION_CIVILIANS) ||
      (generic->action->flags & SR_ACTION_SUBORDINATE) || generic->action->type == type ||
      remote->action->type != type)
    return 0;
  if (generic->actor1 < 0) return !its_side;
  return remote->actor1 >= 0 && same_actor(&l->items[generic->actor1], &l->items[remote->actor1]);
}

/* "killed in an attack by the RSF", then "The RSF launched a barrage of
** drones": the same side's weapon says what the attack was. */
static int weapon_of_attack(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                            const sr_event_pack *k) {
  return generic_and_weapon(a, b, l, k, 1);
}

/* Whether the sentence of mention i names state forces ("45 opposition
** fighters and 43 regime forces had been killed": both sides' losses, no
** one side's). */
static int forces_dead_in(const sr_mention_list *l, size_t i) {
  size_t s = l->items[i].sentence;
  while (i > 0 && l->items[i - 1].sentence == s) i--;
  for (; i < l->count && l->items[i].sentence == s; i++) {
    const sr_mention *m = &l->items[i];
    if ((m->type == SR_MENTION_QUANTITY && sr_quantity_of(m)->force) ||
        (m->type == SR_MENTION_ACTOR && sr_actor_of(m)->inter == SR_INTER_STATE))
      return 1;
  }
  return 0;
}

/* "Jihadists attacked an army post", then "the army says it neutralised
** five terrorists": the side that struck back killed the attackers, in
** the attack's setting; the attackers' losses are that attack's. */
static int attackers_losses(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  if (!(a->action->flags & SR_ACTION_VIOLENT) || b->actor2 < 0 || !same_setting(a, b, l))
    return 0;
  /* "un Casque bleu a été tué quand son unité a été attaquée", then "ils
  ** ont riposté : trois des assaillants ont été tués": the side attacked
  ** struck back at attackers no one named */
  if (a->actor1 < 0) {
    /* "Cinq membres des forces ... ont été tués dans une attaque", then
    ** "Deux des assaillants ont également perdu la vie": fighters no name
    ** tells, dead after the forces were hit by no one named, attacked them */
    if (b->actor1 < 0 && !forces_dead_in(l, (size_t)b->triggers[0]) &&
        sr_actor_of(&l->items[b->actor2])->actor_kind == SR_ACTOR_GENERIC &&
        sr_inter_non_state_armed(inter_of(l, b->actor2)) &&
        ((a->actor2 >= 0 && inter_of(l, a->actor2) == SR_INTER_STATE) || forces_hit(a, l) >= 0))
      return 1;
    return a->actor2 >= 0 && b->actor1 >= 0 && armed(inter_of(l, b->actor2)) &&
           may_be_same(&l->items[b->actor1], &l->items[a->actor2]);
  }
  if (!may_be_same(&l->items[b->actor2], &l->items[a->actor1])) return 0;
  /* "the attack killed 32 rebels", its victims told again */
  if (a->actor2 >= 0 && may_be_same(&l->items[b->actor2], &l->items[a->actor2])) return 0;
  return b->actor1 < 0 || a->actor2 < 0 || may_be_same(&l->items[b->actor1], &l->items[a->actor2]);
}

/* "Airstrikes on two villages killed a dozen", then "Tuesday's attacks on
** the villages also wounded a dozen": the generic word tells the weapon's
** deed again, naming no other side. */
static int attack_of_weapon(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                            const sr_event_pack *k) {
  return generic_and_weapon(b, a, l, k, 0);
}

/* Whether e is done by rioters or protesters its words name ("the
** vehicles were the target of the protesters"): a witness who tells it
** does not tell again a gunmen's attack told before. */
static int crowds_deed(const sr_event *e, const sr_mention_list *l) {
  int inter = inter_of(l, e->actor1);
  /* a crowd the words name, not one only its deed implies ("mis le feu") */
  return (inter == SR_INTER_RIOTERS || inter == SR_INTER_PROTESTERS) &&
         l->items[e->actor1].byte_start != l->items[e->triggers[0]].byte_start;
}

/* "The Red Cross said 20 civilians were killed in the attack": a death
** told before its anaphor, in its sentence, with no day of its own, is a
** toll of the attack told before, not a killing of its own; the event it
** tells again, the nearest before that it fits, whatever
** figure it gave (the other count stays its source's claim).  NULL when
** none: the anaphor names the death's own event. */
static sr_event *toll_of_told_event(sr_event *ev, sr_event *death, const sr_event *anaphor,
                                    const sr_mention_list *l) {
  size_t s = sentence_of(anaphor, l);
  if (death->merged || sentence_of(death, l) != s || death->date >= 0 ||
      !(death->action->flags & SR_ACTION_SUBORDINATE) ||
      l->items[death->triggers[0]].byte_start > l->items[anaphor->triggers[0]].byte_start)
    return NULL;
  for (size_t q = 0; q < death->quantity_count; q++)
    if (sr_quantity_besides(sr_quantity_of(&l->items[death->quantities[q]])))
      return NULL; /* "five others were killed in the attack": more dead */
  for (sr_event *a = death; a-- > ev;) {
    if (a->merged || a->status != SR_EV_REALISED || sentence_of(a, l) == s ||
        !(a->action->flags & SR_ACTION_VIOLENT))
      continue;
    /* "A blast killed 44 and wounded dozens": a death or a wound told
    ** beside another deed joins it later; only one told alone is the event */
    /* events are in text order: a sentence's others stand next to it */
    if ((a->action->flags & SR_ACTION_SUBORDINATE) &&
        ((a > ev && sentence_of(a - 1, l) == sentence_of(a, l)) ||
         (a + 1 < death && sentence_of(a + 1, l) == sentence_of(a, l))))
      continue;
    if (same_setting(a, death, l) && fits(l, death->actor1, a, a->actor1) &&
        fits(l, death->actor2, a, a->actor2))
      return a;
  }
  return NULL;
}

/* Whether e tells only deaths and wounds, no deed: every word of it a
** death or a wound ("27 morts et 53 blessés"). */
static int bare_toll(const sr_event *e) {
  return (e->action->flags & SR_ACTION_SUBORDINATE) && e->trigger_count > 0;
}

/* "The strike comes after an Israeli strike last month killed a commander.
** Hours later, an explosion killed a Hamas leader": a deed told "later"
** than what the sentence before told of the past, with no day of its
** own, is of that past too. */
static void later_than_the_past(sr_event *ev, size_t n, const sr_mention_list *l,
                                const sr_date *past_ref, size_t lede_end) {
  for (size_t i = 0; i < n; i++) {
    sr_event *e = &ev[i];
    size_t s = sentence_of(e, l);
    if (e->status != SR_EV_REALISED || e->date >= 0 || s == 0 ||
        !sr_trigger_of(&l->items[e->triggers[0]])->later)
      continue;
    /* the sentence it is told after: the one before, or the one before
    ** that when the one before tells no deed and no date ("They included
    ** militants and civilians.") */
    size_t before = s - 1;
    int told = 0;
    for (size_t j = 0; j < n && !told; j++) told = sentence_of(&ev[j], l) == before;
    for (size_t m = 0; m < l->count && !told; m++)
      told = l->items[m].sentence == before && l->items[m].type == SR_MENTION_DATE;
    if (!told && before > 0) before--;
    int past = SR_EV_REALISED, news = 0;
    for (size_t j = 0; j < n; j++) {
      if (sentence_of(&ev[j], l) != before) continue;
      if (ev[j].status == SR_EV_REALISED) news = 1;
      else if (ev[j].status == SR_EV_BACKGROUND || ev[j].status == SR_EV_RECALLED ||
               ev[j].status == SR_EV_HISTORICAL || ev[j].status == SR_EV_CUMULATIVE)
        past = ev[j].status; /* "At the same time, ..." after a sum: more of it */
    }
    /* "In January 2020, the group warned Kenya. A few days later, fighters
    ** attacked a base": a sentence of no deed dated long past, or past the
    ** lede opening on a month told whole (a recap) */
    int first = 1;
    for (size_t m = 0; m < l->count && !news && past == SR_EV_REALISED; m++) {
      const sr_mention *d = &l->items[m];
      if (d->sentence != before || d->dropped) continue;
      if (d->type == SR_MENTION_DATE &&
          (long_before(past_ref, d) ||
           (first && d->sentence >= lede_end && sr_date_of(d)->precision == SR_PREC_MONTH)))
        past = SR_EV_BACKGROUND;
      first = 0;
    }
    if (news || past == SR_EV_REALISED) continue;
    e->status = past;
    add_rule(e, "event.status.later_than_the_past");
  }
}

/* Whether trigger t is written in the plural ("air strikes", "frappes"):
** its last letter, as English and French mostly write it. */
static int written_plural(const char *text, const sr_mention *t) {
  char last = t->byte_end > t->byte_start ? text[t->byte_end - 1] : 0;
  return last == 's' || last == 'x';
}

/* The dead an event counts in a figure told outright (no update), else -1. */
static double told_toll(const sr_event *e, const sr_mention_list *l) {
  double told = -1;
  for (size_t k = 0; k < e->quantity_count; k++) {
    const sr_quantity_part *q = sr_quantity_of(&l->items[e->quantities[k]]);
    if (e->kinds[k] == SR_KIND_KILLED && q->has_number && !q->update) told = q->number;
  }
  return told;
}

/* "The number of Palestinians killed in Israeli air strikes on Tuesday
** rises to 15" beside "Two Palestinians were killed in a fresh airstrike":
** an update told of a deed in the plural, that a deed of the same action
** told in the singular with fewer dead adds to, is a series' running
** total: its sentence's events are no event and no toll of that deed. */
static void running_totals(sr_event *ev, size_t n, const sr_mention_list *l, const char *text) {
  for (size_t i = 0; i < n; i++) {
    sr_event *e = &ev[i];
    const sr_mention *t = &l->items[e->triggers[0]];
    if (e->status != SR_EV_REALISED || !(e->action->flags & SR_ACTION_VIOLENT) ||
        (e->action->flags & SR_ACTION_SUBORDINATE) || !written_plural(text, t))
      continue;
    double total = -1;
    size_t q = (size_t)e->triggers[0];
    while (q > 0 && l->items[q - 1].sentence == t->sentence) q--;
    for (; q < l->count && l->items[q].sentence == t->sentence; q++)
      if (l->items[q].type == SR_MENTION_QUANTITY && sr_quantity_of(&l->items[q])->update &&
          sr_quantity_of(&l->items[q])->kind == SR_KIND_KILLED &&
          sr_quantity_of(&l->items[q])->has_number)
        total = sr_quantity_of(&l->items[q])->number;
    if (total < 0) continue;
    int series = 0;
    for (size_t j = 0; j < n && !series; j++) {
      const sr_event *x = &ev[j];
      if (x->status != SR_EV_REALISED || x->action != e->action ||
          sentence_of(x, l) == t->sentence || written_plural(text, &l->items[x->triggers[0]]))
        continue;
      /* the singular deed's toll: its own, or its sentence's death */
      double told = told_toll(x, l);
      for (size_t k = 0; k < n && told < 0; k++)
        if (sentence_of(&ev[k], l) == sentence_of(x, l)) told = told_toll(&ev[k], l);
      series = told > 0 && told < total;
    }
    if (!series) continue;
    for (size_t k = 0; k < n; k++)
      if (sentence_of(&ev[k], l) == t->sentence && ev[k].status == SR_EV_REALISED) {
        ev[k].status = SR_EV_CUMULATIVE;
        add_rule(&ev[k], "event.status.running_total");
      }
  }
}

#define UPDATE_REACH 3 /* sentences from an event to its toll's update */

/* "Au moins cinq civils ont été tués ...  Le bilan s'est alourdi à onze":
** a toll's update told with no deed of its own is the toll of the last
** violent event told just before it. */
static void toll_updates(sr_event *ev, size_t n, const sr_mention_list *l) {
  for (size_t q = 0; q < l->count; q++) {
    const sr_mention *m = &l->items[q];
    if (m->type != SR_MENTION_QUANTITY || !sr_quantity_of(m)->update ||
        (sr_quantity_of(m)->kind != SR_KIND_KILLED && sr_quantity_of(m)->kind != SR_KIND_INJURED))
      continue;
    sr_event *owner = NULL; /* an event that is news: one told as past has none */
    for (size_t i = 0; i < n && !owner; i++)
      for (size_t k = 0; !ev[i].merged && ev[i].status == SR_EV_REALISED &&
                         k < ev[i].quantity_count && !owner; k++)
        if (ev[i].quantities[k] == (long)q) owner = &ev[i];
    /* "Celui-ci, désormais porté à 27 morts et 53 blessés": the deaths and
    ** wounds of an update, no deed of their own, are the toll's update */
    if (owner && !bare_toll(owner)) continue;
    for (size_t i = n; i-- > 0;) {
      sr_event *e = &ev[i];
      if (e == owner || e->merged || sentence_of(e, l) > m->sentence) continue;
      /* ("X later described the clash as...": the event told before, named
      ** again, is no other event the update could be the toll of) */
      if (e->status == SR_EV_ANAPHORIC) continue;
      if (e->status == SR_EV_REALISED && (e->action->flags & SR_ACTION_VIOLENT) &&
          last_told(e, l) + UPDATE_REACH >= m->sentence) {
        if (owner) {
          absorb(e, owner, l, "event.merge.update");
        } else {
          add_quantity_kind(e, (long)q, sr_quantity_of(m)->kind);
          add_rule(e, "event.quantities.update");
        }
      }
      break;
    }
  }
}

/* The pairs of events told twice: the sentence's own, the headline's or
** lede's told again, the deed continued in the next sentence.  Returns
** whether it joined two deeds of one sentence, whose sum may now meet a
** toll told before. */
static int merge_told_twice(sr_event *ev, size_t n, const sr_mention_list *l,
                            const sr_event_pack *k, int32_t main, size_t lede_end) {
  int summed = 0;
  for (size_t i = 0; i < n; i++) {
    sr_event *a = &ev[i];
    /* a past event told again is as past: "Depuis la prise de la route
    ** en juillet", then "après la prise de la route" */
    int past = a->status == SR_EV_BACKGROUND || a->status == SR_EV_HISTORICAL;
    if (a->merged || (a->status != SR_EV_REALISED && !past)) continue;
    /* told twice within an article's reach, not across a whole corpus
    ** pasted into one document */
    for (size_t j = i + 1; j < n && j <= i + MERGE_REACH; j++) {
      sr_event *b = &ev[j];
      if (b->merged || b->status != SR_EV_REALISED) continue;
      if (past) {
        /* "Al-shabab s'est fait connaître en octobre dernier lors d'une
        ** attaque ... Les forces de sécurité ont repris la ville": the
        ** sentence after a past event, with no day of its own, goes on
        ** telling it */
        if ((a->action == b->action && restated(a, b, l, main)) ||
            (b->date < 0 && (b->action->flags & SR_ACTION_VIOLENT) &&
             told_just_before(a, sentence_of(b, l), l) && continues(a, b, l) &&
             !figures_clash(a, b, l)))
          absorb(a, b, l, "event.merge.restated_past");
        continue;
      }
      int same_sentence = sentence_of(a, l) == sentence_of(b, l);
      /* "In the capital, meanwhile, two gunmen opened fire": another
      ** occasion than what its sentences before told */
      if (!same_sentence && sr_trigger_of(&l->items[b->triggers[0]])->separate &&
          !retold_exactly(a, b, l))
        continue;
      int a_sub = (a->action->flags & SR_ACTION_SUBORDINATE) != 0;
      int b_sub = (b->action->flags & SR_ACTION_SUBORDINATE) != 0;
      int same_type = a->action->type == b->action->type;
      if (same_sentence && (a_sub || b_sub) && !same_type) {
        continue; /* a death of no violent event's sentence stays its own */
      } else if (same_sentence && same_type &&
                 (!figures_clash(a, b, l) || more_victims(a, b, l))) {
        /* "a permis de prendre" beside "la bataille": who took what says more */
        if ((b->action->flags & SR_ACTION_TERRITORY) &&
            !(a->action->flags & SR_ACTION_TERRITORY))
          a->action = b->action;
        absorb(a, b, l, "event.merge.sentence");
        summed = 1;
      } else if (a->action == b->action && restated(a, b, l, main)) {
        absorb(a, b, l, "event.merge.restated");
      } else if (told_just_before(a, sentence_of(b, l), l) &&
                 (a->action == b->action || b_sub ||
                  (same_type &&
                   !((a->action->flags | b->action->flags) & SR_ACTION_TERRITORY)) ||
                  told_by_one_word(a, b, l, k) || weapon_of_attack(a, b, l, k) ||
                  attack_of_weapon(a, b, l, k)) &&
                 continues(a, b, l) && !figures_clash(a, b, l)) {
        /* "killed in an attack by the RSF", then "The RSF launched a
        ** barrage of drones": the weapon says what the attack was */
        if (weapon_of_attack(a, b, l, k)) a->weapon = b->action;
        absorb(a, b, l, "event.merge.continued");
      } else if ((((same_type || told_as(a, l, k, -1, b->action->type, SR_ACTION_SUBORDINATE)) &&
                  (a->action->flags & b->action->flags & SR_ACTION_VIOLENT)) ||
                 /* "The police arrested a terrorist in Bannu on Monday",
                 ** then "a TTP terrorist was arrested": the same deed */
                 /* "police fired tear gas at protesters", then "the march
                 ** was aimed at": one protest, however its words differ */
                 ((a->action == b->action ||
                   (same_type && ((a->action->flags | b->action->flags) & SR_ACTION_PROTESTERS))) &&
                  !(a->action->flags & SR_ACTION_VIOLENT) &&
                  !sr_trigger_of(&l->items[b->triggers[0]])->also)) &&
                 !((a->action->flags | b->action->flags) &
                   (SR_ACTION_TERRITORY | SR_ACTION_SUBORDINATE)) &&
                 sentence_of(a, l) < lede_end &&
                 (b->date < 0 || a->date >= 0 || (a->action == b->action && (!a->quantity_count || same_figures(a, b, l)))) &&
                 same_occasion(a, b, l)) {
        /* the body telling again what the headline or lede told, with no
        ** date of its own: "A car bomb killed ten", then "the blast ..."; or
        ** with the day the headline left out, by the same deed and toll
        ** ("Militias Carry out Executions in Aleppo", then "executed six men
        ** on Friday"; not "lynched two men in X and Y", then one of them) */
        absorb(a, b, l, "event.merge.retold");
      }
    }
  }
  return summed;
}

/* Whether b, "the shelling" told with a place of its own, tells again a,
** the headline's or lede's event placed only where the report is about
** ("nine civilians were killed in shelling in northwest Syria", then "The
** ground shelling targeted olive groves in Qaqfin"): the anaphor says where
** it was. */
static int placed_by_its_anaphor(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                                 size_t lede_end, int first_news) {
  /* the report's first deed, past a caption or a photo credit that pushed
  ** it out of the lede, is the news as much, told again right after it */
  if (!a->place_from_document || b->place < 0 || b->place_from_document || !b->where ||
      (sentence_of(a, l) >= lede_end && !first_news))
    return 0;
  /* "in eastern Afghanistan", then the governor of Farah, in the west */
  if (a->part_of && (!b->where->has_coords || !lies_toward(b->where, a->part_of, a->part_direction)))
    return 0;
  if (b->date >= 0 && a->date >= 0 && !close_dates(&l->items[a->date], &l->items[b->date]))
    return 0;
  return !figures_clash(a, b, l) && fits(l, b->actor1, a, a->actor1) && fits(l, b->actor2, a, a->actor2);
}

/* Whether a is the first realised violent deed the report tells. */
static int first_news(const sr_event *ev, const sr_event *a, const sr_mention_list *l) {
  for (const sr_event *e = ev; e < a; e++)
    if (!e->merged && e->status == SR_EV_REALISED && (e->action->flags & SR_ACTION_VIOLENT) &&
        sentence_of(e, l) < sentence_of(a, l))
      return 0;
  return 1;
}

/* Whether b is a crowd's deed ("the demonstrations") and a protest or a
** riot event done to or by that crowd ("police opened fire on
** protesters"): the crowd's occasion told again. */
static int crowd_faced(const sr_event *a, const sr_event *b, const sr_mention_list *l,
                       const sr_event_pack *k) {
  if (!(b->action->flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS))) return 0;
  /* an arrest of protesters is no telling of their protest */
  int type = sr_acled_type_of(k->acled, coded_sub(a, l, k));
  if (type != sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_PROTEST_INTERVENTION)) &&
      type != sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_VIOLENT_DEMONSTRATION)))
    return 0;
  int sides[2] = {inter_of(l, a->actor1), inter_of(l, a->actor2)};
  for (int i = 0; i < 2; i++)
    if (sides[i] == SR_INTER_PROTESTERS || sides[i] == SR_INTER_RIOTERS) return 1;
  return 0;
}

/* Whether b's sides leave it the deed of a: no side of its own, a side of
** a's, or the side that struck back at a's attackers ("security forces
** killed 58 terrorists" after "jihadists killed 47"). */
static int sides_allow(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  if (b->actor1 < 0 || fits(l, b->actor1, a, a->actor1)) return 1;
  return b->actor2 >= 0 && a->actor1 >= 0 && may_be_same(&l->items[b->actor2], &l->items[a->actor1]);
}

static int more_sentence(const sr_event *e, const sr_mention_list *l, size_t s);

/* Whether one of e's figures counts people besides those told before
** ("five others", "19 more"): more victims, not the toll told again. */
static int counts_others(const sr_event *e, const sr_mention_list *l) {
  for (size_t q = 0; q < e->quantity_count; q++)
    if (sr_quantity_besides_told(sr_quantity_of(&l->items[e->quantities[q]])) &&
        !more_sentence(e, l, l->items[e->quantities[q]].sentence)) /* its own told more */
      return 1;
  return 0;
}

/* The weekday a sentence of e's triggers names for a deed (ISO 1-7) when
** the report gives no date to count from ("On Wednesday, ..."), else 0. */
static int told_weekday(const sr_event *e, const sr_mention_list *l) {
  for (size_t t = 0; t < e->trigger_count; t++) {
    size_t i = (size_t)e->triggers[t], s = l->items[i].sentence;
    while (i > 0 && l->items[i - 1].sentence == s) i--;
    for (; i < l->count && l->items[i].sentence == s; i++)
      if (l->items[i].type == SR_MENTION_DATE && sr_date_of(&l->items[i])->weekday &&
          !sr_date_of(&l->items[i])->of_statement)
        return sr_date_of(&l->items[i])->weekday;
  }
  return 0;
}

/* Whether a and b name weekdays more than a day apart: two days' deeds. */
static int weekdays_apart(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  int wa = told_weekday(a, l), wb = told_weekday(b, l);
  return wa && wb && (wa - wb + 7) % 7 > 1 && (wb - wa + 7) % 7 > 1;
}

/* Whether b, with no day of its own, names the place the lede's deed a was
** placed at from the report ("la double explosion près de la tombe à
** Kerman", then "selon le maire de Kerman, les explosions"): the report's
** place told again is no other place. */
static int at_the_lede_s_place(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  return a->place >= 0 && a->place_from_document && b->place >= 0 && b->date < 0 &&
         sr_place_of(&l->items[a->place])->place == sr_place_of(&l->items[b->place])->place;
}

/* The body's violence that tells the lede's event again, in words of its
** own: "The assault left 14 soldiers and three militia volunteers dead",
** "A bomb sniffing dog was killed and six rangers were wounded", "In an
** ensuing gun battle, security forces killed 58 terrorists".  In a
** report about one deed, a violent deed past the lede at no other place,
** on no other day, of no other hand, not told as more victims ("five
** others"), is the lede's, whatever its figures and the sides its own
** words gave it. */
static void body_retells_lede(sr_event *ev, size_t n, const sr_mention_list *l,
                              const sr_event_pack *k, size_t lede_end) {
  /* the lede's one violent deed (events are in text order: the lede's first) */
  sr_event *a = NULL;
  size_t hosts = 0;
  for (size_t i = 0; i < n && sentence_of(&ev[i], l) < lede_end; i++)
    if (!ev[i].merged && ev[i].status == SR_EV_REALISED && (ev[i].action->flags & SR_ACTION_VIOLENT))
      hosts++, a = &ev[i];
  if (hosts != 1) return; /* a lede of several deeds: which one is unsaid */
  /* "dans plusieurs attaques", "a series of clashes": the lede sums deeds
  ** the body tells one by one */
  if (sr_trigger_of(&l->items[a->triggers[0]])->plural ||
      sr_trigger_of(&l->items[a->triggers[0]])->status == SR_EV_GENERIC)
    return;
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || sentence_of(b, l) < lede_end ||
        !(b->action->flags & SR_ACTION_VIOLENT))
      continue;
    if (counts_others(b, l)) continue;
    /* a day of its own where the lede told none is another day's deed */
    if ((b->date >= 0 && a->date < 0) || weekdays_apart(a, b, l)) continue;
    /* a taking of ground is a deed of its own, as ACLED codes it */
    if ((a->action->flags | b->action->flags) & SR_ACTION_TERRITORY) continue;
    /* a lede that told only deaths ("Six inmates were killed in a prison")
    ** is of whatever deed the body tells took them (not an abduction or an
    ** arrest: deeds of their own), by its hand, on its kind of victims */
    int cs = coded_sub(b, l, k);
    int deadly = cs != sr_acled_role(k->acled, SR_SUB_ABDUCTION) &&
                 cs != sr_acled_role(k->acled, SR_SUB_ARRESTS);
    int kin = (bare_toll(a) && deadly && (b->actor1 < 0 || fits(l, b->actor1, a, a->actor1)) &&
               (b->actor2 < 0 || a->actor2 < 0 || inter_of(l, a->actor2) == inter_of(l, b->actor2))) ||
              coded_sub(a, l, k) == cs ||
              /* a toll the weapon named ("le bilan de la double explosion")
              ** is of the weapon's type */
              (a->weapon && a->weapon->sub == cs) ||
              (b->action->flags & SR_ACTION_SUBORDINATE) || told_by_one_word(a, b, l, k) ||
              generic_and_weapon(a, b, l, k, 0) || generic_and_weapon(b, a, l, k, 0);
    if (!kin || !(same_setting(a, b, l) || at_the_lede_s_place(a, b, l)) || !sides_allow(a, b, l))
      continue;
    /* whom it hit, told otherwise ("a frappe contre le Hamas", then "a tué
    ** trois civils"): the words that would say who the victims were */
    if (b->actor2 >= 0 && a->actor2 >= 0 && a->actor2 != a->actor1 && !fits(l, b->actor2, a, a->actor2))
      continue; /* (a doer told as its own victim says nothing of them) */
    /* its other counts are parts or another side's, told with their own
    ** words and kept by its mentions; the lede's toll stays */
    if (figures_clash(a, b, l)) b->quantity_count = 0;
    /* a side of its own that is not the lede's is its words' noise */
    if (b->actor1 >= 0 && !fits(l, b->actor1, a, a->actor1)) b->actor1 = -1;
    absorb(a, b, l, "event.merge.body_retells");
  }
}

/* Whether e counts dead besides those told before ("five others were
** killed"); "dozens more were wounded" beside the same dead is no more
** dead. */
static int counts_other_dead(const sr_event *e, const sr_mention_list *l) {
  for (size_t q = 0; q < e->quantity_count; q++)
    if (e->kinds[q] == SR_KIND_KILLED &&
        sr_quantity_besides_told(sr_quantity_of(&l->items[e->quantities[q]])))
      return 1;
  return 0;
}

/* "Over 20 fighters killed in Hama", then past other deeds "the clashes
** ended with killing at least 20 terrorists": a headline or lede that told
** only deaths, whose figures a deed told later repeats in its setting, told
** that deed's toll first; it joins that deed, not a death of its own.  The
** lede's other deeds (a lede of several) need not be this one's. */
static void headline_toll_of_a_deed(sr_event *ev, size_t n, const sr_mention_list *l,
                                    size_t lede_end) {
  for (size_t i = 0; i < n; i++) {
    sr_event *a = &ev[i];
    if (a->merged || a->status != SR_EV_REALISED || !bare_toll(a) || sentence_of(a, l) >= lede_end)
      continue;
    for (size_t j = i + 1; j < n; j++) {
      sr_event *b = &ev[j];
      if (b->merged || b->status != SR_EV_REALISED || sentence_of(b, l) <= sentence_of(a, l) ||
          !(b->action->flags & SR_ACTION_VIOLENT) || (b->action->flags & SR_ACTION_SUBORDINATE))
        continue;
      if (!(same_figures(a, b, l) || same_toll(a, b, l)) || counts_other_dead(b, l) ||
          !(same_setting(a, b, l) || same_province(a, b, l)) || !sides_allow(b, a, l))
        continue;
      absorb(b, a, l, "event.merge.headline_toll");
      break;
    }
  }
}

/* "A cattle raid left five people dead", then "On the side of Kirik, four
** people were killed ... On the side of the Noi, one person was killed":
** body deaths (a witness's words too) at no other place or day, told one
** after the other, whose counts add up to the lede's are its toll told
** side by side, not more deaths.  Each joins the lede; the lede's toll
** stays.  Deaths at places of their own are events of their own, even
** when they add up. */
static void parts_of_the_lede_s_toll(sr_event *ev, size_t n, const sr_mention_list *l,
                                     const char *text, size_t lede_end) {
  /* the lede's one sentence of violence ("left five dead and three others
  ** wounded" may be two events of it), and its event that counts the dead */
  sr_event *a = NULL;
  double toll = 0;
  size_t told_in = SIZE_MAX;
  for (size_t i = 0; i < n && sentence_of(&ev[i], l) < lede_end; i++) {
    if (ev[i].merged || ev[i].status != SR_EV_REALISED || !(ev[i].action->flags & SR_ACTION_VIOLENT))
      continue;
    if (told_in != SIZE_MAX && told_in != sentence_of(&ev[i], l)) return;
    told_in = sentence_of(&ev[i], l);
    /* "killed in nationwide clashes": deeds the body tells one by one */
    const sr_mention *t = &l->items[ev[i].triggers[0]];
    if (sr_trigger_of(t)->plural || sr_trigger_of(t)->status == SR_EV_GENERIC ||
        (!(ev[i].action->flags & SR_ACTION_SUBORDINATE) && written_plural(text, t)))
      return;
    double told = told_toll(&ev[i], l);
    if (told > 0) {
      if (a) return; /* two tolls: which one is summed is unsaid */
      a = &ev[i], toll = told;
    }
  }
  if (!a) return;
  sr_event *run[PART_EVENTS];
  size_t parts = 0;
  double sum = 0;
  for (size_t j = 0; j < n && sum < toll; j++) {
    sr_event *b = &ev[j];
    if (b->merged || (b->status != SR_EV_REALISED && b->status != SR_EV_QUOTED) ||
        sentence_of(b, l) < lede_end || !(b->action->flags & SR_ACTION_VIOLENT))
      continue;
    double part = told_toll(b, l);
    if (part <= 0) continue; /* its sentence's wounds, or words of no toll */
    int own_place = b->place >= 0 && !b->place_from_document &&
                    !(a->place >= 0 && sr_place_of(&l->items[a->place])->place ==
                                           sr_place_of(&l->items[b->place])->place);
    if (part >= toll || own_place ||
        (b->date >= 0 && (a->date < 0 || !close_dates(&l->items[a->date], &l->items[b->date])))) {
      if (parts) return; /* a run is told in a row */
      continue;
    }
    if (parts == PART_EVENTS) return;
    run[parts++] = b;
    sum += part;
  }
  if (parts < 2 || sum != toll) return;
  /* with the wounds told beside each part ("four were killed, while two
  ** others were wounded") */
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    int beside = 0;
    for (size_t p = 0; p < parts && !beside; p++)
      beside = b == run[p] || (sentence_of(b, l) == sentence_of(run[p], l) && !b->merged &&
                               (b->status == SR_EV_REALISED || b->status == SR_EV_QUOTED) &&
                               (b->action->flags & SR_ACTION_SUBORDINATE) && b->date < 0 &&
                               (b->place < 0 || b->place_from_document));
    if (!beside) continue;
    b->quantity_count = 0; /* the lede's toll stays; their mentions keep theirs */
    absorb(a, b, l, "event.merge.parts_of_the_toll");
  }
}

/* "Lors de la manifestation à Conakry, les forces de l'ordre ont tenté de
** disperser la foule", then "Le bilan fait état de trois morts par balles"
** and the dead named one by one: in a report whose lede tells one protest
** and no other deed, deaths and wounds after it with no deed of their
** own, in its setting, of no other hand, are the protest's toll. */
static void protest_toll(sr_event *ev, size_t n, const sr_mention_list *l, const sr_event_pack *k,
                         size_t lede_end) {
  int protests = sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_PROTEST_INTERVENTION));
  sr_event *a = NULL;
  size_t told = 0;
  for (size_t i = 0; i < n && sentence_of(&ev[i], l) < lede_end; i++)
    if (!ev[i].merged && ev[i].status == SR_EV_REALISED &&
        !(ev[i].action->flags & SR_ACTION_SUBORDINATE))
      told++, a = &ev[i];
  if (told != 1 || sr_acled_type_of(k->acled, coded_sub(a, l, k)) != protests) return;
  for (size_t j = (size_t)(a - ev) + 1; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED ||
        !(b->action->flags & SR_ACTION_SUBORDINATE) || !same_setting(a, b, l) ||
        (b->actor1 >= 0 && inter_of(l, b->actor1) != SR_INTER_STATE &&
         !fits(l, b->actor1, a, a->actor1)))
      continue;
    int others = counts_others(b, l);
    /* police hurt at a protest faced a riot (its own event), not the
    ** protest's toll */
    int forces = b->actor2 >= 0 && inter_of(l, b->actor2) == SR_INTER_STATE;
    for (size_t q = 0; q < b->quantity_count; q++)
      forces |= sr_quantity_of(&l->items[b->quantities[q]])->force != 0;
    if (others || forces) continue;
    /* the dead named one by one after the toll are of that toll */
    if (a->quantity_count && figures_clash(a, b, l)) b->quantity_count = 0;
    /* who fired stepped into the protest; whom it hit was its crowd */
    if (b->actor1 >= 0 && inter_of(l, b->actor1) == SR_INTER_STATE && a->actor2 < 0)
      a->actor2 = b->actor1;
    b->actor1 = b->actor2 = -1;
    absorb(a, b, l, "event.merge.protest_toll");
  }
}

#define NEWS_DAYS 7 /* days before the lede's deed a deed past the lede is background */

/* "Mais il a été tué il y a 12 jours", "On August 4, an attack killed 30":
** past the lede, a deed dated to a day a week or more before the day of
** the lede's deed is a past deed recalled, not the news.  A lede's deed the
** text does not date is the report's news of its last two days: it counts
** from the day before publication. */
static void days_before_the_news(sr_event *ev, size_t n, const sr_mention_list *l,
                                 size_t lede_end, const sr_date *published) {
  long news = 0;
  int dated = 0, undated = 0;
  for (size_t i = 0; i < n && !dated; i++) {
    long first, last;
    if (ev[i].status != SR_EV_REALISED || sentence_of(&ev[i], l) >= lede_end ||
        !(ev[i].action->flags & SR_ACTION_VIOLENT))
      continue;
    if (ev[i].date < 0) undated = 1;
    else if (day_span(sr_date_of(&l->items[ev[i].date]), &first, &last)) news = first, dated = 1;
  }
  if (!dated && undated && published)
    news = sr_days_from_civil(published->year, published->month, published->day) - 1, dated = 1;
  if (!dated) return;
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    long first, last;
    if (b->status != SR_EV_REALISED || sentence_of(b, l) < lede_end || b->date < 0 ||
        sr_date_of(&l->items[b->date])->precision != SR_PREC_DAY ||
        !day_span(sr_date_of(&l->items[b->date]), &first, &last) || news - last < NEWS_DAYS)
      continue;
    b->status = SR_EV_BACKGROUND;
    add_rule(b, "event.status.days_before_the_news");
  }
}

/* Whether ev[j] is a remote weapon told again ("Le bilan de la double
** explosion est passé à 103 morts et 141 blessés") before a death or a
** wound of its sentence counted by a figure: it names what took that toll,
** told here first ("a deadly attack" counts none). */
static int weapon_of_a_toll(const sr_event *ev, size_t n, size_t j, const sr_mention_list *l,
                            const sr_event_pack *k) {
  if (ev[j].action->type != remote_type(k)) return 0;
  for (size_t i = j + 1; i < n && sentence_of(&ev[i], l) == sentence_of(&ev[j], l); i++)
    if (!ev[i].merged && ev[i].status == SR_EV_REALISED &&
        (ev[i].action->flags & SR_ACTION_SUBORDINATE))
      for (size_t q = 0; q < ev[i].quantity_count; q++)
        if (toll_kind(ev[i].kinds[q])) return 1;
  return 0;
}

/* Whether a and b are at one resolved place, or one of them names none. */
static int no_other_place(const sr_event *a, const sr_event *b, const sr_mention_list *l) {
  return a->place < 0 || b->place < 0 ||
         sr_place_of(&l->items[a->place])->place == sr_place_of(&l->items[b->place])->place;
}

/* Whether one of e's sides is a crowd (protesters or rioters). */
static int crowd_side(const sr_event *e, const sr_mention_list *l) {
  int one = inter_of(l, e->actor1), two = inter_of(l, e->actor2);
  return one == SR_INTER_PROTESTERS || one == SR_INTER_RIOTERS || two == SR_INTER_PROTESTERS ||
         two == SR_INTER_RIOTERS;
}

/* The last realised event before ev[j] of the ACLED type type, or NULL. */
static sr_event *last_coded(sr_event *ev, size_t j, int type, const sr_mention_list *l,
                            const sr_event_pack *k) {
  for (size_t i = j; i-- > 0;)
    if (!ev[i].merged && ev[i].status == SR_EV_REALISED &&
        sr_acled_type_of(k->acled, coded_sub(&ev[i], l, k)) == type)
      return &ev[i];
  return NULL;
}

/* The first mention of the place the gazetteer entry id is in the
** sentence of mention at (mentions are in text order), or -1. */
static long names_place(const sr_mention_list *l, size_t at, int32_t id) {
  size_t s = l->items[at].sentence, i = at;
  while (i > 0 && l->items[i - 1].sentence == s) i--;
  for (; i < l->count && l->items[i].sentence == s; i++)
    if (l->items[i].type == SR_MENTION_PLACE && sr_place_of(&l->items[i])->place == id)
      return (long)i;
  return -1;
}

#define JOINED_PLACES 40 /* bytes between two names joined: "Gopalganj and Aurangabad" */

/* "Two men were lynched by mobs in Gopalganj and Aurangabad districts",
** then one lynching told at each: a lede deed whose sentence names places
** the body tells deeds of its kind at, one deed at each of two of them, is
** their sum, not a deed of its own (cumulative); the body's deeds are the
** events. */
static void lede_sums_body(sr_event *ev, size_t n, const sr_mention_list *l, const char *text,
                           size_t lede_end) {
  for (size_t i = 0; i < n; i++) {
    sr_event *a = &ev[i];
    size_t s = sentence_of(a, l);
    if (s >= lede_end || a->merged || a->status != SR_EV_REALISED ||
        !(a->action->flags & SR_ACTION_VIOLENT))
      continue;
    const sr_event *first = NULL;
    int parts = 0;
    for (size_t j = 0; j < n && parts < 2; j++) {
      const sr_event *b = &ev[j];
      if (b->merged || b->status != SR_EV_REALISED || sentence_of(b, l) < lede_end ||
          b->action->type != a->action->type || b->place < 0 || b->place_from_document ||
          !b->where)
        continue;
      int32_t id = sr_place_of(&l->items[b->place])->place;
      long named = id < 0 ? -1 : names_place(l, (size_t)a->triggers[0], id);
      if (named < 0) continue;
      if (!first) {
        first = b;
        continue;
      }
      /* two places apart, joined in the lede ("in Gopalganj and Aurangabad
      ** districts", "à Kafolo et à Kolobougou") */
      long other = names_place(l, (size_t)a->triggers[0], sr_place_of(&l->items[first->place])->place);
      const sr_mention *x = &l->items[other < named ? other : named];
      const sr_mention *y = &l->items[other < named ? named : other];
      if (id != sr_place_of(&l->items[first->place])->place && x->byte_end <= y->byte_start &&
          y->byte_start - x->byte_end <= JOINED_PLACES && and_between(text, x->byte_end, y->byte_start))
        parts = 2;
    }
    /* the deaths its sentence tells are the sum's too */
    for (size_t j = 0; j < n && parts == 2; j++)
      if (j == i || (sentence_of(&ev[j], l) == s && !ev[j].merged &&
                     ev[j].status == SR_EV_REALISED && (ev[j].action->flags & SR_ACTION_SUBORDINATE))) {
        ev[j].status = SR_EV_CUMULATIVE;
        add_rule(&ev[j], "event.status.lede_sums_body");
      }
  }
}

/* "A few days later, fighters attacked a military base. One soldier was
** killed in the attack": the deed ev[j] names again is the past one told
** just before it (the nearest violent deed, within two sentences), not the
** news the report opened on; it and the deaths its sentence tells take
** that past's status.  Not "the strike of Boukamal", the news's place
** named.  Returns whether it did. */
static int anaphor_of_the_past(sr_event *ev, size_t n, size_t j, const sr_mention_list *l) {
  sr_event *b = &ev[j];
  int past = SR_EV_REALISED;
  for (size_t i = j; i-- > 0;) {
    const sr_event *a = &ev[i];
    if (a->merged || !(a->action->flags & SR_ACTION_VIOLENT)) continue;
    /* "One soldier was killed in the attack": the death is the deed's */
    if (sentence_of(a, l) == sentence_of(b, l) && (a->action->flags & SR_ACTION_SUBORDINATE))
      continue;
    if ((a->status == SR_EV_BACKGROUND || a->status == SR_EV_RECALLED ||
         a->status == SR_EV_HISTORICAL) &&
        last_told(a, l) + 2 >= sentence_of(b, l) &&
        (b->place < 0 || b->place_from_document || same_setting(a, b, l)))
      past = a->status;
    if (a->status != SR_EV_ANAPHORIC && a->status != SR_EV_QUOTED) break;
  }
  if (past == SR_EV_REALISED) return 0;
  for (size_t i = 0; i < n; i++)
    if (&ev[i] == b || (!ev[i].merged && ev[i].status == SR_EV_REALISED &&
                        (ev[i].action->flags & SR_ACTION_SUBORDINATE) &&
                        sentence_of(&ev[i], l) == sentence_of(b, l))) {
      ev[i].status = past;
      add_rule(&ev[i], "event.status.anaphor_of_the_past");
    }
  return 1;
}

#define PART_REACH 1 /* sentences from a toll to the parts told of its dead: the next one */

/* "A car bomb killed 15 people ... At least six of those killed were rebel
** fighters", "Twelve children were among the dead": some of the dead of
** the violent deed told just before, in its setting, by kind; they join
** it, their counts and kinds kept by their mentions as parts of its toll,
** never more dead nor its victims' side.  Returns whether they did: "Five
** children were among those killed in the air raids on Idlib" after news
** of another town is told as an anaphor is. */
static int part_of_a_toll(sr_event *ev, size_t j, const sr_mention_list *l) {
  sr_event *b = &ev[j], *host = NULL;
  for (size_t i = j; i-- > 0 && !host;) {
    sr_event *a = told_event(&ev[i]);
    if (a == b || a->status != SR_EV_REALISED || !(a->action->flags & SR_ACTION_VIOLENT)) continue;
    if (last_told(a, l) + PART_REACH < sentence_of(b, l)) break;
    host = a;
  }
  if (!host || !same_setting(host, b, l)) return 0;
  b->quantity_count = 0;
  b->actor1 = b->actor2 = -1;
  absorb(host, b, l, "event.merge.part_of_toll");
  return 1;
}

/* Merges what is one event told twice.  main is the document's main
** place: sharing it says nothing of being the same event. */
static void merge(sr_event *ev, size_t n, const sr_mention_list *l, const char *text,
                  const sr_event_pack *k, int32_t main, size_t lede_end, const sr_date *published) {
  days_before_the_news(ev, n, l, lede_end, published);
  lede_sums_body(ev, n, l, text, lede_end);
  parts_of_the_lede_s_toll(ev, n, l, text, lede_end);
  /* "The blasts caused massive damage", "The attack killed five": the event
  ** told before, when nothing in the sentence clashes with it; an anaphor
  ** that has none is an event the report does not tell ("No one has
  ** claimed the attack"), unless its own date or toll tell it here first */
  /* A witness's words past the lede ("«Five dead in an air strike»", he
  ** said) and a pluperfect ("36 civilians had been killed") tell again an
  ** event told before, any of the report's that nothing contradicts; a
  ** quotation with none to join is news, a pluperfect background; "several
  ** attacks" is news only with a date or toll of its own, "attacks" past
  ** the lede also with a place of its own. */
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    int status = b->status;
    if (status != SR_EV_ANAPHORIC && status != SR_EV_EARLIER && status != SR_EV_QUOTED &&
        status != SR_EV_GENERIC && status != SR_EV_PLURAL)
      continue;
    /* "Cinq soldats avaient été tués en novembre 2016": a pluperfect told
    ** with a month or a year of its own recalls an earlier event, neither
    ** the news nor a retelling of it */
    if (status == SR_EV_EARLIER && b->date >= 0 &&
        (sr_date_of(&l->items[b->date])->precision == SR_PREC_MONTH ||
         sr_date_of(&l->items[b->date])->precision == SR_PREC_YEAR)) {
      b->status = SR_EV_BACKGROUND;
      continue;
    }
    int violent = (b->action->flags & SR_ACTION_VIOLENT) != 0;
    if (status == SR_EV_ANAPHORIC && violent && anaphor_of_the_past(ev, n, j, l)) continue;
    if (status == SR_EV_ANAPHORIC && sr_trigger_of(&l->items[b->triggers[0]])->part_of_toll &&
        part_of_a_toll(ev, j, l))
      continue;
    sr_event *into = NULL;
    int kind_of_event = status == SR_EV_GENERIC || status == SR_EV_PLURAL;
    int recount = 0;
    for (size_t i = j; i-- > 0 && !into && !kind_of_event;) {
      sr_event *a = &ev[i];
      if (a->merged || a->status != SR_EV_REALISED ||
          (violent ? !(a->action->flags & SR_ACTION_VIOLENT)
                   : a->action != b->action && !crowd_faced(a, b, l, k)))
        continue;
      /* "The al-Shabab group claimed responsibility for the attack": the
      ** attack told before, whoever it was first said to be by */
      int claimed = b->actor1 >= 0 && sr_actor_of(&l->items[b->actor1])->claims;
      if ((same_occasion(a, b, l) &&
           (status != SR_EV_QUOTED || crowds_deed(a, l) == crowds_deed(b, l))) ||
          (status == SR_EV_ANAPHORIC && sentence_of(a, l) < sentence_of(b, l) &&
           ((!(a->action->flags & SR_ACTION_SUBORDINATE) && same_but_victims(a, b, l)) ||
            (claimed && same_setting(a, b, l)))) ||
          ((status == SR_EV_ANAPHORIC || status == SR_EV_QUOTED) &&
           sentence_of(a, l) < sentence_of(b, l) &&
           placed_by_its_anaphor(a, b, l, lede_end,
                                 told_just_before(a, sentence_of(b, l), l) && first_news(ev, a, l))) ||
          /* "«Le gouvernement et la CPJP ont convenu de signer un accord»":
          ** the agreement told before, quoted, one of its parties named */
          (status == SR_EV_QUOTED && !violent && shares_side(a, b, l) && same_setting(a, b, l)))
        into = a;
      /* "four policemen were killed in a roadside bomb explosion", then
      ** "The Taliban said the blast killed seven policemen": the blast told
      ** just before, another count of its toll (kept by its mentions as that
      ** source's claim), not a second blast */
      else if (status == SR_EV_ANAPHORIC && violent && recounted(a, b, l))
        into = a, recount = 1;
      if (into || status == SR_EV_ANAPHORIC) break;
    }
    if (recount) b->quantity_count = 0;
    /* "The incident occurred on Monday" with nothing told before it to be */
    if (!into && sr_trigger_of(&l->items[b->triggers[0]])->only_anaphor) {
      b->status = SR_EV_IDIOM;
      continue;
    }
    /* "since the alliance offensive against Manbij began on May 31": a
    ** deed named to date the sentence is known, not news, even dated */
    if (!into && sr_trigger_of(&l->items[b->triggers[0]])->dates_its_sentence) {
      b->status = SR_EV_BACKGROUND;
      continue;
    }
    /* a figure that says what it counts: "one" in "no one" does not, nor
    ** a length ("besieged for nearly two years ... suffer daily shelling")
    ** nor people who are merely there */
    int toll = 0;
    for (size_t q = 0; q < b->quantity_count; q++)
      toll |= b->kinds[q] != SR_KIND_NONE && b->kinds[q] != SR_KIND_DURATION_HOURS &&
              b->kinds[q] != SR_KIND_AFFECTED;
    sr_event *host = into ? toll_of_told_event(ev, into, b, l) : NULL;
    if (into) {
      /* "Sept civils ont été tués", then "Le double attentat-suicide a été
      ** perpétré par Boko Haram": the deed told again names what killed them */
      if (status == SR_EV_ANAPHORIC && (into->action->flags & SR_ACTION_SUBORDINATE) &&
          b->action->type == remote_type(k))
        into->weapon = b->action;
      absorb(into, b, l, status == SR_EV_ANAPHORIC ? "event.merge.reference"
                         : status == SR_EV_QUOTED  ? "event.merge.quoted"
                                                   : "event.merge.earlier");
      if (host && figures_clash(host, into, l)) {
        /* a toll that agrees joins its event with the other tolls, below */
        into->quantity_count = 0;
        absorb(host, into, l, "event.merge.toll_told_again");
      }
    } else if (status == SR_EV_QUOTED || (status == SR_EV_EARLIER && b->date >= 0) ||
             /* "the deal was further strained on Monday": an agreement told
             ** again by its noun is no new one, whatever day its sentence gives */
             /* (a day of its own: "this year" in "the deadliest this year"
             ** dates no deed) */
             (status == SR_EV_ANAPHORIC && (dated_to_a_day(b, l) || toll || weapon_of_a_toll(ev, n, j, l, k)) &&
              !(b->action->flags & SR_ACTION_STANDING)) ||
             ((status == SR_EV_GENERIC || status == SR_EV_PLURAL) && (dated_to_a_day(b, l) || toll)) ||
             /* "Mali, Niger, Nigeria are the target of attacks": a
             ** country or a province is where a kind of event happens */
             (status == SR_EV_PLURAL && b->place >= 0 && !b->place_from_document &&
              sr_place_of(&l->items[b->place])->geo_precision < 3))
      b->status = SR_EV_REALISED;
    else if (status == SR_EV_EARLIER)
      b->status = SR_EV_BACKGROUND;
  }
  /* "19 more were killed in a double suicide attack": a death joins the
  ** nearest violent event of its sentence */
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED ||
        !(b->action->flags & SR_ACTION_SUBORDINATE))
      continue;
    const sr_mention *tb = &l->items[b->triggers[0]];
    sr_event *best = NULL;
    size_t best_gap = (size_t)-1;
    /* events are in text order: those of b's sentence are around it */
    size_t lo = j, hi = j + 1;
    while (lo > 0 && sentence_of(&ev[lo - 1], l) == tb->sentence) lo--;
    while (hi < n && sentence_of(&ev[hi], l) == tb->sentence) hi++;
    /* "rioted after a man died in police custody": a death that set off
    ** the crowd is what it protests, no event the report tells */
    int cause = 0;
    for (size_t i = lo; i < hi && !cause; i++)
      cause = !ev[i].merged && ev[i].status == SR_EV_REALISED && set_off(&ev[i], b, l);
    if (cause) {
      b->status = SR_EV_MOTIVE;
      add_rule(b, "event.status.set_off_the_crowd");
      continue;
    }
    /* an event of the sentence first; else "the attack, which also
    ** injured four others": the event "the attack" told again */
    int best_told_again = 0;
    for (int told_again = 0; told_again < 2 && !best; told_again++)
      for (size_t i = lo; i < hi; i++) {
        sr_event *a = told_again ? told_event(&ev[i]) : &ev[i];
        if (a == b || a->merged || a->status != SR_EV_REALISED ||
            (told_again && (a == &ev[i] || (figures_clash(a, b, l) && !other_sides_losses(a, b, l, k)))) ||
            ((ev[i].action->flags | a->action->flags) & SR_ACTION_SUBORDINATE) ||
            !(ev[i].action->flags & SR_ACTION_VIOLENT) || sentence_of(&ev[i], l) != tb->sentence)
          continue;
        const sr_mention *ta = &l->items[ev[i].triggers[0]];
        size_t gap = ta->byte_start > tb->byte_start ? ta->byte_start - tb->byte_start
                                                     : tb->byte_start - ta->byte_start;
        if (gap < best_gap) {
          best_gap = gap;
          best = a;
          best_told_again = told_again;
        }
      }
    if (best && best_told_again && other_sides_losses(best, b, l, k)) {
      if (best->actor1 < 0) best->actor1 = b->actor2;
      memset(b->losses, 1, sizeof b->losses);
    }
    /* "Police injured three protesters during clashes": the clashes' one
    ** side is whom the wounds hit; who dealt them is the other */
    if (best && (best->action->flags & SR_ACTION_MUTUAL) && best->actor2 < 0 && !best->implied[1] &&
        b->actor1 >= 0 && b->actor2 >= 0 && best->actor1 == b->actor2 && b->actor1 != b->actor2) {
      best->actor2 = b->actor1;
      add_rule(best, "event.actor2.who_dealt_its_toll");
    }
    if (best) absorb(best, b, l, "event.merge.subordinate");
  }
  /* "A car bomb attack killed ten", "two died at a protest": one event,
  ** of the type ACLED codes it by; first, so that what tells it again
  ** later joins the whole */
  for (size_t i = 0; i < n; i++) {
    sr_event *a = &ev[i];
    for (size_t j = i + 1; j < n && !a->merged && sentence_of(&ev[j], l) == sentence_of(a, l); j++) {
      sr_event *b = &ev[j];
      if (b->merged || a->status != SR_EV_REALISED || b->status != SR_EV_REALISED ||
          a->action->type == b->action->type || !told_as_one(a, b, l, k))
        continue;
      sr_event *keep = rioted(a, b, l) ? a : rioted(b, a, l) ? b : coded_as(a, b, l, k);
      sr_event *other = keep == a ? b : a;
      /* the crowd the police stepped in at faced them; they are not its
      ** rioters, whoever the sentence's subject is */
      int stepped_in = policing(other, k) && !policing(keep, k);
      if (stepped_in) {
        long police = inter_of(l, keep->actor1) == SR_INTER_STATE    ? keep->actor1
                      : inter_of(l, other->actor1) == SR_INTER_STATE ? other->actor1
                      : inter_of(l, other->actor2) == SR_INTER_STATE ? other->actor2
                                                                     : -1;
        if (inter_of(l, keep->actor1) == SR_INTER_STATE) keep->actor1 = -1;
        int faced = inter_of(l, keep->actor2); /* the crowd itself is no side it faced */
        if (police >= 0 && (keep->actor2 < 0 || faced == SR_INTER_CIVILIANS ||
                            faced == SR_INTER_PROTESTERS || faced == SR_INTER_RIOTERS))
          keep->actor2 = police;
      }
      keep->faced_police |= stepped_in;
      /* "FARC dissidents attacked a police station with explosives": the
      ** weapon told past the attack's target is the attacker's; the actor
      ** nearest before it is that target, not who fired it */
      const sr_mention *weapon = &l->items[keep->triggers[0]];
      if (other->actor1 >= 0 && other->actor2 >= 0 && keep->actor1 == other->actor2 &&
          l->items[other->triggers[0]].byte_start < weapon->byte_start &&
          l->items[keep->actor1].byte_end + 1 < weapon->byte_start) { /* not "Russian airstrikes" */
        keep->actor1 = other->actor1;
        keep->actor2 = other->actor2;
        add_rule(keep, "event.actor1.attacker_s_weapon");
      }
      absorb(keep, other, l, "event.merge.sentence_types");
    }
  }
  /* "three suspects were arrested and arms were seized": one sentence's
  ** deeds of one type, none of them violence, are one event, before either
  ** joins another told earlier */
  for (size_t i = 0; i < n; i++) {
    sr_event *a = &ev[i];
    for (size_t j = i + 1; j < n && !a->merged && a->status == SR_EV_REALISED &&
                           sentence_of(&ev[j], l) == sentence_of(a, l);
         j++) {
      sr_event *b = &ev[j];
      if (b->merged || b->status != SR_EV_REALISED || a->action->type != b->action->type ||
          ((a->action->flags | b->action->flags) & (SR_ACTION_SUBORDINATE | SR_ACTION_VIOLENT)) ||
          figures_clash(a, b, l))
        continue;
      absorb(a, b, l, "event.merge.sentence");
    }
  }
  /* a second round: "Six people were shot dead", then "two died at the
  ** scene while four others died in hospital": the sentence's parts,
  ** summed once merged, are the toll told before */
  if (merge_told_twice(ev, n, l, k, main, lede_end)) merge_told_twice(ev, n, l, k, main, lede_end);
  /* "Rioters looted shops on the outskirts of the capital", then "Police
  ** fired rubber bullets to disperse crowds in Mabopane": police stepping
  ** in, no crowd told, in the riot's province, is that riot's */
  int riots = sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_VIOLENT_DEMONSTRATION));
  int intervention = sr_acled_role(k->acled, SR_SUB_PROTEST_INTERVENTION);
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || coded_sub(b, l, k) != intervention ||
        (b->actor1 >= 0 && inter_of(l, b->actor1) != SR_INTER_STATE) ||
        (b->actor2 >= 0 && inter_of(l, b->actor2) != SR_INTER_STATE && !unnamed_people(&l->items[b->actor2])))
      continue;
    sr_event *a = last_coded(ev, j, riots, l, k);
    if (a && (same_setting(a, b, l) || same_province(a, b, l))) {
      long police = b->actor1 >= 0 ? b->actor1 : b->actor2;
      /* "Rioters looted shops ... Looters targeted shops": the crowd told
      ** again is no side it faced; the police are */
      int faced = inter_of(l, a->actor2);
      if (police >= 0 && (a->actor2 < 0 || faced == SR_INTER_PROTESTERS || faced == SR_INTER_RIOTERS)) {
        a->actor2 = police;
        a->faced_police = 1;
      }
      absorb(a, b, l, "event.merge.riot_policed");
    }
  }
  /* "Police opened fire on protesters in Nairobi", then "police fired tear
  ** gas to disperse protesters": the police stepping in at the crowd of a
  ** protest told before, in its setting, are that protest's */
  int protests = sr_acled_type_of(k->acled, intervention);
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || coded_sub(b, l, k) != intervention ||
        b->quantity_count)
      continue;
    sr_event *a = last_coded(ev, j, protests, l, k);
    if (a && same_setting(a, b, l) && fits(l, b->actor1, a, a->actor1) &&
        fits(l, b->actor2, a, a->actor2))
      absorb(a, b, l, "event.merge.protest_policed");
  }
  /* "Lors de la manifestation de l'opposition à Conakry ce mercredi", then
  ** "en marge de la manifestation de l'opposition à Conakry ce mercredi 14
  ** mars": a protest told twice in one place on one day is one, as ACLED
  ** codes a day's demonstrations in a place */
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || b->place < 0 ||
        !(b->action->flags & SR_ACTION_PROTESTERS) ||
        sr_acled_type_of(k->acled, coded_sub(b, l, k)) != protests)
      continue;
    /* the crowd told again, not the police's own deed (arrests stay theirs) */
    sr_event *a = last_coded(ev, j, protests, l, k);
    if (a && a->place >= 0 && (a->action->flags & SR_ACTION_PROTESTERS) &&
        sr_place_of(&l->items[a->place])->place == sr_place_of(&l->items[b->place])->place &&
        same_setting(a, b, l) && !figures_clash(a, b, l) && fits(l, b->actor1, a, a->actor1) &&
        fits(l, b->actor2, a, a->actor2))
      absorb(a, b, l, "event.merge.one_protest");
  }
  /* "Deux policiers arrêtent un manifestant", then "au moins une dizaine de
  ** manifestants ont été interpellés ce matin": demonstrators arrested at
  ** one place on one day are one event of arrests, however many tell it */
  int arrests = sr_acled_role(k->acled, SR_SUB_ARRESTS);
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || b->action->sub != arrests || !crowd_side(b, l))
      continue;
    sr_event *a = NULL;
    for (size_t i = j; i-- > 0 && !a;)
      if (!ev[i].merged && ev[i].status == SR_EV_REALISED && ev[i].action->sub == arrests &&
          crowd_side(&ev[i], l))
        a = &ev[i];
    if (a && !figures_clash(a, b, l) &&
        (a->date < 0 || b->date < 0 || close_dates(&l->items[a->date], &l->items[b->date])) &&
        no_other_place(a, b, l))
      absorb(a, b, l, "event.merge.one_arrest");
  }
  /* "Des incidents ont émaillé les manifestations à Moroni", then "Ils ont
  ** barricadé les routes et affronté les forces de l'ordre": the crowd of a
  ** protest told just before, no other named, turned it into a riot; one
  ** event, the riot, as ACLED codes a demonstration that turns violent.
  ** Not a protest the police already stepped into (its arrests, its
  ** dispersal are that event's) */
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    int crowd1 = inter_of(l, b->actor1);
    if (b->merged || b->status != SR_EV_REALISED ||
        (b->actor1 >= 0 && crowd1 != SR_INTER_PROTESTERS && crowd1 != SR_INTER_RIOTERS) ||
        sr_acled_type_of(k->acled, coded_sub(b, l, k)) != riots)
      continue;
    sr_event *a = last_coded(ev, j, protests, l, k);
    /* at the protest's own place: "a woman killed during a rally in
    ** Tachira" is no riot in the capital the report is about */
    if (a && (a->action->flags & SR_ACTION_PROTESTERS) && a->quantity_count == 0 && a->actor2 < 0 &&
        coded_sub(a, l, k) != intervention && !told_as(a, l, k, sr_acled_role(k->acled, SR_SUB_ARRESTS), -1, 0) &&
        last_told(a, l) + TOLL_REACH >= sentence_of(b, l) && same_setting(a, b, l) &&
        no_other_place(a, b, l) &&
        !figures_clash(a, b, l))
      absorb(b, a, l, "event.merge.protest_turned_riot");
  }
  /* "Thousands protested in Arusha", "police used tear gas to disperse
  ** the demonstrators", "police fired on protesters, killing two": a day's
  ** protest in one town told by its parts is one event, as ACLED codes a
  ** demonstration, under its gravest sub-type (its arrests stay theirs, as
  ** above) */
  int excessive = sr_acled_role(k->acled, SR_SUB_EXCESSIVE_FORCE);
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || b->place < 0 || b->action->sub == arrests)
      continue;
    int gb = coded_sub(b, l, k);
    if (sr_acled_type_of(k->acled, gb) != protests) continue;
    for (size_t i = j; i-- > 0;) {
      sr_event *a = &ev[i];
      if (a->merged || a->status != SR_EV_REALISED || a->place < 0 || a->action->sub == arrests ||
          sr_place_of(&l->items[a->place])->place != sr_place_of(&l->items[b->place])->place)
        continue;
      int ga = coded_sub(a, l, k);
      if (sr_acled_type_of(k->acled, ga) != protests || !same_setting(a, b, l) ||
          figures_clash(a, b, l))
        continue;
      int b_graver = (gb == excessive && ga != excessive) ||
                     (gb == intervention && ga != excessive && ga != intervention);
      if (b_graver) absorb(b, a, l, "event.merge.one_protest_day");
      else absorb(a, b, l, "event.merge.one_protest_day");
      break;
    }
  }
  /* "The IS lost at least 28 jihadist fighters he said": losses told
  ** apart, naming a side of a fight told just before, are that fight's,
  ** beside the other side's ("85 troops were killed") */
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || !b->quantity_count ||
        !(b->action->flags & SR_ACTION_SUBORDINATE) || (b->actor1 < 0 && b->actor2 < 0))
      continue;
    for (size_t i = j; i-- > 0;) {
      sr_event *a = &ev[i];
      if (sentence_of(a, l) + LOSSES_REACH < sentence_of(b, l)) break;
      if (a->merged || a->status != SR_EV_REALISED ||
          (a->action->flags & SR_ACTION_SUBORDINATE) || sentence_of(a, l) == sentence_of(b, l) ||
          !(continues(a, b, l) || attackers_losses(a, b, l)))
        continue;
      /* the attackers' dead add to the toll of those they hit, unless
      ** the count is one told already ("the army killed 40 militants") */
      if (attackers_losses(a, b, l) && figures_clash(a, b, l))
        memset(b->losses, 1, sizeof b->losses);
      if (attackers_losses(a, b, l) && a->actor1 < 0) a->actor1 = b->actor2;
      absorb(a, b, l, "event.merge.losses");
      break;
    }
  }
  /* "The fighting killed 13 people", "He said women and children were
  ** killed": a toll told after its event, with no date of its own, is that
  ** event's, the nearest violent one told before that nothing contradicts */
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || b->date >= 0 ||
        !(b->action->flags & SR_ACTION_SUBORDINATE))
      continue;
    for (size_t i = j; i-- > 0;) {
      sr_event *a = &ev[i];
      /* "L'opposition chiffre à 14 le nombre de manifestants tués depuis
      ** cette date. (...) Un gendarme a également trouvé la mort": a toll
      ** told right after a summed one, with no day or place of its own, is
      ** more of the sum, not of an event told further back */
      if (!a->merged && a->status == SR_EV_CUMULATIVE && last_told(a, l) + 2 >= sentence_of(b, l) &&
          (b->place < 0 || b->place_from_document)) {
        b->status = SR_EV_CUMULATIVE;
        break;
      }
      if (a->merged || a->status != SR_EV_REALISED || sentence_of(a, l) == sentence_of(b, l) ||
          (a->action->flags & SR_ACTION_SUBORDINATE) || !(a->action->flags & SR_ACTION_VIOLENT))
        continue;
      if (same_occasion(a, b, l)) absorb(a, b, l, "event.merge.toll");
      else if (more_dead(b, l) && same_setting(a, b, l)) {
        memset(b->losses, 2, sizeof b->losses);
        a->more_dead = 1;
        absorb(a, b, l, "event.merge.more_dead");
      }
      else if (more_wounded(b, l) && same_setting(a, b, l)) {
        /* "killed four soldiers", then "also injured four other soldiers
        ** and a civilian": the dead say whom the event hit */
        if (a->actor2 < 0 && a->quantity_count) b->actor2 = -1;
        absorb(a, b, l, "event.merge.more_wounded");
      }
      else if (toll_told_again(a, b, l)) {
        /* the other count is the other source's claim, kept by its
        ** mentions; the event's toll stays the one told with it */
        b->quantity_count = 0;
        absorb(a, b, l, "event.merge.toll_told_again");
      }
      break;
    }
  }
  /* "fighters had destroyed the checkpoint and two police vehicles": what
  ** an attack told just before destroyed, with no date or place of its own,
  ** is that attack's (ACLED codes the attack) */
  int property = sr_acled_role(k->acled, SR_SUB_PROPERTY_DESTRUCTION);
  for (size_t j = 0; j < n; j++) {
    sr_event *b = &ev[j];
    if (b->merged || b->status != SR_EV_REALISED || coded_sub(b, l, k) != property) continue;
    /* "ont incendié une église et tué trois fidèles": in one sentence, the
    ** deadly attack's, whichever comes first */
    /* an attack before a death ("... and killed three": a death is the
    ** attack when none is told) */
    sr_event *host = NULL;
    for (int deaths = 0; deaths < 2 && !host; deaths++)
      for (size_t i = 0; i < n && !host; i++) {
        sr_event *a = &ev[i];
        if (a != b && !a->merged && a->status == SR_EV_REALISED &&
            sentence_of(a, l) == sentence_of(b, l) && (a->action->flags & SR_ACTION_VIOLENT) &&
            (deaths || !(a->action->flags & SR_ACTION_SUBORDINATE)) && same_occasion(a, b, l))
          host = a;
      }
    /* with no one hurt, "attacked the village and burned the school" is
    ** told as damage as often as an attack: both stay */
    if (host && (hurt(host) || sr_roles_one_killed(host, l, k) > 0)) {
      absorb(host, b, l, "event.merge.property");
      continue;
    }
    /* a place of its own joins an attack at that place (same_occasion) */
    if (b->date >= 0) continue;
    for (size_t i = j; i-- > 0;) {
      sr_event *a = &ev[i];
      if (a->merged) continue; /* its telling is its host's */
      if (last_told(a, l) + PROPERTY_REACH < sentence_of(b, l)) break;
      /* a killing told with its toll is an attack too ("onze soldats ont
      ** été tués ... dans l'attaque") */
      if (a->merged || a->status != SR_EV_REALISED || sentence_of(a, l) == sentence_of(b, l) ||
          ((a->action->flags & SR_ACTION_SUBORDINATE) && a->trigger_count == 1) ||
          !(a->action->flags & SR_ACTION_VIOLENT))
        continue;
      /* "Quatre autres véhicules ... ont été brûlés": more of what the
      ** attack destroyed, not another event's (its figures count things) */
      sr_event things = *b;
      things.quantity_count = 0;
      if (same_occasion(a, &things, l)) absorb(a, b, l, "event.merge.property");
      break;
    }
  }
  body_retells_lede(ev, n, l, k, lede_end);
  headline_toll_of_a_deed(ev, n, l, lede_end);
  protest_toll(ev, n, l, k, lede_end);
  /* after merging, so that what tells the attack again by its word
  ** still finds it */
  for (size_t i = 0; i < n; i++)
    if (ev[i].weapon && !ev[i].merged) ev[i].action = ev[i].weapon;
}

/* Noun classes that may name the same people: the same class, one the
** engine does not know, or "person" (counted.txt's class for anyone:
** "people" may be the civilians or the fighters told elsewhere). */
static int same_people(int a, int b) {
  return !a || !b || a == b || a == SR_CLASS_PERSON || b == SR_CLASS_PERSON;
}

/* The same count told twice ("24 killed in raids", then "Air strikes
** killed 24 people"): the same value, of the same people; "three other
** people" after "three men" are more. */
static int same_count(const sr_mention *a, const sr_mention *b) {
  if (sr_quantity_besides(sr_quantity_of(a)) || sr_quantity_besides(sr_quantity_of(b))) return 0;
  double va = sr_quantity_of(a)->has_number ? sr_quantity_of(a)->number : sr_quantity_of(a)->low, vb = sr_quantity_of(b)->has_number ? sr_quantity_of(b)->number : sr_quantity_of(b)->low;
  return va == vb && same_people(sr_quantity_of(a)->of_class, sr_quantity_of(b)->of_class);
}

/* Whether the figures of sentence s are a side's own losses ("The IS lost
** at least 28 fighters"): they add to the other side's. */
static int losses_sentence(const sr_event *e, const sr_mention_list *l, size_t s) {
  for (size_t t = 0; t < e->trigger_count; t++) {
    const sr_mention *m = &l->items[e->triggers[t]];
    if (m->sentence == s && (sr_trigger_of(m)->victim_subject || e->losses[t] == 1)) return 1;
  }
  return 0;
}

/* Whether sentence s of e tells more dead than those told before it. */
static int more_sentence(const sr_event *e, const sr_mention_list *l, size_t s) {
  if (!e->more_dead) return 0;
  for (size_t t = 0; t < e->trigger_count; t++)
    if (l->items[e->triggers[t]].sentence == s && e->losses[t] == 2) return 1;
  return 0;
}

static double sentence_toll(const sr_event *e, const sr_mention_list *l, int killed,
                            size_t s, int *precise);

/* The dead of sentence s with those told as more right after it: "quatre
** personnes ont été abattues. Deux autres ont perdu la vie" count six. */
static double toll_with_more(const sr_event *e, const sr_mention_list *l, size_t s,
                             int *precise) {
  double toll = sentence_toll(e, l, SR_KIND_KILLED, s, precise);
  for (size_t i = 0; i < e->quantity_count && e->more_dead; i++) {
    size_t m = l->items[e->quantities[i]].sentence;
    if (e->kinds[i] != SR_KIND_KILLED || m <= s || !more_sentence(e, l, m)) continue;
    /* they add to the count of the sentence right before them; told
    ** further on, which count they are more than is unsaid */
    int seen = 0;
    for (size_t j = 0; j < i && !seen; j++)
      seen = e->kinds[j] == SR_KIND_KILLED && l->items[e->quantities[j]].sentence == m;
    if (m != s + 1 || seen) continue;
    int more_precise;
    toll += sentence_toll(e, l, SR_KIND_KILLED, m, &more_precise);
    *precise &= more_precise;
  }
  return toll;
}

/* "douze personnes, dont cinq gardes et sept soldats": a figure after a
** part of a whole of its sentence, that with the parts before it makes no
** more than the whole, is one more part, not more dead. */
static int rest_of_parts(const sr_event *e, const sr_mention_list *l, const sr_mention *q) {
  for (size_t w = 0; w < e->quantity_count; w++) {
    const sr_mention *whole = &l->items[e->quantities[w]];
    if (whole->sentence != q->sentence || whole->byte_end > q->byte_start ||
        !sr_quantity_of(whole)->has_number)
      continue;
    double parts = 0;
    int any = 0;
    for (size_t p = 0; p < e->quantity_count; p++) {
      const sr_mention *part = &l->items[e->quantities[p]];
      if (sr_quantity_of(part)->part_of != e->quantities[w] || part->byte_end > q->byte_start ||
          !sr_quantity_of(part)->has_number)
        continue;
      parts += sr_quantity_of(part)->number;
      any = 1;
    }
    if (any && sr_quantity_of(q)->has_number &&
        parts + sr_quantity_of(q)->number <= sr_quantity_of(whole)->number)
      return 1;
  }
  return 0;
}

/* Whether e has a figure of that kind that is a toll, not a part of one. */
static int tells_a_toll(const sr_event *e, const sr_mention_list *l, int kind) {
  for (size_t i = 0; i < e->quantity_count; i++)
    if (e->kinds[i] == kind && !sr_quantity_of(&l->items[e->quantities[i]])->among) return 1;
  return 0;
}

/* Whether the killed figures of sentence s are all parts of a toll e tells
** elsewhere ("Six children were among the dead"). */
static int parts_only(const sr_event *e, const sr_mention_list *l, size_t s) {
  int among = 0;
  for (size_t i = 0; i < e->quantity_count && !among; i++)
    among = sr_quantity_of(&l->items[e->quantities[i]])->among;
  if (!among) return 0;
  for (size_t i = 0; i < e->quantity_count; i++)
    if (e->kinds[i] == SR_KIND_KILLED && l->items[e->quantities[i]].sentence == s &&
        !sr_quantity_of(&l->items[e->quantities[i]])->among)
      return 0;
  return tells_a_toll(e, l, SR_KIND_KILLED);
}

/* The killed figures of one sentence of e, summed: a count told twice once,
** a part in its whole.  *precise: every one a number, not a bound. */
static double sentence_toll(const sr_event *e, const sr_mention_list *l, int killed,
                            size_t s, int *precise) {
  double total = 0;
  *precise = 1;
  /* "Two more people died on Tuesday, bringing the death toll to 15", "« Le
  ** bilan est monté à 12 morts », ... qui avait annoncé plus tôt 10 morts":
  ** a sentence's update is its toll, the other counts are in it or before
  ** it */
  double updated = -1;
  for (size_t i = 0; i < e->quantity_count; i++) {
    const sr_quantity_part *q = sr_quantity_of(&l->items[e->quantities[i]]);
    if (e->kinds[i] == killed && l->items[e->quantities[i]].sentence == s && q->update &&
        q->has_number && q->number > updated)
      updated = q->number;
  }
  if (updated >= 0) return updated;
  for (size_t i = 0; i < e->quantity_count; i++) {
    const sr_mention *q = &l->items[e->quantities[i]];
    if (e->kinds[i] != killed || q->sentence != s) continue;
    /* "10 people including seven children": the seven are in the ten;
    ** "four children were among the dead" are in the toll told with them */
    int told = (sr_quantity_of(q)->part_of >= 0 && has_quantity(e, sr_quantity_of(q)->part_of)) ||
               (sr_quantity_of(q)->among && tells_a_toll(e, l, killed));
    for (size_t j = 0; j < i && !told; j++)
      told = e->kinds[j] == killed && l->items[e->quantities[j]].sentence == s &&
             same_count(&l->items[e->quantities[j]], q);
    if (!told) told = rest_of_parts(e, l, q);
    /* "au moins cinquante tués, mais le bilan pourrait s'élever à 100":
    ** a bound after a count bounds it, it adds no dead ("as many as eight
    ** soldiers and one driver" are nine) */
    int bound = sr_quantity_of(q)->has_high && !sr_quantity_of(q)->has_low;
    for (size_t j = 0; j < e->quantity_count && bound && !told; j++) {
      const sr_mention *o = &l->items[e->quantities[j]];
      told = j != i && e->kinds[j] == killed && o->sentence == s && o->byte_end <= q->byte_start &&
             !(sr_quantity_of(o)->has_high && !sr_quantity_of(o)->has_low);
    }
    if (told) continue;
    total += sr_quantity_of(q)->has_number ? sr_quantity_of(q)->number : sr_quantity_of(q)->low;
    *precise &= sr_quantity_of(q)->has_number;
  }
  return total;
}

/* Whether every killed figure of e in sentence s counts a kind of people
** ("five children", "11 civilians"), none people at large ("34 people"). */
static int counts_a_kind(const sr_event *e, const sr_mention_list *l, size_t s) {
  for (size_t i = 0; i < e->quantity_count; i++) {
    const sr_mention *q = &l->items[e->quantities[i]];
    if (e->kinds[i] != SR_KIND_KILLED || q->sentence != s) continue;
    int cls = sr_quantity_of(q)->of_class;
    if (cls != SR_CLASS_CIVILIAN && cls != SR_CLASS_COMBATANT) return 0;
  }
  return 1;
}

/* "Eight soldiers have died in an ambush, the army said", then "Eight
** soldiers were killed, three were wounded": a side's loss told again, the
** same count of the same people (the same counted noun) in another
** sentence, is no more dead (it was summed twice).  i: the first figure of
** its sentence, a sentence of losses; the one told before is a toll, or a
** loss counted already. */
static int loss_told_before(const sr_event *e, const sr_mention_list *l, size_t i, double toll) {
  const sr_mention *q = &l->items[e->quantities[i]];
  if (!sr_quantity_of(q)->of_head) return 0;
  for (size_t j = 0; j < e->quantity_count; j++) {
    const sr_mention *o = &l->items[e->quantities[j]];
    int precise;
    if (e->kinds[j] == SR_KIND_KILLED && o->sentence != q->sentence &&
        sr_quantity_of(o)->of_head == sr_quantity_of(q)->of_head && same_count(o, q) &&
        (j < i || !losses_sentence(e, l, o->sentence)) &&
        sentence_toll(e, l, SR_KIND_KILLED, o->sentence, &precise) == toll)
      return 1;
  }
  return 0;
}

static double fatalities(const sr_event *e, const sr_mention_list *l) {
  int killed = SR_KIND_KILLED;
  double losses = 0, best = -1;
  int any = 0, best_precise = 0;
  /* "le bilan est passé à onze morts": the last update of the toll is the
  ** toll */
  long updated = -1;
  for (size_t i = 0; i < e->quantity_count; i++)
    if (e->kinds[i] == killed && sr_quantity_of(&l->items[e->quantities[i]])->update &&
        (long)l->items[e->quantities[i]].sentence > updated)
      updated = (long)l->items[e->quantities[i]].sentence;
  /* "killed at least 34 people", then "The dead included a mother and her
  ** five children": a kind of people fewer than all counted elsewhere is a
  ** part of the toll, not a toll */
  double all = -1;
  for (size_t i = 0; i < e->quantity_count; i++) {
    size_t s = l->items[e->quantities[i]].sentence;
    int precise;
    if (e->kinds[i] == killed && !losses_sentence(e, l, s) && !more_sentence(e, l, s) &&
        !counts_a_kind(e, l, s)) {
      double toll = toll_with_more(e, l, s, &precise);
      if (toll > all) all = toll;
    }
  }
  for (size_t i = 0; i < e->quantity_count; i++) {
    size_t s = l->items[e->quantities[i]].sentence;
    if (e->kinds[i] != killed) continue;
    int seen = 0; /* each sentence once */
    for (size_t j = 0; j < i && !seen; j++)
      seen = e->kinds[j] == killed && l->items[e->quantities[j]].sentence == s;
    if (seen || more_sentence(e, l, s) || parts_only(e, l, s)) continue;
    any = 1;
    int precise;
    double toll = losses_sentence(e, l, s) ? sentence_toll(e, l, killed, s, &precise)
                                           : toll_with_more(e, l, s, &precise);
    if (!losses_sentence(e, l, s) && counts_a_kind(e, l, s) && toll < all) continue;
    if (updated >= 0 && (long)s != updated && !losses_sentence(e, l, s)) continue;
    if (losses_sentence(e, l, s)) {
      if (!loss_told_before(e, l, i, toll)) losses += toll;
    } else if (best < 0 || (precise && !best_precise) ||
               (precise == best_precise && (precise ? toll < best : toll > best))) {
      /* tallies told apart are of one toll: a number over a bound
      ** ("dozens", then "at least 58"), else the lowest, as ACLED records
      ** when reports disagree */
      best = toll;
      best_precise = precise;
    }
  }
  if (!any) return -1;
  return (best < 0 ? 0 : best) + losses;
}

/* Who speaks for e: the sources that govern its first trigger's sentence;
** the others' only when that one has none at all, and then, of the other
** trigger sentences, the speakers named in them or whose quotation they
** are (an event merged from the
** headline and "..., Mayor X told Reuters" is told by both); the article's
** outlet (a fallback) when no trigger's sentence has a speaker, or when the
** first trigger's clause is told by none of its sentence's speakers (they
** all speak after it).  Each name once. */
/* Adds the source mention to e's, each name once, while there is room. */
static void add_source(sr_event *e, const sr_mention_list *l, long mention, sr_scope scope) {
  if (e->source_count == SR_EVENT_MAX_SOURCES) return;
  for (size_t k = 0; k < e->source_count; k++)
    if (strcmp(l->items[e->sources[k].mention].name, l->items[mention].name) == 0) return;
  e->sources[e->source_count++] = (sr_event_source){mention, scope};
}

/* "Des affrontements ont éclaté ...  Le bilan s'élève à 37 morts, selon
** l'OSDH": a toll's update told in a sentence with none of e's deeds is
** its speaker's figure, so the speakers named in that sentence speak for
** e too. */
static void attribute_tolls(sr_event *e, const sr_event_inputs *in) {
  const sr_mention_list *l = in->mentions;
  for (size_t i = 0; i < e->quantity_count; i++) {
    const sr_mention *q = &l->items[e->quantities[i]];
    if (e->kinds[i] != SR_KIND_KILLED || !sr_quantity_of(q)->update) continue;
    size_t s = q->sentence;
    int deed = 0;
    for (size_t t = 0; t < e->trigger_count && !deed; t++) deed = l->items[e->triggers[t]].sentence == s;
    if (deed || s >= in->sources->sentence_count || in->sources->count[s] == 0) continue;
    long idx[SR_EVENT_MAX_SOURCES];
    size_t n = sr_sentence_sources(in->sources, s, idx, SR_EVENT_MAX_SOURCES);
    for (size_t k = 0; k < n && k < SR_EVENT_MAX_SOURCES; k++) {
      const sr_mention *m = &l->items[idx[k]];
      if (m->name && !sr_source_of(m)->fallback && m->sentence == s)
        add_source(e, l, idx[k], SR_SCOPE_SENTENCE);
    }
  }
}

static void attribute_deeds(sr_event *e, const sr_event_inputs *in) {
  const sr_mention_list *l = in->mentions;
  for (int outlet = 0; outlet < 2 && e->source_count == 0; outlet++) {
    for (size_t t = 0; t < e->trigger_count; t++) {
      int own = e->source_count > 0; /* only speakers named in the sentence */
      size_t s = l->items[e->triggers[t]].sentence;
      if (own && outlet) break;
      if (own && (s >= in->sources->sentence_count || in->sources->count[s] == 0 ||
                  /* none governs it, or read just now */
                  l->items[e->triggers[t - 1]].sentence == s))
        continue;
      long idx[SR_EVENT_MAX_SOURCES];
      size_t n = sr_sentence_sources(in->sources, s, idx, SR_EVENT_MAX_SOURCES);
      for (size_t i = 0; i < n && i < SR_EVENT_MAX_SOURCES; i++) {
        const sr_mention *m = &l->items[idx[i]];
        if (!m->name || sr_source_of(m)->fallback > outlet) continue;
        const sr_source_part *q = sr_source_of(m);
        /* "Rioters looted shops, and authorities reported two deaths": the
        ** looting is not theirs to tell */
        if (m->sentence == s && q->clause_start > l->items[e->triggers[t]].byte_start) continue;
        if (own && m->sentence != s &&
            !(q->scope == SR_SCOPE_QUOTE && s >= q->governs_first && s <= q->governs_last))
          continue;
        const sr_source_part *p = sr_source_of(m);
        sr_scope scope = p->fallback                                 ? SR_SCOPE_ARTICLE
                         : s == m->sentence                          ? SR_SCOPE_SENTENCE
                         : s >= p->governs_first && s <= p->governs_last ? p->scope
                                                                     : SR_SCOPE_LEAD;
        add_source(e, l, idx[i], scope);
      }
    }
  }
  /* "Rioters looted shops, and authorities reported two deaths": a first
  ** trigger in a clause no speaker of its sentence tells is the article's
  ** own account, its outlet's too */
  if (e->trigger_count == 0) return;
  const sr_mention *first = &l->items[e->triggers[0]];
  size_t s = first->sentence;
  if (s >= in->sources->sentence_count || in->sources->count[s] == 0) return;
  long idx[SR_EVENT_MAX_SOURCES];
  size_t n = sr_sentence_sources(in->sources, s, idx, SR_EVENT_MAX_SOURCES);
  for (size_t i = 0; i < n && i < SR_EVENT_MAX_SOURCES; i++) {
    const sr_mention *m = &l->items[idx[i]];
    if (m->sentence != s || sr_source_of(m)->clause_start <= first->byte_start) return;
  }
  size_t credits = 0;
  for (size_t i = 0; i < in->sources->fallback_count; i++)
    if (l->items[in->sources->fallback[i]].name) {
      add_source(e, l, in->sources->fallback[i], SR_SCOPE_ARTICLE);
      credits++;
    }
  if (!credits) e->outlet_fallback = 1;
}

/* The deeds' speakers first, then the toll's. */
static void attribute(sr_event *e, const sr_event_inputs *in) {
  attribute_deeds(e, in);
  attribute_tolls(e, in);
  /* "Gunmen killed four farmers." in a report that credits no one: the
  ** outlet that published it tells it, a fallback (its name is the
  ** record's, never guessed from the text) */
  if (e->source_count == 0) e->outlet_fallback = 1;
}

/* Whether a figure counts no noun at all: "killed at least 44 and wounded
** 90", "killing 12."; not "32 Afghan border force personnel", a name or
** an adjective of nationality the figure does not take right after it. */
static int counts_nothing(const sr_mention *q, const sr_event_inputs *in) {
  const sr_quantity_part *p = sr_quantity_of(q);
  if (p->of_start != p->of_end || q->sentence >= in->sentence_count) return 0;
  size_t i = q->byte_end, end = in->sentences[q->sentence].byte_end;
  while (i < end && in->text[i] == ' ') i++;
  return !(i < end && in->text[i] >= 'A' && in->text[i] <= 'Z');
}

/* Whether e's type says it hit civilians though no actor2 is told: ACLED's
** violence against civilians and mob violence always do; an explosion does
** when its toll counts people, not fighters; an armed group's looting when
** it took no forces' property.  The mention that shows them
** (the people's figure, else the trigger), or -1. */
static long civilians_hit(const sr_event *e, const sr_event_inputs *in) {
  const sr_mention_list *l = in->mentions;
  const sr_event_pack *k = in->pack;
  const sr_acled *acled = k->acled;
  long people = -1, bare = -1;
  for (size_t i = 0; i < e->quantity_count; i++) {
    const sr_mention *q = &l->items[e->quantities[i]];
    int cls = sr_quantity_of(q)->of_class;
    if (cls == SR_CLASS_COMBATANT) return -1; /* fighters among the dead: not that sure */
    if ((cls == SR_CLASS_CIVILIAN || cls == SR_CLASS_PERSON) && toll_kind(e->kinds[i]) &&
        people < 0)
      people = e->quantities[i];
    if (cls == SR_CLASS_NONE && toll_kind(e->kinds[i]) && bare < 0 && counts_nothing(q, in))
      bare = e->quantities[i];
  }
  int vac = sr_acled_type_of(acled, sr_acled_role(acled, SR_SUB_CIVILIAN_ATTACK));
  int explosions = sr_acled_type_of(acled, sr_acled_role(acled, SR_SUB_EXPLOSION));
  int type = sr_acled_type_of(acled, e->sub);
  if (type == vac || e->sub == sr_acled_role(acled, SR_SUB_MOB_VIOLENCE))
    return people >= 0 ? people : e->triggers[0];
  /* "militants burned a school", "pillaged shops": what an armed group
  ** loots or destroys, no text saying whose, is the people's, as ACLED
  ** codes it; a police post or a barracks is its forces' (held_by) */
  if (e->sub == sr_acled_role(acled, SR_SUB_PROPERTY_DESTRUCTION) &&
      sr_inter_non_state_armed(inter_of(l, e->actor1)) && !sr_roles_held_by(e, l))
    return e->triggers[0];
  if (type != explosions) return -1;
  /* "a car bomb killed a district commissioner": one victim no side names
  ** (a soldier, a commander of a group are actors of their own) is one of
  ** the people */
  if (people < 0 && sr_roles_one_killed(e, l, k) > 0) return e->triggers[0];
  /* "a car bomb killed at least 30 and wounded 90": a bomb's toll that
  ** counts no noun, no fighters among it, is of people; not at what the
  ** state's forces hold ("blasts targeted a checkpoint, killing 4") */
  return people >= 0 ? people : sr_roles_held_by(e, l) ? -1 : bare;
}

#define LIKEWISE_REACH 2 /* sentences from a deed told "also" back to the one it adds to */

/* The actor1 of the violent deed told last before e (its trigger the
** nearest before e's, a sentence or two back at most), or -1: that deed has
** none, or there is none. */
static long doer_told_last(const sr_event *ev, size_t n, const sr_event *e,
                           const sr_mention_list *l) {
  long at = e->triggers[0], best = -1, doer = -1;
  for (size_t j = 0; j < n; j++) {
    const sr_event *x = &ev[j];
    /* a deed of violence, or an armed side's ("burnt three people alive",
    ** coded as destruction) */
    if (x == e || x->merged || x->status != SR_EV_REALISED ||
        !((x->action->flags & SR_ACTION_VIOLENT) || armed(inter_of(l, x->actor1))) ||
        x->triggers[0] >= at || x->triggers[0] <= best)
      continue;
    best = x->triggers[0];
    doer = x->actor1;
  }
  if (best < 0 || sentence_of(e, l) > l->items[best].sentence + LIKEWISE_REACH) return -1;
  return doer;
}

/* Whether e is a battle on state forces whose attackers no text names:
** "five soldiers were killed in an attack" was fought by an armed group
** the report does not know, as ACLED codes it; a battle on rebels or
** militias says less of who fought them (the army, mostly), and stays
** with no actor1.  A bomb no text says who planted, or a suicide bomber
** no text says who sent, is an unidentified group's too, as ACLED codes
** it, whoever it hit; shells or rockets no text says who fired, when they
** hit state forces. */
static int unnamed_attackers(const sr_event *e, const sr_mention_list *l,
                             const sr_event_pack *k) {
  if (e->actor1 >= 0) return 0;
  /* a bomb no one is told to have planted, a bomber no one is told to have
  ** sent: an armed group's, whoever it hit */
  if (e->sub == sr_acled_role(k->acled, SR_SUB_EXPLOSION) ||
      e->sub == sr_acled_role(k->acled, SR_SUB_SUICIDE_BOMB))
    return 1;
  /* "an attack on a bar killed twelve", "fifty villagers were kidnapped":
  ** an attack or an abduction told as such, no one told doing it, is an
  ** armed group's, as ACLED codes it; not in a report of protests that
  ** names no armed group (people beaten at a march: the police, unsaid) */
  if ((e->sub == sr_acled_role(k->acled, SR_SUB_CIVILIAN_ATTACK) ||
       e->sub == sr_acled_role(k->acled, SR_SUB_ABDUCTION)) &&
      !(e->action->flags & SR_ACTION_SUBORDINATE))
    return !sr_roles_protest_report(l, k);
  /* "a mortar shell killed a policeman", "rockets hit an army post": what
  ** is fired from afar at state forces, no one told firing it, is their
  ** enemy's, as a battle on them is; not from the air (states fly) */
  int explosions = sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_EXPLOSION));
  int fired = sr_acled_type_of(k->acled, e->sub) == explosions &&
              e->sub != sr_acled_role(k->acled, SR_SUB_AIR_STRIKE);
  if (!fired && e->sub != sr_acled_role(k->acled, SR_SUB_CLASH)) return 0;
  int hit = e->actor2 >= 0 ? inter_of(l, e->actor2) : e->implied_inter[1];
  return hit == SR_INTER_STATE || hit == SR_INTER_EXTERNAL;
}

/* Whether side i of e is none, or an armed kind no name tells ("des
** hommes armés"). */
static int unnamed_or_none(const sr_event *e, const sr_mention_list *l, long i) {
  if (i < 0) return 1;
  const sr_actor_part *a = sr_actor_of(&l->items[i]);
  int side = i == e->actor1 ? 0 : 1;
  return a->actor_kind == SR_ACTOR_GENERIC && !a->stands_for && !e->side_name[side] &&
         sr_inter_non_state_armed(a->inter);
}

/* Whether a trigger of e says it is fought between communities
** (roles.txt "communal"). */
static int communal(const sr_event *e, const sr_mention_list *l) {
  for (size_t t = 0; t < e->trigger_count; t++)
    if (sr_trigger_of(&l->items[e->triggers[t]])->communal) return 1;
  return 0;
}

/* The figure of e that counts the state forces it hit ("five soldiers were
** killed", "deux gendarmes blessés"), or -1. */
static long forces_hit(const sr_event *e, const sr_mention_list *l) {
  if (!(e->action->flags & SR_ACTION_VIOLENT)) return -1;
  for (size_t i = 0; i < e->quantity_count; i++)
    if (sr_quantity_of(&l->items[e->quantities[i]])->force &&
        (toll_kind(e->kinds[i]) || e->kinds[i] == SR_KIND_CAPTURED))
      return e->quantities[i];
  return -1;
}

/* The actor that claims e in a sentence of its triggers, or in the next
** sentence when that one tells no event of its own ("A bomb killed nine.
** Al-Shabaab claimed responsibility."); -1 none. */
static long claimer(const sr_event *e, const sr_mention_list *l) {
  for (size_t t = 0; t < e->trigger_count; t++) {
    size_t i = (size_t)e->triggers[t], s = l->items[i].sentence;
    while (i > 0 && l->items[i - 1].sentence == s) i--;
    for (int next = 0; next < 2; next++) {
      long found = -1;
      int triggers = 0;
      for (; i < l->count && l->items[i].sentence == s + (size_t)next; i++) {
        const sr_mention *m = &l->items[i];
        triggers += m->type == SR_MENTION_TRIGGER;
        if (m->type == SR_MENTION_ACTOR && !m->dropped && sr_actor_of(m)->claims && found < 0)
          found = (long)i;
      }
      if (found >= 0 && (!next || !triggers)) return found;
    }
  }
  return -1;
}

/* Whether sentence s tells only deeds of the past ("En 2014, Boko Haram
** avait enlevé 276 lycéennes"): some event's word lies there, and every
** one of them is background or history. */
static int past_only_sentence(sr_event *ev, size_t n, const sr_mention_list *l, size_t s) {
  int told = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t t = 0; t < ev[i].trigger_count; t++) {
      if (l->items[ev[i].triggers[t]].sentence != s) continue;
      int status = told_event(&ev[i])->status;
      if (status != SR_EV_BACKGROUND && status != SR_EV_HISTORICAL && status != SR_EV_RECALLED)
        return 0;
      told = 1;
    }
  return told;
}

/* Whether the report names the group only in sentences of the past: it
** did those deeds, not today's unnamed ones. */
static int named_only_in_the_past(sr_event *ev, size_t n, const sr_mention_list *l,
                                  const sr_mention *group) {
  for (size_t i = 0; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_ACTOR && !m->dropped && m->name &&
        sr_actor_of(m)->actor_kind == SR_ACTOR_NAMED && strcmp(m->name, group->name) == 0 &&
        !past_only_sentence(ev, n, l, m->sentence))
      return 0;
  }
  return 1;
}

/* "Suspected rebels killed twelve ... the ADF": a side no name tells that
** stands for the report's one rebel group (actors.c) is named by it,
** unless that group is the event's other side ("an IS bomber killed 20
** rebels"). */
static void the_documents_group(sr_event *e, sr_event *ev, size_t n, const sr_mention_list *l) {
  long sides[2] = {e->actor1, e->actor2};
  static const char *const rule[2] = {"event.actor1.the_documents_group",
                                      "event.actor2.the_documents_group"};
  for (int side = 0; side < 2; side++) {
    if (sides[side] < 0) continue;
    const sr_actor_part *a = sr_actor_of(&l->items[sides[side]]);
    if (!a->stands_for) continue;
    const sr_mention *group = &l->items[a->stands_for - 1];
    if (named_only_in_the_past(ev, n, l, group)) continue;
    long other = sides[1 - side];
    if (other >= 0 && l->items[other].name && strcmp(l->items[other].name, group->name) == 0)
      continue;
    e->side_name[side] = group->name;
    e->side_inter[side] = sr_actor_of(group)->inter;
    add_rule(e, rule[side]);
  }
}

/* The one author the report gives its air strikes ("Israeli air strikes
** ... five were killed in a strike on a tent"), or -1 when it gives none or
** two: a strike no word gives an author was flown by it, as a reader takes
** it.  A military the report names on the ground says nothing of who
** flies: several air forces may strike one country. */
static long the_documents_air_force(const sr_event *ev, size_t n, const sr_mention_list *l,
                                    int air_strike) {
  long only = -1;
  for (size_t i = 0; i < n; i++) {
    const sr_event *e = &ev[i];
    if (e->merged || e->sub != air_strike || e->actor1 < 0 || !l->items[e->actor1].name ||
        (inter_of(l, e->actor1) != SR_INTER_STATE && inter_of(l, e->actor1) != SR_INTER_EXTERNAL))
      continue; /* states fly; "strikes against IS" are no IS strikes */
    if (only >= 0 && strcmp(l->items[only].name, l->items[e->actor1].name) != 0) return -1;
    if (only < 0) only = e->actor1;
  }
  return only;
}

/* ACLED puts a protest's or a riot's crowd first, whoever acted on whom:
** "police dispersed the marchers" is the marchers' protest, with the
** police's intervention.  Force against protesters is the force's own
** act: its order is the text's. */
static void crowd_first(sr_event *e, const sr_mention_list *l, const sr_acled *acled) {
  int type = sr_acled_type_of(acled, e->sub);
  if (e->sub == sr_acled_role(acled, SR_SUB_EXCESSIVE_FORCE) ||
      (type != sr_acled_type_of(acled, sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION)) &&
       type != sr_acled_type_of(acled, sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION))))
    return;
  int inter1 = inter_of(l, e->actor1), inter2 = inter_of(l, e->actor2);
  if ((inter2 != SR_INTER_PROTESTERS && inter2 != SR_INTER_RIOTERS) ||
      inter1 == SR_INTER_PROTESTERS || inter1 == SR_INTER_RIOTERS)
    return;
  long crowd = e->actor2;
  e->actor2 = e->actor1;
  e->actor1 = crowd;
  add_rule(e, "event.actors.crowd_first");
}

#define CROWD_SIZE 50 /* people counted as the side of a clash: a crowd, not fighters */

/* "Plusieurs centaines de personnes ont ... affronté les forces de
** l'ordre", "Hundreds of people clashed with police": people counted by
** the hundred, no fighters, facing state forces with no one else named
** are a crowd, and the clash a riot, as ACLED types it. */
static void crowd_by_its_size(sr_event *e, const sr_mention_list *l, const sr_acled *acled) {
  if (!(e->action->flags & SR_ACTION_MUTUAL) || e->actor1 >= 0 || e->actor2 < 0 ||
      inter_of(l, e->actor2) != SR_INTER_STATE)
    return;
  for (size_t q = 0; q < e->quantity_count; q++) {
    const sr_quantity_part *p = sr_quantity_of(&l->items[e->quantities[q]]);
    double least = p->has_number ? p->number : p->has_low ? p->low : 0;
    if (e->kinds[q] == SR_KIND_NONE && p->of_class == SR_CLASS_PERSON && least >= CROWD_SIZE &&
        p->part_of < 0) {
      e->sub = sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
      add_rule(e, "event.type.crowd_by_its_size");
      return;
    }
  }
}

/* A protest's or a riot's crowd no word names, when state forces are its
** only side told ("police fired tear gas to disperse crowds", "seventeen
** policemen were wounded" in a report of protests): the crowd is actor1,
** the police whom it faced, as ACLED orders them; soldiers who riot are
** the crowd themselves. */
static void crowd_implied(sr_event *e, const sr_mention_list *l, const sr_acled *acled) {
  int crowd = e->sub == sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION) ? SR_INTER_PROTESTERS
              : e->sub == sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION) ? SR_INTER_RIOTERS
                                                                             : SR_INTER_NONE;
  /* "The South African government urged calm in Eswatini, engulfed by
  ** protests", "soldiers protested over their pay", "les forces ont tué deux
  ** rebelles présumés et blessé sept civils au cours d'une manifestation":
  ** a state, its own or another's, or an armed group does not march in a
  ** peaceful protest (ACLED: non-violent demonstrators); its crowd does */
  if (!crowd && (e->action->flags & SR_ACTION_PROTESTERS) && e->sub == e->action->sub &&
      e->actor1 >= 0 &&
      (sr_actor_of(&l->items[e->actor1])->actor_kind == SR_ACTOR_STATE ||
       sr_inter_non_state_armed(inter_of(l, e->actor1))) &&
      e->actor2 < 0 && !e->implied[0]) {
    e->actor1 = -1;
    e->implied[0] = "";
    e->implied_inter[0] = SR_INTER_PROTESTERS;
    e->implied_from[0] = e->triggers[0];
    add_rule(e, "event.actor1.protesters_implied");
    return;
  }
  if (!crowd || e->implied[0] || (e->actor1 >= 0 && inter_of(l, e->actor1) != SR_INTER_STATE) ||
      (e->actor2 >= 0 && inter_of(l, e->actor2) != SR_INTER_STATE))
    return;
  /* "soldiers rioted to demand their pay": the soldiers are the crowd, as
  ** ACLED names them (Rioters), not whom it faced */
  int their_own = e->action->flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS);
  if (e->actor1 >= 0 && e->actor2 < 0 && !e->implied[1] && !their_own) e->actor2 = e->actor1;
  e->actor1 = -1;
  e->implied[0] = ""; /* named in doc.c, by the event's country */
  e->implied_inter[0] = crowd;
  e->implied_from[0] = e->triggers[0];
  add_rule(e, crowd == SR_INTER_RIOTERS ? "event.actor1.rioters_implied"
                                        : "event.actor1.protesters_implied");
}

/* "lors de la manifestation, 142 personnes ont été interpellées": a crowd
** told beside an arrest, with no one arrested named, is who was arrested;
** crowds make no arrests. */
static void crowd_arrested(sr_event *e, const sr_mention_list *l) {
  int inter1 = inter_of(l, e->actor1);
  if (e->actor2 >= 0 || (inter1 != SR_INTER_PROTESTERS && inter1 != SR_INTER_RIOTERS)) return;
  e->actor2 = e->actor1;
  e->actor1 = -1;
  add_rule(e, "event.actor2.crowd_arrested");
}

#define POLICING_REACH 2 /* sentences from a protest to the police told stepping into it */

/* The police side of an event that polices a crowd: who intervened in a
** protest or fired on it (actor2, the crowd first), or who arrested
** (actor1).  Returns the side (0 or 1), or -1. */
static int police_side(const sr_event *e, const sr_acled *acled) {
  if (e->sub == sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION) ||
      e->sub == sr_acled_role(acled, SR_SUB_EXCESSIVE_FORCE))
    return 1;
  return e->sub == sr_acled_role(acled, SR_SUB_ARRESTS) ? 0 : -1;
}

/* "lors de la manifestation ..., 142 personnes ont été interpellées": a
** protest the report tells the police stepping into, on its occasion, was
** a protest with intervention, the police its actor2, as ACLED codes it
** (the police's own deed stays an event of its own). */
static void protest_policed(sr_event *ev, size_t n, const sr_mention_list *l,
                            const sr_acled *acled) {
  int peaceful_type = sr_acled_type_of(acled, sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION));
  for (size_t i = 0; i < n; i++) {
    sr_event *p = &ev[i];
    if (p->merged || !sr_event_reported(p) || sr_acled_type_of(acled, p->sub) != peaceful_type ||
        police_side(p, acled) >= 0 || p->actor2 >= 0 || p->implied[1] ||
        inter_of(l, p->actor1) != SR_INTER_PROTESTERS)
      continue;
    for (size_t j = 0; j < n; j++) {
      const sr_event *q = &ev[j];
      int side = police_side(q, acled);
      if (j == i || q->merged || !sr_event_reported(q) || side < 0 ||
          sentence_of(q, l) < sentence_of(p, l) ||
          sentence_of(q, l) > sentence_of(p, l) + POLICING_REACH || !same_setting(p, q, l))
        continue;
      /* in one sentence, the protest as the setting of the arrests ("lors
      ** de la manifestation"), or told after them ("arrested after
      ** protests"); not "marched to demand the release of people
      ** arrested" */
      const sr_mention *tp = &l->items[p->triggers[0]], *tq = &l->items[q->triggers[0]];
      if (tp->sentence == tq->sentence && !sr_trigger_of(tp)->within &&
          tq->byte_start > tp->byte_start)
        continue;
      long police = side ? q->actor2 : q->actor1;
      if (police >= 0 && inter_of(l, police) == SR_INTER_STATE) {
        p->actor2 = police;
      } else if (police < 0 && q->implied[side] && q->implied_inter[side] == SR_INTER_STATE) {
        p->implied[1] = q->implied[side];
        p->implied_inter[1] = SR_INTER_STATE;
        p->implied_institution[1] = q->implied_institution[side];
        p->implied_from[1] = q->implied_from[side];
      } else {
        continue;
      }
      p->sub = sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION);
      add_rule(p, "event.actor2.policing_told");
      break;
    }
  }
}

/* "Police arrested 54 people on charges of public violence" after a riot
** told earlier in the report, on its occasion: the people arrested, whom no
** word names, are that riot's crowd (its rioters, or a protest's
** protesters), as ACLED codes the arrests of a riot or a protest. */
static void crowd_of_the_occasion_arrested(sr_event *ev, size_t n, const sr_mention_list *l,
                                           const sr_acled *acled) {
  int arrests = sr_acled_role(acled, SR_SUB_ARRESTS);
  int riots = sr_acled_type_of(acled, sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION));
  int protests = sr_acled_type_of(acled, sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION));
  for (size_t i = 0; i < n; i++) {
    sr_event *e = &ev[i];
    if (e->merged || !sr_event_reported(e) || e->sub != arrests || e->actor2 >= 0 ||
        e->implied[1])
      continue;
    const sr_event *crowd = NULL; /* the last riot or protest told before */
    for (size_t j = 0; j < n; j++) {
      const sr_event *p = &ev[j];
      int type = sr_acled_type_of(acled, p->sub);
      /* not a mob's lynching: who is arrested for it is told, or unknown */
      if (j == i || p->merged || !sr_event_reported(p) || (type != riots && type != protests) ||
          p->sub == sr_acled_role(acled, SR_SUB_MOB_VIOLENCE) ||
          p->triggers[0] > e->triggers[0] || !same_setting(p, e, l) ||
          (crowd && crowd->triggers[0] > p->triggers[0]))
        continue;
      crowd = p;
    }
    if (!crowd) continue;
    e->implied[1] = ""; /* named in doc.c, by the event's country */
    e->implied_inter[1] =
        sr_acled_type_of(acled, crowd->sub) == riots ? SR_INTER_RIOTERS : SR_INTER_PROTESTERS;
    e->implied_from[1] = e->triggers[0];
    add_rule(e, "event.actor2.crowd_of_its_occasion");
  }
}

/* Police the type alone implies: who arrests ("142 people were detained")
** and who steps into a protest, when no text names them, as ACLED codes
** them. */
static int implied_police(sr_event *e, int side, const char *rule) {
  e->implied[side] = ""; /* named in doc.c, by the event's country */
  e->implied_inter[side] = SR_INTER_STATE;
  e->implied_institution[side] = SR_INST_POLICE;
  e->implied_from[side] = e->triggers[0];
  add_rule(e, rule);
  return 1;
}

#define COUNTED_EVENTS_BYTES 24 /* " separate roadside ": from a figure to the events it counts */

/* The number of events a plural trigger says it tells: "two separate
** roadside attacks", "deux attaques"; 0 when it gives none. */
static double events_counted(const sr_mention_list *l, size_t trigger) {
  const sr_mention *t = &l->items[trigger];
  for (size_t i = trigger; i-- > 0 && l->items[i].sentence == t->sentence;) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_QUANTITY) continue;
    const sr_quantity_part *q = sr_quantity_of(m);
    if (m->byte_end > t->byte_start || t->byte_start - m->byte_end > COUNTED_EVENTS_BYTES ||
        q->role != SR_FIGURE_COUNT || q->kind || !q->has_number || q->number < 2)
      return 0;
    return q->number;
  }
  return 0;
}

/* "Les avions russes ont bombardé", "Russian jets struck the market": a
** violent deed of forces the pack marks as aircraft (forces.txt "air") is
** an air strike, whatever its verb. */
static void from_the_air(sr_event *e, const sr_mention_list *l, const sr_event_pack *k) {
  if (e->actor1 < 0 || !sr_actor_of(&l->items[e->actor1])->aircraft ||
      !(e->action->flags & SR_ACTION_VIOLENT) ||
      (e->action->flags & (SR_ACTION_TERRITORY | SR_ACTION_MUTUAL | SR_ACTION_SUBORDINATE)))
    return;
  int air = sr_acled_role(k->acled, SR_SUB_AIR_STRIKE);
  if (e->action->sub == air) return;
  for (size_t a = 0; a < k->action_count; a++)
    if (k->actions[a].sub == air) {
      e->action = &k->actions[a];
      add_rule(e, "event.action.from_the_air");
      return;
    }
}

/* "killed at least 10 people in attacks on three villages", then each
** village's attack with its own place or toll: a toll told over several
** attacks, each told after it, is their sum, no event of its own (ACLED
** codes the attacks).  A part happens in its setting, by no other hand,
** and the parts' deaths may not exceed it; when the plural counts its
** events ("two separate attacks"), that many parts anywhere suffice. */
static int sums_the_parts(const sr_event *ev, size_t n, size_t i, const sr_mention_list *l) {
  const sr_event *e = &ev[i];
  int several = 0;
  size_t s = 0;
  double counted = 0;
  for (size_t t = 0; t < e->trigger_count && !several; t++) {
    const sr_trigger_part *p = sr_trigger_of(&l->items[e->triggers[t]]);
    several = p->plural || p->status == SR_EV_GENERIC;
    if (p->plural) counted = events_counted(l, (size_t)e->triggers[t]);
    s = l->items[e->triggers[t]].sentence;
  }
  /* the toll told with the plural: "Several soldiers were killed in
  ** several attacks", then one attack's two dead, is no sum of the rest */
  int toll_told_with_it = 0;
  for (size_t q = 0; q < e->quantity_count; q++)
    toll_told_with_it |= e->kinds[q] == SR_KIND_KILLED && l->items[e->quantities[q]].sentence == s;
  /* "killed in two separate roadside attacks", then each attack told:
  ** the parts the plural counts are the events, whatever their tolls */
  if (!several || (!toll_told_with_it && !counted) || !sr_event_reported(e) ||
      (e->fatalities <= 0 && !counted) || !(e->action->flags & SR_ACTION_VIOLENT))
    return 0;
  /* "a total of six were killed in attacks in Kirkuk and Diyala": a toll
  ** told as a total is the sum of the tolls told after it that add up to
  ** it, wherever a homonym put them */
  int total = 0;
  for (size_t q = 0; q < e->quantity_count; q++)
    total |= e->kinds[q] == SR_KIND_KILLED && sr_quantity_of(&l->items[e->quantities[q]])->total;
  size_t parts = 0, tolled = 0;
  double deaths = 0, all_deaths = 0;
  for (size_t j = i + 1; j < n && j <= i + MERGE_REACH; j++) {
    const sr_event *p = &ev[j];
    if (!sr_event_reported(p) || !(p->action->flags & SR_ACTION_VIOLENT) ||
        sentence_of(p, l) == sentence_of(e, l) || !fits(l, p->actor1, e, e->actor1) ||
        (p->fatalities <= 0 && (p->place < 0 || p->place_from_document)))
      continue;
    if (p->fatalities > 0) tolled++, all_deaths += p->fatalities;
    if (!counted && !same_setting(e, p, l)) continue;
    parts++;
    if (p->fatalities > 0) deaths += p->fatalities;
  }
  if (total && tolled >= 2 && all_deaths == e->fatalities) return 1;
  return parts >= 2 && (counted ? parts >= counted : deaths <= e->fatalities);
}

sr_status sr_build_events(const sr_event_inputs *in, sr_event **out, size_t *count_out,
                          sr_error *err) {
  *out = NULL;
  *count_out = 0;
  const sr_mention_list *l = in->mentions;
  int oom = 0;
  long document_place = main_place(in, &oom);
  if (oom) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_event *events = NULL;
  size_t count = 0, cap = 0;
  /* an event a trigger at most: one allocation, not a copy per doubling
  ** of events some kilobytes each */
  for (size_t i = 0; i < l->count; i++) cap += l->items[i].type == SR_MENTION_TRIGGER;
  if (cap && !(events = malloc(cap * sizeof *events)))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_date floor, floor_whole;
  const sr_date *past_ref = in->published ? in->published : latest_day(l, 0, &floor);
  /* "in September 2013" past the lede of a report that gives no day with
  ** its year is as long past as one that does (the lede's own date, from
  ** a "since 2014" beside its toll, is not judged by a month or a year) */
  const sr_date *long_past_ref = past_ref ? past_ref : latest_day(l, 1, &floor_whole);
  for (size_t i = 0; i < l->count;) {
    size_t end = i;
    while (end < l->count && l->items[end].sentence == l->items[i].sentence) end++;
    if (sentence_events(in, i, end, document_place,
                        l->items[i].sentence >= in->lede_end ? long_past_ref : past_ref,
                        &events, &count, &cap) != 0) {
      free(events);
      return sr_error_set(err, SR_ENOMEM, "out of memory");
    }
    i = end;
  }
  later_than_the_past(events, count, l, long_past_ref, in->lede_end);
  running_totals(events, count, l, in->text);
  merge(events, count, l, in->text, in->pack,
        document_place >= 0 ? sr_place_of(&l->items[document_place])->place : -1, in->lede_end,
        in->published);
  toll_updates(events, count, l);
  /* "The same month, three more were killed" after an anaphor that joined
  ** the past told before it */
  later_than_the_past(events, count, l, long_past_ref, in->lede_end);
  for (size_t i = 0; i < count; i++) {
    sr_event *e = &events[i];
    /* "Rioters looted shops ... after a protest": a crowd no one names,
    ** told as rioters and then by the word of its protest, is one crowd,
    ** not two sides ("rioters attacked protesters" are two) */
    if (e->actor1 >= 0 && e->actor2 >= 0 && !e->one_kind_both_sides &&
        (same_actor(&l->items[e->actor1], &l->items[e->actor2]) ||
         (e->joined_with && same_actor(&l->items[e->joined_with - 1], &l->items[e->actor2])) ||
         (unnamed_crowd(&l->items[e->actor1]) && unnamed_crowd(&l->items[e->actor2]) &&
          told_by_its_event(l, (size_t)e->actor2)))) {
      /* the police a crowd faced, told as both sides of its riot, are
      ** whom it faced (its rioters are implied below) */
      if (inter_of(l, e->actor2) == SR_INTER_STATE &&
          (e->action->flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS)) && e->faced_police)
        e->actor1 = -1;
      else
        e->actor2 = -1;
    }
    /* "aux blessés", "les pertes": a death or a wound with no one and no
    ** figure is no event of its own */
    if ((e->action->flags & SR_ACTION_SUBORDINATE) && !e->quantity_count &&
        sr_roles_one_killed(e, l, in->pack) < 0 &&
        ((e->actor1 < 0 && e->actor2 < 0) ||
         sr_trigger_of(&l->items[e->triggers[0]])->victim_subject))
      e->merged = 1; /* nor "the army lost ground": a loss is told by its figure */
    /* "set ablaze after a shell struck amid the fighting": a setting that
    ** took in no event of its sentence tells none */
    if (e->backdrop) {
      int took_in = 0; /* a deed of its own sentence, not one told again later */
      for (size_t t = 1; t < e->trigger_count; t++)
        took_in |= l->items[e->triggers[t]].sentence == sentence_of(e, l);
      if (!took_in) e->merged = 1;
    }
    /* "Fighting between troops loyal to ...", "daily assaults": a word of
    ** violence with no one, no place, no date and no figure of its own tells
    ** of no event, only of a war */
    if ((e->action->flags & SR_ACTION_VIOLENT) && e->actor1 < 0 && e->actor2 < 0 && !e->vouched &&
        e->date < 0 && !e->quantity_count && (e->place < 0 || e->place_from_document) &&
        sr_roles_one_killed(e, l, in->pack) < 0)
      e->merged = 1;
    /* "The insurgents attacked the village", "fighting has displaced many"
    ** past the lede: violence with no date, place or figure of its own
    ** names no occasion the report gives; it is the lede's event told again
    ** or the war told in general.  Ground taken is news on its own. */
    if (!e->merged && e->status == SR_EV_REALISED && sentence_of(e, l) >= in->lede_end &&
        e->date < 0 && !e->quantity_count && (e->place < 0 || e->place_from_document) &&
        (e->action->flags & SR_ACTION_VIOLENT) && !(e->action->flags & SR_ACTION_TERRITORY))
      e->merged = 1;
    /* "Le centre a ensuite été évacué, puis fermé": past the lede, a deed
    ** of no one, with no date, place or figure of its own, is a detail of
    ** what the report tells, not an event */
    if (!e->merged && e->status == SR_EV_REALISED && sentence_of(e, l) >= in->lede_end &&
        e->date < 0 && !e->quantity_count && (e->place < 0 || e->place_from_document) &&
        e->actor1 < 0 && e->actor2 < 0 && e->trigger_count == 1)
      e->merged = 1;
    if (!e->merged && e->status == SR_EV_REALISED && (e->action->flags & SR_ACTION_DATED) &&
        sentence_of(e, l) >= in->lede_end && e->date < 0) {
      e->merged = 1;
      add_rule(e, "event.detail_undated");
    }
    /* "une tente abritant des déplacés": people, not an exodus; a toll that
    ** came to it is the sentence's violent event's */
    if ((e->action->flags & SR_ACTION_COUNTED) && !e->merged && !counts_its_own(e, l)) {
      sr_event *host = NULL;
      for (size_t j = 0; j < count && !host; j++)
        if (j != i && !events[j].merged && events[j].status == SR_EV_REALISED &&
            (events[j].action->flags & SR_ACTION_VIOLENT) &&
            sentence_of(&events[j], l) == sentence_of(e, l))
          host = &events[j];
      if (host && e->quantity_count)
        absorb(host, e, l, "event.merge.counted");
      else
        e->merged = 1;
    }
    if (e->date < 0 && !e->merged && e->status == SR_EV_REALISED &&
        (e->date = day_left_just_before(events, count, e, l, past_ref)) >= 0)
      add_rule(e, "event.date.sentence_before");
    if (e->date < 0 && !e->merged && e->status == SR_EV_REALISED &&
        (e->date = day_it_was_told(e, l, in->published)) >= 0) {
      e->date_told = 1;
      add_rule(e, "event.date.told");
    }
    /* untold, the report's date stands in, marked as such: the event is on
    ** or before it */
    if (e->date < 0 && in->published) {
      e->date_published = 1;
      add_rule(e, "event.date.published");
    }
  }
  /* "Two farmers were also killed", "ont également été tués": a violent
  ** deed told as one more, naming no doer, is the doer's of the violent
  ** deed told just before (ACLED's actor1 for the whole raid) */
  for (size_t i = 0; i < count; i++) {
    sr_event *e = &events[i];
    int likewise = 0; /* "were also killed ... and several others abducted" */
    for (size_t t = 0; t < e->trigger_count; t++)
      likewise |= l->items[e->triggers[t]].sentence == sentence_of(e, l) &&
                  sr_trigger_of(&l->items[e->triggers[t]])->likewise;
    if (e->merged || e->actor1 >= 0 || e->status != SR_EV_REALISED || !likewise) continue;
    long doer = doer_told_last(events, count, e, l);
    if (doer >= 0 && !(e->actor2 >= 0 && same_actor(&l->items[doer], &l->items[e->actor2]))) {
      e->actor1 = doer;
      add_rule(e, "event.actor1.likewise");
    }
  }
  int claims = 0; /* a report where no one claims anything asks no more */
  for (size_t i = 0; i < l->count && !claims; i++)
    claims = l->items[i].type == SR_MENTION_ACTOR && sr_actor_of(&l->items[i])->claims;
  for (size_t i = 0; i < count; i++) {
    sr_event *e = &events[i];
    int held;
    long claimed = claims ? claimer(e, l) : -1;
    /* a group of no country the report is about has no name: it names
    ** no one, the side told stays */
    if (claimed >= 0 && claimed != e->actor1 && l->items[claimed].name) {
      /* the claimant is no side it hit, however told */
      if (e->actor2 == claimed ||
          (e->actor2 >= 0 && same_actor(&l->items[e->actor2], &l->items[claimed])))
        e->actor2 = -1;
      e->actor1 = claimed;
      add_rule(e, "event.actor1.claimed");
    }
    from_the_air(e, l, in->pack);
    e->sub = coded_sub(e, l, in->pack);
    crowd_by_its_size(e, l, in->pack->acled);
    crowd_first(e, l, in->pack->acled);
    the_documents_group(e, events, count, l);

    e->implied[0] = e->implied[1] = NULL;
    e->implied_inter[0] = e->implied_inter[1] = SR_INTER_NONE;
    e->implied_from[0] = e->implied_from[1] = -1;
    e->implied_institution[0] = e->implied_institution[1] = 0;
    if (e->actor2 < 0 && sr_event_reported(e) &&
        e->sub == sr_acled_role(in->pack->acled, SR_SUB_EXCESSIVE_FORCE)) {
      /* force against protesters hits protesters, by its definition */
      e->implied[1] = ""; /* named in doc.c, by the event's country */
      e->implied_inter[1] = SR_INTER_PROTESTERS;
      e->implied_from[1] = e->triggers[0];
      add_rule(e, "event.actor2.protesters_implied");
    } else if (e->actor2 < 0 && in->civilians && sr_event_reported(e) &&
               (e->implied_from[1] = civilians_hit(e, in)) >= 0) {
      e->implied[1] = in->civilians;
      e->implied_inter[1] = SR_INTER_CIVILIANS;
      add_rule(e, "event.actor2.civilians_implied");
    } else if (e->actor2 < 0 && sr_event_reported(e) &&
               (e->implied_from[1] = forces_hit(e, l)) >= 0) {
      e->implied[1] = ""; /* named in doc.c, by the figure's country */
      e->implied_inter[1] = SR_INTER_STATE;
      add_rule(e, "event.actor2.counted_forces");
    } else if (e->actor2 < 0 && sr_event_reported(e) && inter_of(l, e->actor1) != SR_INTER_STATE &&
               e->sub == sr_acled_role(in->pack->acled, SR_SUB_PROTEST_INTERVENTION)) {
      implied_police(e, 1, "event.actor2.intervening_police");
    } else if (e->actor2 < 0 && sr_event_reported(e) && inter_of(l, e->actor1) != SR_INTER_STATE &&
               !(e->action->flags & SR_ACTION_PROTESTERS) && (held = sr_roles_held_by(e, l))) {
      /* "une attaque contre un poste militaire": the state's forces hold it;
      ** not "a sit-in in front of the police station", a protest hits no one */
      implied_police(e, 1, "event.actor2.armed_target");
      e->implied_institution[1] = held;
    }
    if (sr_event_reported(e)) crowd_implied(e, l, in->pack->acled);
    if (e->sub == sr_acled_role(in->pack->acled, SR_SUB_ARRESTS)) crowd_arrested(e, l);
    /* "to free the people the police had just arrested", told as a passive
    ** whose doer is lost: the police named at an arrest no one makes are
    ** who make it, not whom it takes */
    if (e->actor1 < 0 && e->actor2 >= 0 && sr_event_reported(e) &&
        e->sub == sr_acled_role(in->pack->acled, SR_SUB_ARRESTS) &&
        inter_of(l, e->actor2) == SR_INTER_STATE &&
        sr_actor_of(&l->items[e->actor2])->institution == SR_INST_POLICE) {
      e->actor1 = e->actor2;
      e->actor2 = -1;
      add_rule(e, "event.actor1.police_at_the_arrest");
    }
    if (e->actor1 < 0 && sr_event_reported(e) &&
        e->sub == sr_acled_role(in->pack->acled, SR_SUB_ARRESTS))
      implied_police(e, 0, "event.actor1.arresting_police");
    /* force against protesters is state forces' by its definition (ACLED):
    ** "deux manifestants tués lors de la manifestation", no one told */
    if (e->actor1 < 0 && sr_event_reported(e) &&
        e->sub == sr_acled_role(in->pack->acled, SR_SUB_EXCESSIVE_FORCE))
      implied_police(e, 0, "event.actor1.force_against_protesters");
    /* "affrontements intercommunautaires", "clashes between rival tribes",
    ** no side named but by a word for unnamed armed men ("un village
    ** incendié par des hommes armés"): communities' militias no text names,
    ** on both sides, as ACLED codes them (inter 4, named in doc.c by the
    ** event's country) */
    if (unnamed_or_none(e, l, e->actor1) && unnamed_or_none(e, l, e->actor2) &&
        !e->implied[0] && !e->implied[1] && sr_event_reported(e) &&
        (e->action->flags & SR_ACTION_MUTUAL) && communal(e, l)) {
      e->actor1 = e->actor2 = -1;
      for (int side = 0; side < 2; side++) {
        e->implied[side] = "";
        e->implied_inter[side] = SR_INTER_IDENTITY_MILITIA;
        e->implied_from[side] = e->triggers[0];
      }
      add_rule(e, "event.actors.communal");
    }
    if (in->unidentified && sr_event_reported(e) && unnamed_attackers(e, l, in->pack)) {
      e->implied[0] = in->unidentified;
      e->implied_inter[0] = SR_INTER_POLITICAL_MILITIA;
      e->implied_from[0] = e->triggers[0];
      add_rule(e, "event.actor1.unidentified");
    }
    e->fatalities = fatalities(e, l);
    if (e->fatalities < 0 && (e->fatalities = sr_roles_one_killed(e, l, in->pack)) > 0)
      add_rule(e, "event.fatalities.one_victim");
    if (sr_event_reported(e)) attribute(e, in);
  }
  for (size_t i = 0; i < count; i++)
    if (sums_the_parts(events, count, i, l)) {
      events[i].status = SR_EV_CUMULATIVE;
      add_rule(&events[i], "event.status.sum_of_parts");
    }
  protest_policed(events, count, l, in->pack->acled);
  crowd_of_the_occasion_arrested(events, count, l, in->pack->acled);
  int air_strike = sr_acled_role(in->pack->acled, SR_SUB_AIR_STRIKE);
  long air_force = -2; /* looked for at the first strike with no author */
  for (size_t i = 0; i < count; i++) {
    sr_event *e = &events[i];
    if (e->merged || e->sub != air_strike || e->actor1 >= 0 || e->implied[0]) continue;
    if (air_force == -2) air_force = the_documents_air_force(events, count, l, air_strike);
    if (air_force < 0) break;
    if (e->actor2 >= 0 && (air_force == e->actor2 ||
                           same_actor(&l->items[air_force], &l->items[e->actor2])))
      continue;
    e->actor1 = air_force;
    add_rule(e, "event.actor1.the_documents_air_force");
  }
  *out = events;
  *count_out = count;
  return SR_OK;
}
