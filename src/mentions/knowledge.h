/*
** What the date and quantity recognisers know of a language, loaded from its
** pack files (docs/packs.md).  Each file becomes a table: a phrase lexicon
** whose payload indexes rows of values.
*/
#ifndef SR_KNOWLEDGE_H
#define SR_KNOWLEDGE_H

#include <stdint.h>

#include "lexicon.h"
#include "sitrep.h"

typedef enum sr_qualifier {
  SR_Q_EXACT = 0,
  SR_Q_ABOUT,
  SR_Q_AT_LEAST,
  SR_Q_MORE_THAN,
  SR_Q_AT_MOST,
  SR_Q_LESS_THAN,
  SR_Q_RANGE
} sr_qualifier;

typedef enum sr_time_unit {
  SR_UNIT_NONE = 0,
  SR_UNIT_HOUR,
  SR_UNIT_DAY,
  SR_UNIT_WEEK,
  SR_UNIT_MONTH,
  SR_UNIT_YEAR
} sr_time_unit;

/* Roles of the small words around dates (date_words.txt). */
typedef enum sr_date_role {
  SR_DW_ARTICLE = 1, /* "le", "the", "on": may precede a date */
  SR_DW_PAST,        /* "dernier", "last": the latest before publication */
  SR_DW_NEXT,        /* "prochain", "next" */
  SR_DW_THIS,        /* "ce", "this" */
  SR_DW_YEAR_CUE,    /* "en", "in": a bare year may follow */
  SR_DW_SINCE,       /* "depuis", "since" */
  SR_DW_PERIOD_EDGE, /* "fin", "début", "end of": part of a month */
  SR_DW_AGO_BEFORE,  /* "il y a" N unit */
  SR_DW_AGO_AFTER,   /* N unit "ago" */
  SR_DW_TIME_CUE,    /* "vers", "at": a time of day follows */
  SR_DW_TIME_AFTER   /* "du matin", "a.m.": a time of day precedes */
} sr_date_role;

typedef struct sr_row {
  double value;
  int32_t a, b;
  const char *label; /* owned by the table */
} sr_row;

typedef struct sr_table {
  sr_lexicon *lex;
  int stemmed; /* phrases matched on Snowball stems (stem.h), not folds */
  uint32_t bit; /* this table's bit in sr_knowledge.first_tokens */
  sr_row *rows;
  size_t count, cap;
} sr_table;

typedef struct sr_knowledge {
  sr_table numbers;        /* word value [mul|compound] */
  sr_table approximations; /* word value about|plural */
  sr_table qualifiers;     /* phrase qualifier */
  sr_table range_open;     /* from ranges.txt: open<TAB>join */
  sr_table range_join;
  sr_table months;         /* word month */
  sr_table weekdays;       /* word 1..7 (Monday = 1) */
  sr_table relative_dates; /* phrase offset unit */
  sr_table date_words;     /* phrase role */
  sr_table time_units;     /* word unit */
  sr_table ordinals;       /* suffix of "1er", "2nd" */
  sr_table counted;        /* noun phrase class */
  sr_table links;          /* "de" in "une soixantaine de morts" */
  sr_table numbered;       /* "Division", "brigade": the number after is a name */
  sr_table inclusions;     /* "dont": the next figure is part of the last */
  sr_table place_cues;     /* "quartier de", "au sud de": before a place */
  sr_table place_suffixes; /* "province", "countryside": after a place */
  sr_table demonyms;       /* "syrien" -> SY: which country a text is about */
  /* actors and sources (docs/packs.md#actors) */
  sr_table named_actors;   /* actors/actors.tsv: alias -> name, inter, type */
  sr_table countries;      /* actors/countries.tsv: iso2 -> name in actor names */
  sr_table named_sources;  /* actors/sources.tsv: alias -> outlet or body */
  sr_table forces;         /* "armée", "forces régulières": state forces */
  sr_table armed_groups;   /* "miliciens", "rebels": unnamed armed groups */
  sr_table civilians;      /* "civils", "familles": victims, inter 7 */
  sr_table actor_refs;     /* "la coalition", "ces derniers": back-references */
  sr_table attribution;    /* "selon", "a déclaré", "a-t-il déclaré" */
  sr_table designators;    /* "l'agence", "une source": a source's kind */
  sr_table titles;         /* "le vice-ministre", "M.": a person follows */
  sr_table denials;        /* "ce n'est pas vrai", "denied" */
  /* events (docs/events.md) */
  sr_table triggers;       /* stemmed: "prendre le contrôle" -> capture */
  sr_table quantity_kinds; /* stemmed: "tués" -> killed, after a figure */
  sr_table modality;       /* "devrait", "n'ont pas pu": not realised */
  struct sr_action *actions; /* events/actions.tsv: action -> ACLED types */
  size_t action_count;
  struct sr_figure_kind *figure_kinds; /* events/figure_kinds.tsv */
  size_t figure_kind_count;
  struct sr_stemmer *load_stemmer; /* only while loading */
  char decimal_mark;       /* ',' in French, '.' in English */
  /* Folded token -> bits of the tables with a phrase starting with it: one
  ** lookup per token tells which tables are worth trying there. */
  struct sr_strmap *first_tokens;
} sr_knowledge;

