/*
** Roles from the words around a trigger (roles.h).  The cues are read on
** the sentence's tokens when the trigger is found, kept on the trigger, and
** used when its event is built, once every actor of the document is known.
*/
#include "roles.h"

#define RELATIVE_REACH 6 /* words of a relative clause before its agent cue: "which the army has blamed on" */
#define AGENT_REACH 2   /* tokens between a trigger and "by": "killed by", "attacked and killed by" */
#define OBJECT_REACH 5  /* tokens after a trigger what it hits may stand: "attacked the army's main post" */
#define SUBJECT_REACH 5 /* tokens before a passive trigger: "a young gendarme was killed" */
#define AGENT_GAP 40    /* bytes from "by" to the actor: "by suspected JNIM militants" */
#define AIRCRAFT_REACH 2 /* words from a killing to what flies: "a abattu 20 drones" */
#define SOMEONE_REACH 3 /* words from a "someone" trigger to whom it acts on: "a arrêté lundi deux hommes" */
#define BARE_GAP 2      /* bytes between victims and a bare participle: "policemen killed" */
#define GROUND_WORDS 2   /* words before what a taking word takes: "la principale ville", "60 Kurdish villages" */
#define SUBJECT_GAP 16  /* bytes between a place and its passive taking word: "Kidal a été prise" */
#define ALSO_BEFORE 4   /* tokens from "also" to its deed: "a également signé un accord" */
#define WITHIN_BEFORE 1 /* words between "in a" and its deed: "in a fresh attack" */
#define WITHIN_TOKENS 4 /* the longest circumstance cue: "au cours d'une" */
#define ASCRIBED_GAP 2  /* tokens between an ascribing verb and its deed: "blamed Monday's attack" */
#define BEFORE_TOKENS 5 /* the most words before a trigger its cues are read on: "au cours d'une"
                        ** and one; "après qu'ils ont attaqué" */
#define AIMED_BEFORE 3  /* tokens from "targeting" to what it aims at: "targeting Shiite Houthi rebels" */
#define AGE_WORDS 2 /* before an age's cue: "de 62 ans", "62-year-old" (its number, its "de" or hyphen) */
#define BACKER_BEFORE 6 /* tokens from "appuyées par" to who backs: "appuyées par les
                        ** mercenaires russes de Wagner" */
#define HIT_BEFORE 3    /* tokens of what a bare participle hits: "military equipment seized" */
#define TAKEN_GAP 16 /* bytes: "abducted a member of Koglweogo" */
#define COMPLEMENT_GAP 48 /* bytes of "of the town's high school" between a crowd and its deed */
#define MOB_GAP 16      /* bytes between civilians and what they do: "students and parents fought" */
#define DISARMED_GAP 16 /* bytes between a disarming and what it disarms: "defused an IED" */
#define HEDGE_BYTES 48   /* bytes from a hedge to its actor: "presumed JNIM and/or ISGS militants" */
#define OWN_BEFORE 6    /* tokens from a speaker's own word to the deed: "it had
                        ** reportedly killed", "avoir neutralisé lundi" */
#define SEPARATE_OPENING 6 /* tokens opening a sentence where its "meanwhile" stands: "In
                           ** the capital, meanwhile," */
#define OF_GAP 12       /* bytes between a figure and the side it counts: "Three members of the" */

static int is_punct(const sr_view *v, size_t i) { return v->tok[i].kind == SR_TOKEN_PUNCT; }

/* Punctuation that ends a noun phrase: not the slash of "and/or". */
static int clause_punct(const sr_view *v, size_t i) {
  return is_punct(v, i) && !(v->fold[i].len == 1 && v->fold[i].ptr[0] == '/');
}

static const sr_row *cue_at(const sr_view *v, const sr_event_pack *k, size_t i, size_t *len) {
  return sr_view_match(v, &k->t[SR_ET_ROLES], i, len);
}

static int what_is_hit(int cue) {
  return cue == SR_ROLE_ARMED || cue == SR_ROLE_PROPERTY || cue == SR_ROLE_WEAPONS ||
         cue == SR_ROLE_ROAD;
}

#define SINGLE_REACH 14 /* tokens from a sentence's "A"/"Un" to its singular passive */

/* The number the auxiliary right before the trigger at token at tells of
** its subject: SR_ROLE_MANY ("were killed", "ont été tués"), SR_ROLE_SINGLE
** ("was killed", "a été tué"), else 0. */
static int auxiliary_number(const sr_view *v, const sr_event_pack *k, size_t at) {
  size_t len;
  for (size_t j = at > 2 ? at - 2 : 0; j < at; j++) {
    const sr_row *r = cue_at(v, k, j, &len);
    if (r && j + len == at && (r->a == SR_ROLE_MANY || r->a == SR_ROLE_SINGLE)) return r->a;
  }
  return 0;
}

/* What the subject of a passive trigger at token at says it hits.  An
** age told with it ("un homme de 62 ans", "a 62-year-old man") is skipped:
** the subject reaches that much further.  "A number of people were
** killed" tells many, whatever its "A"; "Un responsable d'un village du sud
** a été tué", a sentence opening on one of someone its verb keeps single,
** one however long the noun phrase. */
static void subject(const sr_view *v, const sr_event_pack *k, size_t at, sr_trigger_part *p,
                    int hit) {
  size_t len, reach = SUBJECT_REACH;
  for (size_t j = at > SUBJECT_REACH + AGE_WORDS ? at - SUBJECT_REACH - AGE_WORDS : 0; j < at; j++) {
    const sr_row *r = cue_at(v, k, j, &len);
    if (r && r->a == SR_ROLE_AGE && j + len <= at) reach = SUBJECT_REACH + len + AGE_WORDS;
  }
  for (size_t j = at > reach ? at - reach : 0; j < at; j++) {
    const sr_row *r = cue_at(v, k, j, &len);
    if (is_punct(v, j) && !sr_view_inner_hyphen(v, j)) { /* "62-year-old" is one word */
      p->one_victim = 0;
      if (hit) p->target = p->held_by = 0;
    }
    if (!r || j + len > at) continue;
    if (r->a == SR_ROLE_FORMER) { /* "un ancien militaire a été tué": not armed */
      j += len;
      continue;
    }
    if (r->a == SR_ROLE_ONE) p->one_victim = 1;
    if (hit && what_is_hit(r->a)) {
      p->target = r->a;
      p->held_by = r->b;
      j += len - 1; /* "base militaire": not "militaire" again */
    }
  }
  /* the auxiliary read only when it may change the count */
  if (p->one_victim) {
    if (auxiliary_number(v, k, at) == SR_ROLE_MANY) p->one_victim = 0;
  } else if (at <= SINGLE_REACH) {
    const sr_row *r = cue_at(v, k, 0, &len);
    int one = r && r->a == SR_ROLE_ONE;
    for (size_t j = 1; j < at && one; j++) one = !clause_punct(v, j) || sr_view_inner_hyphen(v, j);
    if (one && auxiliary_number(v, k, at) == SR_ROLE_SINGLE) p->one_victim = 1;
  }
}

/* The pack's first action of this sub-event type that needs no actor. */
static int first_of_sub(const sr_event_pack *k, int sub) {
  for (size_t i = 0; i < k->action_count; i++)
    if (k->actions[i].sub == sub && !(k->actions[i].flags & SR_ACTION_AGENT)) return (int)i;
  return -1;
}

