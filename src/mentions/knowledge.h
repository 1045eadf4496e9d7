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
  sr_table inclusions;     /* "dont": the next figure is part of the last */
  sr_table place_cues;     /* "quartier de", "au sud de": before a place */
  sr_table place_suffixes; /* "province", "countryside": after a place */
  sr_table demonyms;       /* "syrien" -> SY: which country a text is about */
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
