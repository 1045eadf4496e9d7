/*
** Quantities: a figure with its bound ("plus de 800", "au moins 100", "une
** soixantaine", "des dizaines", "entre 10 et 20"), the noun it counts ("800
** terroristes", "5 véhicules blindés"), and inclusion ("324 civils, dont 76
** enfants").  Figures that are not counts keep a role that says so: a time
** of day, an ordinal, part of a name ("Projet 1070"), a year.  Dates were
** recognised first, so their numbers are never taken for counts.
*/
#include <string.h>

#include "mention.h"

#define NUMBERED_WORDS 3 /* "Resolution", "la route M" before a number */
#define COUNTED_MODIFIERS 3 /* "70 regime and rebel fighters" */

static int date_role_at(const sr_view *v, size_t i, int role, size_t *len) {
  const sr_row *r = sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], i, len);
  return r && r->a == role;
}

static int any_used(const sr_view *v, size_t a, size_t b) {
  for (size_t k = a; k < b && k < v->n; k++)
    if (v->used[k]) return 1;
  return 0;
}

static int is_capitalised_word(const sr_view *v, size_t i) {
  if (v->tok[i].kind != SR_TOKEN_WORD) return 0;
  unsigned char c = (unsigned char)v->text[v->tok[i].byte_start];
  /* Upper case ASCII, or a capital accented Latin letter (À..Þ in UTF-8). */
  return (c >= 'A' && c <= 'Z') ||
         (c == 0xC3 && (unsigned char)v->text[v->tok[i].byte_start + 1] < 0x9F);
}

/* The counted noun after a figure: a known phrase from counted.txt, else the
** next word.  Returns one past its last token (== at when there is none). */
static size_t counted_noun(const sr_view *v, size_t at, size_t *of_first,
                           size_t *noun_first, int *of_class, double *of_km, int *besides) {
  size_t j = at, len;
  *of_class = SR_CLASS_NONE;
  *of_km = 0;
  if (sr_view_match(v, &v->k->t[SR_MT_LINKS], j, &len) && j + len < v->n &&
      v->tok[j + len].kind == SR_TOKEN_WORD)
    j += len;
  *of_first = *noun_first = j;
  const sr_row *known = sr_view_match(v, &v->k->t[SR_MT_COUNTED], j, &len);
  /* "deux nouveaux corridors", "85 Syrian army troops": a word or two may
  ** stand before a known noun, left to the other recognisers ("Syrian
  ** army" is a later stage's) */
  int other = 0; /* "two other civilians", "deux autres civils" */
  for (size_t before = 1; !known && before <= COUNTED_MODIFIERS; before++) {
    size_t m = j + before - 1, kind_len;
    const sr_row *qual = NULL;
    if (j + before >= v->n || v->tok[m].kind != SR_TOKEN_WORD || v->used[m] ||
        sr_table_match_hashed(&v->k->t[SR_MT_QUANTITY_KINDS], v->stem, v->stem_hash, v->n, m, &kind_len) || /* "24 killed were" */
        sr_number_at(v, m, &(sr_number){0}) ||
        ((qual = sr_view_match(v, &v->k->t[SR_MT_QUALIFIERS], m, &kind_len)) &&
         qual->a != SR_Q_BESIDES)) /* "113 At least nine people" */
      break;
    other |= qual != NULL;
    if ((known = sr_view_match(v, &v->k->t[SR_MT_COUNTED], j + before, &len))) {
      *noun_first = j + before;
      len += before;
    }
  }
  if (known) {
    *of_class = known->a;
    *of_km = known->value;
    *besides = other;
    return j + len;
  }
  /* A capitalised word after a figure is a name ("0914 Homs"), not what
  ** the figure counts. */
  if (j < v->n && v->tok[j].kind == SR_TOKEN_WORD && !v->used[j] &&
      !is_capitalised_word(v, j) &&
      !sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], j, &len) &&
      !sr_view_match(v, &v->k->t[SR_MT_QUALIFIERS], j, &len) && !sr_view_match(v, &v->k->t[SR_MT_NUMBERS], j, &len))
    return j + 1;
  return at;
}

static void apply_qualifier(sr_quantity_part *m, sr_qualifier q, double value) {
  m->qualifier = q;
  m->number = value;
  m->has_number = 1;
  switch (q) {
  case SR_Q_MORE_THAN: m->low = value + 1, m->has_low = 1; break;
  case SR_Q_AT_LEAST: m->low = value, m->has_low = 1; break;
  case SR_Q_AT_MOST: m->high = value, m->has_high = 1; break;
  case SR_Q_LESS_THAN: m->high = value - 1, m->has_high = 1; break;
  default: break;
  }
}

/* The last count in this sentence, for "dont 76 enfants". */
static long including_count(const sr_view *v, const sr_mention_list *out) {
  for (size_t k = out->count; k > 0; k--) {
    const sr_mention *m = &out->items[k - 1];
    if (m->sentence != v->sentence) break;
    if (m->type == SR_MENTION_QUANTITY && sr_quantity_of(m)->role == SR_FIGURE_COUNT)
      return (long)(k - 1);
  }
  return -1;
}

