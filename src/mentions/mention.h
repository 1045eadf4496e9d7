/*
** Mentions: typed spans of a document's text with their normalised values.
** Recognisers add them to the document; later stages resolve and read them;
** the JSON writer prints them.
**
** A mention has what every type shares here (its span, sentence, rule, and
** once resolved the name it gives and the mentions it refers back to) and a
** part of its own type's fields, defined by the stage that reads that type:
** dates and quantities below; each later stage defines its own type, and
** numbers it after the last type of the stage below it.
*/
#ifndef SR_MENTION_H
#define SR_MENTION_H

#include <stddef.h>
#include <stdint.h>

#include <assert.h>

#include "../tables/table.h"
#include "../util/arena.h"
#include "pack.h"
#include "sitrep.h"

typedef int sr_mention_type;
enum { SR_MENTION_DATE = 1, SR_MENTION_QUANTITY };

typedef struct sr_mention sr_mention;
typedef struct sr_mention_list {
  sr_mention *items;
  size_t count, cap;
  int failed; /* memory ran out: a mention was not added */
} sr_mention_list;

struct sr_mention {
  sr_mention_type type;
  size_t byte_start, byte_end;
  size_t start, end; /* code points */
  size_t sentence;
  size_t index;      /* position in the document's list */
  const char *rule;  /* which recogniser rule produced it */
  int dropped;       /* found, then judged not to be one: left out */
  const char *name;  /* canonical name; NULL until resolved or unknown */
  long *refers_to;   /* what it stands for (mention indexes) */
  size_t ref_count;
  void *part;        /* the fields of its type, in the document's arena */
};

/* --------------------------------------------------------------- dates */

#define SR_PRECISIONS(X)                                                   \
  X(SR_PREC_DAY, "day") X(SR_PREC_MONTH, "month") X(SR_PREC_YEAR, "year")  \
  X(SR_PREC_RANGE, "range") X(SR_PREC_UNKNOWN, "unknown")
typedef enum sr_precision { SR_PRECISIONS(SR_ENUM_ID) SR_PRECISION_COUNT } sr_precision;
const char *sr_precision_name(sr_precision p);

/* A calendar value at some precision: month 0 means the year only, day 0
** the month only; year 0 means not known (no publication date). */
typedef struct sr_date {
  int year, month, day;
} sr_date;

typedef struct sr_date_part {
  sr_date value, until; /* until.year == 0: no range */
  sr_precision precision;
  int of_statement;     /* when someone spoke ("said Saturday") */
  int bound;            /* the end of a span ("jusqu'en 2026"), no deed's day */
  int weekday;          /* the weekday named (ISO 1-7, "on Friday") when no day is known, else 0 */
} sr_date_part;

static inline sr_date_part *sr_date_of(const sr_mention *m) {
  assert(m->type == SR_MENTION_DATE);
  return m->part;
}

/* ---------------------------------------------------------- quantities */

/* What a figure is: a count, or a number that counts nothing. */
#define SR_FIGURE_ROLES(X)                                                 \
  X(SR_FIGURE_COUNT, "count") X(SR_FIGURE_TIME, "time")                    \
  X(SR_FIGURE_ORDINAL, "ordinal") X(SR_FIGURE_NAME, "name")                \
  X(SR_FIGURE_YEAR, "year") X(SR_FIGURE_AGE, "age")
typedef enum sr_figure_role { SR_FIGURE_ROLES(SR_ENUM_ID) SR_FIGURE_ROLE_COUNT } sr_figure_role;
const char *sr_figure_role_name(sr_figure_role r);