/* Roles of place cues (place_cues.txt, place_suffixes.txt). */
typedef enum sr_place_role {
  SR_PR_NEIGHBOURHOOD = 1,
  SR_PR_LOCALITY,
  SR_PR_ADMIN1,
  SR_PR_COUNTRY,
  SR_PR_NEAR,
  SR_PR_N, SR_PR_NE, SR_PR_E, SR_PR_SE, SR_PR_S, SR_PR_SW, SR_PR_W, SR_PR_NW
} sr_place_role;

const char *sr_place_role_name(int role);

/* Kinds of actor mention. */
typedef enum sr_actor_kind {
  SR_ACTOR_NAMED = 1, /* from actors.tsv */
  SR_ACTOR_STATE,     /* state forces from a pattern: "l'aviation russe" */
  SR_ACTOR_GENERIC,   /* "les miliciens": an armed group of unknown name */
  SR_ACTOR_CIVILIAN,  /* "des civils": victims */
  SR_ACTOR_REFERENCE  /* "la coalition": points back to an earlier actor */
} sr_actor_kind;

/* actors.tsv types; actor_references.txt says which a reference can mean. */
typedef enum sr_group_type {
  SR_GROUP_ANY = 0, SR_GROUP_GROUP, SR_GROUP_COALITION, SR_GROUP_STATE
} sr_group_type;

/* forces.txt institutions; "join" marks "et"/"and" between demonyms. */
typedef enum sr_institution {
  SR_INST_MILITARY = 1, SR_INST_POLICE, SR_INST_GOVERNMENT,
  SR_INST_JOIN, /* "et", "and": "avions syriens et russes" */
  SR_INST_OF    /* "du", "of": "les miliciens du front al-Nosra" */
} sr_institution;

/* Grammatical agreement of actors and references, as bits. */
enum { SR_AGREE_F = 1, SR_AGREE_M = 2, SR_AGREE_SG = 4, SR_AGREE_PL = 8 };

typedef enum sr_source_kind {
  SR_SOURCE_PERSON = 1, SR_SOURCE_ORGANIZATION, SR_SOURCE_MEDIA,
  SR_SOURCE_UNNAMED
} sr_source_kind;

