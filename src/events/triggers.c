/*
** Triggers and their modality, in one sentence.  A trigger is realised
** unless a cue of modality.txt stands in its clause before it ("devrait
** lancer", "si ces négociations", "n'ont pas pu prendre") or a negation
** right around it ("ne se rendront pas").  Figures learn here what they
** count from the words after them ("100 miliciens tués et blessés"), else
** from the verb right before them ("killed at least 44").
*/
#include <stdint.h>
#include <string.h>

#include "events.h"
#include "roles.h"

/* What the trigger recogniser reads: its own pack, and the actor pack's
** joining words.  In the view's stage slot. */
typedef struct trigger_packs {
  const sr_event_pack *k;
  const sr_actor_pack *actors;
  const sr_strmap *function_words;
} trigger_packs;
#define PACKS(v) ((const trigger_packs *)(v)->stage)

#define MODALITY_REACH 12 /* tokens before a trigger a cue may stand */
#define RECALL_REACH 24   /* ... and an earlier deed's cue ("days after a"), in its clause */
#define NEGATION_BEFORE 3 /* "n'ont pas pu prendre" */
#define NEGATION_AFTER 2  /* "ne se rendront pas" */
#define SPAN_CUES 2        /* lengths read in a sentence ("over the last three months") */
#define SUBJECT_REACH 4   /* "Capturing Manbij would": a deed opening its sentence, to its modal */
#define SINCE_AFTER 10    /* "killed there in similar attacks since 2014" */
#define PENDING_AFTER 6   /* "an 18-day ceasefire was to take effect" */
#define KIND_REACH 4      /* "100 miliciens tués et blessés" */
#define KIND_BEFORE 3     /* "killed at least 44", "ont blessé 12" */
#define GENERIC_GAP 0     /* "several attacks", but not "several others abducted" */
#define JOIN_NOUN_WORDS 2 /* "One volunteer fighter and four militants" */
#define BREAKDOWN_WORDS 2 /* words of a breakdown cue before its trigger: "of those", "parmi les" */
#define HABIT_GAP 3       /* "often fire crude homemade rockets": a verb and its object's words */
#define MOTIVE_GAP 5      /* "to commemorate the 21st anniversary of the assassination" */
#define OBJECT_GAP 24     /* bytes: "killed eleven Fulani civilians" */

static int folded_is(const sr_str *f, const char *lit) {
  return f->len == strlen(lit) && memcmp(f->ptr, lit, f->len) == 0;
}

static int clause_edge(const sr_view *v, size_t i) {
  if (v->tok[i].kind != SR_TOKEN_PUNCT) return 0;
  const sr_str *f = &v->fold[i];
  static const char *const edges[] = {",", ";", "(", ")", "\xC2\xAB",
                                      "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\""};
  for (size_t k = 0; k < sizeof edges / sizeof *edges; k++)
    if (folded_is(f, edges[k])) return 1;
  return 0;
}

#define MADE_REACH 6 /* plain words: "agree to a nationwide ceasefire", "a truce deal agreed by" */

/* Whether token i ends the stretch a "made" word is looked for in: a
** semicolon, a parenthesis or a quotation mark; not a comma, which sets
** apart what stands between a verb and its object ("ont signé jeudi à
** Addis Abeba, la capitale éthiopienne, un accord"). */
static int made_edge(const sr_view *v, size_t i) {
  return clause_edge(v, i) && !folded_is(&v->fold[i], ",");
}

/* Whether a word that tells a deal or a truce made ("signed", "agreed",
** "took effect": roles.txt "made") lies within MADE_REACH plain words of
** the trigger at [at, end); the words of a date, a place or a figure
** ("ont signé jeudi soir à Addis Abeba un accord") do not count. */
static int made_in_clause(const sr_view *v, size_t at, size_t end) {
  size_t len, plain = 0;
  /* back from the trigger's own words ("the parties agreed to"), a phrase
  ** ending in it counting ("se sont mis d'accord") */
  for (size_t j = end; j-- > 0 && plain <= MADE_REACH && !made_edge(v, j);) {
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_ROLES], j, &len);
    if (r && r->a == SR_ROLE_MADE && (j >= at || j + len <= end)) return 1;
    plain += j < at && !v->used[j] && v->tok[j].kind == SR_TOKEN_WORD;
  }
  plain = 0;
  for (size_t j = end; j < v->n && plain < MADE_REACH && !made_edge(v, j); j++) {
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_ROLES], j, &len);
    if (r && r->a == SR_ROLE_MADE) return 1;
    plain += !v->used[j] && v->tok[j].kind == SR_TOKEN_WORD;
  }
  return 0;
}

#define TAG_RUN 10 /* words from "Tags" to a deed named among the tags */

/* Whether token j is no word, or one of the language's commonest. */
static int common_word(const sr_view *v, const sr_strmap *common, size_t j) {
  return v->tok[j].kind != SR_TOKEN_WORD ||
         sr_strmap_get_hashed(common, v->fold[j].ptr, v->fold[j].len, v->fold_hash[j], NULL);
}

/* Whether the trigger at token i is one of the keywords of a page's tag
** line ("Tags Syria Aleppo airstrike truce Russia") run into the text where
** the page lost its line breaks: a furniture word (datelines.txt "line")
** at most TAG_RUN words before it, with only words between and none of
** the language's commonest ("A suicide bomber killed", "were killed":
** the text's own sentence), and another keyword after it. */
static int in_tag_run(const sr_view *v, size_t i, size_t end) {
  const sr_strmap *common = PACKS(v)->function_words;
  /* a keyword is followed by another ("airstrikes rebels"), a verb by what
  ** it does ("clashed with rebels", "killed 12 people") */
  if (!common || (end < v->n && common_word(v, common, end))) return 0;
  for (size_t j = i; j-- > 0 && i - j <= TAG_RUN;) {
    size_t len;
    const sr_row *head = sr_view_match(v, &v->k->t[SR_MT_HEAD], j, &len);
    if (head && head->a == SR_HEAD_LINE) return 1;
    if (common_word(v, common, j)) return 0;
  }
  return 0;
}

#define SCARE_QUOTED 2 /* words from an opening quote to the trigger it wraps */

/* Whether token i is a quotation mark (straight or curly, not «): around
** one or two words, a term set apart, not a speaker's words. */
static int scare_quote(const sr_view *v, size_t i) {
  const sr_str *f = &v->fold[i];
  return v->tok[i].kind == SR_TOKEN_PUNCT &&
         (folded_is(f, "\"") || folded_is(f, "\xE2\x80\x9C") || folded_is(f, "'"));
}

/* Whether a joining word ("and", "et") stands in tokens [from, to). */
static int joined(const sr_view *v, size_t from, size_t to) {
  for (size_t j = from; j < to; j++) {
    size_t len;
    const sr_row *join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], j, &len);
    if (join && join->a == SR_INST_JOIN) return 1;
  }
  return 0;
}

/* Whether a place said to be where something is ("in Gaza City") ends
** right before token `at`: the phrase a participle opened ("a school
** housing displaced families in Gaza City") has ended, and the trigger
** after it ("killed") is its sentence's verb. */
static int placed_right_before(const sr_view *v, const sr_mention_list *out, size_t from,
                               size_t at) {
  if (at == 0 || at <= from) return 0;
  size_t end = v->tok[at - 1].byte_end, start = v->tok[from].byte_start;
  for (size_t i = out->count; i-- > 0;) {
    const sr_mention *m = &out->items[i];
    if (m->sentence != v->sentence) break; /* the list holds sentence by sentence */
    if (m->type == SR_MENTION_PLACE && m->byte_end == end && m->byte_start >= start &&
        sr_place_of(m)->locative)
      return 1;
  }
  return 0;
}