typedef struct sr_quantity_part {
  double number, low, high;
  unsigned char has_number, has_low, has_high;
  unsigned char kind_before; /* kind told by the verb before it ("killed 44") */
  sr_qualifier qualifier;
  size_t of_start, of_end; /* bytes; equal when nothing is counted */
  int of_class;            /* sr_noun_class from counted.txt */
  uint32_t of_head;        /* stem hash of the counted noun's last word, 0 when none:
                           ** "eight soldiers" told twice counts the same people */
  double of_km;            /* a length: the kilometres one counted unit is, or 0 */
  sr_figure_role role;
  long part_of;            /* index of the including quantity, or -1 */
  unsigned char besides;   /* "another 14": people besides those counted before */
  unsigned char others_here; /* "killed 14 and injured 10 others": besides a figure
                             ** of its own sentence, not of an event told before */
  unsigned char update;    /* "the death toll rose to 11": a later count of a toll */
  unsigned char total;     /* "a total of six were killed in attacks in X and Y": a sum of
                           ** the tolls the report tells apart */
  unsigned char among;     /* "four children were among the dead": a part of a toll
                           ** told around it, not a toll */
  int kind;                /* sr_quantity_kind the words around it tell */
  unsigned char doer;      /* who did the deed, not whom it hit: "a mob of 200
                           ** villagers lynched a trader" */
  /* "five soldiers", "onze soldats nigériens": the state forces it counts
  ** (an sr_institution, 0 none), theirs by a demonym (force_country) or
  ** the report's own (force_own) */
  int force;
  unsigned char force_own;
  char force_country[3];
  const char *force_unit;  /* ACLED's unit after the state's name ("Gendarmerie") */
  char people_country[3];  /* "four Palestinians": the people's nationality, "" unsaid */
} sr_quantity_part;

static inline sr_quantity_part *sr_quantity_of(const sr_mention *m) {
  assert(m->type == SR_MENTION_QUANTITY);
  return m->part;
}

/* Whether q counts people besides those told before: "five others", "19
** more" (their noun's class) or "another 14 people" (the words before). */
static inline int sr_quantity_besides(const sr_quantity_part *q) {
  return q->besides || q->of_class == SR_CLASS_OTHERS;
}

/* Whether q counts people besides those of an account told before: not
** when a figure of its own sentence is who they are besides ("killed 14
** people and wounded 10 others" tells no more than "killed 14 and
** wounded 10"). */
static inline int sr_quantity_besides_told(const sr_quantity_part *q) {
  return sr_quantity_besides(q) && !q->others_here;
}

/* ------------------------------------------------------------ the view */

/* A sentence as the recognisers see it: tokens, their folded forms, and
** which tokens an earlier recogniser already took (the one thing
** recognisers write: a claim on tokens, read by those that come after). */
typedef struct sr_view {
  const char *text; /* the document */
  const sr_token *tok;
  const sr_str *fold;
  const sr_str *stem; /* per token: Snowball stem of its fold (stem.h) */
  const uint32_t *fold_hash, *stem_hash; /* per token: sr_strmap_hash of fold, stem */
  const uint64_t *const *starts; /* per token: sr_first_tokens_get() */
  unsigned char *used;
  size_t n;
  size_t sentence;
  size_t lede_end; /* the first sentence past the headline and lede (events.h) */
  const sr_mention_pack *k;        /* the date and quantity words */
  const sr_date *published;        /* NULL when unknown */
  const sr_mention_list *mentions; /* found so far, this sentence's last */
  /* The packs of the stage reading the view, set by its entry point on its
  ** own copy of the view: each stage knows its own type. */
  const void *stage;
} sr_view;

/* A word that starts with a capital letter. */
static inline int sr_view_capitalised(const sr_view *v, size_t i) {
  if (v->tok[i].kind != SR_TOKEN_WORD) return 0;
  const unsigned char *s =
      (const unsigned char *)v->text + v->tok[i].byte_start;
  return (s[0] >= 'A' && s[0] <= 'Z') ||
         (s[0] == 0xC3 && s[1] >= 0x80 && s[1] < 0x9F);
}

/* Whether token i stands inside a quotation: one opened in its sentence
** («…», “…”, straight double quotes), or one opened earlier that a closing
** mark after i ends. */
int sr_view_quoted(const sr_view *v, size_t i);

/* Whether token i is a comma. */
static inline int sr_view_comma(const sr_view *v, size_t i) {
  return i < v->n && v->tok[i].kind == SR_TOKEN_PUNCT && v->fold[i].len == 1 &&
         v->fold[i].ptr[0] == ',';
}

/* Whether token i is punctuation folded to exactly the n bytes of lit. */
static inline int sr_view_punct_is(const sr_view *v, size_t i, const char *lit, size_t n) {
  return i < v->n && v->tok[i].kind == SR_TOKEN_PUNCT && v->fold[i].len == n &&
         memcmp(v->fold[i].ptr, lit, n) == 0;
}

