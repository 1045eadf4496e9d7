/*
** What the attribution stage knows of a language (docs/packs.md#sources):
** the cues around a source ("selon", "a déclaré"), the words that say what
** kind of source follows ("l'agence", "une source"), titles and denials.
** The names of outlets and bodies are the actor pack's.
*/
#ifndef SR_ATTRIBUTION_PACK_H
#define SR_ATTRIBUTION_PACK_H

#include "../tables/table.h"
#include "../util/names.h"

/* attribution.txt roles: where the source stands relative to the cue. */
#define SR_CUE_ROLES(X)                                                    \
  X(SR_CUE_NONE, "")                                                       \
  X(SR_CUE_BEFORE, "before")     /* "selon X" */                           \
  X(SR_CUE_VERB, "verb")         /* "X a déclaré", "a déclaré X" */        \
  X(SR_CUE_PASSIVE, "passive")   /* "rapportée par X" */                   \
  X(SR_CUE_BACK, "back")         /* "a-t-il déclaré": the last speaker */  \
  X(SR_CUE_VIA, "via")           /* "cité par Y": who relayed it */        \
  X(SR_CUE_LINE, "line")         /* "Sources :" at the start of a line */  \
  X(SR_CUE_RELATIVE, "relative") /* "qui", "who" */                        \
  X(SR_CUE_ARTICLE, "article")   /* "the", "le": may open a source's name */
typedef enum sr_cue_role { SR_CUE_ROLES(SR_ENUM_ID) SR_CUE_ROLE_COUNT } sr_cue_role;
const char *sr_cue_role_name(int role);

/* How far a source's word reaches. */
#define SR_SCOPES(X)                                                       \
  X(SR_SCOPE_NONE, "") X(SR_SCOPE_SENTENCE, "sentence")                    \
  X(SR_SCOPE_QUOTE, "quote") X(SR_SCOPE_PARAGRAPH, "paragraph")            \
  X(SR_SCOPE_ARTICLE, "article") X(SR_SCOPE_LEAD, "lead")
typedef enum sr_scope { SR_SCOPES(SR_ENUM_ID) SR_SCOPE_COUNT } sr_scope;
const char *sr_scope_name(int scope); /* NULL for SR_SCOPE_NONE */

#define SR_ATTRIBUTION_PACK(X)                                                    \
  X(SR_ST_CUES, "attribution.txt", row_cue, 0)              /* "selon", "a déclaré" */ \
  X(SR_ST_DESIGNATORS, "source_designators.txt", row_designator, 0) /* "l'agence" */ \
  X(SR_ST_TITLES, "titles.txt", sr_rows_labelled, 0)        /* "le vice-ministre" */ \
  X(SR_ST_DENIALS, "denials.txt", sr_rows_labelled, 0)      /* "ce n'est pas vrai" */
typedef enum sr_attribution_table { SR_ATTRIBUTION_PACK(SR_PACK_ID) SR_ST_COUNT } sr_attribution_table;

typedef struct sr_attribution_pack {
  sr_table t[SR_ST_COUNT];
} sr_attribution_pack;

extern const sr_pack_registry sr_attribution_registry;
sr_status sr_attribution_pack_load(sr_attribution_pack *p, sr_pack_loader *loader,
                                   sr_error *err);
void sr_attribution_pack_free(sr_attribution_pack *p);

#endif
