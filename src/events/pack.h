/*
** What the event stage knows (docs/packs.md#events, docs/events.md): the
** finer actions and the ACLED sub-event type of each (events/actions.tsv),
** what a figure counts by its noun's class and the action
** (events/figure_kinds.tsv), and each language's triggers and modality cues.
*/
#ifndef SR_EVENT_PACK_H
#define SR_EVENT_PACK_H

#include "../acled/acled.h"
#include "../mentions/pack.h"
#include "../tables/table.h"
#include "../util/names.h"

/* events/actions.tsv flags (see the file's header). */
#define SR_ACTION_FLAGS(X)                                                 \
  X(SR_ACTION_TERRITORY_BIT, "territory")                                  \
  X(SR_ACTION_CIVILIANS_BIT, "civilians")                                  \
  X(SR_ACTION_AGENT_BIT, "agent")                                          \
  X(SR_ACTION_ANNOUNCE_BIT, "announce")                                    \
  X(SR_ACTION_SUBORDINATE_BIT, "subordinate")                              \
  X(SR_ACTION_VIOLENT_BIT, "violent")                                      \
  X(SR_ACTION_PROTESTERS_BIT, "protesters")                                \
  X(SR_ACTION_RIOTERS_BIT, "rioters")                                      \
  X(SR_ACTION_MUTUAL_BIT, "mutual")                                        \
  X(SR_ACTION_ROAD_BIT, "road")                                            \
  X(SR_ACTION_COUNTED_BIT, "counted")                                      \
  X(SR_ACTION_WEAPON_BIT, "weapon")                                        \
  X(SR_ACTION_STANDING_BIT, "standing")                                    \
  X(SR_ACTION_DATED_BIT, "dated")
enum { SR_ACTION_FLAGS(SR_ENUM_ID) SR_ACTION_FLAG_COUNT };
enum {
  SR_ACTION_TERRITORY = 1 << SR_ACTION_TERRITORY_BIT, /* sub-type by who took it */
  SR_ACTION_CIVILIANS = 1 << SR_ACTION_CIVILIANS_BIT, /* civilians as the target */
  SR_ACTION_AGENT = 1 << SR_ACTION_AGENT_BIT,         /* no event without an actor */
  SR_ACTION_ANNOUNCE = 1 << SR_ACTION_ANNOUNCE_BIT,   /* a decision: a future date is fine */
  SR_ACTION_SUBORDINATE = 1 << SR_ACTION_SUBORDINATE_BIT, /* joins the sentence's event */
  SR_ACTION_VIOLENT = 1 << SR_ACTION_VIOLENT_BIT,
  SR_ACTION_PROTESTERS = 1 << SR_ACTION_PROTESTERS_BIT, /* who does it protests */
  SR_ACTION_RIOTERS = 1 << SR_ACTION_RIOTERS_BIT,       /* who does it riots */
  SR_ACTION_MUTUAL = 1 << SR_ACTION_MUTUAL_BIT, /* "clashes between X and Y": both after it */
  SR_ACTION_ROAD = 1 << SR_ACTION_ROAD_BIT, /* an event only when it hits a road (roles.txt) */
  SR_ACTION_COUNTED = 1 << SR_ACTION_COUNTED_BIT, /* an event only with a figure of its own */
  SR_ACTION_WEAPON = 1 << SR_ACTION_WEAPON_BIT, /* names a weapon: seized, an item */
  /* a state of things (a deal, a truce): news only when its clause tells it
  ** made (roles.txt "made"); told again by its noun, it is no new one */
  SR_ACTION_STANDING = 1 << SR_ACTION_STANDING_BIT,
  /* past the lede, an event only with a date of its own: "the wounded
  ** were evacuated", "a curfew is in force" are details or background */
  SR_ACTION_DATED = 1 << SR_ACTION_DATED_BIT
};

typedef struct sr_action {
  char *name;
  int sub;  /* ACLED sub-event type (acled.h) */
  int type; /* its event type: sr_acled_type_of(sub) */
  int flags;
} sr_action;