/* "entre 10 et 20", "between 10 and 20" */
static int range_at(const sr_view *v, size_t i, sr_number *low, sr_number *high) {
  size_t olen, jlen;
  const sr_row *open = sr_view_match(v, &v->k->t[SR_MT_RANGE_OPEN], i, &olen);
  if (!open || !sr_number_at(v, i + olen, low)) return 0;
  const sr_row *join = sr_view_match(v, &v->k->t[SR_MT_RANGE_JOIN], low->end, &jlen);
  if (!join || join->a != open->a) return 0;
  return sr_number_at(v, low->end + jlen, high) && high->value >= low->value;
}

static sr_figure_role figure_role(const sr_view *v, size_t first, int qualified,
                               const sr_number *num, size_t of_end,
                               size_t of_first) {
  size_t len;
  if (num->ordinal) return SR_FIGURE_ORDINAL;
  const sr_row *unit = sr_view_match(v, &v->k->t[SR_MT_TIME_UNITS], of_first, &len);
  if (unit && unit->a == SR_UNIT_HOUR && of_end > num->end &&
      ((first > 0 && date_role_at(v, first - 1, SR_DW_TIME_CUE, &len)) ||
       date_role_at(v, of_end, SR_DW_TIME_AFTER, &len)))
    return SR_FIGURE_TIME;
  /* "Division 17 base", "la brigade 93": a unit's number; "a city of just
  ** over 100,000 people" (rows labelled population): its inhabitants,
  ** however qualified, no toll */
  for (size_t j = first > NUMBERED_WORDS ? first - NUMBERED_WORDS : 0; j < first; j++) {
    size_t nlen;
    const sr_row *row = sr_view_match(v, &v->k->t[SR_MT_NUMBERED], j, &nlen);
    if (!row) continue;
    /* ...a word may stand between ("a city of just over 100,000") */
    int population = row->label && strcmp(row->label, "population") == 0;
    if (population && (j + nlen == first || (j + nlen + 1 == first &&
                                             v->tok[first - 1].kind == SR_TOKEN_WORD)))
      return SR_FIGURE_NAME;
    if (j + nlen == first && !qualified && num->digits) return SR_FIGURE_NAME;
  }
  /* "the death of 36-year-old Miguel", "a three-day offensive": a figure
  ** joined by a hyphen to the word after it qualifies a noun, counts none */
  if (sr_view_inner_hyphen(v, num->end) && v->tok[num->end + 1].kind == SR_TOKEN_WORD)
    return SR_FIGURE_AGE;
  /* "U Thein Win, 84, died": a bare figure set off by commas after a name
  ** is the person's age */
  if (of_end == num->end && num->digits && !qualified && first >= 2 && num->end < v->n &&
      sr_view_comma(v, first - 1) && sr_view_comma(v, num->end) && is_capitalised_word(v, first - 2))
    return SR_FIGURE_AGE;
  if (of_end == num->end && num->digits) {
    /* "Projet 1070"; but "by Nazeer Rida At least 12" counts */
    if (!qualified && first > 0 && is_capitalised_word(v, first - 1)) return SR_FIGURE_NAME;
    if (num->value >= 1900 && num->value <= 2100 && num->value == (int)num->value)
      return SR_FIGURE_YEAR;
  }
  return SR_FIGURE_COUNT;
}

/* "18:20": a clock time written in digits, no figure. */
static size_t clock_time(const sr_view *v, size_t i) {
  if (i + 2 >= v->n || v->tok[i].kind != SR_TOKEN_NUMBER ||
      v->tok[i + 2].kind != SR_TOKEN_NUMBER || v->fold[i + 1].len != 1 ||
      v->fold[i + 1].ptr[0] != ':' || v->tok[i].byte_end != v->tok[i + 1].byte_start ||
      v->tok[i + 1].byte_end != v->tok[i + 2].byte_start ||
      v->tok[i + 2].byte_end - v->tok[i + 2].byte_start != 2)
    return 0;
  return 3;
}

/* Whether a figure of this class may count people: "others" counted
** after it are besides it ("six were killed and two others wounded"). */
static int counts_people(int of_class) {
  return of_class == SR_CLASS_NONE || of_class == SR_CLASS_PERSON ||
         of_class == SR_CLASS_CIVILIAN || of_class == SR_CLASS_COMBATANT ||
         of_class == SR_CLASS_OTHERS;
}