/* The action a seizure of property is. */
static int seizure(const sr_event_pack *k) {
  return first_of_sub(k, sr_acled_role(k->acled, SR_SUB_PROPERTY_DESTRUCTION));
}

/* Whether unarmed people are what the trigger takes: a figure of people or
** civilians, or civilians, right after it. */
static int people_after(const sr_mention_list *l, size_t first, size_t trigger) {
  size_t at = l->items[trigger].byte_end;
  for (size_t i = first; i < trigger; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_QUANTITY || m->byte_start < at || m->byte_start - at > BARE_GAP)
      continue;
    int cls = sr_quantity_of(m)->of_class;
    if (cls == SR_CLASS_PERSON || cls == SR_CLASS_CIVILIAN) return 1;
    at = m->byte_end; /* "three villagers": the noun after the figure */
    break;
  }
  for (size_t i = first; i < trigger; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_ACTOR && m->byte_start >= l->items[trigger].byte_end &&
        m->byte_start <= at + BARE_GAP)
      return sr_actor_of(m)->inter == SR_INTER_CIVILIANS;
  }
  return 0;
}

/* Whether someone starts within SOMEONE_REACH words after the trigger
** ending at token end: an actor, or a figure of people ("a arrêté trois
** suspects", "ont arrêté des jihadistes", "a arrêté lundi deux hommes"). */
static int someone_after(const sr_view *v, const sr_mention_list *l, size_t first, size_t trigger,
                         size_t end) {
  size_t reach = end + SOMEONE_REACH < v->n ? end + SOMEONE_REACH : v->n;
  size_t limit = reach > end ? v->tok[reach - 1].byte_end : l->items[trigger].byte_end;
  for (size_t i = first; i < trigger; i++) {
    const sr_mention *m = &l->items[i];
    if (m->byte_start < l->items[trigger].byte_end || m->byte_start >= limit) continue;
    if (m->type == SR_MENTION_ACTOR) return 1;
    /* "trois hommes", "deux combattants": people, counted; not "trois
    ** véhicules", "deux jours" */
    int cls = m->type == SR_MENTION_QUANTITY ? sr_quantity_of(m)->of_class : -1;
    if (cls == SR_CLASS_NONE || cls == SR_CLASS_PERSON || cls == SR_CLASS_CIVILIAN ||
        cls == SR_CLASS_COMBATANT)
      return 1;
  }
  return 0;
}

/* The first mention of the sentence of mention i. */
static size_t sentence_start(const sr_mention_list *l, size_t i) {
  while (i > 0 && l->items[i - 1].sentence == l->items[i].sentence) i--;
  return i;
}

/* Whether an actor or a figure starts right after byte at: the trigger
** acts on someone ("assaulted a merchant" has its article, read apart);
** not a figure whose own verb follows it ("2 killed, 9 injured"). */
static int object_after(const sr_mention_list *l, size_t first, size_t at) {
  for (size_t i = first; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    if ((m->type == SR_MENTION_ACTOR || m->type == SR_MENTION_QUANTITY) && m->byte_start >= at &&
        m->byte_start - at <= BARE_GAP &&
        !(m->type == SR_MENTION_QUANTITY && sr_quantity_of(m)->kind &&
          !sr_quantity_of(m)->kind_before))
      return 1;
  }
  return 0;
}

static void become_rioters(sr_mention *doer) {
  sr_actor_of(doer)->actor_kind = SR_ACTOR_CROWD;
  sr_actor_of(doer)->inter = SR_INTER_RIOTERS;
  doer->rule = "actor.crowd.mob";
}

/* "Women assaulted a merchant", "students and parents fought", "residents
** blocked the road", "students burned a police station": civilians who do the violence themselves are a mob,
** "Rioters (X)", not its victims. */
/* The first token at or after byte b. */
static size_t token_from(const sr_view *v, size_t b) {
  size_t lo = 0, hi = v->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v->tok[mid].byte_start < b) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* Whether the words from byte from to byte to are a complement of the noun
** before them, with no break: "villagers from Hamele attacked", "the
** students of the town's high school kidnapped". */
static int complement_between(const sr_view *v, const sr_event_pack *k, size_t from, size_t to) {
  size_t i = token_from(v, from), len;
  const sr_row *r = cue_at(v, k, i, &len);
  if (!r || (r->a != SR_ROLE_COMPLEMENT && r->a != SR_ROLE_OF) || to - from > COMPLEMENT_GAP)
    return 0;
  for (; i < v->n && v->tok[i].byte_start < to; i++)
    if (is_punct(v, i) && !sr_view_inner_hyphen(v, i)) return 0;
  return 1;
}

static void mob(const sr_view *v, const sr_event_pack *k, sr_mention_list *out, size_t trigger) {
  const sr_mention *t = &out->items[trigger];
  const sr_trigger_part *p = sr_trigger_of(t);
  int flags = k->actions[p->action].flags;
  /* "students burned a police station": property a crowd wrecks */
  int sub = k->actions[p->action].sub;
  int wrecks = sub == sr_acled_role(k->acled, SR_SUB_PROPERTY_DESTRUCTION);
  /* "youths detained a judge" (not protesters who march against an
  ** arrest).  Abductions were tried too: the held-out French reports lost
  ** on type, so a crowd's kidnapping stays an abduction. */
  int seizes = sub == sr_acled_role(k->acled, SR_SUB_ARRESTS);
  if (!((flags & (SR_ACTION_CIVILIANS | SR_ACTION_MUTUAL | SR_ACTION_ROAD)) || wrecks || seizes) ||
      (flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS)))
    return;
  size_t first = sentence_start(out, trigger);
  sr_mention *doer = NULL;
  /* "stores were attacked by merchants": the civilians after "by" */
  if (p->agent_at && !p->agent_of) {
    for (size_t i = first; i < trigger; i++) {
      sr_mention *m = &out->items[i];
      if (m->type == SR_MENTION_ACTOR && m->byte_start >= p->agent_at &&
          m->byte_start - p->agent_at <= MOB_GAP &&
          (!doer || m->byte_start < doer->byte_start))
        doer = m;
    }
    if (doer && sr_actor_of(doer)->actor_kind == SR_ACTOR_CIVILIAN) become_rioters(doer);
    return;
  }
  /* "43 civils ont perdu la vie": the subject suffers it */
  if (p->passive || p->victim_subject) return;
  for (size_t i = first; i < trigger; i++) {
    sr_mention *m = &out->items[i];
    if (m->type == SR_MENTION_ACTOR && m->byte_end <= t->byte_start &&
        (!doer || m->byte_end > doer->byte_end))
      doer = m;
  }
  /* protesters who assault, fight, block roads or wreck riot too ("staged
  ** a sit-in and attacked the town hall") */
  int protesters = doer && ((flags & (SR_ACTION_CIVILIANS | SR_ACTION_ROAD)) || wrecks) &&
                   sr_actor_of(doer)->actor_kind == SR_ACTOR_CROWD &&
                   sr_actor_of(doer)->inter == SR_INTER_PROTESTERS;
  if ((flags & SR_ACTION_CIVILIANS) && !p->has_object && !p->target &&
      !object_after(out, first, t->byte_end))
    return; /* "villagers killed near X": the victims of a bare participle */
  if (!doer || (sr_actor_of(doer)->actor_kind != SR_ACTOR_CIVILIAN && !protesters) ||
      (!protesters && t->byte_start - doer->byte_end > MOB_GAP &&
       !complement_between(v, k, doer->byte_end, t->byte_start)))
    return;
  /* the protest's own word only between them: not "protested against the
  ** air strike that killed ten" */
  for (size_t i = first; protesters && i < trigger; i++)
    if (out->items[i].type == SR_MENTION_TRIGGER && out->items[i].byte_start > doer->byte_end &&
        !(k->actions[sr_trigger_of(&out->items[i])->action].flags & SR_ACTION_PROTESTERS))
      return;
  for (size_t i = first; i < trigger; i++) {
    const sr_mention *m = &out->items[i];
    if (m->type == SR_MENTION_TRIGGER && m->byte_end <= doer->byte_start)
      return; /* "killed ten civilians and wounded": they suffer the verb before */
    /* "civilians were killed in clashes", "2 Civilians Killed in Terrorist
    ** Attack": they suffer the death or wound between */
    if (m->type == SR_MENTION_TRIGGER && m->byte_start >= doer->byte_end &&
        (sr_trigger_of(m)->passive || sr_trigger_of(m)->victim_subject ||
         ((k->actions[sr_trigger_of(m)->action].flags & SR_ACTION_SUBORDINATE) &&
          !sr_trigger_of(m)->has_object)))
      return;
  }
  become_rioters(doer);
}

