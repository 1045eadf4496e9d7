/*
** Roles: who did what to whom, from the words around a trigger (roles.txt).
** actor1 is who acts, actor2 whom it hits: "were killed by gunmen" names
** who acts after the trigger; "Two policemen killed in an ambush" names
** only the victims, before it.  What a trigger hits chooses its type as
** ACLED codes it: a military post or a gendarme is an armed side (Battles),
** livestock seized is property (Looting), weapons seized by state forces
** are a disrupted weapons use; a crowd that fights the police riots.
** "presumed JNIM militants": the actor keeps its role, marked as hedged.
*/
#ifndef SR_ROLES_H
#define SR_ROLES_H

#include "events.h"

/* A hedge word ("presumed", "présumés") right before an actor. */
enum { SR_MENTION_HEDGE = SR_MENTION_TRIGGER + 1 };

/* An actor an event can take: named, or state forces whose country is not
** known ("les troupes régulières" in a text that names none). */
static inline int sr_is_event_actor(const sr_mention *m) {
  return m->type == SR_MENTION_ACTOR && !sr_actor_of(m)->former &&
         (m->name || sr_actor_of(m)->actor_kind == SR_ACTOR_STATE);
}

/* Whether the actor mention l->items[i] is who speaks ("..., police said"):
** a source mention spans its words (mentions are in text order). */
static inline int sr_is_speaker(const sr_mention_list *l, size_t i) {
  const sr_mention *m = &l->items[i];
  for (size_t j = i; j-- > 0 && l->items[j].sentence == m->sentence;)
    if (l->items[j].type == SR_MENTION_SOURCE && l->items[j].byte_end >= m->byte_end) return 1;
  for (size_t j = i + 1; j < l->count && l->items[j].byte_start == m->byte_start; j++)
    if (l->items[j].type == SR_MENTION_SOURCE && l->items[j].byte_end >= m->byte_end) return 1;
  return 0;
}

/* Whether the report tells of protests and names no armed group, by name
** or word: its violence against the police is its crowds', and the force
** no one is told to have used on people is the state's, not a group's. */
int sr_roles_protest_report(const sr_mention_list *l, const sr_event_pack *k);

/* Reads the cues of the trigger out->items[trigger], spanning tokens [at,
** end), into its part: an agent cue after it, what it hits, one victim (its
** status and voice are already set); civilians who do its violence
** themselves become a crowd of rioters. */
void sr_roles_read(const sr_view *v, const sr_event_pack *k, sr_mention_list *out,
                   size_t trigger, size_t at, size_t end, size_t separate_end);

/* One past the end of the `separate` cue ("Meanwhile,", "In the capital,
** meanwhile,") and of the `later` cue ("Hours later,") among the
** sentence's first words, or 0: read once a sentence, in one pass. */
void sr_roles_openings(const sr_view *v, const sr_event_pack *k, size_t *separate_end,
                       size_t *later_end);

/* Adds a hedge mention before each actor of the sentence a hedge word
** precedes, and marks the actors a "former" word precedes.  The sentence's
** actors are the last mentions of out. */
void sr_roles_hedges(const sr_view *v, const sr_event_pack *k, sr_mention_list *out,
                     sr_arena *arena);

/* Whether the actor mention is told with a hedge ("suspected militants"). */
int sr_roles_hedged(const sr_mention_list *l, long actor);

/* Sets the sides of the event of trigger t (mention list [first, end) is
** its sentence) by the cues around it; the rule that did, or NULL. */
const char *sr_roles_sides(const sr_mention_list *l, size_t first, size_t end,
                           const sr_mention *t, const sr_event_pack *k, long *actor1,
                           long *actor2);

/* The sub-event type sub (chosen by the sides) corrected by what the
** event's triggers hit and who fights whom. */
/* The state's forces that hold what e hits, when its words say so
** (roles.txt "armed" with an institution: "un poste militaire", "a police
** station"): an sr_institution, 0 unsaid. */
int sr_roles_held_by(const sr_event *e, const sr_mention_list *l);
int sr_roles_sub(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k, int sub);

/* A killing of one victim that no figure counts ("killed a farmer"): 1,
** else -1. */
double sr_roles_one_killed(const sr_event *e, const sr_mention_list *l, const sr_event_pack *k);

#endif
