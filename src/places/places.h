/*
** Places: names from the gazetteer found in the text, then, once the whole
** document is read, each resolved to one gazetteer entry (places.c), and
** the country the document is about.
*/
#ifndef SR_PLACES_H
#define SR_PLACES_H

#include <assert.h>

#include "../mentions/mention.h"
#include "gazetteer.h"
#include "pack.h"

enum { SR_MENTION_PLACE = SR_MENTION_QUANTITY + 1 };

typedef struct sr_place_part {
  int32_t *candidates;  /* gazetteer entries the name may mean */
  size_t candidate_count;
  size_t named_count;   /* the first of them go by this name as their own */
  int32_t place;        /* the one chosen, or -1 */
  int place_role;       /* from a cue: sr_place_role, 0 without */
  int direction;        /* SR_PR_N..SR_PR_NW, SR_PR_NEAR, or 0 */
  double offset_km;     /* "50 km north of Beni": how far in the direction
                           (a compass one) the place said lies, or 0 */
  int geo_precision;    /* ACLED: 1 the place, 2 near or part of it, 3 region */
  int compass_part;     /* place is the first-level unit standing for the
                           country's part told ("l'est du Mali"): the
                           country, its direction told, is that unit's */
  int weak;             /* kept only if in the document's country */
  int hint;             /* weak, yet a vote when nothing else tells the country:
                           capitalised, after a cue ("near Boulsa") or in one
                           country only and not opening the sentence */
  /* "Boula (Coalla, Gnagna)": the units a place lies in, in brackets after
  ** it.  The place before the bracket is chosen near them; they only
  ** locate it, and are no event's place themselves.  When the name before
  ** the bracket is no known place, the first unit stands for it. */
  size_t units_end;     /* on the place before: the bracket's end (bytes), or 0 */
  int unit_of;          /* on a unit: SR_UNIT_OF_PLACE or SR_UNIT_OF_UNKNOWN */
  int inside;           /* on a place and its unit after "in" ("Shahpur
                           village in Gopalganj"): the place lies there; a
                           namesake far from it is not the place meant, and
                           the unit (a town as often as an area) stands in */
  int unit_named;       /* a department or province (ADM2, ADM3) bears the
                           name too: a village on its point is its seat */
  int part;             /* "the Gounghin area of Kaya": a part of the place
                           after it, within the town's reach */
  int locates_only;     /* says where another place is: no event's place */
  int far;              /* "à plus de 550 km de Bangui": the event is not there */
  int spoken;           /* a town abroad where a source spoke ("diplomats in
                           New York said"): not where the report is about;
                           or any town after a verb of speech opening an
                           incise (", a-t-on appris à Niamey") */
  int voted;            /* the weight it voted for its one country with, or 0 */
  int overruled;        /* the units in brackets after it are of another
                           country: it says nothing of the document's */
  int locative;         /* after "in", "at", "à" (place_locatives.txt): where
                           something happens, not whose ("a Foutouri
                           councilman in the village of Gayeri") */
  int government;       /* a capital or country that stands for its
                           government (governments.txt), with no "in" or
                           cue before it: "Moscow vetoed", "brokered by
                           Ankara", "MOSCOW (Sputnik)" */
  int capital;          /* "in the capital": the capital of the country the
                           document is about, its one candidate once that
                           is known (place_phrases.txt `capital`) */
  int lower_alias;      /* a name of several words our lists write in lower
                           case ("capitale éthiopienne"): sure, spelt as
                           written, wherever the place lies */
  int spelt_home;       /* a name no place bears, read as the one village
                           of the home country it spells a letter otherwise
                           ("in Goudoubou"): dropped when far from every
                           other place the text names */
  int word;             /* a word of place_words.txt ("Nord", "Sahel"), no
                           cue before it */
  int word_cued;        /* a word of place_words.txt a cue made a place
                           ("la région du Sahel"): weak, no country's sign */
  int compound;         /* one half of two capitalised words bound by a
                           hyphen, a name the gazetteer lacks whole
                           ("Yan-Sakai", a militia; "Gao-Ansongo", a road) */
  int word_placed;      /* a word of place_words.txt after any cue ("au sud
                           du Sahel", "near Man"): a unit of that name is
                           believed only in the document's country */
  int qualifies;        /* QUALIFIES_PHRASE after an article or "of"
                           (place_locatives.txt), or a possessive: perhaps
                           a word of a noun phrase, "the Mossi community",
                           "the mayor of Pensa"; QUALIFIES_AFTER_NAME after
                           a capitalised word, perhaps a surname */
} sr_place_part;