/* attribution.txt roles: where the source stands relative to the cue. */
typedef enum sr_cue_role {
  SR_CUE_BEFORE = 1, /* "selon X" */
  SR_CUE_VERB,       /* "X a déclaré", "a déclaré X" */
  SR_CUE_PASSIVE,    /* "rapportée par X" */
  SR_CUE_BACK,       /* "a-t-il déclaré", "d'après lui": the last speaker */
  SR_CUE_VIA,        /* "cité par Y", "à l'agence Y": who relayed it */
  SR_CUE_LINE,       /* "Sources :" at the start of a line */
  SR_CUE_RELATIVE,   /* "qui", "who": "Vladimir Poutine, qui a décidé" */
  SR_CUE_ARTICLE     /* "the", "le": may open a source's name */
} sr_cue_role;

/* events/actions.tsv: how a finer action maps to ACLED's types. */
enum {
  SR_ACTION_TERRITORY = 1,  /* sub-type by who took it: government or not */
  SR_ACTION_CIVILIANS = 2,  /* civilians as the target: violence against them */
  SR_ACTION_AGENT = 4,      /* no event without an actor doing it */
  SR_ACTION_ANNOUNCE = 8,   /* a decision: a future date does not make it planned */
  SR_ACTION_SUBORDINATE = 16, /* "après avoir tué": joins the sentence's other event */
  SR_ACTION_VIOLENT = 32
};
typedef struct sr_action {
  char *name, *event_type, *sub_event_type;
  int flags;
} sr_action;
const sr_action *sr_knowledge_action(const sr_knowledge *k, const char *name);

/* events/figure_kinds.tsv: a counted noun's class and an action give a kind. */
typedef struct sr_figure_kind {
  char *of_class, *action; /* action NULL: any */
  int kind;
} sr_figure_kind;
/* The kind of a figure whose noun has this class, in an event of this
** action; 0 when the pack says nothing. */
int sr_knowledge_figure_kind(const sr_knowledge *k, const char *of_class,
                             const char *action);

/* A trigger's subject (triggers.txt): who acts, or who suffers it ("the
** army lost control of", "IS lost 28 fighters"). */
enum { SR_TRIGGER_AGENT = 0, SR_TRIGGER_VICTIM = 1 };

/* Modality (modality.txt): what makes a trigger not a realised event. */
typedef enum sr_status_kind {
  SR_EV_REALISED = 0, SR_EV_PLANNED, SR_EV_HYPOTHETICAL, SR_EV_FAILED,
  SR_EV_DENIED, SR_EV_NEGATION, /* "pas", "not": near the trigger only */
  SR_EV_PASSIVE,   /* "a été prise par": not a status, the voice: who acts follows */
  SR_EV_ANAPHORIC, /* "the attack", "the blasts": an event told before */
  SR_EV_COORDINATED, /* "puis de se rendre": the status of the trigger before */
  SR_EV_CUMULATIVE, /* "killed since the conflict began": a war's toll, no event */
  SR_EV_HISTORICAL /* dated a year or more before publication: history */
} sr_status_kind;
const char *sr_event_status_name(int status);

/* quantity_kinds.txt kinds: killed, injured, ... (0: none). */
const char *sr_quantity_kind_name(int kind);
int sr_quantity_kind_of(const char *name);

const char *sr_group_type_name(int type);
const char *sr_source_kind_name(int kind);
const char *sr_cue_role_name(int role);

/* numbers.txt flags, one per word */
enum { SR_NUMBER_MUL = 1, SR_NUMBER_COMPOUND = 2, SR_NUMBER_JOIN = 3 };
enum { SR_APPROX_ABOUT = 0, SR_APPROX_PLURAL = 1 };

struct sr_language;
sr_status sr_knowledge_load(struct sr_language *lang, const char *pack_dir,
                            sr_error *err);
void sr_knowledge_free(sr_knowledge *k);

/* Bits of the tables that have a phrase starting with the folded token. */
uint32_t sr_knowledge_starts(const sr_knowledge *k, sr_str folded);

/* A table row matched at tokens[at], or NULL; *len gets the tokens used. */
const sr_row *sr_table_match(const sr_table *t, const sr_str *tokens, size_t n,
                             size_t at, size_t *len);

const char *sr_qualifier_name(sr_qualifier q);

#endif