/* Whether an actor is named in tokens [from, at) of the sentence: "backed
** by its ally Hezbollah shelled Flita" names the backer, and the deed after
** it is the subject's, not the backing ("backed by Russian airstrikes": the
** forces' mention runs into the deed's own word, no backer named). */
static int actor_named_between(const sr_view *v, const sr_mention_list *out, size_t from,
                               size_t at) {
  if (at <= from) return 0;
  size_t start = v->tok[from].byte_start, end = v->tok[at - 1].byte_end;
  for (size_t i = out->count; i-- > 0 && out->items[i].sentence == v->sentence;) {
    const sr_mention *m = &out->items[i];
    if (m->type == SR_MENTION_ACTOR && m->byte_start >= start && m->byte_end <= end) return 1;
  }
  return 0;
}

/* Whether an actor mention of the sentence covers byte b (the list holds
** the sentence's mentions last). */
static int actor_at_byte(const sr_view *v, const sr_mention_list *out, size_t b) {
  for (size_t i = out->count; i-- > 0 && out->items[i].sentence == v->sentence;)
    if (out->items[i].type == SR_MENTION_ACTOR && out->items[i].byte_start <= b &&
        out->items[i].byte_end > b)
      return 1;
  return 0;
}

/* A cue that holds for the whole sentence: a condition opening it ("Si
** les négociations échouent, les combats reprendront") or a war's toll
** anywhere in it ("An estimated 170000 people have been killed since the
** conflict began").  Read once per sentence; SR_EV_REALISED when none. */
#define ACCIDENT_CUES 4 /* accident cues of a sentence kept for the clauses after triggers */
#define RECALL_CUES 4   /* cues of earlier deeds ("days after a") kept for the triggers after them */
typedef struct sentence_cue {
  int status;
  size_t at, len;
  size_t accidents[ACCIDENT_CUES]; /* token indexes of accident cues ("accident de la route") */
  size_t accident_len[ACCIDENT_CUES];
  size_t n_accidents;
  size_t recalled[RECALL_CUES]; /* token indexes of `recalled` cues, read once a sentence */
  size_t recalled_len[RECALL_CUES];
  size_t n_recalled;
  size_t spans[SPAN_CUES]; /* token indexes of lengths ("over the last three months") */
  size_t span_len[SPAN_CUES];
  size_t n_spans;
} sentence_cue;

/* The tokens a month's name, or its part ("fin avril", "late April"),
** spans from token j, or 0: a toll since then is summed over weeks, dated
** or not (a report with no publication date gives the month no year). */
static size_t month_named_at(const sr_view *v, size_t j) {
  size_t len, at = j;
  const sr_row *edge = sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], at, &len);
  if (edge && edge->a == SR_DW_PERIOD_EDGE) at += len;
  if (at >= v->n || !sr_view_match(v, &v->k->t[SR_MT_MONTHS], at, &len)) return 0;
  return at + len - j; /* tokens it spans */
}

/* The tokens a day told by its name or its date ("Tuesday", "last
** Thursday", "19 September") spans from token j, or 0: a toll since then
** spans days, however few.  Words of the day itself ("this morning",
** "dawn") are not read: a toll since then is one day's. */
static size_t day_named_at(const sr_view *v, size_t j) {
  size_t len, at = j;
  const sr_row *last = sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], at, &len);
  if (last && last->a == SR_DW_PAST) at += len;
  if (at < v->n && sr_view_match(v, &v->k->t[SR_MT_WEEKDAYS], at, &len)) return at + len - j;
  if (at < v->n && v->tok[at].kind == SR_TOKEN_NUMBER &&
      v->tok[at].byte_end - v->tok[at].byte_start < 3 && (len = month_named_at(v, at + 1)))
    return at + 1 + len - j;
  return 0;
}

/* Whether a date told with its year ("2014", "Oct 2014") starts at byte b
** of the sentence whose mentions end the list ("since March" may be weeks:
** "the first attack since March"). */
static int year_at(const char *text, const sr_mention_list *out, size_t b) {
  size_t s = out->count ? out->items[out->count - 1].sentence : 0;
  for (size_t k = out->count; k-- > 0 && out->items[k].sentence == s;) {
    const sr_mention *m = &out->items[k];
    if (m->type != SR_MENTION_DATE || m->byte_start != b) continue;
    if (sr_date_of(m)->precision == SR_PREC_YEAR) return 1;
    /* a month of a year named: its last four characters are digits */
    int digits = sr_date_of(m)->precision == SR_PREC_MONTH && m->byte_end - m->byte_start > 4;
    for (size_t c = m->byte_end - 4; digits && c < m->byte_end; c++)
      digits = text[c] >= '0' && text[c] <= '9';
    return digits;
  }
  return 0;
}

/* Whether the sentence opens on a month told without its day ("In March,
** gunmen killed ...", "En janvier, deux soldats ont été tués"): past the
** lede, a recap of an earlier month, not the news, dated or not (a report
** with no publication date gives the month no year).  Returns the cue's
** length in tokens, or 0. */
static size_t opens_on_a_month(const sr_view *v) {
  size_t j = 0, len;
  const sr_row *cue = sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], j, &len);
  if (!cue || (cue->a != SR_DW_YEAR_CUE && cue->a != SR_DW_PAST)) return 0;
  j += len;
  size_t month = month_named_at(v, j);
  if (!month) return 0;
  j += month;
  /* "In March 3" is no English; "en mars 2016" keeps its year */
  if (j < v->n && v->tok[j].kind == SR_TOKEN_NUMBER && v->tok[j].byte_end - v->tok[j].byte_start < 3)
    return 0;
  return j;
}

/* Whether the sentence opens on a date ("Le 28 janvier, 36 civils avaient
** été tués", "On January 28, ..."): a date among its first two words. */
static int opens_on_a_date(const sr_view *v, const sr_mention_list *out) {
  if (v->n < 2) return 0;
  for (size_t k = out->count; k-- > 0 && out->items[k].sentence == v->sentence;)
    if (out->items[k].type == SR_MENTION_DATE && out->items[k].byte_start <= v->tok[1].byte_start)
      return 1;
  return 0;
}

/* The tokens an article and a month's name, with its day or not, span
** from token j ("the January attack on a hotel", "the December 25
** bombing"), or 0: a deed named by when it was is an earlier one. */
static size_t month_epithet_at(const sr_view *v, size_t j) {
  size_t article, month;
  /* read at every word: a month next or next but one, first (two bits) */
  const sr_table *months = &v->k->t[SR_MT_MONTHS];
  if (!(j + 1 < v->n && sr_set_has_table(v->starts[j + 1], months)) &&
      !(j + 2 < v->n && sr_set_has_table(v->starts[j + 2], months)))
    return 0;
  if (!sr_view_match(v, &PACKS(v)->actors->t[SR_AT_ARTICLES], j, &article) || article != 1 ||
      !(month = month_named_at(v, j + 1)))
    return 0;
  size_t after = j + 1 + month;
  if (after < v->n && v->tok[after].kind == SR_TOKEN_NUMBER) after++;
  return after - j;
}

/* The tokens a length of weeks or more ("four months", "trois derniers
** mois", "two weeks") spans from token j, or 0: after "over the last",
** "au cours des" or "depuis", all the sentence tells is summed over it.
** Days are left out: "in the past two days" is mostly one battle's. */
static size_t weeks_span_at(const sr_view *v, size_t j) {
  size_t at = j, len;
  /* read after every "the": a unit within three words, first (bits) */
  const sr_table *units = &v->k->t[SR_MT_TIME_UNITS];
  int unit_near = 0;
  for (size_t k = j; k < v->n && k < j + 3 && !unit_near; k++)
    unit_near = sr_set_has_table(v->starts[k], units);
  if (!unit_near) return 0;
  sr_number num;
  if (at < v->n && sr_number_at(v, at, &num)) at = num.end;
  const sr_row *last = sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], at, &len);
  if (last && last->a == SR_DW_PAST) at += len; /* "trois derniers mois", "dernières semaines" */
  const sr_row *unit = sr_view_match(v, &v->k->t[SR_MT_TIME_UNITS], at, &len);
  if (!unit || unit->a < SR_UNIT_WEEK) return 0;
  return at + len - j;
}