/* Whether byte b lies in a date of trigger's sentence. */
static int in_date(const sr_mention_list *out, size_t trigger, size_t b) {
  for (size_t i = sentence_start(out, trigger); i < trigger; i++)
    if (out->items[i].type == SR_MENTION_DATE && out->items[i].byte_start <= b &&
        b < out->items[i].byte_end)
      return 1;
  return 0;
}

/* Whether a figure stands between mentions a and b. */
static int counted_between(const sr_mention_list *out, size_t a, size_t b) {
  for (size_t i = a + 1; i < b; i++)
    if (out->items[i].type == SR_MENTION_QUANTITY) return 1;
  return 0;
}

/* Whether people or civilians are counted between mentions a and b
** ("15 people", "deux civils"): no side's forces. */
static int people_counted_between(const sr_mention_list *out, size_t a, size_t b) {
  for (size_t i = a + 1; i < b; i++)
    if (out->items[i].type == SR_MENTION_QUANTITY &&
        (sr_quantity_of(&out->items[i])->of_class == SR_CLASS_PERSON ||
         sr_quantity_of(&out->items[i])->of_class == SR_CLASS_CIVILIAN))
      return 1;
  return 0;
}

/* Whether a taking word takes ground: a place or a ground word ("la ville",
** "le contrôle", "une position") after it, or, passive, a place told
** before it ("Kidal a été prise"). */
static int takes_ground(const sr_view *v, const sr_event_pack *k, const sr_mention_list *out,
                        size_t trigger, size_t at, size_t end) {
  const sr_mention *t = &out->items[trigger];
  size_t len;
  /* what it takes comes first: after "la", "de", "une" and a word more
  ** ("la principale ville"), not in "la fuite vers le village" */
  int glued = 0; /* "government-held Aleppo", "al-Qaryatain": one word */
  for (size_t j = end, words = 0; j < v->n && words <= GROUND_WORDS; j++) {
    if (sr_view_inner_hyphen(v, j)) {
      glued = 1;
      continue;
    }
    if (is_punct(v, j)) break;
    /* "were seized on Sunday": a day is nothing taken */
    if (v->used[j] && in_date(out, trigger, v->tok[j].byte_start)) {
      words++;
      continue;
    }
    /* a place, or a name the gazetteer lacks ("captured Sarrin"), not an
    ** actor's ("captured IS fighters") */
    int actor = 0;
    for (size_t i = sentence_start(out, trigger); i < out->count; i++) {
      if (out->items[i].byte_start != v->tok[j].byte_start) continue;
      if (out->items[i].type == SR_MENTION_PLACE) return 1;
      actor |= out->items[i].type == SR_MENTION_ACTOR;
    }
    if (sr_view_capitalised(v, j) && !actor) return 1;
    const sr_row *r = cue_at(v, k, j, &len);
    if (r && (r->a == SR_ROLE_GROUND || r->a == SR_ROLE_ARMED)) return 1;
    if (r && (r->a == SR_ROLE_OBJECT || r->a == SR_ROLE_OF || r->a == SR_ROLE_ONE)) {
      j += len - 1;
      continue;
    }
    words += !glued;
    glued = 0;
  }
  /* "Kidal a été prise": the place is the subject; not in "residents of
  ** Lingyado said 52 people were seized", where people counted are */
  for (size_t i = sentence_start(out, trigger); sr_trigger_of(t)->passive && i < trigger; i++) {
    const sr_mention *m = &out->items[i];
    if (m->type == SR_MENTION_PLACE && m->byte_end <= t->byte_start &&
        t->byte_start - m->byte_end <= SUBJECT_GAP && !counted_between(out, i, trigger))
      return 1;
  }
  for (size_t j = at > HIT_BEFORE ? at - HIT_BEFORE : 0; sr_trigger_of(t)->passive && j < at; j++) {
    const sr_row *r = cue_at(v, k, j, &len);
    if (r && r->a == SR_ROLE_GROUND) return 1;
  }
  return 0;
}

void sr_roles_openings(const sr_view *v, const sr_event_pack *k, size_t *separate_end,
                       size_t *later_end) {
  size_t len;
  *separate_end = *later_end = 0;
  for (size_t j = 0; j < SEPARATE_OPENING && j < v->n; j++) {
    const sr_row *r = cue_at(v, k, j, &len);
    if (r && r->a == SR_ROLE_SEPARATE && !*separate_end) *separate_end = j + len;
    if (r && r->a == SR_ROLE_LATER && !*later_end) *later_end = j + len;
  }
}

