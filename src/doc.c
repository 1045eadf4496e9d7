#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "actors/actors.h"
#include "attribution/attribution.h"
#include "events/events.h"
#include "mentions/dateline.h"
#include "text/stem.h"
#include "text/fold.h"
#include "util/strmap.h"
#include "util/utf8.h"
#include "util/error.h"
#include "util/isodate.h"

void sr_doc_add_error(sr_doc *doc, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (doc->error_count == doc->error_cap) {
    size_t cap = doc->error_cap ? doc->error_cap * 2 : 4;
    char **e = sr_arena_grow(&doc->arena, doc->errors,
                             doc->error_cap * sizeof *e, cap * sizeof *e);
    if (!e) return;
    doc->errors = e;
    doc->error_cap = cap;
  }
  /* The message quotes input (a language code, a date) cut to a few bytes,
  ** which can split a character, and that input need not be UTF-8 at all;
  ** sr_doc_to_json could not print such a message and would drop it.
  ** Repairing it here keeps every message valid UTF-8. */
  size_t len, bad;
  char *copy = sr_utf8_repair(&doc->arena, buf, strlen(buf), &len, &bad);
  if (copy) doc->errors[doc->error_count++] = copy;
}

/* Kept apart from the arena: when memory runs out, the message that says so
** must not need any. */
static const char out_of_memory[] = "out of memory: the document is partial";

void sr_doc_fail(sr_doc *doc, const char *stage) {
  int first = !doc->failed;
  doc->failed = 1;
  size_t before = doc->error_count;
  sr_doc_add_error(doc, "out of memory in %s: the document is partial", stage);
  if (doc->error_count == before && first && doc->error_cap)
    doc->errors[doc->error_count < doc->error_cap ? doc->error_count++
                                                  : doc->error_cap - 1] =
        (char *)out_of_memory;
}

static sr_str keep(sr_doc *doc, sr_str s) {
  sr_str r = {NULL, 0};
  if (!s.ptr) return r;
  /* Metadata is short and printed as JSON: repair rather than refuse it. */
  size_t bad = 0;
  r.ptr = sr_utf8_repair(&doc->arena, s.ptr, s.len, &r.len, &bad);
  return r;
}

static int is_blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
          c == '\v'))
      return 0;
  }
  return 1;
}

#define SHORT_TEXT 400 /* bytes under which character n-grams mislead: a dispatch's lede */
#define WORD_CAP 32

/* How many of the words of text[0, len) are function words of lang (ASCII
** letters lower-cased; other bytes kept). */
static size_t function_words(const sr_language *lang, const char *text, size_t len) {
  size_t hits = 0;
  for (size_t i = 0; i < len;) {
    char word[WORD_CAP];
    size_t n = 0;
    while (i < len && (isalpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)) {
      if (n < WORD_CAP) word[n] = (char)tolower((unsigned char)text[i]);
      n++, i++;
    }
    if (n && n <= WORD_CAP && sr_strmap_get(lang->function_words, word, n, NULL)) hits++;
    if (!n) i++;
  }
  return hits;
}

/* A short text's language by its function words, when one language has
** more of them than every other; NULL when none does. */
static const sr_language *by_function_words(const sr_engine *engine, const char *text,
                                            size_t len) {
  const sr_language *best = NULL;
  size_t most = 0, second = 0;
  for (size_t i = 0; i < engine->language_count; i++) {
    size_t hits = function_words(&engine->languages[i], text, len);
    if (hits > most) {
      second = most, most = hits, best = &engine->languages[i];
    } else if (hits > second) {
      second = hits;
    }
  }
  return most > second ? best : NULL;
}

static const sr_language *choose_language(sr_doc *doc, sr_str requested) {
  const sr_engine *engine = doc->engine;
  int auto_detect = !requested.ptr || requested.len == 0 ||
                    (requested.len == 4 && memcmp(requested.ptr, "auto", 4) == 0);
  if (!auto_detect) {
    const sr_language *lang =
        sr_engine_language(engine, requested.ptr, requested.len);
    if (lang) return lang;
    sr_doc_add_error(doc, "unsupported language '%.*s': detected instead",
                     (int)(requested.len > 16 ? 16 : requested.len),
                     requested.ptr);
  }
  if (doc->text_len < SHORT_TEXT) {
    const sr_language *lang = by_function_words(engine, doc->text, doc->text_len);
    if (lang) return lang;
  }
  char code[16];
  if (sr_langid_guess(engine->langid, doc->text, doc->text_len, code,
                      sizeof code)) {
    const sr_language *lang = sr_engine_language(engine, code, strlen(code));
    if (lang) return lang;
  }
  return &engine->languages[0];
}

