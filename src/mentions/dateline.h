/*
** The head of a report: the dateline that says when and where it was filed
** ("Tuesday 4 Apr 2017", "24.08.2013", "Published April 2 2017",
** "BEIRUT, Oct 5 (Reuters) -", "Alep (Syrie) (AFP) –", "Publié le 3
** décembre 2016 à 12h40"), and the page furniture around the story
** (captions, "Tags" lines, related links, share buttons).  The words they
** use are datelines.txt's.
*/
#ifndef SR_DATELINE_H
#define SR_DATELINE_H

#include "mention.h"

typedef struct sr_dateline {
  sr_date date;      /* year 0: the dateline gives no full date */
  size_t first, end; /* its tokens */
} sr_dateline;

/* Finds the dateline of sentence v and marks its tokens used, so that no
** recognizer reads the filing city as a place or its date as an event's.
** A dated dateline ("Tuesday 4 Apr 2017") and a city in capitals before a
** colon ("KINSHASA: ...") are looked for only in the report's first
** sentences or its lede after the page's labels (`head`); a city and an
** outlet in parentheses ("MOSCOW (Sputnik) —") anywhere.  Returns 1 when
** there is one. */
int sr_read_dateline(const sr_view *v, int head, sr_dateline *out);

/* Whether sentence v is page furniture: a caption (it starts with "In this
** photo" or ends with a photo credit), or a line of its own (`own_line`: a
** line break or the text's edge on both sides) that starts with "Tags",
** "Read more", "Lire aussi", "Share"...  Returns 2 for a photo credit
** standing alone ("(AFP Photo)"): the sentence before it is the caption;
** 3 for a line of its own that ends the story ("Source: Le Monde.", "Lire
** la suite sur RFI"): what follows is the page's other items.  `last_sentence`:
** the text's last sentence, where a "Related" or "Tags" run after a view
** count is furniture though no line break sets it apart. */
int sr_is_furniture(const sr_view *v, int own_line, int last_sentence);

/* Whether the sentence ends on a full date told bare, with no article or
** preposition before it ("... in Idlib province Syria April 27 2017."), as
** a photo's caption ends; prose says "on April 27 2017". */
int sr_ends_on_bare_date(const sr_view *v);

/* Whether a credit in brackets opens the sentence and the story goes on
** after it ("(TRT World and Agencies) A suicide bomber ..."). */
int sr_credit_opens(const sr_view *v);

/* "... in Idlib province Syria August 6 2016 (TRT World and Agencies) A
** suicide bomber ...": a caption run into the story, its photo's date told
** bare right before a credit in brackets that a capital follows.  The date
** is marked used: the photo's day dates no event. */
void sr_mark_caption_date(const sr_view *v);

#endif