#define LENGTH_GAP 3 /* words around a length: "comes almost eight years to the day after" */

/* The tokens "a week after", "almost eight years to the day after", "trois
** jours après" span from token j (a length of hours or more, then "after"
** within a few words, in one clause), or 0. */
static size_t length_after_at(const sr_view *v, size_t j) {
  size_t at = j, len;
  while (at < v->n && at < j + LENGTH_GAP && !clause_edge(v, at) &&
         !sr_view_match(v, &v->k->t[SR_MT_TIME_UNITS], at, &len))
    at++;
  const sr_row *unit = at < v->n ? sr_view_match(v, &v->k->t[SR_MT_TIME_UNITS], at, &len) : NULL;
  if (!unit || unit->a < SR_UNIT_HOUR) return 0;
  for (size_t k = at + len; k < v->n && k <= at + len + LENGTH_GAP && !clause_edge(v, k); k++) {
    size_t after;
    const sr_row *w = sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], k, &after);
    if (w && w->a == SR_DW_AFTER) return k + after - j;
  }
  return 0;
}

#define SINCE_OPENING 3 /* words before "since" opening a sentence: "C'est depuis" */

static sentence_cue sentence_status(const sr_view *v, const sr_mention_list *out) {
  sentence_cue found = {SR_EV_REALISED, 0, 0, {0}, {0}, 0, {0}, {0}, 0, {0}, {0}, 0};
  size_t month = v->sentence >= v->lede_end ? opens_on_a_month(v) : 0;
  if (month) {
    found.status = SR_EV_BACKGROUND;
    found.len = month;
    return found;
  }
  /* "Since Saturday at least 68 civilians have been killed": past the
  ** lede, all the sentence tells is summed over the days since */
  size_t since, days;
  const sr_row *first = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], 0, &since);
  if (first && first->a == SR_EV_SINCE && v->sentence >= v->lede_end &&
      (days = day_named_at(v, since))) {
    found.status = SR_EV_CUMULATIVE;
    found.len = since + days;
    return found;
  }
  /* ... and "Since the unrest began on Friday, almost 1,500 people have
  ** been detained": an opening clause from "since" to its comma that
  ** names a day */
  if (first && first->a == SR_EV_SINCE && v->sentence >= v->lede_end) {
    size_t comma = since;
    while (comma < v->n && !clause_edge(v, comma)) comma++;
    for (size_t k = out->count; comma < v->n && k-- > 0 && out->items[k].sentence == v->sentence;)
      if (out->items[k].type == SR_MENTION_DATE && !sr_date_of(&out->items[k])->of_statement &&
          out->items[k].byte_start < v->tok[comma].byte_start) {
        found.status = SR_EV_CUMULATIVE;
        found.len = comma;
        return found;
      }
  }
  /* "Since 2017, troops and separatists have clashed in the two regions",
  ** "C'est depuis fin 2017 que ... s'affrontent": a sentence that opens on
  ** "since" and a year tells a sum over years, all of it, lede or not */
  int year_told = 0; /* most sentences name no year: no cue to look for */
  for (size_t k = out->count; k-- > 0 && out->items[k].sentence == v->sentence && !year_told;)
    year_told = out->items[k].type == SR_MENTION_DATE &&
                (sr_date_of(&out->items[k])->precision == SR_PREC_YEAR ||
                 sr_date_of(&out->items[k])->precision == SR_PREC_MONTH);
  for (size_t j = 0; year_told && j < SINCE_OPENING && j < v->n; j++) {
    size_t len;
    const sr_row *r = j ? sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len) : first;
    if (j == 0) len = since;
    if (!r || r->a != SR_EV_SINCE) continue;
    /* "depuis fin 2017", "since early 2014" */
    size_t edge = 0;
    const sr_row *w = j + len < v->n
                          ? sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], j + len, &edge)
                          : NULL;
    if (!w || w->a != SR_DW_PERIOD_EDGE) edge = 0;
    if (j + len + edge < v->n && year_at(v->text, out, v->tok[j + len + edge].byte_start)) {
      found.status = SR_EV_CUMULATIVE;
      found.len = j + len + edge + 1;
      return found;
    }
  }
  /* "In that incident, an armed group had kidnapped 11 people": an
  ** anaphor opening the sentence, a comma after it, ties all it tells to
  ** the event told before */
  size_t opener;
  const sr_row *r0 = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], 0, &opener);
  if (r0 && r0->a == SR_EV_ANAPHORIC && opener > 1 && sr_view_comma(v, opener) &&
      v->sentence >= v->lede_end) {
    found.status = SR_EV_ANAPHORIC;
    found.len = opener;
    return found;
  }
  int dated_opening = v->sentence >= v->lede_end && opens_on_a_date(v, out);
  for (size_t j = 0; j < v->n; j++) {
    size_t len;
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len);
    /* "Dimanche, le gouverneur avait annoncé ... des combats de rue": a
    ** sentence told from the date that opens it, in the pluperfect, past
    ** the lede, recalls an earlier day */
    if (r && r->a == SR_EV_EARLIER && dated_opening && !v->used[j]) {
      found.status = SR_EV_BACKGROUND;
      found.at = j;
      found.len = len;
      return found;
    }
    /* "May 24 2017": a date, not "may"; but "since 2011" is a cue, and so
    ** is "le mois dernier", a date that puts the sentence in the past */
    if (r && v->used[j] && v->tok[j].kind != SR_TOKEN_NUMBER && r->a != SR_EV_BACKGROUND &&
        r->a != SR_EV_CUMULATIVE) /* "trois années d'insurrection": a length, not a date */
      continue;
    size_t span;
    /* "ces deux dernières semaines": a demonstrative's length too, when
    ** it is counted ("l'année où" is no length).  Opening the sentence it
    ** sums all the sentence tells; elsewhere, what its clause and the
    ** sentence after it tell ("carried out 300 air strikes in the last
    ** year, resorting to artillery"), not a deed told before it in another
    ** clause ("killed 12 on Monday, the latest in a series of attacks over
    ** the last 18 months") */
    if (r && (r->a == SR_EV_SPAN || r->a == SR_EV_ANAPHORIC) && (span = weeks_span_at(v, j + len)) &&
        (r->a == SR_EV_SPAN || span > 1)) {
      if (j == 0) {
        found.status = SR_EV_CUMULATIVE;
        found.at = j;
        found.len = len + span;
        return found;
      }
      if (found.n_spans < SPAN_CUES) {
        found.spans[found.n_spans] = j;
        found.span_len[found.n_spans++] = len + span;
      }
    }
    if (r && ((r->a == SR_EV_HYPOTHETICAL && j < 2) || r->a == SR_EV_CUMULATIVE ||
              (r->a == SR_EV_BACKGROUND && v->sentence >= v->lede_end))) {
      found.status = r->a;
      found.at = j;
      found.len = len;
      return found;
    }
    /* "The latest attack comes a week after the group killed 26 people",
    ** "intervient trois jours après": all the clause tells after it is an
    ** earlier deed, whatever the article ("days after a" is a row) */
    size_t length;
    if (r && r->a == SR_EV_COMES && found.n_recalled < RECALL_CUES &&
        (length = length_after_at(v, j + len))) {
      found.recalled[found.n_recalled] = j;
      found.recalled_len[found.n_recalled++] = len + length;
    }
    /* ... and so does a length appended after a comma ("killing seven
    ** soldiers, officials said, a week after the group killed 26 people");
    ** one opening the sentence dates its news ("Two days after the attack,
    ** police arrested ...") */
    if (j > 0 && sr_view_comma(v, j - 1) && found.n_recalled < RECALL_CUES &&
        (length = length_after_at(v, j))) {
      found.recalled[found.n_recalled] = j;
      found.recalled_len[found.n_recalled++] = length;
    }
    if (r && r->a == SR_EV_RECALLED && !v->used[j] && found.n_recalled < RECALL_CUES) {
      found.recalled[found.n_recalled] = j;
      found.recalled_len[found.n_recalled++] = len;
    }
    /* past the lede, "the January attack on a hotel that killed 30": the
    ** deed named by its month, and all its clause tells after it, recalled */
    size_t epithet;
    if (v->sentence >= v->lede_end && found.n_recalled < RECALL_CUES &&
        (epithet = month_epithet_at(v, j))) {
      found.recalled[found.n_recalled] = j;
      found.recalled_len[found.n_recalled++] = epithet;
    }
    if (r && r->a == SR_EV_ACCIDENTAL && found.n_accidents < ACCIDENT_CUES) {
      found.accidents[found.n_accidents] = j;
      found.accident_len[found.n_accidents++] = len;
    }
  }
  return found;
}