enum { SR_UNIT_OF_PLACE = 1, SR_UNIT_OF_UNKNOWN };
enum { QUALIFIES_PHRASE = 1, QUALIFIES_AFTER_NAME };

static inline sr_place_part *sr_place_of(const sr_mention *m) {
  assert(m->type == SR_MENTION_PLACE);
  return m->part;
}

/* Where a resolved place mention puts its place on the map: the place's
** point, or its parent's (a neighbourhood known only by its city), moved
** offset_km in its compass direction ("50 km north of Beni"); 0 when
** there is none. */
int sr_place_point(const sr_gazetteer *g, const sr_mention *m, double *lat, double *lon);

/* Votes for the country a document is about: demonyms and places that can
** only be in one country. */
#define SR_MAX_COUNTRY_VOTES 32
typedef struct sr_country_votes {
  char iso2[SR_MAX_COUNTRY_VOTES][3];
  int count[SR_MAX_COUNTRY_VOTES];
  size_t n;
  /* the countries of the first group named that fights in several
  ** ("YESA" for the Houthis), and the first of them: no vote, but where a
  ** report with no vote at all is, unless the home country is one of them */
  const char *group_countries;
  char group_first[3];
} sr_country_votes;

void sr_country_vote(sr_country_votes *votes, const char *iso2, int weight);
/* The country a document is about, from the votes: NULL on a tie or none. */
const char *sr_country_focus(const sr_country_votes *votes);
/* The focus, else, for a document that names no country at all, the
** country whose GeoNames dump the user added (sr_gazetteer_home). */
const char *sr_country_focus_or_home(const sr_country_votes *votes, const sr_gazetteer *g);

/* The place of an event whose trigger is t, given the nearest place of its
** sentence [first, end): a place said to be where things happen ("in
** Gayeri") rather than a nearer one after an article or "of", perhaps a
** word of something else ("the Mossi community", "a Foutouri councilman",
** "the mayor of Pensa"), unless the nearer one
** is more precise, or a mention of type `speaker` (a source) comes between
** the trigger and it ("sources said in Niamey"). */
long sr_event_place(const sr_mention_list *l, size_t first, size_t end,
                    const sr_mention *t, long nearest, int speaker);

/* A town abroad where a source spoke, in a report about another country:
** inside the source's words ("diplomats in New York said") or just after
** them ("officials said in Paris").  It is where words were said, not
** where the report's events happen: it only locates (SR_PR_BASED), as
** "speaking in Paris" does, and is not the report's main place (spoken).  At home it stays ("the police spokesman in
** Katsina said"): there the speaker is often where things happen.
** speaker: the mention type of a source. */
void sr_places_where_spoken(const sr_gazetteer *g, const sr_country_votes *votes,
                            const char *text, sr_mention_list *list, int speaker);

void sr_recognize_places(const sr_view *v, const sr_place_pack *k,
                         const sr_gazetteer *g, sr_country_votes *votes,
                         sr_mention_list *out, sr_arena *arena);
/* Chooses among each place mention's candidates once the whole document
** is read: its country, the cues, population, nearby places.  When the
** votes name no country, the places vote: each sure or hinted name for the
** country of its likeliest candidate.  text: the document's (a place
** abroad must be spelt as its name there); scratch: for folding it. */
void sr_resolve_places(const sr_gazetteer *g, sr_mention_list *list,
                       sr_country_votes *votes, const char *text, sr_arena *scratch);

#endif
