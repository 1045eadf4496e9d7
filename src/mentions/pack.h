/*
** What the date, number and quantity recognisers know of a language: their
** pack files (docs/packs.md#mentions), one registry line each, and the
** closed vocabularies those files use.
*/
#ifndef SR_MENTION_PACK_H
#define SR_MENTION_PACK_H

#include "../tables/table.h"
#include "../util/names.h"

#define SR_QUALIFIERS(X)                                                    \
  X(SR_Q_EXACT, "exact") X(SR_Q_ABOUT, "about") X(SR_Q_AT_LEAST, "at_least") \
  X(SR_Q_MORE_THAN, "more_than") X(SR_Q_AT_MOST, "at_most")                 \
  X(SR_Q_LESS_THAN, "less_than") X(SR_Q_RANGE, "range")                    \
  X(SR_Q_BESIDES, "besides") /* "another 14": read as exact, people besides */ \
  X(SR_Q_UPDATE, "update")   /* "the toll rose to 11": read as exact, a later count */ \
  X(SR_Q_TOTAL, "total")     /* "a total of six": read as exact, a sum of tolls told apart */
typedef enum sr_qualifier { SR_QUALIFIERS(SR_ENUM_ID) SR_QUALIFIER_COUNT } sr_qualifier;
const char *sr_qualifier_name(sr_qualifier q);

#define SR_TIME_UNITS(X)                                                   \
  X(SR_UNIT_NONE, "none") X(SR_UNIT_HOUR, "hour") X(SR_UNIT_DAY, "day")    \
  X(SR_UNIT_WEEK, "week") X(SR_UNIT_MONTH, "month") X(SR_UNIT_YEAR, "year")  \
  /* relative dates only, no lengths: a night (that day and the next), a   \
  ** weekend (its Saturday and Sunday), the week so far (its Monday to the  \
  ** day before) */                                                        \
  X(SR_UNIT_NIGHT, "night") X(SR_UNIT_WEEKEND, "weekend")                  \
  X(SR_UNIT_WEEK_SO_FAR, "week_so_far")
typedef enum sr_time_unit { SR_TIME_UNITS(SR_ENUM_ID) SR_TIME_UNIT_COUNT } sr_time_unit;

/* What a relative date counts from (relative_dates.txt's value): the
** publication date, or the last day the story told, as "the next day" and
** "le lendemain" do. */
enum { SR_ANCHOR_PUBLISHED = 0, SR_ANCHOR_STORY = 1 };

/* Roles of the small words around dates (date_words.txt). */
#define SR_DATE_ROLES(X)                                                   \
  X(SR_DW_NONE, "")                                                        \
  X(SR_DW_ARTICLE, "article")         /* "le", "the", "on": may precede a date */ \
  X(SR_DW_PAST, "past")               /* "dernier", "last" */              \
  X(SR_DW_NEXT, "next")               /* "prochain", "next" */             \
  X(SR_DW_THIS, "this")               /* "ce", "this" */                   \
  X(SR_DW_YEAR_CUE, "year_cue")       /* "en", "in": a bare year may follow */ \
  X(SR_DW_SINCE, "since")             /* "depuis", "since" */              \
  X(SR_DW_PERIOD_EDGE, "period_edge") /* "fin", "début": part of a month */ \
  X(SR_DW_AGO_BEFORE, "ago_before")   /* "il y a" N unit */                \
  X(SR_DW_AGO_AFTER, "ago_after")     /* N unit "ago" */                   \
  X(SR_DW_LATER, "later")             /* N unit "later": after the story's day */ \
  X(SR_DW_EARLIER, "earlier")         /* N unit "earlier": before it */    \
  X(SR_DW_TIME_CUE, "time_cue")       /* "vers", "at": a time of day follows */ \
  X(SR_DW_TIME_AFTER, "time_after")   /* "du matin", "a.m.": one precedes */ \
  X(SR_DW_UNTIL, "until")             /* "jusqu'en", "until": the date ends a span */ \
  X(SR_DW_AFTER, "after")             /* N unit "after": a deed before the one told */