#define EPITHETS 2 /* "since a shaky ceasefire": words between an article and its noun */

/* Whether tokens [a, b) are at most EPITHETS words in lower case or of a
** mention (a place: "since the Ghouta massacre"), no figure, other name
** or stop: what a noun is said to be ("a shaky ceasefire", "une fragile
** trêve"); none at all is so too. */
static int epithets_only(const sr_view *v, size_t a, size_t b) {
  if (b - a > EPITHETS) return 0;
  for (size_t i = a; i < b; i++)
    if (v->tok[i].kind != SR_TOKEN_WORD || (!v->used[i] && sr_view_capitalised(v, i))) return 0;
  return 1;
}

/* The modality of a trigger spanning [at, end); toll for a death or a
** wound, standing for a state of things (a truce, a deal). */
static int modality(const sr_view *v, const sr_mention_list *out, const sentence_cue *whole,
                    size_t at, size_t end, int toll, int standing, int territory, size_t *cue_at,
                    size_t *cue_len, int *passive) {
  if (whole->status != SR_EV_REALISED) {
    *cue_at = whole->at;
    *cue_len = whole->len;
    return whole->status;
  }
  /* "été arrêtés": a trigger that opens on its own auxiliary is passive */
  size_t aux;
  const sr_row *voice = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], at, &aux);
  if (voice && voice->a == SR_EV_PASSIVE && at + aux < end) *passive = 1;
  size_t start = at;
  while (start > 0 && !clause_edge(v, start - 1)) start--;
  /* a "social agreement" in scare quotes: the quote a word or two before
  ** the trigger opens no clause; the cues before it still read */
  if (start > 0 && at - start <= SCARE_QUOTED && scare_quote(v, start - 1))
    for (start--; start > 0 && !clause_edge(v, start - 1);) start--;
  /* "months after an attack on a military base that killed three soldiers
  ** and injured 28": every deed of the clause after the cue is the earlier
  ** one, however far, whatever the cues between */
  for (size_t c = 0; c < whole->n_recalled; c++) {
    size_t j = whole->recalled[c];
    if (j >= start && j + RECALL_REACH >= at && j + whole->recalled_len[c] <= at) {
      *cue_at = j;
      *cue_len = whole->recalled_len[c];
      return SR_EV_RECALLED;
    }
  }
  /* a length told before the trigger sums it; one after, in its clause only */
  for (size_t c = 0; c < whole->n_spans; c++) {
    size_t j = whole->spans[c], edge = end;
    while (j > at && edge < j && !clause_edge(v, edge)) edge++;
    if (j < at || edge == j) {
      *cue_at = j;
      *cue_len = whole->span_len[c];
      return SR_EV_CUMULATIVE;
    }
  }
  if (at - start > MODALITY_REACH) start = at - MODALITY_REACH;
  int status = SR_EV_REALISED;
  for (size_t j = start; j < at; j++) {
    size_t len;
    if (v->used[j]) { /* inside a date, a name or a figure */
      /* ...but "six of those killed": the figure took the cue's words */
      const sr_row *part = toll && at - j <= BREAKDOWN_WORDS
                               ? sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len)
                               : NULL;
      if (part && part->a == SR_EV_BREAKDOWN && j + len == end) {
        *cue_at = j;
        *cue_len = len;
        return SR_EV_BREAKDOWN;
      }
      continue;
    }
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len);
    /* "pour reprendre", "in a bid to seize": a purpose may be read with the
    ** trigger's own word, a cue that ends on it */
    if (!r || (j + len > at && !(r->a == SR_EV_PLANNED && j + len <= end) &&
               !(r->a == SR_EV_BREAKDOWN && j + len == end)))
      continue;
    /* "ont mené des frappes": a past deed, whose words are no other cue
    ** ("mène des", a habit, folds to the same words) */
    if (r->a == SR_EV_REALISED) {
      j += len - 1;
      continue;
    }
    if (r->a == SR_EV_PASSIVE) {
      *passive = at - (j + len) <= 1; /* "a été prise", "ont été vite repris" */
      continue;
    }
    /* "the attack", "puis de se rendre": right before the trigger only */
    if ((r->a == SR_EV_ANAPHORIC || r->a == SR_EV_COORDINATED || r->a == SR_EV_RELATIVE) &&
        j + len != at)
      continue;
    /* "six of those killed", "among the dead": the dead told before,
    ** counted by kind (events.c joins them to that toll); the cue's
    ** phrase ends on the trigger's own word */
    if (r->a == SR_EV_BREAKDOWN) {
      if (!toll || j + len != end) continue;
      *cue_at = j;
      *cue_len = len;
      return SR_EV_BREAKDOWN;
    }
    /* "eastern Aleppo, which fell to regime forces", "Daraya, which had
    ** been captured": ground that changed hands, told in a clause that
    ** describes a place, is that place's past, not the news; other deeds
    ** of a relative ("an attack that killed ten") are the report's */
    if (r->a == SR_EV_RELATIVE) {
      if (!territory) continue;
      *cue_at = j;
      *cue_len = len;
      return SR_EV_BACKGROUND;
    }
    /* "to end the fighting": the article does not undo the cue before it */
    if (r->a == SR_EV_ANAPHORIC && status != SR_EV_REALISED) continue;
    if (r->a == SR_EV_GENERIC && at - (j + len) > GENERIC_GAP) continue;
    /* "rebels often fire missiles into the city": the adverb tells the
    ** habit of its verb, whose object the trigger may be */
    if (r->a == SR_EV_HABIT) {
      if (at - (j + len) > HABIT_GAP) continue;
      status = SR_EV_GENERIC;
      *cue_at = j;
      *cue_len = len;
      continue;
    }
    /* what a march is about is the phrase after its cue: "to protest
    ** against the arrests and clashed with police" tells a clash */
    if ((r->a == SR_EV_MOTIVE || r->a == SR_EV_BACKDROP) &&
        (at - (j + len) > MOTIVE_GAP || joined(v, j + len, at) ||
         placed_right_before(v, out, j + len, at) ||
         (r->a == SR_EV_BACKDROP && actor_named_between(v, out, j + len, at))))
      continue;
    if (r->a == SR_EV_PLURAL) continue; /* read on the trigger itself */
    /* "had been killed" in a headline or lede is the news itself */
    if (r->a == SR_EV_EARLIER && v->sentence < v->lede_end) continue;
    if (r->a == SR_EV_NEGATION && at - (j + len) >= NEGATION_BEFORE) continue;
    /* "n'avait plus été ciblée depuis le cessez-le-feu", "since the
    ** truce": a deed named to date the sentence is one known, told before
    ** or not, whatever cue came before it */
    size_t article;
    if (r->a == SR_EV_SINCE &&
        (epithets_only(v, j + len, at) ||
         (j + len < at &&
          sr_view_match(v, &PACKS(v)->actors->t[SR_AT_ARTICLES], j + len, &article) &&
          article == 1 && epithets_only(v, j + len + 1, at)))) {
      *cue_at = j;
      *cue_len = at - j;
      return SR_EV_ANAPHORIC;
    }
    if (r->a == SR_EV_CUMULATIVE || r->a == SR_EV_BACKGROUND || r->a == SR_EV_SINCE ||
        r->a == SR_EV_PENDING || r->a == SR_EV_SPAN || r->a == SR_EV_COMES)
      continue; /* read over the whole sentence, or after the trigger */
    status = r->a;
    *cue_at = j;
    *cue_len = len;
  }
  /* "Capturing Manbij would be its greatest victory", "Reprendre la ville
  ** prendra des mois", past the lede "Une attaque similaire avait fait 30
  ** morts": a deed the sentence opens on (perhaps after its article), its
  ** verb's subject, is told as planned, hypothetical or earlier by the
  ** modal or the pluperfect after it */
  for (size_t j = end; status == SR_EV_REALISED && at <= 1 && j < v->n && j < end + SUBJECT_REACH;
       j++) {
    if (clause_edge(v, j)) break;
    size_t len;
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len);
    if (r && (r->a == SR_EV_HYPOTHETICAL || r->a == SR_EV_PLANNED ||
              (r->a == SR_EV_EARLIER && v->sentence >= v->lede_end))) {
      *cue_at = j;
      *cue_len = len;
      return r->a;
    }
  }
  /* "attacks" past the lede, with no cue before: a kind of event, news
  ** only with a date, toll or place of its own (events.c) */
  size_t own_len;
  const sr_row *own = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], at, &own_len);
  if (status == SR_EV_REALISED && own && own->a == SR_EV_PLURAL && at + own_len == end &&
      v->sentence >= v->lede_end) {
    status = SR_EV_PLURAL;
    *cue_at = at;
    *cue_len = own_len;
  }
  for (size_t j = end; j < v->n && j < end + NEGATION_AFTER; j++) {
    size_t len;
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len);
    if (r && r->a == SR_EV_NEGATION) {
      *cue_at = j;
      *cue_len = len;
      return SR_EV_NEGATION;
    }
    if (clause_edge(v, j)) break;
  }
  /* "an 18-day ceasefire was to take effect", "la trêve doit entrer en
  ** vigueur": a state of things told after it not yet in force */
  for (size_t j = end; standing && status == SR_EV_REALISED && j < v->n && j < end + PENDING_AFTER;
       j++) {
    if (clause_edge(v, j)) break;
    size_t len;
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len);
    if (r && r->a == SR_EV_PENDING) {
      *cue_at = j;
      *cue_len = len;
      return SR_EV_PLANNED;
    }
  }
  /* "cinq autres sont morts dans un accident de la circulation": deaths by
  ** accident in the trigger's clause, after it as before it ("soldiers were
  ** killed in an attack, and five died in a road accident": one each) */
  for (size_t c = 0; status == SR_EV_REALISED && c < whole->n_accidents; c++) {
    size_t j = whole->accidents[c];
    if (j < end) continue;
    size_t edge = end;
    while (edge < j && !clause_edge(v, edge)) edge++;
    if (edge == j) {
      *cue_at = j;
      *cue_len = whole->accident_len[c];
      return SR_EV_ACCIDENTAL;
    }
  }
  /* "killed there in similar attacks since 2014": a toll summed over
  ** years (or months, for a death or a wound; or days past the lede:
  ** "19 insurgents have been killed since Monday"), in the trigger's clause ("occupé depuis 2012" after a comma
  ** is another's) */
  for (size_t j = end; status == SR_EV_REALISED && j < v->n && j < end + SINCE_AFTER; j++) {
    if (clause_edge(v, j)) break;
    size_t len;
    const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], j, &len);
    if (r && r->a == SR_EV_SINCE && j + len < v->n &&
        (year_at(v->text, out, v->tok[j + len].byte_start) ||
         /* "tués depuis trois semaines"; "depuis un mois", the row's "un"
         ** counting, needs the unit alone */
         (toll && weeks_span_at(v, j + len) > (len > 1 ? 0u : 1u)) ||
         (toll && month_named_at(v, j + len)) ||
         (toll && v->sentence >= v->lede_end && day_named_at(v, j + len)))) {
      *cue_at = j;
      *cue_len = len + 1;
      return SR_EV_CUMULATIVE;
    }
  }
  return status;
}