/* A trigger's subject (triggers.txt): who acts, or who suffers it. */
/* ground: the subject acts, and the word takes ground only with a place
** or a position after it ("a pris la ville", not "a pris la parole");
** idiom: a phrase the word is part of that tells no event ("attaque
** cardiaque", "war of words"); someone: the word tells the deed only with
** someone it acts on right after it ("a arrêté trois suspects", not "a
** arrêté sa progression"); active: likewise, and never in the passive
** ("Police shot a protester"; not "a fifth victim was shot", "some were
** shot by the attackers", a toll told again, nor "shots rang out"); anaphor: the word tells an event only as one
** told before, with an article ("The incident occurred on Monday" dates
** the strike told before it; "a security incident" tells nothing); dies:
** its subject dies ("died", "sont morts"), it did no deed of the sentence
** ("the peacekeepers died during an ambush": they did not ambush). */
#define SR_TRIGGER_SUBJECTS(X) \
  X(SR_TRIGGER_AGENT, "agent") X(SR_TRIGGER_VICTIM, "victim") X(SR_TRIGGER_GROUND, "ground") \
  X(SR_TRIGGER_IDIOM, "idiom") X(SR_TRIGGER_SOMEONE, "someone") X(SR_TRIGGER_ANAPHOR, "anaphor") \
  X(SR_TRIGGER_ACTIVE, "active") X(SR_TRIGGER_DIES, "dies")
enum { SR_TRIGGER_SUBJECTS(SR_ENUM_ID) SR_TRIGGER_SUBJECT_COUNT };

/* Role cues (roles.txt, src/events/roles.c): what the words around a
** trigger say of its sides.  agent: "killed by X", X acts; hedge:
** "presumed militants", the actor is told with doubt; one: "killed a
** farmer", one victim; armed, property, weapons: what the trigger acts on
** ("attacked a military post", "seized livestock", "seized weapons", road:
** "blocked the ring road");
** of: right after a trigger that no actor precedes, who acts follows it
** ("les bombardements de l'armée"); between: right after a mutual deed,
** both its sides follow ("clashes between armed groups"); parties: right
** after a mutual deed, its two sides are those of the deed told before
** ("clashes between the two sides"); communal: beside a mutual deed, it
** is fought between communities ("affrontements intercommunautaires",
** "tribal clashes", "fighting between rival clans"); instrument: right
** after a deed's noun, the weapon it was done with ("une attaque à main
** armée attribuée aux séparatistes"): who did it and what it hit follow;
** made: in the clause of a deal or a truce, it was made ("signed a
** ceasefire", "a truce was agreed"), not only named ("the fragile truce");
** clause: before a deed, a clause with a subject of its own opens ("after
** they attacked", "après qu'ils ont attaqué"): who acts before it did
** not do the deed, unless its subject is a pronoun ("pronoun", a third
** field) and nothing the deed before it hit stands between (events.c). */
#define SR_ROLE_CUES(X)                                                    \
  X(SR_ROLE_CUE_NONE, "") X(SR_ROLE_AGENT, "agent") X(SR_ROLE_HEDGE, "hedge")     \
  X(SR_ROLE_ONE, "one") X(SR_ROLE_ARMED, "armed") X(SR_ROLE_PROPERTY, "property") \
  X(SR_ROLE_WEAPONS, "weapons") X(SR_ROLE_OF, "of") X(SR_ROLE_ROAD, "road")    \
  X(SR_ROLE_ANOTHER, "another") X(SR_ROLE_OBJECT, "object") \
  X(SR_ROLE_COMPLEMENT, "complement") X(SR_ROLE_GROUND, "ground") X(SR_ROLE_ALSO, "also") \
  X(SR_ROLE_AIMED, "aimed") X(SR_ROLE_CLAIM, "claim") X(SR_ROLE_WITHIN, "within") \
  X(SR_ROLE_BETWEEN, "between") X(SR_ROLE_SET_OFF, "set_off") \
  X(SR_ROLE_ASCRIBES, "ascribes") X(SR_ROLE_RELATIVE, "relative") X(SR_ROLE_AIRCRAFT, "aircraft") \
  X(SR_ROLE_BACKER, "backer") X(SR_ROLE_AGE, "age") X(SR_ROLE_OWN, "own") \
  X(SR_ROLE_FORMER, "former") X(SR_ROLE_SEPARATE, "separate") X(SR_ROLE_LATER, "later") \
  X(SR_ROLE_PARTIES, "parties") X(SR_ROLE_COMMUNAL, "communal") \
  X(SR_ROLE_INSTRUMENT, "instrument") X(SR_ROLE_MANY, "many") X(SR_ROLE_SINGLE, "single") \
  X(SR_ROLE_MADE, "made") X(SR_ROLE_CLAUSE, "clause") X(SR_ROLE_PRONOUN, "pronoun")
enum { SR_ROLE_CUES(SR_ENUM_ID) SR_ROLE_CUE_COUNT };

