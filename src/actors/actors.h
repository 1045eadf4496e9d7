/*
** Actors: who acts and who suffers.  Named groups come from the actor pack
** (packs/actors/actors.tsv, every alias and transliteration a line), state
** forces from a pattern (a force noun and its country: "l'aviation russe",
** "Syrian and Russian jets", "les forces régulières"), unnamed armed groups
** and civilians from word lists, and references ("la coalition", "ces
** derniers") point back to an earlier actor once the document is read.
*/
#ifndef SR_ACTORS_H
#define SR_ACTORS_H

#include <assert.h>

#include "../mentions/mention.h"
#include "../places/places.h"
#include "pack.h"

enum { SR_MENTION_ACTOR = SR_MENTION_PLACE + 1 };

typedef struct sr_actor_part {
  int inter;        /* sr_inter, SR_INTER_NONE unknown */
  int actor_kind;   /* sr_actor_kind */
  int group_type;   /* sr_group_type */
  int agreement;    /* SR_AGREE_* */
  int institution;  /* state forces: sr_institution */
  /* "soldiers": the document's own country, unless a force told before
  ** said whose (1); "forces régulières": its own state by their very word (2) */
  int own_country;
  int32_t row;      /* named: 1 + its row of actors.tsv, 0 none */
  int32_t either;   /* "JNIM or ISGS": 1 + the second name's row, 0 none */
  const char *unit; /* state forces: ACLED's unit after the name ("Gendarmerie") */
  char country[3];  /* state forces: whose; a named group: where it fights here;
                       civilians: their nationality told ("civils palestiniens") */
  char other_country[3]; /* state forces: whose else, by a word of two countries ("congolais") */
  /* state forces of several countries named on one force noun ("Indian and
  ** Pakistani troops"): 1 + the place of this one's country in the text's
  ** order (one mention each, same span); 0 for a force of one country */
  unsigned char listed;
  unsigned char claims; /* "X claimed responsibility": it did what its sentence tells */
  unsigned char aircraft; /* "Russian jets", "l'aviation": what they do is an air strike */
  unsigned char fired;  /* "Israeli strikes": what forces fire, not the forces (forces.txt weapon) */
  unsigned char apart;  /* "bandits": never the group the report names (armed_groups.txt) */
  unsigned char after;  /* "une attaque terroriste": right after a deed's noun, its doer */
  unsigned char before; /* "a rebel rocket attack": the doer of what it fires, no one's target */
  unsigned char former; /* "a former Taliban leader", "un ancien rebelle": a person
                           once of it, no side of an event (roles.txt "former") */
  unsigned char unclaimed; /* "gunmen opened fire ... No one has claimed the attack":
                              unidentified, whatever group the report names
                              (roles.txt "unclaimed") */
  /* a group's alias that is also a word for any armed group ("séparatistes",
  ** armed_groups.txt): that word's inter, and the group only in a report
  ** of a country it fights in; 0 otherwise */
  unsigned char generic_inter;
  /* "rebels" near the one rebel group a report names: 1 + that group's
  ** mention, which an event names them by unless it is the other side */
  int32_t stands_for;
  /* a named group: its name before the report's country chose among its
  ** homonyms, which a source read over it took */
  const char *recognized;
} sr_actor_part;

static inline sr_actor_part *sr_actor_of(const sr_mention *m) {
  assert(m->type == SR_MENTION_ACTOR);
  return m->part;
}

/* A named group that fights in one country only is a vote for it. */
void sr_recognize_actors(const sr_view *v, const sr_actor_pack *k,
                         const sr_place_pack *places, sr_country_votes *votes,
                         sr_mention_list *out, sr_arena *arena);

/* Names what recognition left unnamed, with the document's country (its
** focus, else the country of its places), chooses among homonyms by that
** country, and resolves references.  as_of (YYYYMMDD, 0 unknown) is the
** day the report speaks from: it chooses the regime of state forces'
** names.  The list must be in text order. */
void sr_resolve_actors(const sr_actor_pack *k, const sr_acled *acled, const sr_gazetteer *g,
                       sr_mention_list *list, const sr_country_votes *votes, long as_of,
                       sr_arena *arena);

/* ACLED's name of people of this kind that no text names, in the
** document's country: "Civilians (Nigeria)"; NULL when ACLED has none. */
const char *sr_unnamed_actor_name(const sr_actor_pack *k, const sr_acled *acled,
                                  const sr_gazetteer *g, const sr_country_votes *votes,
                                  int inter, sr_arena *arena);
/* The same in the country iso2 (NULL: none named). */
/* ACLED's name of country iso2's forces of an institution (sr_institution)
** as of a date (yyyymmdd; "Military Forces of Mali (2020-)"), in arena;
** NULL when ACLED names none or memory runs out. */
const char *sr_state_forces_name(const sr_actor_pack *k, const sr_acled *acled,
                                 const sr_gazetteer *g, int institution, const char *iso2,
                                 long as_of, const char *unit, sr_arena *arena);
const char *sr_unnamed_actor_name_in(const sr_actor_pack *k, const sr_acled *acled,
                                     const sr_gazetteer *g, const char *iso2, int inter,
                                     sr_arena *arena);

/* The name state actors and actor names use for a country: countries.tsv,
** else the gazetteer's, else the code itself. */
const char *sr_country_actor_name(const sr_actor_pack *k, const sr_gazetteer *g,
                                  const char *iso2);

/* Whose forces strike from the air in country iso2 when a report names
** no one (air_forces.tsv): an ISO2 code, or NULL when several sides fly
** there or the pack does not say. */
const char *sr_air_force_of(const sr_actor_pack *k, const char *iso2);

/* Whose forces of this institution are those told in country iso2 with no
** nationality ("soldiers" in the West Bank are Israel's: armies.tsv, for
** the military only): that country's code, else iso2 itself. */
const char *sr_army_in(const sr_actor_pack *k, int institution, const char *iso2);

#endif