/* The token index of the first token at or after byte b. */
static size_t token_at(const sr_view *v, size_t b) {
  size_t k = 0;
  while (k < v->n && v->tok[k].byte_start < b) k++;
  return k;
}

/* Whether q counts people named by a noun of their own: not "one went
** missing", "four others wounded", nor a duration. */
static int counts_someone(const sr_quantity_part *q) {
  return q->of_end > q->of_start && q->of_class != SR_CLASS_OTHERS &&
         q->of_class != SR_CLASS_DURATION && q->of_class != SR_CLASS_LENGTH &&
         q->of_class != SR_CLASS_MATERIEL && q->of_class != SR_CLASS_AMOUNT;
}

/* "killing two soldiers and five volunteer fighters", "One volunteer and
** four militants were killed": figures joined by "and" alone count the
** same thing, the kind one of them learnt from its words. */
static void joined_kinds(const sr_view *v, sr_mention_list *out, size_t first) {
  long prev = -1;
  for (size_t i = first; i < out->count; i++) {
    sr_mention *m = &out->items[i];
    if (m->type != SR_MENTION_QUANTITY) continue;
    if (prev >= 0) {
      sr_quantity_part *a = sr_quantity_of(&out->items[prev]), *b = sr_quantity_of(m);
      size_t a_end = a->of_end > out->items[prev].byte_end ? a->of_end : out->items[prev].byte_end;
      size_t j = token_at(v, a_end), len = 0;
      const sr_row *join = NULL;
      /* the noun may run on past what counted.txt knows: "One volunteer fighter and" */
      for (size_t w = 0; w <= JOIN_NOUN_WORDS && j < v->n && v->tok[j].kind == SR_TOKEN_WORD; w++, j++)
        if ((join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], j, &len)) &&
            join->a == SR_INST_JOIN)
          break;
      if (join && join->a == SR_INST_JOIN && j + len < v->n &&
          v->tok[j + len].byte_start == m->byte_start && counts_someone(a) &&
          counts_someone(b)) {
        /* the verb before the first holds for the second; the words after
        ** the second for the first: not "Three were killed and one went
        ** missing" */
        if (a->kind && !b->kind && a->kind_before) b->kind = a->kind, b->kind_before = 1;
        else if (!a->kind && b->kind && !b->kind_before) a->kind = b->kind;
      }
    }
    prev = (long)i;
  }
}

/* The figure of mention i's sentence, after it, that opens at byte b, or
** NULL.  Read after it: its kind is known ("killed two people": the verb's;
** "Two killed 5 wounded": its own). */
static const sr_mention *figure_at(const sr_mention_list *out, size_t i, size_t b) {
  size_t s = out->items[i].sentence;
  for (size_t k = i + 1; k < out->count && out->items[k].sentence == s; k++)
    if (out->items[k].type == SR_MENTION_QUANTITY && out->items[k].byte_start == b)
      return &out->items[k];
  return NULL;
}

/* Whether byte b lies in a date mention of the sentence of mention i (or
** of the last one, i == out->count), told before it. */
static int date_token(const sr_mention_list *out, size_t i, size_t b) {
  size_t s = out->items[i < out->count ? i : out->count - 1].sentence;
  for (size_t k = i; k-- > 0 && out->items[k].sentence == s;)
    if (out->items[k].type == SR_MENTION_DATE && out->items[k].byte_start <= b &&
        b < out->items[k].byte_end)
      return 1;
  return 0;
}

/* What the figures of this sentence count, from the words after them. */
#define APPOSITION_MAX 16 /* tokens of names in apposition after a figure's noun */