void sr_roles_read(const sr_view *v, const sr_event_pack *k, sr_mention_list *out,
                   size_t trigger, size_t at, size_t end, size_t separate_end) {
  sr_trigger_part *p = sr_trigger_of(&out->items[trigger]);
  size_t len;
  /* "ont tué lundi le chef": what it acts on follows the date */
  while (end < v->n && v->used[end] && in_date(out, trigger, v->tok[end].byte_start)) end++;
  /* "une attaque à main armée attribuée aux séparatistes", "une attaque
  ** au couteau contre des policiers": past the weapon it was done with */
  const sr_row *with = end < v->n ? cue_at(v, k, end, &len) : NULL;
  if (with && with->a == SR_ROLE_INSTRUMENT) end += len;
  size_t reach = end + OBJECT_REACH;
  int after_comma = 0, relative = 0;
  size_t of_end = 0; /* one past an "of" or "by" cue naming who acts: "une attaque de
                     ** miliciens", "killed in an attack by militiamen" */
  const sr_row *first_cue;
  size_t first_len;
  for (size_t j = end; j < v->n && j < reach; j++) {
    /* "des combats entre “deux communautés”": words set in quotes are
    ** read as the words they are */
    if (sr_view_quote_mark(v, j)) {
      reach++;
      continue;
    }
    if (is_punct(v, j) && !sr_view_inner_hyphen(v, j)) {
      /* "L'attaque, attribuée à un groupe islamiste": a clause set off by a
      ** comma right after the trigger may still name who did it, nothing
      ** else of it */
      if (j != end || v->fold[j].len != 1 || v->fold[j].ptr[0] != ',') break;
      after_comma = 1;
      reach++;
      continue;
    }
    /* "blocked the Ouagadougou-Dori road": a compound is one word */
    if (sr_view_inner_hyphen(v, j)) reach += 2;
    const sr_row *r = cue_at(v, k, j, &len);
    /* "an ambush which the army blamed on ELN rebels", "une attaque que
    ** l'armée a attribuée aux jihadistes": a relative clause right after
    ** the trigger may name who did it, further than "by" goes; nothing
    ** else of it (who blames is no side) */
    if (r && r->a == SR_ROLE_RELATIVE && !relative && j == end + (size_t)after_comma) {
      relative = 1;
      reach = j + len + RELATIVE_REACH;
      continue;
    }
    if (!r || ((after_comma || relative) && r->a != SR_ROLE_AGENT)) continue;
    if (r->a == SR_ROLE_AGENT) of_end = j + len; /* "killed in an attack by militiamen" */
    /* "des tirs nourris de centaines d'assaillants": one plain word may
    ** stand between a noun and its "of" */
    size_t between_len;
    int of_here = j == end || (j == end + 1 && v->tok[end].kind == SR_TOKEN_WORD && !v->used[end] &&
                               !cue_at(v, k, end, &between_len));
    if ((r->a == SR_ROLE_AGENT && (j < end + AGENT_REACH || relative)) ||
        (r->a == SR_ROLE_OF && of_here)) {
      p->agent_at = v->tok[j + len - 1].byte_end; /* who acts follows: nothing it hits */
      p->agent_of = r->a == SR_ROLE_OF;
      /* but "l'attaque des jihadistes contre un poste militaire" hits what
      ** follows its "of" */
      if (r->a == SR_ROLE_AGENT) break;
      of_end = j + len;
      j += len - 1;
      continue;
    }
    /* "killed a former soldier": what he was is not what was hit;
    ** "killed Somalia's former defence minister": one person killed */
    if (r->a == SR_ROLE_FORMER) {
      int bare = 1; /* nothing but names between: "Somalia's" */
      for (size_t b = end; b < j && bare; b++) bare = v->used[b];
      if (bare && !p->one_victim) p->one_victim = 1;
      j += len;
      continue;
    }
    if (r->a == SR_ROLE_BETWEEN && j == end) p->between = 1;
    /* "affrontements armés entre les deux camps": one word may stand between */
    if (r->a == SR_ROLE_PARTIES && (j == end || (j == end + 1 && v->tok[end].kind == SR_TOKEN_WORD)))
      p->parties = 1;
    /* "affrontements intercommunautaires", "fighting between nomadic herders
    ** and farmers": who fights are communities */
    if (r->a == SR_ROLE_COMMUNAL) p->communal = 1;
    /* "a abattu 20 drones", "shot down a drone": what it acts on, an
    ** article or a figure (and a nationality after it) between; not
    ** "killed in Houthi drone strikes" */
    if (r->a == SR_ROLE_AIRCRAFT && j <= end + AIRCRAFT_REACH &&
        (j == end || v->tok[end].kind == SR_TOKEN_NUMBER || v->used[end] ||
         ((first_cue = cue_at(v, k, end, &first_len)) &&
          (first_cue->a == SR_ROLE_ONE || first_cue->a == SR_ROLE_OBJECT))))
      p->aircraft_hit = 1;
    if (r->a == SR_ROLE_AIMED && !p->aims_from) p->aims_from = v->tok[j + len - 1].byte_end;
    if ((r->a == SR_ROLE_SET_OFF || r->a == SR_ROLE_AIMED) && !p->set_off_from)
      p->set_off_from = v->tok[j + len - 1].byte_end;
    if (r->a == SR_ROLE_ONE && j == end) p->one_victim = 1;
    if ((r->a == SR_ROLE_ONE || r->a == SR_ROLE_OBJECT) && j == end) p->has_object = 1;
    /* "shot dead a policeman and an interpreter": one more */
    if (r->a == SR_ROLE_ANOTHER && p->one_victim) p->one_victim++;
    /* "une attaque de miliciens", "an attack by militiamen": the armed
    ** word its "of" names acts, it is not hit */
    if (what_is_hit(r->a) && !p->target && !(r->a == SR_ROLE_ARMED && j == of_end)) {
      p->target = r->a;
      p->held_by = r->b;
    }
    /* "killed the gendarme": the victim told as one is still read for what
    ** it is (armed) */
    if (r->a != SR_ROLE_ONE) j += len - 1;
  }
  /* "a gendarme was killed (by ...)": what it hits is the subject;
  ** "a woman succumbed to her wounds": a death with nothing after it
  ** befalls its subject */
  if (p->passive || p->victim_subject || (p->agent_at && !p->agent_of))
    subject(v, k, at, p, 1);
  else if (!p->has_object && !p->target && !p->one_victim &&
           sr_figure_kind_of(k, SR_CLASS_PERSON, p->action) == SR_KIND_KILLED &&
           !object_after(out, sentence_start(out, trigger), out->items[trigger].byte_end))
    subject(v, k, at, p, 0); /* who died, not what was hit */
  /* the cues of the words right before the trigger, each read once */
  const sr_row *cue[BEFORE_TOKENS] = {NULL};
  size_t cue_len[BEFORE_TOKENS] = {0};
  size_t from = at > BEFORE_TOKENS ? at - BEFORE_TOKENS : 0;
  for (size_t j = from; j < at; j++) cue[j - from] = cue_at(v, k, j, &cue_len[j - from]);
  for (size_t j = from; j < at; j++) {
    const sr_row *r = cue[j - from];
    if (!r) continue;
    len = cue_len[j - from];
    size_t gap = j + len <= at ? at - (j + len) : (size_t)-1; /* words between it and the trigger */
    /* "arrested three men after they attacked a church", "ont arrêté trois
    ** hommes après qu'ils ont attaqué": a clause with a subject of its own
    ** opens before the deed, no comma between; who acts before it did not
    ** do it */
    if (r->a == SR_ROLE_CLAUSE && gap != (size_t)-1) {
      int open = 1;
      for (size_t b = j + len; b < at && open; b++) open = !clause_punct(v, b);
      if (open) {
        p->clause_from = v->tok[j].byte_start + 1;
        p->clause_pronoun = r->b == SR_ROLE_PRONOUN;
      }
    }
    /* "les autorités attribuent cet attentat aux shebab", "police blamed the
    ** attack on Boko Haram": who did it follows the deed told with its
    ** article (not "was blamed for killing"), who ascribes it is no side */
    const sr_row *det = gap && gap != (size_t)-1 ? cue[j + len - from] : NULL;
    if (r->a == SR_ROLE_ASCRIBES && !p->agent_at && gap <= ASCRIBED_GAP && det &&
        (det->a == SR_ROLE_OBJECT || det->a == SR_ROLE_ONE)) {
      p->agent_at = out->items[trigger].byte_end;
      p->ascribed = 1;
    }
    /* "livestock seized": property right before a bare participle is what
    ** it takes ("militants killed" names who acts: an armed subject is no
    ** target) */
    if ((r->a == SR_ROLE_PROPERTY || r->a == SR_ROLE_WEAPONS) && gap == 0 && at - j <= HIT_BEFORE &&
        !p->target && !p->one_victim &&
        !object_after(out, sentence_start(out, trigger), out->items[trigger].byte_end))
      p->target = r->a;
    /* "has killed four people ... in an attack claimed by": the deed's
    ** circumstance, one word may stand between */
    if (r->a == SR_ROLE_WITHIN && j + 1 < at && gap <= WITHIN_BEFORE &&
        !(gap && (v->used[j + len] || is_punct(v, j + len))))
      p->within = 1;
    /* "inter-communal clashes", "tribal violence": right before it */
    if (r->a == SR_ROLE_COMMUNAL && gap == 0) p->communal = 1;
    /* "ont également signé un accord": one more deed (read where it
    ** counts: a non-violent deed told again, events.c) */
    if (r->a == SR_ROLE_ALSO && at - j <= ALSO_BEFORE) {
      if (k->actions[p->action].flags & SR_ACTION_VIOLENT)
        p->likewise = 1;
      else
        p->also = 1;
    }
  }
  /* "in a separate attack" right before it, or "In the capital,
  ** meanwhile," opening its sentence: another occasion (the opening read,
  ** then the words read above, not every word of a long sentence) */
  p->separate = separate_end && separate_end <= at; /* the opening, read once */
  for (size_t j = from > SEPARATE_OPENING ? from : SEPARATE_OPENING; j < at && !p->separate; j++) {
    const sr_row *r = cue[j - from];
    p->separate = r && r->a == SR_ROLE_SEPARATE && j + cue_len[j - from] <= at;
  }
  /* "the army said it killed", "l'armée a annoncé avoir tué": the deed
  ** after a speaker is its own only when a word says so (events.c) */
  for (size_t j = at; j-- > 0 && at - j <= OWN_BEFORE && !clause_punct(v, j);) {
    const sr_row *r = j >= from ? cue[j - from] : cue_at(v, k, j, &len);
    if (j >= from) len = cue_len[j - from];
    if (r && (r->a == SR_ROLE_OWN || (r->a == SR_ROLE_OBJECT && r->b == SR_ROLE_OWN)) &&
        j + len <= at) {
      p->own_at = v->tok[j].byte_start + 1;
      break;
    }
  }
  /* "the coalition targeting Houthi rebels killed": the actor right after
  ** "targeting" is what the subject aims at, not who acts */
  for (size_t i = out->count; i-- > 0 && out->items[i].sentence == out->items[trigger].sentence;) {
    const sr_mention *m = &out->items[i];
    if (m->type != SR_MENTION_ACTOR || m->byte_end > out->items[trigger].byte_start) continue;
    size_t j = at;
    while (j > 0 && v->tok[j - 1].byte_start >= m->byte_start) j--;
    for (size_t c = j > AIMED_BEFORE ? j - AIMED_BEFORE : 0; c < j; c++) {
      const sr_row *r = cue_at(v, k, c, &len);
      /* "targeting Shiite Houthi rebels": a word may stand between */
      if (r && r->a == SR_ROLE_AIMED && c + len <= j) p->aimed_at = m->byte_start + 1;
    }
    /* "les FACA, appuyées par les mercenaires de Wagner, ont repris", "the
    ** army, backed by Russian jets, retook": who backs the subject is no
    ** agent of it; the subject before it acts (ACLED's actor1) */
    for (size_t c = j > BACKER_BEFORE ? j - BACKER_BEFORE : 0; c < j; c++) {
      const sr_row *r = cue_at(v, k, c, &len);
      if (r && r->a == SR_ROLE_BACKER && c + len <= j) p->backer_at = m->byte_start + 1;
    }
    break;
  }
  /* "a pris la parole", "ont repris les cours": nothing taken */
  if (p->needs_ground && p->status == SR_EV_REALISED &&
      (k->actions[p->action].flags & SR_ACTION_TERRITORY) && !takes_ground(v, k, out, trigger, at, end) &&
      (p->target != SR_ROLE_PROPERTY && p->target != SR_ROLE_WEAPONS) &&
      !people_after(out, sentence_start(out, trigger), trigger))
    p->status = SR_EV_IDIOM;
  /* "a abattu 20 drones russes": a killing of what flies is a weapon's use
  ** disrupted, as ACLED codes it */
  if (p->aircraft_hit && sr_figure_kind_of(k, SR_CLASS_PERSON, p->action) == SR_KIND_KILLED) {
    int sub = sr_acled_role(k->acled, SR_SUB_DISRUPTED_WEAPONS);
    for (size_t i = 0; i < k->action_count; i++)
      if (k->actions[i].sub == sub) {
        p->action = (int)i; /* its doer is the killing's */
        break;
      }
  }
  /* "a arrêté sa progression": no one arrested, no arrest ("le chef", "un
  ** homme": one, roles.txt) */
  if (p->needs_someone && p->status == SR_EV_REALISED && !p->passive && !p->one_victim &&
      !someone_after(v, out, sentence_start(out, trigger), trigger, end))
    p->status = SR_EV_IDIOM;
  /* "seized livestock", "seized weapons": property taken, no ground */
  if ((k->actions[p->action].flags & SR_ACTION_TERRITORY) &&
      (p->target == SR_ROLE_PROPERTY || p->target == SR_ROLE_WEAPONS)) {
    int seize = seizure(k);
    if (seize >= 0) p->action = seize;
  }
  /* "captured two suspected thieves", "seized three villagers": people
  ** taken, no ground */
  if ((k->actions[p->action].flags & SR_ACTION_TERRITORY) && !p->passive &&
      people_after(out, sentence_start(out, trigger), trigger)) {
    int take = first_of_sub(k, sr_acled_role(k->acled, SR_SUB_ABDUCTION));
    if (take >= 0) p->action = take;
  }
  mob(v, k, out, trigger);
  /* "the army defused an IED": what a disarming acts on does not happen */
  int disrupted = sr_acled_role(k->acled, SR_SUB_DISRUPTED_WEAPONS);
  const sr_mention *t = &out->items[trigger];
  for (size_t i = trigger; i-- > 0 && out->items[i].sentence == t->sentence;) {
    const sr_mention *m = &out->items[i];
    if (m->type != SR_MENTION_TRIGGER || m->byte_end > t->byte_start) continue;
    if (k->actions[sr_trigger_of(m)->action].sub == disrupted &&
        t->byte_start - m->byte_end <= DISARMED_GAP && p->status == SR_EV_REALISED)
      p->status = SR_EV_FAILED;
    break;
  }
}