/* Modality (modality.txt) and the engine's own judgements: what makes a
** trigger not a realised event.  Packs may name every status before
** SR_EV_HISTORICAL. */
#define SR_STATUSES(X)                                                     \
  X(SR_EV_REALISED, "realised") X(SR_EV_PLANNED, "planned")                \
  X(SR_EV_HYPOTHETICAL, "hypothetical") X(SR_EV_FAILED, "failed")          \
  X(SR_EV_DENIED, "denied")                                                \
  X(SR_EV_NEGATION, "negation")   /* "pas", "not": near the trigger only */ \
  X(SR_EV_PASSIVE, "passive")     /* "a été prise par": the voice, not a status */ \
  X(SR_EV_ANAPHORIC, "anaphoric") /* "the attack": an event told before */ \
  X(SR_EV_COORDINATED, "coordinated") /* "puis de se rendre": the one before's */ \
  X(SR_EV_CUMULATIVE, "cumulative") /* "killed since the conflict began" */ \
  X(SR_EV_SINCE, "since")         /* "since 2014": cumulative when a year follows */ \
  X(SR_EV_BACKGROUND, "background") /* "earlier this month", past the lede */ \
  X(SR_EV_ACCIDENTAL, "accidental") /* "died of cholera", "road accident": no violence */ \
  X(SR_EV_GENERIC, "generic")     /* "dozens of raids": a kind of event, not one */ \
  X(SR_EV_PLURAL, "plural")       /* the trigger itself, past the lede: "attacks" */ \
  X(SR_EV_EARLIER, "earlier")     /* "had been killed": the event told before, or background */ \
  X(SR_EV_MOTIVE, "motive")       /* "to denounce the massacres": what an act is about */ \
  X(SR_EV_BACKDROP, "backdrop")   /* "amid the fighting": the setting of its sentence's event */ \
  X(SR_EV_RECALLED, "recalled")   /* "days after a bombing killed 120": an earlier deed */ \
  X(SR_EV_PENDING, "pending")     /* "a ceasefire was to take effect": not yet in force */ \
  X(SR_EV_SPAN, "span")           /* "over the last": cumulative when weeks or more follow */ \
  X(SR_EV_COMES, "comes")         /* "comes": "comes a week after" recalls an earlier deed */ \
  X(SR_EV_RELATIVE, "relative")   /* "which fell to": a place's past, for a change of ground */ \
  X(SR_EV_HABIT, "habit")         /* "often fire rockets": the clause's verb a habit, generic */ \
  X(SR_EV_BREAKDOWN, "breakdown") /* "six of those killed": part of a toll told before */ \
  X(SR_EV_HISTORICAL, "historical") /* dated a year or more before publication */ \
  X(SR_EV_QUOTED, "quoted")       /* past the lede, inside a quotation: a witness telling it again */ \
  X(SR_EV_IDIOM, "idiom")         /* "a pris la parole", "attaque cardiaque": no event */ \
  X(SR_EV_NAMED, "named")         /* "a fragile truce", "under the deal": named, not told made */
typedef enum sr_status_kind { SR_STATUSES(SR_ENUM_ID) SR_STATUS_COUNT } sr_status_kind;
const char *sr_event_status_name(int status);

typedef struct sr_figure_kind {
  int of_class; /* sr_noun_class */
  int action;   /* index in actions, -1: any */
  int kind;     /* sr_quantity_kind */
} sr_figure_kind;

#define SR_EVENT_PACK(X)                                                          \
  X(SR_ET_ACTIONS, "events/actions.tsv", row_action, SR_PACK_SHARED)  /* records */ \
  X(SR_ET_FIGURE_KINDS, "events/figure_kinds.tsv", row_figure_kind, SR_PACK_SHARED) \
  X(SR_ET_TRIGGERS, "triggers.txt", row_trigger, SR_PACK_STEMMED) /* -> action */ \
  X(SR_ET_MODALITY, "modality.txt", row_modality, 0) /* "devrait": not realised */ \
  X(SR_ET_ROLES, "roles.txt", row_role, 0) /* "killed by": who acts */ \
  X(SR_ET_UNCLAIMED, "unclaimed.txt", row_unclaimed, 0) /* "no one has claimed" */
typedef enum sr_event_table { SR_EVENT_PACK(SR_PACK_ID) SR_ET_COUNT } sr_event_table;

typedef struct sr_event_pack {
  sr_table t[SR_ET_COUNT];
  const sr_acled *acled;
  sr_action *actions;
  size_t action_count;
  sr_figure_kind *figure_kinds;
  size_t figure_kind_count;
} sr_event_pack;

extern const sr_pack_registry sr_event_registry;
sr_status sr_event_pack_load(sr_event_pack *p, const sr_acled *acled,
                             sr_pack_loader *loader, sr_error *err);
void sr_event_pack_free(sr_event_pack *p);

/* The kind of a figure whose noun has this class, in an event of this
** action; SR_KIND_NONE when the pack says nothing. */
int sr_figure_kind_of(const sr_event_pack *p, int of_class, int action);

#endif