/* The first sentences may open with a dateline ("Tuesday 4 Apr 2017",
** "MOSCOW (Sputnik) —"), which is no part of the story whatever the input
** says; the date of one in the first two sentences is the publication date
** when the input gives none. */
#define HEAD_SENTENCES 3
/* A web page's head may hold a section name, a headline, a byline and a
** date line before the wire's "KABUL, Afghanistan (AP) —": its dateline is
** looked for in the first five sentences. */
#define DATELINE_SENTENCES 5
#define DATED_SENTENCES 2

/* Whether the bytes [a, b) hold a line break, or reach the text's edge. */
static int line_edge(const sr_doc *doc, size_t a, size_t b) {
  if (a == 0 || b >= doc->text_len) return 1;
  return memchr(doc->text + a, '\n', b - a) != NULL;
}

/* Whether the sentence [a, b) ends as prose does: a full stop, a question
** or exclamation mark, an ellipsis or a colon, perhaps inside quotes or
** brackets ("... villagers.\u201d"). */
static int ends_as_prose(const char *text, size_t a, size_t b) {
  while (b > a) {
    unsigned char c = (unsigned char)text[b - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']') {
      b--;
    } else if (b - a >= 2 && (unsigned char)text[b - 2] == 0xC2 && c == 0xBB) {
      b -= 2; /* » */
    } else if (b - a >= 3 && (unsigned char)text[b - 3] == 0xE2 &&
               (unsigned char)text[b - 2] == 0x80 && (c == 0x9D || c == 0x99)) {
      b -= 3; /* ” ’ */
    } else {
      break;
    }
  }
  if (b == a) return 0;
  unsigned char c = (unsigned char)text[b - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
         (b - a >= 3 && (unsigned char)text[b - 3] == 0xE2 && (unsigned char)text[b - 2] == 0x80 &&
          c == 0xA6); /* … */
}

/* "Zamfara Police kill 30 bandits after slaughter of 10 villagers" on a
** line of its own, past the head and after the story's prose began: the
** headline of another story (a related link), or a sub-heading the body
** tells anyway; no event of its own. */
static int headline_past_the_head(const sr_doc *doc, size_t index, int own_line) {
  if (!own_line || index < HEAD_SENTENCES) return 0;
  const sr_sentence *s = &doc->sentences[index];
  /* ...or the next headline of a list of them ("Also read: ...") */
  return !ends_as_prose(doc->text, s->byte_start, s->byte_end) &&
         (ends_as_prose(doc->text, s[-1].byte_start, s[-1].byte_end) ||
          (doc->sentence_flags[index - 1] & SR_SENT_FURNITURE));
}

/* "Russian Drone Kills Man In Zmiivka", "8/20/2024 7:17:05 PM", then the
** lede: lines at the head that do not end as prose, and furniture, come
** before the story; its lede is the first sentence that does (at most
** HEAD_SENTENCES down), and the news is told up to the sentence after it,
** as when a headline alone comes first. */
/* Whether bytes [a, b) of text hold one word at most ("FILE.", "Updated"):
** a label, not a sentence of the story. */
static int one_word(const char *text, size_t a, size_t b) {
  while (a < b && isspace((unsigned char)text[a])) a++;
  while (b > a && isspace((unsigned char)text[b - 1])) b--;
  for (size_t i = a; i < b; i++)
    if (isspace((unsigned char)text[i])) return 0;
  return 1;
}

static void start_the_body(sr_doc *doc, size_t index, int furniture) {
  if (doc->body_started) return;
  const sr_sentence *s = &doc->sentences[index];
  /* a label ("International", "Updated:") is head wherever it stands */
  if (one_word(doc->text, s->byte_start, s->byte_end) ||
      (index < HEAD_SENTENCES && (furniture || !ends_as_prose(doc->text, s->byte_start, s->byte_end)))) {
    doc->lede_end = index + 2 > LEDE_SENTENCES ? index + 2 : LEDE_SENTENCES;
    return;
  }
  doc->body_started = 1;
  doc->lede_end = index + 1 > LEDE_SENTENCES ? index + 1 : LEDE_SENTENCES;
}

#define COPY_BYTES 40 /* a sentence this long told twice word for word is a copy */

/* Whether sentence index repeats an earlier one byte for byte: a page
** that prints its lede or a paragraph twice tells its events once. */
static int repeats_a_sentence(const sr_doc *doc, size_t index) {
  const sr_sentence *s = &doc->sentences[index];
  size_t len = s->byte_end - s->byte_start;
  if (len < COPY_BYTES) return 0;
  for (size_t i = 0; i < index; i++) {
    const sr_sentence *t = &doc->sentences[i];
    if (t->byte_end - t->byte_start == len &&
        memcmp(doc->text + t->byte_start, doc->text + s->byte_start, len) == 0)
      return 1;
  }
  return 0;
}

static void read_head(sr_doc *doc, sr_view *view, size_t index) {
  sr_dateline dl;
  /* the first sentences, or any before the story's body starts (a lede
  ** after labels: "World", "Updated:", "IDLIB, May 4: ...") */
  int head = index < DATED_SENTENCES || !doc->body_started;
  if (!sr_read_dateline(view, head, &dl) || !head || !dl.date.year ||
      doc->published_date.year)
    return;
  char *iso = sr_arena_alloc(&doc->arena, 16);
  if (!iso) {
    doc->mentions.failed = 1;
    return;
  }
  snprintf(iso, 16, "%04d-%02d-%02d", dl.date.year % 10000, dl.date.month % 100,
           dl.date.day % 100);
  doc->published = (sr_str){iso, 10};
  doc->published_date = dl.date;
  doc->published_from = SR_PUBLISHED_DATELINE;
  view->published = &doc->published_date;
}

/* Whether e's actor1 is the very state forces its figure counts as hit
** (actor2 implied by the figure, named above): the same name on both sides. */
static int counted_forces_hit_themselves(const sr_doc *doc, const sr_event *e) {
  if (e->actor1 < 0 || e->actor2 >= 0 || !e->implied[1] || !e->implied[1][0] ||
      e->implied_from[1] < 0 || e->implied_from[1] == e->triggers[0] ||
      doc->mentions.items[e->implied_from[1]].type != SR_MENTION_QUANTITY)
    return 0;
  const sr_mention *m = &doc->mentions.items[e->actor1];
  if (m->ref_count) m = &doc->mentions.items[m->refers_to[0]];
  const char *name = e->side_name[0] ? e->side_name[0] : m->name;
  int inter = sr_actor_of(m)->inter;
  return name && (inter == SR_INTER_STATE || inter == SR_INTER_EXTERNAL) &&
         strcmp(name, e->implied[1]) == 0;
}

/* Unnamed people (civilians, protesters, rioters) and unidentified armed
** groups are those of the country of the event's own place, not of the
** report's: "Civilians (Palestine)" in Gaza, in a report whose words are
** mostly Israel's.  The state forces a figure counts are named here too,
** and the crowd that fights in a riot is its rioters ("Rioters (Burkina
** Faso)", not "Protesters"), as ACLED names them. */
static void unnamed_sides_where_hit(sr_doc *doc) {
  const sr_acled *acled = doc->engine->acled;
  int riot = sr_acled_role(acled, SR_SUB_VIOLENT_DEMONSTRATION);
  int mob = sr_acled_role(acled, SR_SUB_MOB_VIOLENCE);
  int air_strike = sr_acled_role(acled, SR_SUB_AIR_STRIKE);
  const char *focus = sr_country_focus_or_home(&doc->votes, doc->engine->gazetteer);
  char forces_of[3] = ""; /* the country whose military forces are named below */
  const char *forces = NULL;
  for (size_t i = 0; i < doc->event_count; i++) {
    sr_event *e = &doc->events[i];
    const char *here = e->where && e->where->iso2 &&
                               e->where->iso2[0]
                           ? e->where->iso2
                           : focus;
    /* an air strike no one is told to have flown, where one side only
    ** flies (air_forces.tsv): "cinq Palestiniens tués dans une frappe" */
    const char *flier;
    int flown = 0;
    if (e->sub == air_strike && e->actor1 < 0 && !e->implied[0] && here &&
        (flier = sr_air_force_of(&doc->lang->actors, here))) {
      const sr_date *day = &doc->published_date;
      const char *name = sr_state_forces_name(&doc->lang->actors, acled, doc->engine->gazetteer,
                                              SR_INST_MILITARY, flier,
                                              day->year * 10000L + day->month * 100 + day->day,
                                              NULL, &doc->arena);
      if (name) {
        e->implied[0] = name;
        e->implied_inter[0] = memcmp(flier, here, 2) != 0 ? SR_INTER_EXTERNAL : SR_INTER_STATE;
        e->implied_institution[0] = SR_INST_MILITARY;
        e->implied_from[0] = e->triggers[0];
        flown = 1; /* named: its country is not the event's */
      }
    }
    for (int side = 0; side < 2; side++) {
      if (!e->implied[side] || (side == 0 && flown)) continue;
      if (e->implied_inter[side] == SR_INTER_STATE) {
        /* the forces a figure counts: of its demonym's country, else here;
        ** those the type implies: here */
        int institution = e->implied_institution[side];
        const char *whose = here, *unit = NULL;
        if (!institution) {
          const sr_quantity_part *q = sr_quantity_of(&doc->mentions.items[e->implied_from[side]]);
          institution = q->force;
          whose = q->force_own && here ? sr_army_in(&doc->lang->actors, q->force, here)
                                       : q->force_own ? here : q->force_country;
          unit = q->force_unit;
        }
        const sr_date *day = &doc->published_date;
        e->implied[side] = sr_state_forces_name(
            &doc->lang->actors, acled, doc->engine->gazetteer, institution, whose,
            day->year * 10000L + day->month * 100 + day->day, unit, &doc->arena);
        /* a state's forces abroad are ACLED's external forces */
        if (e->implied[side] && whose && here && memcmp(whose, here, 2) != 0)
          e->implied_inter[side] = SR_INTER_EXTERNAL;
        continue; /* none: ACLED names no such forces, or whose is unknown */
      }
      /* "four Palestinians were killed": civilians of the nationality that
      ** counts them, wherever they fell (ACLED names civilians by theirs) */
      const char *whose = here;
      const sr_mention *from = e->implied_from[side] >= 0
                                   ? &doc->mentions.items[e->implied_from[side]]
                                   : NULL;
      if (e->implied_inter[side] == SR_INTER_CIVILIANS && from &&
          from->type == SR_MENTION_QUANTITY && sr_quantity_of(from)->people_country[0])
        whose = sr_quantity_of(from)->people_country;
      if (!whose) continue;
      const char *name = sr_unnamed_actor_name_in(&doc->lang->actors, acled, doc->engine->gazetteer,
                                                  whose, e->implied_inter[side], &doc->arena);
      if (name) e->implied[side] = name;
      else doc->mentions.failed = 1;
    }
    if (counted_forces_hit_themselves(doc, e)) {
      /* "Deux soldats maliens ont été tués ... Le bilan côté FAMa est de deux
      ** morts", "an army vehicle struck an IED, wounding four soldiers": the
      ** forces a figure counts as hit, named again, did not hit themselves;
      ** their attackers are unnamed (events.c, unnamed_attackers) */
      e->actor1 = -1;
      sr_event_add_rule(e, "event.actor1.not_the_forces_hit");
      if (here && (e->sub == sr_acled_role(acled, SR_SUB_CLASH) ||
                   e->sub == sr_acled_role(acled, SR_SUB_EXPLOSION))) {
        const char *name = sr_unnamed_actor_name_in(&doc->lang->actors, acled, doc->engine->gazetteer,
                                                    here, SR_INTER_POLITICAL_MILITIA, &doc->arena);
        if (name) {
          e->implied[0] = name;
          e->implied_inter[0] = SR_INTER_POLITICAL_MILITIA;
          e->implied_from[0] = e->triggers[0];
          sr_event_add_rule(e, "event.actor1.unidentified");
        } else {
          doc->mentions.failed = 1;
        }
      }
    }
    long sides[2] = {e->actor1, e->actor2};
    for (int side = 0; side < 2; side++) {
      if (sides[side] < 0) continue;
      const sr_mention *m = &doc->mentions.items[sides[side]];
      if (m->ref_count) m = &doc->mentions.items[m->refers_to[0]];
      int inter = sr_actor_of(m)->inter, kind = sr_actor_of(m)->actor_kind;
      /* "regime airstrikes", "le régime a bombardé": a state's deed of
      ** force is done by its forces, as ACLED names them, not by its
      ** government */
      if (kind == SR_ACTOR_STATE && sr_actor_of(m)->institution == SR_INST_GOVERNMENT &&
          sr_actor_of(m)->country[0] && !e->side_name[side] && sr_event_reported(e) &&
          (e->action->flags & SR_ACTION_VIOLENT)) {
        /* one name per country and document: the report's date is one */
        if (strcmp(forces_of, sr_actor_of(m)->country) != 0) {
          const sr_date *day = &doc->published_date;
          memcpy(forces_of, sr_actor_of(m)->country, sizeof forces_of);
          forces = sr_state_forces_name(&doc->lang->actors, acled, doc->engine->gazetteer,
                                        SR_INST_MILITARY, forces_of,
                                        day->year * 10000L + day->month * 100 + day->day, NULL,
                                        &doc->arena);
        }
        if (forces) {
          e->side_name[side] = forces;
          e->side_inter[side] = inter;
        }
        continue;
      }
      /* "terroristes" in a village of Tillaberi, in a report most about
      ** Burkina Faso: an armed group no one names acts where it struck;
      ** not where it signs ("les rebelles ont signé à Addis Abeba") */
      int unnamed_armed = kind == SR_ACTOR_GENERIC && !sr_actor_of(m)->stands_for &&
                          !e->side_name[side] && (e->action->flags & SR_ACTION_VIOLENT) &&
                          (inter == SR_INTER_REBELS || inter == SR_INTER_POLITICAL_MILITIA);
      if (!unnamed_armed &&
          ((kind != SR_ACTOR_CIVILIAN && kind != SR_ACTOR_CROWD) ||
           (inter != SR_INTER_CIVILIANS && inter != SR_INTER_PROTESTERS && inter != SR_INTER_RIOTERS)))
        continue;
      /* only the people no text names: "Civilians (X)", "Protesters" */
      const char *unnamed = sr_acled_unnamed(acled, inter);
      if (!unnamed || (m->name && strncmp(m->name, unnamed, strlen(unnamed)) != 0)) continue;
      /* "clashes between activists and police": people told as a riot's
      ** first side are its rioters, whatever word named them */
      int want = side == 0 && (inter == SR_INTER_PROTESTERS || inter == SR_INTER_CIVILIANS) &&
                         (e->sub == riot || e->sub == mob)
                     ? SR_INTER_RIOTERS
                     : inter;
      /* "deux civils palestiniens": civilians of their nationality told */
      const char *whose = want == SR_INTER_CIVILIANS && sr_actor_of(m)->country[0]
                              ? sr_actor_of(m)->country
                              : here;
      const char *name = sr_unnamed_actor_name_in(&doc->lang->actors, acled, doc->engine->gazetteer,
                                                  whose, want, &doc->arena);
      if (!name) {
        doc->mentions.failed = 1;
        continue;
      }
      if (m->name && strcmp(name, m->name) == 0 && want == inter) continue;
      e->side_name[side] = name;
      e->side_inter[side] = want;
    }
  }
}

/* One sentence through the recognisers, in scratch memory that the next
** sentence reuses: a long document never holds all its tokens. */
static sr_status recognize_sentence(sr_doc *doc, size_t index, sr_error *err) {
  const sr_token *toks;
  size_t n;
  sr_status st = sr_doc_sentence_tokens(doc, index, &toks, &n, err);
  if (st != SR_OK || n == 0) return st;
  const sr_language *lang = doc->lang;
  sr_str *fold = sr_arena_alloc(&doc->scratch, n * sizeof *fold);
  const uint64_t **starts = sr_arena_alloc(&doc->scratch, n * sizeof *starts);
  unsigned char *used = sr_arena_zalloc(&doc->scratch, n);
  /* each token hashed once, for every table that reads it */
  uint32_t *fold_hash = sr_arena_alloc(&doc->scratch, n * sizeof *fold_hash);
  if (!fold || !used || !starts || !fold_hash)
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (size_t i = 0; i < n; i++) {
    fold[i] = sr_fold(&doc->scratch, doc->text + toks[i].byte_start,
                      toks[i].byte_end - toks[i].byte_start);
    if (!fold[i].ptr) return sr_error_set(err, SR_ENOMEM, "out of memory");
    fold_hash[i] = sr_strmap_hash(fold[i].ptr, fold[i].len);
    starts[i] = sr_first_tokens_get_hashed(lang->first_tokens, fold[i], fold_hash[i]);
  }
  sr_str *stem = sr_arena_alloc(&doc->scratch, n * sizeof *stem);
  uint32_t *stem_hash = sr_arena_alloc(&doc->scratch, n * sizeof *stem_hash);
  if (!stem || !stem_hash) return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (size_t i = 0; i < n; i++) {
    stem[i] = toks[i].kind == SR_TOKEN_WORD
                  ? sr_stem_text_word(doc->stemmer, &doc->scratch, doc->text + toks[i].byte_start,
                                 toks[i].byte_end - toks[i].byte_start, fold[i])
                  : fold[i];
    stem_hash[i] = stem[i].ptr == fold[i].ptr && stem[i].len == fold[i].len
                       ? fold_hash[i]
                       : sr_strmap_hash(stem[i].ptr, stem[i].len);
  }
  sr_view view = {doc->text, toks, fold, stem, fold_hash, stem_hash, starts, used, n, index, 0,
                  &lang->mentions,
                  doc->published_date.year ? &doc->published_date : NULL,
                  &doc->mentions, NULL};
  if (index < DATELINE_SENTENCES) read_head(doc, &view, index);
  const sr_sentence *s = &doc->sentences[index];
  size_t gap_before = index ? s[-1].byte_end : 0;
  int own_line = line_edge(doc, gap_before, s->byte_start) &&
                 line_edge(doc, s->byte_end, index + 1 < doc->sentence_count
                                                 ? s[1].byte_start
                                                 : doc->text_len);
  int furniture = sr_is_furniture(&view, own_line, index + 1 == doc->sentence_count);
  if (!furniture && headline_past_the_head(doc, index, own_line)) furniture = 1;
  /* "Source: Le Monde." past the head ends the story; what follows is
  ** the page's other items */
  if ((furniture == 3 && index >= HEAD_SENTENCES) ||
      (index && (doc->sentence_flags[index - 1] & SR_SENT_STORY_OVER))) {
    doc->sentence_flags[index] |= SR_SENT_STORY_OVER;
    furniture = 1;
  }
  if (furniture == 3) furniture = 0; /* a source line in the head is the dateline's */
  if (furniture) doc->sentence_flags[index] |= SR_SENT_FURNITURE;
  if (furniture == 2 && index && !line_edge(doc, gap_before, s->byte_start))
    doc->sentence_flags[index - 1] |= SR_SENT_FURNITURE;
  /* "... in Idlib province Syria April 27 2017." then "(TRT World and
  ** Agencies) Jets struck ...": the credit says the sentence before it,
  ** ending on its photo's date, was the caption */
  if (sr_ends_on_bare_date(&view)) doc->sentence_flags[index] |= SR_SENT_DATED_END;
  sr_mark_caption_date(&view);
  if (index && (doc->sentence_flags[index - 1] & SR_SENT_DATED_END) && sr_credit_opens(&view))
    doc->sentence_flags[index - 1] |= SR_SENT_FURNITURE;
  start_the_body(doc, index, furniture);
  if (repeats_a_sentence(doc, index)) doc->sentence_flags[index] |= SR_SENT_FURNITURE;
  view.lede_end = doc->lede_end;
  sr_speech_test speech = {sr_speech_verb_ends_at, &lang->attribution, sr_speech_verb_starts_at};
  sr_mention_list *out = &doc->mentions;
  sr_recognize_dates(&view, &speech, out, &doc->arena);
  sr_recognize_quantities(&view, out, &doc->arena);
  /* Actors before places: "Ahrar al-Sham" is a group, not Damascus. */
  sr_recognize_actors(&view, &lang->actors, &lang->places, &doc->votes, out, &doc->arena);
  sr_recognize_places(&view, &lang->places, doc->engine->gazetteer, &doc->votes, out,
                      &doc->arena);
  sr_recognize_sources(&view, &lang->attribution, &lang->actors, &lang->places,
                       doc->sentence_flags, out, &doc->arena);
  sr_recognize_triggers(&view, &lang->events, &lang->actors, lang->function_words, out,
                        &doc->arena);
  return SR_OK;
}

static int by_start(const void *a, const void *b) {
  const sr_mention *x = a, *y = b;
  if (x->dropped != y->dropped) return x->dropped - y->dropped;
  if (x->byte_start != y->byte_start) return x->byte_start < y->byte_start ? -1 : 1;
  return 0;
}

/* Mentions in text order, the dropped ones left out; part_of indexes follow
** the move. */
static void sort_mentions(sr_doc *doc) {
  sr_mention_list *l = &doc->mentions;
  if (l->count == 1 && l->items[0].dropped) l->count = 0;
  if (l->count < 2) return;
  sr_arena_reset(&doc->scratch, doc->scratch_base);
  long *old_to_new = sr_arena_alloc(&doc->scratch, l->count * sizeof(long));
  if (!old_to_new) {
    sr_doc_fail(doc, "mentions");
    return;
  }
  qsort(l->items, l->count, sizeof *l->items, by_start);
  for (size_t k = 0; k < l->count; k++) old_to_new[l->items[k].index] = (long)k;
  size_t live = 0;
  while (live < l->count && !l->items[live].dropped) live++;
  for (size_t k = 0; k < live; k++) {
    sr_mention *m = &l->items[k];
    m->index = k;
    if (m->type == SR_MENTION_QUANTITY && sr_quantity_of(m)->part_of >= 0)
      sr_quantity_of(m)->part_of = old_to_new[sr_quantity_of(m)->part_of];
    if (m->type == SR_MENTION_SOURCE && sr_source_of(m)->via >= 0)
      sr_source_of(m)->via = old_to_new[sr_source_of(m)->via];
  }
  l->count = live;
}

static sr_status fail(sr_doc *doc, sr_status st) {
  sr_doc_free(doc);
  return st;
}

sr_status sr_doc_process(const sr_engine *engine, const sr_doc_input *input,
                         sr_doc **out, sr_error *err) {
  *out = NULL;
  if (!engine || !input)
    return sr_error_set(err, SR_EINVAL, "no engine or no input");
  sr_doc *doc = calloc(1, sizeof *doc);
  if (!doc) return sr_error_set(err, SR_ENOMEM, "out of memory");
  doc->engine = engine;
  sr_arena_init(&doc->arena, 64 * 1024);
  sr_arena_init(&doc->scratch, 64 * 1024);
  /* room for the first errors, so that running out of memory can be told */
  doc->error_cap = 4;
  if (!(doc->errors = sr_arena_alloc(&doc->arena, doc->error_cap * sizeof *doc->errors)))
    return fail(doc, sr_error_set(err, SR_ENOMEM, "out of memory"));
  doc->id = keep(doc, input->id);
  doc->url = keep(doc, input->url);
  doc->title = keep(doc, input->title);
  doc->publisher = keep(doc, input->publisher);
  const char *name = doc->id.ptr ? doc->id.ptr : "(no id)";

  if (!input->text.ptr || is_blank(input->text.ptr, input->text.len))
    return fail(doc, sr_error_set(err, SR_EEMPTY, "document %s has no text",
                                  name));
  size_t bad_at = sr_utf8_first_invalid(input->text.ptr, input->text.len);
  size_t bad = 0;
  doc->text = sr_utf8_repair(&doc->arena, input->text.ptr, input->text.len,
                             &doc->text_len, &bad);
  if (!doc->text)
    return fail(doc, sr_error_set(err, SR_ENOMEM, "document %s: out of memory",
                                  name));
  if (bad)
    sr_doc_add_error(doc,
                     "invalid UTF-8 at byte %zu: %zu sequence(s) replaced by "
                     "U+FFFD",
                     bad_at, bad);

  if (input->published.ptr) {
    sr_ymd ymd;
    if (sr_isodate_parse(input->published.ptr, input->published.len, &ymd)) {
      doc->published = keep(doc, input->published);
      doc->published_date = (sr_date){ymd.year, ymd.month, ymd.day};
      doc->published_from = SR_PUBLISHED_INPUT;
    }
    else
      sr_doc_add_error(doc,
                       "publication date '%.*s' is not a YYYY-MM-DD date: "
                       "ignored",
                       (int)(input->published.len > 32 ? 32
                                                       : input->published.len),
                       input->published.ptr);
  }

  doc->lang = choose_language(doc, input->lang);
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *sentence_bi = ubrk_clone(doc->lang->sentence_template, &status);
  if (U_SUCCESS(status))
    doc->word_bi = ubrk_clone(doc->lang->word_template, &status);
  if (U_FAILURE(status)) {
    if (sentence_bi) ubrk_close(sentence_bi);
    return fail(doc, sr_error_set(err, SR_EICU, "document %s: %s", name,
                                  u_errorName(status)));
  }
  int oom;
  doc->stemmer = sr_stemmer_open(doc->lang->stemmer, &oom);
  sr_stemmer_recall(doc->stemmer, doc->lang->stems);
  if (oom) {
    ubrk_close(sentence_bi);
    return fail(doc, sr_error_set(err, SR_ENOMEM, "document %s: out of memory", name));
  }
  sr_status st = sr_split_sentences(sentence_bi, &doc->lang->rules, doc->text,
                                    doc->text_len, &doc->arena,
                                    &doc->sentences, &doc->sentence_count, err);
  ubrk_close(sentence_bi);
  if (st != SR_OK) return fail(doc, st);
  doc->sentence_flags = sr_arena_zalloc(&doc->arena, doc->sentence_count + 1);
  if (!doc->sentence_flags)
    return fail(doc, sr_error_set(err, SR_ENOMEM, "out of memory"));
  doc->scratch_base = sr_arena_save(&doc->scratch);
  for (size_t i = 0; st == SR_OK && i < doc->sentence_count; i++)
    st = recognize_sentence(doc, i, err);
  if (st != SR_OK) return fail(doc, st);
  if (doc->mentions.failed || sr_stemmer_failed(doc->stemmer))
    sr_doc_fail(doc, "recognition");
  sr_resolve_places(engine->gazetteer, &doc->mentions, &doc->votes, doc->text, &doc->scratch);
  sort_mentions(doc);
  const sr_date *day = &doc->published_date;
  sr_resolve_actors(&doc->lang->actors, engine->acled, engine->gazetteer, &doc->mentions,
                    &doc->votes, day->year * 10000L + day->month * 100 + day->day, &doc->arena);
  sr_attribute(doc->text, doc->sentences, doc->sentence_count,
               doc->sentence_flags, &doc->mentions, &doc->arena);
  sr_drop_speaker_places(doc->text, &doc->mentions);
  sr_places_where_spoken(engine->gazetteer, &doc->votes, doc->text, &doc->mentions,
                         SR_MENTION_SOURCE);
  if (doc->mentions.failed) sr_doc_fail(doc, "resolution");
  sr_error stage_err = {SR_OK, ""};
  if (sr_index_sources(&doc->mentions, doc->sentence_count, &doc->arena,
                       &doc->sources) != SR_OK) {
    sr_doc_fail(doc, "attribution");
  } else {
    sr_arena_reset(&doc->scratch, doc->scratch_base);
    sr_event_inputs in = {doc->text, doc->sentences, doc->sentence_count,
                          doc->sentence_flags, &doc->mentions, &doc->sources,
                          doc->published_date.year ? &doc->published_date : NULL,
                          &doc->lang->events, engine->gazetteer, &doc->scratch,
                          sr_unnamed_actor_name(&doc->lang->actors, engine->acled,
                                                engine->gazetteer, &doc->votes,
                                                SR_INTER_CIVILIANS, &doc->arena),
                          sr_unnamed_actor_name(&doc->lang->actors, engine->acled,
                                                engine->gazetteer, &doc->votes,
                                                SR_INTER_POLITICAL_MILITIA, &doc->arena),
                          doc->lede_end};
    if (sr_build_events(&in, &doc->events, &doc->event_count, &stage_err) != SR_OK)
      sr_doc_fail(doc, "events");
    else
      unnamed_sides_where_hit(doc);
  }
  *out = doc;
  return SR_OK;
}

void sr_doc_free(sr_doc *doc) {
  if (!doc) return;
  if (doc->word_bi) ubrk_close(doc->word_bi);
  sr_mention_list_free(&doc->mentions);
  sr_stemmer_close(doc->stemmer);
  free(doc->events);
  sr_arena_release(&doc->scratch);
  sr_arena_release(&doc->arena);
  free(doc);
}

const char *sr_doc_lang(const sr_doc *doc) { return doc->lang->code; }

size_t sr_doc_sentence_count(const sr_doc *doc) { return doc->sentence_count; }

sr_span sr_doc_sentence(const sr_doc *doc, size_t index) {
  sr_span span = {0, 0};
  if (index < doc->sentence_count) {
    span.start = doc->sentences[index].cp_start;
    span.end = doc->sentences[index].cp_end;
  }
  return span;
}

sr_status sr_doc_sentence_tokens(sr_doc *doc, size_t index,
                                 const sr_token **tokens, size_t *count,
                                 sr_error *err) {
  *tokens = NULL;
  *count = 0;
  if (index >= doc->sentence_count)
    return sr_error_set(err, SR_EINVAL, "sentence %zu of %zu", index,
                        doc->sentence_count);
  sr_arena_reset(&doc->scratch, doc->scratch_base);
  sr_token *t;
  sr_status st =
      sr_split_tokens(doc->word_bi, &doc->lang->rules, doc->text,
                      &doc->sentences[index], &doc->scratch, &t, count, err);
  if (st == SR_OK) *tokens = t;
  return st;
}

size_t sr_doc_error_count(const sr_doc *doc) { return doc->error_count; }

const char *sr_doc_error(const sr_doc *doc, size_t index) {
  return index < doc->error_count ? doc->errors[index] : NULL;
}

void sr_free(void *ptr) { free(ptr); }