#define HEDGE_TOKENS 2 /* a hedge of one or two words: "presumed", "des présumés" */
#define HEDGE_REACH 7  /* tokens between a hedge and its actor: "presumed JNIM and/or ISGS militants" */

#define FORMER_BEFORE 3 /* tokens from a "former" cue to its actor: "ancien chef taliban" */
#define FORMER_GAP 1    /* words between them: a title, "chef" */
#define CLAIM_REACH 3 /* tokens between an actor and its claim: "the Islamic State group is claiming" */

#define CLAIMED_BY_GAP 1 /* words between a "claimed by" and its claimant: "revendiqué par les shebab" */
#define CLAIMED_BY_REACH 7 /* tokens back to a claim's passive: "bears all the hallmarks of" */

/* "Al-Shabaab claimed responsibility", "le JNIM a revendiqué": the actor
** right before a claim did what its sentence tells; so does the one right
** after a claim's passive ("a été revendiqué par les shebab": roles.txt
** "agent ... claim"). */
/* The cues of the BACK_READ tokens before a mention, read once for the
** claims, "former" and hedge cues that look back from it. */
#define BACK_READ 7 /* the longest of CLAIMED_BY_REACH, HEDGE_REACH, FORMER_BEFORE */
typedef struct back_cues {
  const sr_row *row[BACK_READ];
  size_t len[BACK_READ];
} back_cues;