typedef enum sr_date_role { SR_DATE_ROLES(SR_ENUM_ID) SR_DATE_ROLE_COUNT } sr_date_role;

/* What a figure counts, from the words around it (quantity_kinds.txt). */
#define SR_QUANTITY_KINDS(X)                                               \
  X(SR_KIND_NONE, "") X(SR_KIND_KILLED, "killed") X(SR_KIND_INJURED, "injured") \
  X(SR_KIND_KILLED_OR_INJURED, "killed_or_injured")                        \
  X(SR_KIND_CAPTURED, "captured") X(SR_KIND_SURRENDERED, "surrendered")    \
  X(SR_KIND_EVACUATED, "evacuated") X(SR_KIND_DISPLACED, "displaced")      \
  X(SR_KIND_DESTROYED, "destroyed") X(SR_KIND_PARTICIPANTS, "participants") \
  X(SR_KIND_ATTACKS, "attacks") X(SR_KIND_CORRIDORS, "corridors")          \
  X(SR_KIND_DURATION_HOURS, "duration_hours")                              \
  X(SR_KIND_AFFECTED, "affected") /* trapped, besieged, living there: no toll */
typedef enum sr_quantity_kind { SR_QUANTITY_KINDS(SR_ENUM_ID) SR_QUANTITY_KIND_COUNT } sr_quantity_kind;
/* NULL for SR_KIND_NONE */
const char *sr_quantity_kind_name(int kind);
int sr_quantity_kind_parse(sr_str name); /* -1 when unknown */

/* The classes of counted nouns (counted.txt). */
#define SR_NOUN_CLASSES(X)                                                 \
  X(SR_CLASS_NONE, "") X(SR_CLASS_PERSON, "person")                        \
  X(SR_CLASS_CIVILIAN, "civilian") X(SR_CLASS_COMBATANT, "combatant")      \
  X(SR_CLASS_MATERIEL, "materiel") X(SR_CLASS_DURATION, "duration")        \
  X(SR_CLASS_LENGTH, "length") X(SR_CLASS_PLACE, "place")                  \
  X(SR_CLASS_DOCUMENT, "document") X(SR_CLASS_CORRIDOR, "corridor")      \
  X(SR_CLASS_OTHERS, "others") /* "five others", "19 more": people besides those counted */ \
  X(SR_CLASS_AMOUNT, "amount") /* "36 lakh", "500 dollars": money, no one counted */
typedef enum sr_noun_class { SR_NOUN_CLASSES(SR_ENUM_ID) SR_NOUN_CLASS_COUNT } sr_noun_class;
const char *sr_noun_class_name(int cls); /* NULL for SR_CLASS_NONE */
int sr_noun_class_parse(sr_str name);     /* -1 when unknown */

/* numbers.txt flags, one per word; approximations.txt kinds */
#define SR_NUMBER_FLAGS(X)                                                 \
  X(SR_NUMBER_PLAIN, "") X(SR_NUMBER_MUL, "mul")                           \
  X(SR_NUMBER_COMPOUND, "compound") X(SR_NUMBER_JOIN, "join")              \
  X(SR_NUMBER_ARTICLE, "article") /* compound, and one before a toll's noun: "un mort" */
enum { SR_NUMBER_FLAGS(SR_ENUM_ID) SR_NUMBER_FLAG_COUNT };
#define SR_APPROX_KINDS(X) X(SR_APPROX_ABOUT, "about") X(SR_APPROX_PLURAL, "plural")
enum { SR_APPROX_KINDS(SR_ENUM_ID) SR_APPROX_KIND_COUNT };