/* Whether token i may open a quotation: « “ or a straight double quote
** (not the apostrophe, which elides). */
static inline int sr_view_opening_quote(const sr_view *v, size_t i) {
  return sr_view_punct_is(v, i, "\xC2\xAB", 2) || sr_view_punct_is(v, i, "\xE2\x80\x9C", 3) ||
         sr_view_punct_is(v, i, "\"", 1);
}

/* Whether token i may close a quotation: » ” or a straight double quote. */
static inline int sr_view_closing_quote(const sr_view *v, size_t i) {
  return sr_view_punct_is(v, i, "\xC2\xBB", 2) || sr_view_punct_is(v, i, "\xE2\x80\x9D", 3) ||
         sr_view_punct_is(v, i, "\"", 1);
}

/* Whether token i is a quotation mark, either way. */
static inline int sr_view_quote_mark(const sr_view *v, size_t i) {
  return sr_view_opening_quote(v, i) || sr_view_closing_quote(v, i);
}

/* A hyphen inside a word, glued to the words on both sides
** ("Ouagadougou-Dori", "pro-government"): not a break between phrases. */
static inline int sr_view_inner_hyphen(const sr_view *v, size_t i) {
  return i > 0 && i + 1 < v->n && v->fold[i].len == 1 && v->fold[i].ptr[0] == '-' &&
         v->tok[i - 1].byte_end == v->tok[i].byte_start &&
         v->tok[i].byte_end == v->tok[i + 1].byte_start;
}

/* The row of table t matched at token i, or NULL; *len (may be NULL) gets
** the tokens used.  Tables with no phrase starting there cost nothing. */
static inline const sr_row *sr_view_match(const sr_view *v, const sr_table *t,
                                          size_t i, size_t *len) {
  if (i >= v->n || !sr_set_has_table(v->starts[i], t)) {
    if (len) *len = 0;
    return NULL;
  }
  return sr_table_match_hashed(t, v->fold, v->fold_hash, v->n, i, len);
}

void sr_mention_list_free(sr_mention_list *list);

/* Tokens [first, end) folded and joined by spaces, in the arena. */
const char *sr_view_folded(const sr_view *v, size_t first, size_t end,
                           sr_arena *arena);

/* Appends a mention spanning tokens [first, last] of the view, with a part
** of part_size bytes in the arena, a copy of part_init.  NULL when memory
** runs out: the list is then marked failed. */
sr_mention *sr_mention_add(sr_mention_list *list, sr_arena *arena,
                           const sr_view *v, sr_mention_type type,
                           size_t first, size_t last, const char *rule,
                           const void *part_init, size_t part_size);

/* A date's statement test: whether a speech verb ends right at token at
** ("said Saturday"), or starts right at it ("on Monday accused").  Given by
** a later stage, which knows speech verbs; starts_at may be NULL. */
typedef struct sr_speech_test {
  int (*ends_at)(const void *ctx, const sr_view *v, size_t at);
  const void *ctx;
  int (*starts_at)(const void *ctx, const sr_view *v, size_t at);
} sr_speech_test;

void sr_recognize_dates(const sr_view *v, const sr_speech_test *speech, sr_mention_list *out,
                        sr_arena *arena);
void sr_recognize_quantities(const sr_view *v, sr_mention_list *out,
                             sr_arena *arena);

/* Numbers as written: digits with separators, number words, ordinals. */
typedef struct sr_number {
  double value;
  size_t end;      /* one past the last token used */
  int digits;      /* written in digits */
  int ordinal;     /* "1er", "3rd" */
  int approximate; /* from approximations.txt: SR_APPROX_* + 1, else 0 */
} sr_number;

/* Up to four ASCII digits, nothing else: their value in *out. */
int sr_small_int(const char *s, size_t len, int *out);

/* A date with its year, month and day written out at token i ("4 Apr
** 2017", "April 4, 2017", "2017-04-04"); *end is the token after it. */
int sr_full_date_at(const sr_view *v, size_t i, sr_date *d, size_t *end);

/* Reads a number starting at token i; 0 when there is none. */
int sr_number_at(const sr_view *v, size_t i, sr_number *out);

#endif
