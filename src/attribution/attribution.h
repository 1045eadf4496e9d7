/*
** Attribution: who says so.  Sources are found in a sentence around the cues
** of attribution.txt ("selon X", "X a déclaré", "a déclaré X", "rapportée
** par X", "a-t-il déclaré"); then, once the document is read, each source
** is given the sentences it governs: its own, a quotation it closes or
** opens, the rest of its paragraph until another source speaks, and for the
** article's "Sources:" line, everything, as a fallback.
*/
#ifndef SR_ATTRIBUTION_H
#define SR_ATTRIBUTION_H

#include <assert.h>

#include "../actors/actors.h"
#include "../mentions/mention.h"
#include "../text/segment.h"
#include "pack.h"

enum { SR_MENTION_SOURCE = SR_MENTION_ACTOR + 1 };

/* A source's number: "they", "officials" are many; a person named, "he",
** one; a body ("the army", "police") either. */
enum { SR_NUMBER_UNKNOWN, SR_NUMBER_ONE, SR_NUMBER_MANY };

typedef struct sr_source_part {
  int source_kind;     /* sr_source_kind */
  int cue;             /* sr_cue_role that found it */
  const char *title;   /* a person's title, folded: "vice-ministre" */
  const char *affiliation;
  long via;            /* the source that relayed this one, or -1 */
  int relays;          /* it relayed another source */
  int reported;        /* named inside what another speaker of its sentence
                          said ("X said medical sources reported"): via is X */
  int after_quote;     /* named after a closing quotation mark */
  int before_quote;    /* named before an opening quotation mark */
  int number;          /* SR_NUMBER_*: whom "he said" or "they said" may stand for */
  int named_only;      /* a person named where no one speaks ("Police officer
                          X described the attack."): says nothing itself, but
                          a "he said" right after may stand for it */
  int bears_out;       /* its verb's object is what the sentence before told:
                          "Police confirmed the attack." */
  int back;            /* stands for an earlier source: "a-t-il déclaré" */
  int joined;          /* the second of two joined by "and": "une source
                          médicale" of "un habitant et une source médicale" */
  int pronoun;         /* "it", "il": an earlier source, or no one */
  int personal;        /* "he said", "she told": stands for a person, never
                          for a body ("il" may be "le ministère": not so) */
  int category;        /* sr_source_category */
  int described;       /* a body named by its own words, its head noun last
                          and in lower case: "the South African police force" */
  int first_category;  /* a described source's first head's: "authorities" of
                          "authorities and a local rights group" */
  int fallback;        /* from the article's "Sources:" line */
  int denies;          /* its sentences deny an earlier claim */
  long disputes;       /* the source whose claim it denies, or -1 */
  size_t governs_first, governs_last; /* sentences it attributes */
  sr_scope scope;      /* SR_SCOPE_NONE until attributed */
  long lead_last;      /* also the lede's source up to this sentence, or -1 */
  size_t clause_start; /* its own sentence only from this byte: "Rioters looted
                          shops, and authorities reported two deaths" (0: all) */
} sr_source_part;

static inline sr_source_part *sr_source_of(const sr_mention *m) {
  assert(m->type == SR_MENTION_SOURCE);
  return m->part;
}

/* Per sentence of a document: SR_SENT_* */
enum {
  SR_SENT_DENIAL = 1,
  SR_SENT_FURNITURE = 2, /* a caption, a "Tags" line, related links: no event */
  SR_SENT_STORY_OVER = 4, /* past "Source: Le Monde.": the page's other items */
  SR_SENT_DATED_END = 8   /* ends on a date told bare, as a photo's caption does
                             ("... in Idlib province Syria April 27 2017.") */
};

/* Sources of one sentence; flags[v->sentence] learns of denials. */
void sr_recognize_sources(const sr_view *v, const sr_attribution_pack *k,
                          const sr_actor_pack *actors, const sr_place_pack *places,
                          unsigned char *flags, sr_mention_list *out,
                          sr_arena *arena);

/* Whether a speech verb ("said", "a déclaré") ends right at token at: the
** date after it is when someone spoke.  ctx is the attribution pack; this
** is the sr_speech_test the date recogniser is given. */
int sr_speech_verb_ends_at(const void *ctx, const sr_view *v, size_t at);
int sr_speech_verb_starts_at(const void *ctx, const sr_view *v, size_t at);

/* Drops the places read in a speaker's own name ("Isa said": Isa is no
** town here).  After sr_attribute: sources have their names. */
void sr_drop_speaker_places(const char *text, sr_mention_list *list);

/* Resolves back-references ("a-t-il déclaré", "le vice-ministre") and sets
** what each source governs, and denials.  The list must be in text order;
** flags are the SR_SENT_* of each sentence. */
void sr_attribute(const char *text, const struct sr_sentence *sentences,
                  size_t sentence_count, const unsigned char *flags,
                  sr_mention_list *list, sr_arena *arena);

/* For each sentence, the sources that govern it: built once per document,
** so that asking costs nothing whatever its length. */
typedef struct sr_sentence_index {
  size_t *first, *count; /* per sentence: where its list starts in items */
  long *items;
  long *fallback;        /* the article's source line */
  size_t fallback_count, sentence_count;
} sr_sentence_index;

sr_status sr_index_sources(const sr_mention_list *list, size_t sentence_count,
                           sr_arena *arena, sr_sentence_index *ix);

/* The sources that govern a sentence, the most specific ones: those named
** in it, else a quotation's speaker, else its paragraph's, else the
** lede's, else the article's source line.  Fills up to cap mention
** indexes; returns how many there are. */
size_t sr_sentence_sources(const sr_sentence_index *ix, size_t sentence,
                           long *out, size_t cap);

#endif
