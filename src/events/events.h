/*
** Events: what the mentions add up to.  Triggers (triggers.txt, matched on
** Snowball stems so that every tense matches) are found per sentence with
** their modality (modality.txt: planned, hypothetical, failed, denied);
** once the document is read, each realised trigger gathers, within its
** sentence, the actors, place, date and figures around it, the sources that
** govern its sentence, and an ACLED type from events/actions.tsv.  Events
** that are one real-world event told twice are merged.
*/
#ifndef SR_EVENTS_H
#define SR_EVENTS_H

#include "../mentions/mention.h"

#define SR_EVENT_MAX_QUANTITIES 8
#define SR_EVENT_MAX_TRIGGERS 6
#define SR_EVENT_MAX_RULES 12

typedef struct sr_event {
  const sr_action *action;
  const char *event_type, *sub_event_type; /* ACLED's */
  int status;                 /* sr_status_kind: only realised ones print */
  long triggers[SR_EVENT_MAX_TRIGGERS]; /* mention indexes: the evidence */
  size_t trigger_count;
  long date, place, actor1, actor2; /* mention indexes, or -1 */
  int place_from_document;    /* the document's main place stands in */
  int date_published;         /* no date told: the report's, on or before it */
  long quantities[SR_EVENT_MAX_QUANTITIES];
  int kinds[SR_EVENT_MAX_QUANTITIES];
  size_t quantity_count;
  const char *rules[SR_EVENT_MAX_RULES];
  size_t rule_count;
  int merged;                 /* folded into an earlier event */
} sr_event;

void sr_recognize_triggers(const sr_view *v, sr_mention_list *out,
                           sr_arena *arena);

struct sr_doc;
/* Builds doc->events from its resolved mentions. */
sr_status sr_build_events(struct sr_doc *doc, sr_error *err);

/* The killed count ACLED would record: the killed figures of a sentence
** summed (the low bound when there is no value; a count told twice once, a
** part, "dont 76 enfants", in its whole); of sentences telling the toll
** again, a number over a bound, else the lowest; plus a side's own losses
** ("IS lost 28 fighters").  -1 when none was given. */
double sr_event_fatalities(const sr_event *e, const sr_mention_list *list);

#endif
