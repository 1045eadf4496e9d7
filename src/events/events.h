/*
** Events: what the mentions add up to.  Triggers (triggers.txt, matched on
** Snowball stems so that every tense matches) are found per sentence with
** their modality (modality.txt: planned, hypothetical, failed, denied);
** once the document is read, each realised trigger gathers, within its
** sentence, the actors, place, date and figures around it, the sources that
** govern its sentence, and an ACLED type from events/actions.tsv.  Events
** that are one real-world event told twice are merged.
*/
#ifndef SR_EVENTS_H
#define SR_EVENTS_H

#include <assert.h>
#include <string.h>

#include "../actors/actors.h"
#include "../attribution/attribution.h"
#include "../mentions/mention.h"
#include "../places/places.h"
#include "../util/strmap.h"
#include "pack.h"

enum { SR_MENTION_TRIGGER = SR_MENTION_SOURCE + 1 };

/* A headline and a lede tell the news; what comes after may tell it again
** or give its background.  Lines before the lede that do not end as prose
** (a second headline, a dateline, a byline) push it down (doc.c). */
#define LEDE_SENTENCES 2

typedef struct sr_trigger_part {
  int action;             /* index in the event pack's actions */
  int status;             /* sr_status_kind from modality.txt */
  const char *status_cue; /* the words that set it, folded, or NULL */
  int passive;            /* "a été prise par X": X acts */
  int victim_subject;     /* "IS lost 28 fighters": the subject suffers it */
  int subject_dies;       /* "three peacekeepers died": the subject dies, it did no deed
                             of the sentence (triggers.txt "dies") */
  int needs_ground;       /* "pris": an event only with ground taken (triggers.txt "ground") */
  int needs_someone;      /* "a arrêté": an event only on someone (triggers.txt "someone") */
  int only_anaphor;       /* "the incident": only the event told before (triggers.txt
                             "anaphor") */
  int part_of_toll;       /* "six of those killed", "among the dead": some of the dead told
                             before, never more dead (modality.txt "breakdown") */
  int dates_its_sentence; /* "since a shaky ceasefire": a deed named after "since" to date
                             its sentence, known, never news of its own */
  int aircraft_hit;       /* "a abattu 20 drones": what it kills flies (roles.txt "aircraft") */
  int also;               /* "ont également signé": one more deed, not one told again */
  int likewise;           /* "two farmers were also killed": one more violent deed, of
                             the doer told last when it names none (events.c) */
  int separate;           /* "In the capital, meanwhile,", "in a separate attack": its
                             sentence tells another occasion than the one told before
                             (roles.txt "separate") */
  int later;              /* "Hours later,", "Quelques heures plus tard," opening its
                             sentence: told on the time of the sentence before
                             (roles.txt "later") */
  int plural;             /* "attacks", "raids": a plural noun (modality.txt `plural` on
                             the trigger itself), in the lede as past it */
  /* what the words around it say of its sides (roles.c, roles.txt) */
  size_t agent_at;        /* "killed by X": byte where the cue ends, X after; 0 none */
  size_t aimed_at;        /* "the coalition targeting Houthi rebels killed": 1 + the byte
                             where the actor aimed at starts, no agent of it; 0 none */
  size_t backer_at;       /* "les FACA, appuyées par Wagner, ont repris": 1 + the byte
                             where the actor that backs the subject starts, no agent of
                             it; 0 none */
  size_t own_at;          /* "the army said it killed": 1 + the byte where a word starts,
                             between a speaker and the trigger, that makes the deed the
                             speaker's own (roles.txt "own"); 0 none */
  size_t aims_from;       /* "une attaque contre un poste militaire": the byte where the
                             aim cue ends; the actor right after is hit; 0 none */
  size_t set_off_from;    /* "rioted following the death of", "a march against the killing
                             of": the byte where the cue of what set a crowd off ends
                             (roles.txt "set_off", or an aim); 0 none */
  size_t clause_from;     /* "arrested three men after they attacked": 1 + the byte where
                             a clause with a subject of its own opens before the trigger
                             (roles.txt "clause"); who acts before it is no agent; 0 none */
  int clause_pronoun;     /* that clause's subject is a pronoun ("after they"): it may be
                             the subject before it ("Syrian forces severed the road when
                             they seized a hill") */
  int agent_of;           /* the cue is "de", "of": X acts only if no one before does */
  int ascribed;           /* "les autorités attribuent cet attentat aux shebab": the agent
                             follows it (agent_at), who ascribes it is no side */
  int between;            /* "clashes between": both sides follow it */
  int parties;            /* "clashes between the two sides": both sides are those of
                             the deed told before (roles.txt "parties") */
  int communal;           /* "affrontements intercommunautaires", "tribal clashes": fought
                             between communities (roles.txt "communal") */
  int target;             /* SR_ROLE_ARMED, _PROPERTY, _WEAPONS: what it hits; 0 unsaid */
  int held_by;            /* an armed target held by a state's forces, their sr_institution
                             ("un poste militaire": military; roles.txt); 0 unsaid */
  int one_victim;         /* "killed a farmer": one killed, though no figure says so;
                             "a policeman and an interpreter": two */
  int has_object;         /* a noun phrase follows ("attacked the office"): not a bare
                             participle ("villagers killed near X") */
  int within;             /* "killed four people ... in an attack": the circumstance of
                             its sentence's deed, told with it however far */
} sr_trigger_part;

