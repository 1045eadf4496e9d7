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
  X(SR_CUE_ARTICLE, "article")   /* "the", "le": may open a source's name */ \
  X(SR_CUE_PRONOUN, "pronoun")   /* "il", "it", "they": an earlier source */ \
  X(SR_CUE_DETERMINER, "determiner") /* "a", "des": may open a described source */ \
  X(SR_CUE_ASIDE, "aside")       /* "dans un communiqué": between verb and speaker */ \
  X(SR_CUE_TOLD, "told")         /* "X told Reuters": a verb, then who heard it */ \
  X(SR_CUE_OF, "of")             /* "spokesman for": what a described source is of */ \
  X(SR_CUE_QUOTED, "quoted")     /* "X quoted Y as saying": Y speaks, X relays */ \
  X(SR_CUE_SUBJECT, "subject")   /* "X fait état de": only its subject speaks */ \
  X(SR_CUE_DOCUMENT, "document") /* "tally", "bilan": what a source issues */ \
  X(SR_CUE_ISSUER, "issuer")     /* "released by": from a document to its source */ \
  X(SR_CUE_SPEAKER_PASSIVE, "speaker_passive") /* "X was quoted as saying": X, past the auxiliary */ \
  X(SR_CUE_AUXILIARY, "auxiliary") /* "was", "were": before a speaker_passive cue */ \
  X(SR_CUE_NAME_END, "name_end") /* "group": ends a named group's name before its verb */ \
  X(SR_CUE_CLOSING, "closing")   /* "reports": a verb only where its clause ends */ \
  X(SR_CUE_BUT, "but")           /* "declined to comment but said": the subject goes on */ \
  X(SR_CUE_PARTICIPLE, "participle") /* ", saying": the clause's subject speaks */ \
  X(SR_CUE_NOT, "not")           /* "blamed on": a cue's words that tell no source */ \
  X(SR_CUE_BORNE, "borne")       /* "the attack": what a verb's object confirms of the sentence before */ \
  X(SR_CUE_PLURAL, "plural")     /* "they", "officials": a source of many */ \
  X(SR_CUE_SHOWS, "shows")       /* "figures from the ministry showed": a verb of documents only */ \
  X(SR_CUE_COPYRIGHT, "copyright") /* "Copyright 2024 The Associated Press": the outlet, a fallback */ \
  X(SR_CUE_CONJUNCTION, "conjunction") /* "While", "Although": opens a clause, no word of a name */ \
  X(SR_CUE_SELF, "self")         /* "we", "nous": the quotation's own speaker, named outside it */ \
  X(SR_CUE_LEARNED, "learned")   /* "a appris l'AFP auprès de X": the outlet heard it, X speaks */ \
  X(SR_CUE_FROM, "from")         /* "auprès de", "de": whom an outlet learned it from */ \
  X(SR_CUE_PREVERB, "preverb")   /* "not", "have": right before a verb, its subject came before it */ \
  X(SR_CUE_PERSONAL, "personal") /* "he", "she": a back cue's word that stands for a person */ \
  X(SR_CUE_OUTLET_WORD, "outlet_word") /* "TV": after an outlet's known name, part of it */
typedef enum sr_cue_role { SR_CUE_ROLES(SR_ENUM_ID) SR_CUE_ROLE_COUNT } sr_cue_role;
const char *sr_cue_role_name(int role);
/* Roles of words around a source rather than cues that find one: kept in
** their own table, so that looking for cues at every token stays cheap. */
static inline int sr_cue_role_is_word(int role) {
  return role == SR_CUE_RELATIVE || role == SR_CUE_ARTICLE || role == SR_CUE_PRONOUN ||
         role == SR_CUE_DETERMINER || role == SR_CUE_ASIDE || role == SR_CUE_OF ||
         role == SR_CUE_NAME_END || role == SR_CUE_BUT || role == SR_CUE_CONJUNCTION ||
         role == SR_CUE_SELF;
}

/* How far a source's word reaches. */
#define SR_SCOPES(X)                                                       \
  X(SR_SCOPE_NONE, "") X(SR_SCOPE_SENTENCE, "sentence")                    \
  X(SR_SCOPE_QUOTE, "quote") X(SR_SCOPE_PARAGRAPH, "paragraph")            \
  X(SR_SCOPE_ARTICLE, "article") X(SR_SCOPE_LEAD, "lead")
