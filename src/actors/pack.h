/*
** What the actor recogniser knows (docs/packs.md#actors): named groups and
** bodies (packs/actors/, shared by languages: names, not words), and each
** language's words for state forces, unnamed armed groups, civilians and
** references back to an actor.  The names of outlets and bodies
** (actors/sources.tsv) are here too: an outlet's name is never a place or a
** group, and the attribution stage reads them from this pack.
*/
#ifndef SR_ACTOR_PACK_H
#define SR_ACTOR_PACK_H

#include "../acled/acled.h"
#include "../tables/table.h"
#include "../util/names.h"

/* Kinds of actor mention. */
#define SR_ACTOR_KINDS(X)                                                  \
  X(SR_ACTOR_NONE, "")                                                     \
  X(SR_ACTOR_NAMED, "named")     /* from actors.tsv */                     \
  X(SR_ACTOR_STATE, "state")     /* state forces from a pattern: "l'aviation russe" */ \
  X(SR_ACTOR_GENERIC, "generic") /* "les miliciens": an armed group of unknown name */ \
  X(SR_ACTOR_CIVILIAN, "civilian") /* "des civils": victims */             \
  X(SR_ACTOR_CROWD, "crowd")     /* "manifestants", "rioters": inter 5 or 6 */ \
  X(SR_ACTOR_REFERENCE, "reference") /* "la coalition": an earlier actor */
typedef enum sr_actor_kind { SR_ACTOR_KINDS(SR_ENUM_ID) SR_ACTOR_KIND_COUNT } sr_actor_kind;
const char *sr_actor_kind_name(int kind);

/* actors.tsv types; actor_references.txt says which a reference can mean. */
#define SR_GROUP_TYPES(X)                                                  \
  X(SR_GROUP_ANY, "any") X(SR_GROUP_GROUP, "group")                        \
  X(SR_GROUP_COALITION, "coalition") X(SR_GROUP_STATE, "state")
typedef enum sr_group_type { SR_GROUP_TYPES(SR_ENUM_ID) SR_GROUP_TYPE_COUNT } sr_group_type;
const char *sr_group_type_name(int type);

/* forces.txt institutions; "join" marks "et"/"and" between demonyms. */
#define SR_INSTITUTIONS(X)                                                 \
  X(SR_INST_NONE, "") X(SR_INST_MILITARY, "military")                      \
  X(SR_INST_POLICE, "police") X(SR_INST_GOVERNMENT, "government")          \
  X(SR_INST_JOIN, "join") /* "et", "and": "avions syriens et russes" */    \
  X(SR_INST_OF, "of")     /* "du", "of": "les miliciens du front al-Nosra" */ \
  X(SR_INST_OR, "or")     /* "ou", "or": "JNIM or ISGS militants", one of two */ \
  X(SR_INST_FROM, "from") /* "terrorists from Jaish al-Islam": only before a group's name */
typedef enum sr_institution { SR_INSTITUTIONS(SR_ENUM_ID) SR_INSTITUTION_COUNT } sr_institution;
/* A forces.txt row's b bit: a weapon the forces fire ("shelling"), not who they are. */
#define SR_FORCE_WEAPON (1 << 8)
/* ...and aircraft: what such forces do from the air is an air strike. */
#define SR_FORCE_AIR (1 << 9)
/* ...and the document's own state by their very word ("regime forces",
** "forces gouvernementales"): never a foreign force told before. */
#define SR_FORCE_HOME (1 << 10)

/* Grammatical agreement of actors and references, as bits. */
enum { SR_AGREE_F = 1, SR_AGREE_M = 2, SR_AGREE_SG = 4, SR_AGREE_PL = 8 };

/* sources.tsv kinds, and the kind a designator gives ("l'agence"). */
#define SR_SOURCE_KINDS(X)                                                 \
  X(SR_SOURCE_NONE, "") X(SR_SOURCE_PERSON, "person")                      \
  X(SR_SOURCE_ORGANIZATION, "organization") X(SR_SOURCE_MEDIA, "media")    \
  X(SR_SOURCE_UNNAMED, "unnamed")
typedef enum sr_source_kind { SR_SOURCE_KINDS(SR_ENUM_ID) SR_SOURCE_KIND_COUNT } sr_source_kind;
const char *sr_source_kind_name(int kind);
extern const char *const sr_source_kind_names[SR_SOURCE_KIND_COUNT];