static inline sr_trigger_part *sr_trigger_of(const sr_mention *m) {
  assert(m->type == SR_MENTION_TRIGGER);
  return m->part;
}

/* Triggers of one sentence, and what its figures count; function_words
** (the language's commonest short words, engine.h) tell a page's run of
** tags from the text's own words. */
void sr_recognize_triggers(const sr_view *v, const sr_event_pack *k,
                           const sr_actor_pack *actors, const sr_strmap *function_words,
                           sr_mention_list *out, sr_arena *arena);

#define SR_EVENT_MAX_QUANTITIES 8
#define SR_EVENT_MAX_TRIGGERS 10
#define SR_EVENT_MAX_RULES 12
#define SR_EVENT_MAX_SOURCES 16

/* A source that speaks for an event, and how far its word reaches there. */
typedef struct sr_event_source {
  long mention;
  sr_scope scope;
} sr_event_source;

typedef struct sr_event {
  const sr_action *action;
  /* the remote weapon a later sentence told the attack by ("The RSF
  ** launched a barrage of drones"): its action once merging is done */
  const sr_action *weapon;
  int sub;                    /* ACLED sub-event type (acled.h) */
  int status;                 /* sr_status_kind: only realised ones print */
  long triggers[SR_EVENT_MAX_TRIGGERS]; /* mention indexes: the evidence */
  size_t trigger_count;
  /* per trigger: 1, its figures are the losses of the side that attacked
  ** ("some thirty terrorists were also killed"), added to the toll; 2,
  ** more dead than those its event told before ("two others died on the
  ** way to hospital"), added to the count told just before them */
  unsigned char losses[SR_EVENT_MAX_TRIGGERS];
  unsigned char more_dead;    /* a trigger's losses are 2: more dead joined it */
  long date, place, actor1, actor2; /* mention indexes, or -1 */
  /* A side no actor tells, but the type or a figure says who: ACLED's
  ** "Civilians (X)" hit by violence against civilians (actor2), the state
  ** forces a figure counts ("five soldiers were killed": actor2, named in
  ** doc.c), the "Unidentified Armed Group (X)" that fought state forces in
  ** a battle whose attackers the text does not name (actor1);
  ** implied_from is the mention that shows them (the victims' figure, else
  ** the trigger).  NULL: none.  Forces the type alone implies (the police
  ** that arrests, or steps into a protest) have their institution in
  ** implied_institution (an sr_institution; 0: the figure's forces). */
  const char *implied[2];
  int implied_inter[2];
  long implied_from[2];
  int implied_institution[2];
  /* actor1 and actor2 as ACLED names them here, when not as their mention
  ** does: the unnamed people of the event's own country, rioters for the
  ** crowd of a riot (doc.c); NULL, 0: the mention's name and inter */
  const char *side_name[2];
  int side_inter[2];
  int place_from_document;    /* the document's main place stands in */
  /* the country whose part its sentence told ("in eastern Afghanistan"),
  ** the document's place standing in for it, and that part's direction */
  const struct sr_place *part_of;
  int part_direction;
  /* the gazetteer's entry of place, or NULL; for a part of a country told
  ** by its direction ("l'est du Mali", placed at the unit that way), the
  ** country: what events are compared by */
  const struct sr_place *where;
  int date_published;         /* no date told: the report's, on or before it */
  int date_told;              /* date is the day someone told of it ("said
                              ** Friday"): the event on or before it */
  long quantities[SR_EVENT_MAX_QUANTITIES];
  int kinds[SR_EVENT_MAX_QUANTITIES];
  size_t quantity_count;
  sr_event_source sources[SR_EVENT_MAX_SOURCES]; /* who says so */
  size_t source_count;
  int outlet_fallback;        /* nothing the text names tells it, not even the
                              ** outlet's credit: the record's publisher does,
                              ** marked as a fallback (printed only when known) */
  double fatalities;          /* ACLED's count, -1 when none was given */
  const char *rules[SR_EVENT_MAX_RULES];
  size_t rule_count;
  long joined_with;           /* "Koglweogo and Foulse militiamen killed": 1 + the mention
                                 of the side named with actor1 (on its side: never its
                                 actor2); 0 none */
  int one_kind_both_sides;    /* "clashes between armed groups": actor1 and actor2 the
                                 same unnamed kind, two sides all the same */
  int backdrop;               /* "amid the fighting": an event only with another of its
                                 sentence folded in, the setting of that one */
  int faced_police;           /* a crowd's event that took in the police stepping in */
  int vouched;                /* "an army official confirmed an attack": a speaker of its
                                 sentence tells it, not its doer: one occasion */
  int merged;                 /* folded into an earlier event */
  struct sr_event *merged_into; /* that event, in the same array */
} sr_event;