typedef enum sr_scope { SR_SCOPES(SR_ENUM_ID) SR_SCOPE_COUNT } sr_scope;
const char *sr_scope_name(int scope); /* NULL for SR_SCOPE_NONE */

/* What a source is, whatever its grammar (sr_source_kind): the body it
** speaks for.  "modifier" marks, in source_heads.txt, a word that may follow
** a head ("locales" in "des sources locales"). */
#define SR_SOURCE_CATEGORIES(X)                                            \
  X(SR_CAT_NONE, "") X(SR_CAT_OUTLET, "outlet")                            \
  X(SR_CAT_GOVERNMENT, "government") X(SR_CAT_MILITARY, "military")        \
  X(SR_CAT_ARMED_GROUP, "armed_group") X(SR_CAT_MONITOR, "monitor")        \
  X(SR_CAT_INTERNATIONAL, "international") X(SR_CAT_WITNESS, "witness")    \
  X(SR_CAT_MEDICAL, "medical") X(SR_CAT_UNNAMED, "unnamed")                \
  X(SR_CAT_MODIFIER, "modifier")
typedef enum sr_source_category { SR_SOURCE_CATEGORIES(SR_ENUM_ID) SR_CATEGORY_COUNT } sr_source_category;
const char *sr_source_category_name(int category); /* NULL for none */

#define SR_ATTRIBUTION_PACK(X)                                                    \
  X(SR_ST_CUES, "attribution.txt", row_cue, 0)              /* "selon", "a déclaré" */ \
  X(SR_ST_WORDS, NULL, NULL, 0) /* attribution.txt's words around a source: "the", "it" */ \
  X(SR_ST_DOCUMENTS, NULL, NULL, 0) /* attribution.txt's documents and issuers: "tally", "by" */ \
  X(SR_ST_AUXILIARIES, NULL, NULL, 0) /* attribution.txt's auxiliaries: "was", "were" */ \
  X(SR_ST_BORNE, NULL, NULL, 0) /* attribution.txt's told again: "the attack", "le bilan" */ \
  X(SR_ST_FROM, NULL, NULL, 0) /* attribution.txt's "auprès de": after a learned cue's outlet */ \
  X(SR_ST_PREVERBS, NULL, NULL, 0) /* attribution.txt's "not", "have": right before a verb */ \
  X(SR_ST_PERSONALS, NULL, NULL, 0) /* attribution.txt's "he", "she": in a back cue */ \
  X(SR_ST_PLURALS, NULL, NULL, 0) /* attribution.txt's words of many: "they", "officials" */ \
  X(SR_ST_OUTLET_WORDS, NULL, NULL, 0) /* attribution.txt's "TV": after an outlet's name */ \
  X(SR_ST_DESIGNATORS, "source_designators.txt", row_designator, 0) /* "l'agence" */ \
  X(SR_ST_TITLES, "titles.txt", row_title, 0)               /* "le vice-ministre" */ \
  X(SR_ST_DENIALS, "denials.txt", sr_rows_labelled, 0)      /* "ce n'est pas vrai" */ \
  X(SR_ST_HEADS, "source_heads.txt", row_head, 0)           /* "officials", "l'armée" */ \
  X(SR_ST_GOVERNMENTS, "governments.txt", sr_rows_labelled, 0) /* "Moscow" said */ \
  X(SR_ST_CATEGORIES, "attribution/categories.tsv", row_category, SR_PACK_SHARED)
typedef enum sr_attribution_table { SR_ATTRIBUTION_PACK(SR_PACK_ID) SR_ST_COUNT } sr_attribution_table;

/* A named source's category, by its canonical name (categories.tsv). */
typedef struct sr_named_category {
  char *name;
  int category;
} sr_named_category;

typedef struct sr_attribution_pack {
  sr_table t[SR_ST_COUNT];
  sr_named_category *categories;
  size_t category_count, category_cap;
} sr_attribution_pack;

/* The category categories.tsv gives a canonical name, or SR_CAT_NONE. */
int sr_named_source_category(const sr_attribution_pack *p, const char *name);

extern const sr_pack_registry sr_attribution_registry;
sr_status sr_attribution_pack_load(sr_attribution_pack *p, sr_pack_loader *loader,
                                   sr_error *err);
void sr_attribution_pack_free(sr_attribution_pack *p);

#endif