/* The token past names in apposition at k ("Trois policiers, Fermetus
** Emelin, Wilken Pitons et Clovis Peterson, ont été tués": the verb after
** the names is the figure's), else k. */
static size_t past_names(const sr_view *v, size_t k) {
  if (k >= v->n || v->fold[k].len != 1 || v->fold[k].ptr[0] != ',') return k;
  int names = 0;
  for (size_t j = k + 1; j < v->n && j <= k + APPOSITION_MAX; j++) {
    size_t len;
    const sr_row *join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], j, &len);
    if (v->tok[j].kind == SR_TOKEN_WORD && sr_view_capitalised(v, j)) {
      names = 1;
    } else if (sr_view_comma(v, j)) {
      if (names && j + 1 < v->n && v->tok[j + 1].kind == SR_TOKEN_WORD &&
          !sr_view_capitalised(v, j + 1))
        return j + 1;
    } else if (!(join && join->a == SR_INST_JOIN)) {
      return k;
    }
  }
  return k;
}

/* The word of a figure's kind that ends right before token first, or NULL:
** "killing at least 20", "ont blessé 12". */
static const sr_row *kind_right_before(const sr_view *v, size_t first) {
  for (size_t j = first > KIND_BEFORE ? first - KIND_BEFORE : 0; j < first; j++) {
    size_t len;
    const sr_row *r = sr_table_match_hashed(&v->k->t[SR_MT_QUANTITY_KINDS], v->stem, v->stem_hash, v->n, j, &len);
    if (r && j + len == first) return r;
  }
  return NULL;
}

static void quantity_kinds(const sr_view *v, sr_mention_list *out) {
  size_t first_mention = out->count;
  for (size_t i = out->count; i-- > 0;) {
    sr_mention *m = &out->items[i];
    if (m->sentence != v->sentence) break;
    first_mention = i;
    if (m->type != SR_MENTION_QUANTITY) continue;
    /* "10 heures" is a duration of hours, but "two weeks after IS killed"
    ** counts no one killed: a duration, a length or a sum of money ("a
    ** reward of 36 lakh, were killed") is read from its noun only */
    int cls = sr_quantity_of(m)->of_class;
    size_t reach = cls == SR_CLASS_DURATION || cls == SR_CLASS_LENGTH || cls == SR_CLASS_AMOUNT
                       ? 1
                       : KIND_REACH;
    size_t from = sr_quantity_of(m)->of_end > sr_quantity_of(m)->of_start ? sr_quantity_of(m)->of_start : m->byte_end;
    size_t k = 0, first;
    while (k < v->n && v->tok[k].byte_start < m->byte_start) k++;
    first = k;
    while (k < v->n && v->tok[k].byte_start < from) k++;
    size_t noun_end = v->n; /* the token right after the counted noun */
    if (reach > 1 && sr_quantity_of(m)->of_end > sr_quantity_of(m)->of_start) {
      size_t after = k;
      while (after < v->n && v->tok[after].byte_start < sr_quantity_of(m)->of_end) after++;
      noun_end = after;
      if (past_names(v, after) != after) k = past_names(v, after);
    }
    /* (past a noun the pack does not know, the reach counts from the end of
    ** its modifiers: "deux frères bédouins ont été tués" is as near as "deux
    ** frères ont été tués"; not for an object, "killing 20 fighters in
    ** addition to destroying", whose verb stands before it) */
    size_t last = k + reach;
    if (noun_end != v->n && noun_end > k && cls == SR_CLASS_NONE && !kind_right_before(v, first))
      last = noun_end + reach;
    for (size_t j = k; j < v->n && j < last; j++) {
      size_t len;
      const sr_row *r = sr_table_match_hashed(&v->k->t[SR_MT_QUANTITY_KINDS], v->stem, v->stem_hash, v->n, j, &len);
      /* (beyond the plain reach, a capital opens a name: "two shells hit
      ** the Martyr Hamad School") */
      if (r && j >= k + reach && sr_view_capitalised(v, j)) r = NULL;
      /* "two militants aboard a motorbike killed two people": the verb's
      ** own figure follows it, the one before is who acted */
      const sr_mention *object = r && j + len < v->n ? figure_at(out, i, v->tok[j + len].byte_start) : NULL;
      if (object && (!sr_quantity_of(object)->kind || sr_quantity_of(object)->kind_before)) break;
      /* ...and "a mob of 200 villagers lynched a trader": right after the
      ** counted, the verb then the one it hit ("a", "him"; not a date nor a
      ** time, "a day after") */
      size_t ol;
      const sr_row *one = r && j == noun_end && j + len < v->n
                              ? sr_view_match(v, &PACKS(v)->k->t[SR_ET_ROLES], j + len, &ol)
                              : NULL;
      size_t tl;
      if (one && one->a == SR_ROLE_ONE &&
          !(j + len + ol < v->n &&
            (date_token(out, out->count, v->tok[j + len + ol].byte_start) ||
             sr_view_match(v, &v->k->t[SR_MT_TIME_UNITS], j + len + ol, &tl)))) {
        sr_quantity_of(m)->doer = 1;
        break;
      }
      if (r) {
        sr_quantity_of(m)->kind = r->a;
        break;
      }
      /* "44 people and wounding dozens": what follows "and" is another figure's */
      const sr_row *join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], j, &len);
      if (v->tok[j].kind == SR_TOKEN_NUMBER || (join && join->a == SR_INST_JOIN)) break;
    }
    /* "killed at least 44 and injured 140 others": the verb right before,
    ** past a date between them ("ont tué lundi cinq villageois") */
    while (first > 0 && v->used[first - 1] && v->tok[first - 1].kind == SR_TOKEN_WORD &&
           date_token(out, i, v->tok[first - 1].byte_start))
      first--;
    const sr_row *before = !sr_quantity_of(m)->kind && reach > 1 ? kind_right_before(v, first) : NULL;
    if (before) {
      sr_quantity_of(m)->kind = before->a;
      sr_quantity_of(m)->kind_before = 1;
    }
  }
  joined_kinds(v, out, first_mention);
  /* "le bilan s'est alourdi à 11": a toll's update with no noun of its
  ** own counts the dead ("rose to 300 francs" counts francs) */
  for (size_t i = first_mention; i < out->count; i++) {
    sr_quantity_part *q = out->items[i].type == SR_MENTION_QUANTITY ? sr_quantity_of(&out->items[i]) : NULL;
    if (q && q->update && !q->kind && q->of_end == q->of_start) q->kind = SR_KIND_KILLED;
  }
}

/* "Celui de se rendre, ou celui de combattre ..., puis de se rendre": an
** infinitive joined to the one before shares its status. */
static int coordinated_status(const sr_view *v, const sr_mention_list *out,
                              const sr_mention *t) {
  for (size_t k = out->count - 1; k-- > 0;) {
    const sr_mention *m = &out->items[k];
    if (m->sentence != v->sentence) break;
    if (m->type == SR_MENTION_TRIGGER && m->byte_end <= t->byte_start) return sr_trigger_of(m)->status;
  }
  return SR_EV_REALISED;
}

/* Inside a name: "Armée de la conquête" holds no capture; nor does a
** crowd's noun ("the demonstrators demanded"): who, not what. */
static int in_name(const sr_view *v, const sr_mention_list *out, size_t i) {
  for (size_t k = out->count; k-- > 0;) {
    const sr_mention *m = &out->items[k];
    if (m->sentence != v->sentence) break;
    if ((m->type == SR_MENTION_PLACE || m->type == SR_MENTION_SOURCE ||
         (m->type == SR_MENTION_ACTOR && (sr_actor_of(m)->actor_kind == SR_ACTOR_NAMED ||
                                          sr_actor_of(m)->actor_kind == SR_ACTOR_CROWD))) &&
        m->byte_start <= v->tok[i].byte_start && v->tok[i].byte_end <= m->byte_end)
      return 1;
  }
  return 0;
}

/* Whether no comma or semicolon outside brackets lies between byte at and
** token end: "marched and burned tyres", "marched in Reo (Reo, Sanguie) and
** burned tyres", not "marched, demanding the removal of barricades". */
static int one_clause(const sr_view *v, size_t at, size_t end) {
  int depth = 0;
  for (size_t i = end; i-- > 0 && v->tok[i].byte_start >= at;) {
    if (v->tok[i].kind != SR_TOKEN_PUNCT || v->fold[i].len != 1) continue;
    char c = v->fold[i].ptr[0];
    if (c == ')') depth++;
    else if (c == '(' && depth > 0) depth--;
    else if ((c == ',' || c == ';') && depth == 0) return 0;
  }
  return 1;
}

