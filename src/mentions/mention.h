/*
** Mentions: typed spans of a document's text with their normalised values.
** Recognisers add them to the document; the JSON writer prints them.
*/
#ifndef SR_MENTION_H
#define SR_MENTION_H

#include <stddef.h>
#include <stdint.h>

#include "../util/arena.h"
#include "knowledge.h"
#include "sitrep.h"

typedef enum sr_mention_type {
  SR_MENTION_DATE = 1,
  SR_MENTION_QUANTITY,
  SR_MENTION_PLACE,
  SR_MENTION_ACTOR,
  SR_MENTION_SOURCE,
  SR_MENTION_TRIGGER
} sr_mention_type;

struct sr_gazetteer;

/* Votes for the country a document is about: demonyms and places that can
** only be in one country. */
#define SR_MAX_COUNTRY_VOTES 32
typedef struct sr_country_votes {
  char iso2[SR_MAX_COUNTRY_VOTES][3];
  int count[SR_MAX_COUNTRY_VOTES];
  size_t n;
} sr_country_votes;

void sr_country_vote(sr_country_votes *votes, const char *iso2, int weight);

typedef enum sr_precision {
  SR_PREC_DAY = 0,
  SR_PREC_MONTH,
  SR_PREC_YEAR,
  SR_PREC_RANGE,
  SR_PREC_UNKNOWN
} sr_precision;

/* A calendar value at some precision: month 0 means the year only, day 0
** the month only; year 0 means not known (no publication date). */
typedef struct sr_date {
  int year, month, day;
} sr_date;

typedef struct sr_mention sr_mention;
typedef struct sr_mention_list {
  sr_mention *items;
  size_t count, cap;
} sr_mention_list;

struct sr_mention {
  sr_mention_type type;
  size_t byte_start, byte_end;
  size_t start, end; /* code points */
  size_t sentence;
  size_t index; /* position in the document's list */
  const char *rule; /* which recogniser rule produced it */
  /* date */
  sr_date value, until; /* until.year == 0: no range */
  sr_precision precision;
  /* quantity */
  double number, low, high;
  unsigned char has_number, has_low, has_high;
  sr_qualifier qualifier;
  size_t of_start, of_end; /* bytes; equal when nothing is counted */
  const char *of_class;    /* from counted.txt, or NULL */
  const char *role;        /* "count", "time", "ordinal", "name" */
  long part_of;            /* index of the including quantity, or -1 */
  /* place */
  int32_t *candidates; /* gazetteer entries the name may mean */
  size_t candidate_count;
  size_t named_count;      /* the first of them go by this name as their own */
  int32_t place;       /* the one chosen, or -1 */
  int place_role;      /* from a cue: sr_place_role, 0 without */
  int direction;       /* SR_PR_N..SR_PR_NW, SR_PR_NEAR, or 0 */
  int geo_precision;   /* ACLED: 1 the place, 2 near or part of it, 3 region */
  int weak;            /* kept only if in the document's country */
  /* actor and source */
  const char *name;    /* canonical name; NULL until resolved or unknown */
  long *refers_to;     /* what a reference points back to (mention indexes) */
  size_t ref_count;
  /* actor */
  int inter;           /* ACLED 1-8, 0 unknown */
  int actor_kind;      /* sr_actor_kind */
  int group_type;      /* sr_group_type */
  int agreement;       /* SR_AGREE_* */
  int institution;     /* state forces: sr_institution */
  int own_country;     /* "forces régulières": the document's own country */
  char country[3];     /* state forces: whose */
  /* source */
  int source_kind;     /* sr_source_kind */
  int cue;             /* sr_cue_role that found it */
  const char *title;   /* a person's title, folded: "vice-ministre" */
  const char *affiliation;
  long via;            /* the source that relayed this one, or -1 */
  int relays;          /* it relayed another source */
  int after_quote;     /* named after a closing quotation mark */
  int before_quote;    /* named before an opening quotation mark */
  int back;            /* stands for an earlier source: "a-t-il déclaré" */
  int fallback;        /* from the article's "Sources:" line */
  int denies;          /* its sentences deny an earlier claim */
  long disputes;       /* the source whose claim it denies, or -1 */
  size_t governs_first, governs_last; /* sentences it attributes */
  const char *scope;   /* "sentence", "quote", "paragraph", "article" */
  long lead_last;      /* also the lede's source up to this sentence, or -1 */
  /* trigger; quantity_kind also for quantities ("23 miliciens tués") */
  const char *action;  /* events/actions.tsv name */
  int status;          /* sr_status_kind from modality.txt */
  const char *status_cue; /* the words that set it, folded, or NULL */
  int passive;         /* "a été prise par X": X acts */
  int victim_subject;  /* "IS lost 28 fighters": the subject suffers it */
  int quantity_kind;   /* sr_quantity_kind_of(), 0 none */
  /* any type */
  int dropped;         /* found, then judged not to be one: left out */
  int of_statement;    /* date: when someone spoke ("said Saturday") */
};