static void read_back(const sr_view *v, const sr_event_pack *k, size_t start, back_cues *b) {
  size_t d = 0;
  for (; d < BACK_READ && d < start; d++) {
    b->row[d] = cue_at(v, k, start - 1 - d, &b->len[d]);
    /* none of these cues runs across a comma or a bracket: what stands
    ** before one is not read (but for the mark right before the mention:
    ** "claimed by (IS)") */
    if (d > 0 && clause_punct(v, start - 1 - d)) {
      d++;
      break;
    }
  }
  for (; d < BACK_READ; d++) {
    b->row[d] = NULL;
    b->len[d] = 0;
  }
}

static void claims(const sr_view *v, const sr_event_pack *k, sr_mention *m, size_t start,
                   const back_cues *back) {
  int inter = sr_actor_of(m)->inter;
  if (!sr_inter_non_state_armed(inter) && inter != SR_INTER_STATE && inter != SR_INTER_EXTERNAL)
    return; /* only who fights claims an attack */
  size_t len;
  for (size_t j = start; j-- > 0 && start - j <= CLAIMED_BY_REACH;) {
    const sr_row *r = back->row[start - 1 - j];
    len = back->len[start - 1 - j];
    if (r && r->a == SR_ROLE_AGENT && r->b == SR_ROLE_CLAIM && j + len <= start &&
        start - (j + len) <= CLAIMED_BY_GAP) {
      sr_actor_of(m)->claims = 1;
      return;
    }
  }
  size_t end = token_from(v, m->byte_end);
  for (size_t j = end; j < v->n && j <= end + CLAIM_REACH && !clause_punct(v, j); j++) {
    const sr_row *r = cue_at(v, k, j, &len);
    if (r && r->a == SR_ROLE_CLAIM) {
      sr_actor_of(m)->claims = 1;
      return;
    }
  }
  /* "Ali Khan, a spokesman for the BLA, claimed responsibility": the
  ** group ends the apposition the claim's verb follows (its acronym in
  ** brackets may close it) */
  size_t j = end;
  while (j < v->n && v->fold[j].len == 1 && v->fold[j].ptr[0] == ')') j++;
  const sr_row *r;
  if (j + 1 < v->n && v->fold[j].len == 1 && v->fold[j].ptr[0] == ',' &&
      (r = cue_at(v, k, j + 1, &len)) && r->a == SR_ROLE_CLAIM)
    sr_actor_of(m)->claims = 1;
}

#define UNCLAIMED_REACH 6 /* sentences back to the unnamed doers a "no one has claimed" tells of */

/* "Two gunmen opened fire at a mosque. [...] No one has claimed the
** attack": the unnamed armed men told last, in this sentence or within
** UNCLAIMED_REACH before it, are no group the report names (actors.c,
** the_documents_group); not those told earlier, of other deeds. */
static void unclaimed(const sr_view *v, const sr_event_pack *k, sr_mention_list *out) {
  /* read the sentence only when there are unnamed men to tell of */
  int unnamed = 0;
  for (size_t j = out->count;
       j-- > 0 && !unnamed && out->items[j].sentence + UNCLAIMED_REACH >= v->sentence;)
    unnamed = out->items[j].type == SR_MENTION_ACTOR &&
              sr_actor_of(&out->items[j])->actor_kind == SR_ACTOR_GENERIC;
  if (!unnamed) return;
  size_t len;
  size_t i = 0;
  while (i < v->n) {
    if (v->tok[i].kind == SR_TOKEN_WORD && sr_view_match(v, &k->t[SR_ET_UNCLAIMED], i, &len))
      break;
    i++;
  }
  if (i == v->n) return;
  size_t told = SIZE_MAX; /* the sentence of the unnamed men told last */
  for (size_t j = out->count; j-- > 0 && out->items[j].sentence + UNCLAIMED_REACH >= v->sentence;) {
    sr_mention *m = &out->items[j];
    if (told != SIZE_MAX && m->sentence != told && m->sentence != v->sentence) break;
    if (m->type == SR_MENTION_ACTOR && sr_actor_of(m)->actor_kind == SR_ACTOR_GENERIC) {
      sr_actor_of(m)->unclaimed = 1;
      if (m->sentence != v->sentence) told = m->sentence;
    }
  }
}

void sr_roles_hedges(const sr_view *v, const sr_event_pack *k, sr_mention_list *out,
                     sr_arena *arena) {
  static const int hedge = SR_ROLE_HEDGE;
  size_t first = out->count;
  while (first > 0 && out->items[first - 1].sentence == v->sentence) first--;
  unclaimed(v, k, out);
  for (size_t i = first, last = out->count; i < last; i++) {
    if (out->items[i].type != SR_MENTION_ACTOR) continue;
    size_t start = token_from(v, out->items[i].byte_start);
    back_cues back;
    read_back(v, k, start, &back);
    claims(v, k, &out->items[i], start, &back);
    size_t at = start < v->n && v->tok[start].byte_start == out->items[i].byte_start ? start : v->n;
    if (at >= v->n) continue;
    /* "a former Taliban leader", "un ancien militaire", "un ancien chef
    ** taliban": right before it, or one title word between */
    for (size_t j = at; j-- > 0 && at - j <= FORMER_BEFORE && !clause_punct(v, j);) {
      size_t len = back.len[at - 1 - j];
      const sr_row *r = back.row[at - 1 - j];
      if (r && r->a == SR_ROLE_FORMER && j + len <= at && at - (j + len) <= FORMER_GAP &&
          (j + len == at || !v->used[j + len]))
        sr_actor_of(&out->items[i])->former = 1;
    }
    /* the nearest hedge before it, within its noun phrase */
    for (size_t j = at; j-- > 0 && at - j <= HEDGE_REACH && !clause_punct(v, j);) {
      size_t len = back.len[at - 1 - j];
      const sr_row *r = back.row[at - 1 - j];
      if (!r || r->a != SR_ROLE_HEDGE || len > HEDGE_TOKENS || j + len > at) continue;
      if (!sr_mention_add(out, arena, v, SR_MENTION_HEDGE, j, j + len - 1, "actor.hedge",
                          &hedge, sizeof hedge))
        return;
      break;
    }
  }
}

/* Whether the actor mention is told with a hedge ("suspected militants"):
** a hedge before it in its sentence with no other actor between. */
int sr_roles_hedged(const sr_mention_list *l, long actor) {
  const sr_mention *a = &l->items[actor];
  size_t i = (size_t)actor; /* the sentence's mentions are around it, in any order */
  while (i > 0 && l->items[i - 1].sentence == a->sentence) i--;
  size_t from = i;
  for (; i < l->count && l->items[i].sentence == a->sentence; i++) {
    const sr_mention *h = &l->items[i];
    if (h->type != SR_MENTION_HEDGE || h->byte_end > a->byte_start) continue;
    int between = 0;
    for (size_t j = from; j < l->count && l->items[j].sentence == a->sentence && !between; j++)
      between = l->items[j].type == SR_MENTION_ACTOR && l->items[j].byte_start >= h->byte_end &&
                l->items[j].byte_end <= a->byte_start;
    if (!between && a->byte_start - h->byte_end <= HEDGE_BYTES) return 1;
  }
  return 0;
}