#define SR_ACTOR_PACK(X)                                                           \
  X(SR_AT_NAMED, "actors/actors.tsv", row_actor, SR_PACK_SHARED) /* alias -> name, inter, type */ \
  X(SR_AT_COUNTRIES, "actors/countries.tsv", row_country, SR_PACK_SHARED) /* iso2 -> name */ \
  X(SR_AT_COUNTRIES_OF, NULL, NULL, 0) /* iso2 -> "the Central African Republic" */ \
  X(SR_AT_COUNTRY_NAMES, NULL, NULL, 0) /* "Belarus" -> BY: countries.tsv's names */ \
  X(SR_AT_AIR_FORCES, "actors/air_forces.tsv", row_air_force, SR_PACK_SHARED) /* iso2 -> iso2 */ \
  X(SR_AT_ARMIES, "actors/armies.tsv", row_air_force, SR_PACK_SHARED) /* iso2 -> iso2 */ \
  X(SR_AT_MANY_SIDES, "actors/many_sides.tsv", row_many_sides, SR_PACK_SHARED) /* iso2 */ \
  X(SR_AT_SOURCES, "actors/sources.tsv", row_named_source, SR_PACK_SHARED) /* outlets, bodies */ \
  X(SR_AT_FORCES, "forces.txt", row_force, 0)             /* "armée", "forces régulières" */ \
  X(SR_AT_ARMED_GROUPS, "armed_groups.txt", row_armed_group, 0) /* "miliciens", "rebels" */ \
  X(SR_AT_CIVILIANS, "civilians.txt", sr_rows_labelled, 0)  /* "civils", "familles" */ \
  X(SR_AT_CROWDS, "crowds.txt", row_crowd, 0) /* "manifestants" 6, "émeutiers" 5 */ \
  X(SR_AT_REFERENCES, "actor_references.txt", row_actor_ref, 0) /* "la coalition", "ces derniers" */ \
  X(SR_AT_HELD, "held_words.txt", sr_rows_labelled, 0) /* "-held", "-run": "rebel-held Idlib" */ \
  X(SR_AT_ARTICLES, "articles.txt", sr_rows_labelled, 0) /* "la", "the": "de l'UPC", "of the ADF" */ \
  X(SR_AT_STATE_NAMES, "state_names.txt", row_state_name, 0) /* "moscou" RU: a state by name */
typedef enum sr_actor_table { SR_ACTOR_PACK(SR_PACK_ID) SR_AT_COUNT } sr_actor_table;

/* armed_groups.txt's third field, in a row's b: "apart" (never the group
** a report names: "bandits"), "after" (an adjective right after a deed's
** noun names who did it: "une attaque terroriste"), "before" (an adjective
** that is an actor only right before what forces fire, forces.txt weapon:
** "a rebel rocket attack", never "rebel-held") */
enum { SR_ARMED_APART = 1, SR_ARMED_AFTER = 2, SR_ARMED_BEFORE = 4 };

/* A row of actors.tsv holds its type in the 4 low bits of b, its agreement
** in the next 4 and the actor's number (its line among the pack's actors)
** above: what its countries and its rank are looked up by. */
#define SR_ACTOR_ROW_TYPE(b) ((b) & 15)
#define SR_ACTOR_ROW_AGREEMENT(b) (((b) >> 4) & 15)
#define SR_ACTOR_ROW_NUMBER(b) ((b) >> 8)

/* What actors.tsv says of an actor beyond its row. */
typedef struct sr_actor_info {
  char *countries;  /* where it fights, ISO2 codes run together ("MLBFNE"; "" anywhere) */
  int institution;  /* state forces ("FAMa", "Tsahal"): sr_institution; else 0 */
  char *unit;       /* state forces: ACLED's unit after the name, or NULL */
} sr_actor_info;

typedef struct sr_actor_pack {
  sr_table t[SR_AT_COUNT];
  sr_actor_info *info; /* by actor number */
  size_t actor_count, actor_cap;
} sr_actor_pack;

/* An actor of actors.tsv by its number, NULL when there is none. */
const sr_actor_info *sr_actor_info_of(const sr_actor_pack *k, int number);
/* Whether an actor fights in a country (iso2, "BF"). */
int sr_actor_in_country(const sr_actor_pack *k, int number, const char *iso2);
const char *sr_institution_name(int institution);

extern const sr_pack_registry sr_actor_registry;
sr_status sr_actor_pack_load(sr_actor_pack *p, sr_pack_loader *loader, sr_error *err);
void sr_actor_pack_free(sr_actor_pack *p);

#endif