/* What events are built from: a document's resolved mentions and what the
** engine knows. */
typedef struct sr_event_inputs {
  const char *text;
  const sr_sentence *sentences;
  size_t sentence_count;
  const unsigned char *sentence_flags; /* SR_SENT_* per sentence, or NULL */
  const sr_mention_list *mentions; /* in text order */
  const sr_sentence_index *sources;
  const sr_date *published;        /* NULL when unknown */
  const sr_event_pack *pack;
  const sr_gazetteer *gazetteer;
  sr_arena *scratch;               /* reset by the caller between uses */
  const char *civilians;           /* "Civilians (X)" of the document's country, or NULL */
  const char *unidentified;        /* "Unidentified Armed Group (X)" of it, or NULL */
  size_t lede_end;                 /* the first sentence past the headline and lede */
} sr_event_inputs;

/* Builds the events; *out is on the heap (free()), merged and unrealised
** ones included, marked. */
sr_status sr_build_events(const sr_event_inputs *in, sr_event **out,
                          size_t *count, sr_error *err);

/* Adds a rule to the event's evidence, each once. */
static inline void sr_event_add_rule(sr_event *e, const char *rule) {
  for (size_t i = 0; i < e->rule_count; i++)
    if (strcmp(e->rules[i], rule) == 0) return;
  if (e->rule_count < SR_EVENT_MAX_RULES) e->rules[e->rule_count++] = rule;
}

/* Whether an event is written out: realised and not merged into another. */
static inline int sr_event_reported(const sr_event *e) {
  return !e->merged && e->status == SR_EV_REALISED;
}

#endif