/* The first actor of [first, end) that starts at or after byte at, within
** reach; civilians act on no one, and who tells it did not do it ("dans
** l'explosion d'une bombe, selon la police") unless it claims it. */
static long actor_after(const sr_mention_list *l, size_t first, size_t end, size_t at) {
  long best = -1;
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (!sr_is_event_actor(m) || m->byte_start < at || m->byte_start - at > AGENT_GAP) continue;
    if (sr_is_speaker(l, i) && !sr_actor_of(m)->claims) continue;
    if (best < 0 || m->byte_start < l->items[best].byte_start) best = (long)i;
  }
  return best >= 0 && sr_actor_of(&l->items[best])->inter != SR_INTER_CIVILIANS ? best : -1;
}

/* The nearest actor before the trigger, victims included. */
static long actor_before(const sr_mention_list *l, size_t first, size_t end, const sr_mention *t) {
  long best = -1;
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (sr_is_event_actor(m) && m->byte_end <= t->byte_start &&
        (best < 0 || m->byte_end > l->items[best].byte_end))
      best = (long)i;
  }
  return best;
}

/* Whether a mention of this type starts right after the trigger: it acts
** on someone or something ("killed three", "killed soldiers"). */
static int followed_by(const sr_mention_list *l, size_t first, size_t end, const sr_mention *t,
                       sr_mention_type type) {
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == type && m->byte_start >= t->byte_end && m->byte_start - t->byte_end <= BARE_GAP)
      return 1;
  }
  return 0;
}

/* "Two policemen killed after an ambush": counted people right before a
** bare participle that acts on nothing are its victims. */
static int counted_victims(const sr_mention_list *l, size_t first, size_t end, const sr_mention *t,
                           long actor) {
  const sr_mention *a = &l->items[actor];
  if (a->byte_end > t->byte_start || t->byte_start - a->byte_end > BARE_GAP) return 0;
  if (followed_by(l, first, end, t, SR_MENTION_ACTOR) ||
      followed_by(l, first, end, t, SR_MENTION_QUANTITY))
    return 0;
  for (size_t i = first; i < end; i++) {
    const sr_mention *q = &l->items[i];
    if (q->type == SR_MENTION_QUANTITY && q->byte_start < a->byte_start &&
        q->byte_end + OF_GAP >= a->byte_start)
      return 1;
  }
  return 0;
}

static int unarmed(int inter) {
  return inter == SR_INTER_CIVILIANS || inter == SR_INTER_PROTESTERS || inter == SR_INTER_RIOTERS;
}

static int side(const sr_mention_list *l, long actor) {
  return actor >= 0 ? sr_actor_of(&l->items[actor])->inter : SR_INTER_NONE;
}

const char *sr_roles_sides(const sr_mention_list *l, size_t first, size_t end,
                           const sr_mention *t, const sr_event_pack *k, long *actor1,
                           long *actor2) {
  const sr_trigger_part *p = sr_trigger_of(t);
  const sr_action *a = &k->actions[p->action];
  /* A protest hits no one, as ACLED codes it: whatever its verb has after
  ** it is what it is for or against ("marched in support of the army",
  ** "protested against the shooting of a driver by police"), where it was
  ** ("a sit-in in front of the police station") or whom it is about ("a
  ** march for the victims"); the forces that step in do so by a deed of
  ** their own ("police dispersed them") or as a passive's agent ("was
  ** dispersed by police") */
  if ((a->flags & SR_ACTION_PROTESTERS) && *actor2 >= 0 && !p->passive && !p->agent_at &&
      side(l, *actor1) != SR_INTER_STATE) {
    *actor2 = -1;
    return "event.role.protest_cause";
  }
  if (p->agent_at && p->agent_of) {
    /* "les bombardements de l'armée": who acts, when no one before does;
    ** but "l'arrestation de miliciens", "la prise de Kawkab", "l'exécution
    ** de prisonniers", "les pertes des rebelles" name whom it hits */
    int vac = sr_acled_type_of(k->acled, sr_acled_role(k->acled, SR_SUB_CIVILIAN_ATTACK));
    int by_kind = (a->flags & SR_ACTION_VIOLENT) && a->type != vac &&
                  !(a->flags & (SR_ACTION_SUBORDINATE | SR_ACTION_TERRITORY));
    long by = *actor1 < 0 && by_kind ? actor_after(l, first, end, p->agent_at) : -1;
    if (by < 0) return NULL;
    *actor1 = by;
    if (*actor2 == by) *actor2 = -1;
    return "event.role.agent_of";
  }
  if (p->ascribed) {
    long by = actor_after(l, first, end, p->agent_at);
    if (by < 0) return NULL;
    *actor1 = by;
    *actor2 = -1;
    return "event.role.ascribed";
  }
  if (p->agent_at) {
    /* "were killed by gunmen", "ont été tués par des hommes armés" */
    long by = actor_after(l, first, end, p->agent_at);
    long before = actor_before(l, first, end, t);
    *actor1 = by;
    /* "the army said a shell fired by militants hit": who speaks is not hit */
    *actor2 = before >= 0 && before != by && !sr_is_speaker(l, (size_t)before) ? before : -1;
    return "event.role.agent_after";
  }
  if ((a->flags & SR_ACTION_SUBORDINATE) && !p->passive && !p->victim_subject && *actor1 >= 0 &&
      !p->target && !p->one_victim && counted_victims(l, first, end, t, *actor1)) {
    if (*actor2 < 0) *actor2 = *actor1;
    *actor1 = -1; /* who killed them is not told: never the victims' side */
    return "event.role.bare_participle";
  }
  /* "Five villagers were killed": the civilians before a passive suffer it */
  long before = p->passive && *actor2 < 0 ? actor_before(l, first, end, t) : -1;
  /* "Police confirmed the attack but said 15 people were killed": a
  ** speaker before the passive's own subject, people or civilians counted,
  ** is not who was hit ("Police said five officers were killed" tells its
  ** own) */
  if (before >= 0 && before != *actor1 &&
      ((a->flags & SR_ACTION_VIOLENT) || !sr_is_speaker(l, (size_t)before)) &&
      !(sr_is_speaker(l, (size_t)before) &&
        people_counted_between(l, (size_t)before, (size_t)(t - l->items)))) {
    *actor2 = before;
    return "event.role.passive_victims";
  }
  return NULL;
}


/* What the event's triggers hit, the first that says. */
static int target_of(const sr_event *e, const sr_mention_list *l) {
  for (size_t i = 0; i < e->trigger_count; i++) {
    int target = sr_trigger_of(&l->items[e->triggers[i]])->target;
    if (target) return target;
  }
  return 0;
}

int sr_roles_held_by(const sr_event *e, const sr_mention_list *l) {
  for (size_t i = 0; i < e->trigger_count; i++) {
    const sr_trigger_part *p = sr_trigger_of(&l->items[e->triggers[i]]);
    if (p->target) return p->target == SR_ROLE_ARMED ? p->held_by : 0;
  }
  return 0;
}