/* Whether the civilians at k are what a trigger before them hits:
** "killed eleven civilians and vandalized houses" names the victims, not a
** crowd that riots. */
static int object_of_trigger(const sr_mention_list *out, size_t k, size_t sentence) {
  const sr_mention *m = &out->items[k];
  for (size_t i = out->count; i-- > 0 && out->items[i].sentence == sentence;) {
    const sr_mention *b = &out->items[i];
    if (b->type == SR_MENTION_TRIGGER && b->byte_end <= m->byte_start &&
        m->byte_start - b->byte_end <= OBJECT_GAP)
      return 1;
  }
  return 0;
}

/* "Residents demonstrated", "a sit-in": who protests or riots is a crowd,
** "Protesters (X)" or "Rioters (X)" — the civilians named last before the
** trigger in its clause, else the trigger's own words. */
static void crowd(const sr_view *v, sr_mention_list *out, sr_arena *arena, size_t trigger,
                  size_t first, size_t last, int inter) {
  const sr_mention *t = &out->items[trigger];
  for (size_t k = trigger; k-- > 0;) {
    sr_mention *m = &out->items[k];
    if (m->sentence != v->sentence) break;
    if (m->type != SR_MENTION_ACTOR || m->byte_end > t->byte_start) continue;
    if (sr_actor_of(m)->actor_kind == SR_ACTOR_CIVILIAN && !object_of_trigger(out, k, v->sentence)) {
      sr_actor_of(m)->actor_kind = SR_ACTOR_CROWD;
      sr_actor_of(m)->inter = inter;
      m->rule = "actor.crowd.civilians";
    } else if (sr_actor_of(m)->actor_kind == SR_ACTOR_CROWD && inter == SR_INTER_RIOTERS &&
               one_clause(v, m->byte_end, first)) {
      /* "students marched and burned tyres": a demonstration whose crowd
      ** does violence is a riot, its crowd rioters */
      sr_actor_of(m)->inter = inter;
      m->rule = "actor.crowd.riot";
    }
    return; /* someone acts: "the police dispersed", "the crowd" itself */
  }
  static const sr_actor_part fresh = {.actor_kind = SR_ACTOR_CROWD};
  sr_mention *m = sr_mention_add(out, arena, v, SR_MENTION_ACTOR, first, last,
                                 "actor.crowd.trigger", &fresh, sizeof fresh);
  if (m) sr_actor_of(m)->inter = inter;
}

#define STATE_NAME_WORDS 3 /* the longest state's name: "the united states" */
#define STATE_BRIDGE_REACH 3 /* words from a verb of state_names.txt ("+") to its deed: "a
                              ** massive missile attack"; not "an investigation into the attack" */
#define STATE_REACH 2 /* words between a state's name and its deed: "La Russie a
                         ** bombardé", "Israel has also struck"; not "Moscow had
                         ** announced that the air forces had stopped bombing" */

/* Whether a state's name at token i opens its clause: the sentence's
** start, punctuation, an article, "and", or a '-' word of state_names.txt
** before it ("that"); not "in Russia", "on Kyiv", "the Syria-Turkey border". */
static int opens_clause(const sr_view *v, size_t i) {
  if (i == 0) return 1;
  if (v->tok[i - 1].kind == SR_TOKEN_PUNCT) return !sr_view_inner_hyphen(v, i - 1);
  const sr_actor_pack *a = PACKS(v)->actors;
  size_t len;
  for (size_t b = 1; b <= 2 && b <= i; b++) {
    const sr_row *r = sr_view_match(v, &a->t[SR_AT_STATE_NAMES], i - b, &len);
    if (r && !r->label && len == b) return 1;
    if (sr_view_match(v, &a->t[SR_AT_ARTICLES], i - b, &len) && len == b) return 1;
    r = sr_view_match(v, &a->t[SR_AT_FORCES], i - b, &len);
    if (r && r->a == SR_INST_JOIN && len == b) return 1;
  }
  return 0;
}

static void state_forces(const sr_view *v, sr_mention_list *out, sr_arena *arena, size_t at,
                         size_t len, const sr_row *r);

/* "La Russie a bombardé Kherson", "Israel has bombed a house": a state
** named by its country or capital (state_names.txt) that opens the clause
** of a violent deed a word or two before it, with no actor between them,
** is its forces.  The name is then no place of the deed.  Further off
** ("Russia launched a massive missile attack") a verb of its own may
** stand between: "Moscow had announced that ... had stopped bombing". */
static void state_subject(const sr_view *v, sr_mention_list *out, sr_arena *arena,
                          size_t trigger, size_t first) {
  const sr_mention *t = &out->items[trigger];
  const sr_table *names = &PACKS(v)->actors->t[SR_AT_STATE_NAMES];
  size_t at = 0, len = 0;
  const sr_row *r = NULL;
  int bridged = 0;
  for (size_t j = first; j-- > 0 && !r && first - j <= 2 * STATE_BRIDGE_REACH + STATE_NAME_WORDS;) {
    if (v->tok[j].kind == SR_TOKEN_PUNCT && !sr_view_inner_hyphen(v, j)) return;
    size_t l = 0, bl = 0;
    const sr_row *m = sr_view_match(v, names, j, &l);
    if (!m || !m->label || j + l > first || !opens_clause(v, j)) continue;
    /* "La Russie a lancé une attaque", "Russia launched a missile strike":
    ** the deed is the object of a verb of hers */
    const sr_row *verb = j + l < first ? sr_view_match(v, names, j + l, &bl) : NULL;
    bridged = verb && verb->a && j + l + bl <= first;
    if (bridged ? first - (j + l + bl) <= STATE_BRIDGE_REACH : first - (j + l) <= STATE_REACH) {
      r = m;
      at = j;
      len = l;
    }
  }
  if (!r) return;
  /* "The United States claims the attacks": a deed told by its noun after
  ** an article is some other verb's object, not the name's deed */
  size_t alen;
  if (!bridged && at + len < first &&
      sr_view_match(v, &PACKS(v)->actors->t[SR_AT_ARTICLES], first - 1, &alen) && alen == 1)
    return;
  size_t b = v->tok[at].byte_start;
  for (size_t k = trigger; k-- > 0 && out->items[k].sentence == v->sentence;) {
    const sr_mention *m = &out->items[k];
    /* someone else acts ("Russia said its forces attacked"), or the name
    ** is part of one ("Russia's army") */
    if (m->type == SR_MENTION_ACTOR && m->byte_end > b && m->byte_start < t->byte_start) return;
  }
  state_forces(v, out, arena, at, len, r);
}

/* The forces of the state named by tokens [at, at + len) (state_names.txt
** row r): an actor mention, the name no longer a place. */
static void state_forces(const sr_view *v, sr_mention_list *out, sr_arena *arena, size_t at,
                         size_t len, const sr_row *r) {
  size_t b = v->tok[at].byte_start, e = v->tok[at + len - 1].byte_end;
  static const sr_actor_part fresh = {.actor_kind = SR_ACTOR_STATE};
  sr_mention *m = sr_mention_add(out, arena, v, SR_MENTION_ACTOR, at, at + len - 1,
                                 "actor.state.name", &fresh, sizeof fresh);
  if (!m) return;
  sr_actor_of(m)->institution = SR_INST_MILITARY;
  sr_actor_of(m)->inter = SR_INTER_STATE;
  sr_actor_of(m)->group_type = SR_GROUP_STATE;
  memcpy(sr_actor_of(m)->country, r->label, 3);
  for (size_t k = out->count - 1; k-- > 0 && out->items[k].sentence == v->sentence;) {
    sr_mention *p = &out->items[k];
    if (p->type == SR_MENTION_PLACE && p->byte_start >= b && p->byte_end <= e) p->dropped = 1;
  }
}