/* Roles of the words of a report's head (datelines.txt): what stands around
** the dateline that tells when and where the report was filed, and the page
** furniture around the story. */
#define SR_HEAD_ROLES(X)                                                   \
  X(SR_HEAD_NONE, "")                                                      \
  X(SR_HEAD_CUE, "cue")         /* "Published", "Publié le": a date follows */ \
  X(SR_HEAD_OUTLET, "outlet")   /* "(Reuters)", "(AFP)": who filed it */   \
  X(SR_HEAD_TIME, "time")       /* "at", "PM", "GMT": around the time of filing */ \
  X(SR_HEAD_LINE, "line")       /* "Tags", "Read more": a line of page furniture */ \
  X(SR_HEAD_CAPTION, "caption") /* "In this photo": a caption, whatever follows */ \
  X(SR_HEAD_CREDIT, "credit")   /* "(AFP photo)" ending a sentence: a caption */ \
  X(SR_HEAD_END, "end")         /* "Source: Le Monde.", "Lire la suite": the story ends */
typedef enum sr_head_role { SR_HEAD_ROLES(SR_ENUM_ID) SR_HEAD_ROLE_COUNT } sr_head_role;

#define SR_MENTION_PACK(X)                                                        \
  X(SR_MT_NUMBERS, "numbers.txt", row_valued, 0)              /* word value [mul|compound] */ \
  X(SR_MT_APPROXIMATIONS, "approximations.txt", row_valued, 0) /* word value about|plural */ \
  X(SR_MT_QUALIFIERS, "qualifiers.txt", row_qualifier, 0)                          \
  X(SR_MT_RANGE_OPEN, "ranges.txt", row_range, 0)             /* open<TAB>join */  \
  X(SR_MT_RANGE_JOIN, NULL, NULL, 0)                          /* filled by ranges.txt */ \
  X(SR_MT_MONTHS, "months.txt", row_month, 0)                                      \
  X(SR_MT_WEEKDAYS, "weekdays.txt", row_weekday, 0)           /* Monday = 1 */     \
  X(SR_MT_RELATIVE_DATES, "relative_dates.txt", row_relative, 0)                   \
  X(SR_MT_DATE_WORDS, "date_words.txt", row_date_role, 0)                          \
  X(SR_MT_TIME_UNITS, "time_units.txt", row_unit, 0)                               \
  X(SR_MT_ORDINALS, "ordinals.txt", sr_rows_labelled, 0)      /* "1er", "2nd" */   \
  X(SR_MT_DAY_LINKS, "day_links.txt", sr_rows_labelled, 0)    /* "the 4th of April" */ \
  X(SR_MT_COUNTED, "counted.txt", row_counted, 0)             /* noun phrase class */ \
  X(SR_MT_LINKS, "quantity_links.txt", sr_rows_labelled, 0)   /* "une soixantaine de" */ \
  X(SR_MT_INCLUSIONS, "inclusions.txt", sr_rows_labelled, 0)  /* "dont" */         \
  X(SR_MT_NUMBERED, "numbered_names.txt", sr_rows_labelled, 0) /* "Division" 17 */ \
  X(SR_MT_NUMBER_FORMAT, "number_format.txt", row_format, 0)  /* settings */       \
  X(SR_MT_QUANTITY_KINDS, "quantity_kinds.txt", row_quantity_kind, SR_PACK_STEMMED) /* "tués" */ \
  X(SR_MT_HEAD, "datelines.txt", row_head_role, 0)            /* "Published", "(AFP)", "Tags" */
typedef enum sr_mention_table { SR_MENTION_PACK(SR_PACK_ID) SR_MT_COUNT } sr_mention_table;

typedef struct sr_mention_pack {
  sr_table t[SR_MT_COUNT];
  char decimal_mark; /* ',' in French, '.' in English */
  /* the order of "03/12/2016": 'd' day first, 'm' month first, 0 when
  ** the language's readers write both (English) and it stays unread */
  char slash_order;
} sr_mention_pack;

extern const sr_pack_registry sr_mention_registry;
sr_status sr_mention_pack_load(sr_mention_pack *p, sr_pack_loader *loader,
                               sr_error *err);
void sr_mention_pack_free(sr_mention_pack *p);

#endif