/* Whether a realised trigger of this sub-event type follows e's first one,
** in its sentence or the next ("Students protested.  Police fired tear
** gas."). */
static int followed_by_sub(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k,
                           int sub) {
  size_t i = (size_t)e->triggers[0], s = l->items[i].sentence;
  size_t from = l->items[i].byte_end;
  while (i > 0 && l->items[i - 1].sentence == s) i--;
  for (; i < l->count && l->items[i].sentence <= s + 1; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_TRIGGER && m->byte_start >= from &&
        sr_trigger_of(m)->status == SR_EV_REALISED && k->actions[sr_trigger_of(m)->action].sub == sub)
      return 1;
  }
  return 0;
}

/* Whether e's actor2 is what its first trigger takes, right after it:
** "abducted four volunteer fighters", not "abducted three people,
** including a militia chief" nor "abducted and seized a government car". */
static int taken_object(const sr_event *e, const sr_mention_list *l) {
  const sr_mention *t = &l->items[e->triggers[0]], *o = &l->items[e->actor2];
  return o->sentence == t->sentence && o->byte_start >= t->byte_end &&
         o->byte_start - t->byte_end <= TAKEN_GAP && !sr_trigger_of(t)->passive;
}

/* Whether a realised protest is told in e's sentence or in the before
** sentences before it. */
static int protest_beside(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k,
                          size_t before) {
  size_t i = (size_t)e->triggers[0], s = l->items[i].sentence;
  size_t from = s > before ? s - before : 0;
  while (i > 0 && l->items[i - 1].sentence >= from) i--;
  for (; i < l->count && l->items[i].sentence <= s; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_TRIGGER && sr_trigger_of(m)->status == SR_EV_REALISED &&
        (k->actions[sr_trigger_of(m)->action].flags & SR_ACTION_PROTESTERS))
      return 1;
  }
  return 0;
}

/* Whether the report tells of protests and names no armed group, by name
** or word: its violence against the police is its crowds'. */
int sr_roles_protest_report(const sr_mention_list *l, const sr_event_pack *k) {
  int protest = 0;
  for (size_t i = 0; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_ACTOR && !m->dropped && sr_inter_non_state_armed(sr_actor_of(m)->inter))
      return 0;
    protest |= m->type == SR_MENTION_TRIGGER && sr_trigger_of(m)->status == SR_EV_REALISED &&
               (k->actions[sr_trigger_of(m)->action].flags & SR_ACTION_PROTESTERS);
  }
  return protest;
}

int sr_roles_sub(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k, int sub) {
  const sr_acled *acled = k->acled;
  int target = target_of(e, l);
  int inter1 = side(l, e->actor1), inter2 = side(l, e->actor2);
  /* "attacked a military post", "killed a gendarme": two armed sides (or
  ** a riot, read below) */
  if (sub == sr_acled_role(acled, SR_SUB_CIVILIAN_ATTACK) && target == SR_ROLE_ARMED &&
      (e->action->flags & SR_ACTION_CIVILIANS) && !unarmed(inter1))
    sub = sr_acled_role(acled, SR_SUB_CLASH);
  /* "abducted four volunteer fighters": taking an armed side's members is
  ** a fight between two armed sides */
  if (sub == sr_acled_role(acled, SR_SUB_ABDUCTION) && !unarmed(inter1) &&
      (inter2 == SR_INTER_STATE || sr_inter_non_state_armed(inter2)) &&
      taken_object(e, l))
    return sr_acled_role(acled, SR_SUB_CLASH);
  /* "soldiers seized weapons": weapons taken from armed groups */
  if (sub == sr_acled_role(acled, SR_SUB_PROPERTY_DESTRUCTION) && target == SR_ROLE_WEAPONS &&
      inter1 == SR_INTER_STATE)
    return sr_acled_role(acled, SR_SUB_DISRUPTED_WEAPONS);
  /* "youths detained a judge": people a crowd seizes suffer mob violence */
  if ((sub == sr_acled_role(acled, SR_SUB_ABDUCTION) || sub == sr_acled_role(acled, SR_SUB_ARRESTS)) &&
      inter1 == SR_INTER_RIOTERS)
    return sr_acled_role(acled, SR_SUB_MOB_VIOLENCE);
  /* "protesters burned tyres", "rioters looted shops": a crowd's damage is a riot */
  if (sub == sr_acled_role(acled, SR_SUB_PROPERTY_DESTRUCTION) && unarmed(inter1))
    return sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
  /* "Staff protested.  Their march was dispersed by police." */
  int intervention = sr_acled_role(acled, SR_SUB_PROTEST_INTERVENTION);
  if ((e->action->flags & SR_ACTION_PROTESTERS) && sub != intervention &&
      sr_acled_type_of(acled, sub) == sr_acled_type_of(acled, intervention) &&
      followed_by_sub(e, l, k, intervention))
    return intervention;
  /* "clashed with police following a rally", "clashes during protests",
  ** and "Thousands marched.  Several were wounded in clashes with the
  ** police": a fight beside a protest, or in a report of protests that
  ** names no armed group, with no armed group in it, is its crowd rioting */
  if ((e->action->flags & SR_ACTION_MUTUAL) && sub == sr_acled_role(acled, SR_SUB_CLASH) &&
      !sr_inter_non_state_armed(inter1) && !sr_inter_non_state_armed(inter2) &&
      inter1 != SR_INTER_EXTERNAL && inter2 != SR_INTER_EXTERNAL &&
      (protest_beside(e, l, k, 0) || sr_roles_protest_report(l, k)))
    return sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
  /* "Students demonstrated.  They attacked the governor's office": a
  ** demonstration's crowd that turns violent riots as demonstrators */
  if (sub == sr_acled_role(acled, SR_SUB_MOB_VIOLENCE) && inter1 == SR_INTER_RIOTERS &&
      protest_beside(e, l, k, 1))
    return sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
  /* "a gendarme was shot dead", "seventeen policemen were wounded" at a
  ** protest told in the sentence or the one before, or in a report of
  ** protests that names no armed group: the crowd rioted, there was no
  ** battle */
  if (sub == sr_acled_role(acled, SR_SUB_CLASH) && !(e->action->flags & SR_ACTION_MUTUAL) &&
      (inter1 == SR_INTER_STATE || inter1 == SR_INTER_NONE) &&
      (inter2 == SR_INTER_STATE || inter2 == SR_INTER_NONE) && inter1 + inter2 != 0 &&
      (protest_beside(e, l, k, 1) || sr_roles_protest_report(l, k)))
    return sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
  /* "clashes between students and police": a crowd fights, it riots */
  if ((e->action->flags & SR_ACTION_MUTUAL) && sub == sr_acled_role(acled, SR_SUB_CLASH) &&
      (unarmed(inter1) || unarmed(inter2)) && !sr_inter_non_state_armed(inter1) &&
      !sr_inter_non_state_armed(inter2))
    return sr_acled_role(acled, inter1 == SR_INTER_STATE || inter2 == SR_INTER_STATE
                                    ? SR_SUB_VIOLENT_DEMONSTRATION
                                    : SR_SUB_MOB_VIOLENCE);
  return sub;
}

double sr_roles_one_killed(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k) {
  for (size_t i = 0; i < e->trigger_count; i++) {
    const sr_trigger_part *p = sr_trigger_of(&l->items[e->triggers[i]]);
    if (p->one_victim && sr_figure_kind_of(k, SR_CLASS_PERSON, p->action) == SR_KIND_KILLED)
      return p->one_victim;
  }
  return -1;
}