/* "drones launched by Russia", "bombardée par la Russie": a state named
** right after its deed's "by" (perhaps after an article) is its forces,
** as one opening the deed's clause is (state_subject). */
static void state_agent(const sr_view *v, sr_mention_list *out, sr_arena *arena, size_t trigger,
                        size_t end) {
  size_t agent_at = sr_trigger_of(&out->items[trigger])->agent_at, k = end, len = 0;
  while (k < v->n && v->tok[k].byte_start < agent_at) k++;
  if (k < v->n && sr_view_match(v, &PACKS(v)->actors->t[SR_AT_ARTICLES], k, &len) && len == 1) k++;
  const sr_row *r = k < v->n ? sr_view_match(v, &PACKS(v)->actors->t[SR_AT_STATE_NAMES], k, &len) : NULL;
  if (!r || !r->label) return;
  /* "by Russia's air force": a name of its own */
  if (actor_at_byte(v, out, v->tok[k].byte_start)) return;
  state_forces(v, out, arena, k, len, r);
}

void sr_recognize_triggers(const sr_view *view, const sr_event_pack *k,
                           const sr_actor_pack *actors, const sr_strmap *function_words,
                           sr_mention_list *out, sr_arena *arena) {
  static const sr_trigger_part fresh = {0};
  trigger_packs packs = {k, actors, function_words};
  sr_view own = *view;
  own.stage = &packs;
  const sr_view *v = &own;
  quantity_kinds(v, out);
  sr_roles_hedges(v, k, out, arena);
  size_t separate_end = SIZE_MAX, later_end = 0; /* read at the sentence's first trigger */
  sentence_cue whole = sentence_status(v, out);
  for (size_t i = 0; i < v->n; i++) {
    if (v->tok[i].kind != SR_TOKEN_WORD || in_name(v, out, i)) continue;
    size_t len;
    const sr_row *r = sr_table_match_hashed(&PACKS(v)->k->t[SR_ET_TRIGGERS], v->stem, v->stem_hash, v->n, i, &len);
    /* a one-letter word is no deed, whatever its stem meets ("I": "IED"'s) */
    if (!r || (len == 1 && v->fold[i].len < 2)) continue;
    /* "On March 9": a month, not a march; so is a month a dateline took
    ** ("MOGADISHU, March 4 (Reuters) -"), though no date came of it */
    size_t month_len;
    if (v->used[i] && ((out->count && date_token(out, out->count, v->tok[i].byte_start)) ||
                       sr_view_match(v, &v->k->t[SR_MT_MONTHS], i, &month_len)))
      continue;
    sr_mention *m = sr_mention_add(out, arena, v, SR_MENTION_TRIGGER, i,
                                   i + len - 1, "trigger", &fresh, sizeof fresh);
    if (!m) return;
    sr_trigger_of(m)->action = r->b;
    sr_trigger_of(m)->victim_subject = r->a == SR_TRIGGER_VICTIM;
    sr_trigger_of(m)->subject_dies = r->a == SR_TRIGGER_DIES;
    sr_trigger_of(m)->needs_ground = r->a == SR_TRIGGER_GROUND;
    sr_trigger_of(m)->needs_someone = r->a == SR_TRIGGER_SOMEONE || r->a == SR_TRIGGER_ACTIVE;
    size_t cue_at = 0, cue_len = 0;
    /* a death or a wound since a month ("killed since late April") is a
    ** toll summed; a strike on since then goes on */
    int toll = (PACKS(v)->k->actions[r->b].flags & SR_ACTION_SUBORDINATE) != 0;
    int standing = (PACKS(v)->k->actions[r->b].flags & SR_ACTION_STANDING) != 0;
    int territory = (PACKS(v)->k->actions[r->b].flags & SR_ACTION_TERRITORY) != 0;
    sr_trigger_of(m)->status = modality(v, out, &whole, i, i + len, toll, standing, territory, &cue_at,
                                        &cue_len, &sr_trigger_of(m)->passive);
    /* "another was shot", "some were shot by the attackers": a toll told
    ** again, no word of a deed at all ("active"): no mention that would
    ** part the sentence's sides from its deeds */
    if (r->a == SR_TRIGGER_ACTIVE && sr_trigger_of(m)->passive) {
      out->count--;
      continue;
    }
    if (sr_trigger_of(m)->status == SR_EV_COORDINATED) sr_trigger_of(m)->status = coordinated_status(v, out, m);
    if (sr_trigger_of(m)->status == SR_EV_BREAKDOWN) {
      sr_trigger_of(m)->status = SR_EV_ANAPHORIC;
      sr_trigger_of(m)->part_of_toll = 1;
    }
    if (sr_trigger_of(m)->status == SR_EV_REALISED && v->sentence >= v->lede_end && sr_view_quoted(v, i))
      sr_trigger_of(m)->status = SR_EV_QUOTED;
    if (r->a == SR_TRIGGER_IDIOM || in_tag_run(v, i, i + len)) sr_trigger_of(m)->status = SR_EV_IDIOM;
    /* "the collapse of a fragile ceasefire", "under a deal between": a
    ** deal or a truce is news when it is made, not when it is named */
    if (standing && !made_in_clause(v, i, i + len) &&
        (sr_trigger_of(m)->status == SR_EV_REALISED || sr_trigger_of(m)->status == SR_EV_QUOTED))
      sr_trigger_of(m)->status = SR_EV_NAMED;
    /* "an incident", "incidents": no event of their own */
    sr_trigger_of(m)->only_anaphor = r->a == SR_TRIGGER_ANAPHOR;
    size_t since_len;
    const sr_row *since = sr_trigger_of(m)->status == SR_EV_ANAPHORIC && cue_len
                              ? sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], cue_at, &since_len)
                              : NULL;
    sr_trigger_of(m)->dates_its_sentence = since && since->a == SR_EV_SINCE;
    if (r->a == SR_TRIGGER_ANAPHOR && sr_trigger_of(m)->status != SR_EV_ANAPHORIC)
      sr_trigger_of(m)->status = SR_EV_IDIOM;
    size_t noun_len;
    const sr_row *noun = sr_view_match(v, &PACKS(v)->k->t[SR_ET_MODALITY], i, &noun_len);
    sr_trigger_of(m)->plural = noun && noun->a == SR_EV_PLURAL && noun_len == len;
    int flags = k->actions[r->b].flags;
    size_t at = out->count - 1; /* the trigger's: a state's name may follow it in the list */
    if ((flags & SR_ACTION_VIOLENT) && !(flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS)) &&
        !sr_trigger_of(m)->passive && !sr_trigger_of(m)->victim_subject) {
      state_subject(v, out, arena, at, i);
      m = &out->items[at];
    }
    if (separate_end == SIZE_MAX) {
      sr_roles_openings(v, k, &separate_end, &later_end);
    }
    sr_roles_read(v, k, out, at, i, i + len, separate_end);
    m = &out->items[at];
    if ((flags & SR_ACTION_VIOLENT) && sr_trigger_of(m)->agent_at && !sr_trigger_of(m)->agent_of) {
      state_agent(v, out, arena, at, i + len);
      m = &out->items[at];
    }
    sr_trigger_of(m)->later = later_end && later_end <= i;
    if (cue_len && !(sr_trigger_of(m)->status_cue =
                         sr_view_folded(v, cue_at, cue_at + cue_len, arena)))
      out->failed = 1;
    /* "la police anti-émeute", "riot police": a word that tells no deed
    ** (idiom) makes no crowd either */
    if ((flags & (SR_ACTION_PROTESTERS | SR_ACTION_RIOTERS)) &&
        sr_trigger_of(&out->items[at])->status != SR_EV_IDIOM)
      crowd(v, out, arena, at, i, i + len - 1,
            flags & SR_ACTION_RIOTERS ? SR_INTER_RIOTERS : SR_INTER_PROTESTERS);
    i += len - 1;
  }
}