/* A sentence as the recognisers see it: tokens, their folded forms, and
** which tokens an earlier recogniser already took. */
typedef struct sr_view {
  const char *text; /* the document */
  const sr_token *tok;
  const sr_str *fold;
  const sr_str *stem; /* per token: Snowball stem of its fold (stem.h) */
  const uint32_t *starts; /* per token: sr_knowledge_starts() */
  unsigned char *used;
  size_t n;
  size_t sentence;
  const sr_knowledge *k;
  const sr_date *published; /* NULL when unknown */
  const struct sr_gazetteer *gazetteer;
  sr_country_votes *votes;
  unsigned char *sentence_flags; /* SR_SENT_*, per sentence of the document */
  const sr_mention_list *mentions; /* found so far, this sentence's last */
} sr_view;

enum { SR_SENT_DENIAL = 1 };

/* A word that starts with a capital letter. */
static inline int sr_view_capitalised(const sr_view *v, size_t i) {
  if (v->tok[i].kind != SR_TOKEN_WORD) return 0;
  const unsigned char *s =
      (const unsigned char *)v->text + v->tok[i].byte_start;
  return (s[0] >= 'A' && s[0] <= 'Z') ||
         (s[0] == 0xC3 && s[1] >= 0x80 && s[1] < 0x9F);
}

/* The row of table t matched at token i, or NULL; *len (may be NULL) gets
** the tokens used.  Tables with no phrase starting there cost nothing. */
static inline const sr_row *sr_view_match(const sr_view *v, const sr_table *t,
                                          size_t i, size_t *len) {
  if (i >= v->n || !(v->starts[i] & t->bit)) {
    if (len) *len = 0;
    return NULL;
  }
  return sr_table_match(t, v->fold, v->n, i, len);
}


void sr_mention_list_free(sr_mention_list *list);

/* Tokens [first, end) folded and joined by spaces, in the arena. */
const char *sr_view_folded(const sr_view *v, size_t first, size_t end,
                           sr_arena *arena);

/* Appends a mention spanning tokens [first, last] of the view; NULL when
** memory runs out. */
sr_mention *sr_mention_add(sr_mention_list *list, sr_arena *arena,
                           const sr_view *v, sr_mention_type type,
                           size_t first, size_t last, const char *rule);

void sr_recognize_dates(const sr_view *v, sr_mention_list *out,
                        sr_arena *arena);
void sr_recognize_quantities(const sr_view *v, sr_mention_list *out,
                             sr_arena *arena);
void sr_recognize_places(const sr_view *v, sr_mention_list *out,
                         sr_arena *arena);
/* The country a document is about, from the votes: NULL on a tie or none. */
const char *sr_country_focus(const sr_country_votes *votes);
/* Chooses among each place mention's candidates once the whole document
** is read: its country, the cues, population, nearby places. */
void sr_resolve_places(const struct sr_gazetteer *g, sr_mention_list *list,
                       const sr_country_votes *votes);

/* Numbers as written: digits with separators, number words, ordinals. */
typedef struct sr_number {
  double value;
  size_t end;      /* one past the last token used */
  int digits;      /* written in digits */
  int ordinal;     /* "1er", "3rd" */
  int approximate; /* from approximations.txt: SR_APPROX_* + 1, else 0 */
} sr_number;

/* Reads a number starting at token i; 0 when there is none. */
int sr_number_at(const sr_view *v, size_t i, sr_number *out);

#endif
