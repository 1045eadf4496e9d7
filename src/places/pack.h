/*
** What the place recogniser knows of a language (docs/packs.md#places): the
** words around place names and the demonyms that tell which country a text
** is about.  The gazetteer itself is the engine's, shared by languages.
*/
#ifndef SR_PLACE_PACK_H
#define SR_PLACE_PACK_H

#include "../tables/table.h"
#include "../util/names.h"

/* Roles of place cues (place_cues.txt, place_suffixes.txt). */
#define SR_PLACE_ROLES(X)                                                  \
  X(SR_PR_NONE, "") X(SR_PR_NEIGHBOURHOOD, "neighbourhood")                \
  X(SR_PR_LOCALITY, "locality") X(SR_PR_ADMIN1, "admin1")                  \
  /* "Hays district", "Konduga Local Government": a unit below the       \
  ** province, or the town it is named after */                          \
  X(SR_PR_DISTRICT, "district")                                            \
  X(SR_PR_COUNTRY, "country")                                              \
  /* "the border with Mali", "the Niger border": a neighbour, not where */ \
  X(SR_PR_BORDER, "border")                                                \
  /* "London-based", "UK-based": where a body sits, not where anything is */ \
  X(SR_PR_BASED, "based") X(SR_PR_NEAR, "near")                            \
  X(SR_PR_N, "N") X(SR_PR_NE, "NE") X(SR_PR_E, "E") X(SR_PR_SE, "SE")      \
  X(SR_PR_S, "S") X(SR_PR_SW, "SW") X(SR_PR_W, "W") X(SR_PR_NW, "NW")
typedef enum sr_place_role { SR_PLACE_ROLES(SR_ENUM_ID) SR_PLACE_ROLE_COUNT } sr_place_role;
const char *sr_place_role_name(int role);

#define SR_PLACE_PACK(X)                                                          \
  X(SR_PT_CUES, "place_cues.txt", row_place_role, 0)       /* "quartier de", "au sud de" */ \
  X(SR_PT_SUFFIXES, "place_suffixes.txt", row_place_role, 0) /* "province", "countryside" */ \
  X(SR_PT_DEMONYMS, "demonyms.txt", row_demonym, 0)        /* "syrien" -> SY */ \
  X(SR_PT_WORDS, "place_words.txt", sr_rows_labelled, 0)   /* "Western": a word first */ \
  X(SR_PT_PHRASES, "place_phrases.txt", sr_rows_labelled, 0) /* "capital", "ministry", "area" */ \
  X(SR_PT_LINKS, "place_links.txt", sr_rows_labelled, 0)     /* "the capital" and... */ \
  X(SR_PT_LOCATIVES, "place_locatives.txt", sr_rows_labelled, 0) /* "in", "à": where it happens */ \
  X(SR_PT_GOVERNMENTS, "governments.txt", sr_rows_labelled, 0) /* "Moscow" vetoed: its government */ \
  X(SR_PT_FUNCTION, "function_words.txt", sr_rows_labelled, 0) /* "Une", "Were" opening a sentence */ \
  X(SR_PT_SPEECH, "place_speech.txt", sr_rows_labelled, 0) /* "Speaking" ... in X: a venue */
typedef enum sr_place_table { SR_PLACE_PACK(SR_PACK_ID) SR_PT_COUNT } sr_place_table;

typedef struct sr_place_pack {
  sr_table t[SR_PT_COUNT];
} sr_place_pack;

extern const sr_pack_registry sr_place_registry;
sr_status sr_place_pack_load(sr_place_pack *p, sr_pack_loader *loader, sr_error *err);
void sr_place_pack_free(sr_place_pack *p);

#endif
