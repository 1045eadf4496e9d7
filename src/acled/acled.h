/*
** ACLED's taxonomy, read once from packs/acled/: the six event types, their
** sub-event types and disorder types, and the actor categories (inter
** codes) with their names.  The engine refers to them by id; their names
** are data, written out only by the serialisers.
*/
#ifndef SR_ACLED_H
#define SR_ACLED_H

#include <stddef.h>

#include "../util/names.h"
#include "sitrep.h"

/* ACLED's inter codes: the numbers are ACLED's own, and the pack must name
** each of them. */
#define SR_INTERS(X)                                                       \
  X(SR_INTER_NONE, "") X(SR_INTER_STATE, "state") X(SR_INTER_REBELS, "rebels") \
  X(SR_INTER_POLITICAL_MILITIA, "political_militia")                       \
  X(SR_INTER_IDENTITY_MILITIA, "identity_militia")                         \
  X(SR_INTER_RIOTERS, "rioters") X(SR_INTER_PROTESTERS, "protesters")      \
  X(SR_INTER_CIVILIANS, "civilians") X(SR_INTER_EXTERNAL, "external")
typedef enum sr_inter { SR_INTERS(SR_ENUM_ID) SR_INTER_COUNT } sr_inter;

/* An armed side that is not the state's: rebels and militias. */
static inline int sr_inter_non_state_armed(int inter) {
  return inter >= SR_INTER_REBELS && inter <= SR_INTER_IDENTITY_MILITIA;
}

/* Sub-event types the engine chooses by the sides of an event. */
#define SR_SUB_ROLES(X)                                                    \
  X(SR_SUB_NONE, "") X(SR_SUB_CLASH, "clash")                              \
  X(SR_SUB_TERRITORY_STATE, "territory_state")                            \
  X(SR_SUB_TERRITORY_NON_STATE, "territory_non_state")                    \
  X(SR_SUB_CIVILIAN_ATTACK, "civilian_attack")                            \
  X(SR_SUB_PROTEST_INTERVENTION, "protest_intervention")                  \
  X(SR_SUB_EXCESSIVE_FORCE, "excessive_force")                            \
  X(SR_SUB_MOB_VIOLENCE, "mob_violence")                                  \
  X(SR_SUB_PROPERTY_DESTRUCTION, "property_destruction")                  \
  X(SR_SUB_ARRESTS, "arrests")                                            \
  X(SR_SUB_VIOLENT_DEMONSTRATION, "violent_demonstration")                \
  X(SR_SUB_DISRUPTED_WEAPONS, "disrupted_weapons")                        \
  X(SR_SUB_ABDUCTION, "abduction") X(SR_SUB_EXPLOSION, "explosion")        \
  X(SR_SUB_AIR_STRIKE, "air_strike") X(SR_SUB_SUICIDE_BOMB, "suicide_bomb")
typedef enum sr_sub_role { SR_SUB_ROLES(SR_ENUM_ID) SR_SUB_ROLE_COUNT } sr_sub_role;

typedef struct sr_acled sr_acled;

sr_status sr_acled_load(const char *pack_dir, sr_acled **out, sr_error *err);
void sr_acled_free(sr_acled *a);

/* Sub-event type ids are 0 .. count-1; each belongs to one event type. */
size_t sr_acled_sub_count(const sr_acled *a);
/* The sub-event type of that event type and name, or -1. */
int sr_acled_find(const sr_acled *a, sr_str event_type, sr_str sub_event_type);
/* Where a sub-event type stands in precedence.txt: one sentence's words
** of several types for one event make it of the type that comes first
** (lower).  Types it does not list come after every listed one. */
int sr_acled_precedence(const sr_acled *a, int id);
/* The sub-event type with this role. */
int sr_acled_role(const sr_acled *a, sr_sub_role role);
/* The event type of a sub-event type, as an id comparable between
** sub-event types: equal ids, same event type. */
int sr_acled_type_of(const sr_acled *a, int sub);
const char *sr_acled_type_name(const sr_acled *a, int sub);
const char *sr_acled_sub_name(const sr_acled *a, int sub);
const char *sr_acled_disorder(const sr_acled *a, int sub);
/* The pack's name of an inter code, or NULL. */
const char *sr_acled_inter_name(const sr_acled *a, int inter);
/* How ACLED names an actor of this category that the text leaves unnamed,
** before the country in brackets ("Protesters"), or NULL. */
const char *sr_acled_unnamed(const sr_acled *a, int inter);

/* ACLED's names of state actors (packs/acled/naming.tsv, regimes.tsv).
** The forms are data: "Military Forces of %s" for the key "military",
** "%s and/or %s" for "either".  The name of a state's forces is its
** institution's form with the country's name, then the version suffix of
** the regime in place on `as_of` (YYYYMMDD; 0 unknown: no suffix),
** "(2015-)", with its end year only when it had ended by `as_of`, then
** the unit ("Gendarmerie") if any.  Returns 0 when the key has no form (the
** buffer then holds nothing). */
int sr_acled_state_name(const sr_acled *a, sr_str institution, const char *iso2,
                        const char *country, long as_of, const char *unit,
                        char *buf, size_t cap);
/* "A and/or B": one event the text lays at one of two groups' door. */
int sr_acled_either(const sr_acled *a, const char *first, const char *second,
                    char *buf, size_t cap);

#endif