void sr_recognize_quantities(const sr_view *v, sr_mention_list *out,
                             sr_arena *arena) {
  static const sr_quantity_part fresh = {.part_of = -1, .role = SR_FIGURE_COUNT};
  int people_counted = 0; /* a figure of people told already in the sentence */
  for (size_t i = 0; i < v->n; i++) {
    /* no figure, qualifier or range opens on a stop or a bracket */
    if (v->used[i] || v->tok[i].kind == SR_TOKEN_PUNCT) continue;
    size_t clock = clock_time(v, i);
    if (clock) {
      for (size_t k = i; k < i + clock; k++) v->used[k] = 1;
      i += clock - 1;
      continue;
    }
    size_t j = i, len;
    long part_of = -1;
    const sr_row *including = sr_view_match(v, &v->k->t[SR_MT_INCLUSIONS], j, &len);
    if (including && !including->label) {
      part_of = including_count(v, out);
      j += len;
    }
    size_t first = j;
    sr_number num, high;
    sr_qualifier q = SR_Q_EXACT;
    int more = 0, update = 0, total = 0;
    int ranged = range_at(v, j, &num, &high);
    if (ranged) {
      num.end = high.end;
    } else {
      const sr_row *qual = sr_view_match(v, &v->k->t[SR_MT_QUALIFIERS], j, &len);
      if (qual) {
        q = (sr_qualifier)qual->a;
        j += len;
      }
      /* "another 14 people": more besides those counted, whatever noun */
      if (q == SR_Q_BESIDES) {
        more = 1;
        q = SR_Q_EXACT;
      }
      if (q == SR_Q_UPDATE) {
        update = 1;
        q = SR_Q_EXACT;
      }
      if (q == SR_Q_TOTAL) {
        total = 1;
        q = SR_Q_EXACT;
      }
      if (!sr_number_at(v, j, &num)) continue;
    }
    if (any_used(v, first, num.end)) continue;
    /* "nine people, six of them children": a figure told as some of
    ** those counted before it is their part */
    size_t of_len;
    const sr_row *of_them = sr_view_match(v, &v->k->t[SR_MT_INCLUSIONS], num.end, &of_len);
    if (part_of < 0 && of_them && !of_them->label) {
      part_of = including_count(v, out);
      /* "13 people, including three civilians, one of whom was a child":
      ** a part of a part is the whole's */
      while (part_of >= 0 && sr_quantity_of(&out->items[part_of])->part_of >= 0)
        part_of = sr_quantity_of(&out->items[part_of])->part_of;
      /* ...of people said to be people: "plus de 15 motos ... 18 d'entre
      ** eux" are some of those the pronoun stands for, not of the bikes */
      if (part_of >= 0 && (sr_quantity_of(&out->items[part_of])->of_class == SR_CLASS_NONE ||
                           !counts_people(sr_quantity_of(&out->items[part_of])->of_class)))
        part_of = -1;
    }
    size_t of_first, noun_first;
    int of_class;
    double of_km;
    int other = 0;
    size_t end = counted_noun(v, num.end, &of_first, &noun_first, &of_class, &of_km, &other);
    more |= other;
    /* "Two women were among the dead": the counted are a part of a toll
    ** told in this sentence or around it */
    const sr_row *among = sr_view_match(v, &v->k->t[SR_MT_INCLUSIONS], end, &of_len);
    int among_dead = among && among->label && strcmp(among->label, "after") == 0;
    sr_figure_role role = figure_role(v, first, ranged || q != SR_Q_EXACT, &num, end, of_first);
    sr_mention *m = sr_mention_add(out, arena, v, SR_MENTION_QUANTITY, first,
                                   end - 1, ranged ? "quantity.range"
                                   : num.approximate ? "quantity.approximate"
                                   : q != SR_Q_EXACT ? "quantity.qualified"
                                                     : "quantity.figure",
                                   &fresh, sizeof fresh);
    if (!m) return;
    sr_quantity_part *part = sr_quantity_of(m);
    part->role = role;
    part->part_of = part_of;
    part->of_class = of_class;
    part->besides = (unsigned char)more;
    part->others_here = (unsigned char)people_counted;
    people_counted |= counts_people(of_class);
    part->update = (unsigned char)update;
    part->total = (unsigned char)total;
    part->among = (unsigned char)among_dead;
    part->of_km = of_km;
    if (end > num.end) {
      part->of_start = v->tok[of_first].byte_start;
      part->of_end = v->tok[end - 1].byte_end;
      part->of_head = v->stem_hash[end - 1];
    }
    if (ranged) {
      part->qualifier = SR_Q_RANGE;
      part->low = num.value, part->high = high.value;
      part->has_low = part->has_high = 1;
    } else if (num.approximate == SR_APPROX_PLURAL + 1) {
      /* "des dizaines": at least two tens, no best value */
      part->qualifier = SR_Q_ABOUT;
      part->low = 2 * num.value, part->has_low = 1;
    } else {
      apply_qualifier(part, num.approximate && q == SR_Q_EXACT ? SR_Q_ABOUT : q,
                      num.value);
    }
    /* "the 35th anniversary of": an ordinal counts nothing, its noun stays
    ** free for the cues read after ("anniversary of" a motive) */
    size_t taken = role == SR_FIGURE_ORDINAL ? num.end : end;
    for (size_t k = first; k < taken; k++) v->used[k] = k < of_first || k >= noun_first;
    i = end - 1;
  }
}
